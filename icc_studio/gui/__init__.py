"""PySide6 adapter over icc_studio.core. The only package that imports Qt."""

"""Command-line adapter over icc_studio.core."""

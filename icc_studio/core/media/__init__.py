"""Media recognition and probing: what a file really is, judged by its content."""

from .probe import ImportLimits, probe_media, sniff_format  # noqa: F401

"""Imported only by the worker forkserver when it starts (see ``workers.py``): it must end with the app."""

from .workers import die_with_parent

die_with_parent()

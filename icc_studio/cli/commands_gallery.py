"""The campaign gallery: a static website of the campaign (render DIR gallery)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Factory = Callable[[str, str], argparse.ArgumentParser]


def register(command: Factory, target: Factory) -> None:
    """Add this area's commands (``command(name, help)``) and render targets (``target(name, help)``)."""

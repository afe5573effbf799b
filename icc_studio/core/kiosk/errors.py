"""Typed errors of the kiosk (all :class:`~icc_studio.core.errors.IccError`)."""

from __future__ import annotations

from ..errors import IccError


class KioskError(IccError):
    """Base class of the kiosk's errors."""

    code = "kiosk"


class KioskNotConfigured(KioskError):
    code = "kiosk-not-configured"
    template = "The kiosk cannot start: {detail}"

"""The staff PIN: stored salted and hashed (scrypt), checked in constant time, locked after five wrong tries.

The stored record is a plain dict (kept in the project's settings by
:mod:`icc_studio.core.kiosk.config`); the PIN itself is never stored or logged.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Callable

from .errors import KioskError

MIN_DIGITS = 4
MAX_DIGITS = 12
MAX_TRIES = 5
LOCK_SECONDS = 60.0
_SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}


class InvalidPin(KioskError):
    code = "kiosk-invalid-pin"
    template = "A staff PIN is {min}–{max} digits; {detail}"

    def __init__(self, detail: str) -> None:
        super().__init__(detail, min=MIN_DIGITS, max=MAX_DIGITS)


class PinNotSet(KioskError):
    code = "kiosk-pin-not-set"
    template = "No staff PIN is set for this project's kiosk; set one with: icc-studio-cli kiosk set-pin {path}"

    def __init__(self, path: object) -> None:
        super().__init__("", path=str(path))


class PinLocked(KioskError):
    code = "kiosk-pin-locked"
    template = "Too many wrong PINs: try again in {seconds} s."

    def __init__(self, seconds: int) -> None:
        super().__init__("", seconds=seconds)


def check_pin_format(pin: str) -> str:
    if not pin.isascii() or not pin.isdigit():
        raise InvalidPin("use digits only")
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise InvalidPin(f"this one has {len(pin)}")
    return pin


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, dklen=32)


def hash_pin(pin: str, *, salt: bytes | None = None) -> dict:
    """A storable record of ``pin``: algorithm, parameters, random salt and hash (hex)."""
    check_pin_format(pin)
    salt = salt or os.urandom(16)
    return {"algorithm": "scrypt", **_SCRYPT, "salt": salt.hex(), "hash": _derive(pin, salt, **_SCRYPT).hex()}


def verify_pin(pin: str, record: dict) -> bool:
    if not pin.isascii() or not pin.isdigit() or record.get("algorithm") != "scrypt":
        return False
    try:
        derived = _derive(pin, bytes.fromhex(record["salt"]), int(record["n"]), int(record["r"]), int(record["p"]))
        return hmac.compare_digest(derived, bytes.fromhex(record["hash"]))
    except (KeyError, ValueError):
        return False


class PinGuard:
    """Checks PINs against a stored record; after ``max_tries`` wrong ones in a row, refuses every try for
    ``lock_seconds`` (:class:`PinLocked`), even the right one. ``clock`` is injected for tests."""

    def __init__(self, record: dict, *, clock: Callable[[], float] = time.monotonic,
                 max_tries: int = MAX_TRIES, lock_seconds: float = LOCK_SECONDS) -> None:
        self.record = record
        self.clock = clock
        self.max_tries = max_tries
        self.lock_seconds = lock_seconds
        self.failures = 0
        self._locked_until = 0.0

    def locked_for(self) -> float:
        """Seconds left of the lock (0 when not locked)."""
        return max(0.0, self._locked_until - self.clock())

    def check(self, pin: str) -> bool:
        left = self.locked_for()
        if left > 0:
            raise PinLocked(max(1, round(left + 0.499)))
        if verify_pin(pin, self.record):
            self.failures = 0
            return True
        self.failures += 1
        if self.failures >= self.max_tries:
            self.failures = 0
            self._locked_until = self.clock() + self.lock_seconds
        return False

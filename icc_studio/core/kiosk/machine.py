"""The kiosk as an explicit state machine, driven by events and a clock, with a failsafe state.

::

    ATTRACT → LANGUAGE → CONSENT → [GUARDIAN, for minors] → PREVIEW → COUNTDOWN (3-2-1)
        → REVIEW (retake → PREVIEW | keep) → MESSAGE → SAVING → THANK_YOU → ATTRACT

* Any exception while handling an event is logged and the machine returns to ATTRACT
  (the failsafe); the unfinished session is forgotten.
* ``tick()`` (called a few times a second by the GUI, or by a test with an injected
  clock) runs the countdown, the idle timeout (default 60 s: back to ATTRACT, everything of
  the unfinished session forgotten, the captured picture wiped from memory) and the end of
  the thank-you screen.
* Nothing is written while a session runs: the draft lives in memory only. A finished
  session is handed over once, as a :class:`~icc_studio.core.kiosk.session.FinishedSession`,
  to be saved in one transaction. Declining consent leaves no trace at all.
* The camera can be lost at any time (``camera_lost``): the kiosk shows NO_CAMERA
  instead of the preview, and goes on by itself when it is found again (``camera_found``).

Events that make no sense in the current state (a double tap, a late timer) are ignored.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import numpy as np

from ..kits import PURPOSES, Kit
from ..text import check_message_length
from .session import FinishedSession

log = logging.getLogger(__name__)


class Screen(StrEnum):
    ATTRACT = "attract"
    LANGUAGE = "language"
    CONSENT = "consent"
    GUARDIAN = "guardian"
    PREVIEW = "preview"
    COUNTDOWN = "countdown"
    REVIEW = "review"
    MESSAGE = "message"
    SAVING = "saving"
    THANK_YOU = "thank_you"
    NO_CAMERA = "no_camera"


#: Screens during which a session is under way (idle timeout applies).
SESSION_SCREENS = frozenset({Screen.LANGUAGE, Screen.CONSENT, Screen.GUARDIAN, Screen.PREVIEW, Screen.COUNTDOWN,
                             Screen.REVIEW, Screen.MESSAGE, Screen.NO_CAMERA})


@dataclass(frozen=True)
class KioskConfig:
    """The kiosk's behaviour. ``languages``: offered to residents, in order (the project's, then English)."""

    languages: tuple[str, ...] = ("en",)
    age_threshold: int = 16
    idle_timeout_s: float = 60.0
    countdown_s: int = 3
    thank_you_s: float = 12.0
    output_id: str = "feed_portrait"


def utc_now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


@dataclass
class SessionDraft:
    """What one resident has given so far; in memory only, wiped on any reset."""

    language: str
    purposes: frozenset[str] = frozenset()
    is_minor: bool = False
    guardian_name: str = ""
    guardian_consent: bool = False
    consent_at: str = ""
    photo: np.ndarray | None = None
    message: str = ""

    @property
    def consented(self) -> bool:
        return bool(self.consent_at) and (not self.is_minor or self.guardian_consent)

    def wipe(self) -> None:
        """Forget everything; the picture's pixels are overwritten, not only dropped."""
        if self.photo is not None:
            self.photo.fill(0)
        self.photo = None
        self.message = ""
        self.guardian_name = ""
        self.purposes = frozenset()
        self.consent_at = ""


Listener = Callable[["KioskMachine"], None]


def _event(handler: Callable[..., Any]) -> Callable[..., Any]:
    """Run an event handler with the failsafe: any exception logs and returns to ATTRACT."""

    def wrapper(self: KioskMachine, *args: Any, **kwargs: Any) -> Any:
        self._last_activity = self.clock()
        try:
            return handler(self, *args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - the failsafe: the kiosk must always come back
            self.fail(exc)
            return False

    wrapper.__name__ = handler.__name__
    wrapper.__doc__ = handler.__doc__
    return wrapper


class KioskMachine:
    """The kiosk's states and transitions. ``capture()`` returns the full-resolution, unmirrored frame.

    ``saver`` (optional) saves a finished session synchronously and returns the contribution
    id; without it, the owner (the GUI) saves :attr:`pending` off its thread and calls
    :meth:`saved` or :meth:`save_failed`.
    """

    def __init__(self, kit: Kit, config: KioskConfig, *, capture: Callable[[], np.ndarray],
                 saver: Callable[[FinishedSession], int] | None = None,
                 clock: Callable[[], float] = time.monotonic, wallclock: Callable[[], str] = utc_now_iso) -> None:
        self.kit = kit
        self.config = config
        self.capture = capture
        self.saver = saver
        self.clock = clock
        self.wallclock = wallclock
        self.state = Screen.ATTRACT
        self._language = config.languages[0]
        self.draft: SessionDraft | None = None
        self.pending: FinishedSession | None = None
        self.camera_ok = True
        self.countdown_left = 0
        self.last_error: BaseException | None = None
        self.last_contribution: int | None = None
        self.sessions_finished = 0
        self.resets = 0
        self._listeners: list[Listener] = []
        self._last_activity = clock()
        self._countdown_start = 0.0
        self._thank_you_start = 0.0

    # -- observing ----------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            try:
                listener(self)
            except Exception:  # noqa: BLE001 - a broken view must not break the machine
                log.exception("kiosk listener failed")

    def _go(self, state: Screen) -> None:
        log.debug("kiosk: %s → %s", self.state.value, state.value)  # no trace of who did what at info level
        self.state = state
        self._notify()

    @property
    def language(self) -> str:
        """The resident's language until the session ends (the thank-you screen included), else the kiosk's first."""
        return self._language

    @property
    def max_message_length(self) -> int:
        return self.kit.limits.message_max_length

    def idle_seconds(self) -> float:
        return self.clock() - self._last_activity

    # -- resets -------------------------------------------------------------------------

    def _forget(self) -> None:
        if self.draft is not None:
            self.draft.wipe()
        self.draft = None
        if self.pending is not None and self.state != Screen.SAVING:
            self.pending.wipe()  # (while saving, the writer still reads it: it is only let go)
        self.pending = None
        self.countdown_left = 0

    def reset(self) -> None:
        """Back to the attract screen (or NO_CAMERA), everything of the unfinished session forgotten."""
        self._forget()
        self._language = self.config.languages[0]
        self.resets += 1
        self._go(Screen.ATTRACT if self.camera_ok else Screen.NO_CAMERA)

    def fail(self, exc: BaseException) -> None:
        """The failsafe: log the error and return to ATTRACT."""
        self.last_error = exc
        log.error("kiosk: error in state %s, back to the start: %s", self.state.value, exc,
                  exc_info=(type(exc), exc, exc.__traceback__))
        try:
            self.reset()
        except Exception:  # noqa: BLE001 - even a broken listener cannot keep the kiosk away from the start
            log.exception("kiosk: reset failed")
            self.draft, self.pending, self.state = None, None, Screen.ATTRACT

    # -- events -------------------------------------------------------------------------

    @_event
    def touch(self) -> bool:
        """Any activity of the resident (typing, scrolling) keeps the session alive."""
        return True

    @_event
    def start(self) -> bool:
        if self.state != Screen.ATTRACT:
            return False
        self.draft = SessionDraft(language=self.config.languages[0])
        if len(self.config.languages) == 1:
            self._go(Screen.CONSENT)
        else:
            self._go(Screen.LANGUAGE)
        return True

    @_event
    def choose_language(self, lang: str) -> bool:
        if self.state not in (Screen.LANGUAGE, Screen.CONSENT) or self.draft is None:
            return False
        if lang not in self.config.languages:
            raise ValueError(f"language {lang!r} is not offered by this kiosk")
        self.draft.language = self._language = lang
        self._go(Screen.CONSENT)
        return True

    @_event
    def give_consent(self, purposes: Iterable[str], *, is_minor: bool) -> bool:
        """The resident agrees, for these purposes (at least one); ``is_minor``: under the age threshold."""
        if self.state != Screen.CONSENT or self.draft is None:
            return False
        chosen = frozenset(purposes)
        unknown = chosen - set(PURPOSES)
        if unknown:
            raise ValueError(f"unknown consent purposes {sorted(unknown)}")
        if not chosen:
            return False
        self.draft.purposes = chosen
        self.draft.is_minor = bool(is_minor)
        self.draft.consent_at = self.wallclock()
        if is_minor:
            self._go(Screen.GUARDIAN)
        else:
            self._to_preview()
        return True

    @_event
    def give_guardian_consent(self, guardian_name: str) -> bool:
        if self.state != Screen.GUARDIAN or self.draft is None:
            return False
        name = " ".join(guardian_name.split())
        if not name:
            return False
        self.draft.guardian_name = name
        self.draft.guardian_consent = True
        self.draft.consent_at = self.wallclock()
        self._to_preview()
        return True

    @_event
    def decline(self) -> bool:
        """No consent (or the guardian does not agree): back to the start, nothing kept."""
        if self.state not in (Screen.CONSENT, Screen.GUARDIAN, Screen.LANGUAGE):
            return False
        self.reset()
        return True

    @_event
    def cancel(self) -> bool:
        """The resident stops: back to the start, nothing kept."""
        if self.state in (Screen.ATTRACT, Screen.SAVING, Screen.THANK_YOU) or self.draft is None:
            return False
        self.reset()
        return True

    @_event
    def take_photo(self) -> bool:
        if self.state != Screen.PREVIEW:
            return False
        self._countdown_start = self.clock()
        self.countdown_left = self.config.countdown_s
        self._go(Screen.COUNTDOWN)
        return True

    @_event
    def retake(self) -> bool:
        if self.state not in (Screen.REVIEW, Screen.MESSAGE) or self.draft is None:
            return False
        if self.draft.photo is not None:
            self.draft.photo.fill(0)
        self.draft.photo = None
        self._to_preview()
        return True

    @_event
    def keep(self) -> bool:
        if self.state != Screen.REVIEW or self.draft is None or self.draft.photo is None:
            return False
        self._go(Screen.MESSAGE)
        return True

    @_event
    def submit(self, message: str, display_name: str = "") -> bool:
        """The resident's message (within the kit's limit); then the session is saved."""
        if self.state != Screen.MESSAGE or self.draft is None or self.draft.photo is None:
            return False
        message = " ".join(message.split())
        if not message:
            return False
        check_message_length(message, self.max_message_length)
        draft = self.draft
        self.pending = FinishedSession(
            kit_id=self.kit.id,
            text_version=self.kit.text("consent_version", draft.language),
            language=draft.language,
            purposes=draft.purposes,
            is_minor=draft.is_minor,
            guardian_name=draft.guardian_name or None,
            guardian_consent=draft.guardian_consent,
            consent_at=draft.consent_at,
            photo=draft.photo,
            message=message,
            display_name=" ".join(display_name.split()),
        )
        draft.photo = None  # now owned by the pending session
        self.draft = None
        self._go(Screen.SAVING)
        if self.saver is not None:
            pending = self.pending
            try:
                contribution_id = self.saver(pending)
            except BaseException:
                pending.wipe()  # the writer is done with it
                raise
            self.saved(contribution_id)
        return True

    def saved(self, contribution_id: int) -> None:
        """The pending session is in the project (called by the saver's owner)."""
        if self.state != Screen.SAVING:
            return
        self.last_contribution = contribution_id
        self.sessions_finished += 1
        self._forget()
        self._thank_you_start = self.clock()
        self._last_activity = self.clock()
        self._go(Screen.THANK_YOU)

    def save_failed(self, exc: BaseException) -> None:
        """Saving failed (the writer is done): the failsafe, and the session is wiped."""
        if self.state == Screen.SAVING:
            if self.pending is not None:
                self.pending.wipe()
            self.fail(exc)

    @_event
    def finish(self) -> bool:
        """The resident leaves the thank-you screen."""
        if self.state != Screen.THANK_YOU:
            return False
        self.reset()
        return True

    # -- the camera ---------------------------------------------------------------------

    def camera_lost(self, exc: BaseException | None = None) -> None:
        if not self.camera_ok:
            return
        log.warning("kiosk: camera lost (%s)", exc)
        self.camera_ok = False
        try:
            if self.state in (Screen.PREVIEW, Screen.COUNTDOWN):
                self.countdown_left = 0
                self._go(Screen.NO_CAMERA)
            elif self.state == Screen.ATTRACT:
                self._go(Screen.NO_CAMERA)
        except Exception as error:  # noqa: BLE001
            self.fail(error)

    def camera_found(self) -> None:
        if self.camera_ok:
            return
        log.info("kiosk: camera back")
        self.camera_ok = True
        try:
            if self.state == Screen.NO_CAMERA:
                if self.draft is not None and self.draft.consented:
                    self._last_activity = self.clock()
                    self._go(Screen.PREVIEW)
                else:
                    self._forget()
                    self._language = self.config.languages[0]
                    self._go(Screen.ATTRACT)
        except Exception as error:  # noqa: BLE001
            self.fail(error)

    def _to_preview(self) -> None:
        self._go(Screen.PREVIEW if self.camera_ok else Screen.NO_CAMERA)

    # -- time ---------------------------------------------------------------------------

    def tick(self) -> None:
        """Advance timers: countdown, idle timeout, end of the thank-you screen."""
        try:
            self._tick()
        except Exception as exc:  # noqa: BLE001 - the failsafe
            self.fail(exc)

    def _tick(self) -> None:
        now = self.clock()
        if self.state == Screen.COUNTDOWN:
            remaining = self.config.countdown_s - (now - self._countdown_start)
            if remaining <= 0:
                self._shoot()
            else:
                left = max(1, math.ceil(remaining))
                if left != self.countdown_left:
                    self.countdown_left = left
                    self._notify()
            return
        if self.state == Screen.THANK_YOU and now - self._thank_you_start >= self.config.thank_you_s:
            self.reset()
            return
        if (self.state in SESSION_SCREENS and self.draft is not None
                and now - self._last_activity >= self.config.idle_timeout_s):
            log.info("kiosk: idle for %.0f s in %s, session forgotten", now - self._last_activity, self.state.value)
            self.reset()

    def _shoot(self) -> None:
        from .camera import CameraUnavailable

        assert self.draft is not None
        try:
            frame = self.capture()
        except CameraUnavailable as exc:
            self.camera_lost(exc)
            return
        self.countdown_left = 0
        self.draft.photo = np.array(frame, dtype=np.uint8, copy=True)
        self._last_activity = self.clock()
        self._go(Screen.REVIEW)


def kiosk_languages(project_languages: Iterable[str], kit: Kit) -> tuple[str, ...]:
    """The languages a kiosk offers: the project's that the kit has, then English as a fallback."""
    result: list[str] = []
    for code in [*project_languages, "en"]:
        resolved = kit.resolve_language(code)
        if resolved == code.split("-")[0] and resolved not in result:
            result.append(resolved)
    return tuple(result) or (kit.default_language,)

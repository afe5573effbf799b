"""The kiosk's settings, kept in the project (``settings.kiosk`` of the project row).

A kiosk station is set up once by staff with the CLI (``icc-studio-cli kiosk set-pin``,
``kiosk config``); the project folder then carries what the kiosk needs, including the
hashed PIN.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from ..errors import InvalidValue
from ..store import Project
from .overlay import PREVIEW_OUTPUTS
from .pin import hash_pin

SETTINGS_KEY = "kiosk"


@dataclass(frozen=True)
class KioskSettings:
    camera: str = "0"                    # device index, device path, "fake" or "fake:VIDEO"
    resolution: tuple[int, int] = (1920, 1080)
    age_threshold: int = 16
    idle_timeout_s: float = 60.0
    output_id: str = "feed_portrait"     # the frame shown live; "profile" for the profile-picture filter
    pin: dict | None = None              # salted hash, see pin.py

    def validate(self) -> KioskSettings:
        if not 1 <= self.age_threshold <= 21:
            raise InvalidValue(f"the age threshold must be between 1 and 21, not {self.age_threshold}")
        if not 10 <= self.idle_timeout_s <= 3600:
            raise InvalidValue(f"the idle timeout must be between 10 and 3600 s, not {self.idle_timeout_s}")
        if self.output_id not in PREVIEW_OUTPUTS:
            raise InvalidValue(f"the kiosk frame must be one of {', '.join(PREVIEW_OUTPUTS)}, not {self.output_id!r}")
        width, height = self.resolution
        if not (160 <= width <= 7680 and 120 <= height <= 4320):
            raise InvalidValue(f"unusual camera resolution {width}×{height}")
        return self


def load_kiosk_settings(project: Project) -> KioskSettings:
    data = project.settings().get(SETTINGS_KEY) or {}
    known = {f.name for f in fields(KioskSettings)}
    values = {k: v for k, v in data.items() if k in known}
    if "resolution" in values:
        values["resolution"] = tuple(int(v) for v in values["resolution"])
    try:
        return replace(KioskSettings(), **values)
    except TypeError:
        return KioskSettings()


def save_kiosk_settings(project: Project, settings: KioskSettings, *, actor: str | None = None,
                        what: str = "config") -> None:
    settings.validate()
    data = asdict(settings)
    data["resolution"] = list(settings.resolution)
    details = {k: v for k, v in data.items() if k != "pin"} if what == "config" else {"pin": "changed"}
    project.update_settings(SETTINGS_KEY, data, actor=actor, audit_action=f"kiosk.{what}", audit_details=details)


def set_pin(project: Project, pin: str, *, actor: str | None = None) -> None:
    settings = replace(load_kiosk_settings(project), pin=hash_pin(pin))
    save_kiosk_settings(project, settings, actor=actor, what="set-pin")

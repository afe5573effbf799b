"""The kit model: immutable values built from a validated ``kit.json``.

Nothing here reads files; :func:`kit_from_manifest` turns an already validated manifest
(a plain ``dict``) into a :class:`Kit` without touching the dict it was given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import InvalidValue, KitError
from ..paths import fonts_dir

SCREEN_OUTPUTS: tuple[str, ...] = (
    "feed_square", "feed_portrait", "story", "profile", "x_header", "facebook_cover",
    "countdown_square", "countdown_story", "quote_square", "collage_square",
)
PRINT_OUTPUTS: tuple[str, ...] = ("quote_poster", "postcard_front", "postcard_back", "collage_poster")
OUTPUT_IDS: tuple[str, ...] = SCREEN_OUTPUTS + PRINT_OUTPUTS

#: Keys of ``texts.<lang>`` that hold one string (``purposes.*`` are reached as ``"purposes.social_media"``).
TEXT_KEYS: tuple[str, ...] = (
    "title", "tagline", "date_label", "message_prompt", "message_template", "countdown_one",
    "countdown_other", "countdown_today", "consent_text", "consent_version", "guardian_text",
    "thank_you", "alt_text_template",
)
PURPOSES: tuple[str, ...] = ("social_media", "print_poster", "city_video", "network_reshare")

MM_PER_INCH = 25.4


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class Box:
    """A rectangle in relative units: ``x``/``w`` are fractions of the width, ``y``/``h`` of the height."""

    x: float
    y: float
    w: float
    h: float
    color: str = "text"      # palette name of the text drawn in this box
    font: str = "body"       # font role
    align: str = "center"    # "start" | "center" | "end" (start = left in LTR, right in RTL)

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def to_pixels(self, size: tuple[int, int]) -> tuple[int, int, int, int]:
        """``(left, top, right, bottom)`` in pixels of an image of ``size``."""
        w, h = size
        return (round(self.x * w), round(self.y * h), round(self.right * w), round(self.bottom * h))

    def overlaps(self, other: Box, tolerance: float = 1e-6) -> bool:
        return (self.x < other.right - tolerance and other.x < self.right - tolerance
                and self.y < other.bottom - tolerance and other.y < self.bottom - tolerance)


@dataclass(frozen=True)
class SafeZone:
    """A named area of a platform's crop or interface.

    ``kind`` is ``"keep_inside"`` (text, badge and logo must lie inside it, e.g. the mobile
    crop of a Facebook cover) or ``"keep_clear"`` (nothing important there, e.g. a story's
    reply bar); ``shape`` is ``"rect"`` or ``"ellipse"`` (the ellipse inscribed in the box).
    """

    name: str
    box: Box
    kind: str = "keep_inside"
    shape: str = "rect"

    def contains(self, box: Box, tolerance: float = 1e-6) -> bool:
        if self.shape == "ellipse":
            cx, cy = self.box.x + self.box.w / 2, self.box.y + self.box.h / 2
            rx, ry = self.box.w / 2, self.box.h / 2
            return all(((px - cx) / rx) ** 2 + ((py - cy) / ry) ** 2 <= 1 + tolerance
                       for px in (box.x, box.right) for py in (box.y, box.bottom))
        z = self.box
        return (box.x >= z.x - tolerance and box.y >= z.y - tolerance
                and box.right <= z.right + tolerance and box.bottom <= z.bottom + tolerance)


@dataclass(frozen=True)
class Template:
    """The layout of one output: pixel size, named boxes, safe zones and the artwork to draw.

    Print outputs also carry their trimmed size in millimetres, the bleed and the resolution;
    ``size`` is then the trimmed size in pixels at ``dpi``, and boxes are relative to it.
    """

    output_id: str
    size: tuple[int, int]
    boxes: Mapping[str, Box]
    safe_zones: tuple[SafeZone, ...]
    artwork: str
    size_mm: tuple[float, float] | None = None
    bleed_mm: float = 0.0
    dpi: int = 300

    @property
    def is_print(self) -> bool:
        return self.size_mm is not None

    @property
    def bleed_px(self) -> int:
        return round(self.bleed_mm / MM_PER_INCH * self.dpi)

    def box(self, name: str) -> Box | None:
        return self.boxes.get(name)


@dataclass(frozen=True)
class KitTexts:
    """Every text of a kit in one language. Placeholders are filled by the caller."""

    title: str
    tagline: str
    date_label: str
    message_prompt: str
    message_template: str        # contains "{message}"
    message_suggestions: tuple[str, ...]
    countdown_one: str
    countdown_other: str         # contains "{n}"
    countdown_today: str
    consent_text: str            # may contain "{city}"
    consent_version: str
    guardian_text: str
    purposes: Mapping[str, str]  # PURPOSES -> label
    thank_you: str
    alt_text_template: str       # contains "{message}"

    def get(self, key: str) -> str:
        if key.startswith("purposes."):
            return self.purposes[key.removeprefix("purposes.")]
        if key not in TEXT_KEYS:
            raise KeyError(f"unknown kit text key {key!r}")
        return getattr(self, key)


@dataclass(frozen=True)
class Limits:
    message_max_length: int = 80
    clip_max_seconds: int = 20
    countdown_days: int = 21
    collage_min_tile_mm: float = 12.0


@dataclass(frozen=True)
class Kit:
    id: str
    version: str
    path: Path
    day_month: int
    day_day: int
    names: Mapping[str, str]
    hashtags: tuple[str, ...]
    languages: tuple[str, ...]
    default_language: str
    texts: Mapping[str, KitTexts]
    limits: Limits
    palette: Mapping[str, str]
    fonts: Mapping[str, str]
    templates: Mapping[str, Template]
    artwork: Mapping[str, tuple[Mapping[str, Any], ...]]

    @property
    def manifest_path(self) -> Path:
        return self.path / "kit.json"

    def resolve_language(self, lang: str | None) -> str:
        """``lang`` if the kit has it, else its primary subtag (``fr-CA`` → ``fr``), else the default."""
        if lang in self.texts:
            return lang
        primary = (lang or "").split("-")[0].lower()
        return primary if primary in self.texts else self.default_language

    def text(self, key: str, lang: str) -> str:
        """The text ``key`` (e.g. ``"tagline"``, ``"purposes.city_video"``) in ``lang``, else in the default language."""
        return self.texts[self.resolve_language(lang)].get(key)

    def suggestions(self, lang: str) -> tuple[str, ...]:
        return self.texts[self.resolve_language(lang)].message_suggestions

    def countdown_text(self, n: int, lang: str) -> str:
        """``"{n} days to go"`` in ``lang``: the ``today`` form for 0, ``one`` for 1, ``other`` above."""
        if n < 0:
            raise InvalidValue(f"countdown days must be 0 or more, not {n}")
        texts = self.texts[self.resolve_language(lang)]
        form = texts.countdown_today if n == 0 else texts.countdown_one if n == 1 else texts.countdown_other
        return form.format(n=n)

    def day_date(self, year: int) -> dt.date:
        """The date of the day in ``year`` (29 February falls back to the 28th in common years)."""
        try:
            return dt.date(year, self.day_month, self.day_day)
        except ValueError:
            return dt.date(year, self.day_month, self.day_day - 1)

    def font_path(self, role: str) -> Path:
        try:
            return fonts_dir() / self.fonts[role]
        except KeyError:
            raise KitError(self.manifest_path, f"the kit has no font for the role {role!r}",
                           field=f"fonts.{role}") from None

    def template(self, output_id: str) -> Template:
        try:
            return self.templates[output_id]
        except KeyError:
            raise KitError(self.manifest_path, f"the kit has no template for the output {output_id!r}",
                           field=f"templates.{output_id}") from None

    def color(self, name_or_hex: str) -> str:
        """A palette name or a literal ``#rrggbb[aa]`` as ``#rrggbb[aa]``."""
        return name_or_hex if name_or_hex.startswith("#") else self.palette[name_or_hex]


# -- building the model from a validated manifest ------------------------------------------------


def box_from_json(data: Mapping[str, Any]) -> Box:
    return Box(float(data["x"]), float(data["y"]), float(data["w"]), float(data["h"]),
               color=data.get("color", "text"), font=data.get("font", "body"),
               align=data.get("align", "center"))


def template_from_json(output_id: str, data: Mapping[str, Any]) -> Template:
    size_mm = data.get("size_mm")
    dpi = int(data.get("dpi", 300))
    if size_mm is not None:
        size = (round(size_mm[0] / MM_PER_INCH * dpi), round(size_mm[1] / MM_PER_INCH * dpi))
        size_mm = (float(size_mm[0]), float(size_mm[1]))
    else:
        size = (int(data["size"][0]), int(data["size"][1]))
    zones = tuple(SafeZone(z["name"], box_from_json(z), z.get("kind", "keep_inside"), z.get("shape", "rect"))
                  for z in data.get("safe_zones", ()))
    return Template(
        output_id=output_id, size=size,
        boxes=_frozen({name: box_from_json(b) for name, b in data["boxes"].items()}),
        safe_zones=zones, artwork=data["artwork"], size_mm=size_mm,
        bleed_mm=float(data.get("bleed_mm", 0.0)), dpi=dpi,
    )


def texts_from_json(data: Mapping[str, Any]) -> KitTexts:
    values = {key: data[key] for key in TEXT_KEYS}
    return KitTexts(**values, message_suggestions=tuple(data["message_suggestions"]),
                    purposes=_frozen(data["purposes"]))


def _deep_freeze(value: Any) -> Any:
    if isinstance(value, Mapping):
        return MappingProxyType({k: _deep_freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(_deep_freeze(v) for v in value)
    return value


def kit_from_manifest(manifest: Mapping[str, Any], folder: Path) -> Kit:
    limits = manifest.get("limits", {})
    return Kit(
        id=manifest["id"],
        version=manifest["version"],
        path=folder,
        day_month=int(manifest["day"]["month"]),
        day_day=int(manifest["day"]["day"]),
        names=_frozen(manifest["names"]),
        hashtags=tuple(manifest["hashtags"]),
        languages=tuple(manifest["languages"]),
        default_language=manifest["default_language"],
        texts=_frozen({lang: texts_from_json(manifest["texts"][lang]) for lang in manifest["languages"]}),
        limits=Limits(**{k: v for k, v in limits.items() if k in Limits.__dataclass_fields__}),
        palette=_frozen(manifest["palette"]),
        fonts=_frozen(manifest["fonts"]),
        templates=_frozen({oid: template_from_json(oid, t) for oid, t in manifest["templates"].items()}),
        artwork=_deep_freeze(manifest["artwork"]),
    )

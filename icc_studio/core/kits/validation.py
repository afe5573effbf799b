"""Checking a kit folder: JSON syntax, the JSON Schema, then the rules that span several fields.

:func:`validate_kit` never raises for bad content; it returns every problem it finds, each
naming the manifest file and the field path (``texts.fr.title``, ``artwork.square[3].fill``).
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..paths import fonts_dir
from .model import PRINT_OUTPUTS, TEXT_KEYS, Box, SafeZone, box_from_json, template_from_json

MANIFEST = "kit.json"
SCHEMA_FILE = Path(__file__).with_name("kit.schema.json")

#: The placeholders each text may (and, when listed in REQUIRED_PLACEHOLDERS, must) contain.
ALLOWED_PLACEHOLDERS: dict[str, frozenset[str]] = {
    "message_template": frozenset({"message"}),
    "alt_text_template": frozenset({"message"}),
    "countdown_one": frozenset({"n"}),
    "countdown_other": frozenset({"n"}),
    "consent_text": frozenset({"city"}),
    "guardian_text": frozenset({"city"}),
    "thank_you": frozenset({"city"}),
}
REQUIRED_PLACEHOLDERS: dict[str, str] = {
    "message_template": "message",
    "alt_text_template": "message",
    "countdown_other": "n",
}
#: Boxes that hold content (text, badge, logo); they must not overlap one another.
#: ``photo`` is the window under the artwork and may be overlapped (a badge on its corner).
UNDERLAY_BOXES = frozenset({"photo"})


@dataclass(frozen=True)
class KitProblem:
    file: Path
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}" if self.field else f"{self.file}: {self.message}"


def manifest_path(path: Path) -> Path:
    path = Path(path)
    return path / MANIFEST if path.is_dir() or path.suffix != ".json" else path


@cache
def kit_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


@cache
def _validator():
    from jsonschema import Draft202012Validator

    schema = kit_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def field_path(parts) -> str:
    """``["texts", "fr", "title"]`` → ``texts.fr.title``; list indices as ``[i]``."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def read_manifest(path: Path) -> tuple[Path, dict[str, Any] | None, list[KitProblem]]:
    """Parse the manifest: ``(file, data or None, problems)``."""
    file = manifest_path(path)
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        return file, None, [KitProblem(file, "", f"no {MANIFEST} here")]
    except OSError as exc:
        return file, None, [KitProblem(file, "", f"cannot be read: {exc.strerror or exc}")]
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return file, None, [KitProblem(file, "", f"is not UTF-8 text (byte {exc.start})")]
    except json.JSONDecodeError as exc:
        return file, None, [KitProblem(file, "", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")]
    if not isinstance(data, dict):
        return file, None, [KitProblem(file, "", "the manifest must be a JSON object")]
    return file, data, []


def _schema_problems(file: Path, data: Mapping[str, Any]) -> list[KitProblem]:
    problems = []
    for error in _validator().iter_errors(data):
        # Errors inside if/then branches repeat at several levels: keep the most precise ones.
        leaves = _leaf_errors(error)
        for leaf in leaves:
            parts = list(leaf.absolute_path)
            message = leaf.message
            if leaf.validator == "required":
                missing = re.match(r"'(.+)' is a required property", message)
                if missing:
                    parts.append(missing.group(1))
                    message = "this required field is missing"
            elif leaf.validator in ("additionalProperties", "unevaluatedProperties"):
                extra = re.findall(r"'([^']+)'", message)
                if len(extra) == 1:
                    parts.append(extra[0])
                    message = "this field is not part of the kit format"
            problems.append(KitProblem(file, field_path(parts), message))
    unique = {(p.field, p.message): p for p in problems}
    return sorted(unique.values(), key=lambda p: p.field)


def _leaf_errors(error) -> list:
    if error.validator in ("allOf", "if", "then") and error.context:
        return [leaf for sub in error.context for leaf in _leaf_errors(sub)]
    return [error]


# -- rules across fields ------------------------------------------------------------------------


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _check_texts(data: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    languages = data["languages"]
    if data["default_language"] not in languages:
        yield "default_language", f"{data['default_language']!r} is not one of the kit's languages"
    for section in ("names", "texts"):
        for lang in languages:
            if lang not in data[section]:
                yield f"{section}.{lang}", f"the {lang!r} translation is missing"
        for lang in data[section]:
            if lang not in languages:
                yield f"{section}.{lang}", f"{lang!r} is not listed in 'languages'"
    max_len = data.get("limits", {}).get("message_max_length", 80)
    for lang, texts in data["texts"].items():
        for key, allowed in ALLOWED_PLACEHOLDERS.items():
            try:
                found = _placeholders(texts[key])
            except ValueError as exc:
                yield f"texts.{lang}.{key}", f"badly formed placeholder: {exc}"
                continue
            if found - allowed:
                yield f"texts.{lang}.{key}", f"unknown placeholder(s) {sorted(found - allowed)}"
            required = REQUIRED_PLACEHOLDERS.get(key)
            if required and required not in found:
                yield f"texts.{lang}.{key}", f"the placeholder {{{required}}} is missing"
        for key in set(TEXT_KEYS) - set(ALLOWED_PLACEHOLDERS):
            if "{" in texts[key] or "}" in texts[key]:
                yield f"texts.{lang}.{key}", "this text takes no {placeholder}"
        for i, suggestion in enumerate(texts["message_suggestions"]):
            if len(suggestion) > max_len:
                yield (f"texts.{lang}.message_suggestions[{i}]",
                       f"longer ({len(suggestion)}) than limits.message_max_length ({max_len})")


def _check_day(data: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    import datetime as dt

    try:
        dt.date(2000, data["day"]["month"], data["day"]["day"])  # a leap year: 29 February is allowed
    except ValueError:
        yield "day", f"{data['day']['day']}/{data['day']['month']} is not a date"


def _check_fonts(data: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    folder = fonts_dir()
    for role, name in data["fonts"].items():
        if not (folder / name).is_file():
            yield f"fonts.{role}", f"{name!r} is not a bundled font (see resources/fonts)"


def _color_names(primitive: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    for key in ("fill", "outline"):
        if key in primitive:
            yield key, primitive[key]
    for i, color in enumerate(primitive.get("colors", ())):
        yield f"colors[{i}]", color


def _check_artwork(data: Mapping[str, Any], folder: Path) -> Iterator[tuple[str, str]]:
    palette, fonts = data["palette"], data["fonts"]
    for name, primitives in data["artwork"].items():
        for i, p in enumerate(primitives):
            where = f"artwork.{name}[{i}]"
            for key, color in _color_names(p):
                if not color.startswith("#") and color not in palette:
                    yield f"{where}.{key}", f"{color!r} is not a palette colour"
            if p["type"] == "text":
                if "key" in p and p["key"] not in TEXT_KEYS:
                    yield f"{where}.key", f"{p['key']!r} is not a text key"
                if p.get("font", "display") not in fonts:
                    yield f"{where}.font", f"{p.get('font', 'display')!r} is not a font role of the kit"
            if p["type"] == "image":
                file = (folder / p["file"]).resolve()
                if folder.resolve() not in file.parents:
                    yield f"{where}.file", "must be a file inside the kit folder"
                elif not file.is_file():
                    yield f"{where}.file", f"the artwork file {p['file']!r} does not exist"


def _check_templates(data: Mapping[str, Any], folder: Path) -> Iterator[tuple[str, str]]:
    artwork, palette, fonts = data["artwork"], data["palette"], data["fonts"]
    for output_id, t in data["templates"].items():
        where = f"templates.{output_id}"
        if output_id in PRINT_OUTPUTS and "size" in t:
            yield f"{where}.size", "print outputs are sized in millimetres (size_mm)"
        boxes = {name: box_from_json(b) for name, b in t["boxes"].items()}
        for name, b in t["boxes"].items():
            box = boxes[name]
            if box.right > 1 + 1e-6 or box.bottom > 1 + 1e-6:
                yield f"{where}.boxes.{name}", "the box reaches outside the canvas (x+w and y+h must be ≤ 1)"
            if b.get("color", "text")[0] != "#" and b.get("color", "text") not in palette:
                yield f"{where}.boxes.{name}.color", f"{b['color']!r} is not a palette colour"
            if b.get("font", "body") not in fonts:
                yield f"{where}.boxes.{name}.font", f"{b['font']!r} is not a font role of the kit"
        content = [(n, b) for n, b in boxes.items() if n not in UNDERLAY_BOXES]
        for i, (name_a, a) in enumerate(content):
            for name_b, b in content[i + 1:]:
                if a.overlaps(b):
                    yield f"{where}.boxes.{name_b}", f"overlaps the {name_a!r} box"
        for z in t.get("safe_zones", ()):
            zone = SafeZone(z["name"], box_from_json(z), z.get("kind", "keep_inside"), z.get("shape", "rect"))
            if zone.box.right > 1 + 1e-6 or zone.box.bottom > 1 + 1e-6:
                yield f"{where}.safe_zones.{zone.name}", "the zone reaches outside the canvas"
            for name, box in content:
                if zone.kind == "keep_inside" and not zone.contains(box):
                    yield f"{where}.boxes.{name}", f"lies outside the safe zone {zone.name!r}"
                if zone.kind == "keep_clear" and zone.box.overlaps(box):
                    yield f"{where}.boxes.{name}", f"enters the zone {zone.name!r} that must stay clear"
        if t["artwork"] not in artwork:
            yield f"{where}.artwork", f"{t['artwork']!r} is not defined under 'artwork'"
            continue
        refs = {p["box"] for p in artwork[t["artwork"]] if "box" in p}
        refs |= {n for p in artwork[t["artwork"]] for n in p.get("avoid", ())}
        for ref in sorted(refs - set(boxes)):
            yield f"{where}.artwork", f"the artwork {t['artwork']!r} uses the box {ref!r}, which this template lacks"
        if "photo" in boxes and not any(p["type"] == "cutout" and p.get("box") == "photo"
                                        for p in artwork[t["artwork"]]):
            yield f"{where}.artwork", f"the artwork {t['artwork']!r} must cut out the photo window (a 'cutout' of box 'photo')"
        yield from _check_images(artwork[t["artwork"]], folder, where, t, output_id)


def _check_images(primitives, folder: Path, where: str, t: Mapping[str, Any], output_id: str):
    """A raster must never be enlarged: at least as many pixels as the box it fills at the template's size."""
    images = [p for p in primitives if p["type"] == "image" and (folder / p["file"]).is_file()]
    if not images:
        return
    from PIL import Image

    size = template_from_json(output_id, t).size
    for p in images:
        box = box_from_json(t["boxes"][p["box"]]) if "box" in p else Box(p["x"], p["y"], p["w"], p["h"])
        left, top, right, bottom = box.to_pixels(size)
        try:
            with Image.open(folder / p["file"]) as im:
                width, height = im.size
                fmt = im.format
        except OSError:
            yield f"{where}.artwork", f"{p['file']!r} is not a readable PNG image"
            continue
        if fmt != "PNG":
            yield f"{where}.artwork", f"{p['file']!r} must be a PNG image, not {fmt}"
        elif min(width / max(right - left, 1), height / max(bottom - top, 1)) < 1:
            yield (f"{where}.artwork", f"{p['file']!r} is {width}×{height} px, too small for its "
                                       f"{right - left}×{bottom - top} px box (it would be enlarged)")


def validate_manifest(file: Path, data: Mapping[str, Any]) -> list[KitProblem]:
    """Schema problems, then (only if the schema passes) the cross-field problems."""
    problems = _schema_problems(file, data)
    if problems:
        return problems
    folder = file.parent
    checks = (_check_day(data), _check_texts(data), _check_fonts(data),
              _check_artwork(data, folder), _check_templates(data, folder))
    return [KitProblem(file, field, message) for check in checks for field, message in check]


def validate_kit(path: Path) -> list[KitProblem]:
    """Every problem of the kit at ``path`` (its folder or its ``kit.json``); empty when the kit is valid."""
    file, data, problems = read_manifest(Path(path))
    if data is None:
        return problems
    return validate_manifest(file, data)

"""Quote posters: the same template for every speaker — mayor, public figure, resident.

Each speaker has a portrait (a contribution of the project, cut on its faces, or an image
file), a name, a role and a quote. Every quote has the same maximum length
(:data:`QUOTE_MAX_LENGTH` characters, or the spec's), checked for all speakers before anything
is drawn, so that no voice gets more room than another. Outputs: an A3 print PDF (bleed and
crop marks) and a 1080×1080 square per speaker, with alt text.

The project keeps its list of speakers (:func:`load_speakers`, :func:`save_speakers`) in its
settings under ``"quotes"``; a portrait taken from an image file is copied into the project's
``speakers/`` folder (:func:`import_portrait`) so that the project stays self-contained.
:func:`draw_quote` draws one poster or square; the export (:func:`render_quotes`) and the live
preview (:func:`render_quote_preview`, the same image reduced) share it.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image

from ..errors import InvalidValue, MediaRejected, NotFound, ProjectTooNew
from ..fileio import atomic_write
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..kits import Kit, load_builtin_kit
from ..render.photos import slug
from ..store import Project, Purpose
from ..text.scripts import grapheme_count
from .common import (
    BLEED_MM, AssetResult, PhotoSource, box_px, box_size, compose_with_photos, contrasting, cut_photo,
    draw_crop_marks, draw_logo, draw_template_text, eligibility, exports_dir, face_crop, hashtags_line, logo_file,
    min_text_px, mm_to_px, photo_source, print_page, quoted, save_jpeg, write_alt_text,
)
from .errors import NothingToRender, QuoteTooLong
from .pdf import write_pdf

QUOTE_MAX_LENGTH = 140
FORMATS = ("quote_poster", "quote_square")
#: The purpose a portrait's consent must cover, per output.
PURPOSES = {"quote_poster": Purpose.PRINT_POSTER, "quote_square": Purpose.SOCIAL_MEDIA}
#: The key of the project's settings that holds the speakers, and the version of that document.
SETTINGS_KEY = "quotes"
SPEAKERS_VERSION = 1
#: Where portraits taken from image files are kept, in the project folder.
PORTRAITS_DIR = "speakers"
#: A kept portrait's long side: the A3 poster's photo window at 300 dpi needs no more.
PORTRAIT_MAX_SIDE = 2400


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str
    quote: str
    language: str = ""
    photo: Path | None = None            # an image file (an official portrait), or
    contribution_id: int | None = None   # a contribution of the project


@dataclass(frozen=True)
class QuoteSpec:
    project: Path
    speakers: tuple[Speaker, ...] | None = None  # None: the speakers saved in the project
    max_length: int = QUOTE_MAX_LENGTH
    formats: tuple[str, ...] = FORMATS
    out_dir: Path | None = None


@dataclass(frozen=True)
class QuotePreviewSpec:
    """One speaker's poster or square ``width`` pixels wide, for a live preview; writes nothing."""

    project: Path
    speaker: Speaker
    output_id: str = "quote_square"
    width: int = 480


@dataclass(frozen=True)
class QuotePreview:
    image: Image.Image
    output_id: str
    problem: str = ""  # why the export will leave this output out (the portrait's consent), "" when it will not


@dataclass(frozen=True)
class QuoteContext:
    """What every poster of a project shares: the kit, the language, the city, the hashtags, the logo."""

    kit: Kit
    lang: str
    city: str
    hashtags: str
    logo: Path | None


@dataclass(frozen=True)
class PortraitSpec:
    """Copy the image file ``source`` into the project ``project`` as a speaker's portrait."""

    project: Path
    source: Path


# -- length --------------------------------------------------------------------------------------------


def quote_length(quote: str) -> int:
    """The length every quote is held to: characters as people count them, runs of spaces counted once."""
    return grapheme_count(" ".join(quote.split()))


def check_quotes(speakers: tuple[Speaker, ...], max_length: int = QUOTE_MAX_LENGTH) -> None:
    """Raise :class:`QuoteTooLong` for the first speaker whose quote is over the common limit."""
    for speaker in speakers:
        length = quote_length(speaker.quote)
        if length > max_length:
            raise QuoteTooLong(speaker.name, length, max_length)


# -- the speakers kept with the project -----------------------------------------------------------------


def speakers_from_entries(entries: object, base: Path) -> tuple[Speaker, ...]:
    """Speakers from a JSON list of ``{"name", "role", "quote", "language", "photo" | "contribution"}``;
    a relative ``photo`` is taken from ``base``. Raises ``KeyError``, ``TypeError`` or ``ValueError``."""
    if not isinstance(entries, list):
        raise TypeError("a list of speakers is expected")
    speakers = []
    for e in entries:
        contribution = e.get("contribution")
        if contribution is not None and (isinstance(contribution, bool) or not isinstance(contribution, int)):
            raise ValueError(f"contribution {contribution!r} is not a contribution id")
        speakers.append(Speaker(name=str(e["name"]), role=str(e.get("role", "")), quote=str(e["quote"]),
                                language=str(e.get("language", "")),
                                photo=(base / e["photo"]) if e.get("photo") else None,
                                contribution_id=contribution))
    return tuple(speakers)


def speaker_entries(speakers: Iterable[Speaker], base: Path) -> list[dict]:
    """The JSON form of ``speakers`` (:func:`speakers_from_entries` reads it back); photos relative to ``base``."""
    entries = []
    for s in speakers:
        entry: dict = {"name": s.name, "role": s.role, "quote": s.quote, "language": s.language}
        if s.contribution_id is not None:
            entry["contribution"] = s.contribution_id
        elif s.photo is not None:
            photo = Path(s.photo)
            entry["photo"] = photo.relative_to(base).as_posix() if photo.is_relative_to(base) else str(photo)
        entries.append(entry)
    return entries


def load_speakers(project: Project) -> tuple[Speaker, ...]:
    """The speakers saved with ``project`` (none when nothing was saved), portraits as paths in the project."""
    document = project.settings().get(SETTINGS_KEY)
    if not document:
        return ()
    try:
        version = int(document.get("version", 0))
        if version > SPEAKERS_VERSION:
            raise ProjectTooNew(project.folder, f"its quote speakers were saved by a newer ICC Studio "
                                                f"(version {version}, this version knows {SPEAKERS_VERSION})")
        return speakers_from_entries(document.get("speakers", []), project.folder)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise InvalidValue(f"{project.folder}: the saved quote speakers cannot be read ({exc})") from exc


def save_speakers(project: Project, speakers: Sequence[Speaker], *, actor: str | None = None) -> tuple[Speaker, ...]:
    """Keep ``speakers`` with ``project``, in this order; returns them as kept.

    A portrait file outside the project is copied in first (:func:`import_portrait`); portraits that no
    speaker uses any more are deleted once the list is saved. Saving the list it already holds writes nothing.
    """
    folder = project.folder
    kept = []
    for speaker in speakers:
        photo = speaker.photo
        if speaker.contribution_id is None and photo is not None and not _in_portraits(folder, Path(photo)):
            photo = import_portrait(PortraitSpec(folder, Path(photo)))
            speaker = Speaker(speaker.name, speaker.role, speaker.quote, speaker.language, photo, None)
        elif speaker.contribution_id is not None and photo is not None:
            speaker = Speaker(speaker.name, speaker.role, speaker.quote, speaker.language, None,
                              speaker.contribution_id)
        kept.append(speaker)
    document = {"version": SPEAKERS_VERSION, "speakers": speaker_entries(kept, folder)}
    if project.settings().get(SETTINGS_KEY) != document:
        project.update_settings(SETTINGS_KEY, document, actor=actor, audit_action="quotes.speakers",
                                audit_details={"speakers": len(kept)})
    _prune_portraits(folder, {Path(s.photo).name for s in kept if s.photo is not None})
    return tuple(kept)


def import_portrait(spec: PortraitSpec, *, progress: ProgressFn = no_progress,
                    cancel: CancelToken = NEVER_CANCELLED) -> Path:
    """Copy the image ``spec.source`` into the project's ``speakers/`` folder and return its path there.

    The copy is decoded once — upright, sRGB, at most :data:`PORTRAIT_MAX_SIDE` pixels, without EXIF or GPS —
    and named by the hash of its content, so that choosing the same file twice keeps one copy.
    """
    from ..media.reduce import load_photo

    progress(0, 1, spec.source.name)
    try:
        image = load_photo(spec.source, max_side=PORTRAIT_MAX_SIDE)
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise MediaRejected(spec.source, f"not an image that can be used as a portrait ({exc})") from exc
    cancel.check()
    image.thumbnail((PORTRAIT_MAX_SIDE, PORTRAIT_MAX_SIDE), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92)
    data = buffer.getvalue()
    target = Path(spec.project) / PORTRAITS_DIR / f"{hashlib.sha256(data).hexdigest()}.jpg"
    if not target.is_file():
        with atomic_write(target) as out:
            out.write(data)
    progress(1, 1, spec.source.name)
    return target


def _in_portraits(folder: Path, photo: Path) -> bool:
    return photo.parent == folder / PORTRAITS_DIR


def _prune_portraits(folder: Path, used: set[str]) -> None:
    portraits = folder / PORTRAITS_DIR
    if portraits.is_dir():
        for path in portraits.glob("*.jpg"):
            if path.name not in used and not path.name.startswith("."):
                path.unlink(missing_ok=True)


# -- drawing ---------------------------------------------------------------------------------------------


def quote_context(project: Project) -> QuoteContext:
    info = project.info()
    kit = load_builtin_kit(info.kit_id)
    lang = info.languages[0] if info.languages else kit.default_language
    return QuoteContext(kit, lang, info.city, hashtags_line(kit, info.hashtags), logo_file(project))


def compose_quote(kit: Kit, output_id: str, speaker: Speaker, portrait: PhotoSource | Image.Image | None, *,
                  lang: str, city: str, hashtags: str, logo: Path | None = None,
                  size: tuple[int, int] | None = None, bleed: int = 0, dpi: float = 300) -> Image.Image:
    template = kit.template(output_id)
    size = size or template.size
    lang = kit.resolve_language(speaker.language or lang)
    photos = {}
    if portrait is not None and template.box("photo") is not None:
        window = box_size(kit, output_id, "photo", size)
        if isinstance(portrait, PhotoSource):
            photos["photo"] = cut_photo(portrait, window, face_crop(portrait, window[0] / window[1]))
        else:
            photos["photo"] = _fill(portrait, window)
    canvas = compose_with_photos(kit, output_id, size, lang=lang, bleed=bleed, photos=photos)
    minimum = min_text_px(dpi) if template.is_print else max(8, round(min(size) * 0.018))
    caption = box_px(kit, output_id, "caption", size, bleed)
    if caption:
        l, t, r, b = caption
        split = t + round((b - t) * 0.56)
        draw_template_text(canvas, kit, output_id, "caption", speaker.name, size, lang=lang, max_lines=1,
                           min_size=minimum, rect=(l, t, r, split))
        draw_template_text(canvas, kit, output_id, "caption", speaker.role, size, lang=lang, max_lines=2,
                           min_size=minimum, rect=(l, split, r, b), required=False)
    draw_template_text(canvas, kit, output_id, "quote", quoted(speaker.quote, lang), size, offset=bleed, lang=lang,
                       max_lines=7, min_size=minimum)
    draw_template_text(canvas, kit, output_id, "hashtags", hashtags, size, offset=bleed, max_lines=2,
                       min_size=minimum, required=False)
    rect = box_px(kit, output_id, "logo", size, bleed)
    if rect:
        draw_logo(canvas, kit, rect, city=city, colour=contrasting(kit, canvas, rect), logo=logo, min_size=minimum)
    if bleed:
        draw_crop_marks(canvas, bleed, size, dpi)
    return canvas


def draw_quote(ctx: QuoteContext, output_id: str, speaker: Speaker,
               portrait: PhotoSource | Image.Image | None) -> Image.Image:
    """One speaker's poster or square at the template's own size, as exported; the print poster comes with its
    bleed and crop marks."""
    template = ctx.kit.template(output_id)
    common = {"lang": ctx.lang, "city": ctx.city, "hashtags": ctx.hashtags, "logo": ctx.logo}
    if template.is_print:
        return compose_quote(ctx.kit, output_id, speaker, portrait, bleed=mm_to_px(BLEED_MM, template.dpi),
                             dpi=template.dpi, **common)
    return compose_quote(ctx.kit, output_id, speaker, portrait, **common)


def _fill(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    from PIL import ImageOps

    return ImageOps.fit(image.convert("RGB"), size, Image.Resampling.LANCZOS, centering=(0.5, 0.4))


def _portrait_sources(project: Project, speakers: Iterable[Speaker]
                      ) -> tuple[dict[int, PhotoSource], dict[tuple[int, str], str]]:
    """(portraits of the speakers that are contributions, {(contribution, output): why it may not be used})."""
    portraits: dict[int, PhotoSource] = {}
    refused: dict[tuple[int, str], str] = {}
    for speaker in speakers:
        cid = speaker.contribution_id
        if cid is None or cid in portraits:
            continue
        try:
            c = project.contribution(cid)
        except NotFound:
            for output_id in FORMATS:
                refused[(cid, output_id)] = "no longer in the project"
            continue
        for output_id, purpose in PURPOSES.items():
            reason = eligibility(c, purpose)
            if reason:
                refused[(c.id, output_id)] = reason
        if not all((c.id, o) in refused for o in FORMATS):
            portraits[c.id] = photo_source(project, c)
    return portraits, refused


def _portrait(speaker: Speaker, portraits: dict[int, PhotoSource]):
    if speaker.contribution_id is not None:
        return portraits.get(speaker.contribution_id)
    if speaker.photo is not None:
        from ..media.reduce import load_photo

        if not Path(speaker.photo).is_file():
            raise MediaRejected(speaker.photo, f"the portrait of {speaker.name} is missing; choose it again",
                                reason="missing")
        return load_photo(speaker.photo, max_side=PORTRAIT_MAX_SIDE)
    return None


# -- the jobs ---------------------------------------------------------------------------------------------


def render_quotes(spec: QuoteSpec, *, progress: ProgressFn = no_progress,
                  cancel: CancelToken = NEVER_CANCELLED) -> AssetResult:
    if spec.speakers is None:
        with Project.open(spec.project) as project:
            saved = load_speakers(project)
        if not saved:
            raise NothingToRender("quote posters", f"{spec.project} has no saved speakers: add them on the "
                                                   "Quote posters page")
        spec = replace(spec, speakers=saved)
    check_quotes(spec.speakers, spec.max_length)
    with Project.open(spec.project) as project:
        ctx = quote_context(project)
        portraits, refused = _portrait_sources(project, spec.speakers)
        city = project.info().city
    skipped: list[tuple[int, str]] = []
    for (cid, output_id), reason in refused.items():
        if output_id in spec.formats and (cid, reason) not in skipped:
            skipped.append((cid, reason))
    out = spec.out_dir or exports_dir(spec.project, "quotes")
    files: list[Path] = []
    total = len(spec.speakers) * len(spec.formats)
    done = 0
    progress(0, total, "")
    try:
        for index, speaker in enumerate(spec.speakers, 1):
            cancel.check()
            portrait = _portrait(speaker, portraits)
            stem = f"{slug(city)}_{ctx.kit.id}_quote_{index:02d}_{_name_slug(speaker.name)}"
            alt = f"{speaker.name}, {speaker.role}: {quoted(speaker.quote, speaker.language or ctx.lang)}"
            for output_id in spec.formats:
                cancel.check()
                done += 1
                if (speaker.contribution_id, output_id) in refused:
                    progress(done, total, speaker.name)
                    continue  # the speaker's portrait has no consent for this output
                image = draw_quote(ctx, output_id, speaker, portrait)
                template = ctx.kit.template(output_id)
                if template.is_print:
                    files.append(write_pdf(out / f"{stem}_A3.pdf", [print_page(image, template.size_mm, BLEED_MM)],
                                           title=f"{speaker.name}"))
                else:
                    path = save_jpeg(image, out / f"{stem}_square.jpg")
                    files += [path, write_alt_text(path, alt)]
                progress(done, total, speaker.name)
    except BaseException:  # cancelled or failed: no set of posters with some speakers missing
        for path in files:
            path.unlink(missing_ok=True)
        raise
    if spec.out_dir is None:  # the project's own folder: posters of speakers no longer on the list go
        prefix = f"{slug(city)}_{ctx.kit.id}_quote_"
        for old in out.glob(f"{prefix}*"):
            if old.is_file() and old not in files:
                old.unlink(missing_ok=True)
    return AssetResult(files, skipped)


def _name_slug(name: str) -> str:
    """The speaker's name in a file name; a name with no Latin letters (ليلى) gives "speaker"."""
    cleaned = slug(name)
    return cleaned if cleaned != "city" or "city" in name.lower() else "speaker"


def render_quote_preview(spec: QuotePreviewSpec, *, progress: ProgressFn = no_progress,
                         cancel: CancelToken = NEVER_CANCELLED) -> QuotePreview:
    """One speaker's poster or square, ``spec.width`` pixels wide: the export itself, reduced.

    It is drawn at the export's size because the text is fitted in whole pixel sizes: fitted at 480 px, a
    text can break its lines elsewhere than at 1080 px (the square's hashtags take one line at 480 px and
    two at 1080). Drawing the square takes about 0.05–0.09 s, the A3 poster at 300 dpi about 0.5 s.
    """
    import numpy as np

    from ..media.resample import resample

    progress(0, 1, spec.speaker.name)
    with Project.open(spec.project) as project:
        ctx = quote_context(project)
        portraits, refused = _portrait_sources(project, (spec.speaker,))
    cancel.check()
    portrait = _portrait(spec.speaker, portraits)
    cancel.check()
    image = draw_quote(ctx, spec.output_id, spec.speaker, portrait)
    cancel.check()
    width = min(spec.width, image.width)
    height = max(1, round(image.height * width / image.width))
    preview = Image.fromarray(resample(np.asarray(image.convert("RGB")), (width, height)), "RGB")
    progress(1, 1, spec.speaker.name)
    return QuotePreview(preview, spec.output_id, refused.get((spec.speaker.contribution_id, spec.output_id), ""))

"""The per-city video: intro card, the residents' photos (gentle motion on the faces, captions) and clips in
the user's order with crossfades, outro card; optional music; 16:9, 1:1 and 9:16; ``.srt``; a poster frame.

``render_city_video(spec, *, progress, cancel)`` follows the job protocol. The timeline is
planned once (in whole frames at 30 fps) and shared by every aspect, so the subtitles and
the sound are the same in each version. The time per photo is what adapts: the target
length (e.g. 60 s) minus the cards and the clips, shared by the photos, within
``PHOTO_SECONDS``. Frames are made as I420 planes and piped into ffmpeg (:mod:`.encoder`).
Every file is written under a temporary name; all of them are renamed into place only at
the end, so a cancel or a crash leaves the previous versions intact and nothing half-made.
A version whose inputs did not change (same cache key) is not rendered again.
"""

from __future__ import annotations

import hashlib
import json
import math
import shutil
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import IccError, InvalidValue
from ..fileio import fsync_dir, save_image, sha256_file
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..kits import Kit, load_builtin_kit
from ..media.reduce import load_photo, reduced_paths
from ..render.photos import caption_text, check_caption, slug
from ..review import why_left_out
from ..store import Contribution, MediaKind, Project, Purpose
from ..text.errors import TextError
from . import audio as sound
from .cards import caption_band, intro_card, outro_card, subtitle_box
from .clipframes import MIN_CROP_SHARE, ClipFrames, ClipReadError, Framing, clip_source, fit_frame, probe_clip
from .encoder import FPS, QUEUE_FRAMES, EncoderSettings, VideoEncoder
from .frames import Frame, Overlay, Planes, blend_into
from .motion import DEFAULT_ZOOM, MovingPhoto, crossfade_weight, faces_focus, plan_motion
from .subtitles import Cue, clip_cues, cue_at, format_srt, load_subtitles

RENDERER_VERSION = "city-video-1"
ASPECTS: dict[str, tuple[int, int]] = {"16:9": (16, 9), "1:1": (1, 1), "9:16": (9, 16)}
DELIVERY_SHORT_SIDE = 1080
PHOTO_SECONDS = (2.0, 8.0)
INTRO_SECONDS = 3.0
OUTRO_SECONDS = 3.5
CROSSFADE_SECONDS = 0.5
MUSIC_FADE_IN = 1.5
MUSIC_FADE_OUT = 2.5
MUSIC_DUCK_DB = -15.0      # under clips that speak
MUSIC_UNDER_SOUND_DB = -6.0  # under clips with other sound (a market, a choir)
DUCK_RAMP = 0.4


class NothingToRender(IccError):
    code = "video-nothing"
    template = "No approved photo or clip with consent for the city video: {detail}"


@dataclass(frozen=True)
class CityVideoSpec:
    project: Path
    aspects: tuple[str, ...] = ("16:9", "1:1", "9:16")
    target_seconds: float = 60.0
    music: Path | None = None
    short_side: int = DELIVERY_SHORT_SIDE  # 1080 for delivery; smaller for previews and tests
    burn_subtitles: bool = False           # clips' subtitles drawn into the picture (besides the .srt)
    subtitle_language: str | None = None   # default: the city's first language
    contribution_ids: tuple[int, ...] | None = None  # None: every eligible contribution
    city: str | None = None  # a coordinator project: only this city's contributions (default: the project's city)
    force: bool = False


@dataclass(frozen=True)
class VideoOutput:
    aspect: str
    video: Path
    subtitles: Path
    poster: Path
    size: tuple[int, int]
    frames: int
    cached: bool = False

    @property
    def duration_s(self) -> float:
        return self.frames / FPS


@dataclass
class CityVideoResult:
    outputs: list[VideoOutput] = field(default_factory=list)
    used: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    photo_seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


def frame_size(aspect: str, short_side: int = DELIVERY_SHORT_SIDE) -> tuple[int, int]:
    """The pixel size of ``aspect`` ("16:9", "1:1", "9:16") with the given short side (both even)."""
    if aspect not in ASPECTS:
        raise InvalidValue(f"unknown aspect {aspect!r} (choose from {', '.join(ASPECTS)})")
    a, b = ASPECTS[aspect]
    short = max(16, short_side - short_side % 2)
    long = round(short * max(a, b) / min(a, b) / 2) * 2
    return (long, short) if a > b else (short, long) if a < b else (short, short)


def output_stem(city: str, kit_id: str, aspect: str) -> str:
    return f"{slug(city)}_{kit_id}_video_{aspect.replace(':', 'x')}"


def export_dir(project_folder: Path) -> Path:
    return Path(project_folder) / "exports" / "video"


def eligibility(c: Contribution) -> str:
    """Why a contribution cannot be in the city video ("" when it can)."""
    return why_left_out(c, Purpose.CITY_VIDEO, kinds=(MediaKind.PHOTO, MediaKind.CLIP), use="the city video")


# -- the plan ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Photo:
    contribution_id: int
    picture: Path
    faces: tuple[dict, ...]
    saliency: tuple[tuple[int, ...], ...] | None
    caption: str
    language: str
    media_sha256: str


@dataclass(frozen=True)
class _Clip:
    contribution_id: int
    path: Path
    start: float
    end: float
    caption: str
    language: str
    cues: tuple[Cue, ...]
    has_audio: bool
    media_sha256: str


@dataclass(frozen=True)
class _Segment:
    kind: str  # intro | photo | clip | outro
    start: int  # first frame in the video
    frames: int
    item: _Photo | _Clip | None = None
    index: int = 0  # photo index (alternates zoom in / out)

    @property
    def end(self) -> int:
        return self.start + self.frames


@dataclass(frozen=True)
class _Plan:
    kit: Kit
    city: str
    lang: str
    year: int
    hashtags: tuple[str, ...]
    logos: tuple[Path, ...]
    segments: tuple[_Segment, ...]
    total_frames: int
    crossfade: int
    photo_seconds: float
    notes: list[str] = field(default_factory=list)  # filled while rendering (captions left out)


def _collect(project: Project, kit: Kit, spec: CityVideoSpec, result: CityVideoResult, lang: str
             ) -> list[_Photo | _Clip]:
    if spec.contribution_ids is not None:
        chosen = [project.contribution(i) for i in spec.contribution_ids]
        chosen.sort(key=lambda c: (c.position, c.id))
    else:
        chosen = project.contributions()
    if spec.city is not None:
        # In a coordinator's project contributions carry the city they came from ('' = the project's own).
        own = spec.city == project.info().city
        chosen = [c for c in chosen if getattr(c, "city", "") == spec.city or (own and not getattr(c, "city", ""))]
    items: list[_Photo | _Clip] = []
    for c in chosen:
        reason = eligibility(c)
        if reason:
            result.skipped.append((c.id, reason))
            continue
        caption = c.caption
        try:
            check_caption(kit, caption)
        except TextError as exc:
            result.warnings.append(f"#{c.id}: caption left out ({exc})")
            caption = ""
        language = c.language or kit.default_language
        if c.kind == MediaKind.PHOTO:
            preview = reduced_paths(project.folder, c.media_sha256).preview
            picture = preview if preview.is_file() else project.media_file(c.media_sha256)
            faces = project.faces(c.media_sha256)
            saliency = project.saliency(c.media_sha256)
            items.append(_Photo(c.id, picture, tuple(faces[1]) if faces else (),
                                tuple(tuple(row) for row in saliency) if saliency else None,
                                caption, language, c.media_sha256))
        else:
            source = clip_source(project.folder, c.media_sha256, project.media_file(c.media_sha256))
            try:
                info = probe_clip(source)
            except ClipReadError as exc:
                result.skipped.append((c.id, str(exc)))
                continue
            start = max(0.0, c.trim_in_s or 0.0)
            end = c.trim_out_s if c.trim_out_s is not None else info.duration
            end = min(end, info.duration or end, start + kit.limits.clip_max_seconds)
            if end - start < 0.5:
                result.skipped.append((c.id, "the clip is shorter than half a second after trimming"))
                continue
            subtitles = load_subtitles(project.folder, c.id)
            chosen_cues = (subtitles.get(spec.subtitle_language or lang) or subtitles.get(language)
                           or next(iter(subtitles.values()), []))
            items.append(_Clip(c.id, source, start, end, caption, language,
                               tuple(clip_cues(chosen_cues, start, end)), info.has_audio, c.media_sha256))
        result.used.append(c.id)
    return items


def _plan(project: Project, spec: CityVideoSpec, result: CityVideoResult) -> _Plan:
    info = project.info()
    kit = load_builtin_kit(info.kit_id)
    lang = info.languages[0] if info.languages else kit.default_language
    items = _collect(project, kit, spec, result, lang)
    if not items:
        raise NothingToRender(f"{len(result.skipped)} contributions left out")
    if spec.target_seconds <= 0:
        raise InvalidValue("the target length must be positive")
    xf = round(CROSSFADE_SECONDS * FPS)
    intro, outro = round(INTRO_SECONDS * FPS), round(OUTRO_SECONDS * FPS)
    clip_frames = [max(2 * xf + 2, round((it.end - it.start) * FPS)) for it in items if isinstance(it, _Clip)]
    n_photos = sum(isinstance(it, _Photo) for it in items)
    n_segments = len(items) + 2
    target = round(spec.target_seconds * FPS)
    lo, hi = round(PHOTO_SECONDS[0] * FPS), round(PHOTO_SECONDS[1] * FPS)
    photo_frames: list[int] = []
    if n_photos:
        room = target + xf * (n_segments - 1) - intro - outro - sum(clip_frames)
        per = room / n_photos
        if per < lo or per > hi:
            per = min(max(per, lo), hi)
            lasts = _seconds_text(per, n_photos, intro, outro, clip_frames, xf, n_segments)
            result.warnings.append(f"the video lasts {lasts} instead of {spec.target_seconds:g} s: each photo is "
                                   f"shown between {PHOTO_SECONDS[0]:g} and {PHOTO_SECONDS[1]:g} s")
            photo_frames = [round(per)] * n_photos
        else:
            base = math.floor(per)
            extra = room - base * n_photos
            photo_frames = [base + (1 if i < extra else 0) for i in range(n_photos)]
    segments = []
    start = 0
    segments.append(_Segment("intro", start, intro))
    start += intro - xf
    photo_iter = iter(photo_frames)
    clip_iter = iter(clip_frames)
    photo_index = 0
    for it in items:
        if isinstance(it, _Photo):
            n = next(photo_iter)
            segments.append(_Segment("photo", start, n, it, photo_index))
            photo_index += 1
        else:
            n = next(clip_iter)
            segments.append(_Segment("clip", start, n, it))
        start += n - xf
    segments.append(_Segment("outro", start, outro))
    total = start + outro
    logos: list[Path] = []
    if info.logo_sha256:
        try:
            logos.append(project.media_file(info.logo_sha256))
        except IccError:
            pass
    hashtags = tuple(dict.fromkeys((*kit.hashtags[:1], *info.hashtags, *kit.hashtags[1:])))
    average = (sum(photo_frames) / len(photo_frames) / FPS) if photo_frames else 0.0
    return _Plan(kit, spec.city or info.city, lang, info.campaign_year, hashtags, tuple(logos), tuple(segments),
                 total, xf, average)


def _seconds_text(per: float, n_photos: int, intro: int, outro: int, clips: list[int], xf: int, n: int) -> str:
    frames = round(per) * n_photos + intro + outro + sum(clips) - xf * (n - 1)
    return f"{frames / FPS:.1f} s"


# -- subtitles of the whole video -------------------------------------------------------------


def plan_cues(plan: _Plan) -> list[Cue]:
    """The video's subtitles: each photo's caption while it is shown; each clip's subtitles (else its caption)."""
    cues: list[Cue] = []
    half = plan.crossfade / 2
    for seg in plan.segments:
        if seg.item is None:
            continue
        lo = (seg.start + (half if seg.start > 0 else 0)) / FPS
        hi = (seg.end - half) / FPS
        if isinstance(seg.item, _Clip) and seg.item.cues:
            for cue in seg.item.cues:
                s, e = max(lo, seg.start / FPS + cue.start), min(hi, seg.start / FPS + cue.end)
                if e - s > 0.05:
                    cues.append(Cue(s, e, cue.text))
            continue
        text = caption_text(plan.kit, seg.item.caption, seg.item.language)
        if text:
            cues.append(Cue(lo, hi, text))
    return cues


# -- the sound --------------------------------------------------------------------------------


def mix_audio(plan: _Plan, music: Path | None, *, cancel: CancelToken = NEVER_CANCELLED) -> np.ndarray:
    """The whole video's sound: clips' own sound (each at the target loudness), music faded and ducked."""
    rate = sound.RATE
    n = int(round(plan.total_frames / FPS * rate))
    mix = np.zeros((n, 2), np.float32)
    duck = np.ones(n, np.float32)
    xf_s = plan.crossfade / FPS
    for seg in plan.segments:
        item = seg.item
        if not isinstance(item, _Clip) or not item.has_audio:
            continue
        cancel.check()
        samples = sound.decode_audio(item.path, start=item.start, end=item.end, cancel=cancel)
        if samples is None or not np.any(samples):
            continue
        samples = sound.fade(sound.normalise(samples, cancel=cancel), xf_s, xf_s)
        at = int(round(seg.start / FPS * rate))
        length = min(len(samples), n - at, int(round(seg.frames / FPS * rate)))
        if length <= 0:
            continue
        mix[at:at + length] += samples[:length]
        level = MUSIC_DUCK_DB if sound.speaks(samples) else MUSIC_UNDER_SOUND_DB
        _duck(duck, at, at + length, 10 ** (level / 20), int(DUCK_RAMP * rate))
    if music is not None:
        cancel.check()
        track = sound.decode_audio(Path(music), end=n / rate + 1, cancel=cancel)
        if track is None:
            raise sound.AudioError(music, "the music file has no sound")
        track = sound.normalise(track[:n], cancel=cancel)
        track = sound.fade(track, MUSIC_FADE_IN, min(MUSIC_FADE_OUT, len(track) / rate / 2))
        mix[:len(track)] += track * duck[:len(track), None]
    if np.any(mix):
        mix = sound.normalise(mix, cancel=cancel)
    return mix


def _duck(envelope: np.ndarray, a: int, b: int, level: float, ramp: int) -> None:
    """Lower ``envelope`` to ``level`` between samples ``a`` and ``b``, ramping in and out."""
    n = len(envelope)
    a0, b1 = max(0, a - ramp), min(n, b + ramp)
    shape = np.ones(b1 - a0, np.float32)
    down = sound.ramp(a - a0, rising=False)
    shape[: len(down)] = down
    shape[a - a0: b - a0] = 0.0
    up = sound.ramp(b1 - b)
    shape[b - a0:] = up
    lowered = 1.0 - (1.0 - level) * (1.0 - shape)
    np.minimum(envelope[a0:b1], lowered, out=envelope[a0:b1])


# -- the pictures -----------------------------------------------------------------------------


def _caption_overlay(plan: _Plan, size: tuple[int, int], item: _Photo | _Clip) -> Overlay | None:
    try:
        band = caption_band(plan.kit, size, item.caption, item.language)
    except TextError as exc:
        plan.notes.append(f"#{item.contribution_id}: caption left out of the picture at {size[0]}×{size[1]} ({exc})")
        return None
    return Overlay.from_rgba(*band) if band else None


class _PhotoShot:
    def __init__(self, plan: _Plan, seg: _Segment, size: tuple[int, int]) -> None:
        from ..crops import propose_crop
        from ..faces import Face

        photo: _Photo = seg.item  # type: ignore[assignment]
        rgb = np.asarray(load_photo(photo.picture))
        h, w = rgb.shape[:2]
        aspect = size[0] / size[1]
        faces = tuple(Face.from_dict(f) for f in photo.faces)
        saliency = np.asarray(photo.saliency, np.float32) / 255 if photo.saliency else None
        box = propose_crop((w, h), faces, aspect, saliency=saliency)
        share = min(w / h, aspect) / max(w / h, aspect)
        if (not faces and share < MIN_CROP_SHARE) or box.faces_left_out:
            # No face to frame on (or not all of them fit) and a crop would cut away most of the
            # picture: the whole photo over a blurred copy of itself, with the same gentle zoom.
            cover = (round(size[0] * DEFAULT_ZOOM / 2) * 2, round(size[1] * DEFAULT_ZOOM / 2) * 2)
            rgb = fit_frame(rgb, Framing(None), cover)
            motion = plan_motion(cover, aspect, (0.0, 0.0, 1.0, 1.0), zoom_in=seg.index % 2 == 0)
        else:
            motion = plan_motion((w, h), aspect, (box.x, box.y, box.w, box.h), focus=faces_focus(photo.faces),
                                 zoom_in=seg.index % 2 == 0)
        self.photo = MovingPhoto(rgb, motion, size)
        self.frames = seg.frames
        self.caption = _caption_overlay(plan, size, photo)

    def render(self, k: int, frame: Planes) -> None:
        self.photo.render(k / max(1, self.frames - 1), frame)
        if self.caption is not None:
            self.caption.apply(frame)


class _ClipShot:
    def __init__(self, plan: _Plan, seg: _Segment, size: tuple[int, int], burn: bool) -> None:
        clip: _Clip = seg.item  # type: ignore[assignment]
        self.source = ClipFrames(clip.path, clip.start, clip.start + seg.frames / FPS, size)
        self._frames: Iterator[Planes] = self.source.frames()
        self._last: Planes | None = None
        self.cues = clip.cues if burn else ()
        self.size = size
        self.kit = plan.kit
        self.language = clip.language
        self._subtitles: dict[Cue, Overlay] = {}
        self.caption = None if self.cues else _caption_overlay(plan, size, clip)

    def render(self, k: int, frame: Planes) -> None:
        nxt = next(self._frames, None)
        if nxt is not None:
            self._last = nxt
        if self._last is None:
            raise ClipReadError(self.source.path, "the clip gave no picture")
        frame.y[...] = self._last.y
        frame.u[...] = self._last.u
        frame.v[...] = self._last.v
        if self.caption is not None:
            self.caption.apply(frame)
        cue = cue_at(self.cues, k / FPS) if self.cues else None
        if cue is not None:
            overlay = self._subtitles.get(cue)
            if overlay is None:
                overlay = self._subtitles[cue] = Overlay.from_rgba(
                    *subtitle_box(self.size, cue.text, font_file=self.kit.font_path("body"), lang=self.language))
            overlay.apply(frame)


class _StillShot:
    def __init__(self, rgb: np.ndarray) -> None:
        self.frame = Frame.of(Planes.from_rgb(rgb))
        self.bytes = self.frame.buffer.tobytes()

    def render(self, k: int, frame: Planes) -> None:
        frame.y[...] = self.frame.y
        frame.u[...] = self.frame.u
        frame.v[...] = self.frame.v


def _make_shot(plan: _Plan, seg: _Segment, size: tuple[int, int], spec: CityVideoSpec):
    if seg.kind == "intro":
        return _StillShot(intro_card(plan.kit, size, city=plan.city, lang=plan.lang, year=plan.year))
    if seg.kind == "outro":
        return _StillShot(outro_card(plan.kit, size, hashtags=plan.hashtags, lang=plan.lang, logos=plan.logos))
    if seg.kind == "photo":
        return _PhotoShot(plan, seg, size)
    return _ClipShot(plan, seg, size, spec.burn_subtitles)


def poster_frame_index(plan: _Plan) -> int:
    """The frame kept as the poster: the middle of the first photo (else of the first item)."""
    for kind in ("photo", "clip"):
        for seg in plan.segments:
            if seg.kind == kind:
                return seg.start + seg.frames // 2
    return plan.segments[0].frames // 2


def render_frames(plan: _Plan, size: tuple[int, int], spec: CityVideoSpec, write, *, cancel: CancelToken,
                  on_frame=None, keep: int | None = None) -> Planes | None:
    """Make every frame of the video at ``size`` in order and hand each to ``write(data, owned=True)``.

    Frames are rendered into a ring of buffers that ``write`` may keep without copying until
    ``QUEUE_FRAMES + 2`` more were written. The next shot (a photo decoded, converted, its
    caption drawn) is prepared in a background thread while the current one plays.
    Returns a copy of frame ``keep`` (the poster) when asked.
    """
    from concurrent.futures import ThreadPoolExecutor

    ring = [Frame(size) for _ in range(QUEUE_FRAMES + 3)]
    a, b = Frame(size), Frame(size)
    segs = plan.segments
    kept = None
    with ThreadPoolExecutor(1, thread_name_prefix="video-shot") as pool:
        futures = {0: pool.submit(_make_shot, plan, segs[0], size, spec)}
        shots: dict[int, object] = {}
        first = 0
        try:
            for f in range(plan.total_frames):
                cancel.check()
                while segs[first].end <= f:
                    shots.pop(first, None)  # release the finished shot's pictures
                    first += 1
                active = [i for i in range(first, min(first + 2, len(segs))) if segs[i].start <= f < segs[i].end]
                for i in active:
                    if i not in shots:
                        shots[i] = (futures.pop(i, None) or pool.submit(_make_shot, plan, segs[i], size, spec)).result()
                        if i + 1 < len(segs) and i + 1 not in futures:
                            futures[i + 1] = pool.submit(_make_shot, plan, segs[i + 1], size, spec)
                target = ring[f % len(ring)]
                if len(active) == 1:
                    shot = shots[active[0]]
                    if isinstance(shot, _StillShot):
                        data, current = shot.bytes, shot.frame
                    else:
                        shot.render(f - segs[active[0]].start, target)
                        data, current = target.buffer, target
                else:
                    i, j = active
                    shots[i].render(f - segs[i].start, a)
                    shots[j].render(f - segs[j].start, b)
                    blend_into(a, b, crossfade_weight(f - segs[j].start, plan.crossfade), target)
                    data, current = target.buffer, target
                if keep == f:
                    kept = Frame.of(current)
                write(data, owned=True)
                if on_frame is not None:
                    on_frame(f)
        finally:
            for future in futures.values():
                future.cancel()
    return kept


# -- the job ----------------------------------------------------------------------------------


def _cache_key(plan: _Plan, spec: CityVideoSpec, aspect: str, music_hash: str | None) -> str:
    items = []
    for seg in plan.segments:
        it = seg.item
        entry: dict = {"kind": seg.kind, "frames": seg.frames}
        if isinstance(it, _Photo):
            entry.update(media=it.media_sha256, caption=it.caption, lang=it.language, faces=list(it.faces))
        elif isinstance(it, _Clip):
            entry.update(media=it.media_sha256, start=it.start, end=it.end, caption=it.caption, lang=it.language,
                         cues=[(c.start, c.end, c.text) for c in it.cues], source=it.path.name)
        items.append(entry)
    payload = {
        "renderer": RENDERER_VERSION, "aspect": aspect, "short": spec.short_side, "burn": spec.burn_subtitles,
        "kit": hashlib.sha256(plan.kit.manifest_path.read_bytes()).hexdigest()[:16], "city": plan.city,
        "lang": plan.lang, "year": plan.year, "hashtags": list(plan.hashtags),
        "logos": [p.name for p in plan.logos], "music": music_hash, "items": items,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def render_city_video(spec: CityVideoSpec, *, progress: ProgressFn = no_progress,
                      cancel: CancelToken = NEVER_CANCELLED) -> CityVideoResult:
    result = CityVideoResult()
    aspects = tuple(dict.fromkeys(spec.aspects))
    if not aspects:
        raise InvalidValue("choose at least one aspect")
    sizes = {aspect: frame_size(aspect, spec.short_side) for aspect in aspects}
    if spec.music is not None and not Path(spec.music).is_file():
        raise sound.AudioError(spec.music, "the music file does not exist")
    with Project.open(spec.project) as project:
        plan = _plan(project, spec, result)
        result.photo_seconds = plan.photo_seconds
        music_hash = sha256_file(Path(spec.music)) if spec.music else None
        out_dir = export_dir(project.folder)
        todo = []
        for aspect in aspects:
            stem = output_stem(plan.city, plan.kit.id, aspect)
            video, srt, poster = (out_dir / f"{stem}.mp4", out_dir / f"{stem}.srt", out_dir / f"{stem}_poster.jpg")
            key = _cache_key(plan, spec, aspect, music_hash)
            output = VideoOutput(aspect, video, srt, poster, sizes[aspect], plan.total_frames)
            cached = None if spec.force else project.cached_render(f"city_video_{aspect}", key)
            if cached is not None and cached.resolve() == video.resolve() and srt.is_file() and poster.is_file():
                result.outputs.append(VideoOutput(**{**output.__dict__, "cached": True}))
            else:
                todo.append((output, key))
        total = plan.total_frames * len(todo)
        progress(0, total, "")
        if not todo:
            return result
        out_dir.mkdir(parents=True, exist_ok=True)
        # Files are made in a work folder of this job (under cache/, on the same disk) and renamed into
        # exports/ together at the end. Not beside the outputs: another job opening the project sweeps
        # temporary names there, and could delete a file this job is still writing.
        work = _work_folder(project.folder)
        renames: list[tuple[Path, Path]] = []  # (made, final)
        try:
            cancel.check()
            progress(0, total, "sound")
            mix = mix_audio(plan, spec.music, cancel=cancel)
            wav = sound.write_wav(work / "mix.wav", mix)
            srt_text = format_srt(plan_cues(plan))
            keep = poster_frame_index(plan)
            for n, (output, _key) in enumerate(todo):
                base = n * plan.total_frames
                encoder = VideoEncoder(EncoderSettings(*output.size), output.video, audio=wav,
                                       frames=plan.total_frames, cancel=cancel, temp=work / output.video.name)
                with encoder:
                    poster = render_frames(
                        plan, output.size, spec, encoder.write, cancel=cancel, keep=keep,
                        on_frame=lambda f, base=base, aspect=output.aspect: progress(
                            base + f + 1, total, aspect) if f % 10 == 9 else None)
                    renames.append((encoder.finish(rename=False), output.video))
                srt_made = work / output.subtitles.name
                srt_made.write_text(srt_text, encoding="utf-8")
                renames.append((srt_made, output.subtitles))
                poster_made = work / output.poster.name
                _save_poster(poster, poster_made)
                renames.append((poster_made, output.poster))
            cancel.check()
            for made, final in renames:
                made.replace(final)
            fsync_dir(out_dir)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        result.warnings.extend(dict.fromkeys(plan.notes))
        project.record_renders((f"city_video_{o.aspect}", key, o.video, None) for o, key in todo)
        result.outputs.extend(o for o, _ in todo)
        project.audit("render.video", "", {"aspects": [o.aspect for o, _ in todo], "items": result.used,
                                           "seconds": round(plan.total_frames / FPS, 2),
                                           "music": bool(spec.music)})
    order = {aspect: i for i, aspect in enumerate(aspects)}
    result.outputs.sort(key=lambda o: order[o.aspect])
    return result


WORK_FOLDER = ("cache", "video-work")
STALE_WORK_SECONDS = 6 * 3600


def _work_folder(project_folder: Path) -> Path:
    """A new work folder for one render; folders a crash left behind (older than a few hours) are removed."""
    root = Path(project_folder).joinpath(*WORK_FOLDER)
    root.mkdir(parents=True, exist_ok=True)
    now = time.time()
    for old in root.iterdir():
        try:
            if now - old.stat().st_mtime > STALE_WORK_SECONDS:
                shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)
        except OSError:
            continue
    work = root / uuid.uuid4().hex[:16]
    work.mkdir()
    return work


def _save_poster(planes: Planes | None, path: Path) -> None:
    from PIL import Image

    if planes is None:
        raise InvalidValue("the poster frame was not made")
    save_image(Image.fromarray(planes.to_rgb()), path, "JPEG", quality=90)

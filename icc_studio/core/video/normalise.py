"""Normalising a resident clip to the campaign's delivery format.

From the clip's proxy (upright, 30 fps constant, see :mod:`.proxy`) and its trim points,
:func:`normalise_clip` writes an MP4 that every platform takes as it is (design.md):

* H.264 High, yuv420p, 30 fps constant; AAC-LC 48 kHz stereo; ``+faststart``;
* 1080×1920 (9:16), 1080×1080 (1:1) or 1920×1080 (16:9): the picture is **cropped** around
  the faces found on frames sampled from the trimmed part, or **padded** with a blurred,
  enlarged copy of itself when a crop would cut people off (``Fit.AUTO`` chooses);
* loudness normalised to −16 LUFS (EBU R128, ffmpeg ``loudnorm`` in two passes: the first
  measures the trimmed part, the second applies a linear gain — so speech keeps its dynamics);
  a clip without sound gets a silent track;
* optionally the campaign frame of the kit (the clip plays in the template's photo window),
  the caption — the contributor's message in any script, drawn by the app's text engine
  into a transparent PNG laid over the picture — and an end card with the hashtag.

The same function makes the GUI's preview (``size`` smaller than the delivery size): what
staff see is what they get.
"""

from __future__ import annotations

import json
import math
import re
import tempfile
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ..errors import InvalidValue
from ..fileio import save_image
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from .probe import probe_clip
from .proxy import AUDIO_RATE, PROXY_FPS, proxy_frames
from .run import ffmpeg_to_file, run_ffmpeg
from .trim import check_trim, encode_args, on_frames, seek_arg

# Delivery sizes by aspect (design.md, "What it produces").
CLIP_FORMATS: dict[str, tuple[int, int]] = {"9:16": (1080, 1920), "1:1": (1080, 1080), "16:9": (1920, 1080)}
# The kit template whose frame (photo window, artwork, caption box) is used for each aspect.
FRAME_TEMPLATES: dict[str, str] = {"9:16": "story", "1:1": "feed_square"}
TARGET_LUFS = -16.0
TRUE_PEAK_DB = -1.5
LOUDNESS_RANGE = 11.0
END_CARD_S = 2.0
FACE_SAMPLES = 5
# Fit.AUTO crops without faces only when the crop keeps at least this share of the picture.
AUTO_CROP_MIN_AREA = 0.75
NORMALISER_VERSION = "clips-1"


class Fit(StrEnum):
    AUTO = "auto"
    CROP = "crop"
    PAD = "pad"


@dataclass(frozen=True)
class Decoration:
    """What is drawn over the clip: all optional. Texts are final (the caption already "I am …")."""

    kit_path: Path | None = None  # the kit: frame artwork, colours, fonts
    frame: bool = False  # play the clip inside the kit's campaign frame (9:16 and 1:1)
    caption: str = ""
    language: str = ""
    end_card: str = ""  # the end card's text (the hashtags); empty: no end card
    end_card_title: str = ""  # a smaller line above it (the campaign's title)


@dataclass(frozen=True)
class NormaliseSpec:
    proxy: Path
    output: Path
    aspect: str = "9:16"
    in_s: float | None = None
    out_s: float | None = None
    max_s: float | None = None  # the kit's clip_max_seconds
    fit: Fit = Fit.AUTO
    decoration: Decoration = Decoration()
    has_audio: bool = True  # False: the proxy's track is silence (no loudness to normalise)
    size: tuple[int, int] | None = None  # a smaller size for previews; default: the delivery size
    crf: int = 20


@dataclass(frozen=True)
class NormaliseResult:
    output: Path
    size: tuple[int, int]
    in_s: float
    out_s: float
    fit: Fit
    crop: tuple[float, float, float, float] | None  # relative x, y, w, h of the proxy picture
    faces: int
    input_lufs: float | None
    duration_s: float
    extra: dict = field(default_factory=dict)


def output_size(aspect: str, size: tuple[int, int] | None = None) -> tuple[int, int]:
    if aspect not in CLIP_FORMATS:
        raise InvalidValue(f"unknown clip format {aspect!r} (choose from {', '.join(CLIP_FORMATS)})")
    return size or CLIP_FORMATS[aspect]


def normalise_clip(spec: NormaliseSpec, *, progress: ProgressFn = no_progress,
                   cancel: CancelToken = NEVER_CANCELLED) -> NormaliseResult:
    """The normalise job: writes ``spec.output`` under a temporary name and renames it when complete."""
    width, height = output_size(spec.aspect, spec.size)
    clip = probe_clip(spec.proxy)
    in_s, out_s = on_frames(*check_trim(spec.in_s, spec.out_s, clip.duration_s, spec.max_s))
    out_s = min(out_s, clip.duration_s)
    length = out_s - in_s
    deco = spec.decoration
    kit = _kit(deco.kit_path)
    template = kit.template(FRAME_TEMPLATES[spec.aspect]) if (kit and deco.frame and spec.aspect in FRAME_TEMPLATES) \
        else None
    window = _window((width, height), template)
    win_w, win_h = window[2] - window[0], window[3] - window[1]
    total = length + (END_CARD_S if deco.end_card else 0.0)
    steps = total * 1.15  # the analysis passes count for about a seventh of the work
    progress(0, steps, spec.output.name)

    fit, crop, faces = choose_fit(spec.proxy, clip.size, (in_s, out_s), win_w / win_h, spec.fit)
    cancel.check()
    lufs, loudnorm = (None, None)
    if spec.has_audio:
        lufs, loudnorm = measure_loudness(spec.proxy, in_s, out_s, cancel=cancel)
    progress(total * 0.15, steps, spec.output.name)

    with tempfile.TemporaryDirectory(prefix="icc-clip-") as work:
        work_dir = Path(work)
        overlay = _overlay_png(work_dir, kit, template, deco, (width, height), window)
        end_card = _end_card_png(work_dir, kit, deco, (width, height)) if deco.end_card else None
        args, graph = _command(spec, clip.size, in_s, length, fit, crop, (width, height), window, overlay, end_card,
                               loudnorm)
        args += ["-filter_complex", graph, "-map", "[vout]", "-map", "[aout]", *encode_args(crf=spec.crf),
                 "-map_metadata", "-1", "-metadata", f"comment=ICC Studio {NORMALISER_VERSION}", "-f", "mp4"]

        def sub_progress(done: float, _total: float | None, message: str = "") -> None:
            progress(total * 0.15 + done, steps, message)

        ffmpeg_to_file(args, spec.output, duration_s=total, progress=sub_progress, cancel=cancel,
                       message=spec.output.name)
    return NormaliseResult(spec.output, (width, height), in_s, out_s, fit, crop, faces, lufs, total,
                           {"loudnorm": loudnorm is not None})


# -- choosing the picture ----------------------------------------------------------------------------


def choose_fit(proxy: Path, size: tuple[int, int], span: tuple[float, float], aspect: float,
               fit: Fit) -> tuple[Fit, tuple[float, float, float, float] | None, int]:
    """(fit used, crop in relative units or ``None``, number of faces seen) for a window of ``aspect``."""
    from ..crops import propose_crop

    src_aspect = size[0] / size[1]
    if abs(math.log(src_aspect / aspect)) < 0.02:
        return Fit.CROP, (0.0, 0.0, 1.0, 1.0), 0
    if fit == Fit.PAD:
        return Fit.PAD, None, 0
    faces = sample_faces(proxy, span, size)
    box = propose_crop(size, faces, aspect)
    crop = (box.x, box.y, box.w, box.h)
    if fit == Fit.CROP:
        return Fit.CROP, crop, len(faces)
    if faces:
        return (Fit.CROP, crop, len(faces)) if box.all_faces_kept else (Fit.PAD, None, len(faces))
    return (Fit.CROP, crop, 0) if box.w * box.h >= AUTO_CROP_MIN_AREA else (Fit.PAD, None, 0)


def sample_faces(proxy: Path, span: tuple[float, float], size: tuple[int, int], samples: int = FACE_SAMPLES):
    """The faces found on ``samples`` frames spread over ``span`` (relative units, so any sampling size works)."""
    from ..faces import detect_faces

    start, end = span
    scale = min(1.0, 800 / max(size))
    small = (max(2, round(size[0] * scale) // 2 * 2), max(2, round(size[1] * scale) // 2 * 2))
    wanted = [start + (end - start) * (i + 0.5) / samples for i in range(samples)]
    found = []
    # The proxy has a keyframe every second: decoding keyframes only makes sampling nearly free.
    for _, rgb in keyframes_between(proxy, start, end, wanted, size=small):
        found.extend(detect_faces(rgb))
    return _merge_faces(found)


def keyframes_between(proxy: Path, start: float, end: float, wanted: list[float], *, size: tuple[int, int]):
    """Yield (time, RGB) of the keyframes of ``proxy`` in [start, end] closest to each time in ``wanted``."""
    import av

    frames: list[tuple[float, object]] = []
    with av.open(str(proxy), mode="r", format="mp4", options={"protocol_whitelist": "file"}) as container:
        stream = container.streams.video[0]
        stream.codec_context.skip_frame = "NONKEY"
        container.seek(int(max(0.0, start - 1.0) / float(stream.time_base)), stream=stream, backward=True)
        for frame in container.decode(stream):
            if frame.pts is None:
                continue
            t = float(frame.pts * stream.time_base)
            if t > end:
                break
            if t >= start - 1.0:
                frames.append((t, frame))
        if not frames:
            return
        chosen = sorted({min(range(len(frames)), key=lambda i: abs(frames[i][0] - w)) for w in wanted})
        for i in chosen:
            t, frame = frames[i]
            yield t, frame.to_ndarray(format="rgb24", width=size[0], height=size[1])


def _merge_faces(faces):
    """Faces seen on several frames: one per person (overlapping boxes merged into their union)."""
    from ..faces import Face

    merged: list = []
    for face in sorted(faces, key=lambda f: -f.w * f.h):
        for i, kept in enumerate(merged):
            ix = max(0.0, min(face.x + face.w, kept.x + kept.w) - max(face.x, kept.x))
            iy = max(0.0, min(face.y + face.h, kept.y + kept.h) - max(face.y, kept.y))
            if ix * iy > 0.3 * min(face.w * face.h, kept.w * kept.h):
                x0, y0 = min(face.x, kept.x), min(face.y, kept.y)
                x1, y1 = max(face.x + face.w, kept.x + kept.w), max(face.y + face.h, kept.y + kept.h)
                merged[i] = Face.from_box(x0, y0, x1 - x0, y1 - y0, confidence=max(face.confidence, kept.confidence))
                break
        else:
            merged.append(face)
    return merged


# -- loudness ------------------------------------------------------------------------------------------


def measure_loudness(path: Path, in_s: float, out_s: float, *,
                     cancel: CancelToken = NEVER_CANCELLED) -> tuple[float | None, str | None]:
    """(integrated loudness in LUFS, the second-pass ``loudnorm`` filter) of the part, or (None, None) for silence."""
    args = ["-ss", f"{in_s:.4f}", "-t", f"{out_s - in_s:.4f}", "-i", str(path), "-vn", "-map", "0:a:0",
            "-af", f"loudnorm=I={TARGET_LUFS}:TP={TRUE_PEAK_DB}:LRA={LOUDNESS_RANGE}:print_format=json",
            "-f", "null", "-"]
    result = run_ffmpeg(args, cancel=cancel, loglevel="info")
    data = _last_json(result.stderr)
    if data is None:
        return None, None
    try:
        measured = {k: float(data[k]) for k in ("input_i", "input_tp", "input_lra", "input_thresh", "target_offset")}
    except (KeyError, ValueError):
        return None, None
    if not all(math.isfinite(v) for v in measured.values()) or measured["input_i"] < -70:
        return None, None  # silence: nothing to normalise
    lra = max(LOUDNESS_RANGE, min(50.0, measured["input_lra"]))  # keep the gain linear: never compress the range
    return measured["input_i"], (
        f"loudnorm=I={TARGET_LUFS}:TP={TRUE_PEAK_DB}:LRA={lra}:measured_I={measured['input_i']}"
        f":measured_TP={measured['input_tp']}:measured_LRA={measured['input_lra']}"
        f":measured_thresh={measured['input_thresh']}:offset={measured['target_offset']}:linear=true")


def measure_integrated_loudness(path: Path) -> float:
    """The integrated loudness (LUFS) of a file's first audio track, measured with ffmpeg's ``ebur128``."""
    result = run_ffmpeg(["-i", str(path), "-map", "0:a:0", "-af", "ebur128=framelog=quiet", "-f", "null", "-"],
                        loglevel="info")
    values = re.findall(r"I:\s+(-?[\d.]+|-inf) LUFS", result.stderr)
    if not values:
        raise InvalidValue(f"{path}: no loudness could be measured")
    return float(values[-1])


def _last_json(text: str) -> dict | None:
    end = text.rfind("}")
    start = text.rfind("{", 0, end)
    if start < 0 or end < 0:
        return None
    try:
        return json.loads(text[start:end + 1])
    except ValueError:
        return None


# -- the ffmpeg command ------------------------------------------------------------------------------


def _command(spec: NormaliseSpec, src: tuple[int, int], in_s: float, length: float, fit: Fit,
             crop: tuple[float, float, float, float] | None, size: tuple[int, int],
             window: tuple[int, int, int, int], overlay: tuple[Path, tuple[int, int]] | None,
             end_card: Path | None,
             loudnorm: str | None) -> tuple[list[str], str]:
    width, height = size
    left, top, right, bottom = window
    ww, wh = right - left, bottom - top
    args = ["-ss", seek_arg(in_s), "-t", f"{length:.6f}", "-i", str(spec.proxy)]
    inputs = 1
    chains = []
    if fit == Fit.CROP and crop is not None:
        cx, cy, cw, ch = _crop_pixels(crop, src)
        chains.append(f"[0:v]crop={cw}:{ch}:{cx}:{cy},scale={ww}:{wh}:flags=bicubic,setsar=1[win]")
    else:
        # The blurred background is made at an eighth of the size: cheap, and just as smooth once enlarged.
        bw, bh = max(2, ww // 8), max(2, wh // 8)
        chains.append(
            f"[0:v]split=2[bgsrc][fgsrc];"
            f"[bgsrc]scale={bw}:{bh}:force_original_aspect_ratio=increase:flags=bilinear,crop={bw}:{bh},"
            f"boxblur=luma_radius={max(1, min(bw, bh) // 10)}:luma_power=2,eq=brightness=-0.06,"
            f"scale={ww}:{wh}:flags=fast_bilinear,setsar=1[bg];"
            f"[fgsrc]scale={ww}:{wh}:force_original_aspect_ratio=decrease:force_divisible_by=2:flags=bicubic,"
            f"setsar=1[fg];"
            f"[bg][fg]overlay=x=(W-w)/2:y=(H-h)/2:format=yuv420[win]")
    label = "win"
    if (ww, wh) != (width, height):
        chains.append(f"[{label}]pad={width}:{height}:{left}:{top}:color=black[canvas]")
        label = "canvas"
    if overlay is not None:
        png, (x, y) = overlay
        args += ["-i", str(png)]
        chains.append(f"[{label}][{inputs}:v]overlay={x}:{y}:format=yuv420[decorated]")
        inputs += 1
        label = "decorated"
    chains.append(f"[{label}]fps={PROXY_FPS},format=yuv420p[clipv]")
    audio = [f"aresample={AUDIO_RATE}"]
    if loudnorm:
        audio += [loudnorm, f"aresample={AUDIO_RATE}"]
    audio += ["aformat=sample_fmts=fltp:channel_layouts=stereo", f"apad=whole_dur={length:.4f}",
              f"atrim=0:{length:.4f}", "asetpts=N/SR/TB"]
    chains.append(f"[0:a]{','.join(audio)}[clipa]")
    if end_card is not None:
        args += ["-loop", "1", "-framerate", str(PROXY_FPS), "-t", f"{END_CARD_S}", "-i", str(end_card),
                 "-f", "lavfi", "-t", f"{END_CARD_S}", "-i", f"anullsrc=r={AUDIO_RATE}:cl=stereo"]
        card, silence = inputs, inputs + 1
        chains.append(f"[{card}:v]fps={PROXY_FPS},format=yuv420p,setsar=1[cardv]")
        chains.append(f"[{silence}:a]aformat=sample_fmts=fltp:channel_layouts=stereo[carda]")
        chains.append("[clipv][clipa][cardv][carda]concat=n=2:v=1:a=1[vout][aout]")
    else:
        chains.append("[clipv]null[vout];[clipa]anull[aout]")
    return args, ";".join(chains)


def _crop_pixels(crop: tuple[float, float, float, float], size: tuple[int, int]) -> tuple[int, int, int, int]:
    x, y, w, h = crop
    cw = max(2, min(size[0], round(w * size[0])) // 2 * 2)
    ch = max(2, min(size[1], round(h * size[1])) // 2 * 2)
    cx = min(size[0] - cw, max(0, round(x * size[0])))
    cy = min(size[1] - ch, max(0, round(y * size[1])))
    return cx, cy, cw, ch


# -- what is drawn over the clip -----------------------------------------------------------------------


def _kit(kit_path: Path | None):
    if kit_path is None:
        return None
    from ..kits import load_kit

    return load_kit(kit_path)


def _window(size: tuple[int, int], template) -> tuple[int, int, int, int]:
    """Where the clip plays on the canvas: the template's photo window (even sizes), or the whole canvas."""
    if template is None or template.box("photo") is None:
        return (0, 0, *size)
    left, top, right, bottom = template.box("photo").to_pixels(size)
    left, top = left // 2 * 2, top // 2 * 2
    right = left + max(2, (right - left) // 2 * 2)
    bottom = top + max(2, (bottom - top) // 2 * 2)
    return left, top, right, bottom


def _default_font() -> Path:
    from ..paths import fonts_dir

    return fonts_dir() / "NotoSans-Bold.ttf"


def _overlay_png(work: Path, kit, template, deco: Decoration, size: tuple[int, int],
                 window: tuple[int, int, int, int]) -> tuple[Path, tuple[int, int]] | None:
    """The frame and the caption as a transparent PNG and where it goes, or ``None`` when nothing is drawn."""
    image = overlay_image(kit, template, deco, size, window)
    if image is None:
        return None
    # Only the part that draws something is laid over each frame (a caption band is a sixth of it).
    box = image.getchannel("A").getbbox() or (0, 0, 2, 2)
    left, top = box[0] // 2 * 2, box[1] // 2 * 2
    right, bottom = min(size[0], -(-box[2] // 2) * 2), min(size[1], -(-box[3] // 2) * 2)
    path = work / "overlay.png"
    save_image(image.crop((left, top, right, bottom)), path, "PNG", compress_level=1)
    return path, (left, top)


def overlay_image(kit, template, deco: Decoration, size: tuple[int, int], window: tuple[int, int, int, int]):
    """The RGBA image laid over the clip (campaign frame + caption), or ``None``."""
    from PIL import Image, ImageColor, ImageDraw

    from ..text import render_text

    width, height = size
    caption = " ".join(deco.caption.split())
    if template is None and not caption:
        return None
    short = min(size)
    if template is not None:
        from ..kits import render_artwork

        lang = kit.resolve_language(deco.language or None)
        art = render_artwork(kit, template.output_id, size, lang=lang)
        canvas = Image.new("RGBA", size, ImageColor.getrgb(kit.color("background"))[:3] + (255,))
        canvas.alpha_composite(art)
        # Opaque outside the window; inside it, only the artwork that overlaps it (badge, ring).
        alpha = Image.new("L", size, 255)
        alpha.paste(art.getchannel("A").crop(window), window[:2])
        canvas.putalpha(alpha)
        box = template.box("caption")
        if caption and box is not None:
            l, t, r, b = box.to_pixels(size)
            block = render_text(caption, (max(1, r - l), max(1, b - t)), font_file=kit.font_path(box.font),
                                align=box.align, max_lines=3, min_size=max(6, round(short * 0.022)),
                                max_size=round(short * 0.085), language=deco.language or None,
                                padding=max(1, short // 200))
            colour = Image.new("RGBA", block.mask.size, ImageColor.getrgb(kit.color(box.color))[:3] + (255,))
            canvas.paste(colour, (l, t), block.mask)
        return canvas
    # No frame: the caption on a translucent band in the lower part of the picture, clear of the
    # platforms' reply bar (the lowest ~16 % of a story).
    canvas = Image.new("RGBA", size, (0, 0, 0, 0))
    band_h = round(height * (0.16 if height > width else 0.2))
    band_bottom = round(height * (0.83 if height > width else 0.94))
    margin = round(short * 0.06)
    band = (0, band_bottom - band_h, width, band_bottom)
    fill = (ImageColor.getrgb(kit.color("primary"))[:3] if kit else (20, 20, 40)) + (190,)
    ImageDraw.Draw(canvas).rectangle(band, fill=fill)
    font = kit.font_path("display") if kit else _default_font()
    text_colour = ImageColor.getrgb(kit.color("text_on_primary"))[:3] if kit and "text_on_primary" in kit.palette \
        else (255, 255, 255)
    block = render_text(caption, (width - 2 * margin, band_h - margin), font_file=font, align="center", max_lines=3,
                        min_size=max(6, round(short * 0.025)), max_size=round(short * 0.07),
                        language=deco.language or None, padding=max(1, short // 200))
    colour = Image.new("RGBA", block.mask.size, text_colour + (255,))
    canvas.paste(colour, (margin, band[1] + margin // 2), block.mask)
    return canvas


def _end_card_png(work: Path, kit, deco: Decoration, size: tuple[int, int]) -> Path:
    image = end_card_image(kit, deco, size)
    path = work / "end_card.png"
    save_image(image, path, "PNG", compress_level=1)
    return path


def end_card_image(kit, deco: Decoration, size: tuple[int, int]):
    """The end card: the hashtags large in the middle, the campaign's title above, in the kit's colours."""
    from PIL import Image, ImageColor

    from ..text import render_text

    width, height = size
    short = min(size)
    background = ImageColor.getrgb(kit.color("primary"))[:3] if kit else (28, 26, 79)
    accent = ImageColor.getrgb(kit.color("accent"))[:3] if kit and "accent" in kit.palette else (255, 210, 63)
    fore = ImageColor.getrgb(kit.color("text_on_primary"))[:3] if kit and "text_on_primary" in kit.palette \
        else (255, 255, 255)
    font = kit.font_path("display") if kit else _default_font()
    canvas = Image.new("RGB", size, background)
    margin = round(short * 0.08)
    box_w = width - 2 * margin
    tag = render_text(deco.end_card, (box_w, round(height * 0.22)), font_file=font, align="center", max_lines=3,
                      min_size=max(6, round(short * 0.03)), max_size=round(short * 0.11),
                      language=deco.language or None)
    canvas.paste(Image.new("RGB", tag.mask.size, accent), (margin, round(height * 0.42)), tag.mask)
    if deco.end_card_title:
        title = render_text(deco.end_card_title, (box_w, round(height * 0.14)), font_file=font, align="center",
                            max_lines=2, min_size=max(6, round(short * 0.025)), max_size=round(short * 0.06),
                            language=deco.language or None)
        canvas.paste(Image.new("RGB", title.mask.size, fore), (margin, round(height * 0.26)), title.mask)
    return canvas


# -- the render job of a project's clips ------------------------------------------------------------------


def aspect_slug(aspect: str) -> str:
    return aspect.replace(":", "x")


def export_dir(project_folder: Path, aspect: str) -> Path:
    return Path(project_folder) / "exports" / "clips" / aspect_slug(aspect)


@dataclass(frozen=True)
class RenderClipsSpec:
    """Normalise the approved clips of a project (those whose consent covers social media)."""

    project: Path
    aspects: tuple[str, ...] = ("9:16",)
    contribution_ids: tuple[int, ...] | None = None  # None: every approved clip
    fit: Fit = Fit.AUTO
    caption: bool = True
    frame: bool = False
    end_card: bool = True
    force: bool = False


@dataclass(frozen=True)
class ClipItem:
    contribution_id: int
    aspect: str
    status: str  # rendered, cached, skipped, failed
    path: Path | None = None
    reason: str = ""
    detail: dict = field(default_factory=dict)


@dataclass
class ClipRenderReport:
    results: list[ClipItem] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)


def clip_spec_for(project, contribution, *, aspect: str, output: Path, fit: Fit = Fit.AUTO, caption: bool = True,
                  frame: bool = False, end_card: bool = True, size: tuple[int, int] | None = None) -> NormaliseSpec:
    """The :class:`NormaliseSpec` of one contribution (its proxy, trim, caption, the project's kit and hashtags).

    ``project`` is an open :class:`~icc_studio.core.store.Project`; the proxy must exist
    (:func:`~.proxy.ensure_proxy`).
    """
    from ..kits import load_builtin_kit
    from ..render.photos import caption_text
    from .proxy import proxy_path, read_proxy_info

    info = project.info()
    kit = load_builtin_kit(info.kit_id)
    lang = contribution.language or (info.languages[0] if info.languages else kit.default_language)
    proxy_info = read_proxy_info(project.folder, contribution.media_sha256)
    tags = list(dict.fromkeys([*kit.hashtags[:1], *info.hashtags]))
    deco = Decoration(
        kit_path=kit.path, frame=frame, language=lang,
        caption=caption_text(kit, contribution.caption, lang) if caption else "",
        end_card=" ".join(tags) if end_card else "",
        end_card_title=kit.text("title", lang) if end_card else "",
    )
    return NormaliseSpec(proxy=proxy_path(project.folder, contribution.media_sha256), output=output, aspect=aspect,
                         in_s=contribution.trim_in_s, out_s=contribution.trim_out_s,
                         max_s=kit.limits.clip_max_seconds, fit=fit, decoration=deco,
                         has_audio=proxy_info.has_audio if proxy_info else True, size=size)


def render_clips(spec: RenderClipsSpec, *, progress: ProgressFn = no_progress,
                 cancel: CancelToken = NEVER_CANCELLED) -> ClipRenderReport:
    """The render job of clips: one delivery MP4 per approved clip and aspect, with its alt text, cached."""
    import hashlib

    from ..errors import Cancelled, IccError
    from ..fileio import atomic_path
    from ..kits import load_builtin_kit
    from ..render.photos import slug
    from ..store import MediaKind, Project, Purpose, Status
    from .proxy import PROXY_VERSION, ProxySpec, ensure_proxy

    for aspect in spec.aspects:
        output_size(aspect)
    report = ClipRenderReport()
    with Project.open(spec.project) as project:
        info = project.info()
        kit = load_builtin_kit(info.kit_id)
        kit_hash = hashlib.sha256(kit.manifest_path.read_bytes()).hexdigest()[:16]
        if spec.contribution_ids is not None:
            chosen = [project.contribution(i) for i in spec.contribution_ids]
        else:
            chosen = [c for c in project.contributions() if c.kind == MediaKind.CLIP]
        todo = []
        for c in chosen:
            reason = ("not a clip" if c.kind != MediaKind.CLIP else
                      f"not approved ({c.status.value})" if c.status != Status.APPROVED else
                      "no consent recorded" if not c.has_consent else
                      "consent does not cover social media" if Purpose.SOCIAL_MEDIA not in c.purposes else "")
            if reason:
                report.results.extend(ClipItem(c.id, a, "skipped", reason=reason) for a in spec.aspects)
                continue
            todo.extend((c, a) for a in spec.aspects)
        total = len(todo)
        progress(0, total, "")
        for index, (c, aspect) in enumerate(todo):
            cancel.check()
            name = f"{slug(info.city)}_{kit.id}_clip-{aspect_slug(aspect)}_c{c.id:04d}.mp4"
            dest = export_dir(project.folder, aspect) / name
            alt = c.alt_text or kit.text("alt_text_template", c.language or kit.default_language).replace(
                "{message}", " ".join(c.caption.split())).replace("{city}", info.city)
            key = hashlib.sha256(json.dumps({
                "media": c.media_sha256, "trim": [c.trim_in_s, c.trim_out_s], "caption": c.caption,
                "language": c.language, "alt": alt, "kit": kit_hash, "aspect": aspect, "fit": spec.fit.value,
                "frame": spec.frame, "with_caption": spec.caption, "end_card": spec.end_card,
                "hashtags": info.hashtags, "renderer": NORMALISER_VERSION, "proxy": PROXY_VERSION,
            }, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
            output_id = f"clip_{aspect_slug(aspect)}"
            cached = None if spec.force else project.cached_render(output_id, key)
            if cached is not None and cached == dest and dest.with_suffix(".alt.txt").is_file():
                report.results.append(ClipItem(c.id, aspect, "cached", cached))
                progress(index + 1, total, f"#{c.id}")
                continue

            def sub(done: float, sub_total: float | None, message: str = "", _i: int = index) -> None:
                progress(_i + (done / sub_total if sub_total else 0), total, f"#{c.id} {aspect}")

            try:
                ensure_proxy(ProxySpec(project.folder, c.media_sha256), cancel=cancel)
                result = normalise_clip(clip_spec_for(project, c, aspect=aspect, output=dest, fit=spec.fit,
                                                      caption=spec.caption, frame=spec.frame,
                                                      end_card=spec.end_card), progress=sub, cancel=cancel)
                with atomic_path(dest.with_suffix(".alt.txt"), durable=False) as tmp:
                    tmp.write_text(alt + "\n", encoding="utf-8")
            except Cancelled:
                raise
            except IccError as exc:
                report.results.append(ClipItem(c.id, aspect, "failed", reason=str(exc)))
                continue
            project.record_render(output_id, key, dest, c.id)
            report.results.append(ClipItem(c.id, aspect, "rendered", dest, detail={
                "fit": result.fit.value, "faces": result.faces, "in_s": result.in_s, "out_s": result.out_s,
                "input_lufs": result.input_lufs}))
            progress(index + 1, total, f"#{c.id}")
        project.audit("render.clips", "", {"rendered": report.count("rendered"), "cached": report.count("cached")})
    return report

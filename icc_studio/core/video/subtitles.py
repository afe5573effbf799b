"""Subtitles: ``.srt`` read and written, typed in or imported, per clip and language.

Interviews are multilingual, so a clip can carry subtitles in several languages. They are
kept in the project folder as one ``.srt`` per clip and language
(``subtitles/c<id>/<lang>.srt``, written atomically), delivered as a sidecar file beside a
video, or burned into its picture.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import IccError
from ..fileio import atomic_write

_TIME = r"(\d{1,2}):(\d{2}):(\d{2})[,.](\d{1,3})"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
MAX_SRT_BYTES = 2_000_000


class SubtitleError(IccError):
    code = "subtitles"
    template = "{file}: {detail}"

    def __init__(self, file: Path | str, detail: str, *, line: int = 0) -> None:
        super().__init__(detail, file=str(file), line=line)


@dataclass(frozen=True)
class Cue:
    """One subtitle: shown from ``start`` to ``end`` (seconds); ``text`` may hold line breaks."""

    start: float
    end: float
    text: str

    def shifted(self, offset: float) -> Cue:
        return replace(self, start=self.start + offset, end=self.end + offset)


def format_time(seconds: float) -> str:
    ms = max(0, round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def _seconds(h: str, m: str, s: str, ms: str) -> float:
    return int(h) * 3600 + int(m) * 60 + int(s) + int(ms.ljust(3, "0")) / 1000


def parse_srt(text: str, *, source: Path | str = "subtitles") -> list[Cue]:
    """The cues of an ``.srt`` text (BOM, CRLF, missing or wrong numbers tolerated; cues sorted by time).

    Raises :class:`SubtitleError` naming the line of a malformed timing or a cue that ends before it starts.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    cues: list[Cue] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        timing = _TIMING.match(line)
        if timing is None and i + 1 < len(lines) and line.strip().isdigit():
            i += 1
            line = lines[i]
            timing = _TIMING.match(line)
        if timing is None:
            raise SubtitleError(source, f"line {i + 1}: expected a timing such as "
                                        f"'00:00:01,000 --> 00:00:03,500', found {line.strip()[:40]!r}", line=i + 1)
        g = timing.groups()
        start, end = _seconds(*g[:4]), _seconds(*g[4:])
        if end <= start:
            raise SubtitleError(source, f"line {i + 1}: the cue ends before it starts", line=i + 1)
        i += 1
        body = []
        while i < len(lines) and lines[i].strip():
            body.append(lines[i].strip())
            i += 1
        cues.append(Cue(start, end, "\n".join(body)))
    return sorted(cues, key=lambda c: (c.start, c.end))


def format_srt(cues: Iterable[Cue]) -> str:
    """``cues`` as ``.srt`` text (numbered from 1, CRLF-free, UTF-8 ready); empty cues are left out."""
    out = []
    for n, cue in enumerate((c for c in cues if c.text.strip()), start=1):
        out.append(f"{n}\n{format_time(cue.start)} --> {format_time(cue.end)}\n{cue.text.strip()}\n")
    return "\n".join(out)


def read_srt(path: Path) -> list[Cue]:
    path = Path(path)
    if path.stat().st_size > MAX_SRT_BYTES:
        raise SubtitleError(path, "the subtitle file is too large")
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return parse_srt(raw.decode(encoding), source=path)
        except UnicodeDecodeError:
            continue
    raise SubtitleError(path, "the subtitle file is not UTF-8 text")  # pragma: no cover - cp1252 decodes all


def write_srt(path: Path, cues: Iterable[Cue]) -> Path:
    with atomic_write(Path(path)) as handle:
        handle.write(format_srt(cues).encode("utf-8"))
    return Path(path)


def typed_cues(lines: Sequence[str], duration: float, *, start: float = 0.0) -> list[Cue]:
    """Cues from typed lines with no timing: the clip's time shared in proportion to each line's length."""
    lines = [line.strip() for line in lines if line.strip()]
    if not lines or duration <= 0:
        return []
    weights = [max(8, len(line)) for line in lines]
    total = sum(weights)
    cues, t = [], start
    for line, weight in zip(lines, weights, strict=True):
        length = duration * weight / total
        cues.append(Cue(t, t + length, line))
        t += length
    return cues


def clip_cues(cues: Iterable[Cue], start: float, end: float | None) -> list[Cue]:
    """The part of ``cues`` between ``start`` and ``end`` (a trimmed clip), moved to start at 0."""
    kept = []
    for cue in cues:
        s, e = max(cue.start, start), cue.end if end is None else min(cue.end, end)
        if e - s > 0.05:
            kept.append(Cue(s - start, e - start, cue.text))
    return kept


def cue_at(cues: Sequence[Cue], t: float) -> Cue | None:
    for cue in cues:
        if cue.start <= t < cue.end:
            return cue
    return None


# -- storage in the project folder -------------------------------------------------------------


def subtitles_dir(project_folder: Path, contribution_id: int) -> Path:
    return Path(project_folder) / "subtitles" / f"c{int(contribution_id)}"


def _check_lang(lang: str) -> str:
    if not _LANG.match(lang or ""):
        raise SubtitleError("", f"not a language code: {lang!r}")
    return lang


def save_subtitles(project_folder: Path, contribution_id: int, lang: str, cues: Iterable[Cue]) -> Path:
    """Keep the subtitles of a clip in ``lang`` (replacing earlier ones); an empty list removes them."""
    path = subtitles_dir(project_folder, contribution_id) / f"{_check_lang(lang)}.srt"
    cues = list(cues)
    if not cues:
        path.unlink(missing_ok=True)
        return path
    return write_srt(path, cues)


def import_srt(project_folder: Path, contribution_id: int, lang: str, srt_file: Path) -> list[Cue]:
    """Read ``srt_file`` (checked) and keep it as the clip's subtitles in ``lang``."""
    cues = read_srt(srt_file)
    save_subtitles(project_folder, contribution_id, lang, cues)
    return cues


def load_subtitles(project_folder: Path, contribution_id: int) -> dict[str, list[Cue]]:
    """Every language's subtitles of a clip (language → cues)."""
    folder = subtitles_dir(project_folder, contribution_id)
    if not folder.is_dir():
        return {}
    return {path.stem: read_srt(path) for path in sorted(folder.glob("*.srt"))}

"""The demo project's media and data: generators, clips, provenance and contributions."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image, ImageOps

from icc_studio.core import demo_media as dm
from icc_studio.core.paths import demo_dir

SMALL = (200, 250)


# ---- pictures -------------------------------------------------------------------------


def test_portrait_is_deterministic_and_seed_dependent() -> None:
    a = dm.generate_portrait(5, SMALL)
    b = dm.generate_portrait(5, SMALL)
    c = dm.generate_portrait(6, SMALL)
    assert a.mode == "RGB" and a.size == SMALL
    assert a.tobytes() == b.tobytes()
    assert a.tobytes() != c.tobytes()


def test_portrait_default_size() -> None:
    img = dm.generate_portrait(3)
    assert img.size == (1600, 2000)
    assert img.mode == "RGB"


def test_group_is_deterministic_landscape() -> None:
    a = dm.generate_group(4, (300, 200))
    b = dm.generate_group(4, (300, 200))
    c = dm.generate_group(5, (300, 200))
    assert a.size == (300, 200) and a.mode == "RGB"
    assert a.tobytes() == b.tobytes()
    assert a.tobytes() != c.tobytes()
    assert dm.generate_group(4).size == (2400, 1600)


@pytest.mark.parametrize("seed", range(1, 13))
def test_portrait_face_is_where_expected(seed: int) -> None:
    """Between the eyes, just below the eye line, the picture shows the person's skin."""
    w, h = 400, 500
    img = dm.generate_portrait(seed, (w, h))
    u = min(w * 0.16, h * 0.125)
    x, y = round(w / 2), round(h * 0.42 + 0.18 * u)
    px = np.asarray(img)[y - 1 : y + 2, x - 1 : x + 2].reshape(-1, 3).astype(int)
    skin = np.array(dm.portrait_traits(seed).skin)
    assert np.abs(px - skin).max() <= 4, (px, skin)


def test_portraits_are_diverse() -> None:
    traits = [dm.portrait_traits(s) for s in range(1, 41)]
    tones = {dm.SKIN_TONES.index(t.skin) for t in traits}
    assert len(tones) >= 7
    assert min(tones) <= 1 and max(tones) >= 8
    assert len({t.hair_style for t in traits}) >= 7
    assert any(t.headscarf for t in traits)
    assert any(t.glasses for t in traits)
    assert any(t.beard for t in traits)


def test_portrait_antialiased_edges() -> None:
    """Supersampling leaves intermediate colours on edges: many more colours than drawn."""
    img = dm.generate_portrait(8, SMALL)
    colours = len(np.unique(np.asarray(img).reshape(-1, 3), axis=0))
    assert colours > 300


def test_bad_sizes_are_refused() -> None:
    with pytest.raises(ValueError):
        dm.generate_portrait(1, (0, 100))
    with pytest.raises(ValueError):
        dm.generate_clip(Path("/nonexistent/x.mp4"), seconds=1, size=(321, 240), seed=1)


# ---- clips ------------------------------------------------------------------------------


def _probe(path: Path) -> dict:
    with av.open(str(path)) as c:
        v = c.streams.video[0]
        info = {
            "duration": c.duration / 1_000_000,
            "vcodec": v.codec_context.name,
            "profile": v.codec_context.profile,
            "coded": (v.codec_context.width, v.codec_context.height),
            "pix_fmt": v.codec_context.pix_fmt,
            "fps": float(v.average_rate),
            "audio": [(a.codec_context.name, a.rate) for a in c.streams.audio],
        }
        frame = next(c.decode(video=0))
        info["rotation"] = frame.rotation
        info["first"] = frame.to_ndarray(format="rgb24")
        if c.streams.audio:
            c.seek(0)
            samples = [f.to_ndarray() for f in c.decode(audio=0)]
            info["audio_peak"] = float(np.abs(np.concatenate(samples, axis=1)).max())
    return info


def test_clip_portrait_with_audio(tmp_path: Path) -> None:
    out = dm.generate_clip(tmp_path / "a.mp4", seconds=2.0, size=(320, 576), seed=7)
    assert out == tmp_path / "a.mp4" and out.is_file()
    info = _probe(out)
    assert abs(info["duration"] - 2.0) <= 0.2
    assert info["vcodec"] == "h264" and info["profile"] == "High"
    assert info["pix_fmt"] == "yuv420p"
    assert info["coded"] == (320, 576)
    assert info["fps"] == pytest.approx(30, abs=0.01)
    assert info["audio"] == [("aac", 48000)]
    assert info["audio_peak"] > 0.02  # not silent
    assert info["rotation"] == 0
    assert [p.name for p in tmp_path.iterdir()] == ["a.mp4"]  # no temporary left


def test_clip_rotation_and_no_audio(tmp_path: Path) -> None:
    rotated = dm.generate_clip(tmp_path / "r.mp4", seconds=1.5, size=(320, 576), seed=9, rotate=90, with_audio=False)
    upright = dm.generate_clip(tmp_path / "u.mp4", seconds=1.5, size=(320, 576), seed=9, with_audio=False)
    r, u = _probe(rotated), _probe(upright)
    assert abs(r["duration"] - 1.5) <= 0.2
    assert r["audio"] == [] and u["audio"] == []
    assert r["coded"] == (576, 320)  # stored landscape, like a phone
    assert r["rotation"] == -90  # display matrix: turn 90° clockwise
    # Applying the display rotation gives the same picture as the upright clip.
    shown = np.rot90(r["first"], k=r["rotation"] // 90)  # np.rot90 turns counter-clockwise
    assert shown.shape == u["first"].shape
    assert np.abs(shown.astype(int) - u["first"].astype(int)).mean() < 4
    # ... and not the same picture without it.
    assert np.abs(np.rot90(shown, 2).astype(int) - u["first"].astype(int)).mean() > 10


def test_clip_landscape_group(tmp_path: Path) -> None:
    out = dm.generate_clip(tmp_path / "g.mp4", seconds=1.0, size=(480, 270), seed=3)
    info = _probe(out)
    assert info["coded"] == (480, 270)
    assert abs(info["duration"] - 1.0) <= 0.2


def test_clip_failure_raises_and_cleans_up(tmp_path: Path) -> None:
    with pytest.raises(dm.DemoMediaError):
        dm.generate_clip(tmp_path / "x.mp4", seconds=1.0, size=(320, 240), seed=1, ffmpeg=tmp_path / "no-ffmpeg")
    false = Path("/bin/false")
    if false.exists():
        with pytest.raises(dm.DemoMediaError) as err:
            dm.generate_clip(tmp_path / "x.mp4", seconds=1.0, size=(320, 240), seed=1, ffmpeg=false)
        assert "x.mp4" in str(err.value)
        assert isinstance(err.value, RuntimeError)
    assert list(tmp_path.iterdir()) == []


# ---- provenance ------------------------------------------------------------------------------


def test_provenance_lists_exactly_the_shipped_photos() -> None:
    root = demo_dir()
    text = (root / "PROVENANCE.md").read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `(photos/[^`]+)` \|", text, flags=re.M))
    hashes = dict((p, h) for h, p in re.findall(r"^([0-9a-f]{64})  (photos/\S+)$", text, flags=re.M))
    shipped = {f"photos/{p.name}" for p in (root / "photos").iterdir() if not p.name.startswith(".")}
    assert table, "no file rows found in PROVENANCE.md"
    assert table == shipped
    assert set(hashes) == shipped
    for rel, digest in hashes.items():
        assert hashlib.sha256((root / rel).read_bytes()).hexdigest() == digest, rel
    for rel in shipped:
        assert "public domain" in text.lower() or "CC0" in text
    assert "generated by code at" in text
    total = sum((root / rel).stat().st_size for rel in shipped)
    assert total < 2_000_000
    used = {e.source[1] for e in dm.demo_contributions() if e.source[0] == "file"}
    assert used <= shipped


# ---- contributions -------------------------------------------------------------------------------


def _has_arabic(s: str) -> bool:
    return any("ARABIC" in unicodedata.name(ch, "") for ch in s)


def test_demo_city() -> None:
    city = dm.DEMO_CITY
    assert city.name and city.country and city.hashtag.startswith("#")
    assert {"en", "fr", "ar"} <= set(city.languages)


def test_demo_contributions_shape() -> None:
    entries = dm.demo_contributions()
    assert 18 <= len(entries) <= 24
    keys = [e.key for e in entries]
    assert len(set(keys)) == len(keys)
    assert len({e.filename for e in entries}) == len(entries)

    clips = [e for e in entries if e.kind == "clip"]
    assert len(clips) == 3
    assert all(e.source[0] == "clip" for e in clips)
    assert any(e.source[4] == 90 for e in clips)
    assert any(not e.with_audio for e in clips)
    for e in clips:
        _, seed, seconds, (w, h), rotate = e.source
        assert 4 <= seconds <= 8 and w * h <= 1280 * 720 and w % 2 == 0 and h % 2 == 0
    assert sum(e.source[2] for e in clips) <= 20

    minors = [e for e in entries if e.age < 18]
    assert len(minors) == 1 and minors[0].age == 14 and minors[0].guardian and minors[0].is_minor
    assert all(e.guardian is None for e in entries if e.age >= 18)

    langs = {e.language for e in entries}
    assert {"en", "fr", "ar"} <= langs and len(langs & {"it", "de", "es"}) >= 2
    for e in entries:
        assert e.kind in ("photo", "clip")
        assert 0 < len(e.message) <= 80, e.key
        assert not re.match(r"(?i)\s*(i am|i'm|je suis|ich bin|sono|soy|أنا)\b", e.message), e.key
        assert e.alt_text.strip(), e.key
        assert e.purposes and e.purposes <= dm.PURPOSES, e.key
        assert e.contributor
        if e.language == "ar":
            assert _has_arabic(e.message) and _has_arabic(e.alt_text), e.key
        else:
            assert not _has_arabic(e.message), e.key
    statuses = [e.status for e in entries]
    assert statuses.count("approved") > len(entries) / 2
    assert statuses.count("pending") >= 1
    rejected = [e for e in entries if e.status == "rejected"]
    assert len(rejected) == 1 and rejected[0].rejection_reason
    assert all(e.rejection_reason is None for e in entries if e.status != "rejected")
    assert sum(e.purposes == dm.PURPOSES for e in entries) > len(entries) / 2
    assert any(e.purposes != dm.PURPOSES for e in entries)
    kinds = {e.source[0] for e in entries}
    assert kinds == {"file", "portrait", "group", "clip"}
    formats = {e.file_format for e in entries if e.source[0] in ("portrait", "group")}
    assert {"jpeg", "png", "webp"} <= formats
    assert [e.exif_orientation for e in entries if e.exif_orientation != 1] == [6]


def _entry(key: str) -> dm.DemoContribution:
    return next(e for e in dm.demo_contributions() if e.key == key)


def test_materialise_copies_shipped_photo(tmp_path: Path) -> None:
    e = next(e for e in dm.demo_contributions() if e.source[0] == "file")
    out = dm.materialise(e, tmp_path)
    assert out.parent == tmp_path and out.name == e.filename
    assert out.read_bytes() == (demo_dir() / e.source[1]).read_bytes()


def test_materialise_generated_pictures(tmp_path: Path) -> None:
    entries = dm.demo_contributions()
    expected = {"jpeg": "JPEG", "png": "PNG", "webp": "WEBP"}
    seen = set()
    for e in entries:
        if e.source[0] not in ("portrait", "group") or e.file_format in seen:
            continue
        seen.add(e.file_format)
        small = replace(e, size=(240, 300) if e.source[0] == "portrait" else (300, 200))
        out = dm.materialise(small, tmp_path)
        with Image.open(out) as im:
            assert im.format == expected[e.file_format]
            assert im.size == small.size
    assert seen == {"jpeg", "png", "webp"}
    group = next(e for e in entries if e.source[0] == "group")
    with Image.open(dm.materialise(group, tmp_path)) as im:
        assert im.size == (group.size or (2400, 1600))


def test_materialise_exif_orientation(tmp_path: Path) -> None:
    e = next(e for e in dm.demo_contributions() if e.exif_orientation == 6)
    small = replace(e, size=(240, 300))
    out = dm.materialise(small, tmp_path)
    with Image.open(out) as im:
        assert im.format == "JPEG"
        assert im.size == (300, 240)  # stored turned
        exif = im.getexif()
        assert exif[0x0112] == 6
        assert exif.get_ifd(0x8825)  # a (made-up) GPS position to strip on export
        upright = ImageOps.exif_transpose(im)
    assert upright.size == (240, 300)
    ref = np.asarray(dm.generate_portrait(e.source[1], (240, 300)), dtype=int)
    assert np.abs(np.asarray(upright, dtype=int) - ref).mean() < 4


def test_materialise_clip(tmp_path: Path) -> None:
    e = _entry("c03-jonas")
    _, seed, _, _, rotate = e.source
    small = replace(e, source=("clip", seed, 1.0, (240, 432), rotate))
    out = dm.materialise(small, tmp_path)
    assert out.name == "c03-jonas.mp4"
    info = _probe(out)
    assert info["coded"] == (432, 240) and info["rotation"] == -90
    assert info["audio"] == [("aac", 48000)]

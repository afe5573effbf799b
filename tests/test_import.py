"""Import: recognised by content, a result per file, duplicates, bad files, and kill -9 safety."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from icc_studio.core.errors import Cancelled
from icc_studio.core.fileio import TEMP_SUFFIX
from icc_studio.core.importing import ImportSpec, Outcome, import_files
from icc_studio.core.jobs import CancelToken
from icc_studio.core.media import ImportLimits, sniff_format
from icc_studio.core.store import Project

from .conftest import jpeg_bytes, make_photo


def _outcomes(report):
    return {r.path.name: (r.outcome, r.reason) for r in report.results}


def test_mixed_folder_gives_one_result_per_file(project, photo_dir):
    (photo_dir / "zz-copy-of-one.jpg").write_bytes((photo_dir / "one.jpg").read_bytes())
    (photo_dir / "empty.jpg").write_bytes(b"")
    (photo_dir / "truncated.jpg").write_bytes((photo_dir / "one.jpg").read_bytes()[:2000])
    (photo_dir / "page.jpg").write_text("<!doctype html><html><body>hi</body></html>")
    (photo_dir / "notes.txt").write_text("just some text")
    (photo_dir / "random.bin").write_bytes(os.urandom(4096))
    (photo_dir / "playlist.mp4").write_text("#EXTM3U\n#EXTINF:10,\nhttp://example.org/a.ts\n")
    (photo_dir / "concat.mp4").write_text("ffconcat version 1.0\nfile '/etc/passwd'\n")
    (photo_dir / "doc.jpg").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    sub = photo_dir / "sub"
    sub.mkdir()
    make_photo(sub / "nested.PNG", seed=9)
    (photo_dir / ".hidden.jpg").write_bytes(jpeg_bytes())

    report = import_files(ImportSpec(project.folder, [photo_dir]))
    got = _outcomes(report)
    assert ".hidden.jpg" not in got
    assert {n for n, (o, _) in got.items() if o == Outcome.IMPORTED} == {"one.jpg", "two.png", "three.webp", "nested.PNG"}
    assert got["zz-copy-of-one.jpg"][0] == Outcome.DUPLICATE
    expected_reasons = {
        "empty.jpg": "empty",
        "truncated.jpg": "truncated",
        "page.jpg": "HTML",
        "notes.txt": "text file",
        "random.bin": "not a supported",
        "playlist.mp4": "playlist",
        "concat.mp4": "concat list",
        "doc.jpg": "PDF",
    }
    for name, words in expected_reasons.items():
        outcome, reason = got[name]
        assert outcome == Outcome.REJECTED, name
        assert words in reason and name in reason, (name, reason)
    assert len(project.contributions()) == 4
    # nothing but the four originals in media/, nothing temporary
    stored = [p for p in (project.folder / "media").rglob("*") if p.is_file()]
    assert len(stored) == 4 and not any(TEMP_SUFFIX in p.name for p in stored)


def test_format_detected_by_content_not_extension(project, tmp_path):
    png_named_jpg = make_photo(tmp_path / "really-a-png.jpg", fmt="PNG", seed=4)
    report = import_files(ImportSpec(project.folder, [png_named_jpg]))
    assert report.results[0].outcome == Outcome.IMPORTED
    media = project.media(project.contributions()[0].media_sha256)
    assert (media.format, media.ext) == ("png", "png")


def test_originals_kept_byte_identical(project, photo_dir):
    import_files(ImportSpec(project.folder, [photo_dir / "one.jpg"]))
    c = project.contributions()[0]
    assert project.media_file(c.media_sha256).read_bytes() == (photo_dir / "one.jpg").read_bytes()


def test_the_copy_is_decoded_when_the_source_changed_after_it_was_copied(project, tmp_path):
    """The decoding reads the source file (in the system's cache) only while it is the file that was copied;
    a source written meanwhile leaves the copy to be decoded, so the preview is always of what is kept."""
    from PIL import Image

    from icc_studio.core.importing import _analyse_photo_task, file_signature
    from icc_studio.core.media.reduce import reduced_paths

    kept = make_photo(tmp_path / "kept.jpg", size=(600, 400), seed=1)
    source = make_photo(tmp_path / "source.jpg", size=(300, 500), seed=2)
    preview = reduced_paths(project.folder, "ab" * 32).preview
    signature = file_signature(source)

    def preview_size():
        with Image.open(preview) as image:
            return image.size

    _analyse_photo_task(project.folder, kept, "ab" * 32, "photo.jpg", source, signature)
    assert preview_size() == (300, 500), "an unchanged source is decoded"
    os.utime(source, ns=(time.time_ns(), time.time_ns() + 10_000_000))
    _analyse_photo_task(project.folder, kept, "ab" * 32, "photo.jpg", source, signature)
    assert preview_size() == (600, 400), "a source changed since the copy is not"
    source.unlink()
    _analyse_photo_task(project.folder, kept, "ab" * 32, "photo.jpg", source, signature)
    assert preview_size() == (600, 400), "nor a source gone meanwhile"


def test_pixel_limit_rejects_before_decoding(project, tmp_path):
    big = make_photo(tmp_path / "big.png", size=(3000, 3000))
    report = import_files(ImportSpec(project.folder, [big], limits=ImportLimits(max_pixels=4_000_000)))
    result = report.results[0]
    assert result.outcome == Outcome.REJECTED and "megapixels" in result.reason and result.reason_code == "too-many-pixels"


def test_decompression_bomb_png_rejected(project, tmp_path):
    # A PNG header claiming 60000 x 60000 pixels with almost no data.
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b""))
    report = import_files(ImportSpec(project.folder, [bomb]))
    assert report.results[0].outcome == Outcome.REJECTED
    assert report.results[0].reason_code in ("too-many-pixels", "bomb")


def test_missing_path_is_reported(project, tmp_path):
    report = import_files(ImportSpec(project.folder, [tmp_path / "nope.jpg"]))
    assert report.results[0].outcome == Outcome.REJECTED and "no such file" in report.results[0].reason


def test_cancel_stops_between_files(project, tmp_path):
    for i in range(20):
        make_photo(tmp_path / f"p{i:02d}.jpg", seed=i)
    token = CancelToken()
    seen = []

    def progress(done, total, message=""):
        seen.append(done)
        if done == 5:
            token.cancel()

    report = import_files(ImportSpec(project.folder, sorted(tmp_path.glob("p*.jpg"))), progress=progress, cancel=token)
    assert report.cancelled and len(report.results) == 5
    assert len(project.contributions()) == 5
    with pytest.raises(Cancelled):
        token.check()


def test_sniffing_table():
    assert sniff_format(b"\xff\xd8\xff\xe0") == "jpeg"
    assert sniff_format(b"RIFF\0\0\0\0WEBPVP8 ") == "webp"
    assert sniff_format(b"\0\0\0\x18ftypheic\0\0\0\0") == "heif"
    assert sniff_format(b"\0\0\0\x14ftypqt  \0\0\0\0") == "mov"
    assert sniff_format(b"\0\0\0\x18ftypisom\0\0\0\0") == "mp4"
    assert sniff_format(b"#EXTM3U\n") is None


def test_clip_import_reads_rotation_and_duration(project, tmp_path):
    import imageio_ffmpeg

    ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    plain = tmp_path / "plain.mp4"
    subprocess.run([ffmpeg, "-nostdin", "-v", "error", "-f", "lavfi", "-i", "testsrc2=s=320x240:d=1.5:r=30",
                    "-c:v", "libx264", "-pix_fmt", "yuv420p", str(plain)], check=True)
    rotated = tmp_path / "phone.mov"
    subprocess.run([ffmpeg, "-nostdin", "-v", "error", "-display_rotation", "90", "-i", str(plain), "-c", "copy",
                    str(rotated)], check=True)
    half = tmp_path / "half.mp4"
    half.write_bytes(plain.read_bytes()[: plain.stat().st_size // 3])
    report = import_files(ImportSpec(project.folder, [plain, rotated, half]))
    got = _outcomes(report)
    assert got["plain.mp4"][0] == Outcome.IMPORTED and got["phone.mov"][0] == Outcome.IMPORTED
    assert got["half.mp4"][0] == Outcome.REJECTED
    by_name = {c.source_name: project.media(c.media_sha256) for c in project.contributions()}
    assert (by_name["plain.mp4"].width, by_name["plain.mp4"].height) == (320, 240)
    assert (by_name["phone.mov"].width, by_name["phone.mov"].height) == (240, 320)  # upright portrait
    assert by_name["plain.mp4"].duration_s == pytest.approx(1.5, abs=0.1)


@pytest.mark.slow
def test_project_survives_kill_9_during_large_import(tmp_path):
    """Kill the CLI at random moments of a large import: nothing acknowledged is lost, nothing is broken."""
    source = tmp_path / "many"
    source.mkdir()
    for i in range(400):
        (source / f"photo{i:03d}.jpg").write_bytes(jpeg_bytes(size=(320, 240), seed=i))
    folder = tmp_path / "project"
    Project.create(folder, city="Testville", kit_id="migrants-18december", languages=["en"]).close()
    rng = random.Random(1234)
    acknowledged: set[str] = set()
    for trial in range(4):
        proc = subprocess.Popen(
            [sys.executable, "-m", "icc_studio.cli", "import", str(folder), str(source), "--json", "--no-progress"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        kill_after = rng.randint(5, 60)
        lines = 0
        deadline = time.monotonic() + 60
        while lines < kill_after and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            record = json.loads(line)
            if record["outcome"] == "imported":
                acknowledged.add(Path(record["path"]).name)
            lines += 1
        time.sleep(rng.random() * 0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        with Project.open(folder) as project:
            assert project.integrity_check() == "ok"
            names = {c.source_name for c in project.contributions()}
            assert acknowledged <= names, f"trial {trial}: acknowledged contributions lost"
            for c in project.contributions():
                assert project.media_file(c.media_sha256).is_file()
            assert project.health.missing_files == ()
        leftovers = [p for p in folder.rglob(f"*{TEMP_SUFFIX}*")]
        assert leftovers == [], f"trial {trial}: temporary files survived the next open: {leftovers}"
    assert len(acknowledged) > 10
    # No worker of a killed import is left running (they would go on writing into the project).
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _workers_of(folder):
        time.sleep(0.2)
    assert _workers_of(folder) == []


def _workers_of(folder) -> list[int]:
    """Processes still running from the killed imports: forkservers started by them and their workers."""
    found = []
    for status in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            cmdline = status.read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if b"multiprocessing.forkserver" in cmdline and b"icc_studio.core._forkserver_init" in cmdline:
            ppid_line = next((l for l in (status.parent / "status").read_text().splitlines() if l.startswith("PPid:")), "")
            if ppid_line.split()[-1] == "1":  # orphaned: its app is gone
                found.append(int(status.parent.name))
    return found

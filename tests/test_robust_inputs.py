"""Some 200 bad (and good) contributed files, imported in one child process through the real CLI import.

Every file gets an outcome; every refusal names the file and the cause in plain words; the
good files really arrive (rows, originals, reduced copies, proxies); no file takes longer
than the hang bound; the child's peak memory stays under 1 GB; the project's database is
intact afterwards. The figures go to ``build/reliability/inputs.json`` (see docs/reliability.md).
"""

from __future__ import annotations

import collections
import json
import os
import re
import sqlite3
import subprocess
import sys
import signal
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from icc_studio.core.fileio import TEMP_SUFFIX
from icc_studio.core.media.reduce import reduced_paths
from icc_studio.core.store import Project
from icc_studio.core.video.proxy import proxy_path, read_proxy_info

from ._robustness_support import EITHER, IMPORTED, REJECTED, Expect, write_corpus

REPO = Path(__file__).resolve().parents[1]
SUMMARY = REPO / "build" / "reliability" / "inputs.json"
PHOTO_BOUND_S = 10.0  # hang bounds, not performance figures
CLIP_BOUND_S = 30.0
MEMORY_BOUND_MB = 1024
CHILD_TIMEOUT_S = 240
# What a refusal must never show: a Python object, a temporary file, an errno, a traceback.
BARE_EXCEPTION = re.compile(r"<_io\.|object at 0x|Traceback|\[Errno|Errno \d|\.icc-part|cannot identify image file"
                            r"|Error -\d+ while|PngImagePlugin|MAX_TEXT_CHUNK|KeyError|TypeError|AttributeError")


@dataclass
class ImportRun:
    corpus: Path
    project: Path
    expected: dict[str, Expect]
    records: list[dict] = field(default_factory=list)  # the CLI's JSON lines, with "seconds" added
    returncode: int | None = None
    stderr: str = ""
    peak_rss_mb: float = 0.0
    wall_s: float = 0.0

    def by_name(self) -> dict[str, dict]:
        return {str(Path(r["path"]).relative_to(self.corpus)): r for r in self.records}


# The import runs under a small launcher that reports its peak memory: Linux keeps, across exec, the
# memory a forked child shared with its parent, so a CLI forked straight from a test process grown to
# 1.7 GB would report 1.7 GB whatever it used itself. Forked from the launcher (a few MB), it reports
# its own peak and its ffmpeg children's.
_LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
with open(sys.argv[1], "w") as handle:
    handle.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_cli_import(project: Path, paths: list[Path], corpus: Path, expected: dict[str, Expect], env: dict,
                   workers: int) -> ImportRun:
    """``icc-studio-cli import --json`` in one child process; each JSON line is timed as it arrives, and the
    child's peak resident memory (with the ffmpeg processes it ran) is read when it is reaped."""
    run = ImportRun(corpus, project, expected)
    rss_file = project.parent / f"peak-rss-{workers}.txt"
    proc = subprocess.Popen(
        [sys.executable, "-c", _LAUNCHER, str(rss_file),
         sys.executable, "-m", "icc_studio.cli", "import", str(project), *map(str, paths), "--json", "--no-progress",
         "--workers", str(workers)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO, start_new_session=True,
    )
    started = time.monotonic()
    stderr_chunks: list[str] = []
    reader = threading.Thread(target=lambda: stderr_chunks.append(proc.stderr.read()), daemon=True)
    reader.start()
    watchdog = threading.Timer(CHILD_TIMEOUT_S, lambda: os.killpg(proc.pid, signal.SIGKILL))
    watchdog.start()
    try:
        last = started
        for line in proc.stdout:
            now = time.monotonic()
            record = json.loads(line)
            record["seconds"] = round(now - last, 3)
            last = now
            run.records.append(record)
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        watchdog.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    reader.join(10)
    proc.stdout.close()
    proc.stderr.close()
    run.returncode = proc.returncode
    run.stderr = "".join(stderr_chunks)
    run.peak_rss_mb = int(rss_file.read_text()) / 1024 if rss_file.is_file() else 0.0  # kilobytes on Linux
    run.wall_s = time.monotonic() - started
    return run


def child_env(home: Path) -> dict:
    env = dict(os.environ)
    env.update({f"XDG_{k}_HOME": str(home / k.lower()) for k in ("CONFIG", "STATE", "DATA", "CACHE")})
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory) -> ImportRun:
    base = tmp_path_factory.mktemp("robust-inputs")
    corpus = base / "corpus"
    expected = write_corpus(corpus)
    project = base / "project"
    Project.create(project, city="Testville", kit_id="migrants-18december", languages=["en"]).close()
    run = run_cli_import(project, [corpus], corpus, expected, child_env(base / "home"), workers=1)
    _write_summary(run)
    return run


def _write_summary(run: ImportRun) -> None:
    records = run.by_name()
    refused = [r for r in records.values() if r["outcome"] == "rejected"]
    slowest = max(run.records, key=lambda r: r["seconds"]) if run.records else None
    summary = {
        "files_tried": len(run.expected),
        "outcomes": len(records),
        "imported": sum(r["outcome"] == "imported" for r in records.values()),
        "duplicates": sum(r["outcome"] == "duplicate" for r in records.values()),
        "refused": len(refused),
        "refused_with_reason": sum(bool(r["reason"]) for r in refused),
        "crashes": 0 if run.returncode in (0, 3) and "Traceback" not in run.stderr else 1,
        "unexpected_errors": sum(r["reason_code"] in ("failed", "crashed") for r in refused),
        "hangs": sum(r["seconds"] > _bound(run.expected.get(name)) for name, r in records.items()),
        "slowest_file": str(Path(slowest["path"]).relative_to(run.corpus)) if slowest else None,
        "slowest_seconds": slowest["seconds"] if slowest else None,
        "peak_rss_mb": round(run.peak_rss_mb, 1),
        "wall_seconds": round(run.wall_s, 1),
        "cli_exit_code": run.returncode,
        "by_group": dict(sorted(collections.Counter(e.group for e in run.expected.values()).items())),
        "reason_codes": dict(sorted(collections.Counter(r["reason_code"] for r in refused).items())),
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
    }
    SUMMARY.parent.mkdir(parents=True, exist_ok=True)
    SUMMARY.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    (SUMMARY.parent / "inputs-files.json").write_text(
        json.dumps({name: {k: r[k] for k in ("outcome", "reason_code", "reason", "seconds")}
                    for name, r in sorted(records.items())}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _bound(expect: Expect | None) -> float:
    return CLIP_BOUND_S if expect is not None and expect.kind == "clip" else PHOTO_BOUND_S


def test_the_corpus_is_large_and_covers_every_family(corpus_run):
    expected = corpus_run.expected
    assert len(expected) >= 150
    groups = collections.Counter(e.group for e in expected.values())
    for family in ("truncated", "corrupt", "fuzzed", "bomb", "wrong extension", "empty", "random bytes",
                   "pixel format", "exif", "clip", "truncated clip", "playlist", "clip header", "clip codec"):
        assert groups[family] >= 1, family
    names = set(expected)
    for ext in ("jpg", "png", "webp", "gif", "heic", "tif"):
        assert any(n.startswith("truncated/") and n.endswith(ext) for n in names), ext
        assert any(n.startswith("corrupt/") and n.endswith(ext) for n in names), ext
        assert any(n.startswith("bomb/") and n.endswith(ext) for n in names), ext
    assert {f"exif/orientation-{n}.jpg" for n in range(1, 9)} <= names


def test_the_child_neither_crashed_nor_hung(corpus_run):
    assert "Traceback" not in corpus_run.stderr, corpus_run.stderr[-3000:]
    assert corpus_run.returncode == 3, (corpus_run.returncode, corpus_run.stderr[-2000:])  # 3: some were refused


def test_every_file_has_the_expected_outcome(corpus_run):
    records = corpus_run.by_name()
    assert set(records) == set(corpus_run.expected), set(corpus_run.expected) ^ set(records)
    assert len(corpus_run.records) == len(corpus_run.expected)  # one outcome each, none twice
    wrong = {}
    for name, expect in corpus_run.expected.items():
        record = records[name]
        if expect.outcome == EITHER:
            ok = record["outcome"] in (IMPORTED, REJECTED)
        else:
            ok = record["outcome"] == expect.outcome
        if record["outcome"] == REJECTED and expect.reasons:
            ok = ok and record["reason_code"] in expect.reasons
        if not ok:
            wrong[name] = (expect.outcome, sorted(expect.reasons), record["outcome"], record["reason_code"],
                           record["reason"])
    assert not wrong, json.dumps(wrong, indent=1, ensure_ascii=False)


def test_every_refusal_names_the_file_and_the_cause_in_plain_words(corpus_run):
    bad = {}
    for name, record in corpus_run.by_name().items():
        if record["outcome"] != REJECTED:
            continue
        reason, path = record["reason"], record["path"]
        cause = reason[len(path) + 2:] if reason.startswith(f"{path}: ") else ""
        if (not cause or len(cause) < 12 or BARE_EXCEPTION.search(reason)
                or record["reason_code"] in ("", "failed", "crashed")):
            bad[name] = (record["reason_code"], reason)
    assert not bad, json.dumps(bad, indent=1, ensure_ascii=False)


def test_no_file_hangs(corpus_run):
    slow = {name: r["seconds"] for name, r in corpus_run.by_name().items()
            if r["seconds"] > _bound(corpus_run.expected[name])}
    assert not slow, slow


def test_peak_memory_of_the_child_stays_under_1_gb(corpus_run):
    assert 0 < corpus_run.peak_rss_mb < MEMORY_BOUND_MB, corpus_run.peak_rss_mb


def test_the_good_files_really_arrived(corpus_run):
    records = corpus_run.by_name()
    imported = {name: r for name, r in records.items() if r["outcome"] == IMPORTED}
    assert sum(e.outcome == IMPORTED for e in corpus_run.expected.values()) <= len(imported)
    with Project.open(corpus_run.project) as project:
        contributions = {c.id: c for c in project.contributions()}
        assert sorted(contributions) == sorted(r["contribution_id"] for r in imported.values())
        for name, record in imported.items():
            c = contributions[record["contribution_id"]]
            expect = corpus_run.expected[name]
            assert c.source_name == Path(name).name
            assert c.kind.value == record["kind"] == expect.kind, name
            original = project.media_file(c.media_sha256)
            assert original.read_bytes() == (corpus_run.corpus / name).read_bytes(), name
            media = project.media(c.media_sha256)
            if expect.size is not None:
                assert (media.width, media.height) == expect.size, name
            if expect.kind == "photo":
                paths = reduced_paths(project.folder, c.media_sha256)
                with Image.open(paths.preview) as preview, Image.open(paths.thumbnail) as thumb:
                    assert preview.mode == "RGB" and thumb.mode == "RGB", name
                    assert max(preview.size) <= 2048 and max(thumb.size) <= 320, name
                    if name.startswith("exif/"):
                        assert _red_top_left(preview), f"{name} is not upright"
            else:
                info = read_proxy_info(project.folder, c.media_sha256)
                assert info is not None and proxy_path(project.folder, c.media_sha256).stat().st_size > 0, name
                if expect.size is not None:
                    assert (info.width, info.height) == expect.size, name


def _red_top_left(image: Image.Image) -> bool:
    """The corpus' pictures have a red block in their top-left ninth when shown upright."""
    pixels = np.asarray(image.convert("RGB"), np.int16)
    h, w = pixels.shape[:2]
    corner = pixels[: h // 4, : w // 4].reshape(-1, 3).mean(axis=0)
    return corner[0] > 150 and corner[1] < 90 and corner[2] < 90


def test_nothing_of_a_refused_file_stays_and_the_database_is_intact(corpus_run):
    folder = corpus_run.project
    assert not [p for p in folder.rglob(f"*{TEMP_SUFFIX}*")]
    with sqlite3.connect(folder / "project.iccdb") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {row[0] for row in conn.execute("SELECT sha256 FROM media")}
        kinds = dict(conn.execute("SELECT sha256, kind FROM media"))
    originals = {p.stem for p in (folder / "media").glob("??/*") if p.is_file()}
    assert originals == stored  # no original without its row, no row without its original
    previews = {p.stem for p in (folder / "cache" / "preview").rglob("*.jpg")}
    proxies = {p.stem for p in (folder / "cache" / "proxy").rglob("*.mp4")}
    assert previews == {s for s, k in kinds.items() if k == "photo"}
    assert proxies == {s for s, k in kinds.items() if k == "clip"}


def test_the_batch_goes_on_past_bad_files(corpus_run):
    outcomes = [r["outcome"] for r in corpus_run.records]
    # Files are taken in their sorted order: refusals come between imports all along the batch.
    first_refusal = outcomes.index(REJECTED)
    assert IMPORTED in outcomes[first_refusal:]
    assert outcomes[-1] in (IMPORTED, REJECTED)
    runs_of_refusals = sum(1 for a, b in zip(outcomes, outcomes[1:]) if a == REJECTED and b == IMPORTED)
    assert runs_of_refusals >= 5


def test_worker_processes_give_the_same_outcomes(corpus_run, tmp_path):
    """The default import decodes photos in worker processes: a refusal must come back from a worker
    as a refusal (it once broke the whole pool), and every file gets the same outcome as in one process."""
    photos = [name for name, e in corpus_run.expected.items()
              if e.kind == "photo" and e.outcome != EITHER and not name.startswith(("empty/", "random/", "named/"))]
    project = tmp_path / "parallel"
    Project.create(project, city="Testville", kit_id="migrants-18december", languages=["en"]).close()
    run = run_cli_import(project, [corpus_run.corpus / n for n in photos], corpus_run.corpus, corpus_run.expected,
                         child_env(tmp_path / "home"), workers=2)
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    single = corpus_run.by_name()
    parallel = run.by_name()
    assert set(parallel) == set(photos)
    differ = {n: (single[n]["outcome"], single[n]["reason_code"], parallel[n]["outcome"], parallel[n]["reason_code"])
              for n in photos if (single[n]["outcome"], single[n]["reason_code"])
              != (parallel[n]["outcome"], parallel[n]["reason_code"])}
    assert not differ, differ
    assert sum(r["outcome"] == REJECTED for r in parallel.values()) >= 40


def _children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            ppid = next(line.split()[1] for line in status.read_text().splitlines() if line.startswith("PPid:"))
        except (OSError, StopIteration):
            continue
        if int(ppid) == pid:
            found.append(int(status.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc to find the worker processes")
def test_a_worker_killed_midway_costs_no_file(tmp_path):
    """A worker process ended by the system (the out-of-memory killer, a decoder crash) breaks the whole pool:
    the import replaces the pool and tries the waiting files again, so no good file is lost or refused."""
    import signal

    from icc_studio.core.importing import ImportSpec, import_files

    from ._robustness_support import noisy_jpeg

    sources = tmp_path / "sources"
    sources.mkdir()
    for i in range(24):
        noisy_jpeg(sources / f"p{i:02d}.jpg", seed=i, size=(1200, 900))
    project = tmp_path / "project"
    Project.create(project, city="Testville", kit_id="migrants-18december", languages=["en"]).close()
    killed = []

    def on_result(result) -> None:
        if len(killed) == 0 and result.path.name == "p03.jpg":
            workers = [w for server in _children(os.getpid()) for w in _children(server)]
            assert workers, "no worker process found"
            os.kill(workers[0], signal.SIGKILL)
            killed.append(workers[0])

    report = import_files(ImportSpec(project, [sources], workers=2), on_result=on_result)
    assert killed
    assert [r.outcome.value for r in report.results] == [IMPORTED] * 24, [(r.path.name, r.reason)
                                                                          for r in report.results]
    with Project.open(project) as opened:
        assert len(opened.contributions()) == 24 and opened.integrity_check() == "ok"

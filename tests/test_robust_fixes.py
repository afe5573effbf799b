"""What the crash and full-disk trials found, each checked on its own.

* an ffmpeg the app started ends when the app is killed outright (``kill -9``);
* a job that writes under temporary names (the gallery's staging folder, a clip's proxy) holds
  the project open, so another opening never sweeps its work in progress;
* a project on a full or read-only disk is refused naming the disk, not as a damaged database;
  a transaction whose COMMIT fails is rolled back and the connection stays usable;
* reduced copies and proxies of media without a row (an import killed before its commit) are
  swept at open, and nothing else is.
"""

from __future__ import annotations

import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from icc_studio.core.errors import ProjectError
from icc_studio.core.fileio import TEMP_SUFFIX, WriteFailed
from icc_studio.core.media.reduce import reduced_paths
from icc_studio.core.store import Project
from icc_studio.core.store import project as store_project
from icc_studio.core.store.project import ProjectUnwritable
from icc_studio.core.video.ffmpeg import _die_with_app_prefix, ffmpeg_exe
from icc_studio.core.video.proxy import ProxySpec, ensure_proxy, proxy_info_path, proxy_path

from ._assets_support import make_project

REPO = Path(__file__).resolve().parents[1]

# -- ffmpeg ends with the app -------------------------------------------------------------------------------

# The app: a job thread runs a long ffmpeg (real time, a minute) through the app's runner, as the GUI does.
_APP = """
import threading, time
from icc_studio.core.video.run import run_ffmpeg

def job():
    run_ffmpeg(["-re", "-f", "lavfi", "-i", "testsrc=size=160x120:rate=10", "-t", "60", "-f", "null", "-"])

threading.Thread(target=job, daemon=True).start()
time.sleep(120)
"""


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry))
    return found


def _cmdline(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
    except OSError:
        return []


def _running(pid: int) -> bool:
    """Whether the process exists and is not a zombie (dead, waiting for its new parent to reap it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_an_ffmpeg_the_app_started_ends_when_the_app_is_killed():
    if not _die_with_app_prefix(ffmpeg_exe()):
        pytest.skip("setpriv --pdeathsig is not available on this system")
    app = subprocess.Popen([sys.executable, "-c", _APP], cwd=REPO)
    ffmpeg = None
    try:
        deadline = time.monotonic() + 30
        while ffmpeg is None and time.monotonic() < deadline:
            ffmpeg = next((pid for pid in _children(app.pid) if "testsrc=size=160x120:rate=10" in _cmdline(pid)),
                          None)
            time.sleep(0.05)
        assert ffmpeg is not None, "the app did not start ffmpeg"
        assert Path(_cmdline(ffmpeg)[0]).name == Path(ffmpeg_exe()).name  # the wrapper exec'd into ffmpeg
        time.sleep(0.5)  # ffmpeg is encoding
        assert _running(ffmpeg)
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
        deadline = time.monotonic() + 3
        while _running(ffmpeg) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _running(ffmpeg), "ffmpeg outlived the app that was killed"
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        if ffmpeg is not None and _running(ffmpeg) and "testsrc=size=160x120:rate=10" in _cmdline(ffmpeg):
            os.kill(ffmpeg, signal.SIGKILL)


def test_a_missing_ffmpeg_binary_is_still_an_os_error(tmp_path):
    from icc_studio.core.video.ffmpeg import popen_ffmpeg

    with pytest.raises(OSError):
        popen_ffmpeg([str(tmp_path / "no-ffmpeg"), "-version"])


# -- jobs hold the project open while they write under temporary names -----------------------------------


def test_opening_the_project_during_a_gallery_build_leaves_its_staging_folder_alone(tmp_path):
    from icc_studio.core.gallery import GallerySpec, gallery_dir, render_gallery

    folder = make_project(tmp_path / "project", 3)
    exports = folder / "exports"
    seen: dict = {}

    def progress(done, total, message=""):
        if message.startswith("#") and "staging" not in seen:
            staging = [p for p in exports.glob(".gallery-staging-*") if TEMP_SUFFIX in p.name]
            seen["staging"] = staging
            with Project.open(folder) as other:  # another job, or the app in another window
                seen["swept"] = other.health.temp_files_removed
            seen["still_there"] = [p.is_dir() for p in staging]

    result = render_gallery(GallerySpec(folder, frame_photos=False, workers=1), progress=progress)
    assert len(seen["staging"]) == 1
    assert seen["swept"] == ()
    assert seen["still_there"] == [True]
    assert result.contributions == 3
    assert (gallery_dir(folder) / "index.html").is_file()
    assert not list(exports.glob(f"*{TEMP_SUFFIX}*"))


def test_opening_the_project_while_a_proxy_is_made_leaves_its_file_alone(tmp_path):
    from icc_studio.core.importing import ImportSpec, import_files

    from ._clips_support import make_clip

    with Project.create(tmp_path / "project", city="Testville", kit_id="migrants-18december",
                        languages=["en"]) as project:
        folder = project.folder
    clip = make_clip(tmp_path / "clip.mp4", size=(320, 240), seconds=3.0)
    import_files(ImportSpec(folder, [clip], workers=1))
    with Project.open(folder) as project:
        sha = project.contributions()[0].media_sha256
    proxy_path(folder, sha).unlink()  # made again, as after an upgrade of the proxy format
    proxy_info_path(folder, sha).unlink()
    seen: dict = {}

    def progress(done, total, message=""):
        try:
            parts = [p for p in proxy_path(folder, sha).parent.iterdir() if TEMP_SUFFIX in p.name]
            if parts and "swept" not in seen:
                with Project.open(folder) as other:  # runs in ffmpeg's progress reader: a thread of its own
                    seen["swept"] = other.health.temp_files_removed
                seen["still_there"] = all(p.exists() for p in parts)
        except Exception as exc:  # noqa: BLE001 - reported by the assertions below
            seen["error"] = exc

    made = ensure_proxy(ProxySpec(folder, sha), progress=progress)
    assert "error" not in seen, seen
    assert seen["swept"] == () and seen["still_there"]
    assert made.is_file() and proxy_info_path(folder, sha).is_file()


# -- a disk that takes no writes; a failed COMMIT --------------------------------------------------------


class _Stats:
    def __init__(self, *, read_only: bool = False, free: int = 1 << 30) -> None:
        self.f_flag = os.ST_RDONLY if read_only else 0
        self.f_bavail = free // 4096
        self.f_frsize = 4096


@pytest.mark.parametrize("disk, error, cause, words", [
    (_Stats(free=0), "disk I/O error", "no-space", "no space left on the device"),
    (_Stats(read_only=True), "unable to open database file", "read-only", "read-only disk"),
])
def test_a_project_on_a_disk_that_takes_no_writes_is_refused_naming_the_disk(project, monkeypatch, disk, error,
                                                                               cause, words):
    folder = project.folder
    project.close()

    def failing_connect(path):  # what SQLite says on such a disk (the real disks: tests/test_robust_disk.py)
        raise sqlite3.OperationalError(error)

    monkeypatch.setattr(store_project.db, "connect", failing_connect)
    monkeypatch.setattr("icc_studio.core.fileio.os.statvfs", lambda path: disk)
    with pytest.raises(ProjectUnwritable) as raised:
        Project.open(folder)
    exc = raised.value
    assert isinstance(exc, WriteFailed) and isinstance(exc, ProjectError) and isinstance(exc, OSError)
    assert exc.code == "write-failed" and exc.params["cause"] == cause
    assert str(exc) == f"{folder / 'project.iccdb'}: cannot be written: {exc.params['detail']}"
    assert words in str(exc)
    again = pickle.loads(pickle.dumps(exc))  # it may cross from a worker process
    assert type(again) is ProjectUnwritable and str(again) == str(exc) and again.params == exc.params


def test_a_damaged_database_on_a_sound_disk_is_still_reported_as_damaged(project):
    from icc_studio.core.errors import ProjectDamaged

    folder = project.folder
    project.close()
    (folder / "project.iccdb").write_bytes(b"garbage" * 1000)
    with pytest.raises(ProjectDamaged, match="cannot be read"):
        Project.open(folder)


def test_a_transaction_whose_commit_fails_is_rolled_back_and_the_next_one_works(project):
    with pytest.raises(sqlite3.IntegrityError):
        with project.transaction() as conn:
            # A deferred foreign key is checked at COMMIT, which then fails leaving the transaction open.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            conn.execute("INSERT INTO crops (contribution_id, output_format, x, y, w, h, source)"
                         " VALUES (999, 'feed_square', 0, 0, 1, 1, 'manual')")
    assert project.query("SELECT count(*) FROM crops")[0][0] == 0
    person = project.add_contributor("Amina")  # a new transaction starts
    assert project.contributor(person).display_name == "Amina"


# -- reduced copies of a killed import ------------------------------------------------------------------


def _write(path: Path, data: bytes = b"copy") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _snapshot(paths) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in paths}


def test_reduced_copies_and_proxies_of_media_without_a_row_are_swept_at_open(tmp_path):
    folder = make_project(tmp_path / "project", 3)
    with Project.open(folder) as project:
        shas = sorted(project.all_media())
        # One original removed by the retention setting: its row stays, and so do its reduced copies.
        with project.transaction() as conn:
            conn.execute("UPDATE media SET removed_at = '2026-01-01T00:00:00Z' WHERE sha256 = ?", (shas[0],))
        project.media_file(shas[0]).unlink()
    live = [p for sha in shas for p in (reduced_paths(folder, sha).preview, reduced_paths(folder, sha).thumbnail)]
    live += [_write(proxy_path(folder, shas[1]), b"proxy"), _write(proxy_info_path(folder, shas[1]), b"{}")]
    # What an import killed before its commit leaves: the copies of a file whose row never came.
    killed = "ab" + "0123456789abcdef" * 3 + "0123456789abcd"
    assert len(killed) == 64 and killed not in shas
    orphans = [_write(reduced_paths(folder, killed).preview), _write(reduced_paths(folder, killed).thumbnail),
               _write(proxy_path(folder, killed)), _write(proxy_info_path(folder, killed))]
    # Files that are not such copies stay, whatever their name.
    other = "cd" + killed[2:]
    kept = [
        _write(folder / "cache" / "preview" / "ab" / "notes.txt"),
        _write(folder / "cache" / "preview" / "cd" / f"{killed}.jpg"),  # not in its sha256's folder
        _write(folder / "cache" / "preview" / "ab" / f"{killed.upper()}.jpg"),
        _write(folder / "cache" / "gallery" / other[:2] / f"{other}.jpg"),  # other caches are not looked at
        _write(folder / "cache" / "package" / other[:2] / f"{other}.jpg"),
        _write(folder / "cache" / f"{other}.jpg"),
    ]
    before = _snapshot(live + kept)

    with Project.open(folder) as project:
        health = project.health
    assert sorted(health.orphan_files_removed) == sorted(str(p.relative_to(folder)) for p in orphans)
    assert not any(p.exists() for p in orphans)
    assert _snapshot(live + kept) == before
    with Project.open(folder) as project:
        assert project.health.orphan_files_removed == ()


def test_copies_made_by_an_import_in_progress_are_not_swept(tmp_path):
    folder = make_project(tmp_path / "project", 1)
    killed = "ef" + "0" * 62
    with Project.open(folder):  # the import, writing its copies before its commit
        copies = [_write(reduced_paths(folder, killed).preview), _write(reduced_paths(folder, killed).thumbnail)]
        with Project.open(folder) as other:
            assert other.health.orphan_files_removed == ()
        assert all(p.is_file() for p in copies)

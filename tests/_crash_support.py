"""Kill -9 trials: the child process that runs one operation, and the checks made on a project after a kill.

The child is run with the test's Python (``python -m tests._crash_support OPERATION PROJECT ARGS``,
``ARGS`` a JSON object). It prints, one line each, flushed at once:

* ``READY`` when everything is imported and the operation starts;
* ``ACK <json>`` after each thing the app has told its user is done, at that moment: a contribution
  committed (its id and the SHA-256 of the file), a render recorded (the file and its SHA-256), a
  collage finished (its files), a package taken in (its contributions' keys and media);
* ``DONE <json>`` at the end, with the operation's own duration.

The parent kills it at a random moment and then checks the project as the app would find it (see
:func:`check_project`). Nothing here imports Qt, and the child is started fresh (never forked).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KIT = "migrants-18december"
LEFTOVER_MARKS = (".icc-part", ".tmp", ".part", ".partial", ".staged", ".incomplete")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


# -- media for the trials ---------------------------------------------------------------------------------


def photo_bytes(seed: int, size: tuple[int, int] = (1200, 900), quality: int = 90) -> bytes:
    """A photo-like JPEG: a gradient, a few blocks of colour and some grain (different for every seed)."""
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    width, height = size
    pixels = np.zeros((height, width, 3), np.float32)
    pixels[..., 0] = np.linspace(20, 230, width)[None, :]
    pixels[..., 1] = np.linspace(230, 20, height)[:, None]
    pixels[..., 2] = rng.integers(0, 255)
    for _ in range(6):
        x, y = int(rng.integers(0, width - 100)), int(rng.integers(0, height - 100))
        w, h = int(rng.integers(60, width // 3)), int(rng.integers(60, height // 3))
        pixels[y:y + h, x:x + w] = rng.integers(0, 255, 3)
    pixels += rng.normal(0, 6, pixels.shape)
    buffer = io.BytesIO()
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def make_clip(path: Path, seconds: float = 1.0) -> Path:
    """A short H.264 clip with sound, made with the bundled ffmpeg."""
    import imageio_ffmpeg

    subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-nostdin", "-v", "error", "-y",
                    "-f", "lavfi", "-i", f"testsrc2=s=320x240:d={seconds}:r=30",
                    "-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}",
                    "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac",
                    "-shortest", str(path)], check=True)
    return path


def consented_project(folder: Path, *, photos: int, seed: int, city: str = "Testville",
                      size: tuple[int, int] = (1200, 900)) -> Path:
    """A project with ``photos`` approved photos (imported as the app does) whose consent covers everything."""
    from icc_studio.core.importing import ImportSpec, import_files
    from icc_studio.core.store import Project, Purpose, Status

    source = folder.parent / f"{folder.name}-source"
    source.mkdir(parents=True)
    for n in range(photos):
        (source / f"resident{n:02d}.jpg").write_bytes(photo_bytes(seed + n, size))
    Project.create(folder, city=city, kit_id=KIT, languages=["en"], campaign_year=2026).close()
    import_files(ImportSpec(folder, [source], workers=2))
    with Project.open(folder) as project:
        ids = [c.id for c in project.contributions()]
        for n, cid in enumerate(ids):
            person = project.add_contributor(f"Resident{n} {city}")
            project.record_consent(person, purposes=list(Purpose), text_version="v1", language="en",
                                   method="paper")
            project.update_contribution(cid, contributor_id=person, caption=f"a voice of {city} {n}",
                                        language="en")
        project.set_status(ids, Status.APPROVED)
    return folder


# -- the child ------------------------------------------------------------------------------------------------


def _say(kind: str, payload: dict | None = None) -> None:
    sys.stdout.write(kind + ("" if payload is None else " " + json.dumps(payload)) + "\n")
    sys.stdout.flush()


def _child_import(folder: Path, args: dict) -> None:
    from icc_studio.core.importing import ImportSpec, Outcome, import_files

    def on_result(result) -> None:
        if result.outcome in (Outcome.IMPORTED, Outcome.DUPLICATE):
            _say("ACK", {"kind": "contribution", "id": result.contribution_id, "name": result.path.name,
                         "outcome": result.outcome.value, "sha256": sha256_of(result.path)})

    _say("READY")
    start = time.perf_counter()
    report = import_files(ImportSpec(folder, [Path(args["source"])], workers=args.get("workers", 2)),
                          on_result=on_result)
    _say("DONE", {"elapsed_s": time.perf_counter() - start, "imported": report.imported,
                  "rejected": report.rejected})


def _child_render(folder: Path, args: dict) -> None:
    from icc_studio.core.render.photo_job import RenderPhotosSpec, export_dir, render_photos
    from icc_studio.core.render.photos import output_file_name
    from icc_studio.core.store import Project

    with Project.open(folder) as project:
        city, kit_id = project.info().city, project.info().kit_id
    outputs = tuple(args["outputs"])

    def progress(done, total, message="") -> None:
        # "#<id>" comes once the contribution's renders are recorded: the app shows them as done.
        if message.startswith("#"):
            cid = int(message[1:])
            for output in outputs:
                path = export_dir(folder, output) / output_file_name(city, kit_id, output, cid)
                if path.is_file():
                    _say("ACK", {"kind": "file", "id": cid, "path": str(path.relative_to(folder)),
                                 "sha256": sha256_of(path)})

    _say("READY")
    start = time.perf_counter()
    report = render_photos(RenderPhotosSpec(folder, outputs=outputs, workers=args.get("workers", 2),
                                            force=args.get("force", True)), progress=progress)
    _say("DONE", {"elapsed_s": time.perf_counter() - start,
                  "failed": [r.reason for r in report.results if r.status.value == "failed"]})


def _child_collage(folder: Path, args: dict) -> None:
    from icc_studio.core.assets.collage import CollageSpec, render_collage

    _say("READY")
    start = time.perf_counter()
    result = render_collage(CollageSpec(folder, paper=args.get("paper", "A4"), dpi=args.get("dpi", 150),
                                        force=args.get("force", True), credits=True))
    for path in result.files:
        _say("ACK", {"kind": "file", "path": str(path.relative_to(folder)), "sha256": sha256_of(path)})
    _say("DONE", {"elapsed_s": time.perf_counter() - start, "files": len(result.files)})


def _child_package(folder: Path, args: dict) -> None:
    from icc_studio.core.packages import ImportPackageSpec, import_package

    _say("READY")
    start = time.perf_counter()
    package = Path(args["package"])
    result = import_package(ImportPackageSpec(folder, package))
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    _say("ACK", {"kind": "package", "sender": manifest["sender"]["project_id"], "revision": result.revision,
                 "keys": {item["key"]: item["media"]["sha256"] for item in manifest["contributions"]}})
    _say("DONE", {"elapsed_s": time.perf_counter() - start, "outcome": result.outcome})


CHILDREN = {"import": _child_import, "render_photos": _child_render, "collage": _child_collage,
            "package": _child_package}


def main(argv: list[str]) -> None:
    operation, folder, args = argv[0], Path(argv[1]), json.loads(argv[2]) if len(argv) > 2 else {}
    CHILDREN[operation](folder, args)


# -- the parent: one trial ------------------------------------------------------------------------------------


@dataclass
class Trial:
    operation: str
    delay_s: float | None  # None: run to the end
    killed: bool = False
    finished: bool = False
    acks: list[dict] = field(default_factory=list)
    done: dict | None = None
    outlived: list[str] = field(default_factory=list)  # processes of the app found alive just after its kill
    survivors: list[str] = field(default_factory=list)  # ... still alive seconds later (killed by the test)
    ended_after_s: float = 0.0  # from the kill until no process of the app was left
    stderr: str = ""


def run_child(operation: str, folder: Path, args: dict, delay_s: float | None, *, timeout_s: float = 60) -> Trial:
    """Start the child, wait for READY, kill it with SIGKILL ``delay_s`` later (if it is still running),
    then collect what it had acknowledged. The child's own children must end with it."""
    trial = Trial(operation, delay_s)
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    errors = folder.parent / f".{folder.name}-child-stderr.txt"
    with open(errors, "w+b") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "tests._crash_support", operation, str(folder),
                                 json.dumps(args)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=stderr,
                                start_new_session=True)
        try:
            first = proc.stdout.readline().decode()
            if first.strip() != "READY":
                proc.wait(timeout_s)
                stderr.seek(0)
                raise AssertionError(f"{operation}: the child did not start: {first!r} {stderr.read().decode()}")
            if delay_s is None:
                proc.wait(timeout_s)
            else:
                time.sleep(delay_s)
                if proc.poll() is None:
                    os.kill(proc.pid, signal.SIGKILL)
                    trial.killed = True
                proc.wait(timeout_s)
            # Its worker processes hold its output pipe too: they must be gone before it is read to the end.
            trial.outlived, trial.survivors, trial.ended_after_s = _wait_for_session(proc.pid)
            rest = proc.stdout.read().decode()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stdout.close()
        stderr.seek(0)
        trial.stderr = stderr.read().decode(errors="replace")
    errors.unlink(missing_ok=True)
    for line in rest.splitlines(keepends=True):
        if not line.endswith("\n"):
            continue  # cut by the kill: never shown to anyone
        kind, _, payload = line.strip().partition(" ")
        if kind == "ACK":
            trial.acks.append(json.loads(payload))
        elif kind == "DONE":
            trial.done = json.loads(payload)
    trial.finished = trial.done is not None
    if not trial.killed and not trial.finished:
        raise AssertionError(f"{operation}: the child failed (exit {proc.returncode}):\n{trial.stderr[-3000:]}")
    return trial


def _session_members(sid: int) -> list[tuple[int, str]]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
            cmdline = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = text[text.rfind(")") + 2:].split()
        if len(fields) > 3 and int(fields[3]) == sid and fields[0] not in "ZX":
            name = text[text.find("(") + 1:text.rfind(")")]
            found.append((int(stat.parent.name), cmdline.strip() or f"[{name}, exiting]"))
    return found


def _wait_for_session(sid: int, grace_s: float = 5.0) -> tuple[list[str], list[str], float]:
    """Wait until nothing the killed child started runs any more (a process of the app that outlived it
    could still write into the project); returns what was alive at first, what had to be killed here,
    and how long they took to end."""
    start = time.monotonic()
    deadline = start + grace_s
    members = first = _session_members(sid)
    while members and time.monotonic() < deadline:
        time.sleep(0.05)
        members = _session_members(sid)
    if members:
        try:
            os.killpg(sid, signal.SIGKILL)  # the child's own process group (start_new_session)
        except ProcessLookupError:
            pass
        while _session_members(sid) and time.monotonic() < deadline + grace_s:
            time.sleep(0.05)
    return [cmd[:120] for _pid, cmd in first], [cmd[:120] for _pid, cmd in members], time.monotonic() - start


# -- the parent: what must hold after a kill ----------------------------------------------------------------


@dataclass
class Check:
    files_checked: int = 0
    acks_checked: int = 0
    temp_swept: int = 0
    orphans_swept: int = 0


def leftovers(folder: Path) -> list[str]:
    """Temporary or partial files (and folders) anywhere in the project, and anything in media/.incoming."""
    found = []
    for path in folder.rglob("*"):
        if any(mark in path.name for mark in LEFTOVER_MARKS) or path.name.endswith("~"):
            found.append(str(path.relative_to(folder)))
    incoming = folder / "media" / ".incoming"
    if incoming.is_dir():
        found += [str(p.relative_to(folder)) for p in incoming.iterdir()]
    return sorted(set(found))


def check_file_whole(path: Path) -> None:
    """Raise AssertionError unless the file is complete for its kind."""
    suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        from PIL import Image

        try:
            with Image.open(path) as image:
                image.load()
        except Exception as exc:  # noqa: BLE001 - any decoding problem is a half-written file
            raise AssertionError(f"{path}: does not decode fully ({exc})") from exc
    elif suffix == ".pdf":
        data = path.read_bytes()
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), f"{path}: a cut PDF"
    elif suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            assert archive.testzip() is None, f"{path}: a damaged zip"
    elif suffix == ".json":
        json.loads(path.read_text(encoding="utf-8"))
    elif path.name.endswith(".alt.txt"):
        text = path.read_text(encoding="utf-8")
        assert text.endswith("\n") and text.strip(), f"{path}: a cut alt text"
    elif suffix in (".mp4", ".mov") and "cache" in path.parts:
        import av

        try:
            with av.open(str(path)) as container:
                next(container.decode(video=0))
        except Exception as exc:  # noqa: BLE001
            raise AssertionError(f"{path}: an unreadable clip ({exc})") from exc


def check_project(folder: Path, acks: list[dict], *, previews: bool = True) -> Check:
    """Open the project as the app does and check everything the trials promise (see the test's docstring)."""
    from icc_studio.core.media.reduce import reduced_paths
    from icc_studio.core.store import MediaKind, Project

    check = Check()
    with Project.open(folder) as project:
        check.temp_swept = len(project.health.temp_files_removed)
        check.orphans_swept = len(project.health.orphan_files_removed)
        assert project.integrity_check() == "ok"
        assert project.query("PRAGMA foreign_key_check") == []
        assert project.health.missing_files == (), project.health.missing_files
        contributions = {c.id: c for c in project.contributions()}
        for c in contributions.values():
            stored = project.media_file(c.media_sha256)
            assert stored.is_file() and sha256_of(stored) == c.media_sha256, f"contribution {c.id}: its file changed"
            if previews and c.kind == MediaKind.PHOTO:
                paths = reduced_paths(folder, c.media_sha256)
                assert paths.preview.is_file() and paths.thumbnail.is_file(), f"contribution {c.id}: no preview"
        for ack in acks:
            if ack["kind"] == "contribution":
                c = contributions.get(ack["id"])
                assert c is not None, f"acknowledged contribution {ack['id']} ({ack['name']}) is lost"
                assert c.media_sha256 == ack["sha256"], f"contribution {ack['id']} holds other content"
            elif ack["kind"] == "file":
                path = folder / ack["path"]
                assert path.is_file(), f"acknowledged output {ack['path']} is lost"
                assert sha256_of(path) == ack["sha256"], f"acknowledged output {ack['path']} changed"
            elif ack["kind"] == "package":
                by_key = {r["origin_key"]: r["media_sha256"] for r in project.query(
                    "SELECT origin_key, media_sha256 FROM contributions WHERE source_package = ?", (ack["sender"],))}
                assert by_key == ack["keys"], "the acknowledged package's contributions are not all there"
                revision = project.query("SELECT revision FROM package_imports WHERE sender_id = ?", (ack["sender"],))
                assert revision and revision[0][0] == ack["revision"]
            check.acks_checked += 1
    assert leftovers(folder) == [], f"left after the next open: {leftovers(folder)}"
    for path in folder.rglob("*"):
        if path.is_file() and not path.name.startswith("project.iccdb"):
            stat = path.stat()
            seen = (str(path), stat.st_ino, stat.st_size, stat.st_mtime_ns)  # a file replaced is a new inode
            if seen not in _WHOLE:
                check_file_whole(path)
                _WHOLE.add(seen)
            check.files_checked += 1
    return check


_WHOLE: set[tuple] = set()  # files already found whole, unchanged since


if __name__ == "__main__":
    main(sys.argv[1:])

"""Importing and rendering onto a full disk and into read-only folders: a clear message naming the folder or
file and the cause, the rest of the batch handled the same way, existing files byte-identical, nothing
partial or temporary left behind.

Each scenario runs in a child process in its own mount namespace (``unshare``), on a small tmpfs filled
nearly full or remounted read-only (root ignores file permissions, not a read-only mount). The scenarios
themselves are in ``tests/_robustness_support.py``; their findings go to ``build/reliability/disk.json``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from icc_studio.core.fileio import WriteFailed

from ._robustness_support import namespace_prefix

REPO = Path(__file__).resolve().parents[1]
SUMMARY = REPO / "build" / "reliability" / "disk.json"
SOURCES = 9  # eight photos and a clip in the import scenario


@pytest.fixture(scope="module")
def prefix() -> list[str]:
    found, why = namespace_prefix()
    if found is None:
        pytest.skip(f"no private mount namespace for a small tmpfs here: {why}")
    return found


_results: dict[str, dict] = {}


@pytest.fixture(scope="module")
def scenario(prefix, tmp_path_factory):
    def run(name: str) -> dict:
        if name not in _results:
            work = tmp_path_factory.mktemp("disk-scenario")
            env = dict(os.environ)
            env.update({f"XDG_{k}_HOME": str(work / "home" / k.lower()) for k in ("CONFIG", "STATE", "DATA", "CACHE")})
            proc = subprocess.run([*prefix, sys.executable, "-m", "tests._robustness_support", name, str(work)],
                                  capture_output=True, text=True, cwd=REPO, env=env, timeout=300)
            assert proc.returncode == 0, proc.stderr[-4000:]
            _results[name] = json.loads(proc.stdout.strip().splitlines()[-1])
            _write_summary()
        return _results[name]

    return run


def _write_summary() -> None:
    summary = {}
    for name, found in _results.items():
        if name == "import-full":
            no_room = found["no_room"]
            summary["import-full-no-room"] = {"free_bytes": no_room["free_bytes"], "exit": no_room["cli"]["returncode"],
                                              "stderr_last": no_room["cli"]["stderr"].strip().splitlines()[-1:],
                                              "existing_files_changed": _changed(no_room["before"], no_room["after"])}
            summary[name] = [{
                "free_bytes": level["free_bytes"],
                "imported": sum(r["outcome"] == "imported" for r in _json_lines(level["cli"])),
                "refused": sum(r["outcome"] == "rejected" for r in _json_lines(level["cli"])),
                "steps": sorted(_failed_steps(level["cli"])),
                "example": next((r["reason"] for r in _json_lines(level["cli"]) if r["outcome"] == "rejected"), ""),
                "existing_files_changed": _changed(level["before"], level["after"]),
                "temp_files": len(level["temp_files"]), "integrity": level["integrity"],
            } for level in found["levels"]]
        elif name == "last-block":
            summary[name] = {label: found[label] for label in ("bare", "save_image", "save_jpeg")}
            summary[name]["size"] = found["size"]
        else:
            summary[name] = {key: {"exit": value["returncode"], "stderr_last": value["stderr"].strip().splitlines()[-1:]}
                             for key, value in found.items() if isinstance(value, dict) and "returncode" in value}
            summary[name]["existing_files_changed"] = _changed(found["before"], found["after"])
            summary[name]["temp_files"] = len(found["temp_files"])
    SUMMARY.parent.mkdir(parents=True, exist_ok=True)
    SUMMARY.write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _json_lines(cli: dict) -> list[dict]:
    return [line for line in cli["stdout"] if isinstance(line, dict)]


def _changed(before: dict, after: dict) -> list[str]:
    """Files that existed before and are now different or gone."""
    return sorted(name for name, digest in before.items() if after.get(name) != digest)


def _failed_steps(cli: dict) -> set[str]:
    """Where the full disk stopped each refused file: the copy, the reduced copies, the proxy or the database."""
    steps = set()
    for record in _json_lines(cli):
        if record["outcome"] != "rejected":
            continue
        where = record["reason"].split(", ", 1)[-1]
        steps.add("database" if "project.iccdb" in where else "copy" if "/media/.incoming" in where
                  else "proxy" if "/cache/proxy" in where else "reduced copies" if "/cache/" in where else where)
    return steps


# -- a full disk ----------------------------------------------------------------------------------------------


def test_import_onto_a_full_disk_refuses_each_file_that_does_not_fit_with_the_reason(scenario):
    levels = scenario("import-full")["levels"]
    assert len(levels) == 5
    steps: set[str] = set()
    for level in levels:
        cli = level["cli"]
        assert "Traceback" not in cli["stderr"], cli["stderr"][-3000:]
        records = _json_lines(cli)
        assert len(records) == SOURCES  # every file an outcome: the batch went on past the full disk
        assert cli["returncode"] == (3 if any(r["outcome"] == "rejected" for r in records) else 0)
        for record in records:
            if record["outcome"] == "rejected":
                assert record["reason_code"] == "no-space", record
                assert record["reason"].startswith(f"{record['path']}: not imported, "), record
                assert "/disk/project" in record["reason"], record  # the folder that is full
                assert record["reason"].endswith("cannot be written: no space left on the device"), record
            else:
                assert record["outcome"] == "imported", record
        steps |= _failed_steps(cli)
    imported = [sum(r["outcome"] == "imported" for r in _json_lines(level["cli"])) for level in levels]
    assert imported[0] > imported[-1] and imported[0] >= 3 and 0 < sum(imported) < SOURCES * len(levels)
    assert "copy" in steps and len(steps) >= 3, steps  # the disk filled up at different steps of an import


def test_a_full_disk_leaves_nothing_partial_and_the_project_intact(scenario):
    for level in scenario("import-full")["levels"]:
        assert _changed(level["before"], level["after"]) == []
        assert level["temp_files"] == []
        assert level["orphan_originals"] == [] and level["orphan_copies"] == []
        assert level["integrity"] == "ok" and level["missing_files"] == []
        results = _json_lines(level["cli"]) + level.get("core", {}).get("returned", [])
        acknowledged = sorted(Path(r["path"]).name for r in results if r["outcome"] == "imported")
        assert level["contributions"] == acknowledged


def test_the_core_import_reports_the_full_disk_per_file(scenario):
    core = scenario("import-full")["levels"][-1]["core"]
    assert "returned" in core, core  # reported per file, not raised
    refused = [r for r in core["returned"] if r["outcome"] != "imported"]
    assert refused
    for result in refused:
        assert result["outcome"] == "rejected" and result["reason_code"] == "no-space", result
        assert result["reason"].startswith(f"{result['path']}: not imported, ") and "no space left" in result["reason"]


def test_a_project_on_a_disk_without_any_room_is_refused_and_left_untouched(scenario):
    found = scenario("import-full")["no_room"]
    cli = found["cli"]
    assert cli["returncode"] == 4 and "Traceback" not in cli["stderr"], cli["stderr"][-3000:]
    assert "/disk/project-full" in cli["stderr"]
    assert _changed(found["before"], found["after"]) == []
    assert found["integrity"] == "ok" and found["contributions"] == 0


def test_a_project_on_a_disk_without_any_room_is_refused_saying_so(scenario):
    message = scenario("import-full")["no_room"]["cli"]["stderr"].strip().splitlines()[-1]
    assert "no space left" in message


def test_rendering_onto_a_full_disk_says_which_file_and_keeps_the_earlier_renders(scenario):
    found = scenario("render-full")
    cli = found["cli_photos"]
    assert cli["returncode"] == 1 and "Traceback" not in cli["stderr"], cli["stderr"][-3000:]
    items = _json_lines(cli)
    assert len(items) == 4 * 5  # four contributions, five formats: every output has its outcome
    failed = [item for item in items if item["status"] == "failed"]
    assert failed
    for item in failed:
        reason = item["reason"]
        assert reason.endswith(": cannot be written: no space left on the device"), item
        written = Path(reason.split(": cannot be written")[0])
        assert written.suffix == ".jpg" and written.parent.name == item["output"], item  # names its own file
    assert f"{len(failed)} failed" in cli["stderr"]
    collage = found["cli_collage"]
    assert collage["returncode"] == 1 and "Traceback" not in collage["stderr"], collage["stderr"][-3000:]
    message = collage["stderr"].strip().splitlines()[-1]
    assert message.startswith("icc-studio-cli: ") and "/exports/collage/" in message
    assert message.endswith("cannot be written: no space left on the device")
    # What the core raises is what the GUI shows (the same exception reaches its error message).
    core = found["core_collage"]
    assert core.get("raised") == "WriteFailed" and core["is_os_error"], core
    assert core["params"]["cause"] == "no-space" and "/exports/collage/" in core["params"]["path"]
    assert all(status in ("rendered", "failed") for _o, status, _r in found["core_photos"]["returned"])
    # Earlier renders and collages are byte-identical, nothing new or temporary is left, the database is fine.
    assert _changed(found["before"], found["after"]) == []
    assert set(found["after"]) == set(found["before"])
    assert found["temp_files"] == []
    assert found["integrity"] == "ok"



def test_a_disk_that_fills_during_the_last_block_gives_an_error_not_a_truncated_picture(scenario):
    found = scenario("last-block")
    # The control: Pillow's own save to a path returns as if all was well and leaves a truncated file.
    assert found["bare"]["raised"] is None and found["bare"]["written"] < found["size"], found["bare"]
    # Through save_image the disk's error comes out; through an export, a WriteFailed naming the file.
    assert found["save_image"]["raised"] and found["save_image"]["errno"] == 28, found["save_image"]
    assert found["save_jpeg"]["raised"] == "WriteFailed", found["save_jpeg"]
    assert found["save_jpeg"]["message"].endswith("save_jpeg.jpg: cannot be written: no space left on the device")
    assert found["save_jpeg"]["left"] == [] and found["save_jpeg"]["written"] is None  # nothing half-written

# -- read-only folders ----------------------------------------------------------------------------------------


def test_read_only_media_and_export_folders_are_named_with_the_cause(scenario):
    found = scenario("read-only")
    imported = _json_lines(found["cli_import"])
    assert found["cli_import"]["returncode"] == 3 and len(imported) == 3
    for record in imported:
        assert record["outcome"] == "rejected" and record["reason_code"] == "read-only", record
        assert record["reason"].startswith(f"{record['path']}: not imported, ")
        assert "/disk/project/media/" in record["reason"]
        assert record["reason"].endswith("cannot be written: the folder is on a read-only disk")
    photos = found["cli_photos"]
    assert photos["returncode"] == 1 and "Traceback" not in photos["stderr"]
    items = _json_lines(photos)
    assert len(items) == 20 and all(item["status"] == "failed" for item in items)
    for item in items:
        assert "/exports/photos/" in item["reason"] and item["reason"].endswith("read-only disk"), item
    collage = found["cli_collage"]
    usb = str(Path(found["core_collage"]["params"]["path"]))
    assert collage["returncode"] == 1 and "Traceback" not in collage["stderr"]
    assert collage["stderr"].strip().splitlines()[-1] == f"icc-studio-cli: {usb}: cannot be written: " \
                                                         "the folder is on a read-only disk"
    assert usb.endswith("/usb")
    assert found["core_collage"]["raised"] == "WriteFailed" and found["core_collage"]["params"]["cause"] == "read-only"
    assert _changed(found["before"], found["after"]) == [] and set(found["after"]) == set(found["before"])
    assert found["usb_after"] == found["usb_before"]
    assert found["temp_files"] == []
    assert found["integrity"] == "ok" and found["contributions"] == 4


def test_a_read_only_project_is_refused_naming_it_and_left_untouched(scenario):
    found = scenario("read-only")
    for key in ("cli_all_import", "cli_all_render"):
        cli = found[key]
        assert cli["returncode"] == 4 and "Traceback" not in cli["stderr"], cli["stderr"][-3000:]
        assert "/disk/project" in cli["stderr"]
    assert found["after_all"] == found["before_all"]


def test_a_read_only_project_is_refused_saying_read_only(scenario):
    found = scenario("read-only")
    message = found["cli_all_import"]["stderr"].strip().splitlines()[-1]
    assert "read-only" in message.rsplit("/disk/project", 1)[-1]


def test_the_gui_message_of_a_failed_write_names_the_file_and_the_cause():
    from icc_studio.gui.messages import error_text

    error = WriteFailed(Path("/media/usb/exports/collage/poster.png"), "no space left on the device", cause="no-space")
    text = error_text(error)
    assert "/media/usb/exports/collage/poster.png" in text and "disk is full" in text
    read_only = error_text(WriteFailed(Path("/media/usb/x.png"), "read-only file system", cause="read-only"))
    assert "/media/usb/x.png" in read_only and "read-only" in read_only
    other = error_text(WriteFailed(Path("/media/usb/y.png"), "something odd", cause="other"))
    assert "/media/usb/y.png" in other and "something odd" in other
    assert isinstance(error, OSError)  # code that handles failed writes as OSError still does

"""The command line end to end: every command, its output and its exit code."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from icc_studio.cli.main import ExitCode, build_parser, main
from icc_studio.core.kits import builtin_kit_ids
from icc_studio.core.paths import kits_dir

from .conftest import make_photo

COMMANDS = [["demo"], ["new"], ["import"], ["list"], ["approve"], ["reject"], ["check"], ["render"], ["kit"],
            ["kit", "validate"], ["kit", "list"]]


@pytest.mark.parametrize("words", COMMANDS, ids=" ".join)
def test_every_command_has_help(words, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([*words, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: icc-studio-cli" in out and "exit codes" in out


def test_entry_point_runs_as_a_program():
    result = subprocess.run([sys.executable, "-m", "icc_studio.cli", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "icc-studio-cli" in result.stdout


def test_new_import_list_approve(tmp_path, capsys):
    folder = tmp_path / "p"
    assert main(["new", str(folder), "--kit", "refugees-20june", "--city", "Ghent", "--lang", "nl", "--lang", "fr"]) == 0
    assert "has no texts in nl" in capsys.readouterr().err
    src = tmp_path / "in"
    src.mkdir()
    make_photo(src / "a.jpg", seed=1)
    make_photo(src / "b.png", seed=2)
    (src / "bad.jpg").write_bytes(b"\xff\xd8\xff\xe0 broken jpeg")
    code = main(["import", str(folder), str(src), "--no-progress"])
    out = capsys.readouterr().out.splitlines()
    assert code == ExitCode.REJECTED
    assert sum(line.startswith("imported") for line in out) == 2
    assert any(line.startswith("rejected") and "bad.jpg" in line for line in out)
    # importing again: every good file is a duplicate
    main(["import", str(folder), str(src / "a.jpg"), "--json"])
    record = json.loads(capsys.readouterr().out.strip())
    assert record["outcome"] == "duplicate" and record["contribution_id"] == 1

    assert main(["list", str(folder), "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["status"] for i in items] == ["pending", "pending"]
    assert items[0]["consent"] is None
    assert main(["approve", str(folder), "--all"]) == 0
    assert "2 approved" in capsys.readouterr().out
    assert main(["reject", str(folder), "2", "--reason", "blurred"]) == 0
    capsys.readouterr()
    assert main(["list", str(folder), "--status", "approved", "--json"]) == 0
    assert [i["id"] for i in json.loads(capsys.readouterr().out)] == [1]
    assert main(["approve", str(folder), "77"]) == ExitCode.ERROR
    assert "no contribution 77" in capsys.readouterr().err
    assert main(["approve", str(folder)]) == ExitCode.USAGE


def test_missing_and_damaged_projects(tmp_path, capsys):
    assert main(["list", str(tmp_path)]) == ExitCode.PROJECT
    assert "no ICC Studio project" in capsys.readouterr().err
    folder = tmp_path / "p"
    main(["new", str(folder), "--kit", "migrants-18december", "--city", "Oslo", "--lang", "en"])
    (folder / "project.iccdb").write_bytes(b"garbage" * 1000)
    assert main(["check", str(folder)]) == ExitCode.PROJECT
    assert "cannot be read" in capsys.readouterr().err


def test_unknown_kit_is_a_clear_error(tmp_path, capsys):
    assert main(["new", str(tmp_path / "p"), "--kit", "no-such-kit", "--city", "X", "--lang", "en"]) == ExitCode.ERROR
    assert "no-such-kit" in capsys.readouterr().err
    assert not (tmp_path / "p").exists()


@pytest.mark.parametrize("kit_id", ["cultural-diversity-21may", "refugees-20june", "migrants-18december",
                                    "languages-26september"])
def test_builtin_kits_validate(kit_id, capsys):
    assert kit_id in builtin_kit_ids()
    assert main(["kit", "validate", str(kits_dir() / kit_id)]) == ExitCode.OK
    assert "valid kit" in capsys.readouterr().out


def test_kit_with_wrong_field_fails_naming_it(tmp_path, capsys):
    kit = tmp_path / "broken"
    shutil.copytree(kits_dir() / "migrants-18december", kit)
    manifest = json.loads((kit / "kit.json").read_text(encoding="utf-8"))
    manifest["limits"]["clip_max_seconds"] = "twenty"
    (kit / "kit.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert main(["kit", "validate", str(kit)]) == ExitCode.REJECTED
    err = capsys.readouterr().err
    assert "limits.clip_max_seconds" in err and "kit.json" in err


def test_kit_list(capsys):
    assert main(["kit", "list", "--json"]) == 0
    kits = {k["id"]: k for k in json.loads(capsys.readouterr().out)}
    assert kits["migrants-18december"]["day"] == "12-18"
    assert kits["refugees-20june"]["day"] == "06-20"


def test_parser_lists_every_command():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert {"demo", "new", "import", "list", "approve", "kit"} <= set(sub.choices)

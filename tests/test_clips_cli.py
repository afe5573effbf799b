"""``icc-studio-cli clips``, ``trim`` and ``render DIR clips`` over a small project."""

from __future__ import annotations

import json

import pytest

from icc_studio.cli.main import ExitCode, main
from icc_studio.core.importing import ImportSpec, import_files
from icc_studio.core.store import Project, Purpose, Status

from ._clips_support import decoded_frames, index_of, make_clip


@pytest.fixture
def clip_project(project, tmp_path):
    clip = make_clip(tmp_path / "talk.mp4", size=(128, 72), seconds=3.0, gop=30)
    import_files(ImportSpec(project.folder, [clip]))
    cid = project.contributions()[0].id
    person = project.add_contributor("Ana")
    project.record_consent(person, purposes=[Purpose.SOCIAL_MEDIA], text_version="1", language="es", method="paper")
    project.update_contribution(cid, contributor_id=person, caption="emprendedora", language="es")
    project.set_status([cid], Status.APPROVED)
    folder = project.folder
    project.close()
    return folder, cid


def test_trim_stores_points_and_writes_lossless_and_exact_parts(clip_project, tmp_path, capsys):
    folder, cid = clip_project
    assert main(["trim", str(folder), str(cid), "--in", "1.6", "--out", "0:02.9"]) == ExitCode.OK
    assert "in 1.60 s, out 2.90 s (1.30 s; maximum 20 s)" in capsys.readouterr().out
    with Project.open(folder) as project:
        c = project.contribution(cid)
        assert (c.trim_in_s, c.trim_out_s) == (1.6, 2.9)

    assert main(["trim", str(folder), str(cid), "--output", str(tmp_path / "fast.mp4"), "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "(lossless): 1.000–2.900 s" in out
    assert "note: starts at the keyframe at 1.00 s, 0.60 s before the in-point" in out

    assert main(["trim", str(folder), str(cid), "--output", str(tmp_path / "exact.mp4"), "--exact", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["file"]["actual_in_s"] == pytest.approx(48 / 30, abs=1e-3) and data["file"]["note"] == ""
    assert index_of(decoded_frames(tmp_path / "exact.mp4")[0][1]) == 48


def test_trim_refuses_bad_points_with_the_reason(clip_project, capsys):
    folder, cid = clip_project
    assert main(["trim", str(folder), str(cid), "--in", "2", "--out", "9"]) == ExitCode.ERROR
    assert "after the end of the clip (3.00 s)" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["trim", str(folder), str(cid), "--in", "abc"])
    assert caught.value.code == ExitCode.USAGE
    assert "not a time: 'abc'" in capsys.readouterr().err
    assert main(["trim", str(folder), str(cid), "--exact"]) == ExitCode.USAGE


def test_clips_lists_what_probing_found(clip_project, capsys):
    folder, cid = clip_project
    assert main(["clips", str(folder), "--json"]) == ExitCode.OK
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["id"] == cid and rows[0]["proxy"] and rows[0]["audio"] and rows[0]["max_s"] == 20
    assert rows[0]["duration_s"] == pytest.approx(3.0, abs=0.05)


def test_render_clips_target(clip_project, capsys):
    folder, cid = clip_project
    main(["trim", str(folder), str(cid), "--in", "0.5", "--out", "1.5"])
    capsys.readouterr()
    code = main(["render", str(folder), "clips", "--aspect", "1:1", "--no-end-card", "--json", "--no-progress"])
    assert code == ExitCode.OK
    item = json.loads(capsys.readouterr().out.splitlines()[0])
    assert item["status"] == "rendered" and item["aspect"] == "1:1" and item["path"].endswith("_c0001.mp4")
    assert len(decoded_frames(item["path"])) == 30

"""`icc-studio-cli demo DIR`: the demo project, created through the ordinary import path."""

from __future__ import annotations

import pytest

from icc_studio.cli.main import ExitCode, main
from icc_studio.core.demo import DemoSpec, create_demo_project
from icc_studio.core.errors import Cancelled
from icc_studio.core.jobs import CancelToken
from icc_studio.core.store import MediaKind, Project, Status


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "project"
    assert main(["demo", str(folder), "--no-progress"]) == ExitCode.OK
    return folder


def test_demo_has_about_twenty_consented_contributions(demo_folder):
    with Project.open(demo_folder) as project:
        assert project.health.ok
        info = project.info()
        items = project.contributions()
        assert info.city and info.kit_id == "migrants-18december" and "ar" in info.languages
        assert 18 <= len(items) <= 25
        assert sum(1 for c in items if c.kind == MediaKind.CLIP) == 3
        assert all(c.has_consent and c.purposes for c in items), "every demo contribution has consent"
        assert all(c.caption and c.alt_text and c.language for c in items)
        counts = project.count_by_status()
        assert counts[Status.APPROVED] >= 12 and counts[Status.PENDING] >= 1 and counts[Status.REJECTED] == 1
        minors = [project.contributor(c.contributor_id) for c in items if project.contributor(c.contributor_id).is_minor]
        assert len(minors) == 1 and minors[0].guardian_name
        consent = project.consents(minors[0].id)[0]
        assert consent.guardian_consent and consent.text_version and consent.method == "demo"
        for c in items:
            assert project.media_file(c.media_sha256).is_file()
        assert any(c.language == "ar" and any("\u0600" <= ch <= "\u06ff" for ch in c.caption) for c in items)


def test_demo_refuses_a_non_empty_folder(demo_folder, capsys):
    assert main(["demo", str(demo_folder), "--no-progress"]) == ExitCode.PROJECT
    assert "already" in capsys.readouterr().err


def test_cancelled_demo_leaves_nothing(tmp_path):
    token = CancelToken()

    def progress(done, total, message=""):
        if done >= 3:
            token.cancel()

    with pytest.raises(Cancelled):
        create_demo_project(DemoSpec(tmp_path / "demo"), progress=progress, cancel=token)
    assert not (tmp_path / "demo").exists()

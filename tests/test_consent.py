"""Consent given outside the kiosk: paper forms recorded by staff and a CSV for a batch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from icc_studio.core.consent import (ConsentCsvError, PaperConsent, import_consent_csv, read_consent_csv,
                                     record_paper_consent)
from icc_studio.core.errors import InvalidValue
from icc_studio.core.importing import ImportSpec, import_files
from icc_studio.core.store import Project, Purpose

from .conftest import make_photo

HEADER = "file,name,minor,guardian,language,social_media,print_poster,city_video,network_reshare,form\n"


@pytest.fixture
def batch(tmp_path):
    """A project with three imported contest entries and no consent yet."""
    folder = tmp_path / "entries"
    folder.mkdir()
    for i, name in enumerate(["entry-01.jpg", "entry-02.jpg", "Entrée-03.jpg"]):
        make_photo(folder / name, size=(96, 64), seed=10 + i)
    project_folder = tmp_path / "project"
    Project.create(project_folder, city="Testville", kit_id="migrants-18december", languages=["en", "fr"],
                   campaign_year=2026).close()
    report = import_files(ImportSpec(project_folder, [folder]))
    assert report.imported == 3
    with Project.open(project_folder) as project:
        yield project, tmp_path


def rows_of(project):
    return {table: project._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("contributors", "consents")}


def test_a_good_csv_gives_every_entry_its_consent_in_one_step(batch):
    project, tmp = batch
    (tmp / "forms").mkdir()
    make_photo(tmp / "forms" / "lina.jpg", size=(80, 120), seed=3)
    csv_file = tmp / "consents.csv"
    csv_file.write_text(HEADER
                        + "entry-01.jpg,Lina,no,,fr,yes,yes,yes,no,forms/lina.jpg\n"
                        + "\n"
                        + "ENTRY-02.JPG,Sam,yes,Alex Martin,en,x,,x,,\n"
                        + "entrée-03.jpg,Noor,non,,en,oui,non,non,non,\n", encoding="utf-8")
    rows = import_consent_csv(project, csv_file)
    assert [r.line for r in rows] == [2, 4, 5]
    by_name = {c.contributor_name: c for c in project.contributions()}
    assert by_name["Lina"].purposes == {Purpose.SOCIAL_MEDIA, Purpose.PRINT_POSTER, Purpose.CITY_VIDEO}
    assert by_name["Sam"].purposes == {Purpose.SOCIAL_MEDIA, Purpose.CITY_VIDEO}
    assert by_name["Noor"].purposes == {Purpose.SOCIAL_MEDIA}
    sam = project.contributor(by_name["Sam"].contributor_id)
    assert sam.is_minor and sam.guardian_name == "Alex Martin"
    consent = project.consents(by_name["Sam"].contributor_id)[0]
    assert consent.guardian_consent and consent.method == "csv" and consent.text_version == "2025-1"
    lina = project.consents(by_name["Lina"].contributor_id)[0]
    form = project.consent_form(lina.id)
    assert form is not None and form.read_bytes() == (tmp / "forms" / "lina.jpg").read_bytes()
    assert not list(project.incoming_dir().iterdir()), "no staged file is left behind"


def test_every_problem_is_reported_with_its_line_and_nothing_is_applied(batch):
    project, tmp = batch
    csv_file = tmp / "consents.csv"
    csv_file.write_text(HEADER
                        + "entry-01.jpg,Lina,no,,fr,yes,yes,yes,no,\n"           # 2: good
                        + "entry-02.jpg,Sam,yes,,en,yes,,,,\n"                    # 3: minor without guardian
                        + "missing.jpg,Ana,no,,en,yes,,,,\n"                      # 4: unknown file
                        + "entry-01.jpg,Lina again,no,,fr,yes,,,,\n"              # 5: same file twice
                        + "entrée-03.jpg,,no,,en,maybe,,,,\n"                     # 6: no name, bad yes/no
                        + "#3,Noor,no,,tlh,yes,,,,scan.gif\n", encoding="utf-8")  # 7: language, form
    before = rows_of(project)
    with pytest.raises(ConsentCsvError) as info:
        import_consent_csv(project, csv_file)
    found = {(p.line, p.column) for p in info.value.problems}
    assert {(3, "guardian"), (4, "file"), (5, "file"), (6, "name"), (6, "social_media"), (7, "language"),
            (7, "form")} <= found
    assert not any(line == 2 for line, _ in found)
    assert "consents.csv" in str(info.value) and "line 3" in str(info.value)
    assert rows_of(project) == before, "all or nothing"


def test_spreadsheet_exports_are_understood(batch):
    """Excel in French or German saves semicolons and a byte-order mark; a purposes column works too."""
    project, tmp = batch
    csv_file = tmp / "consents.csv"
    csv_file.write_bytes("\ufefffile;name;language;purposes\nentry-01.jpg;Lina;fr;social_media; city_video\n"
                         .replace("; city_video", "|city_video").encode("utf-8"))
    rows = import_consent_csv(project, csv_file, dry_run=True)
    assert rows[0].consent.purposes == {Purpose.SOCIAL_MEDIA, Purpose.CITY_VIDEO}
    assert rows_of(project) == {"contributors": 0, "consents": 0}, "a dry run writes nothing"


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    ("file,name\nentry-01.jpg,Lina\n".encode(), "missing column"),
    ("file,name,language,social_media\nentry-01.jpg,Léa,fr,yes\n".encode("latin-1"), "UTF-8"),
    ((HEADER.strip() + ",colour\n").encode(), "unknown column"),
])
def test_broken_files_are_refused_with_a_reason(batch, content, message):
    project, tmp = batch
    csv_file = tmp / "consents.csv"
    csv_file.write_bytes(content)
    result = read_consent_csv(project, csv_file)
    assert result.problems and message in " ".join(str(p) for p in result.problems)


def test_an_entry_with_a_consent_already_is_not_given_a_second_one(batch):
    project, tmp = batch
    first = project.contributions()[0]
    record_paper_consent(project, [first.id], PaperConsent("Lina", frozenset({Purpose.SOCIAL_MEDIA}), "fr"))
    csv_file = tmp / "consents.csv"
    csv_file.write_text(HEADER + f"#{first.id},Other,no,,en,yes,,,,\n", encoding="utf-8")
    with pytest.raises(ConsentCsvError, match="already has a consent"):
        import_consent_csv(project, csv_file)


def test_a_minor_without_a_guardian_cannot_be_saved(batch):
    project, _tmp = batch
    before = rows_of(project)
    with pytest.raises(InvalidValue, match="guardian"):
        record_paper_consent(project, [1], PaperConsent("Sam", frozenset({Purpose.SOCIAL_MEDIA}), "en", minor=True))
    assert rows_of(project) == before


def test_paper_consent_from_the_command_line(batch):
    project, tmp = batch
    make_photo(tmp / "form.png", size=(60, 80), seed=4, fmt="PNG")
    folder = project.folder
    base = [sys.executable, "-m", "icc_studio.cli.main", "consent"]
    done = subprocess.run(base + ["record", str(folder), "1", "2", "--name", "Awa", "--language", "fr",
                                  "--purpose", "social_media", "--purpose", "print_poster", "--form",
                                  str(tmp / "form.png")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    bad = subprocess.run(base + ["record", str(folder), "3", "--name", "Kid", "--language", "fr", "--minor",
                                 "--purpose", "social_media"], capture_output=True, text=True)
    assert bad.returncode == 2 and "guardian" in bad.stderr
    csv_file = tmp / "consents.csv"
    csv_file.write_text(HEADER + "Entrée-03.jpg,Noor,no,,en,yes,,,,\nnope.jpg,X,no,,en,yes,,,,\n", encoding="utf-8")
    refused = subprocess.run(base + ["csv", str(folder), str(csv_file)], capture_output=True, text=True)
    assert refused.returncode == 3 and "line 3, file" in refused.stdout + refused.stderr
    listing = subprocess.run([sys.executable, "-m", "icc_studio.cli.main", "list", str(folder), "--json"],
                             capture_output=True, text=True)
    items = {i["id"]: i for i in json.loads(listing.stdout)}
    assert items[1]["contributor"] == items[2]["contributor"] == "Awa"
    assert items[1]["consent"] == ["print_poster", "social_media"]
    assert items[3]["contributor"] is None and items[3]["consent"] is None
    with Project.open(folder) as reopened:
        consent = reopened.consents(reopened.contribution(1).contributor_id)[0]
        assert reopened.consent_form(consent.id).suffix == ".png"


def test_the_printable_consent_form_in_every_kit_language(batch):
    import cv2
    import numpy as np
    from PIL import Image

    from icc_studio.core.assets.pdf import read_page_boxes
    from icc_studio.core.consent_form import ConsentFormSpec, render_consent_forms
    from icc_studio.core.kits import load_builtin_kit

    project, tmp = batch
    kit = load_builtin_kit("migrants-18december")
    url = "https://testville.example/privacy"
    result = render_consent_forms(ConsentFormSpec(project.folder, privacy_url=url, out_dir=tmp / "forms"))
    pdfs = [p for p in result.files if p.suffix == ".pdf"]
    assert sorted(p.stem.rsplit("_", 1)[1] for p in pdfs) == sorted(kit.languages)
    assert {"ar", "fr", "en"} <= set(kit.languages)
    for pdf in pdfs:
        (box,) = read_page_boxes(pdf)
        assert box["media"][2:] == pytest.approx((210.0, 297.0), abs=0.2), pdf.name  # A4, in millimetres
        page = np.asarray(Image.open(pdf.with_suffix(".png")).convert("L"))
        text, _points, _ = cv2.QRCodeDetector().detectAndDecode(page[page.shape[0] // 2:])
        assert text == url, pdf.name
    # Arabic is laid out from the right: the purposes' tick boxes stand at the right margin.
    arabic = np.asarray(Image.open(tmp / "forms" / f"testville_migrants-18december_consent-form_ar.png").convert("L"))
    french = np.asarray(Image.open(tmp / "forms" / f"testville_migrants-18december_consent-form_fr.png").convert("L"))
    row = slice(int(arabic.shape[0] * 0.35), int(arabic.shape[0] * 0.5))
    margin = int(15 / 25.4 * 150)
    assert arabic[row, -margin - 35:-margin].min() < 80 and arabic[row, margin:margin + 35].min() > 200
    assert french[row, margin:margin + 35].min() < 80

"""Quote speakers kept with the project, portraits copied into it, the preview drawn by the export's code,
and the CLI rendering the saved speakers."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PIL import Image

from icc_studio.core.assets.pdf import read_page_boxes
from icc_studio.core.assets.quotes import (
    PORTRAIT_MAX_SIDE,
    PORTRAITS_DIR,
    SETTINGS_KEY,
    PortraitSpec,
    QuotePreviewSpec,
    QuoteSpec,
    Speaker,
    import_portrait,
    load_speakers,
    quote_length,
    render_quote_preview,
    render_quotes,
    save_speakers,
)
from icc_studio.core.errors import InvalidValue, MediaRejected, ProjectTooNew
from icc_studio.core.store import Project

from ._assets_support import make_project, portrait
from ._quotes_support import LAYOUT_TOLERANCE, layout_difference, pdf_page_image


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("quotes") / "project", count=6)


@pytest.fixture
def folder(template, tmp_path):
    import shutil

    return shutil.copytree(template, tmp_path / "project")


@pytest.fixture
def official(tmp_path):
    """An official portrait as a camera writes it: sideways pixels, an EXIF orientation tag and a GPS block."""
    image = portrait(3, (300, 400)).transpose(Image.Transpose.ROTATE_90)  # stored lying on its side
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 24.0)}
    path = tmp_path / "mayor.jpg"
    image.save(path, "JPEG", quality=90, exif=exif)
    return path


def test_speakers_are_kept_in_the_project_settings_with_a_version(folder, official):
    speakers = (Speaker("Claire Dubois", "Mayor of Testville", "Our city is stronger with every voice.", "en",
                        photo=official),
                Speaker("ليلى", "مهندسة", "مدينتنا بيتنا جميعاً.", "ar", contribution_id=2))
    with Project.open(folder) as project:
        kept = save_speakers(project, speakers)
        document = project.settings()[SETTINGS_KEY]
    assert document["version"] == 1
    photo = kept[0].photo
    assert photo.parent == folder / PORTRAITS_DIR and photo.is_file()
    assert document["speakers"] == [
        {"name": "Claire Dubois", "role": "Mayor of Testville", "quote": "Our city is stronger with every voice.",
         "language": "en", "photo": f"{PORTRAITS_DIR}/{photo.name}"},
        {"name": "ليلى", "role": "مهندسة", "quote": "مدينتنا بيتنا جميعاً.", "language": "ar", "contribution": 2},
    ]
    with Project.open(folder) as project:  # a new connection reads back what was written
        assert load_speakers(project) == kept
    assert kept[1] == speakers[1]


def test_a_copied_portrait_is_upright_reduced_and_without_metadata(folder, official, tmp_path):
    path = import_portrait(PortraitSpec(folder, official))
    with Image.open(path) as image:
        assert image.size == (300, 400)  # turned upright by its EXIF orientation
        assert "exif" not in image.info and not image.getexif()
    assert import_portrait(PortraitSpec(folder, official)) == path  # the same image is kept once
    big = tmp_path / "big.png"
    portrait(1, (1800, 3600)).save(big)
    with Image.open(import_portrait(PortraitSpec(folder, big))) as image:
        assert max(image.size) == PORTRAIT_MAX_SIDE and image.format == "JPEG"


def test_a_file_that_is_not_an_image_is_refused_with_its_name(folder, tmp_path):
    notes = tmp_path / "notes.jpg"
    notes.write_text("not a photo")
    with pytest.raises(MediaRejected) as caught:
        import_portrait(PortraitSpec(folder, notes))
    assert "notes.jpg" in str(caught.value)
    assert not (folder / PORTRAITS_DIR).exists() or not any((folder / PORTRAITS_DIR).iterdir())


def test_portraits_no_speaker_uses_are_removed_and_saving_the_same_list_writes_nothing(folder, official, tmp_path):
    other = tmp_path / "other.png"
    portrait(5).save(other)
    with Project.open(folder) as project:
        first = save_speakers(project, [Speaker("A", "B", "C", "en", photo=official)])
        old = first[0].photo
        log_size = len(project.audit_log())
        assert save_speakers(project, first) == first
        assert len(project.audit_log()) == log_size  # unchanged: no write, no audit line
        second = save_speakers(project, [replace_photo(first[0], other)])
        assert len(project.audit_log()) == log_size + 1
        assert project.audit_log()[0].action == "quotes.speakers"
    assert not old.exists() and second[0].photo.is_file()
    assert [p.name for p in (folder / PORTRAITS_DIR).iterdir()] == [second[0].photo.name]


def replace_photo(speaker: Speaker, photo) -> Speaker:
    return replace(speaker, photo=photo)


def test_a_project_without_speakers_has_none_and_a_newer_or_damaged_document_is_refused(folder):
    with Project.open(folder) as project:
        assert load_speakers(project) == ()
        project.update_settings(SETTINGS_KEY, {"version": 7, "speakers": []})
        with pytest.raises(ProjectTooNew):
            load_speakers(project)
        project.update_settings(SETTINGS_KEY, {"version": 1, "speakers": [{"role": "no name, no quote"}]})
        with pytest.raises(InvalidValue) as caught:
            load_speakers(project)
    assert str(folder) in str(caught.value) and "quote speakers" in str(caught.value)


def test_quote_length_counts_what_people_see():
    assert quote_length("Cafe\u0301") == 4  # e + combining acute: one character
    assert quote_length("😀 ok") == 4  # one emoji is one character (two UTF-16 units)
    assert quote_length("  many   spaces \n here ") == len("many spaces here")


def test_the_preview_is_the_export_at_a_smaller_size(folder, tmp_path):
    speaker = Speaker("Claire Dubois", "Mayor of Testville", "Our city is stronger with every voice.", "en",
                      contribution_id=1)
    square = render_quote_preview(QuotePreviewSpec(folder, speaker, "quote_square", 360))
    poster = render_quote_preview(QuotePreviewSpec(folder, speaker, "quote_poster", 360))
    assert square.image.size == (360, 360) and square.problem == ""
    assert poster.image.width == 360
    assert poster.image.height / poster.image.width == pytest.approx(426 / 303, abs=0.01)  # A3 + 3 mm bleed

    result = render_quotes(QuoteSpec(folder, (speaker,), out_dir=tmp_path / "out"))
    (pdf,) = result.of_kind(".pdf")
    (page,) = read_page_boxes(pdf)
    assert page["media"][2:] == pytest.approx((303, 426), abs=0.01)
    assert layout_difference(pdf_page_image(pdf), poster.image) < LAYOUT_TOLERANCE
    (jpeg,) = result.of_kind(".jpg")
    with Image.open(jpeg) as exported:
        assert layout_difference(exported, square.image) < LAYOUT_TOLERANCE
    other = render_quote_preview(QuotePreviewSpec(folder, replace(speaker, quote=speaker.quote + " Every one."),
                                                  "quote_square", 360))
    assert layout_difference(other.image, square.image) > 2 * LAYOUT_TOLERANCE  # the measure sees a changed text


def test_the_preview_says_when_a_portraits_consent_leaves_an_output_out(folder):
    speaker = Speaker("Nour", "Café owner", "Everyone is welcome at my table.", "en", contribution_id=4)  # social only
    preview = render_quote_preview(QuotePreviewSpec(folder, speaker, "quote_poster", 240))
    assert preview.problem == "consent does not cover print poster"


def test_a_speaker_whose_contribution_is_gone_is_left_out_with_the_reason(folder, tmp_path):
    speakers = (Speaker("Gone", "Resident", "Hello.", "en", contribution_id=999),
                Speaker("Here", "Resident", "Hello.", "en"))
    result = render_quotes(QuoteSpec(folder, speakers, out_dir=tmp_path / "out"))
    assert (999, "no longer in the project") in result.skipped
    assert [p.name for p in result.of_kind(".pdf")] == ["testville_migrants-18december_quote_02_here_A3.pdf"]


def test_cli_renders_the_saved_speakers_without_a_speakers_file(folder, official, capsys):
    from icc_studio.cli.main import main

    assert main(["render", str(folder), "quotes", "--no-progress"]) == 1
    assert "no saved speakers" in capsys.readouterr().err
    with Project.open(folder) as project:
        save_speakers(project, [Speaker("Claire Dubois", "Mayor", "Every voice counts.", "en", photo=official),
                                Speaker("Amina", "Nurse", "I am a nurse and a mother.", "en", contribution_id=1)])
    assert main(["render", str(folder), "quotes", "--json"]) == 0
    files = json.loads(capsys.readouterr().out)["files"]
    names = sorted(p.rsplit("/", 1)[-1] for p in files)
    assert names == ["testville_migrants-18december_quote_01_claire-dubois_A3.pdf",
                     "testville_migrants-18december_quote_01_claire-dubois_square.alt.txt",
                     "testville_migrants-18december_quote_01_claire-dubois_square.jpg",
                     "testville_migrants-18december_quote_02_amina_A3.pdf",
                     "testville_migrants-18december_quote_02_amina_square.alt.txt",
                     "testville_migrants-18december_quote_02_amina_square.jpg"]
    assert all(str(folder / "exports" / "quotes") in p for p in files)

    with Project.open(folder) as project:  # one speaker less: the project's folder keeps no poster of the other
        save_speakers(project, load_speakers(project)[1:])
    assert main(["render", str(folder), "quotes", "--no-progress"]) == 0
    assert sorted(p.name for p in (folder / "exports" / "quotes").iterdir()) == [
        "testville_migrants-18december_quote_01_amina_A3.pdf",
        "testville_migrants-18december_quote_01_amina_square.alt.txt",
        "testville_migrants-18december_quote_01_amina_square.jpg"]


def test_cli_speakers_file_still_wins(folder, official, tmp_path, capsys):
    from icc_studio.cli.main import main

    with Project.open(folder) as project:
        save_speakers(project, [Speaker("Saved", "Mayor", "Saved words.", "en")])
    speakers = tmp_path / "speakers.json"
    speakers.write_text(json.dumps([{"name": "From File", "role": "Poet", "quote": "Words.", "photo": official.name}]),
                        encoding="utf-8")
    assert main(["render", str(folder), "quotes", "--speakers", str(speakers), "--out", str(tmp_path / "o"),
                 "--no-progress"]) == 0
    assert sorted(p.name for p in (tmp_path / "o").glob("*.pdf")) == [
        "testville_migrants-18december_quote_01_from-file_A3.pdf"]
    speakers.write_text('{"name": "not a list"}', encoding="utf-8")
    assert main(["render", str(folder), "quotes", "--speakers", str(speakers), "--no-progress"]) == 1
    assert "speakers.json" in capsys.readouterr().err

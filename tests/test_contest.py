"""The student contest: scores, ranking and its tie-breaks, incomplete entries, who may appear on the winner's
card, the card itself (square and story, English and Arabic, a clip's still), erasure, and the CLI."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from icc_studio.cli.main import main as cli
from icc_studio.core import contest
from icc_studio.core.assets.common import cut_photo, face_crop, photo_source
from icc_studio.core.assets.winner_card import FORMATS, WinnerCardSpec, _window, render_winner_card
from icc_studio.core.contest import Category, InvalidScore, JurorExists, NotEntered, TieBreak
from icc_studio.core.errors import NotFound
from icc_studio.core.kits import load_builtin_kit
from icc_studio.core.packages import EraseSpec, erase_contributor
from icc_studio.core.store import MediaInfo, MediaKind, Project, Purpose, Status

from ._assets_support import make_project
from ._clips_support import grey_of, make_clip

# make_project's contributions: 1 Amina, 2 Layla (ar), 3 Tomás, 4 Nour (social media only), 5 Lukas (print only:
# not on a public card), 6 Mia (a minor), 7 Awa, 8 Rosa.
LUKAS, MIA = 5, 6


@pytest.fixture
def folder(tmp_path) -> Path:
    return make_project(tmp_path / "project")


def _jury(project: Project, *names: str) -> list[int]:
    return [contest.add_juror(project, name).id for name in names]


def _score(project: Project, jurors: list[int], entry: int, values) -> None:
    for juror, value in zip(jurors, values):
        if value is not None:
            contest.set_score(project, juror, entry, value)


# -- scores -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, value", [("7", 7.0), ("7.5", 7.5), ("7,5", 7.5), ("7½", 7.5), (" 10 ", 10.0),
                                         ("0", 0.0), (".5", 0.5), (9.5, 9.5), (3, 3.0)])
def test_scores_are_numbers_from_0_to_10_in_half_points(text, value):
    assert contest.parse_score(text) == value


@pytest.mark.parametrize("text", ["10.5", "-1", "7.3", "seven", "", "nan", "inf", True, None])
def test_other_scores_are_refused_with_a_clear_message(text):
    with pytest.raises(InvalidScore) as caught:
        contest.parse_score(text)
    assert "0 to 10" in str(caught.value) and caught.value.code == "contest-invalid-score"


def test_one_score_per_juror_and_entry_with_its_comment_and_time(folder):
    with Project.open(folder) as project:
        ana, = _jury(project, "Ana")
        contest.add_entry(project, 1)
        first = contest.set_score(project, ana, 1, "7", comment="  bold   light ")
        second = contest.set_score(project, ana, 1, 8.5)  # the comment stays
        assert (second.score, second.comment) == (8.5, "bold light") and second.updated_at >= first.updated_at
        assert list(contest.scores(project)) == [(ana, 1)]
        with pytest.raises(sqlite3.IntegrityError):  # the database refuses what the core would
            with project.transaction() as conn:
                conn.execute("UPDATE contest_scores SET score = 7.3")
        assert contest.set_score(project, ana, 1, None) is None
        assert contest.scores(project) == {}
        with pytest.raises(NotFound):
            contest.set_score(project, ana, 2, 5)  # not an entry
        with pytest.raises(NotFound):
            contest.set_score(project, 999, 1, 5)


# -- jurors and entries ---------------------------------------------------------------------------------------


def test_jurors_are_unique_whatever_the_case_and_take_their_scores_with_them(folder):
    with Project.open(folder) as project:
        chloe, ben = _jury(project, "Chloé  Martin", "Ben")
        assert contest.find_juror(project, "CHLOÉ MARTIN").id == chloe
        assert contest.find_juror(project, str(ben)).name == "Ben"
        with pytest.raises(JurorExists):
            contest.add_juror(project, "chloé martin")
        with pytest.raises(JurorExists):
            contest.rename_juror(project, ben, "CHLOÉ Martin")
        assert contest.rename_juror(project, ben, "Benoît").name == "Benoît"
        contest.add_entry(project, 1)
        _score(project, [chloe, ben], 1, [6, 7])
        contest.remove_juror(project, chloe)
        assert [j.name for j in contest.jurors(project)] == ["Benoît"]
        assert list(contest.scores(project)) == [(ben, 1)]


def test_only_approved_photos_and_clips_enter_in_the_category_of_their_kind(folder):
    with Project.open(folder) as project:
        project.set_status([2], Status.PENDING)
        with pytest.raises(NotEntered, match="not approved"):
            contest.add_entry(project, 2)
        with pytest.raises(NotEntered, match="photo category"):
            contest.add_entry(project, 1, category="video")
        entry = contest.add_entry(project, 1, note="Class 4B,  Lycée Jean Jaurès")
        assert (entry.category, entry.note, entry.entrant) == (Category.PHOTO, "Class 4B, Lycée Jean Jaurès",
                                                               "Amina Example")
        with pytest.raises(NotEntered, match="already"):
            contest.add_entry(project, 1)
        assert contest.add_entry(project, MIA).minor
        contest.remove_entry(project, MIA)
        assert [e.id for e in contest.entries(project)] == [1]
        assert contest.entries(project, "video") == []


# -- ranking -----------------------------------------------------------------------------------------------------


def test_ranking_by_mean_with_ties_settled_by_scores_median_then_order(folder):
    with Project.open(folder) as project:
        jury = _jury(project, "Ana", "Ben", "Chloé")
        for cid in range(1, 7):
            contest.add_entry(project, cid)
        _score(project, jury, 1, [8, 8, 8])        # mean 8, median 8
        _score(project, jury, 2, [6, 9, 9])        # mean 8, median 9
        _score(project, jury, 3, [7, 7, 10])       # mean 8, median 7
        _score(project, jury, 4, [8, 8, None])     # mean 8 with two scores only
        _score(project, jury, 5, [9, 9.5, 8.5])    # mean 9
        _score(project, jury, 6, [8.5, 9, 9.5])    # mean 9, the same median: submitted later
        board = contest.ranking(project, "photo")

    order = [(r.rank, r.entry.id, r.tie_break) for r in board.rows]
    assert order == [(1, 5, TieBreak.NONE), (2, 6, TieBreak.ORDER), (3, 2, TieBreak.NONE),
                     (4, 1, TieBreak.MEDIAN), (5, 3, TieBreak.MEDIAN), (6, 4, TieBreak.SCORES)]
    assert board.row(5).mean_value == 9.0 and board.row(3).median_value == 7.0
    assert board.row(4).missing == (jury[2],) and not board.row(4).complete
    assert [r.entry.id for r in board.incomplete] == [4]
    assert board.winner.entry.id == 5 and not board.final


def test_the_winner_is_final_only_when_every_juror_scored_every_entry(folder):
    with Project.open(folder) as project:
        jury = _jury(project, "Ana", "Ben")
        contest.add_entry(project, 1)
        contest.add_entry(project, 2)
        assert contest.ranking(project, "photo").winner is None  # nobody scored yet
        _score(project, jury, 1, [7, 7])
        board = contest.ranking(project, "photo")
        assert board.winner.entry.id == 1 and not board.final
        assert [(r.rank, r.entry.id, r.count) for r in board.rows] == [(1, 1, 2), (None, 2, 0)]
        _score(project, jury, 2, [9, 9.5])
        board = contest.ranking(project, "photo")
        assert board.final and board.winner.entry.id == 2 and board.winner.mean_value == 9.25
        contest.add_juror(project, "Chloé")  # a new juror: nothing is final until they have scored
        assert not contest.ranking(project, "photo").final


def test_an_entry_no_longer_approved_is_left_out_of_the_ranking(folder):
    with Project.open(folder) as project:
        jury = _jury(project, "Ana")
        contest.add_entry(project, 1)
        contest.add_entry(project, 2)
        _score(project, jury, 1, [6])
        _score(project, jury, 2, [9])
        project.set_status([2], Status.WITHDRAWN, reason="asked by the family")
        board = contest.ranking(project, "photo")
    assert board.winner.entry.id == 1 and board.final
    assert board.row(2).rank is None and "not approved" in board.row(2).out_reason


def test_consent_decides_who_may_be_on_a_public_card(folder):
    with Project.open(folder) as project:
        for cid in (1, LUKAS):
            contest.add_entry(project, cid)
        board = contest.ranking(project, "photo")
    assert board.row(1).publish_reason == ""
    assert board.row(LUKAS).publish_reason == "consent does not cover social media"


# -- the winner's card -------------------------------------------------------------------------------------------


def _final_photo_contest(project: Project, winner: int, others=(1, 3)) -> None:
    jury = _jury(project, "Ana", "Ben")
    for cid in (winner, *others):
        contest.add_entry(project, cid)
        _score(project, jury, cid, [9, 9.5] if cid == winner else [6, 7])


def test_the_winners_card_square_and_story_in_english_and_arabic(folder):
    with Project.open(folder) as project:
        _final_photo_contest(project, 2)  # Layla
    result = render_winner_card(WinnerCardSpec(folder, category="photo"))

    assert result.contribution_id == 2 and result.final and result.credit == "Layla"
    images = result.images
    assert sorted(p.relative_to(folder / "exports" / "contest").as_posix() for p in images) == [
        f"{lang}/testville_migrants-18december_winner-photo_{fmt}_{lang}_c0002.jpg"
        for lang in ("ar", "en") for fmt in ("square", "story")]
    for path in images:
        with Image.open(path) as image:
            assert image.format == "JPEG" and not image.getexif() and "exif" not in image.info
            assert image.size == ((1080, 1080) if "_square_" in path.name else (1080, 1920))
    alt = {p.parent.name: p.with_suffix(".alt.txt").read_text(encoding="utf-8") for p in images if "_square_" in p.name}
    assert "winning photo" in alt["en"] and "Testville" in alt["en"] and "Layla" in alt["en"]
    assert "الصورة الفائزة" in alt["ar"] and "Layla" in alt["ar"] and "Example" not in alt["ar"]

    # The photo window shows the winner's photo cut on its faces, not another entry's.
    kit = load_builtin_kit("migrants-18december")
    window = _window(kit, "feed_square")
    left, top = (round(v * 1080) for v in (kit.template("feed_square").box("photo").x,
                                           kit.template("feed_square").box("photo").y))
    with Image.open(next(p for p in images if p.name.endswith("_square_en_c0002.jpg"))) as card:
        shown = np.asarray(card.convert("RGB").crop((left, top + window[1] // 3, left + window[0],
                                                     top + window[1] * 2 // 3)), np.float32)
    with Project.open(folder) as project:
        cuts = {cid: cut_photo(s, window, face_crop(s, window[0] / window[1]))
                for cid, s in ((cid, photo_source(project, project.contribution(cid))) for cid in (2, 1))}
    diffs = {cid: float(np.abs(np.asarray(img.crop((0, window[1] // 3, window[0], window[1] * 2 // 3)), np.float32)
                               - shown).mean()) for cid, img in cuts.items()}
    assert diffs[2] < 8 < diffs[1], diffs

    # The two languages differ in their words, not in their picture.
    with Image.open(images[0]) as a, Image.open(images[2]) as b:
        caption_a = np.asarray(a.convert("L").crop((60, 820, 780, 980)), np.float32)
        caption_b = np.asarray(b.convert("L").crop((60, 820, 780, 980)), np.float32)
    assert float(np.abs(caption_a - caption_b).mean()) > 3


def test_no_card_before_the_ranking_is_final_unless_provisional(folder):
    with Project.open(folder) as project:
        _final_photo_contest(project, 2)
        contest.add_juror(project, "Chloé")
    with pytest.raises(contest.WinnerNotFinal) as caught:
        render_winner_card(WinnerCardSpec(folder))
    assert caught.value.params["missing"] == 3 and "3 scores missing on 3 entries" in str(caught.value)
    assert not (folder / "exports" / "contest").exists()
    result = render_winner_card(WinnerCardSpec(folder, provisional=True, languages=("en",), formats=("square",)))
    assert not result.final and len(result.images) == 1


def test_a_winner_whose_consent_does_not_cover_social_media_gets_no_card(folder):
    with Project.open(folder) as project:
        _final_photo_contest(project, LUKAS)
    with pytest.raises(contest.WinnerNotPublishable, match="consent does not cover social media"):
        render_winner_card(WinnerCardSpec(folder))
    assert not (folder / "exports" / "contest").exists()


def test_a_minor_winner_is_not_named(folder):
    with Project.open(folder) as project:
        _final_photo_contest(project, MIA)
    result = render_winner_card(WinnerCardSpec(folder, languages=("en",)))
    assert result.credit == ""
    assert all("Mia" not in p.read_text(encoding="utf-8") for p in result.files if p.suffix == ".txt")


def test_a_new_winner_replaces_the_cards_of_the_earlier_one_and_unchanged_cards_are_kept(folder):
    with Project.open(folder) as project:
        _final_photo_contest(project, 2)
    first = render_winner_card(WinnerCardSpec(folder, languages=("en",)))
    again = render_winner_card(WinnerCardSpec(folder, languages=("en",)))
    assert again.cached and again.files == first.files
    with Project.open(folder) as project:
        jury = [j.id for j in contest.jurors(project)]
        _score(project, jury, 3, [10, 10])
    second = render_winner_card(WinnerCardSpec(folder, languages=("en",)))
    assert second.contribution_id == 3 and not second.cached
    left = sorted(p.name for p in (folder / "exports" / "contest").rglob("*.jpg"))
    assert left == sorted(p.name for p in second.images) and all("_c0003" in name for name in left)


def _add_clip(project: Project, path: Path, name: str = "Jonas") -> int:
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    target = project.media_path(sha, "mp4")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    cid = project.add_contribution(media_sha256=sha, media_info=MediaInfo(MediaKind.CLIP, "mp4", "mp4", 160, 96, 2.0),
                                   size_bytes=len(data), original_name=path.name)
    person = project.add_contributor(name)
    project.record_consent(person, purposes=list(Purpose), text_version="v1", language="en", method="paper")
    project.update_contribution(cid, contributor_id=person, caption="my street", language="en")
    project.set_status([cid], Status.APPROVED)
    return cid


def test_a_video_entrys_card_shows_a_frame_from_the_middle_of_its_clip(folder, tmp_path):
    clip = make_clip(tmp_path / "entry.mp4", seconds=2.0, audio=False)
    with Project.open(folder) as project:
        cid = _add_clip(project, clip)
        assert contest.add_entry(project, cid).category == Category.VIDEO
        ana, = _jury(project, "Ana")
        _score(project, [ana], cid, [8])
    result = render_winner_card(WinnerCardSpec(folder, category="video", languages=("en",), formats=("square",)))
    kit = load_builtin_kit("migrants-18december")
    box = kit.template("feed_square").box("photo")
    with Image.open(result.images[0]) as card:
        patch = card.convert("L").crop((round((box.x + box.w * 0.55) * 1080), round((box.y + box.h * 0.55) * 1080),
                                        round((box.x + box.w * 0.7) * 1080), round((box.y + box.h * 0.7) * 1080)))
    grey = float(np.asarray(patch, np.float32).mean())
    assert abs(grey - grey_of(30)) < 8, grey  # frame 30 of 60: the middle of the clip
    assert "_winner-video_square_en_c" in result.images[0].name and result.credit == "Jonas"


# -- erasure and the schema ------------------------------------------------------------------------------------


def test_erasing_an_entrant_takes_the_entry_its_scores_and_its_cards(folder):
    with Project.open(folder) as project:
        _final_photo_contest(project, 2)
        layla = project.contribution(2).contributor_id
        cascade = {(r["table"], r["on_delete"]) for table in ("contest_entries", "contest_scores")
                   for r in project.query(f"PRAGMA foreign_key_list({table})")}
        assert cascade == {("contributions", "CASCADE"), ("contest_jurors", "CASCADE"),
                           ("contest_entries", "CASCADE")}
    cards = render_winner_card(WinnerCardSpec(folder)).files
    assert cards and all(p.is_file() for p in cards)

    erase_contributor(EraseSpec(folder, contributor_id=layla))

    assert not any(p.exists() for p in cards)
    with Project.open(folder) as project:
        assert [e.id for e in contest.entries(project)] == [1, 3]
        assert all(cid != 2 for _j, cid in contest.scores(project))
        assert project.query("PRAGMA foreign_key_check") == []
        board = contest.ranking(project, "photo")
        assert board.final and board.winner.entry.id in (1, 3)
        assert not [e for e in project.audit_log() if e.target == "contribution:2" and "score" in e.details]


# -- the command line --------------------------------------------------------------------------------------------


def test_command_line_round_trip(folder, capsys):
    d = str(folder)
    assert cli(["contest", d, "jurors", "add", "Ana", "Ben Okafor"]) == 0
    assert cli(["contest", d, "entry", "add", "1", "2", "--note", "Class 4B"]) == 0
    for juror, entry, score in (("ana", "1", "7"), ("Ben Okafor", "1", "8,5"), ("1", "2", "9"), ("2", "2", "9.5")):
        assert cli(["contest", d, "score", juror, entry, score]) == 0
    capsys.readouterr()
    assert cli(["contest", d, "score", "Ana", "1", "11"]) == 1
    assert "not a score" in capsys.readouterr().err
    assert cli(["contest", d, "score", "Nobody", "1", "5"]) == 1
    assert cli(["contest", d, "entry", "add", "999"]) == 1
    capsys.readouterr()

    assert cli(["contest", d, "ranking", "--category", "photo", "--json"]) == 0
    board, = json.loads(capsys.readouterr().out)
    assert board["final"] and board["winner"] == 2
    assert [(e["rank"], e["id"], e["mean"]) for e in board["entries"]] == [(1, 2, 9.25), (2, 1, 7.75)]
    assert board["entries"][1]["scores"] == {"Ana": 7.0, "Ben Okafor": 8.5}

    assert cli(["contest", d, "ranking"]) == 0
    text = capsys.readouterr().out
    assert "Photo category: 2 entries, 2 jurors — ranking final" in text and "winner: #2" in text

    assert cli(["contest", d, "entry", "list", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert [(e["id"], e["note"], e["publishable"]) for e in entries] == [(1, "Class 4B", True), (2, "Class 4B", True)]

    assert cli(["render", d, "winner", "--category", "photo", "--lang", "en", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["winner"] == 2 and result["credit"] == "Layla" and len(result["files"]) == 4
    assert all(Path(f).is_file() for f in result["files"])

    assert cli(["contest", d, "score", "Ana", "2", "-"]) == 0
    capsys.readouterr()
    assert cli(["render", d, "winner", "--lang", "en"]) == 1
    assert "not final" in capsys.readouterr().err
    assert cli(["contest", d, "jurors", "remove", "Ana"]) == 0
    assert cli(["contest", d, "entry", "remove", "1"]) == 0
    capsys.readouterr()
    assert cli(["contest", d, "jurors", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"id": 2, "name": "Ben Okafor", "scores": 1}]


def test_formats_are_the_kits_square_and_story():
    kit = load_builtin_kit("migrants-18december")
    assert {fmt: kit.template(output).size for fmt, output in FORMATS.items()} == {"square": (1080, 1080),
                                                                                    "story": (1080, 1920)}

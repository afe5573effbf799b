"""The Editor on real widgets, offscreen: crops by mouse and keys, saved as manual and rendered as
previewed; the caption's limit; undo/redo; safe zones; navigation."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("PySide6")

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from PIL import Image  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402

from icc_studio.core.render.crop_edit import CropFrame  # noqa: E402
from icc_studio.core.render.photo_job import ItemStatus, RenderPhotosSpec, render_photos  # noqa: E402
from icc_studio.core.render.photos import CropRect, photo_aspect  # noqa: E402
from icc_studio.core.render.preview import framed_preview_spec, render_framed_preview  # noqa: E402
from icc_studio.core.store import MediaKind, Purpose, Status  # noqa: E402

from ._gui_support import close_window, demo_copy, open_window  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, demo_copy(tmp_path / "project"))
    win.show()
    qtbot.waitExposed(win)
    yield win
    close_window(win)


def _renderable(project) -> int:
    """A photo the export renders: approved, with consent for social media."""
    return next(c.id for c in project.contributions()
                if c.kind == MediaKind.PHOTO and c.status == Status.APPROVED and Purpose.SOCIAL_MEDIA in c.purposes)


def _open_editor(window, qtbot, contribution_id):
    page = window.show_page("contributions")
    assert page.select_contribution(contribution_id)
    qtbot.keyClick(page.view, Qt.Key.Key_E)
    editor = window.stack.currentWidget()
    assert editor.page_id == "editor" and editor.contribution.id == contribution_id
    qtbot.waitUntil(lambda: not editor.crop_view.image.isNull(), timeout=10000)
    return editor


def _centre(rect) -> QPoint:
    return rect.center().toPoint()


def _difference(a: Image.Image, b: Image.Image) -> float:
    return float(np.abs(np.asarray(a, np.int16) - np.asarray(b, np.int16)).mean())


def test_crop_by_mouse_and_keys_is_saved_and_rendered_as_previewed(window, qtbot):
    project = window.context.session.project
    cid = _renderable(project)
    editor = _open_editor(window, qtbot, cid)
    editor.set_output("feed_square")
    view = editor.crop_view
    proposal = editor.crops["feed_square"].proposal
    assert view.crop is not None
    assert not editor.crops["feed_square"].manual and "feed_square" not in {
        k for k, v in project.crops(cid).items() if v.source == "manual"}

    # shrink it from the bottom-right corner, so that there is room to move
    corner = view.crop_rect().bottomRight().toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.mouseMove(view, corner - QPoint(90, 90))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=corner - QPoint(90, 90))
    resized = view.crop
    assert resized.w < proposal.w and resized.h < proposal.h
    media = project.media(project.contribution(cid).media_sha256)
    aspect = photo_aspect(editor.kit, "feed_square")
    assert resized.w * media.width / (resized.h * media.height) == pytest.approx(aspect, rel=1e-3)

    # drag it by its middle
    start = _centre(view.crop_rect())
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, start + QPoint(25, 15))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(25, 15))
    moved = view.crop
    assert moved.x > resized.x and moved.y > resized.y and moved.w == pytest.approx(resized.w)

    # keys: an arrow moves by 1 % of the photo, Shift+arrow resizes around the centre
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.crop.x == pytest.approx(moved.x - 0.01, abs=1e-6)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert view.crop.w > moved.w
    final = view.crop
    for value in (final.x, final.y, final.x + final.w, final.y + final.h):
        assert -1e-9 <= value <= 1 + 1e-9  # inside the photo

    stored = project.crops(cid)["feed_square"]
    assert stored.source == "manual"
    assert (stored.x, stored.y, stored.w, stored.h) == pytest.approx((final.x, final.y, final.w, final.h))

    # the preview catches up with the edits, drawn by the export renderer
    qtbot.waitUntil(editor.preview_is_current, timeout=15000)
    shown = editor.shown_preview_image
    assert editor.shown_preview[2] == final

    report = render_photos(RenderPhotosSpec(project.folder, outputs=("feed_square",), contribution_ids=(cid,),
                                            workers=1, force=True))
    [result] = [r for r in report.results if r.status == ItemStatus.RENDERED]
    exported = Image.open(result.path).convert("RGB").resize(shown.size, Image.Resampling.LANCZOS)
    same = _difference(exported, shown)
    # the proposal's preview differs clearly: the comparison would catch a wrong crop
    proposal_preview = render_framed_preview(framed_preview_spec(project, cid, "feed_square", shown.width,
                                                                  crop=proposal))
    other = _difference(exported, proposal_preview)
    assert same < 4.0, same
    assert other > 3 * same and other > 8.0, (same, other)


def test_caption_limit_and_undo_redo_of_crop_and_caption(window, qtbot):
    project = window.context.session.project
    cid = _renderable(project)
    original = project.contribution(cid).caption
    editor = _open_editor(window, qtbot, cid)
    limit = editor.kit.limits.message_max_length

    # over the limit: counted, shown in red, explained, never saved
    editor.caption_edit.setFocus()
    editor.caption_edit.selectAll()
    qtbot.keyClicks(editor.caption_edit, "x" * (limit + 5))
    assert editor.caption_counter.text() == f"{limit + 5} / {limit}"
    assert "b3261e" in editor.caption_counter.styleSheet()
    assert not editor.commit_caption()
    assert editor.caption_message.isVisible()
    assert "5 character" in editor.caption_message.text() and str(limit) in editor.caption_message.text()
    assert project.contribution(cid).caption == original
    assert not editor.step(1)  # cannot leave with a message over the limit
    assert editor.contribution.id == cid

    # a message within the limit is saved when the field is left
    editor.caption_edit.setText("a baker and a neighbour")
    assert not editor.caption_message.isVisible()
    editor.crop_view.setFocus()  # leaving the field saves it
    qtbot.waitUntil(lambda: project.contribution(cid).caption == "a baker and a neighbour", timeout=3000)

    # a crop moved by a key
    before = editor.crop_view.crop
    qtbot.keyClick(editor.crop_view, Qt.Key.Key_Down)
    qtbot.keyClick(editor.crop_view, Qt.Key.Key_Down)  # key presses in a row are one step
    moved = editor.crop_view.crop
    assert project.crops(cid)[editor.output].source == "manual"

    # Ctrl+Z: the crop comes back (and is no longer hand-set), then the caption
    qtbot.keyClick(editor.crop_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.crop_view.crop == before
    assert project.crops(cid)[editor.output].source == "auto"
    qtbot.keyClick(editor.crop_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert project.contribution(cid).caption == original
    assert editor.caption_edit.text() == original
    # Ctrl+Shift+Z: and forward again
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor.crop_view, Qt.Key.Key_Z, redo)
    assert project.contribution(cid).caption == "a baker and a neighbour"
    qtbot.keyClick(editor.crop_view, Qt.Key.Key_Z, redo)
    assert editor.crop_view.crop == moved
    stored = project.crops(cid)[editor.output]
    assert stored.source == "manual" and stored.y == pytest.approx(moved.y)

    # typing then Ctrl+Z in the field takes the typing back (the page's undo, not the field's)
    editor.caption_edit.setFocus()
    editor.caption_edit.end(False)
    qtbot.keyClicks(editor.caption_edit, " too")
    qtbot.keyClick(editor.caption_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.caption_edit.text() == "a baker and a neighbour"
    assert project.contribution(cid).caption == "a baker and a neighbour"

    # the alt text is saved and undone too
    editor.alt_edit.setPlainText("A smiling resident")
    assert editor.commit_alt_text()
    assert project.contribution(cid).alt_text == "A smiling resident"
    editor.undo()
    assert project.contribution(cid).alt_text != "A smiling resident"


def test_reset_safe_zones_and_navigation(window, qtbot):
    project = window.context.session.project
    cid = _renderable(project)
    editor = _open_editor(window, qtbot, cid)

    editor.set_output("story")
    names = {zone.name for zone in editor.preview.zones}
    assert {"top_bar", "reply_bar"} <= names
    editor.set_output("profile")
    assert [zone.shape for zone in editor.preview.zones] == ["ellipse"] and editor.crop_view.circle
    assert "facebook_cover" in editor.crops  # the kit has a cover: its mobile crop is shown
    editor.set_output("facebook_cover")
    assert "mobile" in {zone.name for zone in editor.preview.zones}
    qtbot.waitUntil(editor.preview_is_current, timeout=15000)
    with_zones = editor.preview.grab().toImage()
    editor.zones_check.setChecked(False)
    assert with_zones != editor.preview.grab().toImage()  # the overlay is drawn, and can be hidden

    # reset to the proposal
    editor.set_output("story")
    qtbot.keyClick(editor.crop_view, Qt.Key.Key_Right)
    assert project.crops(cid)["story"].source == "manual"
    editor.reset_action.trigger()
    assert project.crops(cid)["story"].source == "auto"
    assert editor.crop_view.crop == editor.crops["story"].proposal

    # Page Down / Page Up: the next and previous contribution, in the grid's order
    ids = editor.ids
    position = ids.index(cid)
    qtbot.keyClick(editor.crop_view, Qt.Key.Key_PageDown)
    assert editor.contribution.id == ids[position + 1]
    qtbot.keyClick(editor.crop_view, Qt.Key.Key_PageUp)
    assert editor.contribution.id == cid

    # a clip: no crop, but its message can be edited
    clip = next(c for c in project.contributions() if c.kind == MediaKind.CLIP)
    assert editor.open_contribution(clip.id)
    assert editor.crop_view.crop is None and not editor.format_buttons["story"].isEnabled()
    assert editor.caption_edit.isEnabled()

    # Esc goes back to the grid with the contribution selected
    qtbot.keyClick(editor.caption_edit, Qt.Key.Key_Escape)
    page = window.stack.currentWidget()
    assert page.page_id == "contributions" and [c.id for c in page.selected()] == [clip.id]


@settings(max_examples=200, deadline=None)
@given(size=st.tuples(st.integers(50, 6000), st.integers(50, 6000)), aspect=st.sampled_from([1.0, 0.8, 9 / 16, 3.0]),
       start=st.tuples(st.floats(0, 1), st.floats(0, 1)), pointer=st.tuples(st.floats(-0.5, 1.5), st.floats(-0.5, 1.5)),
       dx=st.floats(-2, 2), dy=st.floats(-2, 2), factor=st.floats(0.01, 50))
def test_crop_edits_keep_the_aspect_and_stay_inside(size, aspect, start, pointer, dx, dy, factor):
    frame = CropFrame(size[0], size[1], aspect)
    dragged = frame.drag_corner(start, pointer)
    for crop in (dragged, frame.move(dragged, dx, dy), frame.scale(dragged, factor), frame.fit(CropRect(0, 0, 1, 1))):
        assert 0 <= crop.x and 0 <= crop.y and crop.x + crop.w <= 1 + 1e-9 and crop.y + crop.h <= 1 + 1e-9
        # the aspect is kept to the pixel (a crop already right to the pixel, like a proposal, is kept as it is)
        assert abs(crop.w * size[0] - crop.h * size[1] * aspect) <= 1.5 + 1e-6
        assert crop.w * size[0] >= frame.min_width - 1e-6

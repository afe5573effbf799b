"""Every visible string of every page is translated in French and in Arabic, after a live
language switch too: a text that a page set once and forgot to translate again shows up
here in English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit,  # noqa: E402
                               QPlainTextEdit, QTabWidget, QWidget)

from icc_studio.core.importing import ImportSpec, import_files  # noqa: E402
from icc_studio.core.store import Project  # noqa: E402
from icc_studio.gui.app import create_app  # noqa: E402

from .conftest import make_photo  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def needing_translation(lang: str) -> dict[str, str]:
    """English source → translation, for the messages whose translation differs from the source."""
    found = {}
    for message in ET.parse(ROOT / "translations" / f"icc_studio_{lang}.ts").getroot().iter("message"):
        if message.get("numerus") == "yes":
            continue
        source = (message.findtext("source") or "").replace("&", "")
        translation = (message.find("translation").text or "").replace("&", "")
        if source.strip() and translation and translation != source and any(c.isalpha() for c in source):
            found[source] = translation
    return found


def visible_texts(widget: QWidget) -> set[str]:
    texts: set[str] = set()
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.add(child.text())
        if isinstance(child, QGroupBox):
            texts.add(child.title())
        if isinstance(child, QLineEdit):
            texts.add(child.placeholderText())
        if isinstance(child, QPlainTextEdit):
            texts.add(child.placeholderText())
        if isinstance(child, QComboBox):
            texts.update(child.itemText(i) for i in range(child.count()))
        if isinstance(child, QTabWidget):
            texts.update(child.tabText(i) for i in range(child.count()))
        texts.add(child.toolTip())
        texts.add(child.accessibleName())
    return {t.replace("&", "") for t in texts if t}


@pytest.fixture
def window(qtbot, tmp_path):
    photos = tmp_path / "in"
    photos.mkdir()
    for i in range(2):
        make_photo(photos / f"p{i}.jpg", size=(320, 240), seed=i)
    folder = tmp_path / "project"
    Project.create(folder, city="Testville", kit_id="migrants-18december", languages=["fr", "ar"],
                   campaign_year=2026).close()
    import_files(ImportSpec(folder, [photos]))
    _app, win = create_app()
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    win.context.languages.set_language("en")
    assert win.open_project(folder)
    yield win
    win.context.languages.set_language("en")  # the translators are the application's: leave it as found
    win.context.jobs.cancel_all()
    win.context.jobs.wait(10000)
    win.context.session.close()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_no_page_shows_english_after_switching_language(window, qtbot, lang):
    english_only = needing_translation(lang)
    window.context.languages.set_language(lang)
    problems = []
    for page in window.pages:
        window.show_page(page.page_id)
        qtbot.wait(50)
        for text in visible_texts(page) | {window.nav.item(window.pages.index(page)).text()}:
            if text in english_only:
                problems.append(f"{page.page_id}: {text!r} (should be {english_only[text]!r})")
    for action in window.menuBar().actions():
        for item in [action, *(action.menu().actions() if action.menu() else [])]:
            text = item.text().replace("&", "")
            if text in english_only:
                problems.append(f"menu: {text!r}")
    assert problems == [], "\n".join(problems)

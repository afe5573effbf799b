"""The interface translations are complete: every string of the code is in every .ts file, translated."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS_FILES = sorted((ROOT / "translations").glob("icc_studio_*.ts"))
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def test_english_and_french_exist():
    assert {p.stem.split("_")[-1] for p in TS_FILES} >= {"en", "fr"}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_message_is_translated_with_its_placeholders(ts):
    problems = []
    for message in ET.parse(ts).iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append(f"untranslated: {source!r}")
            continue
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {source!r} → {form!r}")
    assert problems == []


def test_sources_are_up_to_date_with_the_code(tmp_path):
    """Every string the code asks to translate is in the .ts files (run scripts/build_translations.py --update)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    fresh.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr"></TS>\n')
    sources = sorted(str(p) for p in (ROOT / "icc_studio" / "gui").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", *sources, "-ts", str(fresh)], check=True)
    wanted = {(m.find("source").text, c.find("name").text) for c in ET.parse(fresh).iter("context")
              for m in c.iter("message")}
    orphans = sorted(source for source, context in wanted if not context)
    assert orphans == [], f"strings with no translation context (write translate('Context', '...')): {orphans}"
    for ts in TS_FILES:
        have = {(m.find("source").text, c.find("name").text) for c in ET.parse(ts).iter("context")
                for m in c.iter("message")}
        missing = sorted(wanted - have, key=str)
        assert missing == [], f"{ts.name} lacks {len(missing)} string(s), e.g. {missing[:3]}"

#!/usr/bin/env python3
"""Hand the interface strings of one language to a translator as JSON, and take them back.

    scripts/translations_json.py export fr strings-fr.json [--all]
    scripts/translations_json.py import fr strings-fr.json
    scripts/translations_json.py english

The JSON is a list of ``{"context", "source", "plural", "translation"}`` objects;
``translation`` is a string, or for a plural message (``"plural": true``) the list of the
language's plural forms (French 2, Arabic 6, Ukrainian 3...). ``export`` writes only
the unfinished messages unless ``--all`` is given; ``import`` fills the matching messages
of ``translations/icc_studio_<lang>.ts`` and marks them finished. Run
``scripts/build_translations.py --update`` first so that the .ts file has every string.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def ts_path(lang: str) -> Path:
    return ROOT / "translations" / f"icc_studio_{lang}.ts"


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def export(lang: str, out: Path, everything: bool) -> int:
    tree = ET.parse(ts_path(lang))
    items = []
    for name, message in _messages(tree):
        translation = message.find("translation")
        if not everything and translation.get("type") != "unfinished":
            continue
        plural = message.get("numerus") == "yes"
        forms = [f.text or "" for f in translation.findall("numerusform")]
        items.append({"context": name, "source": message.findtext("source"), "plural": plural,
                      "translation": forms if plural else (translation.text or "")})
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(items)


def save(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text("<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n" + body + "\n", encoding="utf-8")


def import_(lang: str, source: Path) -> int:
    path = ts_path(lang)
    tree = ET.parse(path)
    wanted = {(i["context"], i["source"]): i["translation"] for i in json.loads(source.read_text(encoding="utf-8"))}
    filled = 0
    for name, message in _messages(tree):
        value = wanted.get((name, message.findtext("source")))
        if value in (None, "", []):
            continue
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            for old in translation.findall("numerusform"):
                translation.remove(old)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        translation.attrib.pop("type", None)
        filled += 1
    save(tree, path)
    # lupdate writes the file back in its own canonical layout (and adds new strings of the code).
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_translations import refresh

    refresh(path)
    return filled


def english() -> int:
    """Finish the English source file: each text stands for itself; plural forms from "(s)"."""
    import re

    path = ts_path("en")
    tree = ET.parse(path)
    filled = 0
    for _name, message in _messages(tree):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            for old in translation.findall("numerusform"):
                translation.remove(old)
            for form in (re.sub(r"\((e?s)\)", "", source), re.sub(r"\((e?s)\)", r"\1", source)):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        translation.attrib.pop("type", None)
        filled += 1
    save(tree, path)
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_translations import refresh

    refresh(path)
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["export", "import", "english"])
    parser.add_argument("lang", nargs="?", default="en")
    parser.add_argument("json", type=Path, nargs="?")
    parser.add_argument("--all", action="store_true", help="export finished messages too")
    args = parser.parse_args()
    if args.action == "english":
        print(f"{english()} English message(s) finished")
        return
    if args.json is None:
        parser.error("the JSON file is needed")
    if not ts_path(args.lang).is_file():
        sys.exit(f"no {ts_path(args.lang)}: add the language to scripts/build_translations.py --new {args.lang}")
    if args.action == "export":
        print(f"{export(args.lang, args.json, args.all)} message(s) written to {args.json}")
    else:
        print(f"{import_(args.lang, args.json)} message(s) filled in {ts_path(args.lang)}")


if __name__ == "__main__":
    main()

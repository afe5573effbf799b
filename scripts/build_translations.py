#!/usr/bin/env python3
"""Compile the Qt translation sources (translations/*.ts) into .qm files beside them.

Run by `make` before the app or the tests start. `--update` first refreshes the .ts
sources from the code with pyside6-lupdate (new strings appear as unfinished).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
SOURCES = ROOT / "icc_studio" / "gui"


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials in this environment")
    return found


def refresh(ts: Path) -> None:
    """Bring one .ts source up to date with the code (new strings appear as unfinished)."""
    files = sorted(str(p) for p in SOURCES.rglob("*.py"))
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *files, "-ts", str(ts)],
                   check=True)


def update() -> None:
    for ts in sorted(TRANSLATIONS.glob("icc_studio_*.ts")):
        refresh(ts)


def new(lang: str) -> None:
    """Start the .ts source of a new interface language (every string unfinished)."""
    ts = TRANSLATIONS / f"icc_studio_{lang}.ts"
    if ts.exists():
        sys.exit(f"{ts} exists already")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  f'<TS version="2.1" language="{lang}"></TS>\n', encoding="utf-8")
    refresh(ts)


def release() -> int:
    count = 0
    for ts in sorted(TRANSLATIONS.glob("icc_studio_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="refresh .ts sources from the code first")
    parser.add_argument("--new", metavar="LANG", help="start the .ts source of a new language (e.g. uk)")
    args = parser.parse_args()
    if args.new:
        new(args.new)
    if args.update:
        update()
    built = release()
    if built:
        print(f"translations: {built} file(s) compiled")


if __name__ == "__main__":
    main()

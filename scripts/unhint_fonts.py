"""Remove the TrueType hinting programs from the bundled Noto ``.ttf`` files (resources/fonts).

Why: captions, titles and posters are drawn at 20 px and more, where hinting changes nothing
the eye can see, but FreeType runs each glyph's hinting program every time the glyph is drawn
or measured (Pillow offers no way to turn it off): it was two thirds of the time spent drawing
a caption (0.54 ms a line of 26 characters at 60 px, 0.20 ms without).

What changes in each file: the ``fpgm``, ``prep`` and ``cvt `` tables (the font's hinting
program and its control values) and the device tables that only hinted rendering uses
(``hdmx``, ``LTSH``, ``VDMX``) are removed, every glyph's instructions are emptied, and the
``maxp`` limits of the hinting interpreter are set to zero. Outlines, metrics, ``cmap``, the
OpenType layout tables (shaping) and the names are left as they were. The CJK collection is
PostScript-flavoured (CFF) and not touched.

Usage, on the files as copied from the Debian packages (see resources/fonts/README.md); it needs
fontTools (``pip install fonttools``), which the app itself does not::

    python scripts/unhint_fonts.py SOURCE_FOLDER resources/fonts
"""

from __future__ import annotations

import sys
from pathlib import Path

_HINTING_TABLES = ("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX")


def unhint(source: Path, target: Path) -> None:
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.tables import ttProgram

    font = TTFont(source)
    for tag in _HINTING_TABLES:
        if tag in font:
            del font[tag]
    glyf = font["glyf"]
    for name in glyf.keys():
        glyph = glyf[name]
        if glyph.isComposite() or glyph.numberOfContours > 0:
            glyph.program = ttProgram.Program()
            glyph.program.fromBytecode(b"")
    maxp = font["maxp"]
    for field in ("maxSizeOfInstructions", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                  "maxTwilightPoints", "maxStorage"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font.save(target)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    source, target = Path(argv[0]), Path(argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.glob("*.ttf")):
        unhint(path, target / path.name)
        print(f"{path.name}: {path.stat().st_size} → {(target / path.name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

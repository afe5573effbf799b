"""The shape of the code base: a headless core, and the security floor of the image library."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import PIL
from PIL import features

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "icc_studio" / "core"
CLI = ROOT / "icc_studio" / "cli"


def _imported_modules(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def test_core_never_imports_qt():
    offenders = {
        path: sorted(n for n in names if n.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"})
        for path, names in _imported_modules(CORE).items()
    }
    assert {p: n for p, n in offenders.items() if n} == {}


def test_cli_never_imports_qt_or_gui():
    offenders = {
        path: sorted(n for n in names if n.split(".")[0] in {"PySide6", "shiboken6"} or n.startswith("icc_studio.gui"))
        for path, names in _imported_modules(CLI).items()
    }
    assert {p: n for p, n in offenders.items() if n} == {}


def test_importing_the_core_loads_no_qt():
    code = (
        "import sys, icc_studio.core.store, icc_studio.core.importing, icc_studio.core.kits, icc_studio.cli.main;"
        "bad=[m for m in sys.modules if m.startswith(('PySide6','shiboken6'))]; print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pillow_is_at_least_the_security_floor():
    version = tuple(int(part) for part in PIL.__version__.split(".")[:2])
    assert version >= (12, 3), f"Pillow {PIL.__version__} is below the security floor 12.3"


def test_pillow_has_raqm_for_complex_scripts():
    assert features.check("raqm"), "Pillow's RAQM layout engine is missing: Arabic would render broken"
    assert features.check("fribidi"), "FriBiDi is missing (Debian package libfribidi0)"


def test_opencv_is_4x_with_face_cascades():
    import cv2

    assert cv2.__version__.startswith("4."), cv2.__version__
    assert (Path(cv2.data.haarcascades) / "haarcascade_frontalface_default.xml").is_file()


def test_moviepy_is_not_a_dependency():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "moviepy" not in text.split("[project.optional-dependencies]")[0].split("dependencies = [")[1]

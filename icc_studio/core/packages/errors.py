"""Typed errors of contribution packages, erasure and retention."""

from __future__ import annotations

from pathlib import Path

from ..errors import IccError


class PackageError(IccError):
    """A package that cannot be made or read; ``package`` names the file."""

    code = "package"
    template = "{package}: {detail}"

    def __init__(self, package: Path | str, detail: str, **params) -> None:
        super().__init__(detail, package=str(package), **params)


class PackageRefused(PackageError):
    """An archive refused by the safe import; nothing was written outside the staging folder.

    ``entry`` names the archive entry at fault ('' for the archive as a whole), ``reason`` is a
    stable word (``path``, ``symlink``, ``encrypted``, ``collision``, ``entries``, ``size``,
    ``ratio``, ``schema``, ``checksum``, ``undeclared``, ``missing``, ``damaged``…), and
    ``problems`` lists every (entry, reason, detail) found when there were several.
    """

    code = "package-refused"
    template = "{package}: refused: {where}{detail}"

    def __init__(self, package: Path | str, entry: str, detail: str, *, reason: str,
                 problems: tuple[tuple[str, str, str], ...] = ()) -> None:
        super().__init__(package, detail, entry=entry, reason=reason, where=f"entry {entry!r}: " if entry else "",
                         problems=problems or ((entry, reason, detail),))


class PackageOutdated(PackageError):
    """A package older than the one already imported from the same city."""

    code = "package-outdated"


class NothingToExport(PackageError):
    code = "package-empty"


class ErasureError(IccError):
    code = "erasure"

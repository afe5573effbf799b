"""Typed errors raised by the core.

Every error carries a stable ``code`` and the values of its message as ``params``, so
that an adapter (GUI, CLI) can show a translated sentence instead of the English text.
``str(error)`` is always a complete English sentence that names the file and the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class IccError(Exception):
    """Base class of every error the core raises on purpose."""

    code = "error"
    template = "{detail}"

    def __init__(self, detail: str = "", **params: Any) -> None:
        self.params: dict[str, Any] = {"detail": detail, **params}
        super().__init__(self.template.format(**self.params))

    @property
    def message(self) -> str:
        return str(self)


class Cancelled(IccError):
    code = "cancelled"
    template = "Cancelled."

    def __init__(self) -> None:
        super().__init__("")


class ProjectError(IccError):
    code = "project"
    template = "Project {path}: {detail}"

    def __init__(self, path: Path | str, detail: str) -> None:
        super().__init__(detail, path=str(path))


class ProjectNotFound(ProjectError):
    code = "project-not-found"


class ProjectExists(ProjectError):
    code = "project-exists"


class ProjectDamaged(ProjectError):
    code = "project-damaged"


class ProjectTooNew(ProjectError):
    code = "project-too-new"


class KitError(IccError):
    code = "kit"
    template = "{file}: {detail}"

    def __init__(self, file: Path | str, detail: str, *, field: str = "") -> None:
        super().__init__(detail, file=str(file), field=field)


class MediaRejected(IccError):
    """A file that cannot be taken into a project; ``reason`` says why in plain words."""

    code = "media-rejected"
    template = "{file}: {detail}"

    def __init__(self, file: Path | str, detail: str, *, reason: str = "invalid") -> None:
        super().__init__(detail, file=str(file), reason=reason)


class NotFound(IccError):
    code = "not-found"


class InvalidValue(IccError):
    code = "invalid-value"

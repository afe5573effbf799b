"""Turns the core's typed errors into translated sentences for the user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import IccError


def error_text(exc: BaseException) -> str:
    """A translated message for a core error, falling back to its English text."""
    if not isinstance(exc, IccError):
        return QCoreApplication.translate("Errors", "Unexpected error: %1").replace("%1", str(exc))
    p = exc.params
    translate = QCoreApplication.translate
    templates = {
        "project-not-found": translate("Errors", "There is no ICC Studio project in %1."),
        "project-exists": translate("Errors", "%1 already holds files or a project; choose a new or empty folder."),
        "project-damaged": translate("Errors", "The project in %1 is damaged: %2"),
        "project-too-new": translate("Errors", "The project in %1 was made by a newer version of ICC Studio."),
        "kit": translate("Errors", "The kit file %1 is not valid: %2"),
        "media-rejected": translate("Errors", "%1 was not imported: %2"),
        "cancelled": translate("Errors", "Cancelled."),
    }
    if exc.code == "write-failed":
        templates["write-failed"] = {
            "no-space": translate("Errors", "%1 cannot be written: the disk is full. Free some space and try again."),
            "read-only": translate("Errors", "%1 cannot be written: the disk or folder is read-only."),
            "permission": translate("Errors", "%1 cannot be written: you are not allowed to write in that folder."),
            "too-large": translate("Errors", "%1 cannot be written: the file is too large for that disk."),
            "io": translate("Errors", "%1 cannot be written: the disk reported an error (was it unplugged?)."),
        }.get(p.get("cause", ""), translate("Errors", "%1 cannot be written: %2"))
    template = templates.get(exc.code)
    if template is None:
        return str(exc)
    first = p.get("path") or p.get("file") or ""
    return template.replace("%1", str(first)).replace("%2", str(p.get("detail", "")))

"""The open project as the GUI sees it: one read/write connection in the GUI thread, and a signal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core.store import Project


class ProjectSession(QObject):
    """Holds the current project; pages subscribe to ``project_changed`` and ``contributions_changed``."""

    project_changed = Signal()
    contributions_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None

    @property
    def folder(self) -> Path | None:
        return self.project.folder if self.project else None

    def open(self, folder: Path) -> Project:
        project = Project.open(folder)  # raises ProjectError with a clear message
        self.close()
        self.project = project
        self.project_changed.emit()
        return project

    def close(self) -> None:
        if self.project is not None:
            self.project.close()
            self.project = None
            self.project_changed.emit()

    def notify_contributions(self) -> None:
        self.contributions_changed.emit()

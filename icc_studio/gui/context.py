"""Services shared by the main window and its pages."""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import LanguageManager
from .jobs import JobRunner
from .session import ProjectSession


@dataclass
class AppContext:
    session: ProjectSession
    jobs: JobRunner
    languages: LanguageManager

"""Pages of the main window. Each page is one module that registers itself here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

_REGISTRY: list[type[Page]] = []


class Page(QWidget):
    """A user-visible page. Subclasses set ``page_id`` and ``order`` and implement ``title``."""

    page_id = ""
    order = 100
    icon_name = ""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context  # AppContext: session, jobs, languages, main window services
        self.setObjectName(f"page-{self.page_id}")

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def on_shown(self) -> None:
        """Called when the page becomes the current one."""


def register_page(cls: type[Page]) -> type[Page]:
    if any(existing.page_id == cls.page_id for existing in _REGISTRY):
        raise ValueError(f"page {cls.page_id!r} registered twice")
    _REGISTRY.append(cls)
    return cls


def registered_pages() -> list[type[Page]]:
    # Importing a page's module registers it; one line per page.
    from . import campaign  # noqa: F401
    from . import contributions  # noqa: F401
    from . import capture  # noqa: F401
    from . import network  # noqa: F401
    from . import editor  # noqa: F401
    from . import clips  # noqa: F401
    from . import collage  # noqa: F401
    from . import contest  # noqa: F401
    from . import quotes  # noqa: F401
    from . import outputs  # noqa: F401

    return sorted(_REGISTRY, key=lambda cls: cls.order)


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)

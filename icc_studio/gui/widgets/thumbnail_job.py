"""Thumbnails made in a pool thread: the file (kept in the project's cache) and a QImage of it at
the size a list shows, handed to the GUI thread by a signal with the media's content hash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, Signal
from PySide6.QtGui import QImage

from ...core.errors import IccError
from ...core.store import Media
from ...core.thumbnails import ensure_thumbnail


class ThumbnailSignals(QObject):
    ready = Signal(str, QImage)  # (sha256, image; a null image when the media has none)


class ThumbnailJob(QRunnable):
    def __init__(self, folder: Path, media: Media, signals: ThumbnailSignals, side: int) -> None:
        super().__init__()
        self.folder, self.media, self.signals, self.side = folder, media, signals, side

    def run(self) -> None:  # in a pool thread: images only, never widgets
        try:
            image = QImage(str(ensure_thumbnail(self.folder, self.media)))
            if not image.isNull():
                image = image.scaled(self.side, self.side, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
        except (IccError, OSError):
            image = QImage()
        self.signals.ready.emit(self.media.sha256, image)

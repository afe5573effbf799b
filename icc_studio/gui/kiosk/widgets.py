"""Small building blocks of the kiosk screens: a fast image view and touch-friendly buttons."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget


class ImageView(QWidget):
    """Draws one QImage scaled to fit (aspect kept), optionally with a big number over it.

    ``clear()`` drops the image: nothing of one resident stays in a widget for the next.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.overlay_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def set_overlay_text(self, text: str) -> None:
        if text != self.overlay_text:
            self.overlay_text = text
            self.update()

    def clear(self) -> None:
        self.image = QImage()
        self.overlay_text = ""
        self.update()

    def has_image(self) -> bool:
        return not self.image.isNull()

    def image_rect(self) -> QRectF:
        if self.image.isNull():
            return QRectF(self.rect())
        size = QSize(self.image.width(), self.image.height()).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                      size.width(), size.height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        target = self.image_rect()
        if not self.image.isNull():
            painter.drawImage(target, self.image)
        if self.overlay_text:
            # In a disc at the top, so the resident still sees their face while it counts down.
            side = min(target.width(), target.height())
            radius = side * 0.13
            centre = QPointF(target.center().x(), target.top() + side * 0.18)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(QColor(255, 255, 255, 230), max(3.0, side * 0.008)))
            painter.setBrush(QColor(0, 0, 0, 150))
            painter.drawEllipse(centre, radius, radius)
            font = QFont(self.font())
            font.setPixelSize(max(16, int(radius * 1.35)))
            font.setBold(True)
            path = QPainterPath()
            path.addText(0, 0, font, self.overlay_text)
            box = path.boundingRect()
            path.translate(centre.x() - box.center().x(), centre.y() - box.center().y())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff"))
            painter.drawPath(path)
        painter.end()


def big_button(text: str, role: str = "primary", parent: QWidget | None = None) -> QPushButton:
    """A touch-friendly button; ``role`` is ``primary``, ``secondary`` or ``quiet`` (styled by the window)."""
    button = QPushButton(text, parent)
    button.setObjectName(role)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return button


def wrapped_label(text: str = "", name: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label

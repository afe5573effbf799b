"""The photo with the crop rectangle of one output over it, moved and resized by mouse and keyboard.

The geometry (aspect kept, inside the photo) is the core's :class:`CropFrame`; this widget
only turns mouse and key events into calls to it and paints the result.

Mouse: drag inside the rectangle to move it, drag a corner to resize it.
Keyboard: arrows move it (1 % of the photo; with Ctrl, 0.2 %), Shift+arrows resize it
(Up/Right larger, Down/Left smaller).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.render.crop_edit import CropFrame
from ...core.render.photos import CropRect

STEP = 0.01        # arrow key: share of the photo
FINE_STEP = 0.002  # Ctrl+arrow
SCALE_STEP = 1.02  # Shift+arrow
HANDLE = 10        # corner handle, pixels
MARGIN = 16


class CropView(QWidget):
    """Shows ``image`` (the upright photo at any reduced size) and the crop of the current output."""

    crop_changing = Signal(object)  # CropRect, while the mouse drags (not saved yet)
    crop_edited = Signal(object, object, bool)  # old CropRect, new CropRect, mergeable (a key press)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crop-view")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        # The photo is never mirrored, whatever the interface's direction.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.image = QImage()
        self.frame: CropFrame | None = None
        self.crop: CropRect | None = None
        self.circle = False
        self.faces: list[tuple[float, float, float, float]] = []
        self.placeholder = ""
        self._drag: tuple[str, QPointF, CropRect, tuple[float, float] | None] | None = None

    def sizeHint(self) -> QSize:
        return QSize(720, 560)

    # -- state ---------------------------------------------------------------------------

    def set_image(self, image: QImage, faces: list[tuple[float, float, float, float]] | None = None) -> None:
        self.image = image
        self.faces = list(faces or [])
        self.update()

    def set_crop(self, frame: CropFrame | None, crop: CropRect | None, *, circle: bool = False) -> None:
        self.frame, self.circle = frame, circle
        self.crop = frame.fit(crop) if frame is not None and crop is not None else crop
        self._drag = None
        self.update()

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.update()

    # -- geometry --------------------------------------------------------------------------

    def photo_rect(self) -> QRectF:
        """Where the photo is drawn: as large as fits, centred, with its aspect."""
        if self.frame is None:
            return QRectF()
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        scale = min(area.width() / self.frame.width, area.height() / self.frame.height)
        w, h = self.frame.width * scale, self.frame.height * scale
        return QRectF(area.center().x() - w / 2, area.center().y() - h / 2, w, h)

    def crop_rect(self) -> QRectF:
        photo = self.photo_rect()
        if self.crop is None or photo.isEmpty():
            return QRectF()
        c = self.crop
        return QRectF(photo.x() + c.x * photo.width(), photo.y() + c.y * photo.height(),
                      c.w * photo.width(), c.h * photo.height())

    def _relative(self, pos: QPointF) -> tuple[float, float]:
        photo = self.photo_rect()
        return ((pos.x() - photo.x()) / max(1.0, photo.width()), (pos.y() - photo.y()) / max(1.0, photo.height()))

    def _corners(self) -> dict[str, QPointF]:
        r = self.crop_rect()
        return {"tl": r.topLeft(), "tr": r.topRight(), "bl": r.bottomLeft(), "br": r.bottomRight()}

    def _hit(self, pos: QPointF) -> str | None:
        for name, point in self._corners().items():
            if abs(point.x() - pos.x()) <= HANDLE and abs(point.y() - pos.y()) <= HANDLE:
                return name
        return "move" if self.crop_rect().contains(pos) else None

    # -- mouse -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.frame is None or self.crop is None:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self._hit(event.position())
        if hit is None:
            return
        fixed = None
        if hit != "move":
            c = self.crop
            opposite = {"tl": (c.x + c.w, c.y + c.h), "tr": (c.x, c.y + c.h), "bl": (c.x + c.w, c.y), "br": (c.x, c.y)}
            fixed = opposite[hit]
        self._drag = (hit, event.position(), self.crop, fixed)
        self.setCursor(Qt.CursorShape.ClosedHandCursor if hit == "move" else self._corner_cursor(hit))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            hit = self._hit(event.position()) if self.crop is not None else None
            if hit is None:
                self.unsetCursor()
            else:
                self.setCursor(Qt.CursorShape.OpenHandCursor if hit == "move" else self._corner_cursor(hit))
            return
        self.crop = self._dragged(event.position())
        self.update()
        self.crop_changing.emit(self.crop)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        start = self._drag[2]
        self.crop = self._dragged(event.position())
        self._drag = None
        self.unsetCursor()
        self.update()
        if self.crop != start:
            self.crop_edited.emit(start, self.crop, False)

    def _dragged(self, pos: QPointF) -> CropRect:
        kind, origin, start, fixed = self._drag
        assert self.frame is not None
        if kind == "move":
            photo = self.photo_rect()
            dx = (pos.x() - origin.x()) / max(1.0, photo.width())
            dy = (pos.y() - origin.y()) / max(1.0, photo.height())
            return self.frame.move(start, dx, dy)
        return self.frame.drag_corner(fixed, self._relative(pos))

    @staticmethod
    def _corner_cursor(corner: str) -> Qt.CursorShape:
        return Qt.CursorShape.SizeFDiagCursor if corner in ("tl", "br") else Qt.CursorShape.SizeBDiagCursor

    # -- keyboard ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key not in arrows or self.frame is None or self.crop is None or self._drag is not None:
            return super().keyPressEvent(event)
        modifiers = event.modifiers()
        old = self.crop
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            grow = key in (Qt.Key.Key_Up, Qt.Key.Key_Right)
            new = self.frame.scale(old, SCALE_STEP if grow else 1 / SCALE_STEP)
        else:
            step = FINE_STEP if modifiers & Qt.KeyboardModifier.ControlModifier else STEP
            dx, dy = arrows[key]
            new = self.frame.move(old, dx * step, dy * step)
        event.accept()
        if new != old:
            self.crop = new
            self.update()
            self.crop_edited.emit(old, new, True)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#2b2f36"))
        photo = self.photo_rect()
        if self.image.isNull() or photo.isEmpty():
            painter.setPen(QColor("#d0d4da"))
            painter.drawText(self.rect().adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
            painter.end()
            return
        painter.drawImage(photo, self.image)
        crop = self.crop_rect()
        if crop.isEmpty():
            painter.end()
            return
        outside = QPainterPath()
        outside.addRect(photo)
        hole = QPainterPath()
        if self.circle:
            hole.addEllipse(crop)
        else:
            hole.addRect(crop)
        painter.fillPath(outside.subtracted(hole), QColor(0, 0, 0, 150))
        if self.circle:  # what the square keeps outside its circle, shown lighter
            square = QPainterPath()
            square.addRect(crop)
            painter.fillPath(square.subtracted(hole), QColor(0, 0, 0, 60))
        # faces found at import
        painter.setPen(QPen(QColor(255, 214, 64, 170), 1, Qt.PenStyle.DashLine))
        for fx, fy, fw, fh in self.faces:
            painter.drawRect(QRectF(photo.x() + fx * photo.width(), photo.y() + fy * photo.height(),
                                    fw * photo.width(), fh * photo.height()))
        # thirds
        painter.setPen(QPen(QColor(255, 255, 255, 70), 1))
        for i in (1, 2):
            x = crop.x() + crop.width() * i / 3
            y = crop.y() + crop.height() * i / 3
            painter.drawLine(QPointF(x, crop.top()), QPointF(x, crop.bottom()))
            painter.drawLine(QPointF(crop.left(), y), QPointF(crop.right(), y))
        # the rectangle, with a dark outline so that it shows on light photos too
        painter.setPen(QPen(QColor(0, 0, 0, 160), 3))
        painter.drawRect(crop)
        accent = QColor("#ffd640") if self.hasFocus() else QColor("#ffffff")
        painter.setPen(QPen(accent, 2 if self.hasFocus() else 1.5))
        painter.drawRect(crop)
        if self.circle:
            painter.setPen(QPen(accent, 1.5, Qt.PenStyle.DashLine))
            painter.drawEllipse(crop)
        painter.setPen(QPen(QColor(0, 0, 0, 180), 1))
        painter.setBrush(accent)
        for point in self._corners().values():
            painter.drawRect(QRectF(point.x() - HANDLE / 2, point.y() - HANDLE / 2, HANDLE, HANDLE))
        painter.end()

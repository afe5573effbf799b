"""The framed output as the export renderer drew it, with the platform's safe zones over it.

Safe zones come from the kit's template (``Template.safe_zones``): areas the platform
covers with its interface (``keep_clear``: a story's top and reply bars, the corner of a
cover under the page's profile picture) and crops it makes (``keep_inside``: the circle of
a profile picture, the mobile crop of a header or cover).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.kits.model import SafeZone


def zone_label(name: str) -> str:
    labels = {
        "top_bar": QCoreApplication.translate("SafeZones", "Top bar of the app"),
        "reply_bar": QCoreApplication.translate("SafeZones", "Reply bar"),
        "circle_crop": QCoreApplication.translate("SafeZones", "Circular crop"),
        "mobile_crop": QCoreApplication.translate("SafeZones", "Mobile crop"),
        "mobile": QCoreApplication.translate("SafeZones", "Mobile crop"),
        "desktop": QCoreApplication.translate("SafeZones", "Desktop crop"),
        "profile_photo": QCoreApplication.translate("SafeZones", "Profile picture"),
        "safe_area": QCoreApplication.translate("SafeZones", "Safe area"),
    }
    return labels.get(name, name.replace("_", " "))


class FramedPreview(QWidget):
    """Paints a preview image scaled to fit, and optionally the safe zones of its template."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("framed-preview")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an image is never mirrored
        self.image = QImage()
        self.zones: tuple[SafeZone, ...] = ()
        self.show_zones = True
        self.busy = False

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def set_zones(self, zones: tuple[SafeZone, ...]) -> None:
        self.zones = tuple(zones)
        self.update()

    def set_show_zones(self, show: bool) -> None:
        self.show_zones = show
        self.update()

    def image_rect(self) -> QRectF:
        if self.image.isNull():
            return QRectF()
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        scale = min(area.width() / self.image.width(), area.height() / self.image.height())
        w, h = self.image.width() * scale, self.image.height() * scale
        return QRectF(area.center().x() - w / 2, area.center().y() - h / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = self.image_rect()
        if target.isEmpty():
            painter.end()
            return
        painter.drawImage(target, self.image)
        if self.show_zones:
            self._paint_zones(painter, target)
        painter.setPen(QPen(QColor(0, 0, 0, 60), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(target)
        painter.end()

    def _zone_rect(self, zone: SafeZone, target: QRectF) -> QRectF:
        b = zone.box
        return QRectF(target.x() + b.x * target.width(), target.y() + b.y * target.height(),
                      b.w * target.width(), b.h * target.height())

    def _paint_zones(self, painter: QPainter, target: QRectF) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        font.setBold(True)
        painter.setFont(font)
        for zone in self.zones:
            rect = self._zone_rect(zone, target)
            whole = rect.adjusted(-1, -1, 1, 1).contains(target)
            if zone.kind == "keep_clear":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(211, 47, 47, 70))
                painter.drawRect(rect)
                painter.setBrush(QBrush(QColor(211, 47, 47, 110), Qt.BrushStyle.BDiagPattern))
                painter.drawRect(rect)
                self._label(painter, rect, zone_label(zone.name), QColor("#b71c1c"))
                continue
            if whole and zone.shape != "ellipse":
                continue  # the whole image: nothing to show
            outside = QPainterPath()
            outside.addRect(target)
            inside = QPainterPath()
            if zone.shape == "ellipse":
                inside.addEllipse(rect)
            else:
                inside.addRect(rect)
            painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 110))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#00e5ff"), 1.5, Qt.PenStyle.DashLine))
            if zone.shape == "ellipse":
                painter.drawEllipse(rect)
            else:
                painter.drawRect(rect)
            self._label(painter, rect, zone_label(zone.name), QColor("#006064"))

    def _label(self, painter: QPainter, rect: QRectF, text: str, colour: QColor) -> None:
        """The zone's name in its upper corner, kept inside the image (it may be wider than the zone)."""
        target = self.image_rect()
        metrics = painter.fontMetrics()
        width = min(metrics.horizontalAdvance(text) + 10, target.width() - 8)
        height = metrics.height() + 4
        x = min(max(rect.x() + 4, target.left() + 4), target.right() - 4 - width)
        y = min(max(rect.y() + 4, target.top() + 4), target.bottom() - 4 - height)
        box = QRectF(x, y, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 220))
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                                               int(box.width()) - 6))

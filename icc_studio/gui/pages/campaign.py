"""Campaign page: the project's city, kit and calendar, with a preview of the kit's artwork."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...core.errors import IccError
from ...core.kits import Kit, load_builtin_kit, render_kit_preview
from ..messages import error_text
from . import Page, register_page

PREVIEW_OUTPUTS = (("feed_square", 300, 300), ("story", 169, 300), ("profile", 300, 300))


@dataclass(frozen=True)
class PreviewSpec:
    kit_id: str
    language: str


def render_previews(spec: PreviewSpec, *, progress, cancel) -> list[tuple[str, bytes, int, int]]:
    """Job: the kit's artwork previews as raw RGB bytes (rendered by the core, shown by Qt)."""
    kit = load_builtin_kit(spec.kit_id)
    out = []
    for index, (output, w, h) in enumerate(PREVIEW_OUTPUTS):
        cancel.check()
        image = render_kit_preview(kit, output, (w * 2, h * 2), spec.language).convert("RGB")
        out.append((output, image.tobytes(), image.width, image.height))
        progress(index + 1, len(PREVIEW_OUTPUTS))
    return out


def campaign_dates(kit: Kit, year: int) -> tuple[dt.date, dt.date, dt.date]:
    """(countdown start, the day, end of the follow-up weeks)."""
    day = kit.day_date(year)
    return day - dt.timedelta(days=kit.limits.countdown_days), day, day + dt.timedelta(weeks=3)


@register_page
class CampaignPage(Page):
    page_id = "campaign"
    order = 10

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CampaignPage", "Campaign")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self._kit: Kit | None = None
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)

        self.heading = QLabel(body)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 20pt; font-weight: 600;")
        layout.addWidget(self.heading)
        self.tagline = QLabel(body)
        self.tagline.setWordWrap(True)
        self.tagline.setStyleSheet("font-size: 12pt;")
        layout.addWidget(self.tagline)

        row = QHBoxLayout()
        self.details_box = QGroupBox(body)
        self.details = QFormLayout(self.details_box)
        self.fields: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in ("city", "kit", "day", "languages", "hashtags", "limits"):
            label = QLabel(self.details_box)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.fields[key] = label
            self.captions[key] = QLabel(self.details_box)
            self.captions[key].setBuddy(label)
            self.details.addRow(self.captions[key], label)
        row.addWidget(self.details_box, 1)

        self.calendar_box = QGroupBox(body)
        calendar = QFormLayout(self.calendar_box)
        self.calendar_fields = {}
        self.calendar_captions = {}
        for key in ("countdown", "day", "followup"):
            label = QLabel(self.calendar_box)
            self.calendar_fields[key] = label
            self.calendar_captions[key] = QLabel(self.calendar_box)
            calendar.addRow(self.calendar_captions[key], label)
        row.addWidget(self.calendar_box, 1)
        layout.addLayout(row)

        self.preview_box = QGroupBox(body)
        previews = QHBoxLayout(self.preview_box)
        self.preview_labels: dict[str, QLabel] = {}
        for output, w, h in PREVIEW_OUTPUTS:
            label = QLabel(self.preview_box)
            label.setFixedSize(w, h)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setScaledContents(True)
            self.preview_labels[output] = label
            previews.addWidget(label)
        previews.addStretch(1)
        layout.addWidget(self.preview_box)
        layout.addStretch(1)

        context.session.project_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.details_box.setTitle(self.tr("Campaign"))
        self.calendar_box.setTitle(self.tr("Calendar"))
        self.preview_box.setTitle(self.tr("Kit artwork"))
        labels = {"city": self.tr("City:"), "kit": self.tr("Kit:"), "day": self.tr("Day:"),
                  "languages": self.tr("Languages:"), "hashtags": self.tr("Hashtags:"),
                  "limits": self.tr("Limits:")}
        for key, text in labels.items():
            self.captions[key].setText(text)
        for key, text in (("countdown", self.tr("Countdown starts:")), ("day", self.tr("The day:")),
                          ("followup", self.tr("Follow-up until:"))):
            self.calendar_captions[key].setText(text)
        self.refresh()

    def refresh(self) -> None:
        project = self.context.session.project
        if project is None:
            self.heading.setText(self.tr("No project open"))
            self.tagline.setText(self.tr("Create a project with File › New project, or open one with File › Open project."))
            for label in (*self.fields.values(), *self.calendar_fields.values()):
                label.clear()
            for label in self.preview_labels.values():
                label.clear()
            return
        info = project.info()
        try:
            kit = load_builtin_kit(info.kit_id)
        except IccError as exc:
            self.heading.setText(info.city)
            self.tagline.setText(error_text(exc))
            return
        lang = self._content_language(kit, info.languages)
        self.heading.setText(f"{kit.text('title', lang)} — {info.city}")
        self.tagline.setText(kit.text("tagline", lang))
        locale = QLocale()
        self.fields["city"].setText(", ".join(part for part in (info.city, info.country) if part))
        self.fields["kit"].setText(f"{kit.names.get(lang, kit.id)} ({kit.id}, {kit.version})")
        start, day, follow = campaign_dates(kit, info.campaign_year)
        fmt = QLocale.FormatType.LongFormat
        self.fields["day"].setText(locale.toString(QDate(day.year, day.month, day.day), fmt))
        self.fields["languages"].setText(", ".join(info.languages))
        self.fields["hashtags"].setText(" ".join((*kit.hashtags, *info.hashtags)))
        self.fields["limits"].setText(
            self.tr("messages up to %1 characters; clips up to %2 s")
            .replace("%1", str(kit.limits.message_max_length))
            .replace("%2", str(kit.limits.clip_max_seconds))
        )
        for key, date in (("countdown", start), ("day", day), ("followup", follow)):
            self.calendar_fields[key].setText(locale.toString(QDate(date.year, date.month, date.day), fmt))
        if self._kit is None or self._kit.id != kit.id or getattr(self, "_preview_lang", None) != lang:
            self._kit = kit
            self._preview_lang = lang
            handle = self.context.jobs.start(self.tr("Drawing the kit preview"), render_previews,
                                             PreviewSpec(kit.id, lang), quiet=True)
            handle.finished.connect(self._show_previews)

    def _content_language(self, kit: Kit, languages: tuple[str, ...]) -> str:
        ui = self.context.languages.language
        if ui in languages and ui in kit.languages:
            return ui
        for code in languages:
            if code in kit.languages:
                return code
        return kit.default_language

    def _show_previews(self, previews: list[tuple[str, bytes, int, int]]) -> None:
        for output, data, w, h in previews:
            image = QImage(data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
            self.preview_labels[output].setPixmap(QPixmap.fromImage(image))
            self.preview_labels[output].setAccessibleName(self._preview_name(output))

    def _preview_name(self, output: str) -> str:
        names = {"feed_square": self.tr("Preview of a square post"), "story": self.tr("Preview of a story"),
                 "profile": self.tr("Preview of a profile picture")}
        return names.get(output, output)

"""Outputs page: one place to render — framed photos and the per-city video — with a list of jobs.

Each render runs as a core job through the app's ``JobRunner``; the list shows its progress
and time left, a Cancel button while it runs and "Open folder" on its result.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.render.photo_job import ItemStatus, RenderPhotosSpec, RenderReport, render_photos
from ...core.render.photo_job import export_dir as photo_export_dir
from ...core.settings import exports_base, load_settings
from ...core.video.city import ASPECTS, CityVideoResult, CityVideoSpec, render_city_video
from ...core.video.city import export_dir as video_export_dir
from ..jobs import JobHandle
from ..messages import error_text
from . import Page, register_page

COLUMNS = 4  # output, progress, state, action


MORE_OUTPUTS = ("clips", "collage", "countdown", "banners", "postcards", "quotes", "contest", "calendar", "gallery")


def more_job(key: str, folder: Path, exports: Path | None = None, workers: int | None = None):
    """(job function, spec, folder of its files) of one of the other outputs, with the core's defaults.

    ``exports``: the folder the outputs go under (the default export folder of the settings); by
    default the project's own ``exports/``. The resident clips always stay in the project."""
    from ...core.assets.banners import BannerSpec, render_banners
    from ...core.assets.calendar import CalendarSpec, render_calendar
    from ...core.assets.collage import CollageSpec, render_collage
    from ...core.assets.common import exports_dir
    from ...core.assets.countdown import CountdownSpec, render_countdown
    from ...core.assets.postcards import PostcardSpec, render_postcards
    from ...core.assets.quotes import QuoteSpec, render_quotes
    from ...core.assets.winner_card import WinnerCardSpec, render_winner_card
    from ...core.gallery.job import GallerySpec, gallery_dir, render_gallery
    from ...core.video.normalise import RenderClipsSpec, render_clips

    def out(kind: str) -> Path | None:  # None keeps the core's default (and its cache key)
        return None if exports is None or exports == folder / "exports" else exports / kind

    jobs = {
        "clips": (render_clips, RenderClipsSpec(folder), folder / "exports" / "clips"),
        "collage": (render_collage, CollageSpec(folder, out_dir=out("collage")),
                    out("collage") or exports_dir(folder, "collage")),
        "countdown": (render_countdown, CountdownSpec(folder, out_dir=out("countdown")),
                      out("countdown") or exports_dir(folder, "countdown")),
        "banners": (render_banners, BannerSpec(folder, out_dir=out("banners")),
                    out("banners") or exports_dir(folder, "banners")),
        "postcards": (render_postcards, PostcardSpec(folder, out_dir=out("postcards")),
                      out("postcards") or exports_dir(folder, "postcards")),
        "quotes": (render_quotes, QuoteSpec(folder, out_dir=out("quotes")),
                   out("quotes") or exports_dir(folder, "quotes")),
        "contest": (render_winner_card, WinnerCardSpec(folder, out_dir=out("contest")),
                   out("contest") or exports_dir(folder, "contest")),
        "calendar": (render_calendar, CalendarSpec(folder, out_dir=out("calendar")),
                     out("calendar") or exports_dir(folder, "calendar")),
        "gallery": (render_gallery, GallerySpec(folder, workers=workers, out_dir=out("gallery")),
                    out("gallery") or gallery_dir(folder)),
    }
    return jobs[key]


class _JobRow:
    """One line of the job list: a render waiting for its turn, then its job handle, and the widgets that follow it.

    Renders run one after the other: each uses every core, and two jobs opening the same
    project at once would race on its temporary files.
    """

    def __init__(self, page: OutputsPage, title: str, fn, spec, folder: Path) -> None:
        self.page, self.title, self.fn, self.spec, self.folder = page, title, fn, spec, folder
        self.handle: JobHandle | None = None
        self.bar = QProgressBar(page.jobs_table)
        self.bar.setRange(0, 1000)
        self.state = QLabel(page.jobs_table)
        self.button = QPushButton(page.jobs_table)
        self.button.clicked.connect(self._act)
        self.result_text = ""
        self.outcome = "waiting"
        self.retranslate()

    def start(self) -> JobHandle:
        handle = self.handle = self.page.context.jobs.start(self.title, self.fn, self.spec)
        self.outcome = "running"
        self.state.setText(QCoreApplication.translate("OutputsPage", "Starting…"))
        handle.progress.connect(self._progress)
        handle.finished.connect(self._finished)
        handle.failed.connect(self._failed)
        handle.cancelled.connect(self._cancelled)
        self.retranslate()
        return handle

    def retranslate(self) -> None:
        self.bar.setAccessibleName(QCoreApplication.translate("OutputsPage", "Progress of %1").replace("%1", self.title))
        if self.outcome in ("waiting", "running"):
            self.button.setText(QCoreApplication.translate("OutputsPage", "Cancel"))
            self.button.setToolTip(QCoreApplication.translate("OutputsPage", "Stop this job; nothing half-finished is kept"))
            if self.outcome == "waiting":
                self.state.setText(QCoreApplication.translate("OutputsPage", "Waiting for the previous render"))
        else:
            self.button.setText(QCoreApplication.translate("OutputsPage", "Open folder"))
            self.button.setToolTip(QCoreApplication.translate("OutputsPage", "Show the rendered files in the file manager"))
            self.state.setText({"finished": self.result_text, "failed": self.result_text,
                                "cancelled": QCoreApplication.translate("OutputsPage", "Cancelled; nothing half-finished was kept")}[self.outcome])
            self.button.setEnabled(self.outcome == "finished")

    def _progress(self, done: float, total: float, message: str) -> None:
        if total and self.handle is not None:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * done / total))
            left = self.handle.seconds_left()
            text = QCoreApplication.translate("OutputsPage", "%1 %").replace("%1", str(int(100 * done / total)))
            if left is not None and done > 0:
                seconds = round(left)
                text += " · " + QCoreApplication.translate("OutputsPage", "%n second(s) left", None, seconds)
            self.state.setText(text)
        else:
            self.bar.setRange(0, 0)

    def _finished(self, result: object) -> None:
        self.outcome = "finished"
        self.bar.setRange(0, 1000)
        self.bar.setValue(1000)
        self.result_text = self.page.describe(result)
        self.state.setToolTip(self.page.details(result))
        self.retranslate()
        self.page.start_next()

    def _failed(self, exc: object) -> None:
        self.outcome = "failed"
        self.bar.setRange(0, 1000)
        self.result_text = error_text(exc)  # type: ignore[arg-type]
        self.retranslate()
        self.page.start_next()

    def _cancelled(self) -> None:
        self.outcome = "cancelled"
        self.bar.setRange(0, 1000)
        self.retranslate()
        self.page.start_next()

    def _act(self) -> None:
        if self.outcome == "waiting":
            self._cancelled()
        elif self.outcome == "running" and self.handle is not None:
            self.handle.cancel()
            self.state.setText(QCoreApplication.translate("OutputsPage", "Cancelling…"))
            self.button.setEnabled(False)
        else:
            self.page.open_folder(self.folder)


@register_page
class OutputsPage(Page):
    page_id = "outputs"
    order = 60

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("OutputsPage", "Outputs")

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.rows: list[_JobRow] = []
        layout = QVBoxLayout(self)

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(self.heading)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        # -- what to render ------------------------------------------------------------------
        self.choice_box = QGroupBox(self)
        choices = QVBoxLayout(self.choice_box)
        self.photos_check = QCheckBox(self.choice_box)
        self.photos_check.setChecked(True)
        choices.addWidget(self.photos_check)
        self.photos_note = QLabel(self.choice_box)
        self.photos_note.setWordWrap(True)
        self.photos_note.setContentsMargins(24, 0, 0, 6)
        choices.addWidget(self.photos_note)

        self.video_check = QCheckBox(self.choice_box)
        self.video_check.setChecked(True)
        choices.addWidget(self.video_check)
        self.video_options = QWidget(self.choice_box)
        self.video_options.setContentsMargins(24, 0, 0, 0)
        form = QFormLayout(self.video_options)
        aspects_row = QHBoxLayout()
        self.aspect_checks: dict[str, QCheckBox] = {}
        for aspect in ASPECTS:
            box = QCheckBox(aspect, self.video_options)
            box.setChecked(True)
            self.aspect_checks[aspect] = box
            aspects_row.addWidget(box)
        aspects_row.addStretch(1)
        self.aspects_label = QLabel(self.video_options)
        form.addRow(self.aspects_label, aspects_row)
        self.length_spin = QDoubleSpinBox(self.video_options)
        self.length_spin.setRange(10.0, 600.0)
        self.length_spin.setDecimals(0)
        self.length_spin.setSingleStep(5.0)
        self.length_spin.setValue(60.0)
        self.length_spin.setMaximumWidth(140)
        self.length_label = QLabel(self.video_options)
        self.length_label.setBuddy(self.length_spin)
        form.addRow(self.length_label, self.length_spin)
        music_row = QHBoxLayout()
        self.music_edit = QLineEdit(self.video_options)
        self.music_edit.setClearButtonEnabled(True)
        self.music_button = QPushButton(self.video_options)
        self.music_button.clicked.connect(self.choose_music)
        music_row.addWidget(self.music_edit, 1)
        music_row.addWidget(self.music_button)
        self.music_label = QLabel(self.video_options)
        self.music_label.setBuddy(self.music_edit)
        form.addRow(self.music_label, music_row)
        self.burn_check = QCheckBox(self.video_options)
        form.addRow("", self.burn_check)
        choices.addWidget(self.video_options)
        self.video_check.toggled.connect(self.video_options.setEnabled)

        # The other campaign outputs, each with the core's defaults (their own pages and the
        # command line offer every option).
        more = QGridLayout()
        self.more_checks: dict[str, QCheckBox] = {}
        for index, key in enumerate(MORE_OUTPUTS):
            box = QCheckBox(self.choice_box)
            self.more_checks[key] = box
            more.addWidget(box, index // 3, index % 3)
        choices.addLayout(more)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.render_button = QPushButton(self.choice_box)
        self.render_button.setDefault(True)
        self.render_button.clicked.connect(self.render_selected)
        buttons.addWidget(self.render_button)
        choices.addLayout(buttons)
        layout.addWidget(self.choice_box)

        # -- jobs ----------------------------------------------------------------------------
        self.jobs_box = QGroupBox(self)
        jobs_layout = QVBoxLayout(self.jobs_box)
        self.jobs_table = QTableWidget(0, COLUMNS, self.jobs_box)
        self.jobs_table.verticalHeader().setVisible(False)
        self.jobs_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.jobs_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.jobs_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.jobs_table.setColumnWidth(1, 160)
        jobs_layout.addWidget(self.jobs_table)
        layout.addWidget(self.jobs_box, 1)

        context.session.project_changed.connect(self.refresh)
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Outputs"))
        self.intro.setText(self.tr("Choose what to render. Only approved contributions whose contributor consented "
                                   "to that use are included; the others are listed with the reason."))
        self.choice_box.setTitle(self.tr("What to render"))
        self.photos_check.setText(self.tr("Framed photos"))
        self.photos_check.setToolTip(self.tr("Every approved photo in the kit's frame: feed square and portrait, "
                                             "story, profile picture, X header"))
        self.photos_note.setText(self.tr("Every approved photo in five formats, with alt text; unchanged photos are "
                                         "not rendered again."))
        self.video_check.setText(self.tr("Per-city video"))
        self.video_check.setToolTip(self.tr("Intro card, the photos with gentle motion and their captions, the clips, "
                                            "outro card; with subtitles and a poster frame"))
        self.aspects_label.setText(self.tr("Versions:"))
        for aspect, box in self.aspect_checks.items():
            box.setAccessibleName(self.tr("Version %1").replace("%1", aspect))
        self.length_label.setText(self.tr("Target length:"))
        self.length_spin.setSuffix(self.tr(" s"))
        self.length_spin.setToolTip(self.tr("The time each photo is shown adapts so that the video lasts this long"))
        self.music_label.setText(self.tr("Music:"))
        self.music_edit.setPlaceholderText(self.tr("No music (optional)"))
        self.music_edit.setAccessibleName(self.tr("Music file"))
        self.music_button.setText(self.tr("Choose…"))
        self.music_button.setToolTip(self.tr("A music track: faded in and out, lowered while residents speak"))
        self.burn_check.setText(self.tr("Burn the clips' subtitles into the picture"))
        for key, box in self.more_checks.items():
            box.setText(self.more_title(key))
        self.more_checks["clips"].setToolTip(self.tr("Each approved clip in the delivery format (9:16), with its "
                                                     "caption and loudness evened out"))
        self.more_checks["collage"].setToolTip(self.tr("The A2 poster (print PDF and PNG) and its social version; "
                                                       "more choices on the Collage poster page"))
        self.more_checks["countdown"].setToolTip(self.tr("One post per day before the day, in each language, "
                                                         "square and story"))
        self.more_checks["banners"].setToolTip(self.tr("X header and Facebook cover with the city's name"))
        self.more_checks["postcards"].setToolTip(self.tr("A6 postcards, front and back, and sheets of four on A4"))
        self.more_checks["quotes"].setToolTip(self.tr("An A3 poster and a square post per speaker saved on the "
                                                      "Quote posters page"))
        self.more_checks["contest"].setToolTip(self.tr("The photo contest winner's card, square and story, in each "
                                                      "language (once every juror has scored every entry)"))
        self.more_checks["calendar"].setToolTip(self.tr("Twelve months with one contribution each, A4 and A3"))
        self.more_checks["gallery"].setToolTip(self.tr("The campaign's website: a folder to put on any web host "
                                                       "or open from a USB stick (render it last)"))
        self.render_button.setText(self.tr("Render"))
        self.render_button.setToolTip(self.tr("Render the chosen outputs in the background"))
        self.jobs_box.setTitle(self.tr("Jobs"))
        self.jobs_table.setHorizontalHeaderLabels([self.tr("Output"), self.tr("Progress"), self.tr("State"), ""])
        self.jobs_table.setAccessibleName(self.tr("Render jobs"))
        for row in self.rows:
            row.retranslate()
        self.refresh()

    def refresh(self) -> None:
        has_project = self.context.session.project is not None
        self.choice_box.setEnabled(has_project)
        if not has_project:
            self.intro.setText(self.tr("Open a project to render its outputs."))

    # -- actions -------------------------------------------------------------------------------

    def choose_music(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a music track"), self.music_edit.text(),
                                              self.tr("Audio files (*.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac)"))
        if path:
            self.music_edit.setText(path)

    def video_spec(self) -> CityVideoSpec | None:
        project = self.context.session.project
        if project is None:
            return None
        aspects = tuple(a for a, box in self.aspect_checks.items() if box.isChecked())
        music = self.music_edit.text().strip()
        return CityVideoSpec(project.folder, aspects=aspects or ("16:9",), target_seconds=self.length_spin.value(),
                             music=Path(music) if music else None, burn_subtitles=self.burn_check.isChecked())

    def render_selected(self) -> list[_JobRow]:
        """Queue the chosen renders; they run one after the other. Returns their rows in the job list."""
        project = self.context.session.project
        if project is None:
            return []
        rows = []
        settings = load_settings()  # read at each render: a change in the Settings dialog applies at once
        exports = exports_base(settings, project.folder, project.info().city)
        if self.photos_check.isChecked():
            photos = exports / "photos" if settings.export_folder else None
            spec = RenderPhotosSpec(project.folder, workers=settings.worker_processes, out_dir=photos)
            rows.append(self._add(self.tr("Framed photos"), render_photos, spec,
                                  photos or photo_export_dir(project.folder, "feed_square").parent))
        if self.video_check.isChecked():
            spec = self.video_spec()
            assert spec is not None
            title = self.tr("Per-city video (%1)").replace("%1", ", ".join(spec.aspects))
            rows.append(self._add(title, render_city_video, spec, video_export_dir(project.folder)))
        for key, box in self.more_checks.items():
            if box.isChecked():
                fn, spec, folder = more_job(key, project.folder, exports, settings.worker_processes)
                rows.append(self._add(self.more_title(key), fn, spec, folder))
        self.start_next()
        return rows

    def more_title(self, key: str) -> str:
        titles = {
            "clips": self.tr("Resident clips"),
            "collage": self.tr("Collage poster"),
            "countdown": self.tr("Countdown posts"),
            "banners": self.tr("Banners"),
            "postcards": self.tr("Postcards"),
            "quotes": self.tr("Quote posters"),
            "contest": self.tr("Contest winner's card"),
            "calendar": self.tr("Diversity calendar"),
            "gallery": self.tr("Campaign gallery (website)"),
        }
        return titles[key]

    def start_next(self) -> None:
        if any(row.outcome == "running" for row in self.rows):
            return
        waiting = next((row for row in self.rows if row.outcome == "waiting"), None)
        if waiting is not None:
            waiting.start()

    def _add(self, title: str, fn, spec, folder: Path) -> _JobRow:
        row = _JobRow(self, title, fn, spec, folder)
        self.rows.append(row)
        index = self.jobs_table.rowCount()
        self.jobs_table.insertRow(index)
        item = QTableWidgetItem(title)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.jobs_table.setItem(index, 0, item)
        self.jobs_table.setCellWidget(index, 1, row.bar)
        self.jobs_table.setCellWidget(index, 2, row.state)
        self.jobs_table.setCellWidget(index, 3, row.button)
        return row

    def open_folder(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def describe(self, result: object) -> str:
        """A short, translated sentence on what a finished job made."""
        if isinstance(result, RenderReport):
            return (self.tr("%n output(s) rendered", "", result.count(ItemStatus.RENDERED)) + ", "
                    + self.tr("%n unchanged", "", result.count(ItemStatus.CACHED)) + ", "
                    + self.tr("%n failed", "", result.count(ItemStatus.FAILED)))
        if isinstance(result, CityVideoResult):
            seconds = result.outputs[0].duration_s if result.outputs else 0.0
            text = (self.tr("%n version(s)", "", len(result.outputs)) + " · "
                    + self.tr("%1 s, %2 s per photo").replace("%1", f"{seconds:.0f}")
                    .replace("%2", f"{result.photo_seconds:.1f}") + " · "
                    + self.tr("%n contribution(s) left out", "", len(result.skipped)))
            return text
        return self.tr("Done")

    def details(self, result: object) -> str:
        """What was left out and why, and the notes of a finished job (shown as a tooltip)."""
        lines = []
        if isinstance(result, CityVideoResult):
            lines += [self.tr("#%1 left out: %2").replace("%1", str(i)).replace("%2", reason)
                      for i, reason in result.skipped]
            lines += result.warnings
        elif isinstance(result, RenderReport):
            lines += [self.tr("#%1 left out: %2").replace("%1", str(r.contribution_id)).replace("%2", r.reason)
                      for r in result.results if r.status == ItemStatus.SKIPPED and r.output == "feed_square"]
        return "\n".join(lines)

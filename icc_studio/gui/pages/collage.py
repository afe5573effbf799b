"""Collage page: the collage poster's layout, paper and seed, a live preview, and Render.

The preview is drawn by the core's own poster renderer at preview size, off the GUI thread
(a quiet job of the job runner); every change of a control asks for a new preview after a
short pause, and a preview still running is cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.assets.collage import CollagePreviewSpec, CollageSpec, render_collage, render_collage_preview
from ...core.assets.common import POSTER_PAPERS
from ...core.assets.layout import LAYOUTS
from ..messages import error_text
from ..widgets.debounced_preview import DebouncedPreview, pixmap_from_pil
from . import Page, register_page

PREVIEW_WIDTH = 520
PREVIEW_DELAY_MS = 250


@register_page
class CollagePage(Page):
    page_id = "collage"
    order = 40

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CollagePage", "Collage poster")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self._render_job = None
        self._pixmap: QPixmap | None = None
        row = QHBoxLayout(self)

        controls = QWidget(self)
        column = QVBoxLayout(controls)
        self.options_box = QGroupBox(controls)
        form = QFormLayout(self.options_box)
        self.paper = QComboBox(self.options_box)
        for paper in POSTER_PAPERS:
            self.paper.addItem(paper, paper)
        self.paper.setCurrentIndex(POSTER_PAPERS.index("A2"))
        self.layout_choice = QComboBox(self.options_box)
        for layout in LAYOUTS:
            self.layout_choice.addItem("", layout)
        self.seed = QSpinBox(self.options_box)
        self.seed.setRange(0, 99999)
        self.seed.setValue(1)
        self.pages = QSpinBox(self.options_box)
        self.pages.setRange(1, 50)
        self.credits = QCheckBox(self.options_box)
        self.labels = {key: QLabel(self.options_box) for key in ("paper", "layout", "seed", "pages")}
        for key, widget in (("paper", self.paper), ("layout", self.layout_choice), ("seed", self.seed),
                            ("pages", self.pages)):
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        form.addRow(self.credits)
        column.addWidget(self.options_box)
        self.render_button = QPushButton(controls)
        self.render_button.setObjectName("render-collage")
        column.addWidget(self.render_button)
        self.status = QLabel(controls)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.status)
        column.addStretch(1)
        controls.setMaximumWidth(340)
        row.addWidget(controls)

        self.preview = QLabel(self)
        self.preview.setObjectName("collage-preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH // 2, PREVIEW_WIDTH // 2)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        row.addWidget(self.preview, 1)

        self.previewer = DebouncedPreview(self, self.context.jobs, PREVIEW_DELAY_MS, self._preview_job_request,
                                          self._show_preview, lambda exc: self.status.setText(error_text(exc)))
        for signal in (self.paper.currentIndexChanged, self.layout_choice.currentIndexChanged,
                       self.seed.valueChanged, self.pages.valueChanged, self.credits.toggled):
            signal.connect(self.schedule_preview)
        self.render_button.clicked.connect(self.render)
        context.session.project_changed.connect(self.schedule_preview)
        context.session.contributions_changed.connect(self.schedule_preview)
        self.retranslate()

    # -- texts --------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.options_box.setTitle(self.tr("Poster"))
        self.labels["paper"].setText(self.tr("Paper:"))
        self.labels["layout"].setText(self.tr("Layout:"))
        self.labels["seed"].setText(self.tr("Arrangement (seed):"))
        self.labels["pages"].setText(self.tr("Pages:"))
        self.credits.setText(self.tr("Credits line"))
        self.credits.setToolTip(self.tr("A line of first names under the photos: adults whose consent covers print."))
        self.render_button.setText(self.tr("Render poster"))
        names = {"rows": self.tr("Justified rows"), "columns": self.tr("Justified columns"),
                 "grid": self.tr("Regular grid"), "heart": self.tr("Heart"), "circle": self.tr("Circle")}
        for index in range(self.layout_choice.count()):
            self.layout_choice.setItemText(index, names[self.layout_choice.itemData(index)])
        self.preview.setAccessibleName(self.tr("Preview of the collage poster"))
        if self.context.session.project is None:
            self.status.setText(self.tr("Open a project to make its collage poster."))

    # -- preview --------------------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.schedule_preview()

    def schedule_preview(self, *args) -> None:
        self.previewer.schedule()

    def _options(self) -> dict:
        return {"paper": self.paper.currentData(), "layout": self.layout_choice.currentData(),
                "seed": self.seed.value(), "pages": self.pages.value(), "credits": self.credits.isChecked()}

    def _preview_job_request(self):
        folder = self.context.session.folder
        if folder is None:
            self.preview.clear()
            self.render_button.setEnabled(False)
            return None
        self.render_button.setEnabled(self._render_job is None)
        spec = CollagePreviewSpec(folder, width=PREVIEW_WIDTH, **self._options())
        return self.tr("Drawing the collage preview"), render_collage_preview, spec

    def _show_preview(self, preview) -> None:
        self._pixmap = pixmap_from_pil(preview.image)
        self._fit_preview()
        if preview.problem:
            self.status.setText(self.tr("Too small to print: %1").replace("%1", preview.problem))
        else:
            self.status.setText(self.tr("%n photo(s) whose consent covers print; smallest tile %1 mm.", "",
                                        preview.photos).replace("%1", f"{preview.smallest_tile_mm:.0f}"))

    def _fit_preview(self) -> None:
        if self._pixmap is not None:
            self.preview.setPixmap(self._pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                       Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_preview()

    # -- render ---------------------------------------------------------------------------------------------

    def render(self) -> None:
        folder = self.context.session.folder
        if folder is None or self._render_job is not None:
            return
        spec = CollageSpec(folder, **self._options())
        handle = self.context.jobs.start(self.tr("Rendering the collage poster"), render_collage, spec)
        self._render_job = handle
        self.render_button.setEnabled(False)
        handle.finished.connect(self._rendered)
        handle.failed.connect(lambda exc: self.status.setText(self._error(exc)))
        handle.cancelled.connect(lambda: self.status.setText(self.tr("Cancelled; nothing half-written was kept.")))
        handle.done.connect(self._render_done)

    def _render_done(self) -> None:
        self._render_job = None
        self.render_button.setEnabled(self.context.session.project is not None)

    def _rendered(self, result) -> None:
        folder = result.files[0].parent if result.files else ""
        self.status.setText(self.tr("%n file(s) written to %1", "", len(result.files)).replace("%1", str(folder)))

    def _error(self, exc: BaseException) -> str:
        if getattr(exc, "code", "") == "collage-tiles-too-small":
            p = exc.params
            text = self.tr("With %1 photos the tiles would print at %2 mm, under the kit's minimum of %3 mm. "
                           "Use %4 pages, or a larger paper.")
            return (text.replace("%1", str(p["count"])).replace("%2", f"{p['smallest_mm']:.1f}")
                    .replace("%3", f"{p['min_mm']:g}").replace("%4", str(p["pages_needed"])))
        return error_text(exc)

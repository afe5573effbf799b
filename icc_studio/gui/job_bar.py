"""The status-bar widget that shows the running job: what, how far, time left, and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from .jobs import JobHandle, JobRunner


class JobBar(QWidget):
    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.current: JobHandle | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(220)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self._cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        runner.job_started.connect(self.follow)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this job; nothing half-finished is kept"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running job"))
        self.bar.setAccessibleName(self.tr("Progress of the running job"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def follow(self, handle: JobHandle) -> None:
        self.current = handle
        self.label.setText(handle.title)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        handle.progress.connect(lambda d, t, m, h=handle: self._progress(h, d, t, m))
        handle.done.connect(lambda h=handle: self._done(h))
        self.show()

    def _progress(self, handle: JobHandle, done: float, total: float, message: str) -> None:
        if handle is not self.current:
            return
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * done / total))
            left = handle.seconds_left()
            text = f"{int(done)}/{int(total)}" if float(total).is_integer() else f"{done / total:.0%}"
            if left is not None and left >= 1:
                text += " · " + self.tr("%n second(s) left", "", int(left + 0.5))
            self.bar.setFormat(text)
        self.label.setText(handle.title + (f" — {message}" if message else ""))

    def _done(self, handle: JobHandle) -> None:
        if handle is not self.current:
            return
        others = [job for job in self.runner.running() if not job.quiet]
        if others:
            self.follow(others[-1])
        else:
            self.current = None
            self.hide()

    def _cancel(self) -> None:
        if self.current is not None:
            self.current.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

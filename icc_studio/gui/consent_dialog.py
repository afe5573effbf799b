"""Recording consent given outside the kiosk: a paper form, or a CSV for a batch of files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.consent import ConsentCsvError, PaperConsent, import_consent_csv, read_consent_csv, record_paper_consent
from ..core.errors import IccError
from ..core.kits import load_builtin_kit
from ..core.store import Project, Purpose
from .messages import error_text
from .new_project_dialog import CITY_LANGUAGES


def purpose_label(purpose: Purpose) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        Purpose.SOCIAL_MEDIA: QCoreApplication.translate("ConsentDialog", "Social media and the campaign website"),
        Purpose.PRINT_POSTER: QCoreApplication.translate("ConsentDialog",
                                                         "Printed posters, postcards and the calendar"),
        Purpose.CITY_VIDEO: QCoreApplication.translate("ConsentDialog", "The city's campaign video"),
        Purpose.NETWORK_RESHARE: QCoreApplication.translate(
            "ConsentDialog", "Sharing with the Intercultural Cities network and partner cities"),
    }
    return labels[purpose]


class ConsentForm(QWidget):
    """The consent a resident gives outside the kiosk: name, language and text, purposes, guardian.

    Used by the paper-consent dialog and by the event capture page. Nothing is saved here:
    :meth:`consent` gives the filled-in value and :meth:`problem` says what is missing.
    """

    def __init__(self, kit, city: str, language: str, parent: QWidget | None = None, *,
                 with_form_file: bool = True) -> None:
        super().__init__(parent)
        self.kit = kit
        self.city = city
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        layout.addLayout(form)

        self.name = QLineEdit(self)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        form.addRow(self.name_label, self.name)

        self.language = QComboBox(self)
        for code in kit.languages:
            self.language.addItem(CITY_LANGUAGES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)

        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setMaximumHeight(120)
        self.text_label = QLabel(self)
        form.addRow(self.text_label, self.text)

        self.purpose_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.purpose_box)
        self.purposes: dict[Purpose, QCheckBox] = {}
        for purpose in Purpose:
            check = QCheckBox(self.purpose_box)
            self.purposes[purpose] = check
            box_layout.addWidget(check)
        layout.addWidget(self.purpose_box)

        minor_row = QHBoxLayout()
        self.minor = QCheckBox(self)
        self.guardian = QLineEdit(self)
        self.guardian.setEnabled(False)
        self.minor.toggled.connect(self.guardian.setEnabled)
        minor_row.addWidget(self.minor)
        minor_row.addWidget(self.guardian, 1)
        layout.addLayout(minor_row)

        self.form_file = QLineEdit(self)
        self.browse = QPushButton(self)
        if with_form_file:
            form_row = QHBoxLayout()
            self.browse.clicked.connect(self._browse)
            form_row.addWidget(self.form_file, 1)
            form_row.addWidget(self.browse)
            layout.addLayout(form_row)
        else:
            self.form_file.hide()
            self.browse.hide()
        self.language.currentIndexChanged.connect(self._show_text)
        self.retranslate()
        self._show_text()

    def retranslate(self) -> None:
        self.name.setPlaceholderText(self.tr("First name or pseudonym"))
        self.name.setAccessibleName(self.tr("First name or pseudonym"))
        self.name_label.setText(self.tr("&Name:"))
        self.language.setAccessibleName(self.tr("Language of the consent text"))
        self.language_label.setText(self.tr("&Language:"))
        self.text.setAccessibleName(self.tr("Consent text"))
        self.text_label.setText(self.tr("Consent text:"))
        self.purpose_box.setTitle(self.tr("Purposes the resident agrees to"))
        for purpose, check in self.purposes.items():
            check.setText(purpose_label(purpose))
        self.minor.setText(self.tr("The resident is a &minor"))
        self.guardian.setPlaceholderText(self.tr("Name of the parent or guardian who consents"))
        self.guardian.setAccessibleName(self.tr("Guardian's name"))
        self.form_file.setPlaceholderText(self.tr("Optional: a scan or photo of the signed form"))
        self.form_file.setAccessibleName(self.tr("Scan of the signed form"))
        self.browse.setText(self.tr("Choose…"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_text(self) -> None:
        lang = self.language.currentData() or self.kit.default_language
        self.text.setPlainText(self.kit.text("consent_text", lang).replace("{city}", self.city))
        rtl = lang.split("-")[0] in {"ar", "fa", "he", "ur"}
        self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Scan of the signed form"), "",
                                              self.tr("Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic *.webp)"))
        if name:
            self.form_file.setText(name)

    def consent(self, method: str = "paper") -> PaperConsent:
        form = self.form_file.text().strip()
        return PaperConsent(
            name=self.name.text().strip(),
            purposes=frozenset(p for p, check in self.purposes.items() if check.isChecked()),
            language=self.language.currentData() or "",
            minor=self.minor.isChecked(),
            guardian=self.guardian.text().strip() if self.minor.isChecked() else "",
            form=Path(form) if form else None,
            method=method,
        )

    def problem(self) -> str | None:
        """What is missing, as a sentence for the user; ``None`` when the consent can be saved."""
        consent = self.consent()
        if not consent.purposes:
            return self.tr("Tick at least one purpose, as the resident chose.")
        problems = consent.problems()
        if not problems:
            return None
        messages = {
            "name": self.tr("Enter the resident's first name or a pseudonym."),
            "language": self.tr("Choose the language of the consent text."),
            "guardian": self.tr("A minor's consent must be given by a parent or guardian: enter their name."),
            "form": self.tr("The scan cannot be used: %1"),
        }
        field, detail = problems[0]
        return messages.get(field, "%1").replace("%1", detail)

    def clear(self) -> None:
        self.name.clear()
        self.guardian.clear()
        self.minor.setChecked(False)
        self.form_file.clear()
        for check in self.purposes.values():
            check.setChecked(False)


class ConsentDialog(QDialog):
    """Staff record the consent a resident signed on paper, for one or more contributions."""

    def __init__(self, project: Project, contribution_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.contribution_ids = list(contribution_ids)
        self.recorded: int | None = None
        info = project.info()
        kit = load_builtin_kit(info.kit_id)
        # The resident's own language when the contributions say it, else the city's main one.
        spoken = {project.contribution(cid).language for cid in self.contribution_ids} - {""}
        main = info.languages[0] if info.languages else kit.default_language
        if len(spoken) == 1 and next(iter(spoken)) in kit.languages:
            main = next(iter(spoken))
        self.setWindowTitle(self.tr("Record a paper consent"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Consent for %n contribution(s), as the resident signed it on paper.", "",
                                        len(self.contribution_ids)), self))
        self.form = ConsentForm(kit, info.city, main, self)
        layout.addWidget(self.form)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problem = self.form.problem()
        if problem:
            self.problem.setText(problem)
            return
        try:
            self.recorded = record_paper_consent(self.project, self.contribution_ids, self.form.consent("paper"),
                                                 actor="staff")
        except IccError as exc:
            self.problem.setText(error_text(exc))
            return
        super().accept()


def import_consent_csv_dialog(project: Project, parent: QWidget) -> int:
    """Ask for a consent CSV, check it, show every problem or apply it; returns how many were given consent."""
    return ConsentCsv(parent).run(project)


class ConsentCsv(QObject):
    """The steps of giving a batch its consents from a CSV file, with the user."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    def run(self, project: Project) -> int:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Consents of a batch (CSV)"), "",
                                              self.tr("CSV files (*.csv *.txt)"))
        if not name:
            return 0
        path = Path(name)
        result = read_consent_csv(project, path)
        if result.problems:
            text = self.tr("%n problem(s) found in %1; nothing was applied.", "", len(result.problems))
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Consents not applied"),
                              text.replace("%1", path.name), QMessageBox.StandardButton.Ok, self.window)
            box.setDetailedText("\n".join(str(p) for p in result.problems))
            box.exec()
            return 0
        text = self.tr("Give %n contribution(s) their consent from %1?", "", len(result.rows))
        answer = QMessageBox.question(self.window, self.tr("Apply consents"), text.replace("%1", path.name))
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        try:
            rows = import_consent_csv(project, path, actor="staff")
        except ConsentCsvError as exc:
            QMessageBox.warning(self.window, self.tr("Consents not applied"),
                                "\n".join(str(p) for p in exc.problems[:20]))
            return 0
        except IccError as exc:
            QMessageBox.warning(self.window, self.tr("Consents not applied"), error_text(exc))
            return 0
        return len(rows)

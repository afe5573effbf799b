"""Network page: contribution packages, the cities of a coordinator project, erasure, privacy, retention."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import IccError
from ...core.fileio import atomic_write
from ...core.packages import (
    EraseSpec,
    ExportSpec,
    ImportManySpec,
    PackageError,
    PrivacySpec,
    RetentionSpec,
    apply_retention,
    apply_retention_to,
    default_package_name,
    erase_contributor,
    export_package,
    import_packages,
    imported_cities,
    is_coordinator,
    network_cities,
    privacy_report,
    retention_deadline,
    retention_days,
    set_retention,
)
from ..messages import error_text
from . import Page, register_page


AUDITED = ("package", "contributor", "retention", "network")


def _held(fn, ready: threading.Event):
    """``fn`` as a job that starts only once the page has connected to its handle's signals.

    A quick job (the privacy report) can otherwise finish in the pool before ``finished`` is
    connected, and its result is lost.
    """
    def job(spec, *, progress, cancel):
        ready.wait(10)
        return fn(spec, progress=progress, cancel=cancel)

    return job


@register_page
class NetworkPage(Page):
    page_id = "network"
    order = 80

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("NetworkPage", "Network")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self._report: dict | None = None
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)

        self.heading = QLabel(body)
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.role = QLabel(body)
        self.role.setWordWrap(True)
        layout.addWidget(self.role)

        grid = QGridLayout()
        layout.addLayout(grid)

        # Send: export a package.
        self.send_box = QGroupBox(body)
        send = QVBoxLayout(self.send_box)
        self.send_help = QLabel(self.send_box)
        self.send_help.setWordWrap(True)
        send.addWidget(self.send_help)
        self.export_button = QPushButton(self.send_box)
        self.export_button.clicked.connect(self.export)
        send.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.export_result = QLabel(self.send_box)
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        send.addWidget(self.export_result)
        send.addStretch(1)
        grid.addWidget(self.send_box, 0, 0)

        # Receive: import packages, with the per-entry report.
        self.receive_box = QGroupBox(body)
        receive = QVBoxLayout(self.receive_box)
        self.import_button = QPushButton(self.receive_box)
        self.import_button.clicked.connect(self.import_)
        receive.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.import_report = QTreeWidget(self.receive_box)
        self.import_report.setColumnCount(2)
        self.import_report.setMinimumHeight(150)
        self.import_report.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        receive.addWidget(self.import_report)
        grid.addWidget(self.receive_box, 0, 1)

        # The cities whose contributions are here.
        self.cities_box = QGroupBox(body)
        cities = QVBoxLayout(self.cities_box)
        self.cities = QTreeWidget(self.cities_box)
        self.cities.setColumnCount(4)
        self.cities.setRootIsDecorated(False)
        self.cities.setMinimumHeight(140)
        cities.addWidget(self.cities)
        self.packages_label = QLabel(self.cities_box)
        self.packages_label.setWordWrap(True)
        cities.addWidget(self.packages_label)
        grid.addWidget(self.cities_box, 1, 0)

        # Withdrawal and erasure.
        self.erase_box = QGroupBox(body)
        erase = QFormLayout(self.erase_box)
        self.erase_help = QLabel(self.erase_box)
        self.erase_help.setWordWrap(True)
        erase.addRow(self.erase_help)
        self.contributor = QComboBox(self.erase_box)
        self.contributor_label = QLabel(self.erase_box)
        self.contributor_label.setBuddy(self.contributor)
        erase.addRow(self.contributor_label, self.contributor)
        self.reason = QLineEdit(self.erase_box)
        self.reason_label = QLabel(self.erase_box)
        self.reason_label.setBuddy(self.reason)
        erase.addRow(self.reason_label, self.reason)
        self.erase_button = QPushButton(self.erase_box)
        self.erase_button.clicked.connect(self.erase)
        erase.addRow(self.erase_button)
        self.erase_result = QLabel(self.erase_box)
        self.erase_result.setWordWrap(True)
        erase.addRow(self.erase_result)
        grid.addWidget(self.erase_box, 1, 1)

        # Retention.
        self.retention_box = QGroupBox(body)
        retention = QFormLayout(self.retention_box)
        self.retention_enabled = QCheckBox(self.retention_box)
        self.retention_days = QSpinBox(self.retention_box)
        self.retention_days.setRange(0, 3650)
        self.retention_days.setValue(90)
        self.retention_enabled.toggled.connect(self.retention_days.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.retention_enabled)
        row.addWidget(self.retention_days)
        row.addStretch(1)
        retention.addRow(row)
        self.retention_state = QLabel(self.retention_box)
        self.retention_state.setWordWrap(True)
        retention.addRow(self.retention_state)
        self.retention_button = QPushButton(self.retention_box)
        self.retention_button.clicked.connect(self.save_retention)
        retention.addRow(self.retention_button)
        grid.addWidget(self.retention_box, 2, 0)

        # Privacy report.
        self.privacy_box = QGroupBox(body)
        privacy = QVBoxLayout(self.privacy_box)
        buttons = QHBoxLayout()
        self.privacy_button = QPushButton(self.privacy_box)
        self.privacy_button.clicked.connect(self.show_privacy_report)
        self.privacy_save = QPushButton(self.privacy_box)
        self.privacy_save.clicked.connect(self.save_privacy_report)
        self.privacy_save.setEnabled(False)
        buttons.addWidget(self.privacy_button)
        buttons.addWidget(self.privacy_save)
        buttons.addStretch(1)
        privacy.addLayout(buttons)
        self.privacy = QTreeWidget(self.privacy_box)
        self.privacy.setColumnCount(2)
        self.privacy.setMinimumHeight(160)
        self.privacy.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        privacy.addWidget(self.privacy)
        grid.addWidget(self.privacy_box, 2, 1)

        # Who approved, exported, imported, erased what and when.
        self.audit_box = QGroupBox(body)
        audit = QVBoxLayout(self.audit_box)
        self.audit = QTreeWidget(self.audit_box)
        self.audit.setColumnCount(4)
        self.audit.setRootIsDecorated(False)
        self.audit.setMinimumHeight(150)
        audit.addWidget(self.audit)
        grid.addWidget(self.audit_box, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addStretch(1)

        context.session.project_changed.connect(self._project_changed)
        context.session.contributions_changed.connect(self.refresh)
        self.retranslate()

    # -- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.send_box.setTitle(self.tr("Send a contribution package"))
        self.export_button.setText(self.tr("Export package…"))
        self.receive_box.setTitle(self.tr("Receive packages"))
        self.import_button.setText(self.tr("Import packages…"))
        self.import_report.setHeaderLabels([self.tr("Package and entries"), self.tr("Result")])
        self.cities_box.setTitle(self.tr("Cities"))
        self.cities.setHeaderLabels([self.tr("City"), self.tr("Contributions"), self.tr("Approved"),
                                     self.tr("Languages")])
        self.erase_box.setTitle(self.tr("Withdrawal and erasure"))
        self.erase_help.setText(self.tr(
            "When a resident withdraws consent, erase them: their files, copies, renders and exports are "
            "deleted, posters and videos that showed them must be made again, and the next package tells "
            "the partner cities and the coordinator to erase them too."))
        self.contributor_label.setText(self.tr("Contributor:"))
        self.reason_label.setText(self.tr("Reason:"))
        self.reason.setPlaceholderText(self.tr("consent withdrawn"))
        self.erase_button.setText(self.tr("Erase contributor…"))
        self.retention_box.setTitle(self.tr("Retention"))
        self.retention_enabled.setText(self.tr("Delete the originals this many days after the campaign day:"))
        self.retention_days.setSuffix(self.tr(" days"))
        self.retention_button.setText(self.tr("Save and apply"))
        self.privacy_box.setTitle(self.tr("Privacy report"))
        self.privacy_button.setText(self.tr("Show what this project stores about whom"))
        self.privacy_save.setText(self.tr("Save as JSON…"))
        self.privacy.setHeaderLabels([self.tr("Item"), self.tr("Details")])
        self.audit_box.setTitle(self.tr("Audit log: approvals, packages, erasures, retention"))
        self.audit.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Target")])
        self.refresh()

    # -- state ----------------------------------------------------------------------------------

    def _project_changed(self) -> None:
        self._report = None
        self.privacy.clear()
        self.privacy_save.setEnabled(False)
        self.import_report.clear()
        self.export_result.clear()
        self.erase_result.clear()
        self.refresh()
        project = self.context.session.project
        if project is not None:
            # Retention is applied when a project is opened (and what an interrupted import left is swept),
            # on the session's own connection: opening the project again in a job would sweep the temporary
            # files of jobs that other pages start at the same moment.
            try:
                self._retention_applied(apply_retention_to(project))
            except IccError as exc:
                self.retention_state.setText(error_text(exc))

    def refresh(self) -> None:
        project = self.context.session.project
        widgets = (self.export_button, self.import_button, self.erase_button, self.retention_button,
                   self.privacy_button, self.contributor, self.reason, self.retention_enabled)
        for widget in widgets:
            widget.setEnabled(project is not None)
        self.cities.clear()
        self.contributor.clear()
        self.audit.clear()
        if project is None:
            self.send_help.clear()
            self.heading.setText(self.tr("Network"))
            self.role.setText(self.tr("Open a project to exchange packages with the network."))
            self.packages_label.clear()
            self.retention_state.clear()
            return
        info = project.info()
        coordinator = is_coordinator(project)
        self.send_help.setText(self.tr(
            "The package holds every city's approved contributions whose consent covers network re-share, and "
            "all withdrawal notices. Send it to the partner cities.") if coordinator else self.tr(
            "The package holds the approved contributions whose consent covers network re-share, without "
            "names or metadata, and the withdrawal notices. Send it to the network coordinator."))
        self.heading.setText(self.tr("Network — %1").replace("%1", info.city))
        self.role.setText(self.tr("This is the network coordinator's project: it gathers the packages of the "
                                  "cities and sends the network's selection back.") if coordinator else
                          self.tr("This is a city project: it sends its package to the network coordinator and "
                                  "receives the network's selection."))
        for city in network_cities(project):
            item = QTreeWidgetItem([city["city"], str(city["contributions"]), str(city["approved"]),
                                    ", ".join(city["languages"])])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            self.cities.addTopLevelItem(item)
        for column in range(4):
            self.cities.resizeColumnToContents(column)
        packages = imported_cities(project)
        lines = [self.tr("Package from %1: revision %2, imported %3").replace("%1", p["city"])
                 .replace("%2", str(p["revision"])).replace("%3", p["imported_at"][:10]) for p in packages]
        self.packages_label.setText("\n".join(lines) or self.tr("No package imported yet."))
        for row in project.query("SELECT p.id, p.display_name, count(c.id) AS n FROM contributors p"
                                 " LEFT JOIN contributions c ON c.contributor_id = p.id GROUP BY p.id ORDER BY p.id"):
            label = self.tr("#%1 %2 (%n contribution(s))", "", row["n"]).replace("%1", str(row["id"])) \
                .replace("%2", row["display_name"])
            self.contributor.addItem(label, row["id"])
        self.erase_button.setEnabled(self.contributor.count() > 0)
        self._show_retention(project)
        for entry in project.audit_log(limit=500):
            if entry.action.split(".")[0] in AUDITED or entry.action in ("contribution.approved",
                                                                         "contribution.rejected"):
                self.audit.addTopLevelItem(QTreeWidgetItem([entry.at[:19].replace("T", " "), entry.actor,
                                                            entry.action, entry.target]))
        for column in range(3):
            self.audit.resizeColumnToContents(column)

    def _show_retention(self, project) -> None:
        days = retention_days(project)
        self.retention_enabled.setChecked(days is not None)
        self.retention_days.setEnabled(days is not None)
        if days is not None:
            self.retention_days.setValue(days)
            try:
                deadline = retention_deadline(project)
            except IccError as exc:
                self.retention_state.setText(error_text(exc))
                return
            self.retention_state.setText(self.tr("Originals are deleted after %1.").replace("%1", deadline.isoformat()))
        else:
            self.retention_state.setText(self.tr("Originals are kept until a contributor is erased."))

    # -- actions -------------------------------------------------------------------------------

    def _start(self, title: str, fn, spec, on_finished, *, quiet: bool = False):
        ready = threading.Event()
        handle = self.context.jobs.start(title, _held(fn, ready), spec, quiet=quiet)
        handle.finished.connect(on_finished)
        handle.failed.connect(self._failed)
        ready.set()
        return handle

    def export(self) -> None:
        project = self.context.session.project
        if project is None:
            return
        default = project.folder / "exports" / "packages" / default_package_name(project)
        default.parent.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export package"), str(default),
                                              self.tr("Contribution packages (*.zip)"))
        if not name:
            return
        return self._start(self.tr("Exporting the package"), export_package, ExportSpec(project.folder, Path(name)),
                           self._exported)

    def _exported(self, result) -> None:
        text = self.tr("Revision %1 written to %2: %n contribution(s)", "", result.contributions) \
            .replace("%1", str(result.revision)).replace("%2", str(result.path))
        text += "\n" + self.tr("%n withdrawal notice(s)", "", result.withdrawals)
        if result.skipped:
            text += "\n" + self.tr("%n contribution(s) left out (not approved, or no consent for re-share)", "",
                                   len(result.skipped))
        self.export_result.setText(text)

    def import_(self) -> None:
        project = self.context.session.project
        if project is None:
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Import packages"), str(Path.home()),
                                                self.tr("Contribution packages (*.zip)"))
        if names:
            self.start_import([Path(n) for n in names])

    def start_import(self, packages: list[Path]):
        project = self.context.session.project
        return self._start(self.tr("Importing packages"), import_packages,
                           ImportManySpec(project.folder, tuple(packages)), self._imported)

    def _imported(self, outcomes) -> None:
        self.import_report.clear()
        for package, outcome in outcomes:
            top = QTreeWidgetItem([Path(package).name, ""])
            if isinstance(outcome, PackageError):
                top.setText(1, self._refusal_text(outcome))
                top.setForeground(1, Qt.GlobalColor.darkRed)
                for entry, reason, detail in outcome.params.get("problems") or ():
                    top.addChild(QTreeWidgetItem([entry or self.tr("(the archive)"), self._reason_text(reason, detail)]))
            else:
                top.setText(1, self._outcome_text(outcome))
                for entry in outcome.entries:
                    top.addChild(QTreeWidgetItem([entry.name, self.tr("checked, %1 bytes").replace(
                        "%1", str(entry.size))]))
            for item in (top, *(top.child(i) for i in range(top.childCount()))):
                item.setToolTip(1, item.text(1))
            self.import_report.addTopLevelItem(top)
            top.setExpanded(isinstance(outcome, PackageError))
        self.context.session.notify_contributions()
        self.refresh()

    def _outcome_text(self, result) -> str:
        if result.outcome == "unchanged":
            return self.tr("%1, revision %2: already imported, nothing changed").replace("%1", result.sender_city) \
                .replace("%2", str(result.revision))
        return (self.tr("%1, revision %2: %3 added, %4 updated, %5 removed, %6 withdrawn")
                .replace("%1", result.sender_city).replace("%2", str(result.revision))
                .replace("%3", str(len(result.added))).replace("%4", str(len(result.updated)))
                .replace("%5", str(len(result.removed))).replace("%6", str(len(result.withdrawn))))

    def _refusal_text(self, exc: PackageError) -> str:
        if exc.code == "package-outdated":
            return self.tr("Refused: older than the package already imported from this city.")
        if exc.code == "package-refused":
            entry = exc.params.get("entry") or ""
            reason = self._reason_text(exc.params.get("reason", ""), exc.params.get("detail", ""))
            if entry:
                return self.tr("Refused: entry %1: %2").replace("%1", entry).replace("%2", reason)
            return self.tr("Refused: %1").replace("%1", reason)
        return error_text(exc)

    def _reason_text(self, reason: str, detail: str) -> str:
        texts = {
            "path": self.tr("unsafe name (%1)"),
            "symlink": self.tr("a symbolic link"),
            "special": self.tr("not a regular file"),
            "encrypted": self.tr("an encrypted entry"),
            "compression": self.tr("an unsupported compression method"),
            "collision": self.tr("name collides with another entry (%1)"),
            "entries": self.tr("too many entries (%1)"),
            "size": self.tr("too large (%1)"),
            "ratio": self.tr("suspicious compression ratio (a possible zip bomb)"),
            "schema": self.tr("the manifest is not valid (%1)"),
            "version": self.tr("made by a newer ICC Studio"),
            "checksum": self.tr("wrong checksum (%1)"),
            "undeclared": self.tr("a file the manifest does not declare"),
            "missing": self.tr("missing (%1)"),
            "damaged": self.tr("damaged archive (%1)"),
            "overlap": self.tr("overlapping entries (%1)"),
            "own": self.tr("this is this project's own package"),
            "campaign": self.tr("made for another campaign (%1)"),
            "revision": self.tr("same revision with other content"),
        }
        template = texts.get(reason)
        return template.replace("%1", detail) if template else detail

    def erase(self) -> None:
        project = self.context.session.project
        contributor_id = self.contributor.currentData()
        if project is None or contributor_id is None:
            return
        who = self.contributor.currentText()
        answer = QMessageBox.warning(
            self, self.tr("Erase contributor"),
            self.tr("Erase %1 for good?\n\nTheir photos and clips, every copy, render and export of them are "
                    "deleted; this cannot be undone. Posters and videos that showed them must be made again.")
            .replace("%1", who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self.start_erase(contributor_id)

    def start_erase(self, contributor_id: int):
        project = self.context.session.project
        spec = EraseSpec(project.folder, contributor_id=contributor_id,
                         reason=self.reason.text().strip() or "consent withdrawn")
        return self._start(self.tr("Erasing a contributor"), erase_contributor, spec, self._erased)

    def _erased(self, result) -> None:
        self.erase_result.setText(
            self.tr("Erased: %n file(s) deleted", "", len(result.files_removed)) + "\n"
            + self.tr("%n output(s) to render again", "", result.renders_stale) + "\n"
            + self.tr("The next package carries %n withdrawal notice(s) for them.", "", len(result.notices)))
        self.reason.clear()
        self.context.session.notify_contributions()
        self.refresh()

    def save_retention(self) -> None:
        project = self.context.session.project
        if project is None:
            return
        days = self.retention_days.value() if self.retention_enabled.isChecked() else None
        try:
            set_retention(project, days)
        except IccError as exc:
            QMessageBox.warning(self, self.title(), error_text(exc))
            return
        self._show_retention(project)
        self._start(self.tr("Applying the retention setting"), apply_retention, RetentionSpec(project.folder),
                    self._retention_applied)

    def _retention_applied(self, result) -> None:
        if result.removed:
            self.retention_state.setText(self.retention_state.text() + "\n" + self.tr(
                "%n original(s) deleted now.", "", len(result.removed)))
            self.context.session.notify_contributions()

    def show_privacy_report(self) -> None:
        project = self.context.session.project
        if project is None:
            return
        return self._start(self.tr("Making the privacy report"), privacy_report, PrivacySpec(project.folder),
                           self._show_report, quiet=True)

    def _show_report(self, report: dict) -> None:
        self._report = report
        self.privacy_save.setEnabled(True)
        self.privacy.clear()
        for person in report["contributors"]:
            flags = []
            if person["minor"]:
                flags.append(self.tr("minor, guardian %1").replace("%1", person["guardian"] or ""))
            if person["pseudonymous"]:
                flags.append(self.tr("from a package"))
            top = QTreeWidgetItem([f"#{person['id']} {person['name']}", "; ".join(flags)])
            for consent in person["consents"]:
                state = (self.tr("withdrawn %1").replace("%1", consent["withdrawn_at"][:10])
                         if consent["withdrawn_at"] else self.tr("in force"))
                top.addChild(QTreeWidgetItem([
                    self.tr("Consent of %1").replace("%1", consent["given_at"][:10]),
                    ", ".join(self._purpose(p) for p in consent["purposes"]) + f" — {state}"
                    + (self.tr(" — signed form kept") if consent["paper_form"] else "")]))
            for item in person["contributions"]:
                top.addChild(QTreeWidgetItem([
                    self.tr("Contribution #%1").replace("%1", str(item["id"])),
                    self.tr("%1 stored files, %2 renders").replace("%1", str(len(item["files"])))
                    .replace("%2", str(len(item["renders"])))]))
            self.privacy.addTopLevelItem(top)
        retention = report["retention"]
        self.privacy.addTopLevelItem(QTreeWidgetItem([
            self.tr("Retention"),
            self.tr("originals deleted after %1").replace("%1", retention["originals_deleted_after"])
            if retention["days"] is not None else self.tr("not set")]))
        self.privacy.addTopLevelItem(QTreeWidgetItem([
            self.tr("Withdrawal notices"), str(report["withdrawal_notices"])]))
        self.privacy.resizeColumnToContents(0)

    def _purpose(self, purpose: str) -> str:
        return {"social_media": self.tr("social media"), "print_poster": self.tr("print poster"),
                "city_video": self.tr("city video"), "network_reshare": self.tr("network re-share")}.get(purpose,
                                                                                                           purpose)

    def save_privacy_report(self) -> None:
        project = self.context.session.project
        if project is None or self._report is None:
            return
        default = project.folder / "exports" / f"privacy-report-{dt.date.today().isoformat()}.json"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the privacy report"), str(default),
                                              self.tr("JSON (*.json)"))
        if name:
            with atomic_write(Path(name)) as handle:
                handle.write(json.dumps(self._report, ensure_ascii=False, indent=2).encode("utf-8"))

    def _failed(self, exc: BaseException) -> None:
        text = self._refusal_text(exc) if isinstance(exc, PackageError) else error_text(exc)
        QMessageBox.warning(self, self.title(), text)

"""Consent given outside the kiosk: a paper form recorded by staff, and a CSV for a batch.

Many contributions arrive without the kiosk (a photo sent by e-mail, a school's contest
videos). Staff record the consent that was given on paper — the resident's first name or
pseudonym, a guardian for a minor, the purposes ticked, the language and version of the
text that was signed — and may keep a scan or photo of the signed form with it.

A batch gets its consents from a CSV file (UTF-8; comma, semicolon or tab separated, as
spreadsheets save it) with one line per file::

    file,name,minor,guardian,language,social_media,print_poster,city_video,network_reshare,form
    entry-01.mp4,Lina,no,,fr,yes,yes,yes,no,forms/lina.jpg

``file`` is the name of an imported file (or ``#12`` for contribution 12); the purposes
are yes/no columns (``yes``, ``y``, ``x``, ``1``, ``true``, ``oui``, ``ja``, ``sí``… or
empty for no), or one ``purposes`` column listing them (``social_media;city_video``);
``form`` (optional) is the scan of the signed form, relative to the CSV. The whole file
is checked first and every problem reported with its line number; nothing is applied
unless every line is right, and then everything is applied in one transaction.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import IccError, InvalidValue
from .fileio import copy_hashed
from .store import Project, Purpose

__all__ = [
    "ConsentCsvError",
    "ConsentRow",
    "CsvProblem",
    "PaperConsent",
    "apply_consent_rows",
    "import_consent_csv",
    "read_consent_csv",
    "record_paper_consent",
]

YES = {"yes", "y", "x", "1", "true", "oui", "o", "ja", "j", "si", "sí", "sim", "s", "так", "نعم", "✓", "✔"}
NO = {"", "no", "n", "0", "false", "non", "nein", "nee", "não", "nao", "ні", "ні.", "لا", "-"}
PURPOSE_COLUMNS = tuple(p.value for p in Purpose)
FORM_EXTENSIONS = {".jpg": "jpg", ".jpeg": "jpg", ".png": "png", ".pdf": "pdf", ".tif": "tif", ".tiff": "tif",
                   ".heic": "heic", ".webp": "webp"}
MAX_FORM_BYTES = 50 * 1024 * 1024
MAX_LINES = 20_000


@dataclass(frozen=True)
class CsvProblem:
    line: int  # 1-based line of the CSV file (the header is line 1); 0 for the whole file
    column: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "file"
        return f"{where}, {self.column}: {self.message}" if self.column else f"{where}: {self.message}"


class ConsentCsvError(IccError):
    code = "consent-csv"
    template = "{file}: {detail}"

    def __init__(self, file: Path | str, problems: Sequence[CsvProblem]) -> None:
        first = str(problems[0]) if problems else "no problem"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(first + more, file=str(file))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class PaperConsent:
    """A consent given on paper (or by another written means), as staff record it."""

    name: str
    purposes: frozenset[Purpose]
    language: str
    minor: bool = False
    guardian: str = ""
    text_version: str = ""  # default: the kit's version of the consent text in ``language``
    form: Path | None = None  # scan or photo of the signed form
    method: str = "paper"

    def problems(self) -> list[tuple[str, str]]:
        """(field, message) for each thing wrong; empty when it can be recorded."""
        found = []
        if not self.name.strip():
            found.append(("name", "a first name or a pseudonym is needed"))
        if not self.language.strip():
            found.append(("language", "the language of the signed text is needed"))
        if self.minor and not self.guardian.strip():
            found.append(("guardian", "a minor's consent must be given by a named parent or guardian"))
        if self.form is not None:
            suffix = self.form.suffix.lower()
            if suffix not in FORM_EXTENSIONS:
                found.append(("form", f"{self.form.name}: a scan must be JPEG, PNG, TIFF, HEIC, WebP or PDF"))
            elif not self.form.is_file():
                found.append(("form", f"{self.form}: no such file"))
            elif self.form.stat().st_size > MAX_FORM_BYTES:
                found.append(("form", f"{self.form.name}: larger than {MAX_FORM_BYTES // 2**20} MB"))
            elif self.form.stat().st_size == 0:
                found.append(("form", f"{self.form.name}: the file is empty"))
        return found


@dataclass(frozen=True)
class ConsentRow:
    line: int
    contribution_id: int
    consent: PaperConsent


@dataclass
class CsvResult:
    rows: list[ConsentRow] = field(default_factory=list)
    problems: list[CsvProblem] = field(default_factory=list)


def record_paper_consent(project: Project, contribution_ids: Iterable[int], consent: PaperConsent, *,
                         actor: str | None = None) -> int:
    """Record ``consent`` for a new contributor and link the contributions to them; returns the consent id.

    Raises :class:`InvalidValue` naming the first problem. All or nothing: the scan is put
    in place first, then every row is written in one transaction.
    """
    problems = consent.problems()
    if problems:
        field_name, message = problems[0]
        raise InvalidValue(f"{field_name}: {message}")
    return _record(project, list(contribution_ids), consent, actor=actor)


def _record(project: Project, contribution_ids: list[int], consent: PaperConsent, *, actor: str | None,
            conn=None) -> int:
    kit = _kit(project)
    version = consent.text_version or kit.text("consent_version", consent.language)
    staged = None
    if consent.form is not None:
        staged = copy_hashed(consent.form, project.incoming_dir())
    try:
        with project._maybe_transaction(conn) as c:
            for cid in contribution_ids:
                project.contribution(cid)  # NotFound names a wrong id before anything is written
            person = project.add_contributor(consent.name, is_minor=consent.minor,
                                             guardian_name=consent.guardian or None, conn=c)
            consent_id = project.record_consent(
                person, purposes=consent.purposes, text_version=version, language=consent.language,
                method=consent.method, guardian_name=consent.guardian or None, guardian_consent=consent.minor,
                actor=actor, conn=c)
            for cid in contribution_ids:
                project.update_contribution(cid, contributor_id=person, actor=actor, conn=c)
            if staged is not None:
                temp, sha256, size = staged
                project.attach_consent_form(consent_id, temp, sha256=sha256, size_bytes=size,
                                            ext=FORM_EXTENSIONS[consent.form.suffix.lower()],
                                            original_name=consent.form.name, actor=actor, conn=c)
            return consent_id
    finally:
        if staged is not None:
            staged[0].unlink(missing_ok=True)


def _kit(project: Project):
    from .kits import load_builtin_kit

    return load_builtin_kit(project.info().kit_id)


# -- CSV ---------------------------------------------------------------------------------


def read_consent_csv(project: Project, csv_file: Path) -> CsvResult:
    """Check a consent CSV against the project: the rows to apply, or every problem found."""
    result = CsvResult()
    try:
        raw = csv_file.read_bytes()
    except OSError as exc:
        result.problems.append(CsvProblem(0, "", f"cannot be read ({exc.strerror or exc})"))
        return result
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        result.problems.append(CsvProblem(line, "", "is not UTF-8 text: save the sheet as “CSV UTF-8”"))
        return result
    if not text.strip():
        result.problems.append(CsvProblem(0, "", "the file is empty"))
        return result
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = [_key(h) for h in next(reader)]
    except (csv.Error, StopIteration) as exc:
        result.problems.append(CsvProblem(1, "", f"the header line cannot be read ({exc})"))
        return result
    missing = [c for c in ("file", "name", "language") if c not in header]
    has_purposes = "purposes" in header or any(c in header for c in PURPOSE_COLUMNS)
    if not has_purposes:
        missing.append("purposes (or social_media, print_poster, city_video, network_reshare)")
    if missing:
        result.problems.append(CsvProblem(1, "", f"missing column(s): {', '.join(missing)}"))
        return result
    known = {"file", "name", "minor", "guardian", "language", "purposes", "form", "text_version", *PURPOSE_COLUMNS}
    for column in header:
        if column and column not in known:
            result.problems.append(CsvProblem(1, column, "unknown column"))

    by_name = _contributions_by_file_name(project)
    kit_languages = set(_kit(project).languages)
    seen: dict[int, int] = {}
    line_no = 1
    try:
        for values in reader:
            line_no = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(result.rows) + len(result.problems) > MAX_LINES:
                result.problems.append(CsvProblem(line_no, "", f"more than {MAX_LINES} lines"))
                break
            row = dict(zip(header, (v.strip() for v in values)))
            if len(values) > len(header):
                result.problems.append(CsvProblem(line_no, "", f"{len(values)} values for {len(header)} columns"))
                continue
            _check_row(project, csv_file, line_no, row, by_name, kit_languages, seen, result)
    except csv.Error as exc:
        result.problems.append(CsvProblem(line_no + 1, "", f"cannot be read as CSV ({exc})"))
    if not result.rows and not result.problems:
        result.problems.append(CsvProblem(0, "", "no line to apply"))
    return result


def _check_row(project: Project, csv_file: Path, line: int, row: dict, by_name: dict, kit_languages: set,
               seen: dict[int, int], result: CsvResult) -> None:
    before = len(result.problems)

    def problem(column: str, message: str) -> None:
        result.problems.append(CsvProblem(line, column, message))

    file_ref = row.get("file", "")
    contribution_id = None
    if not file_ref:
        problem("file", "empty")
    elif file_ref.startswith("#") and file_ref[1:].isdigit():
        contribution_id = int(file_ref[1:])
        try:
            project.contribution(contribution_id)
        except IccError:
            problem("file", f"there is no contribution {file_ref}")
            contribution_id = None
    else:
        matches = by_name.get(_name_key(file_ref), [])
        if not matches:
            problem("file", f"no imported file is called {file_ref!r}")
        elif len(matches) > 1:
            problem("file", f"{len(matches)} imported files are called {file_ref!r}: use #ID instead")
        else:
            contribution_id = matches[0]
    if contribution_id is not None:
        if contribution_id in seen:
            problem("file", f"the same contribution is on line {seen[contribution_id]} too")
        else:
            seen[contribution_id] = line
            existing = project.contribution(contribution_id)
            if existing.has_consent:
                problem("file", f"contribution #{contribution_id} already has a consent "
                                f"({existing.contributor_name}); withdraw it first to record another")

    minor = _yes_no(row.get("minor", ""))
    if minor is None:
        problem("minor", f"{row.get('minor')!r} is neither yes nor no")
    purposes: set[Purpose] = set()
    if "purposes" in row and row["purposes"]:
        for word in row["purposes"].replace("|", ";").replace(",", ";").split(";"):
            word = _key(word)
            if not word:
                continue
            try:
                purposes.add(Purpose(word))
            except ValueError:
                problem("purposes", f"unknown purpose {word!r} (known: {', '.join(PURPOSE_COLUMNS)})")
    for column in PURPOSE_COLUMNS:
        if column in row:
            value = _yes_no(row[column])
            if value is None:
                problem(column, f"{row[column]!r} is neither yes nor no")
            elif value:
                purposes.add(Purpose(column))
    language = row.get("language", "").lower()
    if language and kit_languages and language.split("-")[0] not in kit_languages:
        problem("language", f"the kit has no consent text in {language!r} (it has {', '.join(sorted(kit_languages))})")
    form = None
    if row.get("form"):
        form = Path(row["form"])
        if not form.is_absolute():
            form = csv_file.parent / form
    consent = PaperConsent(name=row.get("name", ""), purposes=frozenset(purposes), language=language,
                           minor=bool(minor), guardian=row.get("guardian", ""), form=form, method="csv",
                           text_version=row.get("text_version", ""))
    for column, message in consent.problems():
        problem(column, message)
    if len(result.problems) == before and contribution_id is not None:
        result.rows.append(ConsentRow(line, contribution_id, consent))


def apply_consent_rows(project: Project, rows: Sequence[ConsentRow], *, actor: str | None = None) -> list[int]:
    """Record every row's consent in one transaction (all or nothing); returns the consent ids."""
    ids = []
    with project.transaction() as c:
        for row in rows:
            ids.append(_record(project, [row.contribution_id], row.consent, actor=actor, conn=c))
    project.audit("consent.csv", "", {"lines": len(rows)}, actor=actor)
    return ids


def import_consent_csv(project: Project, csv_file: Path, *, dry_run: bool = False,
                       actor: str | None = None) -> list[ConsentRow]:
    """Check and (unless ``dry_run``) apply a consent CSV; :class:`ConsentCsvError` lists every problem."""
    result = read_consent_csv(project, csv_file)
    if result.problems:
        raise ConsentCsvError(csv_file, result.problems)
    if not dry_run:
        apply_consent_rows(project, result.rows, actor=actor)
    return result.rows


def _contributions_by_file_name(project: Project) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for c in project.contributions():
        media = project.media(c.media_sha256)
        names = {c.source_name, media.original_name if media else ""}
        for name in names:
            if name:
                found.setdefault(_name_key(name), [])
                if c.id not in found[_name_key(name)]:
                    found[_name_key(name)].append(c.id)
    return found


def _name_key(name: str) -> str:
    return unicodedata.normalize("NFC", Path(name.strip()).name).casefold()


def _key(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip()).casefold().replace(" ", "_").replace("-", "_")


def _yes_no(value: str) -> bool | None:
    word = unicodedata.normalize("NFC", value.strip()).casefold()
    if word in YES:
        return True
    if word in NO:
        return False
    return None

"""The privacy report: what the project stores about whom, and what leaves it in packages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..media.reduce import reduced_paths
from ..store import Project, Purpose
from ..video.proxy import proxy_path
from .export import normalised_photo_path
from .retention import retention_deadline, retention_days


@dataclass(frozen=True)
class PrivacySpec:
    project: Path


def privacy_report(spec: PrivacySpec, *, progress=None, cancel=None) -> dict:
    """A JSON-ready report. It names residents (it is for the project's own staff): keep it in the project."""
    with Project.open(spec.project) as project:
        return _report(project)


def _report(project: Project) -> dict:
    info = project.info()
    folder = project.folder
    people = []
    for person in project.query("SELECT * FROM contributors ORDER BY id"):
        consents = [{
            "id": k["id"], "given_at": k["given_at"], "withdrawn_at": k["withdrawn_at"], "method": k["method"],
            "language": k["language"], "text_version": k["text_version"],
            "purposes": [p.value for p in Purpose if k[p.value]],
            "guardian": k["guardian_name"], "paper_form": bool(_get(k, "form_sha256")),
        } for k in project.query("SELECT * FROM consents WHERE contributor_id = ? ORDER BY id", (person["id"],))]
        items = []
        for c in project.query("SELECT c.*, m.ext, m.removed_at, m.original_name FROM contributions c"
                               " JOIN media m ON m.sha256 = c.media_sha256 WHERE contributor_id = ? ORDER BY c.id",
                               (person["id"],)):
            files = []
            original = project.media_path(c["media_sha256"], c["ext"])
            if original.is_file():
                files.append(str(original.relative_to(folder)))
            reduced = reduced_paths(folder, c["media_sha256"])
            copies = (reduced.preview, reduced.thumbnail, normalised_photo_path(folder, c["media_sha256"]),
                      proxy_path(folder, c["media_sha256"]))
            files += [str(p.relative_to(folder)) for p in copies if p.is_file()]
            renders = project.query("SELECT path FROM renders WHERE contribution_id = ?", (c["id"],))
            items.append({
                "id": c["id"], "kind": c["kind"], "status": c["status"], "language": c["language"],
                "caption": c["caption"], "city": c["city"] or info.city,
                "original_file_name": c["original_name"], "original_removed_at": c["removed_at"],
                "files": files, "renders": [r[0] for r in renders],
                "came_in_package": bool(c["origin_key"]),
            })
        people.append({
            "id": person["id"],
            "name": person["display_name"],
            "pseudonymous": bool(person["origin_key"]),
            "minor": bool(person["is_minor"]),
            "guardian": person["guardian_name"],
            "recorded_at": person["created_at"],
            "consents": consents,
            "contributions": items,
        })
    without = project.query("SELECT id, kind, status FROM contributions WHERE contributor_id IS NULL ORDER BY id")
    deadline = retention_deadline(project) if retention_days(project) is not None else None
    audit = project.query("SELECT action, count(*) AS n FROM audit_log GROUP BY action ORDER BY action")
    return {
        "project": {"city": info.city, "country": info.country, "kit": info.kit_id, "year": info.campaign_year},
        "contributors": people,
        "contributions_without_contributor": [dict(r) for r in without],
        "retention": {"days": retention_days(project), "originals_deleted_after": deadline.isoformat()
                      if deadline else None},
        "packages_imported": [dict(r) for r in project.query(
            "SELECT city, role, revision, imported_at, contributions FROM package_imports ORDER BY city")],
        "withdrawal_notices": project.query("SELECT count(*) FROM withdrawals")[0][0],
        "audit_log": {r["action"]: r["n"] for r in audit},
        "what_packages_carry": [
            "the photo (upright, no metadata) or the normalised clip",
            "caption, alt text, language and city",
            "the purposes consented to (network re-share always among them)",
            "a pseudonymous contributor key (not derivable from the person)",
            "a first name only for an adult whose consent covers the print poster",
            "withdrawal notices: a pseudonymous key and a date",
        ],
    }


def _get(row, key: str):
    try:
        return row[key]
    except (IndexError, KeyError):
        return None


def report_text(report: dict) -> str:
    """The report as plain text (English; the GUI has its own translated view)."""
    p = report["project"]
    lines = [f"Privacy report — {p['city']} ({p['kit']}, {p['year']})", ""]
    lines.append(f"{len(report['contributors'])} contributors are recorded.")
    for person in report["contributors"]:
        flags = []
        if person["minor"]:
            flags.append(f"minor, guardian {person['guardian']}")
        if person["pseudonymous"]:
            flags.append("pseudonymous, from a package")
        lines.append(f"- #{person['id']} {person['name']}" + (f" ({'; '.join(flags)})" if flags else ""))
        for consent in person["consents"]:
            state = f"withdrawn {consent['withdrawn_at']}" if consent["withdrawn_at"] else "in force"
            lines.append(f"    consent {consent['given_at'][:10]} via {consent['method']}: "
                         f"{', '.join(consent['purposes']) or 'nothing'} ({state})"
                         + ("; signed paper form kept" if consent["paper_form"] else ""))
        for item in person["contributions"]:
            lines.append(f"    contribution #{item['id']} {item['kind']} {item['status']}: "
                         f"{len(item['files'])} stored files, {len(item['renders'])} renders"
                         + (f"; original removed {item['original_removed_at'][:10]}" if item["original_removed_at"]
                            else ""))
    if report["contributions_without_contributor"]:
        lines.append(f"{len(report['contributions_without_contributor'])} contributions have no contributor "
                     "or consent recorded.")
    retention = report["retention"]
    lines.append("")
    lines.append(f"Retention: originals deleted after {retention['originals_deleted_after']} "
                 f"({retention['days']} days after the campaign day)." if retention["days"] is not None
                 else "Retention: not set; originals are kept until erased.")
    lines.append(f"Packages imported: {len(report['packages_imported'])}; withdrawal notices recorded: "
                 f"{report['withdrawal_notices']}.")
    lines.append("Packages carry: " + "; ".join(report["what_packages_carry"]) + ".")
    lines.append("Audit log: " + ", ".join(f"{k} {v}" for k, v in report["audit_log"].items()) + ".")
    return "\n".join(lines) + "\n"


def report_json(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2)

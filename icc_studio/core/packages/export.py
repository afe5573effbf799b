"""Exporting a contribution package: approved contributions whose consent covers network re-share.

The package is a zip with ``manifest.json`` and ``media/<sha256>.<ext>``: entries sorted, stored
(media are already compressed), with fixed timestamps and permissions, so the same content
always gives the same bytes. The revision goes up only when the content changes.

What leaves the project: the caption, alt text, language, city, the purposes consented to, a
pseudonymous contributor key and the media — for a photo an upright sRGB JPEG without any
metadata (no EXIF, GPS, XMP or comment), for a clip its normalised proxy (also stripped of
metadata). A first name is added for credits only for an adult whose consent covers the print
poster. No name otherwise, no guardian, no age, no consent time, no original file name.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import IccError
from ..fileio import atomic_path, save_image, sha256_file
from ..jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from ..media.reduce import reduced_paths
from ..store import Contribution, MediaKind, Project, Purpose, Status
from .errors import NothingToExport
from .identity import Identity, identity, network_settings, update_network_settings
from .manifest import FORMAT, MANIFEST_NAME, SCHEMA_VERSION, canonical_bytes, content_digest

NORMALISED_MAX_SIDE = 4096
NORMALISED_QUALITY = 95
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_CHUNK = 1 << 20


@dataclass(frozen=True)
class ExportSpec:
    project: Path
    out: Path
    actor: str | None = None


@dataclass
class ExportResult:
    path: Path
    revision: int
    contributions: int
    withdrawals: int
    size_bytes: int
    new_revision: bool
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (contribution id, why)


def normalised_photo_path(project_folder: Path, sha256: str) -> Path:
    """Where the metadata-free copy of a photo made for packages is kept (a rebuildable cache)."""
    return Path(project_folder) / "cache" / "package" / sha256[:2] / f"{sha256}.jpg"


def default_package_name(project: Project) -> str:
    from ..render.photos import slug

    info = project.info()
    return f"{slug(info.city)}_{info.kit_id}_{info.campaign_year}_package.zip"


def ineligible(c: Contribution) -> str:
    """Why ``c`` stays out of a package ('' when it goes in)."""
    if c.status != Status.APPROVED:
        return f"not approved ({c.status.value})"
    if not c.has_consent:
        return "no consent recorded"
    if Purpose.NETWORK_RESHARE not in c.purposes:
        return "consent does not cover network re-share"
    return ""


def export_package(spec: ExportSpec, *, progress: ProgressFn = no_progress,
                   cancel: CancelToken = NEVER_CANCELLED) -> ExportResult:
    out = Path(spec.out)
    with Project.open(spec.project) as project:
        ident = identity(project, actor=spec.actor)
        info = project.info()
        chosen, skipped = [], []
        origin = _origin_keys(project)
        for c in project.contributions():
            reason = ineligible(c)
            if not reason and ident.role != "coordinator" and origin.get(c.id, (None, None))[0]:
                reason = "came in another project's package (only the coordinator passes contributions on)"
            (skipped.append((c.id, reason)) if reason else chosen.append(c))
        withdrawals = [{"key": r["contribution_key"], "withdrawn_on": r["withdrawn_on"]}
                       for r in project.query("SELECT contribution_key, withdrawn_on FROM withdrawals"
                                              " ORDER BY contribution_key")]
        if not chosen and not withdrawals:
            raise NothingToExport(out, "no approved contribution has consent for network re-share, "
                                       "and there is no withdrawal notice to send")
        items, files = [], {}
        total = len(chosen) + 1
        progress(0, total, "")
        for index, c in enumerate(chosen):
            cancel.check()
            try:
                item, source = _item(project, ident, info, c, origin, cancel)
            except IccError as exc:
                skipped.append((c.id, str(exc)))
                continue
            items.append(item)
            files[item["media"]["path"]] = source
            progress(index + 1, total, f"#{c.id}")
        items.sort(key=lambda item: item["key"])
        manifest = {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "sender": {"project_id": ident.project_id, "city": info.city, "country": info.country,
                       "role": ident.role},
            "campaign": {"kit_id": info.kit_id, "year": info.campaign_year},
            "languages": list(info.languages),
            "contributions": items,
            "withdrawals": withdrawals,
        }
        digest = content_digest(manifest)
        settings = network_settings(project)
        revision = int(settings.get("revision") or 0)
        new_revision = settings.get("digest") != digest or revision < 1
        if new_revision:
            revision += 1
            revised_on = dt.date.today().isoformat()
        else:
            revised_on = settings.get("revised_on") or dt.date.today().isoformat()
        manifest["revision"] = revision
        manifest["revised_on"] = revised_on
        cancel.check()
        _write_zip(out, canonical_bytes(manifest), files, cancel)
        if new_revision:
            update_network_settings(project, {"revision": revision, "digest": digest, "revised_on": revised_on},
                                    actor=spec.actor, audit_action="package.revision",
                                    audit_details={"revision": revision})
        project.audit("package.export", out.name,
                      {"revision": revision, "contributions": [item["key"] for item in items],
                       "contribution_ids": [c.id for c in chosen if not any(s[0] == c.id for s in skipped)],
                       "withdrawals": len(withdrawals), "left_out": len(skipped)}, actor=spec.actor)
        progress(total, total, "")
    return ExportResult(out, revision, len(items), len(withdrawals), out.stat().st_size, new_revision, skipped)


def _origin_keys(project: Project) -> dict[int, tuple[str | None, str | None]]:
    """contribution id -> (its network key if it came in a package, its contributor's key if imported)."""
    rows = project.query("SELECT c.id, c.origin_key, p.origin_key AS contributor_key FROM contributions c"
                         " LEFT JOIN contributors p ON p.id = c.contributor_id")
    return {r["id"]: (r["origin_key"], r["contributor_key"]) for r in rows}


def _item(project: Project, ident: Identity, info, c: Contribution, origin: dict, cancel: CancelToken):
    origin_key, contributor_origin = origin.get(c.id, (None, None))
    imported = origin_key is not None
    key = origin_key or ident.contribution_key(c.id)
    if contributor_origin:
        contributor_key = contributor_origin
    elif c.contributor_id is not None:
        contributor_key = ident.contributor_key(c.contributor_id)
    else:
        contributor_key = ident.contribution_key(-c.id)
    media = project.media(c.media_sha256)
    if imported:
        source = project.media_path(media.sha256, media.ext)
        width, height, duration = media.width, media.height, media.duration_s
    elif c.kind == MediaKind.PHOTO:
        source, (width, height) = _normalised_photo(project, c.media_sha256, media)
        duration = None
    else:
        source, (width, height), duration = _clip_proxy(project, c.media_sha256, cancel)
    if not source.is_file():
        raise IccError(f"the media of contribution {c.id} is missing")
    sha256 = sha256_file(source)
    ext = "jpg" if c.kind == MediaKind.PHOTO else "mp4"
    item = {
        "key": key,
        "contributor_key": contributor_key,
        "city": c.city or info.city,
        "kind": c.kind.value,
        "language": c.language,
        "caption": c.caption,
        "alt_text": c.alt_text,
        "consent": sorted(p.value for p in c.purposes),
        "media": {"path": f"media/{sha256}.{ext}", "sha256": sha256, "size": source.stat().st_size,
                  "format": "jpeg" if ext == "jpg" else "mp4", "width": int(width), "height": int(height),
                  "duration_s": round(float(duration), 3) if duration is not None else None},
    }
    credit = _credit_name(project, c, imported)
    if credit:
        item["credit_name"] = credit
    if c.kind == MediaKind.CLIP and (c.trim_in_s is not None or c.trim_out_s is not None):
        item["trim"] = [c.trim_in_s, c.trim_out_s]
    return item, source


def _credit_name(project: Project, c: Contribution, imported: bool) -> str:
    """A first name, only for an adult whose consent covers the print poster (and the re-share)."""
    if c.contributor_id is None or Purpose.PRINT_POSTER not in c.purposes:
        return ""
    person = project.contributor(c.contributor_id)
    if person.is_minor:
        return ""
    if imported:
        row = project.query("SELECT origin_key FROM contributors WHERE id = ?", (c.contributor_id,))
        if row and row[0][0] and person.display_name.startswith("~"):
            return ""  # a pseudonym, not a name
    words = person.display_name.split()
    return words[0][:60] if words else ""


def _normalised_photo(project: Project, sha256: str, media) -> tuple[Path, tuple[int, int]]:
    """The photo upright, in sRGB, at most NORMALISED_MAX_SIDE px, as a JPEG with no metadata (cached)."""
    from PIL import Image

    from ..media.reduce import load_photo

    target = normalised_photo_path(project.folder, sha256)
    if target.is_file():
        with Image.open(target) as image:
            return target, image.size
    original = project.media_path(sha256, media.ext)
    source = original if original.is_file() else reduced_paths(project.folder, sha256).preview
    if not source.is_file():
        raise IccError(f"photo {sha256[:12]}: neither the original nor its preview is there")
    image = load_photo(source, max_side=NORMALISED_MAX_SIDE)
    if max(image.size) > NORMALISED_MAX_SIDE:
        ratio = NORMALISED_MAX_SIDE / max(image.size)
        image = image.resize((max(1, round(image.width * ratio)), max(1, round(image.height * ratio))),
                             Image.Resampling.LANCZOS)
    with atomic_path(target, durable=False) as tmp:
        save_image(image.convert("RGB"), tmp, "JPEG", quality=NORMALISED_QUALITY)  # no EXIF, ICC, XMP or comment
    return target, image.size


def _clip_proxy(project: Project, sha256: str, cancel: CancelToken):
    from ..video.proxy import ProxySpec, ensure_proxy, read_proxy_info

    info = read_proxy_info(project.folder, sha256)
    if info is None:
        ensure_proxy(ProxySpec(project.folder, sha256), cancel=cancel)
        info = read_proxy_info(project.folder, sha256)
    if info is None:
        raise IccError(f"clip {sha256[:12]}: its normalised copy could not be made")
    from ..video.proxy import proxy_path

    return proxy_path(project.folder, sha256), (info.width, info.height), info.duration_s


def _zip_info(name: str, size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_STORED
    info.create_system = 3
    info.create_version = 20
    info.extract_version = 20
    info.external_attr = 0o100644 << 16
    info.file_size = size
    return info


def _write_zip(out: Path, manifest: bytes, files: dict[str, Path], cancel: CancelToken) -> None:
    """Write the package atomically: the manifest first, then the media in name order."""
    with atomic_path(out) as tmp:
        with open(tmp, "wb") as handle, zipfile.ZipFile(handle, "w", allowZip64=True) as archive:
            archive.writestr(_zip_info(MANIFEST_NAME, len(manifest)), manifest)
            for name in sorted(files):
                cancel.check()
                source = files[name]
                with open(source, "rb") as src, archive.open(_zip_info(name, source.stat().st_size), "w") as dst:
                    while chunk := src.read(_CHUNK):
                        dst.write(chunk)

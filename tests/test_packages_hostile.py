"""Hostile archives, generated here, are refused with a message naming the entry, and nothing is written.

Each case starts from a real package and breaks one thing. The project is snapshotted (every
file and its hash, every row of every table) before the import and compared after it: a
refused import may only have used its staging folder, which is gone again.
"""

from __future__ import annotations

import json
import sqlite3
import struct
import unicodedata
import zipfile
from pathlib import Path

import pytest

from icc_studio.core.packages import (
    ExportSpec,
    ImportPackageSpec,
    PackageLimits,
    PackageRefused,
    export_package,
    import_package,
)
from icc_studio.core.packages.manifest import canonical_bytes
from icc_studio.core.store import DB_NAME, Project

from ._packages_support import KIT, make_city, snapshot


@pytest.fixture(scope="module")
def good_package(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    make_city(folder / "lyon", "Lyon", seeds=(1, 2), language="fr")
    return export_package(ExportSpec(folder / "lyon", folder / "lyon.zip")).path


@pytest.fixture
def target(tmp_path) -> Path:
    folder = tmp_path / "coordinator"
    with Project.create(folder, city="Network", kit_id=KIT, languages=["en"], campaign_year=2026):
        pass
    with Project.open(folder):
        pass
    return folder


def _entries(package: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(package) as archive:
        return [(name, archive.read(name)) for name in archive.namelist()]


def _write(path: Path, entries, *, compress=zipfile.ZIP_STORED, attrs: dict | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = compress
            info.external_attr = 0o100644 << 16
            for key, value in (attrs or {}).get(name, {}).items():
                setattr(info, key, value)
            archive.writestr(info, data)
    return path


def _manifest(entries) -> dict:
    return json.loads(dict(entries)["manifest.json"])


def _with_manifest(entries, manifest: dict):
    return [("manifest.json", canonical_bytes(manifest)) if n == "manifest.json" else (n, d) for n, d in entries]


def _patch_central(path: Path, name: str, *, offset: int, fmt: str, value: int, local: bool = True) -> None:
    """Overwrite one field of an entry's central directory record (and of its local header)."""
    data = bytearray(path.read_bytes())
    raw = name.encode()
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46: central + 46 + name_len]) == raw:
            break
        central = data.find(b"PK\x01\x02", central + 4)
    assert central != -1
    struct.pack_into(fmt, data, central + offset, value)
    if local:
        header = struct.unpack_from("<L", data, central + 42)[0]
        struct.pack_into(fmt, data, header + offset - 2, value)  # local fields sit 2 bytes earlier
    path.write_bytes(bytes(data))


def _db_rows(folder: Path) -> dict:
    conn = sqlite3.connect(folder / DB_NAME)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    rows = {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    conn.close()
    return rows


def _refused(target: Path, package: Path, *, limits: PackageLimits = PackageLimits()) -> PackageRefused:
    before_files, before_rows = snapshot(target), _db_rows(target)
    with pytest.raises(PackageRefused) as caught:
        import_package(ImportPackageSpec(target, package, limits=limits))
    assert snapshot(target) == before_files, "a refused import wrote files"
    assert _db_rows(target) == before_rows, "a refused import wrote rows"
    assert not any((target / "media" / ".incoming").iterdir()), "the staging folder was left behind"
    return caught.value


def _name_cases(entries):
    media = next(n for n, _ in entries if n.startswith("media/"))
    body = dict(entries)[media]
    return {
        "dotdot": ("media/../../evil.jpg", body),
        "absolute": ("/etc/evil.jpg", body),
        "drive": ("C:/Windows/evil.jpg", body),
        "drive-relative": ("c:evil.jpg", body),
        "backslash": ("media\\evil.jpg", body),
        "control": ("media/evil\x07.jpg", body),
        "directory": ("media/", b""),
    }


@pytest.mark.parametrize("case", ["dotdot", "absolute", "drive", "drive-relative", "backslash", "control",
                                  "directory"])
def test_bad_names_are_refused(case, good_package, target, tmp_path):
    entries = _entries(good_package)
    name, data = _name_cases(entries)[case]
    error = _refused(target, _write(tmp_path / "bad.zip", entries + [(name, data)]))
    assert error.params["entry"] == name
    assert repr(name) in str(error)


def test_symlink_is_refused(good_package, target, tmp_path):
    entries = _entries(good_package) + [("media/link.jpg", b"/etc/passwd")]
    package = _write(tmp_path / "link.zip", entries,
                     attrs={"media/link.jpg": {"external_attr": 0o120777 << 16, "create_system": 3}})
    error = _refused(target, package)
    assert (error.params["entry"], error.params["reason"]) == ("media/link.jpg", "symlink")


def test_encrypted_entry_is_refused(good_package, target, tmp_path):
    entries = _entries(good_package)
    media = next(n for n, _ in entries if n.startswith("media/"))
    package = _write(tmp_path / "encrypted.zip", entries)
    _patch_central(package, media, offset=8, fmt="<H", value=0x1)
    error = _refused(target, package)
    assert (error.params["entry"], error.params["reason"]) == (media, "encrypted")
    assert "encrypted" in str(error)


@pytest.mark.parametrize("pair", [("media/Photo.jpg", "media/photo.jpg"),
                                  (unicodedata.normalize("NFC", "media/café.jpg"),
                                   unicodedata.normalize("NFD", "media/café.jpg")),
                                  ("media/ﬁle.jpg", "media/file.jpg")])
def test_names_colliding_by_case_or_normalisation_are_refused(pair, good_package, target, tmp_path):
    entries = _entries(good_package) + [(pair[0], b"a"), (pair[1], b"b")]
    error = _refused(target, _write(tmp_path / "collide.zip", entries))
    assert error.params["reason"] == "collision"
    assert error.params["entry"] == pair[1]


def test_too_many_entries_refused_before_parsing(good_package, target, tmp_path):
    entries = _entries(good_package) + [(f"extra/{i}.txt", b"x") for i in range(50)]
    error = _refused(target, _write(tmp_path / "many.zip", entries), limits=PackageLimits(max_entries=20))
    assert error.params["reason"] == "entries"
    assert "too many entries" in str(error)


def test_too_many_bytes_refused(good_package, target):
    error = _refused(target, good_package, limits=PackageLimits(max_total_bytes=12_000))
    assert error.params["reason"] == "size"
    assert error.params["entry"].startswith("media/")


def test_compression_bomb_refused_while_streaming_though_headers_lie(good_package, target, tmp_path):
    """A declared entry of 64 MiB of zeros, deflated to ~64 KB; its headers claim 1 000 bytes."""
    import hashlib

    entries = _entries(good_package)
    manifest = _manifest(entries)
    bomb = bytes(64 << 20)
    sha = hashlib.sha256(bomb).hexdigest()
    item = manifest["contributions"][0]
    old_path = item["media"]["path"]
    item["media"].update(path=f"media/{sha}.jpg", sha256=sha, size=len(bomb))
    entries = [(n, d) for n, d in _with_manifest(entries, manifest) if n != old_path]
    package = _write(tmp_path / "bomb.zip", entries + [(f"media/{sha}.jpg", bomb)], compress=zipfile.ZIP_DEFLATED)
    _patch_central(package, f"media/{sha}.jpg", offset=24, fmt="<L", value=1000)  # uncompressed size
    error = _refused(target, package)
    assert (error.params["entry"], error.params["reason"]) == (f"media/{sha}.jpg", "ratio")
    assert "compression ratio" in str(error)


def test_manifest_compression_bomb_refused(good_package, target, tmp_path):
    entries = _entries(good_package)
    padded = dict(entries)["manifest.json"][:-1] + b" " * (8 << 20) + b"\n"
    package = _write(tmp_path / "padded.zip",
                     [("manifest.json", padded) if n == "manifest.json" else (n, d) for n, d in entries],
                     compress=zipfile.ZIP_DEFLATED)
    error = _refused(target, package)
    assert (error.params["entry"], error.params["reason"]) == ("manifest.json", "ratio")


@pytest.mark.parametrize("breakage", ["missing-sender", "extra-field", "no-reshare-consent", "bad-key",
                                      "path-outside-media", "not-json"])
def test_manifest_breaking_the_schema_is_refused(breakage, good_package, target, tmp_path):
    entries = _entries(good_package)
    manifest = _manifest(entries)
    item = manifest["contributions"][0]
    if breakage == "missing-sender":
        del manifest["sender"]
    elif breakage == "extra-field":
        item["contributor_name"] = "Amina Haddad"
    elif breakage == "no-reshare-consent":
        item["consent"] = ["social_media"]
    elif breakage == "bad-key":
        item["key"] = "../../x"
    elif breakage == "path-outside-media":
        item["media"]["path"] = "../" + item["media"]["path"]
    fixed = _with_manifest(entries, manifest)
    if breakage == "not-json":
        fixed = [("manifest.json", b"{not json") if n == "manifest.json" else (n, d) for n, d in entries]
    error = _refused(target, _write(tmp_path / "schema.zip", fixed))
    assert error.params["entry"] == "manifest.json"
    assert error.params["reason"] == "schema"
    assert "manifest.json" in str(error)


def test_newer_schema_version_is_refused_clearly(good_package, target, tmp_path):
    entries = _entries(good_package)
    manifest = _manifest(entries)
    manifest["schema_version"] = 99
    error = _refused(target, _write(tmp_path / "newer.zip", _with_manifest(entries, manifest)))
    assert error.params["reason"] == "version"
    assert "newer" in str(error)


def test_wrong_checksum_is_refused(good_package, target, tmp_path):
    entries = _entries(good_package)
    media = next(n for n, _ in entries if n.startswith("media/"))
    tampered = [(n, d[:-10] + bytes(10) if n == media else d) for n, d in entries]
    error = _refused(target, _write(tmp_path / "tampered.zip", tampered))
    assert (error.params["entry"], error.params["reason"]) == (media, "checksum")


def test_undeclared_and_missing_files_are_refused(good_package, target, tmp_path):
    entries = _entries(good_package)
    error = _refused(target, _write(tmp_path / "extra.zip", entries + [("media/notes.txt", b"hello")]))
    assert (error.params["entry"], error.params["reason"]) == ("media/notes.txt", "undeclared")
    media = next(n for n, _ in entries if n.startswith("media/"))
    error = _refused(target, _write(tmp_path / "short.zip", [(n, d) for n, d in entries if n != media]))
    assert (error.params["entry"], error.params["reason"]) == (media, "missing")


def test_no_manifest_damaged_and_not_a_zip(good_package, target, tmp_path):
    entries = [(n, d) for n, d in _entries(good_package) if n != "manifest.json"]
    error = _refused(target, _write(tmp_path / "nomanifest.zip", entries))
    assert (error.params["entry"], error.params["reason"]) == ("manifest.json", "missing")
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"this is not a zip" * 100)
    assert _refused(target, junk).params["reason"] == "damaged"
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good_package.read_bytes()[: good_package.stat().st_size // 2])
    assert _refused(target, cut).params["reason"] == "damaged"


def test_lying_size_header_is_refused(good_package, target, tmp_path):
    entries = _entries(good_package)
    media = next(n for n, _ in entries if n.startswith("media/"))
    package = _write(tmp_path / "deflated.zip", entries, compress=zipfile.ZIP_DEFLATED)
    size = dict(entries)[media]
    _patch_central(package, media, offset=24, fmt="<L", value=len(size) - 100)
    error = _refused(target, package)
    assert error.params["entry"] == media
    assert error.params["reason"] in ("damaged", "size")


def test_overlapping_entries_are_refused(good_package, target, tmp_path):
    entries = _entries(good_package)
    media = sorted(n for n, _ in entries if n.startswith("media/"))
    package = _write(tmp_path / "overlap.zip", entries)
    with zipfile.ZipFile(package) as archive:
        first = archive.getinfo(media[0]).header_offset
    _patch_central(package, media[1], offset=42, fmt="<L", value=first, local=False)
    error = _refused(target, package)
    assert error.params["reason"] in ("overlap", "damaged")


def test_a_valid_deflated_package_from_another_tool_is_accepted(good_package, target, tmp_path):
    entries = _entries(good_package)
    package = _write(tmp_path / "deflated.zip", entries, compress=zipfile.ZIP_DEFLATED)
    result = import_package(ImportPackageSpec(target, package))
    assert result.outcome == "imported" and len(result.added) == 2

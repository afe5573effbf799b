"""The manifest of a package: its schema (shipped beside this module), validation and canonical bytes."""

from __future__ import annotations

import functools
import hashlib
import json
from importlib import resources

FORMAT = "icc-studio-package"
SCHEMA_VERSION = 1
MANIFEST_NAME = "manifest.json"
SCHEMA_FILE = "schema/package.schema.json"


@functools.cache
def schema() -> dict:
    return json.loads(resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))


@functools.cache
def _validator():
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema())
    return Draft202012Validator(schema())


def schema_problems(manifest: object) -> list[str]:
    """Every way ``manifest`` breaks the schema, each as "at <json path>: <message>" (empty when valid)."""
    errors = sorted(_validator().iter_errors(manifest), key=lambda e: [str(p) for p in e.absolute_path])
    problems = []
    for error in errors:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        message = error.message if len(error.message) < 200 else error.message[:197] + "..."
        problems.append(f"at {where}: {message}")
    return problems


def canonical_bytes(manifest: dict) -> bytes:
    """The manifest as written in a package: sorted keys, UTF-8, one key per line; the same dict, the same bytes."""
    return (json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def content_digest(manifest: dict) -> str:
    """SHA-256 of what the package says, without its revision stamp: equal content, equal digest."""
    body = {k: v for k, v in manifest.items() if k not in ("revision", "revised_on")}
    return hashlib.sha256(canonical_bytes(body)).hexdigest()

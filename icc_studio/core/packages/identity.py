"""A project's network identity and the pseudonymous keys that travel in packages.

Each project gets, once, a random ``project_id`` and a random secret (kept in the project's
settings, never exported). A contribution's key is ``<project_id>:<HMAC(secret, id)>``: stable
across exports, so a withdrawal notice can name it, and meaningless outside the project, so it
says nothing about the person. A contributor's key is made the same way from their row id.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import uuid
from dataclasses import dataclass

from ..store import Project

SETTINGS_KEY = "network"
ROLES = ("city", "coordinator")
KEY_PATTERN = re.compile(r"^[0-9a-f]{32}:[0-9a-f]{24}$")


@dataclass(frozen=True)
class Identity:
    project_id: str
    secret: bytes
    role: str

    def contribution_key(self, contribution_id: int) -> str:
        return self._key(f"contribution:{contribution_id}")

    def contributor_key(self, contributor_id: int) -> str:
        return self._key(f"contributor:{contributor_id}")

    def _key(self, what: str) -> str:
        digest = hmac.new(self.secret, what.encode("ascii"), hashlib.sha256).hexdigest()
        return f"{self.project_id}:{digest[:24]}"


def network_settings(project: Project) -> dict:
    return dict(project.settings().get(SETTINGS_KEY) or {})


def identity(project: Project, *, actor: str | None = None) -> Identity:
    """The project's identity, made (and stored) the first time it is asked for. Not inside a transaction."""
    data = network_settings(project)
    if not data.get("project_id") or not data.get("secret"):
        data.update(project_id=uuid.uuid4().hex, secret=secrets.token_hex(32))
        data.setdefault("role", "city")
        project.update_settings(SETTINGS_KEY, data, actor=actor, audit_action="network.identity",
                                audit_details={"project_id": data["project_id"], "role": data["role"]})
    return Identity(data["project_id"], bytes.fromhex(data["secret"]), data.get("role", "city"))


def update_network_settings(project: Project, changes: dict, *, actor: str | None = None,
                            audit_action: str = "network.update", audit_details: dict | None = None) -> dict:
    identity(project, actor=actor)
    data = network_settings(project)
    data.update(changes)
    project.update_settings(SETTINGS_KEY, data, actor=actor, audit_action=audit_action,
                            audit_details=audit_details if audit_details is not None
                            else {k: v for k, v in changes.items() if k != "secret"})
    return data


def is_coordinator(project: Project) -> bool:
    return network_settings(project).get("role") == "coordinator"


def make_coordinator(project: Project, *, actor: str | None = None) -> None:
    """Turn a project into the network coordinator's: it gathers the packages of many cities."""
    update_network_settings(project, {"role": "coordinator"}, actor=actor, audit_action="network.coordinator")

"""Reviewing contributions: which ones a filter shows, what their consent covers, and the
reasons given before (so that staff pick a reason instead of typing it again)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from .store import Contribution, MediaKind, Project, Purpose, Status


class ConsentState(StrEnum):
    COMPLETE = "complete"  # every purpose
    PARTIAL = "partial"    # some purposes
    MISSING = "missing"    # no active consent, or one that covers nothing


def consent_state(c: Contribution) -> ConsentState:
    if not c.has_consent or not c.purposes:
        return ConsentState.MISSING
    if set(c.purposes) >= set(Purpose):
        return ConsentState.COMPLETE
    return ConsentState.PARTIAL


def missing_consent(c: Contribution) -> bool:
    return consent_state(c) == ConsentState.MISSING


def why_left_out(c: Contribution, purpose: Purpose, *, kinds: Iterable[MediaKind] = (MediaKind.PHOTO,),
                 use: str | None = None) -> str:
    """Why ``c`` may not appear in an output for ``purpose`` ("" when it may): every output
    takes only approved contributions of its kinds whose active consent covers its purpose.
    ``use`` names the purpose in the reason (default: the purpose's own name)."""
    kinds = tuple(kinds)
    if c.kind not in kinds:
        return "not a photo" if kinds == (MediaKind.PHOTO,) else "neither a photo nor a clip"
    if c.status != Status.APPROVED:
        return f"not approved ({c.status.value})"
    if not c.has_consent:
        return "no consent recorded"
    if purpose not in c.purposes:
        return f"consent does not cover {use or purpose.value.replace('_', ' ')}"
    return ""


@dataclass(frozen=True)
class ReviewFilter:
    """What the review list shows; ``None`` (or ``False``) means "any"."""

    status: Status | None = None
    kind: MediaKind | None = None
    language: str | None = None  # "" selects contributions without a language
    missing_consent: bool = False

    def matches(self, c: Contribution) -> bool:
        return ((self.status is None or c.status == self.status)
                and (self.kind is None or c.kind == self.kind)
                and (self.language is None or (c.language or "") == self.language)
                and (not self.missing_consent or missing_consent(c)))

    def apply(self, items: Iterable[Contribution]) -> list[Contribution]:
        return [c for c in items if self.matches(c)]


def languages_of(items: Iterable[Contribution]) -> list[str]:
    """The languages of the contributions, sorted (``""`` for those without one, last)."""
    found = {c.language or "" for c in items}
    return sorted(found - {""}) + ([""] if "" in found else [])


def recent_reasons(project: Project, status: Status = Status.REJECTED, limit: int = 12,
                   defaults: Sequence[str] = ()) -> list[str]:
    """The reasons given for ``status`` most recently first (from the audit log), then ``defaults``;
    each once, at most ``limit``."""
    reasons: list[str] = []
    seen: set[str] = set()
    for entry in project.audit_log(limit=2000):
        if entry.action != f"contribution.{status.value}":
            continue
        try:
            reason = str(json.loads(entry.details or "{}").get("reason", "")).strip()
        except (ValueError, AttributeError):
            continue
        if reason and reason.casefold() not in seen:
            seen.add(reason.casefold())
            reasons.append(reason)
    for reason in defaults:
        if reason.casefold() not in seen:
            seen.add(reason.casefold())
            reasons.append(reason)
    return reasons[:limit]


#: Short names of the purposes, for narrow text (the CLI's table).
PURPOSE_SHORT = {Purpose.SOCIAL_MEDIA: "social", Purpose.PRINT_POSTER: "print", Purpose.CITY_VIDEO: "video",
                 Purpose.NETWORK_RESHARE: "reshare"}


def consent_label(c: Contribution) -> str:
    """``all: social,print,video,reshare`` / ``partial: social,video`` / ``missing``."""
    state = consent_state(c)
    if state == ConsentState.MISSING:
        return "missing"
    purposes = ",".join(PURPOSE_SHORT[p] for p in Purpose if p in c.purposes)
    return f"{'all' if state == ConsentState.COMPLETE else 'partial'}: {purposes}"

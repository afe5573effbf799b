"""The coordinator's project: it gathers the packages of many cities.

It is an ordinary project (so every renderer works on it: the network-wide collage, the
highlight video) whose role is ``coordinator``: its contributions carry the city they came
from (``contributions.city``), can be listed by city and language, and its packages carry every
city's contributions and withdrawal notices back to the partner cities.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..store import Project
from .identity import make_coordinator

NETWORK_NAME = "Intercultural Cities network"


def create_coordinator_project(folder: Path, *, kit_id: str, languages: Sequence[str], name: str = NETWORK_NAME,
                               campaign_year: int | None = None, actor: str | None = None) -> Project:
    project = Project.create(folder, city=name, kit_id=kit_id, languages=languages, name=name,
                             campaign_year=campaign_year, actor=actor)
    make_coordinator(project, actor=actor)
    return project


def network_cities(project: Project) -> list[dict]:
    """Every city with contributions here: how many, how many approved, in which languages."""
    own = project.info().city
    rows = project.query(
        "SELECT CASE WHEN city = '' THEN ? ELSE city END AS name, count(*) AS contributions,"
        " sum(status = 'approved') AS approved, group_concat(DISTINCT language) AS languages"
        " FROM contributions GROUP BY name ORDER BY name COLLATE NOCASE", (own,))
    return [{"city": r["name"], "contributions": r["contributions"], "approved": r["approved"] or 0,
             "languages": sorted(x for x in (r["languages"] or "").split(",") if x)} for r in rows]

"""Typed errors of the campaign assets (collage, posters, postcards, banners, countdown, calendar)."""

from __future__ import annotations

from ..errors import IccError


class AssetError(IccError):
    code = "asset"


class TilesTooSmall(AssetError):
    """The collage's photos would print smaller than the kit's minimum tile size.

    ``params``: ``count`` photos, ``paper``, ``pages``, ``smallest_mm`` (what they would be),
    ``min_mm`` (the kit's minimum), ``pages_needed`` (pages of this paper that would do) and
    ``paper_needed`` (the smallest single sheet that would do, or ``""`` if none would).
    """

    code = "collage-tiles-too-small"
    template = ("{count} photos on {pages} × {paper} would print at {smallest_mm:.1f} mm, smaller than the kit's "
                "minimum of {min_mm:g} mm: {detail}")

    def __init__(self, *, count: int, paper: str, pages: int, smallest_mm: float, min_mm: float,
                 pages_needed: int, paper_needed: str) -> None:
        options = [f"use {pages_needed} pages of {paper} (--pages {pages_needed})"]
        if paper_needed:
            options.append(f"a larger paper ({paper_needed})")
        super().__init__(" or ".join(options) + ".", count=count, paper=paper, pages=pages,
                         smallest_mm=smallest_mm, min_mm=min_mm, pages_needed=pages_needed,
                         paper_needed=paper_needed)


class NothingToRender(AssetError):
    """No contribution is eligible (approved photo with the consent the output needs)."""

    code = "asset-nothing-to-render"
    template = "Nothing to put on the {output}: {detail}"

    def __init__(self, output: str, detail: str) -> None:
        super().__init__(detail, output=output)


class QuoteTooLong(AssetError):
    """A speaker's quote is longer than the same maximum every speaker has."""

    code = "quote-too-long"
    template = "The quote of {speaker} has {length} characters; every quote is limited to {limit}."

    def __init__(self, speaker: str, length: int, limit: int) -> None:
        super().__init__("", speaker=speaker, length=length, limit=limit)


class UnknownPaper(AssetError):
    code = "unknown-paper"
    template = "Unknown paper size {paper!r}: choose one of {choices}."

    def __init__(self, paper: str, choices: str) -> None:
        super().__init__("", paper=paper, choices=choices)

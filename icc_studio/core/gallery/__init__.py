"""The campaign gallery: a static website of the campaign's consented contributions (no Qt here).

``render_gallery(GallerySpec(project), progress=..., cancel=...)`` writes ``exports/gallery/``;
see ``docs/gallery.md`` for the structure of the site.
"""

from .job import GalleryResult, GallerySpec, gallery_dir, render_gallery  # noqa: F401

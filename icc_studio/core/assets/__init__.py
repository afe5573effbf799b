"""Campaign assets beyond the framed photos: the collage poster, quote posters, postcards, banners,
the countdown series and the diversity calendar, with QR codes and print PDFs.

Every renderer is a job ``fn(spec, *, progress, cancel) -> result`` (see :mod:`icc_studio.core.jobs`);
the GUI preview and the export use the same drawing functions at different sizes.
"""

from .errors import AssetError, NothingToRender, QuoteTooLong, TilesTooSmall, UnknownPaper

__all__ = ["AssetError", "NothingToRender", "QuoteTooLong", "TilesTooSmall", "UnknownPaper"]

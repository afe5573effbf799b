"""Contribution packages between cities and the network coordinator; withdrawal, erasure, retention.

No Qt here. The jobs (``fn(spec, *, progress, cancel)``): :func:`export_package`,
:func:`import_package`, :func:`erase_contributor`, :func:`apply_retention`; the format is
described in ``docs/package-format.md`` and its schema ships as ``schema/package.schema.json``.
"""

from .erasure import EraseSpec, ErasureResult, erase_contributor, withdrawal_notices  # noqa: F401
from .errors import (  # noqa: F401
    ErasureError,
    NothingToExport,
    PackageError,
    PackageOutdated,
    PackageRefused,
)
from .export import ExportResult, ExportSpec, default_package_name, export_package  # noqa: F401
from .identity import identity, is_coordinator, make_coordinator  # noqa: F401
from .importer import (  # noqa: F401
    ImportManySpec,
    ImportPackageSpec,
    PackageImportResult,
    import_package,
    import_packages,
    imported_cities,
)
from .privacy import PrivacySpec, privacy_report, report_json, report_text  # noqa: F401
from .retention import (  # noqa: F401
    RetentionResult,
    RetentionSpec,
    apply_retention,
    apply_retention_to,
    retention_deadline,
    retention_days,
    set_retention,
)
from .safezip import EntryReport, PackageLimits  # noqa: F401
from .coordinator import NETWORK_NAME, create_coordinator_project, network_cities  # noqa: F401

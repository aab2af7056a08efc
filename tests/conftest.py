"""Session-wide test settings."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def pytest_configure() -> None:
    # Installed example plugins may write audit records after each render; keep them out of
    # the user's home directory during the tests.
    os.environ.setdefault(
        "SOCIALWORK_AUDIT_LOG", str(Path(tempfile.mkdtemp(prefix="sw-audit-")) / "audit.jsonl")
    )
    # Compiled templates and the plugins found are cached on disk (socialwork.cachefiles): one
    # private cache for the whole run, never the user's own.
    os.environ.setdefault("SOCIALWORK_CACHE_DIR", tempfile.mkdtemp(prefix="sw-cache-"))

"""Hooks of the eksport plugin (entry point ``eksport``).

The audit module (and :mod:`hashlib` with it) is imported when a document is first rendered:
every command loads the installed plugins, and one that renders nothing (``socialwork
validate``) should not pay for them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from socialwork.plugins import hookimpl


@hookimpl
def after_render(template: Any, obj: Any, document: bytes) -> None:
    """Append the audit record of this render (see :mod:`socialwork_eksport.audit`)."""
    from socialwork_eksport import audit

    path = audit.log_path()
    if path is None:
        return
    audit.append(audit.record(template, obj, document, now=dt.datetime.now(dt.UTC)), path)

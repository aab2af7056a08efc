"""Hooks of the eksport plugin (entry point ``eksport``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from socialwork.plugins import hookimpl
from socialwork_eksport import audit


@hookimpl
def after_render(template: Any, obj: Any, document: bytes) -> None:
    """Append the audit record of this render (see :mod:`socialwork_eksport.audit`)."""
    path = audit.log_path()
    if path is None:
        return
    audit.append(audit.record(template, obj, document, now=dt.datetime.now(dt.UTC)), path)

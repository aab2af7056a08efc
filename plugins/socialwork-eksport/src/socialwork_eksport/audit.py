"""Audit records of rendered documents (the ``after_render`` hook).

Each render appends one JSON line::

    {"event": "rendered", "time": "2026-11-22T17:35:05.123456+00:00",
     "template": "decyzja", "object_type": "decision", "sha256": "…", "bytes": 18231}

``"event": "rendered"``: the document was produced, not necessarily saved (the hook runs
before the caller writes the file; a failed write leaves the record).

No personal data: not the case id, not a name, not the document text — only what proves
*which* document was produced *when* (the hash lets an auditor match a stored file).

Where: ``SOCIALWORK_AUDIT_LOG`` (a file path); unset, ``$XDG_STATE_HOME/socialwork/audit.jsonl``
(``~/.local/state/socialwork/audit.jsonl``). ``SOCIALWORK_AUDIT_LOG=off`` switches it off.
The line is written with one ``O_APPEND`` write, so parallel renders do not interleave; the
file is created with mode 0600.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

ENV_VAR = "SOCIALWORK_AUDIT_LOG"
EVENT = "rendered"
"""What a record attests: the document was *produced* (``after_render`` runs before any
caller saves it), not that it was saved, sent or signed — a render whose output could not be
written still has its record. The hash lets an auditor match a stored file to it."""
OFF = {"off", "0", "no", "false", "nie"}


def log_path(environ: dict[str, str] | None = None) -> Path | None:
    """The audit file (None when switched off)."""
    env = os.environ if environ is None else environ
    configured = env.get(ENV_VAR, "").strip()
    if configured.lower() in OFF:
        return None
    if configured:
        return Path(configured).expanduser()
    state = env.get("XDG_STATE_HOME", "").strip()
    base = Path(state) if state else Path.home() / ".local" / "state"
    return base / "socialwork" / "audit.jsonl"


def _object_type(obj: object) -> str:
    try:
        from socialwork.serialization import model_tag

        tag = model_tag(obj)
        if isinstance(tag, str):
            return tag
    except Exception:
        pass
    return re.sub(r"(?<!^)(?=[A-Z])", "_", type(obj).__name__).lower()


def record(template: Any, obj: object, document: bytes, *, now: dt.datetime) -> dict[str, Any]:
    """The audit record of one render (``now`` must be timezone-aware)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return {
        "event": EVENT,
        "time": now.isoformat(),
        "template": str(getattr(template, "name", template)),
        "object_type": _object_type(obj),
        "sha256": hashlib.sha256(document).hexdigest(),
        "bytes": len(document),
    }


def append(entry: dict[str, Any], path: Path) -> None:
    """Append ``entry`` as one JSON line to ``path`` (created 0600 with its folders)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    # O_NOFOLLOW: never append through a symbolic link; O_NONBLOCK: a FIFO without a reader
    # fails at once instead of hanging the render; then only a regular file is written.
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK
    fd = os.open(path, flags | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, f"{path} is not a regular file")
        os.write(fd, line)
    finally:
        os.close(fd)


def read(path: Path) -> list[dict[str, Any]]:
    """All records of an audit file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]

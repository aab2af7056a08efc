"""The UNO client that keeps one LibreOffice running (run by the system Python, not imported).

Debian's ``python3-uno`` installs the UNO bridge for the system interpreter only; a virtual
environment cannot import ``uno``. :mod:`socialwork.documents.pdf` therefore starts this file
as a helper process with that interpreter::

    /usr/bin/python3 uno_helper.py SOFFICE WORKDIR

The helper starts LibreOffice headless (its own process group, profile and ``HOME`` inside
``WORKDIR``, a private 0700 folder), connects to it through a named pipe, then answers
requests, one JSON object per line on stdin/stdout:

* it first writes ``{"ready": true, "office_pgid": N}`` (or ``{"ready": false, "error": …}``);
* a request ``{"in": "/…/x.docx", "out": "/…/x.pdf"}`` is answered ``{"ok": true}`` or
  ``{"ok": false, "error": "<exception type>"}`` (never a foreign message: it could quote
  personal data), with ``"dead": true`` and the helper's exit when LibreOffice died;
* at end of input (the parent closed the pipe or died) it stops LibreOffice, kills its
  process group and removes ``WORKDIR``.

This file imports nothing from socialwork: it runs outside the package's environment.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from typing import Any

STARTUP_SECONDS = 60.0


def _reply(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def _connect(office: subprocess.Popen[bytes], pipe: str) -> Any:
    import uno
    from com.sun.star.connection import (
        NoConnectException,
    )

    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except NoConnectException:
            if office.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)


def _convert(desktop: Any, source: str, target: str) -> None:
    import uno
    from com.sun.star.beans import PropertyValue

    def prop(name: str, value: object) -> Any:
        item = PropertyValue()
        item.Name = name
        item.Value = value
        return item

    document = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),)
    )
    if document is None:
        raise RuntimeError("LibreOffice could not open the document")
    try:
        document.storeToURL(
            uno.systemPathToFileUrl(target), (prop("FilterName", "writer_pdf_Export"),)
        )
    finally:
        with contextlib.suppress(Exception):
            document.close(True)


def main(argv: list[str]) -> int:
    soffice, workdir = argv[1], argv[2]
    pipe = f"socialwork-{os.getpid()}-{uuid.uuid4().hex}"
    profile = os.path.join(workdir, "profile")
    office = subprocess.Popen(
        [
            soffice,
            "-env:UserInstallation=file://" + profile,
            "--headless",
            "--invisible",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "--norestore",
            "--nofirststartwizard",
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=workdir,
        env={**os.environ, "HOME": workdir, "TMPDIR": workdir},  # its temporary files too
        start_new_session=True,  # its own process group: killed as a whole
    )
    try:
        try:
            desktop = _connect(office, pipe)
        except Exception as exc:
            _reply({"ready": False, "error": type(exc).__name__})
            return 1
        _reply({"ready": True, "office_pgid": office.pid})
        for line in sys.stdin:
            try:
                request = json.loads(line)
                source, target = request["in"], request["out"]
            except Exception as exc:
                _reply({"ok": False, "error": type(exc).__name__})
                continue
            for attempt in (1, 2):
                try:
                    _convert(desktop, source, target)
                except Exception as exc:
                    if office.poll() is not None:  # LibreOffice died: say so and stop
                        _reply({"ok": False, "error": type(exc).__name__, "dead": True})
                        return 1
                    if attempt == 1:
                        # LibreOffice restarts itself once after creating a fresh profile,
                        # which disposes the first connection: connect again, once
                        try:
                            desktop = _connect(office, pipe)
                        except Exception:
                            _reply({"ok": False, "error": type(exc).__name__, "dead": True})
                            return 1
                        continue
                    _reply({"ok": False, "error": type(exc).__name__})
                else:
                    _reply({"ok": True})
                break
        with contextlib.suppress(Exception):
            desktop.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            office.wait(timeout=3)
        return 0
    finally:
        _kill_group(office.pid)
        with contextlib.suppress(Exception):
            office.wait(timeout=5)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    sys.exit(main(sys.argv))

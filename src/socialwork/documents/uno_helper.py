"""The UNO client that keeps one LibreOffice running (run by the system Python), and the
preparation of LibreOffice user profiles (also imported by :mod:`socialwork.documents.pdf`).

Debian's ``python3-uno`` installs the UNO bridge for the system interpreter only; a virtual
environment cannot import ``uno``. :mod:`socialwork.documents.pdf` therefore starts this file
as a helper process with that interpreter::

    /usr/bin/python3 uno_helper.py SOFFICE WORKDIR [PROFILE_CACHE]

The helper starts LibreOffice headless (its own process group, profile and ``HOME`` inside
``WORKDIR``, a private 0700 folder), connects to it through a named pipe, then answers
requests, one JSON object per line on stdin/stdout:

* it first writes ``{"ready": true, "office_pgid": N}`` (or ``{"ready": false, "error": …}``,
  with ``"no_uno": true`` — and without starting LibreOffice — when this Python has no
  ``uno``: the caller then knows without a Python start of its own to check);
* a request ``{"in": "/…/x.docx", "out": "/…/x.pdf"}`` is answered ``{"ok": true}`` or
  ``{"ok": false, "error": "<exception type>"}`` (never a foreign message: it could quote
  personal data), with ``"dead": true`` and the helper's exit when LibreOffice died;
* at end of input (the parent closed the pipe or died) it stops LibreOffice, kills its
  process group and removes ``WORKDIR``.

**The user profile.** LibreOffice started on an empty profile spends most of its start-up
creating it and then running its graphics self-tests (it runs them whenever the profile has
not recorded the running version, and a headless LibreOffice never records it), about a
second of CPU. :func:`prepare_profile` avoids both: the profile is a copy of a *template*
made once — an empty profile seeded with that version, initialised by a LibreOffice started
with ``--terminate_after_init`` — kept in ``PROFILE_CACHE`` (a private per-user folder,
mode 0700, given by the caller), or, without one, made in place. The template holds
LibreOffice's settings only, never a document; each LibreOffice still gets its own private
copy.

This file imports nothing from socialwork: it runs outside the package's environment.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

STARTUP_SECONDS = 60.0
PROFILE_FORMAT = "1"
"""Part of a cached template's name: changed whenever :data:`_SEED` or the way templates are
made changes, so that an older template is not used."""
_SEED = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" \
xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse">\
<value>false</value></prop></item>
{version}</oor:items>
"""
_SEED_VERSION = """<item oor:path="/org.openoffice.Setup/Product">\
<prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>{version}</value></prop></item>
"""
_OFFICE_FLAGS = (
    "--headless",
    "--invisible",
    "--nologo",
    "--nodefault",
    "--nolockcheck",
    "--norestore",
    "--nofirststartwizard",
)


def _reply(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


# --------------------------------------------------------------------------- profiles


def product_version(soffice: str) -> str | None:
    """LibreOffice's ``major.minor`` version (``"7.4"``) read from the ``bootstraprc`` next to
    the real program, or ``None`` when it cannot be found (the profile is then only slower
    to start: LibreOffice runs its graphics self-tests)."""
    program = Path(os.path.realpath(soffice)).parent
    try:
        text = (program / "bootstraprc").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    found = re.search(r"^ProductKey=\D*(\d+)\.(\d+)", text, re.MULTILINE)
    return f"{found[1]}.{found[2]}" if found else None


def seed_profile(profile: str, version: str | None) -> None:
    """Write the settings an empty ``profile`` starts with: not a first run, and (when known)
    the running ``version`` recorded, so that LibreOffice skips its graphics self-tests."""
    user = os.path.join(profile, "user")
    os.makedirs(user, mode=0o700, exist_ok=True)
    items = _SEED_VERSION.format(version=version) if version else ""
    with open(os.path.join(user, "registrymodifications.xcu"), "x", encoding="utf-8") as handle:
        handle.write(_SEED.format(version=items))


def build_profile(soffice: str, profile: str, scratch: str, timeout: float = 60.0) -> bool:
    """Make a fresh initialised ``profile``: seeded, then set up by a LibreOffice that exits
    as soon as it has started (``--terminate_after_init``, which also writes its settings).
    ``scratch`` (a private folder) is its ``HOME`` and temporary folder. Whether it worked."""
    seed_profile(profile, product_version(soffice))
    try:
        office = subprocess.Popen(
            [
                soffice,
                "-env:UserInstallation=" + Path(profile).as_uri(),
                *_OFFICE_FLAGS,
                "--terminate_after_init",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=scratch,
            env={**os.environ, "HOME": scratch, "TMPDIR": scratch},
            start_new_session=True,
        )
    except OSError:
        return False
    try:
        code = office.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        code = -1
    finally:
        _kill_group(office.pid)
        with contextlib.suppress(Exception):
            office.wait(timeout=5)
    return code == 0 and os.path.isfile(os.path.join(profile, "user", "registrymodifications.xcu"))


def template_name(soffice: str) -> str:
    """The cached template's folder name for this LibreOffice installation: it changes when
    the program or its version file changes (an upgrade), or :data:`PROFILE_FORMAT` does."""
    real = os.path.realpath(soffice)
    parts = [PROFILE_FORMAT, real]
    for path in (real, os.path.join(os.path.dirname(real), "versionrc")):
        with contextlib.suppress(OSError):
            info = os.stat(path)
            parts.append(f"{info.st_size}:{info.st_mtime_ns}")
    digest = hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()
    return f"profile-{digest[:20]}"


def _copy_profile(template: str, profile: str) -> bool:
    try:
        shutil.copytree(template, profile, symlinks=True, ignore=shutil.ignore_patterns(".lock"))
    except (OSError, shutil.Error):
        shutil.rmtree(profile, ignore_errors=True)
        return False
    return True


def prepare_profile(soffice: str, profile: str, scratch: str, cache: str | None) -> str:
    """Create the LibreOffice user profile ``profile`` (a folder that does not exist yet):
    a copy of the template cached in ``cache`` (made there first when missing), else one
    made in place. Returns how: ``"cached"``, ``"built"`` or ``"seeded"`` (only seeded: the
    initialising LibreOffice failed; the real one then finishes the profile itself).

    ``cache`` must be a private folder of this user (mode 0700); a template appears there
    atomically (made under a temporary name, then renamed), so concurrent processes never
    copy a half-made one."""
    if cache:
        template = os.path.join(cache, template_name(soffice))
        if os.path.isdir(template) and _copy_profile(template, profile):
            return "cached"
        _remove_leftovers(cache)
        with contextlib.suppress(OSError):
            work = tempfile.mkdtemp(prefix="making-", dir=cache)
            try:
                made = os.path.join(work, "profile")
                if build_profile(soffice, made, work):
                    with contextlib.suppress(OSError):  # another process was quicker
                        os.rename(made, template)
            finally:
                shutil.rmtree(work, ignore_errors=True)
        if os.path.isdir(template) and _copy_profile(template, profile):
            return "cached"
    if build_profile(soffice, profile, scratch):
        return "built"
    shutil.rmtree(profile, ignore_errors=True)
    seed_profile(profile, product_version(soffice))
    return "seeded"


def _remove_leftovers(cache: str) -> None:
    """Remove what a process killed while making or removing a template left (after an hour,
    so that a template being made now is not touched)."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(cache):
            if entry.name.startswith(("making-", "doomed-")) and entry.is_dir(
                follow_symlinks=False
            ):
                with contextlib.suppress(OSError):
                    if time.time() - entry.stat(follow_symlinks=False).st_mtime > 3600:
                        shutil.rmtree(entry.path, ignore_errors=True)


def forget_template(soffice: str, cache: str | None) -> None:
    """Remove the cached template (LibreOffice did not start from a copy of it): the next
    process makes a new one. Renamed away first, so no process copies half of it."""
    if not cache:
        return
    template = os.path.join(cache, template_name(soffice))
    doomed = os.path.join(cache, f"doomed-{uuid.uuid4().hex}")
    with contextlib.suppress(OSError):
        os.rename(template, doomed)
    shutil.rmtree(doomed, ignore_errors=True)


# --------------------------------------------------------------------------- running office


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


def _convert(desktop: Any, source: str, target: str) -> Any:
    """Write ``target``; returns the still open document (closed by the caller after it has
    answered: the PDF is complete once ``storeToURL`` returns, and the caller's process goes
    on with its work while LibreOffice closes the document)."""
    import uno
    from com.sun.star.beans import PropertyValue

    def prop(name: str, value: object) -> Any:
        item = PropertyValue()
        item.Name = name
        item.Value = value
        return item

    # read-only: no lock file is written next to the document, a few per cent less work
    document = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(source),
        "_blank",
        0,
        (prop("Hidden", True), prop("ReadOnly", True)),
    )
    if document is None:
        raise RuntimeError("LibreOffice could not open the document")
    try:
        document.storeToURL(
            uno.systemPathToFileUrl(target), (prop("FilterName", "writer_pdf_Export"),)
        )
    except BaseException:
        with contextlib.suppress(Exception):
            document.close(True)
        raise
    return document


def _launch(soffice: str, profile: str, workdir: str, pipe: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            soffice,
            "-env:UserInstallation=" + Path(profile).as_uri(),
            *_OFFICE_FLAGS,
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=workdir,
        env={**os.environ, "HOME": workdir, "TMPDIR": workdir},  # its temporary files too
        start_new_session=True,  # its own process group: killed as a whole
    )


def main(argv: list[str]) -> int:
    soffice, workdir = argv[1], argv[2]
    cache = argv[3] if len(argv) > 3 and argv[3] else None
    pipe = f"socialwork-{os.getpid()}-{uuid.uuid4().hex}"
    profile = os.path.join(workdir, "profile")
    office: subprocess.Popen[bytes] | None = None
    try:
        if importlib.util.find_spec("uno") is None:
            _reply({"ready": False, "error": "ModuleNotFoundError", "no_uno": True})
            return 2
        try:
            how = prepare_profile(soffice, profile, workdir, cache)
            office = _launch(soffice, profile, workdir, pipe)
            _reply({"office_pgid": office.pid})  # first: the parent can kill it from now on
            try:
                desktop = _connect(office, pipe)
            except Exception:
                if how != "cached":
                    raise
                # not from a copy of that template: forget it, start on a profile made here
                forget_template(soffice, cache)
                _kill_group(office.pid)
                office.wait(timeout=5)
                shutil.rmtree(profile, ignore_errors=True)
                prepare_profile(soffice, profile, workdir, None)
                office = _launch(soffice, profile, workdir, pipe)
                _reply({"office_pgid": office.pid})
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
                    document = _convert(desktop, source, target)
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
                    with contextlib.suppress(Exception):
                        document.close(True)  # a LibreOffice that died here: next request
                break
        with contextlib.suppress(Exception):
            desktop.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            office.wait(timeout=3)
        return 0
    finally:
        if office is not None:
            _kill_group(office.pid)
            with contextlib.suppress(Exception):
                office.wait(timeout=5)
        shutil.rmtree(workdir, ignore_errors=True)


def _on_term(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through main(): LibreOffice killed, WORKDIR removed


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    signal.signal(signal.SIGTERM, _on_term)  # how the parent stops it
    try:
        status = main(sys.argv)
    except SystemExit as stop:
        status = stop.code if isinstance(stop.code, int) else 1
    with contextlib.suppress(Exception):
        sys.stdout.flush()
    os._exit(status)  # not waiting for the UNO bridge's threads to wind down

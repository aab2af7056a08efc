"""``socialwork serve [--host 127.0.0.1] [--port 8000] [--workers N] [--max-body BYTES]``:
the HTTP API (``docs/service.md``) on uvicorn.

Needs the optional extra ``serve`` (Starlette and uvicorn); without it the command says
which extra to install and exits 3. The application is loaded by uvicorn from its dotted
name (``socialwork.service:create_app``), so each worker process builds its own; settings
reach the workers through the environment (``SOCIALWORK_SERVE_MAX_BODY``,
``SOCIALWORK_PROFILES``, ``SOCIALWORK_PLUGINS``).
"""

from __future__ import annotations

import argparse
import importlib.util
import ipaddress
import os
import socket
import sys
from pathlib import Path
from typing import Any

from socialwork.cli._common import EXIT_CONFIG, EXIT_OK, CommandError, positive_int_arg

APP = "socialwork.service:create_app"
ENV_MAX_BODY = "SOCIALWORK_SERVE_MAX_BODY"
ENV_PROFILES = "SOCIALWORK_PROFILES"


def _port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (1-65535)")
    return int(text)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="run the HTTP API (OpenAPI at /openapi.json; extra 'serve')",
        description="Serve the HTTP API: validate and render cases, schemas, legal figures, "
        "allowances and deadlines (docs/service.md). Loopback only by default.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    parser.add_argument("--port", type=_port, default=8000, help="port (default 8000)")
    parser.add_argument(
        "--workers",
        type=positive_int_arg,
        default=1,
        metavar="N",
        help="worker processes (default 1); each renders in its own thread pool",
    )
    parser.add_argument(
        "--max-body",
        type=positive_int_arg,
        default=None,
        metavar="BYTES",
        help="largest request body accepted (default 10 MiB: 10485760)",
    )
    parser.add_argument(
        "--profiles",
        dest="profiles_file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="a TOML file of per-gmina profiles (default: $SOCIALWORK_PROFILES)",
    )
    parser.set_defaults(handler=run)


def _missing() -> list[str]:
    return [name for name in ("starlette", "uvicorn") if importlib.util.find_spec(name) is None]


def _check_address(host: str, port: int) -> None:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise CommandError(
            f"socialwork serve: cannot resolve --host {host!r}", EXIT_CONFIG
        ) from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise CommandError(
                f"socialwork serve: cannot listen on {host}:{port} ({exc.strerror}); "
                "choose another --port",
                EXIT_CONFIG,
            ) from None


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    missing = _missing()
    if missing:
        raise CommandError(
            f"socialwork serve needs {' and '.join(missing)}: pip install 'socialwork[serve]'",
            EXIT_CONFIG,
        )
    profiles_file = getattr(args, "profiles_file", None)
    if profiles_file:
        from socialwork.law.profiles import load_profiles_file

        load_profiles_file(profiles_file)  # a malformed file: one line, exit 3
        os.environ[ENV_PROFILES] = str(Path(profiles_file).resolve())
    if args.max_body is not None:
        os.environ[ENV_MAX_BODY] = str(args.max_body)
    _check_address(args.host, args.port)
    if not _loopback(args.host):
        print(
            f"socialwork serve: listening on {args.host}, not only on this machine; the "
            "service has no authentication – put it behind a proxy that has",
            file=sys.stderr,
        )
    import uvicorn

    uvicorn.run(
        APP,
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        access_log=False,  # the service logs one line per request without query or body
        log_level="info",
    )
    return EXIT_OK

"""The ASGI application of ``socialwork serve`` (Starlette): :func:`create_app`.

Every endpoint answers what the library (and the CLI's ``--json``) answers; CPU-bound work
(reading a case, validating, rendering, converting) runs in a worker thread, never on the
event loop. Errors are RFC 9457 problem details (:mod:`socialwork.service.problems`). The log
has one line per request — method, route, status, time — and never a query string, a body,
a PESEL or a stack trace.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import time
from collections.abc import Awaitable, Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from socialwork.documents.engine import converter, get_template, render, template_listing
from socialwork.errors import InputError
from socialwork.law import parameters
from socialwork.law.allowances import periodic_allowance, permanent_allowance
from socialwork.law.answers import criterion_answer
from socialwork.law.deadlines import appeal_deadline, interview_deadline, interview_update_deadline
from socialwork.law.dps import dps_fee, parse_relative
from socialwork.law.profiles import get_profile
from socialwork.plugins import get_registry
from socialwork.plugins.listing import describe
from socialwork.rules import validate
from socialwork.serialization import from_json
from socialwork.serialization.schema import bundle_schema, model_schema
from socialwork.service.openapi import openapi_document, openapi_page
from socialwork.service.problems import (
    MEDIA_TYPE,
    Problem,
    from_exception,
    problem,
    problem_body,
)
from socialwork.version import __version__

__all__ = ["DEFAULT_MAX_BODY", "ENV_MAX_BODY", "create_app"]

DEFAULT_MAX_BODY = 10 * 1024 * 1024
ENV_MAX_BODY = "SOCIALWORK_SERVE_MAX_BODY"
"""Environment variable: the body limit in bytes (``socialwork serve --max-body``)."""

DOCX_MEDIA = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

log = logging.getLogger("socialwork.service")


# ----------------------------------------------------------------------- query parameters


def _bad(name: str, code: str, message: str) -> Problem:
    return problem(
        400,
        "invalid-parameter",
        "Invalid query parameter",
        f"?{name}: {message}",
        [{"path": f"?{name}", "code": code, "message": message}],
    )


def _date(request: Request, name: str, *, required: bool = False) -> dt.date | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        if required:
            raise _bad(name, "key.missing", "required: a date YYYY-MM-DD")
        return None
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", raw):
        raise _bad(name, "date.format", "expected a date written YYYY-MM-DD, e.g. 2026-11-22")
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise _bad(name, "date.invalid", "is not a real calendar date") from None


def _required_date(request: Request, name: str) -> dt.date:
    found = _date(request, name, required=True)
    assert found is not None
    return found


def _amount(request: Request, name: str, *, required: bool = True) -> Decimal | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        if required:
            raise _bad(name, "key.missing", 'required: an amount like "1234.56"')
        return None
    try:
        value = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        raise _bad(name, "amount.format", 'expected an amount like "1234.56"') from None
    if not value.is_finite() or value < 0:
        raise _bad(name, "amount.negative", "must be a number >= 0")
    return value


def _members(request: Request) -> int:
    raw = request.query_params.get("members")
    if raw is None or not raw.isdigit() or int(raw) < 1 or len(raw) > 4:
        raise _bad("members", "number.range", "required: a whole number >= 1")
    return int(raw)


def _flag(request: Request, name: str) -> bool:
    raw = request.query_params.get(name, "false").lower()
    if raw in ("true", "1", "yes"):
        return True
    if raw in ("false", "0", "no", ""):
        return False
    raise _bad(name, "type.wrong", "expected true or false")


def _profile(request: Request) -> str | None:
    name = request.query_params.get("profile") or None
    if name is not None:
        get_profile(name)  # an unknown profile: 404 before any work
    return name


# --------------------------------------------------------------------------------- body


async def _body(request: Request) -> bytes:
    limit: int = request.app.state.max_body
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> Problem:
    return problem(
        413,
        "body-too-large",
        "Request body too large",
        f"the body is larger than the limit of {limit} bytes (socialwork serve --max-body)",
    )


async def _case(request: Request) -> object:
    data = await _body(request)
    try:
        return await run_in_threadpool(from_json, data)
    except Exception as exc:
        raise from_exception(exc, body=True) from None


def _json(data: Any, status: int = 200) -> Response:
    return Response(
        json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"),
        status_code=status,
        media_type="application/json",
    )


# ----------------------------------------------------------------------------- endpoints


async def health(_request: Request) -> Response:
    return _json({"status": "ok", "version": __version__})


async def openapi_json(request: Request) -> Response:
    return _json(request.app.state.openapi)


async def docs_page(request: Request) -> Response:
    return HTMLResponse(openapi_page(request.app.state.openapi))


async def templates(_request: Request) -> Response:
    return _json(await run_in_threadpool(template_listing))


async def plugins(_request: Request) -> Response:
    return _json(await run_in_threadpool(lambda: describe(get_registry())))


async def schema_all(_request: Request) -> Response:
    return _json(await run_in_threadpool(bundle_schema))


async def schema_one(request: Request) -> Response:
    tag = request.path_params["model"]
    return _json(await run_in_threadpool(model_schema, tag))


async def validate_case(request: Request) -> Response:
    on = _date(request, "on")
    profile = _profile(request)
    case = await _case(request)
    report = await run_in_threadpool(lambda: validate(case, on=on, profile=profile))
    return _json(report.to_dict())


async def render_case(request: Request) -> Response:
    name = request.path_params["template"]
    spec = get_template(name)  # 404 before reading the body
    fmt = (request.query_params.get("format") or "docx").lower()
    media, extension = DOCX_MEDIA, ".docx"
    if fmt != "docx":
        found = converter(fmt)
        media, extension = found.media_type, found.extension
    on = _date(request, "on")
    final = _flag(request, "final")
    profile = _profile(request)
    case = await _case(request)
    document = await run_in_threadpool(
        lambda: render(spec, case, fmt=fmt, on=on, final=final, profile=profile)
    )
    filename = f"{spec.name}{extension}"
    return Response(
        document,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


async def figure(request: Request) -> Response:
    name = request.path_params["name"]
    on = _date(request, "on") or dt.date.today()
    profile = _profile(request)
    found = await run_in_threadpool(lambda: parameters.record(name, on, profile=profile))
    return _json(found.as_dict())


async def calc_criterion(request: Request) -> Response:
    on = _required_date(request, "on")
    return _json(await run_in_threadpool(criterion_answer, on))


async def calc_periodic(request: Request) -> Response:
    on = _required_date(request, "on")
    members, income = _members(request), _amount(request, "income")
    assert income is not None
    profile = _profile(request)
    result = await run_in_threadpool(
        lambda: periodic_allowance(on, members=members, income=income, profile=profile)
    )
    return _json(result.as_dict())


async def calc_permanent(request: Request) -> Response:
    on = _required_date(request, "on")
    members, income = _members(request), _amount(request, "income")
    assert income is not None
    own = _amount(request, "own_income", required=False)
    profile = _profile(request)
    result = await run_in_threadpool(
        lambda: permanent_allowance(
            on, members=members, income=income, own_income=own, profile=profile
        )
    )
    return _json(result.as_dict())


async def calc_dps_fee(request: Request) -> Response:
    on = _required_date(request, "on")
    cost, income = _amount(request, "cost"), _amount(request, "income")
    assert cost is not None and income is not None
    relatives = []
    for i, text in enumerate(request.query_params.getlist("relative")):
        try:
            relatives.append(parse_relative(text))
        except InputError as exc:
            raise _bad(f"relative[{i}]", "value.invalid", exc.message) from None
    result = await run_in_threadpool(
        lambda: dps_fee(on, cost=cost, income=income, relatives=relatives)
    )
    return _json(result.as_dict())


async def deadline(request: Request) -> Response:
    kind = request.path_params["kind"]
    start = _required_date(request, "from")
    if kind == "interview":
        urgent = _flag(request, "urgent")
        found = interview_deadline(start, urgent=urgent)
    elif kind == "appeal":
        found = appeal_deadline(start)
    elif kind == "update":
        found = interview_update_deadline(start)
    else:
        raise problem(
            404,
            "not-found",
            "Not found",
            "unknown deadline; one of: interview, appeal, update",
        )
    return _json(found.as_dict())


# --------------------------------------------------------------------- errors and logging


def _problem_response(found: Problem) -> Response:
    return Response(problem_body(found), status_code=found.status, media_type=MEDIA_TYPE)


async def _http_exception(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    titles = {404: "Not found", 405: "Method not allowed"}
    title = titles.get(exc.status_code, "HTTP error")
    slug = title.lower().replace(" ", "-")
    detail = "no such endpoint; see /openapi.json" if exc.status_code == 404 else title
    return _problem_response(problem(exc.status_code, slug, title, detail))


class _Guard:
    """Outermost middleware: turns every exception into a problem response and writes the
    one log line per request (method, route, status, milliseconds — no query, no body)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500, "sent": False}

        async def sending(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                status["sent"] = True
            await send(message)

        try:
            await self.app(scope, receive, sending)  # type: ignore[arg-type]
        except Exception as exc:
            found = from_exception(exc)
            if found.status >= 500 and not isinstance(exc, Problem):
                log.error("%s %s failed: %s", scope["method"], _route(scope), type(exc).__name__)
            if not status["sent"]:
                response = _problem_response(found)
                await response(scope, receive, sending)  # type: ignore[arg-type]
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            log.info("%s %s %s %.0fms", scope["method"], _route(scope), status["code"], elapsed)


def _route(scope: Scope) -> str:
    """The request's path with its variable parts named, not shown (``/render/{template}``)."""
    path: str = scope.get("path", "")
    for prefix, name in (("/render/", "template"), ("/schema/", "model"), ("/figures/", "name")):
        if path.startswith(prefix) and len(path) > len(prefix):
            return f"{prefix}{{{name}}}"
    known = ("/health", "/openapi.json", "/docs", "/templates", "/plugins", "/schema",
             "/validate", "/calc/", "/deadline/")  # fmt: skip
    if any(path == k or (k.endswith("/") and path.startswith(k)) for k in known):
        return path if len(path) <= 40 else path[:40] + "…"
    return "(unknown path)"


def _wrap(
    endpoint: Callable[[Request], Awaitable[Response]],
) -> Callable[[Request], Awaitable[Response]]:
    async def guarded(request: Request) -> Response:
        try:
            return await endpoint(request)
        except Exception as exc:
            found = from_exception(exc)
            if found.status >= 500 and not isinstance(exc, Problem):
                log.error("%s %s failed: %s", request.method, _route(request.scope),
                          type(exc).__name__)  # fmt: skip
            return _problem_response(found)

    return guarded


# ---------------------------------------------------------------------------- the app


def create_app(*, max_body: int | None = None) -> Starlette:
    """The service as an ASGI application. ``max_body``: the request body limit in bytes
    (default: ``SOCIALWORK_SERVE_MAX_BODY`` or 10 MiB)."""
    if max_body is None:
        raw = os.environ.get(ENV_MAX_BODY, "")
        max_body = int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_MAX_BODY
    if not log.handlers:  # one line per request on stderr, next to uvicorn's own lines
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s:     socialwork %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    get_registry()  # load the plugins once, at start-up (a clash fails here, not per call)
    routes = [
        Route("/health", _wrap(health)),
        Route("/openapi.json", _wrap(openapi_json)),
        Route("/docs", _wrap(docs_page)),
        Route("/templates", _wrap(templates)),
        Route("/plugins", _wrap(plugins)),
        Route("/schema", _wrap(schema_all)),
        Route("/schema/{model}", _wrap(schema_one)),
        Route("/validate", _wrap(validate_case), methods=["POST"]),
        Route("/render/{template}", _wrap(render_case), methods=["POST"]),
        Route("/figures/{name}", _wrap(figure)),
        Route("/calc/criterion", _wrap(calc_criterion)),
        Route("/calc/periodic", _wrap(calc_periodic)),
        Route("/calc/permanent", _wrap(calc_permanent)),
        Route("/calc/dps-fee", _wrap(calc_dps_fee)),
        Route("/deadline/{kind}", _wrap(deadline)),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: _http_exception})
    app.state.max_body = max_body
    app.state.openapi = openapi_document(bundle_schema())
    app.add_middleware(_Guard)
    return app

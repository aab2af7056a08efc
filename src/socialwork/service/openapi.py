"""The OpenAPI 3.1 description of the service, generated from the same JSON Schemas as
``socialwork schema`` (:mod:`socialwork.serialization.schema`), and its human page."""

from __future__ import annotations

import html
from typing import Any

from socialwork.version import __version__

__all__ = ["openapi_document", "openapi_page"]

_PROBLEM = {
    "type": "object",
    "description": "RFC 9457 problem details",
    "properties": {
        "type": {"type": "string", "examples": ["urn:socialwork:problem:invalid-input"]},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "path": {"type": "string", "examples": ["$.party.person.pesel"]},
                    "code": {"type": "string", "examples": ["pesel.checksum"]},
                    "message": {"type": "string"},
                },
                "required": ["path", "code", "message"],
            },
        },
    },
    "required": ["type", "title", "status", "detail"],
}


def _rewrite_refs(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (
                v.replace("#/$defs/", "#/components/schemas/")
                if k == "$ref" and isinstance(v, str)
                else _rewrite_refs(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rewrite_refs(v) for v in node]
    return node


def _param(
    name: str, description: str, *, where: str = "query", required: bool = False, **schema: Any
) -> dict[str, Any]:
    return {
        "name": name,
        "in": where,
        "required": required or where == "path",
        "description": description,
        "schema": schema or {"type": "string"},
    }


_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}


def _problems(*codes: int) -> dict[str, Any]:
    texts = {
        400: "malformed JSON or a bad query parameter",
        404: "unknown template, model, figure or profile",
        413: "request body over the limit",
        422: "the case is refused: every problem with its path and code",
        502: "the converter failed",
        503: "the converter's program is not available",
    }
    return {
        str(code): {
            "description": texts[code],
            "content": {"application/problem+json": {"schema": _PROBLEM_REF}},
        }
        for code in codes
    }


def _json(description: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "200": {
            "description": description,
            "content": {"application/json": {"schema": schema or {"type": "object"}}},
        }
    }


_ON = _param("on", "the date (YYYY-MM-DD)", format="date", type="string")
_PROFILE = _param("profile", "a gmina's profile (docs/profiles.md)")
_CASE = {
    "required": True,
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Case"}}},
}


def openapi_document(bundle: dict[str, Any]) -> dict[str, Any]:
    """OpenAPI 3.1 of the service; ``bundle`` is :func:`bundle_schema` (its ``$defs``
    become ``components/schemas`` and ``Case`` is any model)."""
    schemas = _rewrite_refs(dict(bundle["$defs"]))
    case = {"oneOf": bundle["oneOf"], "description": bundle["description"]}
    schemas["Case"] = _rewrite_refs(case)
    schemas["Problem"] = _PROBLEM
    calc_common = [
        _param("members", "persons in the household (1 = single)", required=True, type="integer"),
        _param("income", "the household's monthly income, e.g. 1234.56", required=True),
        _param("on", "the date (YYYY-MM-DD)", required=True, type="string", format="date"),
        _PROFILE,
    ]
    paths: dict[str, Any] = {
        "/health": {"get": {"summary": "Liveness", "responses": _json("status and version")}},
        "/templates": {"get": {"summary": "The templates (socialwork templates --json)",
                               "responses": _json("templates", {"type": "array"})}},
        "/plugins": {"get": {"summary": "The plugins (socialwork plugins --json)",
                             "responses": _json("plugins", {"type": "array"})}},
        "/schema": {"get": {"summary": "JSON Schema of every model (bundle)",
                            "responses": _json("JSON Schema draft 2020-12")}},
        "/schema/{model}": {"get": {
            "summary": "JSON Schema of one model type",
            "parameters": [_param("model", "a model type tag", where="path")],
            "responses": {**_json("JSON Schema draft 2020-12"), **_problems(404)},
        }},
        "/validate": {"post": {
            "summary": "Validate a case: every legal finding with its basis",
            "parameters": [_ON, _PROFILE],
            "requestBody": _CASE,
            "responses": {**_json("the report: ok, on, errors, warnings, findings"),
                          **_problems(400, 404, 413, 422)},
        }},
        "/render/{template}": {"post": {
            "summary": "Render a case with a template",
            "parameters": [
                _param("template", "the template name", where="path"),
                _param("format", "docx (default) or pdf"),
                _ON,
                _param("final", "true: the document to sign and send", type="boolean"),
                _PROFILE,
            ],
            "requestBody": _CASE,
            "responses": {
                "200": {"description": "the document", "content": {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {},
                    "application/pdf": {}}},
                **_problems(400, 404, 413, 422, 502, 503),
            },
        }},
        "/figures/{name}": {"get": {
            "summary": "A legal figure in force on a day, with its source",
            "parameters": [_param("name", "e.g. income_criterion.single", where="path"), _ON,
                           _PROFILE],
            "responses": {**_json("the figure"), **_problems(400, 404, 422)},
        }},
        "/calc/criterion": {"get": {
            "summary": "Income criteria (socialwork calc criterion --json)",
            "parameters": [_param("on", "the date", required=True, type="string",
                                  format="date")],
            "responses": {**_json("single, per_person, legal_basis"), **_problems(400, 422)},
        }},
        "/calc/periodic": {"get": {
            "summary": "Zasiłek okresowy (socialwork calc periodic --json)",
            "parameters": calc_common,
            "responses": {**_json("eligible, minimum, maximum, steps"), **_problems(400, 422)},
        }},
        "/calc/permanent": {"get": {
            "summary": "Zasiłek stały (socialwork calc permanent --json)",
            "parameters": [*calc_common, _param("own_income", "the applicant's own income")],
            "responses": {**_json("eligible, amount, steps"), **_problems(400, 422)},
        }},
    }
    paths["/calc/dps-fee"] = {"get": {
        "summary": "The monthly DPS fee split: resident, relatives, gmina (art. 61 u.p.s.)",
        "parameters": [
            _param("cost", "the home's average monthly cost", required=True),
            _param("income", "the resident's monthly income (art. 8)", required=True),
            _param("on", "the date (YYYY-MM-DD)", required=True, type="string", format="date"),
            _param("relative", "repeatable, in the statutory order: single:INCOME or "
                   "family:N:INCOME", type="array", items={"type": "string"}),
        ],
        "responses": {**_json("resident, relatives, gmina, steps"), **_problems(400, 422)},
    }}
    for kind, text in (
        ("interview", "wywiad: 14 working days (2 if urgent)"),
        ("appeal", "appeal: 14 days from delivery"),
        ("update", "update of the wywiad: 6 months"),
    ):
        params = [_param("from", "the start day", required=True, type="string", format="date")]
        if kind == "interview":
            params.append(_param("urgent", "urgent case", type="boolean"))
        paths[f"/deadline/{kind}"] = {"get": {
            "summary": f"Deadline: {text} (socialwork deadline {kind} --json)",
            "parameters": params,
            "responses": {**_json("due, legal_basis, steps"), **_problems(400, 422)},
        }}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "socialwork",
            "version": __version__,
            "description": "Polish social assistance as code: validate cases, render legal "
            "document drafts, legal figures, allowances and deadlines. Errors are RFC 9457 "
            "problem details; see docs/service.md.",
        },
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "paths": paths,
        "components": {"schemas": schemas},
    }


def openapi_page(document: dict[str, Any]) -> str:
    """A self-contained HTML page listing every endpoint of ``document`` (no scripts)."""
    rows: list[str] = []
    for path, methods in document["paths"].items():
        for method, op in methods.items():
            params = ", ".join(
                f"{p['name']}{'*' if p.get('required') else ''}" for p in op.get("parameters", [])
            )
            codes = ", ".join(op.get("responses", {}))
            rows.append(
                "<tr><td><code>{}</code></td><td><code>{}</code></td><td>{}</td><td>{}</td>"
                "<td>{}</td></tr>".format(
                    html.escape(method.upper()),
                    html.escape(path),
                    html.escape(op.get("summary", "")),
                    html.escape(params),
                    html.escape(codes),
                )
            )
    info = document["info"]
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(info['title'])} {html.escape(info['version'])} – API</title>"
        "<style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em .6em;"
        "border-bottom:1px solid #ddd;text-align:left}</style></head><body>"
        f"<h1>{html.escape(info['title'])} {html.escape(info['version'])}</h1>"
        f"<p>{html.escape(info['description'])}</p>"
        "<p>Machine-readable: <a href='/openapi.json'>/openapi.json</a> (OpenAPI 3.1). "
        "Parameters marked * are required.</p>"
        "<table><tr><th>method</th><th>path</th><th>what</th><th>parameters</th>"
        "<th>responses</th></tr>" + "".join(rows) + "</table></body></html>"
    )

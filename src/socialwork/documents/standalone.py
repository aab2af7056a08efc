"""``render_template``: any docxtpl template, outside the registry, with a dict context.

Vendors and gminas bring templates written for docxtpl. ``render_template(template,
context)`` renders them with the engine registered templates use — the same sandboxed,
autoescaping, strict environment, the same compiled-once speed — and gives the document
docxtpl gives for the same template and context (measured against docxtpl's own test
suite, see ``docs/templates.md``), or refuses clearly what it cannot write identically.

Templates are compiled once per *content*: the cache is keyed by the SHA-256 of the .docx
bytes (a path is re-read only when its modification time or size changes), so a template
edited in Word is compiled again and an unchanged one never is.
"""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import os
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from socialwork.documents.compiler import CompiledTemplate, compile_docx
from socialwork.documents.embedding import member_bytes, read_rels, rels_member
from socialwork.documents.environment import environment
from socialwork.documents.errors import (
    TemplateDefinitionError,
    UnsupportedFeatureError,
)
from socialwork.documents.extensions import call_filters, plugin_globals
from socialwork.documents.zipwriter import read_members
from socialwork.errors import InputError
from socialwork.plugins import get_registry

__all__ = ["CACHE_SIZE", "render_template"]

CACHE_SIZE = 64
"""How many compiled templates ``render_template`` keeps (least recently used dropped)."""

_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_REPLACEMENTS = (
    ("pics_to_replace", "replace_pic"),
    ("crc_to_new_media", "replace_media"),
    ("crc_to_new_embedded", "replace_embedded"),
    ("zipname_to_replace", "replace_zipname"),
)

_compiled: collections.OrderedDict[str, CompiledTemplate] = collections.OrderedDict()
_paths: dict[str, tuple[tuple[int, int], str, bytes]] = {}
_lock = threading.Lock()


def _is_docx_template(value: object) -> bool:
    cls = type(value)
    return cls.__module__.split(".")[0] == "docxtpl" and hasattr(value, "template_file")


def _refuse_replacements(template: Any) -> None:
    used = [f"DocxTemplate.{method}()" for attribute, method in _REPLACEMENTS
            if getattr(template, attribute, None)]
    if used:
        raise UnsupportedFeatureError(
            f"{' and '.join(used)} {'is' if len(used) == 1 else 'are'} not supported by "
            "render_template: socialwork renders the template file as it is and does not swap "
            "its pictures, media or embedded files. Put the final picture or file into the "
            "template itself (Word: right-click the picture → Change Picture), or print a "
            "picture where it belongs with {{ image }} and socialwork.documents.image()"
        )


def _template_hyperlinks(template: Any, data: bytes) -> dict[str, str]:
    """The external hyperlinks a DocxTemplate made with ``build_url_id`` (rId → URL): the
    ones its document part has and the template file does not."""
    document = getattr(template, "docx", None)
    if document is None:
        return {}
    try:
        rels = document.part.rels
    except AttributeError:
        return {}
    part = document.part.partname.lstrip("/")
    members = {member.name: member for member in read_members(data)}
    name = rels_member(part)
    original = {r.id for r in read_rels(part, member_bytes(members[name]))} if (
        name in members
    ) else set()
    return {
        rid: str(rel.target_ref)
        for rid, rel in rels.items()
        if rel.is_external and rel.reltype == _HYPERLINK and rid not in original
    }


def _read(template: Any) -> tuple[bytes, str, dict[str, str]]:
    """The .docx bytes of ``template``, a name for messages, the DocxTemplate's links."""
    hyperlinks: dict[str, str] = {}
    source = template
    if _is_docx_template(template):
        _refuse_replacements(template)
        source = template.template_file
    if isinstance(source, bytes | bytearray | memoryview):
        data, name = bytes(source), "template"
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        data, name = _read_path(path), path.stem
    elif hasattr(source, "read") and hasattr(source, "seek"):
        position = source.tell()
        source.seek(0)
        data = source.read()
        source.seek(position)
        if not isinstance(data, bytes):
            raise InputError("render_template: open the template file in binary mode ('rb')")
        name = Path(str(getattr(source, "name", "template"))).stem or "template"
    else:
        raise InputError(
            "render_template: the template must be a path, the bytes of a .docx file, a "
            f"binary file object or a docxtpl DocxTemplate, got {type(template).__name__}"
        )
    if _is_docx_template(template):
        hyperlinks = _template_hyperlinks(template, data)
    return data, name, hyperlinks


def _read_path(path: Path) -> bytes:
    try:
        stat = path.stat()
        key = str(path.resolve())
        version = (stat.st_mtime_ns, stat.st_size)
        with _lock:
            known = _paths.get(key)
        if known is not None and known[0] == version:
            return known[2]
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateDefinitionError(
            f"template {path.name!r}: cannot read {path} ({exc.strerror or exc})"
        ) from None
    with _lock:
        _paths[key] = (version, hashlib.sha256(data).hexdigest(), data)
        while len(_paths) > CACHE_SIZE:
            _paths.pop(next(iter(_paths)))
    return data


def _compiled_template(data: bytes, name: str) -> CompiledTemplate:
    digest = hashlib.sha256(data).hexdigest()
    with _lock:
        found = _compiled.get(digest)
        if found is not None:
            _compiled.move_to_end(digest)
            return found
    compiled = compile_docx(data, name)
    with _lock:
        _compiled[digest] = compiled
        while len(_compiled) > CACHE_SIZE:
            _compiled.popitem(last=False)
    return compiled


def _call_filters(filters: Mapping[str, Callable[..., Any]] | None) -> dict[str, Any] | None:
    if filters is None:
        return None
    if not isinstance(filters, Mapping):
        raise InputError(
            f"render_template: filters= must be a dict of name → function, got "
            f"{type(filters).__name__}"
        )
    own = environment().filters
    registered = get_registry().filters
    for name, function in filters.items():
        if not isinstance(name, str) or not name.isidentifier() or name.startswith("_"):
            raise InputError(
                f"render_template: filter name {name!r} is not a name a template can use "
                "(letters, digits, '_', not starting with '_')"
            )
        if not callable(function):
            raise InputError(
                f"render_template: filter {name!r} is a {type(function).__name__}, not a "
                "function"
            )
        if name in own:
            raise InputError(
                f"render_template: filter {name!r} is one of Jinja's or socialwork's own "
                "filters and cannot be replaced; give yours another name"
            )
        if name in registered:
            raise InputError(
                f"render_template: filter {name!r} is already registered by plugin "
                f"{registered.owner(name)!r}; give yours another name"
            )
    return dict(filters)


def render_template(
    template: str | os.PathLike[str] | bytes | Any,
    context: Mapping[str, Any],
    *,
    filters: Mapping[str, Callable[..., Any]] | None = None,
    on: dt.date | None = None,
) -> bytes:
    """Render any docxtpl ``.docx`` template with a dict ``context``; returns the document.

    ``template`` is a path, the bytes of a .docx file, a binary file object, or a docxtpl
    ``DocxTemplate`` (its template file is used; the hyperlinks it made with
    ``build_url_id`` for ``RichText`` links are kept; pending ``replace_pic`` /
    ``replace_media`` / ``replace_embedded`` / ``replace_zipname`` calls are refused).
    ``filters`` are extra Jinja filters for this call (``{"name": function}``; a name of
    Jinja's, socialwork's or a plugin's own filters is refused). ``on`` is put into the
    context as ``on`` (the document date; default: today, unless the context has ``on``).

    The environment is the one registered templates render with (sandboxed, autoescaping,
    strict; plugin filters and globals included); docxtpl's ``RichText``, ``Listing``,
    ``InlineImage`` and ``Subdoc`` (made with ``new_subdoc()``) work as in docxtpl. What
    differs from plain docxtpl, and why, is in ``docs/templates.md``. Errors:
    :class:`~socialwork.errors.MissingDataError` (a name the context lacks, or ``None``
    printed), :class:`~socialwork.errors.UnsupportedFeatureError` (what cannot be written
    as docxtpl writes it), :class:`~socialwork.errors.TemplateDefinitionError` (not a .docx,
    bad Jinja syntax, an unknown filter).
    """
    if not isinstance(context, Mapping):
        raise InputError(
            f"render_template: context must be a dict, got {type(context).__name__}"
        )
    bad = [key for key in context if not isinstance(key, str)]
    if bad:
        raise InputError("render_template: every context key must be a string")
    if on is not None and (not isinstance(on, dt.date) or isinstance(on, dt.datetime)):
        raise InputError(
            f"render_template: on= must be a datetime.date, got {type(on).__name__}"
        )
    extra = _call_filters(filters)
    data, name, hyperlinks = _read(template)
    compiled = _compiled_template(data, name)
    values: dict[str, Any] = plugin_globals()
    values.update(context)
    if on is not None:
        if "on" in context and context["on"] != on:
            raise InputError(
                "render_template: the context has 'on' and on= gives another date; pass one"
            )
        values["on"] = on
    elif "on" not in values:
        values["on"] = dt.date.today()
    with call_filters(extra):
        return compiled.render(values, hyperlinks=hyperlinks or None)

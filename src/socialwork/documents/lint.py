"""Template lint: every variable a template uses must exist in its model's context.

Checks, for each part of a .docx template (body, headers, footers, footnotes):

* the template compiles (docxtpl preprocessing + Jinja syntax, unknown filters);
* every top-level variable is in the render context (the model's tag, ``on``, ``final``,
  ``template``, ``letterhead``, the Polish helpers, Jinja's own globals) — a typo like
  ``referal`` fails;
* every attribute path rooted at the model object exists on the model classes: the attrs
  fields (followed through ``X | None``, ``tuple[X, ...]``/``list[X]`` in ``for`` loops,
  ``{% set %}`` and ``{% with %}``), properties and methods — ``referral.client.nmae`` fails.

It also checks every table's grid: a table whose rows have more cells (counting
``gridSpan``, ``gridBefore``/``gridAfter``) than its grid declares columns, or whose widest
row is narrower than the grid, is laid out differently by Word and LibreOffice and has to be
repaired at every render (:func:`grid_problems`). Only a table's own rows count — a table
nested in a cell has its own grid — and rows with ``{%tr %}``/``{%tc %}`` tags or
``colspan``/``hm`` (docxtpl builds their cells at render time) are left out.

Vendors run it with ``socialwork lint-templates PATH…``; the test-suite runs it over every
registered template.
"""

from __future__ import annotations

import functools
import inspect
import types
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs
from jinja2 import meta, nodes

from socialwork.documents.compiler import CompiledTemplate, compile_docx
from socialwork.documents.environment import environment
from socialwork.documents.errors import DocumentError
from socialwork.documents.extensions import find_filter, plugin_globals, rewrite_extra_filters
from socialwork.documents.package import read_package
from socialwork.documents.polish import GLOBALS
from socialwork.documents.spec import TemplateSpec

__all__ = [
    "LintProblem",
    "context_names",
    "grid_problems",
    "lint",
    "lint_compiled",
    "lint_file",
]

_UNKNOWN: Any = None
_MISSING = object()
_SEQUENCE_ORIGINS = (list, tuple, set, frozenset)
_KEEP_ELEMENT_FILTERS = frozenset({"sort", "reverse", "list", "unique", "select", "reject",
                                   "selectattr", "rejectattr", "batch", "slice"})


@attrs.frozen(order=True)
class LintProblem:
    """One lint finding: which template, which part, what."""

    template: str
    part: str
    message: str

    def __str__(self) -> str:
        return f"{self.template}: {self.part}: {self.message}"


def context_names(tag: str) -> frozenset[str]:
    """Every top-level name a template of a model with ``tag`` may use."""
    env = environment()
    return frozenset(
        {tag, "on", "final", "template", "letterhead", *GLOBALS, *env.globals,
         *plugin_globals()}
    )


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    try:
        return {k: v for k, v in typing.get_type_hints(cls).items() if not k.startswith("_")}
    except Exception:
        if attrs.has(cls):
            return {f.name: f.type for f in attrs.fields(cls) if not isinstance(f.type, str)}
        return {}


def _unwrap_optional(tp: Any) -> list[Any]:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        return [arg for arg in typing.get_args(tp) if arg is not type(None)]
    return [tp]


def _element_type(tp: Any) -> Any:
    candidates = _unwrap_optional(tp)
    if len(candidates) != 1:
        return _UNKNOWN
    tp = candidates[0]
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    sequence = origin in _SEQUENCE_ORIGINS or (
        isinstance(origin, type)
        and issubclass(origin, Iterable)
        and not issubclass(origin, dict | typing.Mapping)
    )
    if sequence and args and args[0] is not Ellipsis:
        return args[0]
    return _UNKNOWN


def _fields_hint(cls: type) -> str:
    if attrs.has(cls):
        names = [f.name for f in attrs.fields(cls)]
        return f" (fields of {cls.__name__}: {', '.join(names)})"
    return ""


class _Walker:
    def __init__(self, tag: str, model: type | None) -> None:
        self.tag = tag
        self.model = model
        self.problems: list[str] = []

    # --------------------------------------------------------------- types

    def attribute(self, owner: Any, name: str, node: nodes.Node, base: nodes.Node) -> Any:
        if owner is _UNKNOWN:
            return _UNKNOWN
        candidates = _unwrap_optional(owner)
        for candidate in candidates:
            if not isinstance(candidate, type):
                return _UNKNOWN  # a generic or a forward reference: not checked
            hints = _hints(candidate)
            if name in hints:  # attrs fields and annotated attributes (an enum's label)
                return hints[name]
            if isinstance(candidate, type) and issubclass(candidate, dict):
                return _UNKNOWN
            member = inspect.getattr_static(candidate, name, _MISSING)
            if member is not _MISSING:
                if isinstance(member, property) and member.fget is not None:
                    try:
                        return typing.get_type_hints(member.fget).get("return", _UNKNOWN)
                    except Exception:
                        return _UNKNOWN
                return _UNKNOWN
        shown = " | ".join(getattr(c, "__name__", str(c)) for c in candidates)
        hint = _fields_hint(candidates[0]) if len(candidates) == 1 else ""
        self.problems.append(
            f"line {node.lineno}: {_text(base)} ({shown}) has no attribute {name!r}{hint}"
        )
        return _UNKNOWN

    def type_of(self, node: nodes.Node, scope: dict[str, Any]) -> Any:
        if isinstance(node, nodes.Name):
            if node.name in scope:
                return scope[node.name]
            if node.name == self.tag:
                return self.model
            return _UNKNOWN
        if isinstance(node, nodes.Getattr):
            owner = self.type_of(node.node, scope)
            return self.attribute(owner, node.attr, node, node.node)
        if isinstance(node, nodes.Getitem):
            owner = self.type_of(node.node, scope)
            self.visit(node.arg, scope)
            if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
                return self.attribute(owner, node.arg.value, node, node.node)
            if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, int):
                return _element_type(owner) if owner is not _UNKNOWN else _UNKNOWN
            return _UNKNOWN
        if isinstance(node, nodes.Filter) and node.node is not None:
            inner = self.type_of(node.node, scope)
            for child in [*node.args, *(kw.value for kw in node.kwargs)]:
                self.visit(child, scope)
            if node.name in _KEEP_ELEMENT_FILTERS and node.name != "batch":
                return inner
            return _UNKNOWN
        self.visit(node, scope)
        return _UNKNOWN

    # --------------------------------------------------------------- walk

    def visit(self, node: nodes.Node, scope: dict[str, Any]) -> None:
        if isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem, nodes.Filter)):
            self.type_of(node, scope)
            if isinstance(node, nodes.Filter):
                return
            return
        if isinstance(node, nodes.For):
            iter_type = self.type_of(node.iter, scope)
            inner = dict(scope)
            inner["loop"] = _UNKNOWN
            self.bind(node.target, _element_type(iter_type) if iter_type else _UNKNOWN, inner)
            if node.test is not None:
                self.visit(node.test, inner)
            for child in node.body:
                self.visit(child, inner)
            for child in node.else_:
                self.visit(child, scope)
            return
        if isinstance(node, nodes.Assign):
            value = self.type_of(node.node, scope)
            self.bind(node.target, value, scope)
            return
        if isinstance(node, nodes.With):
            inner = dict(scope)
            for target, value in zip(node.targets, node.values, strict=False):
                self.bind(target, self.type_of(value, scope), inner)
            for child in node.body:
                self.visit(child, inner)
            return
        if isinstance(node, (nodes.Macro, nodes.CallBlock)):
            inner = dict(scope)
            for arg in getattr(node, "args", []):
                self.bind(arg, _UNKNOWN, inner)
            inner["caller"] = _UNKNOWN
            inner["varargs"] = inner["kwargs"] = _UNKNOWN
            for child in node.iter_child_nodes():
                self.visit(child, inner)
            return
        for child in node.iter_child_nodes():
            self.visit(child, scope)

    def bind(self, target: nodes.Node, value: Any, scope: dict[str, Any]) -> None:
        if isinstance(target, nodes.Name):
            scope[target.name] = value
        elif isinstance(target, nodes.Tuple):
            for item in target.items:
                self.bind(item, _UNKNOWN, scope)


def _targets(node: nodes.Node) -> list[nodes.Node]:
    if isinstance(node, nodes.With):
        return list(node.targets)
    target = getattr(node, "target", None)
    return [target] if isinstance(target, nodes.Node) else []


def _text(node: nodes.Node) -> str:
    from socialwork.documents.environment import expression_text

    return expression_text(node)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DYNAMIC_ROW_MARKERS = ("{%tr", "{%tc", "{% tr", "{% tc", "colspan", "hm ", "hm%", "vm ")
_TABLE_PARTS = ("word/document.xml", "word/header", "word/footer", "word/footnotes.xml")


def _int_value(element: Any) -> int:
    try:
        return int(element.get(f"{_W}val") or 1)
    except ValueError:
        return 1


def _row_width(row: Any) -> int:
    width = 0
    properties = row.find(f"{_W}trPr")
    if properties is not None:
        for name in ("gridBefore", "gridAfter"):
            found = properties.find(f"{_W}{name}")
            if found is not None:
                width += _int_value(found)
    for cell in row.iterchildren(f"{_W}tc"):
        span = cell.find(f"{_W}tcPr/{_W}gridSpan")
        width += _int_value(span) if span is not None else 1
    return width


def grid_problems(data: bytes) -> list[tuple[str, str]]:
    """``(member, message)`` for every table of a .docx whose rows do not fit its grid."""
    import io
    import zipfile

    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=True)
    found: list[tuple[str, str]] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in archive.namelist():
            if not member.startswith(_TABLE_PARTS) or not member.endswith(".xml"):
                continue
            try:
                tree = etree.fromstring(archive.read(member), parser)
            except etree.XMLSyntaxError:
                continue  # compile_docx reports an unreadable part
            for number, table in enumerate(tree.iter(f"{_W}tbl"), 1):
                grid = table.find(f"{_W}tblGrid")
                if grid is None:
                    continue
                columns = len(grid.findall(f"{_W}gridCol"))
                widths = [
                    _row_width(row)
                    for row in table.iterchildren(f"{_W}tr")
                    if not any(
                        marker in "".join(row.itertext()) for marker in _DYNAMIC_ROW_MARKERS
                    )
                ]
                if not widths:
                    continue
                widest = max(widths)
                if widest != columns:
                    text = " ".join("".join(table.itertext()).split())[:40]
                    found.append((
                        member,
                        f"table {number} ({text!r}…) declares {columns} grid column"
                        f"{'s' if columns != 1 else ''} but its widest row has {widest} "
                        "cell" + ("s" if widest != 1 else "")
                        + "; Word and LibreOffice lay it out differently and every render "
                        "has to repair it — make the table's grid match its rows (in Word: "
                        "Table Properties, or redraw the table)",
                    ))
    return found


def _parts(compiled: CompiledTemplate) -> Iterator[tuple[str, nodes.Template]]:
    env = environment()
    for part in compiled.parts.values():
        tree = env.parse(part.source)
        rewrite_extra_filters(tree, env.filters)  # a plugin's filters: checked on their own
        yield part.member, tree


def lint_compiled(
    compiled: CompiledTemplate,
    *,
    tag: str,
    model: type | None,
    extra_names: Iterable[str] = (),
) -> list[LintProblem]:
    """Lint an already compiled template against the model ``model`` named ``tag``;
    ``extra_names`` are further context variables (added by plugins)."""
    allowed = context_names(tag) | frozenset(extra_names)
    problems: list[LintProblem] = []
    for part in compiled.parts.values():
        for name in sorted(part.extra_filters):
            if find_filter(name) is None:
                problems.append(
                    LintProblem(
                        compiled.name,
                        part.member,
                        f"unknown filter {name!r}: neither Jinja, socialwork nor an installed "
                        "plugin defines it (see docs/templates.md)",
                    )
                )
    for member, tree in _parts(compiled):
        # Jinja counts a name set inside an {% if %} branch as undeclared; anything the
        # template assigns itself is not a context variable (StrictUndefined still catches a
        # use before the assignment at render time).
        assigned = {
            name.name
            for node in tree.find_all((nodes.Assign, nodes.AssignBlock, nodes.For, nodes.With))
            for target in _targets(node)
            for name in [target, *target.find_all(nodes.Name)]
            if isinstance(name, nodes.Name) and name.ctx in ("store", "param")
        }
        for name in sorted(meta.find_undeclared_variables(tree) - allowed - assigned):
            problems.append(
                LintProblem(
                    compiled.name,
                    member,
                    f"unknown variable {name!r}: a template of a {tag} can use {tag}, on, "
                    "template and the Polish helpers (see docs/templates.md)",
                )
            )
        walker = _Walker(tag, model)
        walker.visit(tree, {})
        for message in dict.fromkeys(walker.problems):
            problems.append(LintProblem(compiled.name, member, message))
    return sorted(set(problems), key=problems.index)


def lint(spec: TemplateSpec) -> list[LintProblem]:
    """Lint a registered template against its model; ``[]`` means clean."""
    from socialwork.documents.engine import _from_plugin, model_class, model_tag

    plugin = _from_plugin(spec)
    try:
        cls = model_class(spec)
        data = read_package(spec.path, spec.name)
        compiled = compile_docx(data, spec.name)
    except DocumentError as exc:
        return [LintProblem(spec.name, str(spec.path.name), exc.message + plugin)]
    except OSError as exc:
        return [
            LintProblem(spec.name, str(spec.path), f"cannot read: {exc.strerror or exc}{plugin}")
        ]
    try:
        grids = [LintProblem(spec.name, member, text) for member, text in grid_problems(data)]
        return grids + lint_compiled(
            compiled, tag=model_tag(spec), model=cls, extra_names=plugin_context_names(spec)
        )
    except RecursionError:
        message = "the template is nested too deeply to check"
    except Exception as exc:  # a template the checker cannot follow: reported, not raised
        message = f"the check failed with {type(exc).__name__}"
    return [LintProblem(spec.name, str(spec.path.name), message + plugin)]


def plugin_context_names(spec: TemplateSpec) -> frozenset[str]:
    """The context variables plugins add for ``spec`` (through ``extend_context``), found by
    building the real context of its example case; empty without a usable example."""
    from socialwork.documents.engine import context

    if spec.example is None:
        return frozenset()
    try:
        from socialwork.serialization import from_json

        case = from_json(spec.example.read_text(encoding="utf-8"))
        return frozenset(context(spec, case))
    except Exception:  # no usable example: the static names only
        return frozenset()


def _guess_tag(compiled: CompiledTemplate, tags: Iterable[str]) -> str | None:
    used: set[str] = set()
    for _member, tree in _parts(compiled):
        used |= meta.find_undeclared_variables(tree)
    found = sorted(used & set(tags))
    return found[0] if len(found) == 1 else None


def lint_file(path: Path, *, model: str | None = None) -> list[LintProblem]:
    """Lint any .docx template file (a vendor's own). The model is ``model`` (a registered
    type tag), else the registered template with that path, else the one registered model tag
    the template uses."""
    name = path.stem
    try:
        data = read_package(path, name)
        compiled = compile_docx(data, name)
    except DocumentError as exc:
        return [LintProblem(name, path.name, exc.message)]
    except OSError as exc:
        return [LintProblem(name, str(path), f"cannot read: {exc.strerror or exc}")]
    grids = [LintProblem(name, member, text) for member, text in grid_problems(data)]
    return grids + _lint_file_model(compiled, path, name, model)


def _lint_file_model(
    compiled: CompiledTemplate, path: Path, name: str, model: str | None
) -> list[LintProblem]:
    from socialwork.documents.engine import model_class, model_tag, templates
    from socialwork.plugins import get_registry

    resolved = path.resolve()
    models = get_registry().models
    if model is None:
        for spec in templates():
            if spec.path.resolve() == resolved:
                return lint_compiled(
                    compiled,
                    tag=model_tag(spec),
                    model=model_class(spec),
                    extra_names=plugin_context_names(spec),
                )
        model = _guess_tag(compiled, models)
        if model is None:
            return [
                LintProblem(
                    name,
                    path.name,
                    "cannot tell which model this template is for; pass --model TAG "
                    f"(registered: {', '.join(sorted(models)) or 'none'})",
                )
            ]
    if model not in models:
        return [
            LintProblem(
                name,
                path.name,
                f"unknown model {model!r} (registered: {', '.join(sorted(models)) or 'none'})",
            )
        ]
    cls = models[model].cls
    return lint_compiled(compiled, tag=model, model=cls if isinstance(cls, type) else None)

"""The Jinja environment every template renders with.

* **Sandboxed** (:class:`jinja2.sandbox.ImmutableSandboxedEnvironment`): a template is code a
  vendor may have written; it cannot reach Python internals or mutate the case.
* **Autoescape always on**: every value is XML-escaped, so ``& < > " '``, ``</w:t>`` or
  ``{{ }}`` typed by a user appear in the document exactly as typed and never become markup.
  (Plain docxtpl with autoescape off silently truncates a document at the first ``<``/``&``.)
* **StrictUndefined**, and an output check: printing an undefined or ``None`` value (also
  as an operand of ``~``) is a :class:`~socialwork.documents.errors.MissingDataError` naming
  the variable, never a gap or the word "None". A printed ``True``/``False`` reads "tak"/"nie".
* **Text is made safe for XML**: characters XML 1.0 cannot carry (C0 control characters other
  than tab/newline, U+FFFE/U+FFFF, lone surrogates) are replaced by a *visible* marker — the
  Unicode "control picture" of the character (U+001B → "␛") or U+FFFD — so nothing is dropped
  silently and the social worker sees where the input was odd. ``\\r\\n`` and ``\\r`` become
  ``\\n``; a newline becomes a line break (``<w:br/>``) and a tab a tab stop in the document.
  As in docxtpl, ``\\a`` (U+0007) starts a new paragraph and ``\\f`` (U+000C) is a page break
  when printed in a paragraph's text (anywhere else, e.g. in an attribute, they get their
  visible markers ␇ ␌ too).
* **String literals in tags mean what the author typed**: Word stores ``&`` of a tag such as
  ``{{ "A & B" }}`` as ``&amp;``; the literal is read back as ``"A & B"`` (plain docxtpl would
  print ``A &amp; B`` once escaping is on).
* **Pictures and docxtpl objects** print through :func:`socialwork.documents.foreign.object_markup`.
"""

from __future__ import annotations

import functools
import re
from types import BuiltinFunctionType, FunctionType
from typing import Any

from jinja2 import StrictUndefined, Undefined, nodes
from jinja2.compiler import CodeGenerator
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from socialwork.documents.errors import MissingDataError
from socialwork.documents.extensions import EXTRA_FILTER, ExtraFilters, call_extra_filter
from socialwork.documents.foreign import object_markup
from socialwork.documents.images import Image, template_image
from socialwork.documents.notes import note
from socialwork.documents.polish import FILTERS, GLOBALS
from socialwork.documents.typography import TYPESET_FILTER, typeset_value
from socialwork.documents.wellformed import note_markup
from socialwork.formatting import typeset

__all__ = [
    "CHECK_FILTER",
    "LISTING_MARKERS",
    "environment",
    "expression_text",
    "unescape_literals",
    "xml_safe_text",
]

_SAFE_CACHE_LIMIT = 10_000
CHECK_FILTER = "_sw_present"
"""Internal filter wrapped around every ``{{ … }}`` output at compile time."""

# XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
# (\a and \f are kept: they become a paragraph and a page break, as in docxtpl)
_ILLEGAL = re.compile("[\x00-\x06\x08\x0b\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
LISTING_MARKERS = {"\a": "\u2407", "\f": "\u240c"}
"""The visible markers of ``\\a`` and ``\\f`` where they cannot be a paragraph or a page break."""
# An XML character or entity reference, as Word writes them inside a tag's text.
_REFERENCE = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
# docxtpl turns these sequences of the rendered XML back into Jinja delimiters; a user who
# typed them must keep them, so their "_" is written as a character reference.
_DELIMITER_ESCAPES = re.compile(r"\{_(?=[{%])|(?<=[}%])_\}")


def _marker(match: re.Match[str]) -> str:
    char = match.group(0)
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # "control pictures" block: U+0007 → ␇
    return "\ufffd"


def xml_safe_text(text: str) -> str:
    """``text`` with line endings normalised to ``\\n`` and every character XML cannot carry
    replaced by a visible marker (see the module docstring)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ILLEGAL.search(text) is None:  # the usual case: no new string built
        return text if type(text) is str else str.__str__(text)
    return _ILLEGAL.sub(_marker, text)


def _printed_text(value: str) -> str:
    """A printed value's text as document XML: characters XML cannot hold made safe,
    markupsafe's escaping (without the Markup object it would build), template delimiters
    escaped."""
    if "\r" in value or _ILLEGAL.search(value) is not None:
        value = xml_safe_text(value)
    escaped = (
        value.replace("&", "&amp;")
        .replace(">", "&gt;")
        .replace("<", "&lt;")
        .replace("'", "&#39;")
        .replace('"', "&#34;")
    )
    if "_" in escaped:
        return _DELIMITER_ESCAPES.sub(_escape_delimiters, escaped)
    return escaped


def _escape_delimiters(match: re.Match[str]) -> str:
    return match.group(0).replace("_", "&#95;")


def _finalize(value: Any) -> Any:
    """Applied to every printed value before autoescaping."""
    if isinstance(value, Markup):
        note_markup()  # the render's XML is parsed (see documents.wellformed)
        return value  # our own Markup: already XML
    if hasattr(value, "__html__") or isinstance(value, Image):
        note_markup()
        return object_markup(value)  # pictures, RichText/Listing…: checked markup
    if isinstance(value, bool):  # never "True"/"False" in a Polish document
        return Markup("tak" if value else "nie")
    text = xml_safe_text(value if isinstance(value, str) else str(value))
    escaped = escape(text)  # a Markup already: no second copy
    if "_" in escaped:
        return Markup(_DELIMITER_ESCAPES.sub(_escape_delimiters, str(escaped)))
    return escaped


def _present(value: Any, expression: str) -> Any:
    """Fail loudly instead of printing nothing (undefined) or "None"."""
    if isinstance(value, Undefined):
        raise MissingDataError(
            f"{expression} is not defined", variable=expression
        )
    if value is None:
        raise MissingDataError(f"{expression} has no value (None)", variable=expression)
    return value


def _is_check(node: Any) -> bool:
    """``node`` is the presence check :func:`wrap_outputs` put around a printed value."""
    return (
        isinstance(node, nodes.Filter)
        and node.name == CHECK_FILTER
        and node.node is not None
        and len(node.args) == 1
        and isinstance(node.args[0], nodes.Const)
    )


class _OutputCodeGenerator(CodeGenerator):
    """Jinja's code generator, with one call per printed value instead of three.

    A value printed with ``{{ … }}`` is wrapped in the presence check at compile time
    (:func:`wrap_outputs`); Jinja would then emit ``escape(environment.finalize(check(value,
    expression)))``. For those outputs (autoescaping on, as it always is here) this emits
    ``environment.sw_output(value, expression)``, which does the same three steps in one
    function — the same text, fewer calls per value."""

    _sw_direct: nodes.Filter | None = None
    _sw_after: tuple[nodes.Filter, str] | None = None

    def _output_child_pre(self, node: nodes.Expr, frame: Any, finalize: Any) -> None:
        plain = (
            not frame.eval_ctx.volatile
            and frame.eval_ctx.autoescape
            and finalize.src == "environment.finalize("
        )
        if plain and _is_check(node):
            self._sw_direct = node  # type: ignore[assignment]
            self.write("environment.sw_output(")
            return
        if (  # a catalogue template's value: typeset(check(value)), in one call too
            plain
            and isinstance(node, nodes.Filter)
            and node.name == TYPESET_FILTER
            and _is_check(node.node)
        ):
            expression = node.node.args[0].value  # type: ignore[union-attr]
            self._sw_after = (node, str(expression))
            self.write("environment.sw_typeset_output(")
            return
        super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node: nodes.Expr, frame: Any, finalize: Any) -> None:
        if node is self._sw_direct:
            self._sw_direct = None
            self.write(")")
            return
        if self._sw_after is not None and node is self._sw_after[0]:
            self.write(f", {self._sw_after[1]!r})")
            self._sw_after = None
            return
        super()._output_child_post(node, frame, finalize)

    def visit_Filter(self, node: nodes.Filter, frame: Any) -> None:
        if node is self._sw_direct and node.node is not None:
            self.visit(node.node, frame)
            self.write(", ")
            self.visit(node.args[0], frame)
            return
        if self._sw_after is not None and node is self._sw_after[0]:
            checked = node.node
            assert isinstance(checked, nodes.Filter) and checked.node is not None
            self.visit(checked.node, frame)  # the value itself: both filters are in the call
            return
        super().visit_Filter(node, frame)


class DocumentEnvironment(ImmutableSandboxedEnvironment):
    """The sandboxed, autoescaping, strict environment of socialwork templates."""

    code_generator_class = _OutputCodeGenerator

    @staticmethod
    def sw_output(value: Any, expression: str) -> Any:
        """What a printed ``{{ … }}`` becomes: the presence check, :func:`_finalize` and
        escaping, in one call (see :class:`_OutputCodeGenerator`)."""
        if value is None or isinstance(value, Undefined):
            _present(value, expression)
        if type(value) is not str:
            if isinstance(value, bool) or hasattr(value, "__html__"):
                return escape(_finalize(value))
            # what _finalize prints: a str subclass's own text, anything else's str()
            value = str.__str__(value) if isinstance(value, str) else str(value)
        return _printed_text(value)

    @staticmethod
    def sw_typeset_output(value: Any, expression: str) -> Any:
        """What a printed ``{{ … }}`` of a typeset (catalogue) template becomes: the presence
        check, :func:`~socialwork.documents.typography.typeset_value`, :func:`_finalize` and
        escaping, in one call — the text ``sw_output(typeset_value(check(value)))`` prints."""
        if type(value) is str:
            value = typeset(value)
        else:
            if value is None or isinstance(value, Undefined):
                _present(value, expression)
            value = typeset_value(value)
            if type(value) is not str:
                if isinstance(value, bool) or hasattr(value, "__html__"):
                    return escape(_finalize(value))
                value = str.__str__(value) if isinstance(value, str) else str(value)
        return _printed_text(value)

    def __init__(self) -> None:
        super().__init__(
            autoescape=True,
            undefined=StrictUndefined,
            finalize=_finalize,
            keep_trailing_newline=True,
        )
        self.filters = ExtraFilters(self.filters)
        self.filters.update(FILTERS)
        self.filters[CHECK_FILTER] = _present
        self.filters[EXTRA_FILTER] = call_extra_filter
        self.filters[TYPESET_FILTER] = typeset_value  # catalogue templates' values
        self.globals.update(GLOBALS)
        self.globals["image"] = template_image
        self._safe_attributes: dict[tuple[type, str], bool] = {}
        self._safe_by_type: dict[type, set[str]] = {}  # the safe ones, for getattr
        self._safe_functions = frozenset(
            function
            for function in (*FILTERS.values(), *GLOBALS.values())
            if type(function) is FunctionType and self.is_safe_callable(function)
        )

        self.globals["note"] = note  # a note for the worker: a comment in drafts only

    # The sandbox's verdict on an attribute depends only on the object's type and the
    # attribute's name (jinja2.sandbox: is_internal_attribute / modifies_known_mutable test
    # isinstance and the name), so it is computed once per (type, name) and remembered.
    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        key = (type(obj), attr)
        verdict = self._safe_attributes.get(key)
        if verdict is None:
            verdict = bool(super().is_safe_attribute(obj, attr, value))
            if len(self._safe_attributes) < _SAFE_CACHE_LIMIT:
                self._safe_attributes[key] = verdict
                if verdict:
                    self._safe_by_type.setdefault(type(obj), set()).add(attr)
        return verdict

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        # The Polish helpers (plain functions, checked safe once at start) and built-in
        # methods such as str.endswith (which cannot carry the sandbox's "unsafe_callable" /
        # "alters_data" marks, so the check always passes; what they may reach was checked
        # when the attribute was looked up) skip the per-call check; every other callable
        # goes through the sandbox's own.
        kind = type(__obj)
        if kind is BuiltinFunctionType:
            # what Context.call does for a callable without pass_context & co. (a built-in
            # cannot carry the mark): drop Jinja's private keywords, call
            if kwargs:
                kwargs.pop("_loop_vars", None)
                kwargs.pop("_block_vars", None)
            try:
                return __obj(*args, **kwargs)
            except StopIteration:
                return __context.environment.undefined(
                    "value was undefined because a callable raised a StopIteration exception"
                )
        if kind is FunctionType and __obj in __self._safe_functions:
            return __context.call(__obj, *args, **kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        safe = self._safe_by_type.get(type(obj))
        if safe is not None and attribute in safe:
            try:
                return getattr(obj, attribute)
            except AttributeError:
                pass
        return super().getattr(obj, attribute)

    def __setattr__(self, name: str, value: Any) -> None:
        # docxtpl sets ``jinja_env.autoescape = True`` on environments handed to it; nobody may
        # turn escaping off on the shared environment.
        if name == "autoescape" and value is not True and hasattr(self, "autoescape"):
            raise AttributeError("the socialwork template environment always autoescapes")
        super().__setattr__(name, value)


@functools.cache
def environment() -> DocumentEnvironment:
    """The (shared, never mutated) Jinja environment templates render with."""
    return DocumentEnvironment()


def expression_text(node: nodes.Node) -> str:
    """A readable rendering of a simple Jinja expression (``referral.client.address.city``)."""
    if isinstance(node, nodes.Name):
        return str(node.name)
    if isinstance(node, nodes.Getattr):
        return f"{expression_text(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem):
        arg = node.arg
        if isinstance(arg, nodes.Const):
            return f"{expression_text(node.node)}[{arg.value!r}]"
        return f"{expression_text(node.node)}[…]"
    if isinstance(node, nodes.Filter) and node.node is not None:
        return f"{expression_text(node.node)}|{node.name}"
    if isinstance(node, nodes.Call):
        return f"{expression_text(node.node)}(…)"
    if isinstance(node, nodes.Const):
        return repr(node.value)
    return f"the expression on line {node.lineno}"


def _unescape(match: re.Match[str]) -> str:
    name, decimal, hexadecimal = match.groups()
    if name:
        return _ENTITIES[name]
    code = int(decimal) if decimal else int(hexadecimal, 16)
    return chr(code) if 0 < code <= 0x10FFFF else match.group(0)


def unescape_literals(tree: nodes.Template) -> nodes.Template:
    """Read every string literal of the tags as the text the author typed: Word writes a
    ``&`` in a tag as ``&amp;`` (docxtpl's preprocessing already turns ``&lt;``/``&gt;`` back),
    so ``{{ "A & B" }}`` would print ``A &amp; B`` once the value is escaped."""
    for const in tree.find_all(nodes.Const):
        if isinstance(const.value, str) and "&" in const.value:
            const.value = _REFERENCE.sub(_unescape, const.value)
    return tree


def _checked(node: nodes.Expr, env: DocumentEnvironment) -> nodes.Expr:
    check = nodes.Filter(
        node,
        CHECK_FILTER,
        [nodes.Const(expression_text(node), lineno=node.lineno)],
        [],
        None,
        None,
        lineno=node.lineno,
    )
    check.set_environment(env)
    return check


def wrap_outputs(tree: nodes.Template, env: DocumentEnvironment) -> nodes.Template:
    """Wrap every printed expression — and every operand joined into printed text with ``~``
    — in the presence check (compile-time AST transform), so neither an undefined value nor
    ``None`` can reach the document as a gap or as the word "None"."""
    for output in tree.find_all(nodes.Output):
        for concat in output.find_all(nodes.Concat):
            concat.nodes = [
                operand if isinstance(operand, nodes.Const) else _checked(operand, env)
                for operand in concat.nodes
            ]
        output.nodes = [
            child if isinstance(child, nodes.TemplateData) else _checked(child, env)
            for child in output.nodes
        ]
    return tree

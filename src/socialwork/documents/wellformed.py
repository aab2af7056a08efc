"""Which compiled template parts render to well-formed XML whatever the case: proved once,
when the template is compiled, so that a render need not parse its output again.

Every render checks that the XML it wrote is well-formed (a template whose tags cut a
paragraph or a row in half must fail with a clear error, never give a corrupt file). For most
templates that check can be done once, on the template itself:

* a printed value is escaped text (:meth:`DocumentEnvironment.sw_output`): whatever the case
  holds, it can only be character data, valid wherever text or an attribute value may stand;
* a value printed as markup (a picture, a docxtpl ``RichText``, a ``Markup`` string) is not
  covered: a render that prints one parses its output as before (see :func:`printing`);
* the static XML between the tags is fixed. If the static XML of the part, with every printed
  value replaced by a character that is valid in text and attribute values but nowhere else
  in a tag (U+00A0) and every ``{% if %}``/``{% for %}``/``{% with %}`` block by an empty
  element, is a well-formed document — and the body of every block (each branch, each loop
  body) is, in the same way, balanced element content — then every render of the part is
  well-formed: a render is that document with each block replaced by zero or more of its
  bodies, each balanced content at a place where content may stand, and with each value's
  text where the placeholder stood. Namespace prefixes: a block body is a piece of the
  template's own namespace-well-formed XML that stays under the same ancestors.

Anything else — comments, CDATA sections, processing instructions, ``{% macro %}``
calls, ``{% call %}``, ``{% filter %}``, ``{% include %}``, ``{% break %}``, a block inside a
tag or an attribute value — and the part is simply not proved: it is parsed on every render,
as before.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from xml.parsers import expat

from jinja2 import nodes
from jinja2.compiler import Frame

__all__ = ["is_well_formed_fragment", "note_markup", "printing", "proved_well_formed"]

_VALUE = "\u00a0"  # valid in text and attribute values; not a name character, not a blank
_BLOCK = "<sw-block/>"  # valid where element content may stand, nowhere else
# statements that print nothing where they stand (what they define prints as a value)
_SILENT = (nodes.Assign, nodes.AssignBlock, nodes.Macro)
_BLOCKS = (nodes.For, nodes.If, nodes.With, nodes.Scope)


class _NotProved(Exception):
    pass


def _no_doctype(*args: Any) -> None:
    raise expat.ExpatError("document type declarations are not allowed")


def _parses(text: str, *, namespaces: bool) -> bool:
    parser = (
        expat.ParserCreate(namespace_separator=" ") if namespaces else expat.ParserCreate()
    )
    parser.StartDoctypeDeclHandler = _no_doctype
    parser.EntityDeclHandler = _no_doctype
    try:
        parser.Parse(text.encode("utf-8"), True)
    except expat.ExpatError:
        return False
    return True


def is_well_formed_fragment(text: str) -> bool:
    """Whether ``text`` is balanced element content (tags closed in order, names and
    attributes well-formed; no comment, CDATA or processing instruction)."""
    if "<!" in text or "<?" in text:
        return False
    return _parses(f"<sw-fragment>{text}</sw-fragment>", namespaces=False)


class _Prover:
    def __init__(self, env: Any, name: str) -> None:
        self.generator = env.code_generator_class(env, name, name)
        self.finalize = self.generator._make_finalize()
        self.frame = Frame(nodes.EvalContext(env, name))

    def output(self, node: nodes.Output) -> str:
        """The static text of an output, each value Jinja cannot fold replaced by _VALUE —
        the constants exactly as Jinja's code generator folds them (visit_Output)."""
        pieces: list[str] = []
        for child in node.nodes:
            try:
                if not (self.finalize.const or isinstance(child, nodes.TemplateData)):
                    raise nodes.Impossible()
                pieces.append(
                    str(self.generator._output_child_to_const(child, self.frame, self.finalize))
                )
            except (nodes.Impossible, Exception):
                pieces.append(_VALUE)  # printed at render time: escaped text
        return "".join(pieces)

    def body(self, body: list[nodes.Node]) -> str:
        """The text of a statement list; each block in it proved (its bodies balanced) and
        stood for by _BLOCK."""
        pieces: list[str] = []
        for node in body:
            if isinstance(node, nodes.Output):
                pieces.append(self.output(node))
            elif isinstance(node, _SILENT):
                continue
            elif isinstance(node, _BLOCKS):
                for branch in self.branches(node):
                    if not is_well_formed_fragment(self.body(branch)):
                        raise _NotProved
                pieces.append(_BLOCK)
            else:  # include, call, filter, break, autoescape…: not proved
                raise _NotProved
        return "".join(pieces)

    def branches(self, node: nodes.Node) -> Iterator[list[nodes.Node]]:
        if isinstance(node, nodes.If):
            yield node.body
            for other in node.elif_:
                yield from self.branches(other)
            yield node.else_
        elif isinstance(node, nodes.For):
            yield node.body
            yield node.else_
        else:
            assert isinstance(node, nodes.With | nodes.Scope)
            yield node.body


def proved_well_formed(tree: nodes.Template, env: Any, name: str) -> bool:
    """Whether every render of ``tree`` (a compiled part, after all compile-time transforms)
    is well-formed XML as long as it prints no markup (see the module docstring)."""
    try:
        text = _Prover(env, name).body(tree.body)
    except (_NotProved, RecursionError):
        return False
    declaration_end = text.find("?>") + 2 if text.startswith("<?xml") else 0
    rest = text[declaration_end:]
    if "<!" in rest or "<?" in rest:
        return False
    return _parses(text, namespaces=True)


# --------------------------------------------------------------------------- at render time

_MARKUP: contextvars.ContextVar[list[bool] | None] = contextvars.ContextVar(
    "socialwork_printed_markup", default=None
)


def note_markup() -> None:
    """Record that the render under way printed a value as markup (its output must be
    parsed: the proof covers escaped text only)."""
    printed = _MARKUP.get()
    if printed is not None:
        printed.append(True)


@contextmanager
def printing() -> Iterator[list[bool]]:
    """A render: the list it yields is non-empty once a value was printed as markup."""
    printed: list[bool] = []
    token = _MARKUP.set(printed)
    try:
        yield printed
    finally:
        _MARKUP.reset(token)

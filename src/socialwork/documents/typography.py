"""Polish typography in rendered documents, applied once and generically.

:func:`socialwork.formatting.typeset` (non-breaking spaces after "art.", "§", "ust.", "pkt",
between a number and its unit, a day and its month, after an initial and a one-letter word;
„…” quotes) is applied

* to a template's **static text** when it is compiled (:func:`typeset_source`: the text of
  every ``w:t`` with its Jinja tags left as they are — a printed value counts as a word, so
  "art. {{ n }}", "{{ n }} dni" and "w {{ miejsce }}" get their no-break spaces), at no cost
  per document;
  and its straight quotes become „…”;
* to every **printed value** (:func:`wrap_typeset`: each ``{{ … }}`` output goes through
  the ``_sw_typeset`` filter — text only; markup such as a RichText or a note is left alone):
  its spaces only — the characters a person typed, quotes included, are printed as typed.
  :func:`typeset` caches its results, so repeated values cost a dictionary lookup.

Only the catalogue's templates are typeset (``socialwork.render``); ``render_template`` of an
arbitrary docxtpl template keeps docxtpl's text exactly.
"""

from __future__ import annotations

import re
from typing import Any

from jinja2 import nodes

from socialwork.formatting import typeset

__all__ = ["TYPESET_FILTER", "typeset_source", "typeset_value", "wrap_typeset"]

TYPESET_FILTER = "_sw_typeset"
"""Internal filter wrapped around every printed value of a typeset template."""

_TEXT_NODE = re.compile(r"(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)")
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", flags=re.DOTALL)
_VALUE, _BLOCK = "\ue000", "\ue001"


def typeset_value(value: Any) -> Any:
    """A printed value with Polish typography: text and objects printed as text (an
    address…); markup (a RichText, a note) and ``True``/``False`` pass as they are."""
    if type(value) is str:
        return typeset(value)
    if isinstance(value, bool) or hasattr(value, "__html__") or value is None:
        return value
    return typeset(str(value))


def _text(match: re.Match[str]) -> str:
    text = match.group(2)
    if " " not in text and '"' not in text:
        return match.group(0)
    if _VALUE in text or _BLOCK in text:
        return match.group(0)
    tags: list[str] = []

    def protect(tag: re.Match[str]) -> str:
        tags.append(tag.group(0))
        return _VALUE if tag.group(0).startswith("{{") else _BLOCK

    shielded = _TAG.sub(protect, text)
    if "{{" in shielded or "{%" in shielded or "{#" in shielded:
        return match.group(0)  # an unbalanced tag: left to the compiler's error
    done = typeset(shielded, quotes=True)
    restored = iter(tags)
    done = re.sub(f"[{_VALUE}{_BLOCK}]", lambda _m: next(restored), done)
    return f"{match.group(1)}{done}{match.group(3)}"


def typeset_source(source: str) -> str:
    """The template part ``source`` (docxtpl-preprocessed XML) with its static text typeset."""
    return _TEXT_NODE.sub(_text, source)


def wrap_typeset(tree: nodes.Template, env: Any) -> nodes.Template:
    """Wrap every printed expression of ``tree`` in the typography filter (compile time)."""
    for output in tree.find_all(nodes.Output):
        wrapped: list[nodes.Expr] = []
        for child in output.nodes:
            if isinstance(child, nodes.TemplateData):
                wrapped.append(child)
                continue
            node = nodes.Filter(child, TYPESET_FILTER, [], [], None, None, lineno=child.lineno)
            node.set_environment(env)
            wrapped.append(node)
        output.nodes = wrapped
    return tree

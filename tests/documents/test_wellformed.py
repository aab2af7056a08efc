"""The compile-time proof that a template part always renders well-formed XML
(socialwork.documents.wellformed): sound on random templates and values, and a render that
it does not cover is still parsed and refused when malformed."""

from __future__ import annotations

from typing import Any
from xml.parsers import expat

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from jinja2 import TemplateSyntaxError
from markupsafe import Markup

from socialwork.documents import TemplateDefinitionError
from socialwork.documents.compiler import (
    _resolve_listing,
    _resolve_listing_checked,
    compile_docx,
)
from socialwork.documents.environment import environment, wrap_outputs
from socialwork.documents.errors import MissingDataError
from socialwork.documents.typography import wrap_typeset
from socialwork.documents.wellformed import (
    is_well_formed_fragment,
    printing,
    proved_well_formed,
)

from .docx_files import docx_bytes as _docx

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_HEAD = f'<?xml version="1.0" encoding="UTF-8"?>\n<w:document xmlns:w="{_W}"><w:body>'
_TAIL = "</w:body></w:document>"

# Pieces a template may be made of: balanced and unbalanced markup, attributes, text, tags.
_PIECES = [
    "<w:p>", "</w:p>", "<w:r>", "</w:r>", '<w:t xml:space="preserve">', "</w:t>", "<w:br/>",
    '<w:jc w:val="', '"/>', "<w:tc>", "</w:tc>", "tekst ", "&amp;", "&", "<", ">", "\"",
    "{{ v }}", "{{ w }}", "{{ '<b>' }}", "{{ 'a & b' }}", "{{ '\n' }}", "{{ n }}",
    "{% if c %}", "{% else %}", "{% endif %}", "{% for x in xs %}", "{{ x }}", "{% endfor %}",
    "{% set y = v %}", "{{ y }}", "<!-- {{ v }} -->", "<w:t{{ v }}>", "<w:{{ v }}/>",
    "{% with z = w %}{{ z }}{% endwith %}", "{% if c %}<w:r>{% endif %}",
    "{% if c %}</w:r>{% endif %}", 'a="{{ v }}"',
]
_VALUES = st.text(alphabet=st.sampled_from(list("ab <>&\"'\n\t_{}%-/=:")), max_size=8)


def _compiled(source: str, typography: bool) -> Any:
    env = environment()
    tree = env.parse(source)
    wrap_outputs(tree, env)
    if typography:
        wrap_typeset(tree, env)
    proved = proved_well_formed(tree, env, "probe")
    template = env.template_class.from_code(
        env, env.compile(tree), env.make_globals(None), None
    )
    return proved, template


def _parses(text: str) -> bool:
    parser = expat.ParserCreate(namespace_separator=" ")
    try:
        parser.Parse(text.encode("utf-8"), True)
    except expat.ExpatError:
        return False
    return True


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=14),
    st.booleans(),
    _VALUES,
    _VALUES,
    st.lists(_VALUES, max_size=3),
    st.booleans(),
    st.integers(-5, 5),
)
def test_a_proved_template_renders_well_formed_xml(
    pieces: list[str], c: bool, v: str, w: str, xs: list[str], typography: bool, n: int
) -> None:
    """Soundness: whatever the values, a proved part's render (printing no markup) parses."""
    source = _HEAD + "".join(pieces) + _TAIL
    try:
        proved, template = _compiled(source, typography)
    except TemplateSyntaxError:
        assume(False)
        return
    if not proved:
        return
    with printing() as markup:
        try:
            xml = template.render(c=c, v=v, w=w, xs=xs, n=n)
        except MissingDataError:  # a variable out of its scope: no document at all
            return
    assert not markup
    assert _parses(xml), (source, xml)


def test_what_is_proved_and_what_is_not() -> None:
    good = [
        "<w:p><w:r><w:t>{{ v }}</w:t></w:r></w:p>",
        '<w:p><w:pPr><w:jc w:val="{{ v }}"/></w:pPr></w:p>',
        "{% for x in xs %}<w:p>{% if c %}<w:r/>{% else %}<w:r></w:r>{% endif %}</w:p>{% endfor %}",
        "{% set y = v %}<w:p><w:r><w:t>{{ y }}</w:t></w:r></w:p>",
    ]
    bad = [
        "{% if c %}<w:p>{% endif %}<w:r/>{% if c %}</w:p>{% endif %}",  # renders fine, unproved
        "<w:t{{ v }}>x</w:t>",  # a value inside a tag
        '<w:p a="1" {% if c %}a="2"{% endif %}/>',  # a block inside a tag
        '<w:p a="{% if c %}1{% endif %}"/>',  # a block inside an attribute value
        "<!-- {{ v }} -->",  # a value in a comment ("--" would end it)
        "{{ '<w:p>'|safe }}",  # markup folded in at compile time
        "{% for x in xs %}<w:p>{% if c %}{% break %}{% endif %}</w:p>{% endfor %}",
        "{% macro m() %}<w:p/>{% endmacro %}{% call m() %}{% endcall %}",
    ]
    for body in good:
        assert _compiled(_HEAD + body + _TAIL, False)[0], body
    for body in bad:
        try:
            proved = _compiled(_HEAD + body + _TAIL, False)[0]
        except TemplateSyntaxError:  # {% break %} without the loop-controls extension
            continue
        assert not proved, body


def test_markup_printed_at_render_time_is_noted() -> None:
    proved, template = _compiled(_HEAD + "<w:p>{{ v }}</w:p>" + _TAIL, True)
    assert proved
    with printing() as markup:
        template.render(v="<plain & text>")
    assert not markup
    with printing() as markup:
        template.render(v=Markup("<w:r/>"))
    assert markup


def test_a_proved_template_printing_bad_markup_is_still_refused() -> None:
    compiled = compile_docx(_docx("{{ v }}"), "probe", typography=True)
    body = next(part for part in compiled.parts.values() if part.kind == "body")
    assert body.well_formed
    compiled.render({"v": "a < b & c"})  # text: fine, not parsed
    with pytest.raises(TemplateDefinitionError, match="malformed XML"):
        compiled.render({"v": Markup("<w:r><w:t>x</w:r>")})


def test_an_unproved_template_is_still_refused_when_malformed() -> None:
    compiled = compile_docx(_docx("{{ v }}{%p if c %}", "x", "{%p endif %}"), "probe")
    compiled.render({"v": "a", "c": True})
    body = next(part for part in compiled.parts.values() if part.kind == "body")
    assert body.well_formed  # the {%p %} tags lift whole paragraphs: balanced


_TEXT = st.text(alphabet="ab& \n\t\a\f", max_size=10)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["<w:p>", '<w:p w:x="1">', "<w:p/>", ""]), _TEXT,
                          st.sampled_from(["</w:p>", "", "<w:br/>"])), max_size=6))
def test_listing_resolution_is_checked_where_it_rewrites(parts: list[tuple[str, str, str]]
                                                         ) -> None:
    """When the rewritten paragraphs are reported well-formed and the input was, so is the
    output; the text is always that of the full resolution."""
    inner = "".join(f"{a}<w:r><w:t>{t}</w:t></w:r>{b}" for a, t, b in parts)
    xml = f"<w:body>{inner}</w:body>"
    text, checked = _resolve_listing_checked(xml)
    assert text == _resolve_listing(xml)
    if checked and is_well_formed_fragment(xml):
        cleaned = text.replace("\a", "").replace("\f", "")
        assert is_well_formed_fragment(cleaned)

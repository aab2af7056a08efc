"""docxtpl's own test suite through ``render_template``: every script gives the document
docxtpl gives — every part: members, content types, relationships, XML, media, text — or a
refusal naming the feature or the missing name; no document socialwork writes is broken.

See README.md in this folder (the scripts and templates are docxtpl's, vendored unchanged).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from compare import differences, package_problems
from docxtpl import DocxTemplate
from harness import SCRIPTS, Outcome, evaluate, run_script, script_outcome

pytest.importorskip("docxcompose", reason="docxtpl's Subdoc needs docxcompose (dev extra)")

# script → (outcome, what the refusal must name). Refusals are allowed only for what needs a
# DocxTemplate object (Subdoc from a file, Subdoc with pictures, the replace_* family) and
# for names the script's context lacks (StrictUndefined: docxtpl prints nothing there).
EXPECTED: dict[str, tuple[str, str]] = {
    "cellbg": ("identical", ""),
    "comments": ("identical", ""),
    # the footer prints {{ doc_no }}, which the script never sets (docxtpl: an empty gap)
    "custom_jinja_filters": ("refused", "doc_no"),
    "doc_properties": ("identical", ""),
    "dynamic_table": ("identical", ""),
    # its first render is identical; the second swaps embedded files
    "embedded": ("refused", "replace_embedded() and DocxTemplate.replace_zipname()"),
    "escape": ("identical", ""),
    "escape_auto": ("identical", ""),
    "footnotes": ("identical", ""),
    # the script's second test renders a context without has_degree (on purpose)
    "get_undeclared_variables": ("refused", "'has_degree' is undefined"),
    "header_footer": ("identical", ""),
    "header_footer_entities": ("identical", ""),
    "header_footer_image": ("refused", "replace_media()"),
    "header_footer_image_file_obj": ("refused", "replace_media()"),
    "header_footer_inline_image": ("identical", ""),
    "header_footer_utf8": ("identical", ""),
    "horizontal_merge": ("identical", ""),
    "inline_image": ("identical", ""),
    "less_cells_after_loop": ("identical", ""),
    "merge_docx": ("refused", "Subdoc made from another document"),
    "merge_paragraph": ("identical", ""),
    "module_execute": ("identical", ""),
    "multi_rendering": ("identical", ""),
    "nested_for": ("identical", ""),
    "order": ("identical", ""),
    "preserve_spaces": ("identical", ""),
    "replace_picture": ("refused", "replace_pic()"),
    "richtext": ("identical", ""),
    "richtext_and_if": ("identical", ""),
    "richtext_eastAsia": ("identical", ""),
    "richtextparagraph": ("identical", ""),
    "subdoc": ("refused", "Subdoc holding pictures"),
    # a template with a Jinja syntax error: docxtpl raises too
    "template_error": ("both-refused", "unknown tag 'endif'"),
    "vertical_merge": ("identical", ""),
    "vertical_merge_nested": ("identical", ""),
    "word2016": ("identical", ""),
}


def test_every_script_has_an_expectation() -> None:
    assert sorted(EXPECTED) == SCRIPTS
    assert len(SCRIPTS) == 36


def _run(name: str, tmp_path: Path) -> tuple[list[Outcome], Path, list]:  # type: ignore[type-arg]
    captures = run_script(name, tmp_path)
    root = tmp_path / "docxtpl_suite"
    return [evaluate(capture, root) for capture in captures], root, captures


@pytest.mark.parametrize("name", SCRIPTS)
def test_script_is_identical_or_clearly_refused(name: str, tmp_path: Path) -> None:
    outcomes, _root, _captures = _run(name, tmp_path)
    outcome = script_outcome(outcomes)
    kind, named = EXPECTED[name]
    assert outcome.kind == kind, f"{name}: {outcome.kind}: {outcome.detail}"
    assert named in outcome.detail, outcome.detail
    for each in outcomes:
        assert each.kind in ("identical", "refused", "both-refused"), each.detail
        if each.document is not None:
            assert package_problems(each.document) == []
        if each.kind == "refused":
            assert "Traceback" not in each.detail and len(each.detail) < 1000


@pytest.mark.parametrize(
    "name", [name for name, (_, named) in EXPECTED.items() if named.endswith("undefined")
             or name == "custom_jinja_filters"]
)
def test_refused_only_for_the_missing_name(name: str, tmp_path: Path) -> None:
    """Given the names the script left out (as empty text, what docxtpl prints for them), the
    same renders are identical: nothing but the missing name stood in the way."""
    from socialwork.documents import render_template
    from socialwork.errors import MissingDataError

    _outcomes, _root, captures = _run(name, tmp_path)
    for capture in captures:
        context = dict(capture.context)
        for _ in range(20):
            try:
                ours = render_template(capture.template.template_file, context,
                                       filters=_filters(capture))
                break
            except MissingDataError as exc:
                assert exc.variable, exc.message
                context[exc.variable] = ""
        plain = DocxTemplate(capture.template.template_file)
        plain.render(context, capture.jinja_env, capture.autoescape)
        buffer = io.BytesIO()
        plain.save(buffer)
        assert differences(ours, buffer.getvalue()) == []


def _filters(capture):  # type: ignore[no-untyped-def]
    from harness import extra_filters

    return extra_filters(capture.jinja_env)


@pytest.mark.parametrize(
    "name", [name for name, (kind, _) in EXPECTED.items() if kind == "identical"]
)
def test_template_file_alone_gives_the_same_document(name: str, tmp_path: Path) -> None:
    """The template as a path (no DocxTemplate): identical too — except a RichText hyperlink,
    whose relationship only the DocxTemplate that made it knows: refused, naming it."""
    captures = run_script(name, tmp_path)
    root = tmp_path / "docxtpl_suite"
    for capture in captures:
        outcome = evaluate(capture, root, as_path=True)
        if name == "richtext":
            assert outcome.kind == "refused"
            assert "RichText hyperlink" in outcome.detail
        else:
            assert outcome.kind == "identical", outcome.detail

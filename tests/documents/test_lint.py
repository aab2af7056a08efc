"""Template lint: unknown variables and attribute paths fail; every registered template is
clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialwork.authoring import DocumentBuilder
from socialwork.cli import main
from socialwork.documents import templates
from socialwork.documents.lint import lint, lint_file


@pytest.mark.parametrize("spec", templates(), ids=lambda spec: spec.name)
def test_every_registered_template_is_clean(spec: object) -> None:
    assert lint(spec) == []  # type: ignore[arg-type]


def _template(folder: Path, *lines: str, name: str = "probe") -> Path:
    doc = DocumentBuilder(name, title="x", model="referral")
    for line in lines:
        doc.paragraph(line)
    return doc.save(folder)


def _messages(path: Path, model: str | None = "referral") -> list[str]:
    return [problem.message for problem in lint_file(path, model=model)]


def test_typos_are_found(tmp_path: Path) -> None:
    path = _template(
        tmp_path,
        "{{ referal.id }}",
        "{{ referral.client.person.frist_name }}",
        "{% for a in referral.attachments %}{{ a.titel }}{% endfor %}",
        "{{ referral.consent.given_on|date_pl }}",
    )
    messages = _messages(path)
    assert any("unknown variable 'referal'" in m for m in messages)
    assert any("'frist_name'" in m and "first_name" in m for m in messages)
    assert any("'titel'" in m for m in messages)
    assert len(messages) == 3


def test_valid_paths_pass(tmp_path: Path) -> None:
    path = _template(
        tmp_path,
        "{{ referral.client.person.full_name }} {{ referral.kind.label }}",
        "{{ referral.kind.value }}",
        "{{ referral.client.address.line1 if referral.client.address else '' }}",
        "{% set c = referral.consent %}{{ c.given_by if c else '' }}",
        "{% for m in referral.attachments %}{{ loop.index }} {{ m.title }}{% endfor %}",
        "{{ on|date_pl }} {{ template.name }} {{ plural(2, 'a', 'b', 'c') }}",
        "{% with w = referral.worker %}{{ w.full_name }}{% endwith %}",
        "{{ referral.created_on.year }} {{ referral.client.person.age_on(on) }}",
    )
    assert _messages(path) == []


def test_names_set_inside_blocks_are_not_context_variables(tmp_path: Path) -> None:
    path = _template(tmp_path, "{% if referral.consent %}{% set who = referral.consent.given_by %}"
                     "{{ who }}{% endif %}")
    assert _messages(path) == []


def test_set_variables_are_typed(tmp_path: Path) -> None:
    path = _template(tmp_path, "{% set w = referral.worker %}{{ w.fullname }}")
    assert any("'fullname'" in m for m in _messages(path))


def test_model_is_guessed_from_the_variables(tmp_path: Path) -> None:
    path = _template(tmp_path, "{{ referral.client.nmae }}")
    assert any("'nmae'" in m for m in _messages(path, model=None))


def test_unknown_model(tmp_path: Path) -> None:
    path = _template(tmp_path, "{{ x }}")
    assert any("unknown model" in m for m in _messages(path, model="no_such_model"))
    assert any("--model" in m for m in _messages(path, model=None))


def test_syntax_error_is_reported(tmp_path: Path) -> None:
    path = _template(tmp_path, "{{ referral.id ")
    messages = _messages(path)
    assert len(messages) == 1 and "syntax" in messages[0].lower()


def test_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(b"not a zip")
    assert "not a readable .docx" in _messages(path)[0]


def test_cli_lint_templates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _template(tmp_path / "good", "{{ referral.id }}", name="good")
    bad = _template(tmp_path / "bad", "{{ referral.nope }}", name="bad")
    assert main(["lint-templates", str(good), "--model", "referral"]) == 0
    assert main(["lint-templates", str(bad), "--model", "referral"]) == 1
    assert "'nope'" in capsys.readouterr().out
    assert main(["lint-templates", str(tmp_path / "good")]) == 0
    assert main(["lint-templates"]) == 0
    with pytest.raises(SystemExit) as caught:
        main(["lint-templates", str(tmp_path / "missing.docx")])
    assert caught.value.code == 2

"""``socialwork.documents`` loads its names on first use: the same objects as before, each
from its module, and nothing of the engine until a name of the engine is asked for."""

from __future__ import annotations

import subprocess
import sys

import socialwork.documents as documents


def test_every_public_name_resolves_and_is_listed() -> None:
    for name in documents.__all__:
        assert getattr(documents, name) is not None, name
    assert set(documents.__all__) <= set(dir(documents))


def test_names_are_the_objects_of_their_modules() -> None:
    from socialwork.documents import engine, extensions, extspec, lint, spec
    from socialwork.documents import environment as environment_function

    assert documents.render is engine.render
    assert documents.TemplateSpec is spec.TemplateSpec
    assert documents.lint_template is lint.lint
    assert documents.TemplateFilter is extspec.TemplateFilter is extensions.TemplateFilter
    assert documents.TemplateGlobal is extensions.TemplateGlobal
    # ``environment`` is the function although a submodule has that name
    assert callable(environment_function)
    assert documents.environment is environment_function
    assert documents.environment() is sys.modules["socialwork.documents.environment"].environment()


def test_builtin_templates_and_converters_are_the_registered_ones() -> None:
    from socialwork.plugins import get_registry

    registry = get_registry()
    names = [spec.name for spec in documents.BUILTIN_TEMPLATES]
    assert names and all(registry.templates.owner(n) == "socialwork" for n in names)
    assert [c.name for c in documents.BUILTIN_CONVERTERS] == ["pdf"]
    assert documents.BUILTIN_TEMPLATES is documents.BUILTIN_TEMPLATES  # computed once


def test_unknown_name_is_an_attribute_error() -> None:
    try:
        documents.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:  # pragma: no cover - the assertion above fails first
        raise AssertionError("no AttributeError")


def test_submodules_are_reachable_as_attributes() -> None:
    code = (
        "import socialwork.documents as d\n"
        "assert d.engine.render is d.render\n"
        "assert d.lint.lint is d.lint_template\n"
        "assert callable(d.environment)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_declarations_import_no_engine() -> None:
    code = (
        "import sys\n"
        "from socialwork.documents import BUILTIN_CONVERTERS, BUILTIN_TEMPLATES, TemplateSpec\n"
        "from socialwork.documents import TemplateFilter, TemplateGlobal\n"
        "assert BUILTIN_TEMPLATES and BUILTIN_CONVERTERS\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('jinja2', 'lxml', "
        "'docx', 'docxtpl'))\n"
        "assert not heavy, heavy\n"
        "import socialwork.documents.environment\n"
        "import socialwork.documents as d\n"
        "assert callable(d.environment), d.environment\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_a_filter_name_of_jinja_is_still_refused() -> None:
    import pytest

    with pytest.raises(ValueError, match="already one of socialwork's or Jinja's own"):
        documents.TemplateFilter("upper", str.upper)
    with pytest.raises(ValueError, match="already one of socialwork's or Jinja's own"):
        documents.TemplateGlobal("range", 1)

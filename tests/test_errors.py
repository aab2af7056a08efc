"""Every exception class on one page (socialwork.errors): two branches, re-exported where
they were first defined, picklable, one line each."""

from __future__ import annotations

import inspect
import pickle

import pytest

import socialwork as sw
from socialwork import errors

CLASSES = [
    cls
    for _, cls in inspect.getmembers(errors, inspect.isclass)
    if issubclass(cls, BaseException) and cls.__module__ == "socialwork.errors"
]

CONFIGURATION = {
    "RegistrationError",
    "ParameterFileError",
    "TemplateDefinitionError",
    "ConverterUnavailableError",
    "ConversionError",
}


def test_every_error_is_input_or_configuration() -> None:
    for cls in CLASSES:
        if cls in (errors.SocialworkError, errors.DocumentError) or not issubclass(
            cls, errors.SocialworkError
        ):
            continue
        is_input = issubclass(cls, errors.InputError)
        is_config = issubclass(cls, errors.ConfigurationError)
        assert is_input != is_config, cls.__name__
        assert is_config == (cls.__name__ in CONFIGURATION | {"ConfigurationError"}), cls


def test_no_exception_class_is_defined_outside_the_errors_module() -> None:
    import pkgutil

    import socialwork

    found = []
    for info in pkgutil.walk_packages(socialwork.__path__, "socialwork."):
        if info.name == "socialwork.errors" or info.name.endswith("__main__"):
            continue
        module = __import__(info.name, fromlist=["_"])
        for name, cls in inspect.getmembers(module, inspect.isclass):
            public = not name.startswith("_")
            if public and issubclass(cls, BaseException) and cls.__module__ == info.name:
                found.append(f"{info.name}.{name}")
    assert not found, f"define exception classes in socialwork.errors: {found}"


@pytest.mark.parametrize(
    ("home", "name"),
    [
        ("socialwork.documents", "TemplateDefinitionError"),
        ("socialwork.documents.errors", "MissingDataError"),
        ("socialwork.model", "FieldError"),
        ("socialwork.model", "ModelError"),
        ("socialwork.model.contract", "TransitionError"),
        ("socialwork.plugins", "RegistrationError"),
        ("socialwork.plugins", "PluginWarning"),
        ("socialwork.law.citations", "LegalBasisError"),
        ("socialwork.law.parameters", "ParameterFileError"),
        ("socialwork.law.parameters", "DateOutOfRangeError"),
        ("socialwork.documents.polish", "FormatError"),
    ],
)
def test_old_homes_re_export_the_same_class(home: str, name: str) -> None:
    module = __import__(home, fromlist=[name])
    assert getattr(module, name) is getattr(errors, name)


def test_the_facade_exports_both_branches() -> None:
    assert sw.InputError is errors.InputError
    assert sw.ConfigurationError is errors.ConfigurationError
    assert sw.SocialworkError is errors.SocialworkError


@pytest.mark.parametrize("cls", [c for c in CLASSES if issubclass(c, errors.SocialworkError)])
def test_errors_pickle_and_print_one_line(cls: type[errors.SocialworkError]) -> None:
    if cls is errors.FieldError:
        error: errors.SocialworkError = cls("pesel", "is not a valid PESEL", "Person")
    elif cls is errors.MissingDataError:
        error = cls("template 'x': no value\nfor y", template="x", variable="y")
    else:
        problems = [errors.Problem("$.a", "first"), errors.Problem("$", "b")]
        error = cls("something is wrong", problems)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls and str(copy) == str(error)
    assert copy.problems == error.problems

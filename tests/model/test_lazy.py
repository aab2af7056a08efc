"""The model is loaded by parts: ``socialwork.model`` loads a name on first use, model types are
registered by a reference to their class (``"package.module:Class"``, imported and checked
when first needed), and answering for one object loads no other model module."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import attrs
import pytest

import socialwork
import socialwork.model as m
from socialwork.errors import RegistrationError
from socialwork.model._base import has_private_repr
from socialwork.model.spec import (
    BUILTIN_MODELS,
    ModelSpec,
    is_model_instance,
    loaded_class,
    spec_for,
)
from socialwork.plugins.testing import plugins_registered
from socialwork.serialization import from_json, to_json

MODEL_DIR = Path(m.__file__).parent
MODEL_MODULES = sorted(
    f"socialwork.model.{p.stem}" for p in MODEL_DIR.glob("*.py") if p.stem != "__init__"
)


def _run(code: str) -> Any:
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(completed.stdout.splitlines()[-1])


# ------------------------------------------------------------------------- the package


def test_every_public_name_loads_and_is_listed() -> None:
    assert set(m.__all__) <= set(dir(m))
    for name in m.__all__:
        value = getattr(m, name)
        assert value is not None, name
    assert m.validators is sys.modules["socialwork.model.validators"]
    assert m.SocialContract is sys.modules["socialwork.model.contract"].SocialContract
    assert m.MAX_AMOUNT is sys.modules["socialwork.model._base"].MAX_AMOUNT


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nonexistent'"):
        m.Nonexistent  # noqa: B018
    with pytest.raises(ImportError):
        exec("from socialwork.model import Nonexistent", {})


def test_importing_the_package_or_one_name_loads_only_what_it_needs() -> None:
    result = _run(
        "import json, sys\n"
        "import socialwork.model as m\n"
        "first = sorted(k for k in sys.modules if k.startswith('socialwork.model'))\n"
        "from socialwork.model import Center\n"
        "then = sorted(k for k in sys.modules if k.startswith('socialwork.model.'))\n"
        "print(json.dumps([first, then, repr(Center)]))\n"
    )
    first, then, shown = result
    assert first == ["socialwork.model"]
    assert "socialwork.model.staff" in then
    assert not {"socialwork.model.interview", "socialwork.model.dps"} & set(then)
    assert shown == "<class 'socialwork.model.staff.Center'>"


def test_every_model_module_makes_its_own_reprs_private() -> None:
    """Each module, however it is loaded (its own import, not the package's), gives every
    attrs class it defines the private repr."""
    result = _run(
        "import importlib, json, sys, attrs\n"
        "from socialwork.model._base import has_private_repr\n"
        f"names = {MODEL_MODULES!r}\n"
        "public = []\n"
        "for name in names:\n"
        "    module = importlib.import_module(name)\n"
        "    for value in vars(module).values():\n"
        "        if isinstance(value, type) and value.__module__ == name and attrs.has(value):\n"
        "            if name != 'socialwork.model.spec' and not has_private_repr(value):\n"
        "                public.append(f'{name}.{value.__qualname__}')\n"
        "print(json.dumps(public))\n"
    )
    assert result == []


# --------------------------------------------------------------- the core's model types


def test_every_builtin_model_is_a_reference_that_loads_and_passes_the_checks() -> None:
    """The built-in specs name their classes by reference; each loads, names the module
    that defines the class, and passes every check a class given directly passes (envelope
    keys, ``date_field``, private reprs)."""
    for model in BUILTIN_MODELS:
        assert repr(model).startswith(f"ModelSpec(tag={model.tag!r}, cls='socialwork.model.")
        fresh = ModelSpec(
            model.tag,
            model.reference,
            model.schema_version,
            model.description,
            date_field=model.date_field,
        )
        cls = fresh.cls  # imported and checked now
        assert fresh == model
        assert model.cls is cls
        assert model.reference == f"{cls.__module__}:{cls.__qualname__}"
        assert has_private_repr(cls)
        direct = ModelSpec(
            model.tag, cls, model.schema_version, model.description, date_field=model.date_field
        )
        assert direct.cls is cls
        assert direct.reference == model.reference


def test_registering_the_core_loads_no_model_and_one_object_loads_only_its_own() -> None:
    result = _run(
        "import json, sys\n"
        "from socialwork.plugins import get_registry\n"
        "from socialwork.model.spec import BUILTIN_MODELS, case_date, spec_for\n"
        "get_registry()\n"
        "refs = [s.reference for s in BUILTIN_MODELS] + [repr(s) for s in BUILTIN_MODELS]\n"
        "registered = sorted(k for k in sys.modules if k.startswith('socialwork.model.'))\n"
        "from socialwork import examples\n"
        "worker = examples.load('pracownik-socjalny')\n"
        "tag = spec_for(worker).tag\n"
        "on = str(case_date(worker))\n"
        "after = sorted(k for k in sys.modules if k.startswith('socialwork.model.'))\n"
        "print(json.dumps([registered, tag, after]))\n"
    )
    registered, tag, after = result
    # (people and staff may be loaded: the profiles of socialwork.law name a Signatory)
    classes = {"contract", "interview", "dps", "decision", "family", "referral", "project"}
    assert not {f"socialwork.model.{name}" for name in classes} & set(registered)
    assert tag == "social_worker"
    assert "socialwork.model.staff" in after
    others = {"contract", "interview", "dps", "decision", "referral", "alimony", "project"}
    assert not {f"socialwork.model.{name}" for name in others} & set(after)


def test_loaded_class_and_is_model_instance() -> None:
    contract = socialwork.from_json(
        (Path(socialwork.__file__).parent / "examples" / "kontrakt-socjalny.json").read_bytes()
    )
    by_tag = {spec.tag: spec for spec in BUILTIN_MODELS}
    assert loaded_class(by_tag["social_contract"]) is m.SocialContract
    assert is_model_instance(contract, by_tag["social_contract"])
    assert not is_model_instance(contract, by_tag["referral"])
    unloaded = ModelSpec("never_loaded", f"vendor_never_{uuid.uuid4().hex}:Thing")
    assert loaded_class(unloaded) is None  # its module is not imported: nothing to compare
    assert not is_model_instance(contract, unloaded)


# ----------------------------------------------------------------- a vendor's reference


@pytest.mark.parametrize(
    "reference",
    ["Person", "socialwork.model.people", "socialwork.model.people:", ":Person",
     "socialwork..model:Person", "socialwork.model.people:Person:x", "a-b:C", "a:1C"],
)
def test_a_malformed_reference_is_refused_when_the_spec_is_made(reference: str) -> None:
    with pytest.raises(TypeError, match=r"'package\.module:Class'"):
        ModelSpec("thing", reference)


def test_a_class_is_still_checked_when_the_spec_is_made() -> None:
    with pytest.raises(TypeError, match=r"ModelSpec\.cls must be an attrs class"):
        ModelSpec("thing", dict)
    with pytest.raises(ValueError, match="not a field or attribute of Person"):
        ModelSpec("thing", m.Person, date_field="wydane")


def _module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str) -> str:
    name = f"acme_lazy_{uuid.uuid4().hex}"
    (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return name


NOTE = """
import datetime as dt
import attrs

@attrs.frozen
class Note:
    id: str
    text: str
    written_on: dt.date

@attrs.frozen
class Clash:
    type: str

class Plain:
    pass

Alias = Note
"""


@pytest.mark.parametrize(
    ("name", "date_field", "message"),
    [
        ("Missing", None, "cannot be loaded .AttributeError"),
        ("Plain", None, "must be an attrs class"),
        ("Clash", None, "field named 'type', which the JSON envelope uses"),
        ("Alias", None, "is the class .*:Note; name the module that defines it"),
        ("Note", "wydano", "'wydano' is not a field or attribute of Note"),
    ],
)
def test_a_bad_reference_is_reported_when_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, date_field: str | None,
    message: str,
) -> None:
    module = _module(tmp_path, monkeypatch, NOTE)
    spec = ModelSpec("acme_note", f"{module}:{name}", date_field=date_field)
    with pytest.raises(RegistrationError, match=f"model type 'acme_note'.*{message}"):
        spec.cls  # noqa: B018


def test_a_missing_module_is_reported_when_loaded() -> None:
    spec = ModelSpec("acme_note", f"acme_missing_{uuid.uuid4().hex}:Note")
    with pytest.raises(RegistrationError, match=r"cannot be loaded \(ModuleNotFoundError"):
        spec.cls  # noqa: B018


def test_a_vendor_model_by_reference_is_loaded_on_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = _module(tmp_path, monkeypatch, NOTE)

    class Plugin:
        @socialwork.hookimpl
        def register_models(self, register: Any) -> None:
            register(ModelSpec("acme_note", f"{module}:Note", date_field="written_on"))

    text = json.dumps(
        {"type": "acme_note", "schema_version": 1, "id": "n-1", "text": "Jan Kowalski",
         "written_on": "2026-11-30"}
    )
    with plugins_registered(("acme-notes", Plugin())) as registry:
        assert module not in sys.modules  # registered, not loaded
        note = from_json(text)
        assert module in sys.modules
        assert registry.models["acme_note"].cls is type(note)
        assert to_json(note) == to_json(from_json(to_json(note)))
        assert json.loads(to_json(note))["type"] == "acme_note"
        assert spec_for(note).tag == "acme_note"
        assert socialwork.model.case_date(note).isoformat() == "2026-11-30"  # type: ignore[union-attr]
        assert repr(note) == "Note(id='n-1')"  # the private repr, as for a class given directly
        assert attrs.has(type(note))

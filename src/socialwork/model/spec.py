"""The catalogue of model types: :class:`ModelSpec`, the core's :data:`BUILTIN_MODELS`, and the
questions asked of any model object — its type tag (:func:`model_tag`) and the date its case
speaks of (:func:`case_date`).

Model types are looked up in ``socialwork.plugins.get_registry().models``, so a type a plugin
registers (a :class:`ModelSpec` from its ``register_models`` hook) is answered the same way
as a built-in one. The plugin hub is a lower layer than the model: this module imports it,
never the other way round.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import re
import sys
from collections.abc import Mapping
from typing import Any

import attrs

from socialwork.errors import InputError, RegistrationError
from socialwork.model._base import make_reprs_private
from socialwork.plugins.active import get_registry
from socialwork.plugins.kinds import declare

__all__ = [
    "BUILTIN_MODELS",
    "DATE_ATTRIBUTES",
    "ENVELOPE_KEYS",
    "ModelSpec",
    "case_date",
    "is_model_instance",
    "loaded_class",
    "model_tag",
    "registered_models",
    "snake_case",
    "spec_for",
]

ENVELOPE_KEYS = ("type", "schema_version")
"""Keys of the JSON envelope; a model class must not have fields with these names."""

_TAG_RE = re.compile(r"[a-z][a-z0-9_]*")


@functools.cache
def _word_boundary() -> re.Pattern[str]:
    return re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake_case(name: str) -> str:
    """``name`` (a class name) in snake_case: ``DPSReferral`` → ``dps_referral``,
    ``SocialContract`` → ``social_contract``, ``HTTPServerError`` → ``http_server_error``.

    A word starts at a capital after a lower-case letter or a digit, and at the last capital
    of a run of capitals followed by a lower-case letter; then everything is lower-cased.
    """
    return _word_boundary().sub("_", name).lower()


def _check_class(value: Any) -> None:
    """The checks of a model class: an attrs class without a field the envelope uses."""
    if not (isinstance(value, type) and attrs.has(value)):
        raise TypeError("ModelSpec.cls must be an attrs class")
    clash = [f.name for f in attrs.fields(value) if f.name in ENVELOPE_KEYS]
    if clash:
        raise TypeError(
            f"{value.__name__} has a field named {clash[0]!r}, which the JSON envelope uses; "
            "rename the field"
        )


def _is_reference(value: str) -> bool:
    """Whether ``value`` has the form ``package.module:Class`` (dotted names, one colon)."""
    module, colon, name = value.partition(":")
    return bool(colon) and all(
        part.isidentifier() for part in (*module.split("."), *name.split("."))
    )


def _check_spec_cls(_inst: Any, _attribute: Any, value: Any) -> None:
    if isinstance(value, str):
        if not _is_reference(value):
            raise TypeError(
                "ModelSpec.cls must be an attrs class or a reference to one written "
                f"'package.module:Class', got {value!r}"
            )
        return
    _check_class(value)


def _check_tag(_inst: Any, _attribute: Any, value: Any) -> None:
    if not isinstance(value, str) or not _TAG_RE.fullmatch(value):
        raise ValueError("ModelSpec.tag must be snake_case: a-z, 0-9 and '_', e.g. 'client'")


def _check_version(_inst: Any, _attribute: Any, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("ModelSpec.schema_version must be a whole number >= 1")


def _check_date_field_of(cls: type, value: str) -> None:
    if value not in {f.name for f in attrs.fields(cls)} and not hasattr(cls, value):
        raise ValueError(
            f"ModelSpec.date_field {value!r} is not a field or attribute of {cls.__name__}"
        )


def _check_date_field(inst: Any, _attribute: Any, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not value.isidentifier():
        raise ValueError("ModelSpec.date_field must be None or the name of a field, e.g. 'wydano'")
    if isinstance(inst._cls, type):  # a reference is checked when its class is loaded
        _check_date_field_of(inst._cls, value)


@attrs.frozen(repr=False)
class ModelSpec:
    """A model type known to serialization: its JSON ``tag`` (snake_case, also the render
    context name), the attrs class, and the current ``schema_version`` it writes.

    ``cls`` is the class itself, or a reference to it written ``"package.module:Class"``
    (the module that defines the class and the class's name in it): the module is then
    imported only when the type is first needed — reading or writing an object of it,
    rendering its template, its schema — so a program that never meets the type does not
    load it. The core registers its model types this way. A class is checked when the spec
    is made; a referenced class when it is loaded, by the same checks (an error then is a
    :class:`~socialwork.errors.RegistrationError` naming the tag). :attr:`cls` always
    gives the class.

    ``date_field`` (optional) names the field (or property) holding the object's own date —
    the date a document is issued or an act done (``"wydano"``). :func:`case_date` reads it:
    it is the default ``on`` date of :func:`socialwork.validate` and of a rendered document.
    A model without one is dated by the first of :data:`DATE_ATTRIBUTES` it has set.

    Plugins register one per model type in their ``register_models`` hook (this module
    declares the class to the plugin hub as the type of that hook's objects).
    """

    tag: str = attrs.field(validator=_check_tag)
    _cls: type | str = attrs.field(validator=_check_spec_cls)
    schema_version: int = attrs.field(default=1, validator=_check_version)
    description: str = ""
    date_field: str | None = attrs.field(default=None, kw_only=True, validator=_check_date_field)
    _loaded: type | None = attrs.field(init=False, default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        if isinstance(self._cls, type):
            # A registered model's repr shows its type and ids only, never personal data.
            make_reprs_private(self._cls)
            object.__setattr__(self, "_loaded", self._cls)

    @property
    def cls(self) -> type:
        """The model class (a reference is imported and checked the first time)."""
        loaded = self._loaded
        return loaded if loaded is not None else self._load()

    @property
    def reference(self) -> str:
        """Where the class is defined, ``"package.module:Class"`` (as given, or of the class
        given)."""
        if isinstance(self._cls, str):
            return self._cls
        return f"{self._cls.__module__}:{self._cls.__qualname__}"

    def _load(self) -> type:
        reference = str(self._cls)
        module_name, _, name = reference.partition(":")
        try:
            found: Any = importlib.import_module(module_name)
            for part in name.split("."):
                found = getattr(found, part)
        except Exception as exc:
            raise RegistrationError(
                f"model type {self.tag!r}: its class {reference} cannot be loaded "
                f"({type(exc).__name__}: {exc})"
            ) from exc
        try:
            _check_class(found)
            where = f"{found.__module__}:{found.__qualname__}"
            if where != reference:
                raise TypeError(
                    f"{reference} is the class {where}; name the module that defines it"
                )
            if self.date_field is not None:
                _check_date_field_of(found, self.date_field)
        except (TypeError, ValueError) as exc:
            raise RegistrationError(f"model type {self.tag!r} ({reference}): {exc}") from exc
        cls: type = found
        make_reprs_private(cls)
        object.__setattr__(self, "_loaded", cls)
        return cls

    def __repr__(self) -> str:
        return (
            f"ModelSpec(tag={self.tag!r}, cls={self._cls!r}, "
            f"schema_version={self.schema_version!r}, description={self.description!r}, "
            f"date_field={self.date_field!r})"
        )


def loaded_class(spec: ModelSpec) -> type | None:
    """``spec``'s class if it can have objects in this process yet, else ``None`` — loading
    nothing: a class given as a reference exists only once its module is imported (then it
    is checked and returned)."""
    loaded = spec._loaded
    if loaded is not None:
        return loaded
    module_name = str(spec._cls).partition(":")[0]
    return spec.cls if module_name in sys.modules else None


def is_model_instance(obj: object, spec: ModelSpec) -> bool:
    """``isinstance(obj, spec.cls)``, without importing the module of a class ``obj`` cannot
    belong to (:func:`loaded_class`)."""
    cls = loaded_class(spec)
    return cls is not None and isinstance(obj, cls)


declare("models", ModelSpec, public_name="socialwork.model.ModelSpec")


BUILTIN_MODELS: tuple[ModelSpec, ...] = (
    ModelSpec("person", "socialwork.model.people:Person", description="osoba"),
    ModelSpec(
        "client", "socialwork.model.people:Client", description="osoba ubiegająca się o pomoc"
    ),
    ModelSpec(
        "family",
        "socialwork.model.family:Family",
        description="rodzina / osoba samotnie gospodarująca",
    ),
    ModelSpec(
        "interview",
        "socialwork.model.interview:Interview",
        description="rodzinny wywiad środowiskowy",
        date_field="conducted_on",
    ),
    ModelSpec(
        "social_contract",
        "socialwork.model.contract:SocialContract",
        description="kontrakt socjalny",
        date_field="concluded_on",
    ),
    ModelSpec(
        "project",
        "socialwork.model.project:Project",
        description="projekt socjalny",
        date_field="drawn_up_on",
    ),
    # The referral letter is dated the day it is written and signed; sent_on and
    # responded_on are later events in its life, not its date.
    ModelSpec(
        "referral",
        "socialwork.model.referral:Referral",
        description="skierowanie / wniosek",
        date_field="created_on",
    ),
    ModelSpec(
        "decision",
        "socialwork.model.decision:Decision",
        description="decyzja administracyjna",
        date_field="issued_on",
    ),
    ModelSpec(
        "dps_referral_decision",
        "socialwork.model.dps:DpsReferralDecision",
        description="decyzja o skierowaniu do domu pomocy społecznej",
        date_field="issued_on",
    ),
    ModelSpec(
        "dps_fee_decision",
        "socialwork.model.dps:DpsFeeDecision",
        description="decyzja ustalająca opłatę za pobyt w domu pomocy społecznej",
        date_field="issued_on",
    ),
    ModelSpec(
        "social_worker", "socialwork.model.staff:SocialWorker", description="pracownik socjalny"
    ),
    ModelSpec(
        "center", "socialwork.model.staff:Center", description="ośrodek pomocy społecznej / CUS"
    ),
    ModelSpec(
        "alimony_claim",
        "socialwork.model.alimony:AlimonyClaim",
        description="pozew o alimenty",
        date_field="filed_on",
    ),
    ModelSpec(
        "contact_record",
        "socialwork.model.contact_record:ContactRecord",
        description="notatka służbowa z kontaktu w pracy socjalnej",
        date_field="written_on",
    ),
    ModelSpec(
        "crime_report",
        "socialwork.model.crime_report:CrimeReport",
        description="zawiadomienie o podejrzeniu popełnienia przestępstwa",
        date_field="written_on",
    ),
    ModelSpec(
        "paternity_claim",
        "socialwork.model.paternity:PaternityClaim",
        description="pozew o ustalenie ojcostwa i alimenty",
        date_field="filed_on",
    ),
    ModelSpec(
        "alimony_interview",
        "socialwork.model.alimony_interview:AlimonyInterview",
        description="wywiad alimentacyjny z dłużnikiem alimentacyjnym",
        date_field="conducted_on",
    ),
    ModelSpec(
        "asset_statement",
        "socialwork.model.assets:AssetStatement",
        description="oświadczenie o stanie majątkowym",
        date_field="signed_on",
    ),
    ModelSpec(
        "homelessness_program",
        "socialwork.model.homelessness:HomelessnessProgram",
        description="indywidualny program wychodzenia z bezdomności",
        date_field="drawn_up_on",
    ),
)
"""The core's model types, registered by the built-in plugin. Each names its class by
reference: a model module is imported when its type is first needed."""


DATE_ATTRIBUTES: tuple[str, ...] = (
    "document_date",
    "on",
    "issued_on",
    "decided_on",
    "decision_date",
    "conducted_on",
    "interview_date",
    "signed_on",
    "concluded_on",
    "written_on",
    "created_on",
    "drawn_up_on",
    "drafted_on",
    "filed_on",
    "sent_on",
    "issued",
    "date",
)
"""Attributes tried, in this order, as the date of an object whose model declares no
``date_field`` (or that is not a registered model)."""


def registered_models() -> Mapping[str, ModelSpec]:
    """The registered model types by tag: the core's and the loaded plugins'."""
    models: Mapping[str, ModelSpec] = get_registry().models
    return models


def spec_for(obj: object) -> ModelSpec:
    """The registered :class:`ModelSpec` of ``obj``'s class (exactly that class, not a base).

    Raises :class:`~socialwork.errors.InputError` if no plugin registers it. Only the
    classes already loaded are compared (:func:`loaded_class`): answering for one object
    imports no other model.
    """
    cls = type(obj)
    for spec in registered_models().values():
        if loaded_class(spec) is cls:
            return spec
    raise InputError(
        f"{cls.__name__} is not a registered model type; a plugin registers it with "
        "ModelSpec(tag, cls) in its register_models hook"
    )


def model_tag(obj: object) -> str:
    """The JSON ``type`` tag of a model object (also its render-context name)."""
    return spec_for(obj).tag


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def case_date(obj: object) -> dt.date | None:
    """The date a case speaks of — the default ``on`` of validation and of a rendered
    document.

    If ``obj``'s registered :class:`ModelSpec` names a ``date_field``, that field's value (a
    ``datetime`` gives its date; ``None`` or anything else that is not a date gives ``None``,
    with no fallback). Otherwise (no ``date_field``, or ``obj`` is not a registered model) the
    first of :data:`DATE_ATTRIBUTES` that holds a date; else ``None``. A registry that cannot
    be read counts as "not registered": this never raises.
    """
    try:
        spec: ModelSpec | None = spec_for(obj)
    except Exception:  # an unregistered class or a broken registry: no declared date
        spec = None
    if spec is not None and spec.date_field is not None:
        return _as_date(getattr(obj, spec.date_field, None))
    for name in DATE_ATTRIBUTES:
        found = _as_date(getattr(obj, name, None))
        if found is not None:
            return found
    return None

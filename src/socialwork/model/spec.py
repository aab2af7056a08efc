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
import re
from collections.abc import Mapping
from typing import Any

import attrs

from socialwork.errors import InputError
from socialwork.model._base import make_model_reprs_private, make_reprs_private
from socialwork.model.alimony import AlimonyClaim
from socialwork.model.alimony_interview import AlimonyInterview
from socialwork.model.assets import AssetStatement
from socialwork.model.contact_record import ContactRecord
from socialwork.model.contract import SocialContract
from socialwork.model.crime_report import CrimeReport
from socialwork.model.decision import Decision
from socialwork.model.dps import DpsFeeDecision, DpsReferralDecision
from socialwork.model.family import Family
from socialwork.model.homelessness import HomelessnessProgram
from socialwork.model.interview import Interview
from socialwork.model.paternity import PaternityClaim
from socialwork.model.people import Client, Person
from socialwork.model.project import Project
from socialwork.model.referral import Referral
from socialwork.model.staff import Center, SocialWorker
from socialwork.plugins.active import get_registry
from socialwork.plugins.kinds import declare

__all__ = [
    "BUILTIN_MODELS",
    "DATE_ATTRIBUTES",
    "ENVELOPE_KEYS",
    "ModelSpec",
    "case_date",
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


def _check_spec_cls(_inst: Any, _attribute: Any, value: Any) -> None:
    if not (isinstance(value, type) and attrs.has(value)):
        raise TypeError("ModelSpec.cls must be an attrs class")
    clash = [f.name for f in attrs.fields(value) if f.name in ENVELOPE_KEYS]
    if clash:
        raise TypeError(
            f"{value.__name__} has a field named {clash[0]!r}, which the JSON envelope uses; "
            "rename the field"
        )


def _check_tag(_inst: Any, _attribute: Any, value: Any) -> None:
    if not isinstance(value, str) or not _TAG_RE.fullmatch(value):
        raise ValueError("ModelSpec.tag must be snake_case: a-z, 0-9 and '_', e.g. 'client'")


def _check_version(_inst: Any, _attribute: Any, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("ModelSpec.schema_version must be a whole number >= 1")


def _check_date_field(inst: Any, _attribute: Any, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not value.isidentifier():
        raise ValueError("ModelSpec.date_field must be None or the name of a field, e.g. 'wydano'")
    cls = inst.cls
    if value not in {f.name for f in attrs.fields(cls)} and not hasattr(cls, value):
        raise ValueError(
            f"ModelSpec.date_field {value!r} is not a field or attribute of {cls.__name__}"
        )


@attrs.frozen
class ModelSpec:
    """A model type known to serialization: its JSON ``tag`` (snake_case, also the render
    context name), the attrs class, and the current ``schema_version`` it writes.

    ``date_field`` (optional) names the field (or property) holding the object's own date —
    the date a document is issued or an act done (``"wydano"``). :func:`case_date` reads it:
    it is the default ``on`` date of :func:`socialwork.validate` and of a rendered document.
    A model without one is dated by the first of :data:`DATE_ATTRIBUTES` it has set.

    Plugins register one per model type in their ``register_models`` hook (this module
    declares the class to the plugin hub as the type of that hook's objects).
    """

    tag: str = attrs.field(validator=_check_tag)
    cls: type = attrs.field(validator=_check_spec_cls)
    schema_version: int = attrs.field(default=1, validator=_check_version)
    description: str = ""
    date_field: str | None = attrs.field(default=None, kw_only=True, validator=_check_date_field)

    def __attrs_post_init__(self) -> None:
        # A registered model's repr shows its type and ids only, never personal data.
        make_reprs_private(self.cls)


declare("models", ModelSpec, public_name="socialwork.model.ModelSpec")


make_model_reprs_private()  # before the specs below look at the classes' reprs

BUILTIN_MODELS: tuple[ModelSpec, ...] = (
    ModelSpec("person", Person, description="osoba"),
    ModelSpec("client", Client, description="osoba ubiegająca się o pomoc"),
    ModelSpec("family", Family, description="rodzina / osoba samotnie gospodarująca"),
    ModelSpec(
        "interview",
        Interview,
        description="rodzinny wywiad środowiskowy",
        date_field="conducted_on",
    ),
    ModelSpec(
        "social_contract",
        SocialContract,
        description="kontrakt socjalny",
        date_field="concluded_on",
    ),
    ModelSpec("project", Project, description="projekt socjalny", date_field="drawn_up_on"),
    # The referral letter is dated the day it is written and signed; sent_on and
    # responded_on are later events in its life, not its date.
    ModelSpec("referral", Referral, description="skierowanie / wniosek", date_field="created_on"),
    ModelSpec(
        "decision", Decision, description="decyzja administracyjna", date_field="issued_on"
    ),
    ModelSpec(
        "dps_referral_decision",
        DpsReferralDecision,
        description="decyzja o skierowaniu do domu pomocy społecznej",
        date_field="issued_on",
    ),
    ModelSpec(
        "dps_fee_decision",
        DpsFeeDecision,
        description="decyzja ustalająca opłatę za pobyt w domu pomocy społecznej",
        date_field="issued_on",
    ),
    ModelSpec("social_worker", SocialWorker, description="pracownik socjalny"),
    ModelSpec("center", Center, description="ośrodek pomocy społecznej / CUS"),
    ModelSpec("alimony_claim", AlimonyClaim, description="pozew o alimenty", date_field="filed_on"),
    ModelSpec(
        "contact_record",
        ContactRecord,
        description="notatka służbowa z kontaktu w pracy socjalnej",
        date_field="written_on",
    ),
    ModelSpec(
        "crime_report",
        CrimeReport,
        description="zawiadomienie o podejrzeniu popełnienia przestępstwa",
        date_field="written_on",
    ),
    ModelSpec(
        "paternity_claim",
        PaternityClaim,
        description="pozew o ustalenie ojcostwa i alimenty",
        date_field="filed_on",
    ),
    ModelSpec(
        "alimony_interview",
        AlimonyInterview,
        description="wywiad alimentacyjny z dłużnikiem alimentacyjnym",
        date_field="conducted_on",
    ),
    ModelSpec(
        "asset_statement",
        AssetStatement,
        description="oświadczenie o stanie majątkowym",
        date_field="signed_on",
    ),
    ModelSpec(
        "homelessness_program",
        HomelessnessProgram,
        description="indywidualny program wychodzenia z bezdomności",
        date_field="drawn_up_on",
    ),
)
"""The core's model types, registered by the built-in plugin."""


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

    Raises :class:`~socialwork.errors.InputError` if no plugin registers it.
    """
    cls = type(obj)
    for spec in registered_models().values():
        if spec.cls is cls:
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

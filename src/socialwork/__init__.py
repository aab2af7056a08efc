"""socialwork: Polish social assistance (pomoc społeczna) as code.

The public API::

    import socialwork as sw

    obj = sw.from_json(text)              # any model object, strict; bad input -> sw.InputError
    report = sw.validate(obj, on=date)    # every legal problem, each with its legal basis
    data = sw.render("decyzja", obj)      # a .docx draft (fmt="pdf" through LibreOffice)
    sw.templates()                        # built-in and plugin templates

Models: :class:`Person`, :class:`Address`, :class:`Client`, :class:`Family`,
:class:`FamilyMember`, :class:`Income`, :class:`Interview`, :class:`SocialContract`,
:class:`Project`, :class:`Referral`, :class:`Decision`, :class:`SocialWorker`,
:class:`Center`, :class:`AlimonyClaim`, :class:`PaternityClaim`, :class:`ContactRecord`
(with :func:`contacts_of` to list and filter a family's contacts), :class:`CrimeReport`,
:class:`AlimonyInterview`, :class:`AssetStatement`, :class:`HomelessnessProgram` and their
parts (see :mod:`socialwork.model`).
Legal figures, income and allowances: :mod:`socialwork.law`. Plugins: :data:`hookimpl` and
``docs/plugins.md``.

This module only re-exports. The names are loaded on first use, so importing a small part
(``socialwork.errors``, ``socialwork.law``…) does not load the documents engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from socialwork.documents import TemplateSpec, render, templates
    from socialwork.errors import ConfigurationError, InputError, Problem, SocialworkError
    from socialwork.model import (
        Address,
        AlimonyClaim,
        AlimonyInterview,
        AssetStatement,
        AssistanceReason,
        BenefitKind,
        Center,
        Client,
        ContactRecord,
        CrimeReport,
        Decision,
        DpsFeeDecision,
        DpsReferralDecision,
        Family,
        FamilyMember,
        HomelessnessProgram,
        Income,
        IncomeKind,
        Interview,
        ModelSpec,
        PaternityClaim,
        Person,
        Project,
        Referral,
        SocialContract,
        SocialWorker,
        contacts_of,
    )
    from socialwork.plugins.hookspecs import hookimpl
    from socialwork.rules import Finding, Report, validate
    from socialwork.serialization import from_json, to_json
    from socialwork.version import __version__

_LAZY: dict[str, str] = {
    **dict.fromkeys(
        ("ConfigurationError", "InputError", "Problem", "SocialworkError"), "socialwork.errors"
    ),
    "__version__": "socialwork.version",
    "hookimpl": "socialwork.plugins.hookspecs",
    **dict.fromkeys(("TemplateSpec", "render", "templates"), "socialwork.documents"),
    **dict.fromkeys(
        (
            "Address",
            "AlimonyClaim",
            "AlimonyInterview",
            "AssetStatement",
            "AssistanceReason",
            "BenefitKind",
            "Center",
            "Client",
            "ContactRecord",
            "CrimeReport",
            "Decision",
            "DpsFeeDecision",
            "DpsReferralDecision",
            "Family",
            "FamilyMember",
            "HomelessnessProgram",
            "Income",
            "IncomeKind",
            "Interview",
            "ModelSpec",
            "PaternityClaim",
            "Person",
            "Project",
            "Referral",
            "SocialContract",
            "SocialWorker",
            "contacts_of",
        ),
        "socialwork.model",
    ),
    **dict.fromkeys(("Finding", "Report", "validate"), "socialwork.rules"),
    **dict.fromkeys(("from_json", "to_json"), "socialwork.serialization"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'socialwork' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Address",
    "AlimonyClaim",
    "AlimonyInterview",
    "AssetStatement",
    "AssistanceReason",
    "BenefitKind",
    "Center",
    "Client",
    "ConfigurationError",
    "ContactRecord",
    "CrimeReport",
    "Decision",
    "DpsFeeDecision",
    "DpsReferralDecision",
    "Family",
    "FamilyMember",
    "Finding",
    "HomelessnessProgram",
    "Income",
    "IncomeKind",
    "InputError",
    "Interview",
    "ModelSpec",
    "PaternityClaim",
    "Person",
    "Problem",
    "Project",
    "Referral",
    "Report",
    "SocialContract",
    "SocialWorker",
    "SocialworkError",
    "TemplateSpec",
    "__version__",
    "contacts_of",
    "from_json",
    "hookimpl",
    "render",
    "templates",
    "to_json",
    "validate",
]

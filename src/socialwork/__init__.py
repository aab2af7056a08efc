"""socialwork: Polish social assistance (pomoc społeczna) as code.

The public API (DESIGN §3)::

    import socialwork as sw

    obj = sw.from_json(text)              # any model object, strict; bad input -> sw.InputError
    report = sw.validate(obj, on=date)    # every legal problem, each with its legal basis
    data = sw.render("decyzja", obj)      # a .docx draft (fmt="pdf" through LibreOffice)
    sw.templates()                        # built-in and plugin templates

Models: :class:`Person`, :class:`Address`, :class:`Client`, :class:`Family`,
:class:`FamilyMember`, :class:`Income`, :class:`Interview`, :class:`SocialContract`,
:class:`Project`, :class:`Referral`, :class:`Decision`, :class:`SocialWorker`,
:class:`Center`, :class:`AlimonyClaim` and their parts (see :mod:`socialwork.model`).
Legal figures, income and allowances: :mod:`socialwork.law`. Plugins: :data:`hookimpl` and
``docs/plugins.md``.
"""

from __future__ import annotations

from socialwork.documents import TemplateSpec, render, templates
from socialwork.errors import InputError, Problem
from socialwork.model import (
    Address,
    AlimonyClaim,
    AssistanceReason,
    BenefitKind,
    Center,
    Client,
    Decision,
    Family,
    FamilyMember,
    Income,
    IncomeKind,
    Interview,
    Person,
    Project,
    Referral,
    SocialContract,
    SocialWorker,
)
from socialwork.plugins import hookimpl
from socialwork.rules import Finding, Report, validate
from socialwork.serialization import ModelSpec, from_json, to_json

__version__ = "0.1.0"

__all__ = [
    "Address",
    "AlimonyClaim",
    "AssistanceReason",
    "BenefitKind",
    "Center",
    "Client",
    "Decision",
    "Family",
    "FamilyMember",
    "Finding",
    "Income",
    "IncomeKind",
    "InputError",
    "Interview",
    "ModelSpec",
    "Person",
    "Problem",
    "Project",
    "Referral",
    "Report",
    "SocialContract",
    "SocialWorker",
    "TemplateSpec",
    "__version__",
    "from_json",
    "hookimpl",
    "render",
    "templates",
    "to_json",
    "validate",
]

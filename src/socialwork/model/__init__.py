"""The domain model: frozen attrs classes that are always structurally valid.

One module per aggregate: :mod:`~socialwork.model.people`, :mod:`~socialwork.model.family`,
:mod:`~socialwork.model.income`, :mod:`~socialwork.model.interview`,
:mod:`~socialwork.model.contract`, :mod:`~socialwork.model.project`,
:mod:`~socialwork.model.referral`, :mod:`~socialwork.model.decision`,
:mod:`~socialwork.model.alimony`, :mod:`~socialwork.model.staff`; enumerations in
:mod:`~socialwork.model.enums`, :mod:`~socialwork.model.reasons` (art. 7) and
:mod:`~socialwork.model.benefits` (art. 36); the catalogue of model types (:class:`ModelSpec`,
:func:`model_tag`, :func:`case_date`) in :mod:`~socialwork.model.spec`. See ``docs/model.md``.
"""

import attrs

from socialwork.model import validators
from socialwork.model._base import MAX_AMOUNT, FieldError, ModelError, mask_pesel, text_problem
from socialwork.model.alimony import AlimonyClaim, ChildClaim, NeedItem, Party
from socialwork.model.benefits import BenefitKind
from socialwork.model.common import Attachment, Court, Institution
from socialwork.model.contract import (
    Amendment,
    ContractAction,
    CoveredRelation,
    Goal,
    GoalEvaluation,
    LabourMarketSection,
    SituationAssessment,
    SocialContract,
    Termination,
    TransitionError,
)
from socialwork.model.decision import Decision, Payment
from socialwork.model.enums import (
    ActionOwner,
    ActionStatus,
    AgeGroup,
    CenterKind,
    ContractKind,
    ContractStatus,
    DecisionOutcome,
    DpsType,
    FundingSource,
    GkrpaGround,
    GoalResult,
    IdentityDocumentKind,
    InterviewKind,
    LabelledEnum,
    MaritalStatus,
    ProjectKind,
    Qualification,
    Relation,
    Sex,
    ShelterKind,
)
from socialwork.model.family import Family, FamilyMember
from socialwork.model.income import Income, IncomeKind
from socialwork.model.interview import (
    MANDATORY_SEGMENTS,
    SEGMENTS,
    AssistancePlanSegment,
    DiagnosisSegment,
    Expense,
    FamilyFunctioningSegment,
    HealthSegment,
    HouseholdSegment,
    Interview,
    InterviewUpdate,
    LivingConditionsSegment,
    MaterialSituationSegment,
    NeedsSegment,
    OtherCircumstancesSegment,
    PlanItem,
    WorkSegment,
)
from socialwork.model.people import (
    Address,
    Client,
    Contact,
    IdentityDocument,
    LegalRepresentative,
    Person,
)
from socialwork.model.project import (
    Activity,
    Approval,
    BudgetLine,
    Partner,
    Project,
    ProjectResult,
    Risk,
    TargetGroup,
)
from socialwork.model.reasons import AssistanceReason
from socialwork.model.referral import (
    Consent,
    CourtDetails,
    DisabilityDetails,
    DpsDetails,
    EmploymentDetails,
    GkrpaDetails,
    Referral,
    ReferralKind,
    ReferralStatus,
    ShelterDetails,
)
from socialwork.model.spec import (
    BUILTIN_MODELS,
    DATE_ATTRIBUTES,
    ENVELOPE_KEYS,
    ModelSpec,
    case_date,
    model_tag,
    snake_case,
    spec_for,
)
from socialwork.model.staff import Center, Signatory, SocialWorker


def _private_reprs() -> None:
    """Every attrs class of the model shows only its type and ids in ``repr``."""
    import sys

    from socialwork.model._base import private_repr

    for name, module in list(sys.modules.items()):
        if not name.startswith("socialwork.model.") or name.endswith(".spec") or module is None:
            continue  # (ModelSpec describes a type, not a case: its repr stays)
        for value in list(vars(module).values()):
            if isinstance(value, type) and value.__module__ == name and attrs.has(value):
                private_repr(value)


_private_reprs()

__all__ = [
    "BUILTIN_MODELS",
    "DATE_ATTRIBUTES",
    "ENVELOPE_KEYS",
    "MANDATORY_SEGMENTS",
    "MAX_AMOUNT",
    "SEGMENTS",
    "ActionOwner",
    "ActionStatus",
    "Activity",
    "Address",
    "AgeGroup",
    "AlimonyClaim",
    "Amendment",
    "Approval",
    "AssistancePlanSegment",
    "AssistanceReason",
    "Attachment",
    "BenefitKind",
    "BudgetLine",
    "Center",
    "CenterKind",
    "ChildClaim",
    "Client",
    "Consent",
    "Contact",
    "ContractAction",
    "ContractKind",
    "ContractStatus",
    "Court",
    "CourtDetails",
    "CoveredRelation",
    "Decision",
    "DecisionOutcome",
    "DiagnosisSegment",
    "DisabilityDetails",
    "DpsDetails",
    "DpsType",
    "EmploymentDetails",
    "Expense",
    "Family",
    "FamilyFunctioningSegment",
    "FamilyMember",
    "FieldError",
    "FundingSource",
    "GkrpaDetails",
    "GkrpaGround",
    "Goal",
    "GoalEvaluation",
    "GoalResult",
    "HealthSegment",
    "HouseholdSegment",
    "IdentityDocument",
    "IdentityDocumentKind",
    "Income",
    "IncomeKind",
    "Institution",
    "Interview",
    "InterviewKind",
    "InterviewUpdate",
    "LabelledEnum",
    "LabourMarketSection",
    "LegalRepresentative",
    "LivingConditionsSegment",
    "MaritalStatus",
    "MaterialSituationSegment",
    "ModelError",
    "ModelSpec",
    "NeedItem",
    "NeedsSegment",
    "OtherCircumstancesSegment",
    "Partner",
    "Party",
    "Payment",
    "Person",
    "PlanItem",
    "Project",
    "ProjectKind",
    "ProjectResult",
    "Qualification",
    "Referral",
    "ReferralKind",
    "ReferralStatus",
    "Relation",
    "Risk",
    "Sex",
    "ShelterDetails",
    "ShelterKind",
    "Signatory",
    "SituationAssessment",
    "SocialContract",
    "SocialWorker",
    "TargetGroup",
    "Termination",
    "TransitionError",
    "WorkSegment",
    "case_date",
    "mask_pesel",
    "model_tag",
    "snake_case",
    "spec_for",
    "text_problem",
    "validators",
]

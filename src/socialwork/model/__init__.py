"""The domain model: frozen attrs classes that are always structurally valid.

One module per aggregate: :mod:`~socialwork.model.people`, :mod:`~socialwork.model.family`,
:mod:`~socialwork.model.income`, :mod:`~socialwork.model.interview`,
:mod:`~socialwork.model.contract`, :mod:`~socialwork.model.project`,
:mod:`~socialwork.model.referral`, :mod:`~socialwork.model.decision`,
:mod:`~socialwork.model.alimony`, :mod:`~socialwork.model.paternity`,
:mod:`~socialwork.model.contact_record`, :mod:`~socialwork.model.crime_report`,
:mod:`~socialwork.model.evidence`, :mod:`~socialwork.model.alimony_interview`,
:mod:`~socialwork.model.assets`, :mod:`~socialwork.model.homelessness`,
:mod:`~socialwork.model.staff`; enumerations in
:mod:`~socialwork.model.enums`, :mod:`~socialwork.model.reasons` (art. 7) and
:mod:`~socialwork.model.benefits` (art. 36); the catalogue of model types (:class:`ModelSpec`,
:func:`model_tag`, :func:`case_date`) in :mod:`~socialwork.model.spec`. See ``docs/model.md``.
"""

import attrs

from socialwork.model import validators
from socialwork.model._base import MAX_AMOUNT, FieldError, ModelError, mask_pesel, text_problem
from socialwork.model.alimony import AlimonyClaim, ChildClaim, NeedItem, Party
from socialwork.model.alimony_interview import AlimonyInterview, EntitledPerson
from socialwork.model.assets import (
    AssetDeclaration,
    AssetStatement,
    Debt,
    MovableAsset,
    RealEstate,
    Savings,
)
from socialwork.model.benefits import BenefitKind
from socialwork.model.common import Attachment, Court, Institution
from socialwork.model.contact_record import (
    ContactForm,
    ContactQuery,
    ContactRecord,
    NextStep,
    Participant,
    ParticipantRole,
    contacts_of,
)
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
from socialwork.model.crime_report import (
    BlueCardStatus,
    CrimeReport,
    HarmedPerson,
    NotifiedBody,
    Offence,
    SuspectedPerson,
)
from socialwork.model.decision import Decision, Payment
from socialwork.model.dps import (
    CourtOrder,
    DpsAgreement,
    DpsDecisionBase,
    DpsFeeDecision,
    DpsReferralDecision,
    Kinship,
    NoAgreementReason,
    ObligedPerson,
    PlacementGround,
)
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
from socialwork.model.evidence import ProvenFact, Witness
from socialwork.model.family import Family, FamilyMember
from socialwork.model.homelessness import (
    HomelessnessAnalysis,
    HomelessnessProgram,
    Meeting,
    ProgramAction,
    ProgramStage,
    ResponsibleBody,
    Supporter,
)
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
from socialwork.model.paternity import MotherClaim, MotherClaimKind, PaternityClaim
from socialwork.model.people import (
    Address,
    Client,
    Contact,
    IdentityDocument,
    LegalRepresentative,
    Person,
    age_in_years,
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
    """Every attrs class of the model shows only its type and ids in ``repr``.

    The model classes are declared ``@attrs.frozen(repr=False)``: attrs need not generate
    (and compile, at every start) a repr that would be replaced here anyway."""
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
    "AlimonyInterview",
    "Amendment",
    "Approval",
    "AssetDeclaration",
    "AssetStatement",
    "AssistancePlanSegment",
    "AssistanceReason",
    "Attachment",
    "BenefitKind",
    "BlueCardStatus",
    "BudgetLine",
    "Center",
    "CenterKind",
    "ChildClaim",
    "Client",
    "Consent",
    "Contact",
    "ContactForm",
    "ContactQuery",
    "ContactRecord",
    "ContractAction",
    "ContractKind",
    "ContractStatus",
    "Court",
    "CourtDetails",
    "CourtOrder",
    "CoveredRelation",
    "CrimeReport",
    "Debt",
    "Decision",
    "DecisionOutcome",
    "DiagnosisSegment",
    "DisabilityDetails",
    "DpsAgreement",
    "DpsDecisionBase",
    "DpsDetails",
    "DpsFeeDecision",
    "DpsReferralDecision",
    "DpsType",
    "EmploymentDetails",
    "EntitledPerson",
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
    "HarmedPerson",
    "HealthSegment",
    "HomelessnessAnalysis",
    "HomelessnessProgram",
    "HouseholdSegment",
    "IdentityDocument",
    "IdentityDocumentKind",
    "Income",
    "IncomeKind",
    "Institution",
    "Interview",
    "InterviewKind",
    "InterviewUpdate",
    "Kinship",
    "LabelledEnum",
    "LabourMarketSection",
    "LegalRepresentative",
    "LivingConditionsSegment",
    "MaritalStatus",
    "MaterialSituationSegment",
    "Meeting",
    "ModelError",
    "ModelSpec",
    "MotherClaim",
    "MotherClaimKind",
    "MovableAsset",
    "NeedItem",
    "NeedsSegment",
    "NextStep",
    "NoAgreementReason",
    "NotifiedBody",
    "ObligedPerson",
    "Offence",
    "OtherCircumstancesSegment",
    "Participant",
    "ParticipantRole",
    "Partner",
    "Party",
    "PaternityClaim",
    "Payment",
    "Person",
    "PlacementGround",
    "PlanItem",
    "ProgramAction",
    "ProgramStage",
    "Project",
    "ProjectKind",
    "ProjectResult",
    "ProvenFact",
    "Qualification",
    "RealEstate",
    "Referral",
    "ReferralKind",
    "ReferralStatus",
    "Relation",
    "ResponsibleBody",
    "Risk",
    "Savings",
    "Sex",
    "ShelterDetails",
    "ShelterKind",
    "Signatory",
    "SituationAssessment",
    "SocialContract",
    "SocialWorker",
    "Supporter",
    "SuspectedPerson",
    "TargetGroup",
    "Termination",
    "TransitionError",
    "Witness",
    "WorkSegment",
    "age_in_years",
    "case_date",
    "contacts_of",
    "mask_pesel",
    "model_tag",
    "snake_case",
    "spec_for",
    "text_problem",
    "validators",
]

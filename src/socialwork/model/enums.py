"""Enumerations of the model, each member with a Polish label and, where there is one, its
legal source.

Members serialize by their ``value`` (a stable, lower-case ASCII code); ``label`` is the Polish
text a document shows (a ``str``; call it with a date, ``label(on)``, for the wording in force
that day); ``legal_basis`` cites the provision (short form, ``u.p.s.`` = ustawa z
dnia 12 marca 2004 r. o pomocy społecznej).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

__all__ = [
    "GENDERED_LABELS",
    "ActionOwner",
    "ActionStatus",
    "AgeGroup",
    "CenterKind",
    "ContractKind",
    "ContractStatus",
    "DatedLabel",
    "DecisionOutcome",
    "DpsType",
    "FundingSource",
    "GkrpaGround",
    "GoalResult",
    "IdentityDocumentKind",
    "InterviewKind",
    "Label",
    "LabelledEnum",
    "MaritalStatus",
    "ProjectKind",
    "Qualification",
    "Relation",
    "Sex",
    "ShelterKind",
]


class Label(str):
    """A Polish label: a plain ``str`` that can also be called with a date —
    ``member.label(on)`` — to get the wording in force on that day (the same text unless the
    wording changed, see :class:`DatedLabel`)."""

    __slots__ = ()

    def __call__(self, on: dt.date | None = None) -> str:
        return str(self)


class DatedLabel(Label):
    """A label whose wording changed on ``since``; before it, ``before`` was used."""

    __slots__ = ("before", "since")
    before: str
    since: dt.date

    def __new__(cls, text: str, *, before: str, since: dt.date) -> DatedLabel:
        obj = super().__new__(cls, text)
        obj.before = before
        obj.since = since
        return obj

    def __call__(self, on: dt.date | None = None) -> str:
        if on is not None and on < self.since:
            return self.before
        return str(self)


def new_member(cls: type, value: str, label: str, legal_basis: str) -> Any:
    """Create a member of a :class:`LabelledEnum` subclass (for subclasses that define their
    own ``__new__`` with extra attributes)."""
    obj: Any = object.__new__(cls)
    obj._value_ = value
    obj.label = label if isinstance(label, Label) else Label(label)
    obj.legal_basis = legal_basis
    return obj


class LabelledEnum(Enum):
    """An enum whose members carry a Polish ``label`` and a ``legal_basis`` (may be empty).

    Members are declared as ``NAME = ("value", "polska etykieta", "art. … u.p.s.")``.
    """

    _value_: str
    label: Label
    legal_basis: str

    def __new__(cls, value: str, label: str, legal_basis: str = "") -> Any:
        return new_member(cls, value, label, legal_basis)

    def label_on(self, on: dt.date) -> str:
        """The label in force on ``on`` (same as ``label(on)``)."""
        return self.label(on)

    def label_for(self, sex: Sex | None) -> str:
        """The label in the form for a person of that sex — "syn" / "córka" for
        "syn/córka", "żonaty" / "zamężna" for "żonaty/zamężna" — when the member has one form
        per sex; otherwise, and when ``sex`` is ``None``, ``label`` itself."""
        forms = GENDERED_LABELS.get(type(self), {}).get(self.value)
        if forms is None or sex is None:
            return str(self.label)
        return forms[0] if sex is Sex.MALE else forms[1]

    def __str__(self) -> str:
        return str(self.label)

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """All serialized values, in declaration order."""
        return tuple(m.value for m in cls)


class Sex(LabelledEnum):
    """Sex as recorded in PESEL (10th digit: odd = man)."""

    MALE = ("male", "mężczyzna")
    FEMALE = ("female", "kobieta")


class IdentityDocumentKind(LabelledEnum):
    """Kind of identity document, for a person without a PESEL."""

    ID_CARD = ("id_card", "dowód osobisty")
    PASSPORT = ("passport", "paszport")
    RESIDENCE_CARD = ("residence_card", "karta pobytu")
    TRAVEL_DOCUMENT = ("travel_document", "dokument podróży")
    OTHER = ("other", "inny dokument tożsamości")


class MaritalStatus(LabelledEnum):
    SINGLE = ("single", "kawaler/panna")
    MARRIED = ("married", "żonaty/zamężna")
    DIVORCED = ("divorced", "rozwiedziony/rozwiedziona")
    SEPARATED = ("separated", "w separacji")
    WIDOWED = ("widowed", "wdowiec/wdowa")


class Relation(LabelledEnum):
    """Relation of a household member to the applicant (art. 6 pkt 14 u.p.s.: a family may
    include related and unrelated persons living and keeping house together)."""

    SPOUSE = ("spouse", "małżonek/małżonka")
    PARTNER = ("partner", "konkubent/konkubina (partner/partnerka)")
    CHILD = ("child", "syn/córka")
    STEPCHILD = ("stepchild", "pasierb/pasierbica")
    FOSTER_CHILD = ("foster_child", "dziecko w pieczy zastępczej")
    PARENT = ("parent", "ojciec/matka")
    PARENT_IN_LAW = ("parent_in_law", "teść/teściowa")
    CHILD_IN_LAW = ("child_in_law", "zięć/synowa")
    SIBLING = ("sibling", "brat/siostra")
    GRANDCHILD = ("grandchild", "wnuk/wnuczka")
    GRANDPARENT = ("grandparent", "dziadek/babcia")
    OTHER_RELATIVE = ("other_relative", "inny krewny/inna krewna")
    UNRELATED = ("unrelated", "osoba niespokrewniona", "art. 6 pkt 14 u.p.s.")



GENDERED_LABELS: dict[type[LabelledEnum], dict[str, tuple[str, str]]] = {
    MaritalStatus: {
        "single": ("kawaler", "panna"),
        "married": ("żonaty", "zamężna"),
        "divorced": ("rozwiedziony", "rozwiedziona"),
        "widowed": ("wdowiec", "wdowa"),
    },
    Relation: {
        "spouse": ("mąż", "żona"),
        "partner": ("konkubent (partner)", "konkubina (partnerka)"),
        "child": ("syn", "córka"),
        "stepchild": ("pasierb", "pasierbica"),
        "parent": ("ojciec", "matka"),
        "parent_in_law": ("teść", "teściowa"),
        "child_in_law": ("zięć", "synowa"),
        "sibling": ("brat", "siostra"),
        "grandchild": ("wnuk", "wnuczka"),
        "grandparent": ("dziadek", "babcia"),
        "other_relative": ("inny krewny", "inna krewna"),
    },
}
"""The (male, female) form of each member whose ``label`` gives both ("syn/córka"), by enum
class and value; used by :meth:`LabelledEnum.label_for`."""


class CenterKind(LabelledEnum):
    """Kind of the centre (jednostka organizacyjna pomocy społecznej of a gmina)."""

    OPS = ("ops", "Ośrodek Pomocy Społecznej")
    GOPS = ("gops", "Gminny Ośrodek Pomocy Społecznej")
    MGOPS = ("mgops", "Miejsko-Gminny Ośrodek Pomocy Społecznej")
    MOPS = ("mops", "Miejski Ośrodek Pomocy Społecznej")
    MOPR = ("mopr", "Miejski Ośrodek Pomocy Rodzinie")
    CUS = ("cus", "Centrum Usług Społecznych")


class Qualification(LabelledEnum):
    """Qualification of a pracownik socjalny, art. 116 ust. 1 u.p.s."""

    COLLEGE = (
        "college",
        "dyplom ukończenia kolegium pracowników służb społecznych",
        "art. 116 ust. 1 pkt 1 u.p.s.",
    )
    SOCIAL_WORK_DEGREE = (
        "social_work_degree",
        "ukończone studia wyższe na kierunku praca socjalna",
        "art. 116 ust. 1 pkt 2 u.p.s.",
    )
    SPECIALISATION_BY_2013 = (
        "specialisation_by_2013",
        "ukończone do 31 grudnia 2013 r. studia ze specjalnością przygotowującą do zawodu "
        "pracownika socjalnego (pedagogika, pedagogika specjalna, politologia, polityka "
        "społeczna, psychologia, socjologia, nauki o rodzinie)",
        "art. 116 ust. 1 pkt 3 u.p.s.",
    )


class InterviewKind(LabelledEnum):
    """Full interview (część I) or its update (aktualizacja, część IV)."""

    FULL = ("full", "rodzinny wywiad środowiskowy", "art. 107 ust. 1 u.p.s.")
    UPDATE = (
        "update",
        "aktualizacja rodzinnego wywiadu środowiskowego",
        "art. 107 ust. 4 u.p.s.",
    )


class ContractKind(LabelledEnum):
    """Variant of the kontrakt socjalny (Dz.U. 2010 nr 218 poz. 1439)."""

    A = (
        "A",
        "typ A – rozwiązywanie trudnej sytuacji życiowej osoby/rodziny",
        "art. 108 ust. 1 u.p.s.",
    )
    B = (
        "B",
        "typ B – wzmocnienie aktywności i samodzielności życiowej, zawodowej lub "
        "przeciwdziałanie wykluczeniu społecznemu",
        "art. 108 ust. 1 u.p.s.",
    )


class ContractStatus(LabelledEnum):
    """Status of a kontrakt: draft → signed → in_progress → completed | terminated | broken."""

    DRAFT = ("draft", "projekt")
    SIGNED = ("signed", "podpisany")
    IN_PROGRESS = ("in_progress", "w realizacji")
    COMPLETED = ("completed", "zrealizowany")
    TERMINATED = ("terminated", "rozwiązany")
    BROKEN = ("broken", "zerwany (niedotrzymanie warunków)", "art. 11 ust. 2 u.p.s.")


class ActionOwner(LabelledEnum):
    """Who carries out an action of a kontrakt."""

    CLIENT = ("client", "osoba/rodzina")
    WORKER = ("worker", "pracownik socjalny")
    CENTER = ("center", "ośrodek pomocy społecznej")
    INSTITUTION = ("institution", "inna instytucja")


class ActionStatus(LabelledEnum):
    PLANNED = ("planned", "zaplanowane")
    IN_PROGRESS = ("in_progress", "w trakcie")
    DONE = ("done", "zrealizowane")
    NOT_DONE = ("not_done", "niezrealizowane")
    CANCELLED = ("cancelled", "odwołane")


class GoalResult(LabelledEnum):
    """Evaluation of one goal in część II of a kontrakt."""

    ACHIEVED = ("achieved", "zrealizowano")
    PARTLY = ("partly", "zrealizowano częściowo")
    NOT_ACHIEVED = ("not_achieved", "nie zrealizowano")


class ProjectKind(LabelledEnum):
    INDIVIDUAL = ("individual", "indywidualny")
    GROUP = ("group", "grupowy")
    INSTITUTIONAL = ("institutional", "instytucjonalny")


class FundingSource(LabelledEnum):
    OWN = ("own", "środki własne")
    EXTERNAL = ("external", "środki zewnętrzne")


class DecisionOutcome(LabelledEnum):
    GRANT = ("grant", "przyznanie")
    REFUSAL = ("refusal", "odmowa przyznania")


class DpsType(LabelledEnum):
    """Type of dom pomocy społecznej (art. 56 u.p.s.).

    UNVERIFIED: the punkt numbers of art. 56 are from general knowledge of the Act, not from a
    checked source; check them in ISAP before relying on them.
    """

    ELDERLY = ("elderly", "dla osób w podeszłym wieku", "art. 56 pkt 1 u.p.s.")
    CHRONICALLY_ILL = (
        "chronically_ill",
        "dla osób przewlekle somatycznie chorych",
        "art. 56 pkt 2 u.p.s.",
    )
    MENTALLY_ILL = (
        "mentally_ill",
        "dla osób przewlekle psychicznie chorych",
        "art. 56 pkt 3 u.p.s.",
    )
    INTELLECTUAL_ADULTS = (
        "intellectual_adults",
        "dla dorosłych niepełnosprawnych intelektualnie",
        "art. 56 pkt 4 u.p.s.",
    )
    INTELLECTUAL_CHILDREN = (
        "intellectual_children",
        "dla dzieci i młodzieży niepełnosprawnych intelektualnie",
        "art. 56 pkt 5 u.p.s.",
    )
    PHYSICALLY_DISABLED = (
        "physically_disabled",
        "dla osób niepełnosprawnych fizycznie",
        "art. 56 pkt 6 u.p.s.",
    )
    ALCOHOL_DEPENDENT = (
        "alcohol_dependent",
        "dla osób uzależnionych od alkoholu",
        "art. 56 pkt 7 u.p.s.",
    )


class ShelterKind(LabelledEnum):
    """Place of shelter for a homeless person (art. 48a u.p.s.; schronisko: ust. 2 [verified];
    the ustęp numbers of the other places are UNVERIFIED, so only the article is cited)."""

    SHELTER = ("shelter", "schronisko dla osób bezdomnych", "art. 48a ust. 2 u.p.s.")
    SHELTER_WITH_CARE = (
        "shelter_with_care",
        "schronisko dla osób bezdomnych z usługami opiekuńczymi",
        "art. 48a u.p.s.",
    )
    NIGHT_SHELTER = ("night_shelter", "noclegownia", "art. 48a u.p.s.")
    WARMING_CENTRE = ("warming_centre", "ogrzewalnia", "art. 48a u.p.s.")


_GKRPA_BASIS = "art. 24 ustawy o wychowaniu w trzeźwości i przeciwdziałaniu alkoholizmowi"


class GkrpaGround(LabelledEnum):
    """Conditions of art. 24 of the ustawa o wychowaniu w trzeźwości i przeciwdziałaniu
    alkoholizmowi (a wniosek to the GKRPA must show at least one)."""

    FAMILY_BREAKDOWN = ("family_breakdown", "powoduje rozkład życia rodzinnego", _GKRPA_BASIS)
    DEMORALISATION = (
        "demoralisation",
        "powoduje demoralizację małoletnich",
        _GKRPA_BASIS,
    )
    EVADES_SUPPORT = (
        "evades_support",
        "uchyla się od obowiązku zaspokajania potrzeb rodziny",
        _GKRPA_BASIS,
    )
    DISTURBS_PEACE = (
        "disturbs_peace",
        "systematycznie zakłóca spokój lub porządek publiczny",
        _GKRPA_BASIS,
    )


class AgeGroup(LabelledEnum):
    """Which PZON ruling is asked for: under 16 (o niepełnosprawności) or 16+ (o stopniu)."""

    UNDER_16 = ("under_16", "orzeczenie o niepełnosprawności (osoba przed 16. rokiem życia)")
    FROM_16 = ("from_16", "orzeczenie o stopniu niepełnosprawności (osoba od 16. roku życia)")

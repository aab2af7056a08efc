"""Documents print a person's relation and marital status in the form for their sex
("córka", "żona", "żonaty"), never both forms ("syn/córka") when the sex is known."""

from __future__ import annotations

import attrs
import pytest

import socialwork.documents as documents
from socialwork.documents.catalog import EXAMPLES_DIR
from socialwork.documents.text import document_text
from socialwork.model import enums
from socialwork.model.enums import GENDERED_LABELS, LabelledEnum, MaritalStatus, Relation, Sex
from socialwork.model.interview import Interview
from socialwork.model.people import IdentityDocument
from socialwork.serialization import from_json

ENUMS = [
    obj for obj in vars(enums).values()
    if isinstance(obj, type) and issubclass(obj, LabelledEnum) and obj is not LabelledEnum
]
MEMBERS = [member for cls in ENUMS for member in cls]
PERSON_ENUMS = (MaritalStatus, Relation)  # labels describing one person, "A/B" by sex


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_every_label_with_both_forms_has_one_form_per_sex(member: LabelledEnum) -> None:
    male, female = member.label_for(Sex.MALE), member.label_for(Sex.FEMALE)
    assert member.label_for(None) == member.label  # unknown sex: the label, both forms
    if type(member) in PERSON_ENUMS and "/" in member.label:
        assert "/" not in male and "/" not in female
        assert male != female
    elif type(member) in PERSON_ENUMS:
        assert male == female == member.label
    else:  # "osoba/rodzina" is not a pair of gendered forms
        assert male == female == member.label


def test_forms_are_listed_only_for_existing_members() -> None:
    for cls, forms in GENDERED_LABELS.items():
        assert set(forms) <= set(cls.values()), cls


@pytest.mark.parametrize(
    ("member", "male", "female"),
    [
        (Relation.CHILD, "syn", "córka"),
        (Relation.SPOUSE, "mąż", "żona"),
        (Relation.PARENT, "ojciec", "matka"),
        (Relation.GRANDPARENT, "dziadek", "babcia"),
        (Relation.UNRELATED, "osoba niespokrewniona", "osoba niespokrewniona"),
        (MaritalStatus.MARRIED, "żonaty", "zamężna"),
        (MaritalStatus.SINGLE, "kawaler", "panna"),
        (MaritalStatus.SEPARATED, "w separacji", "w separacji"),
    ],
)
def test_forms(member: LabelledEnum, male: str, female: str) -> None:
    assert (member.label_for(Sex.MALE), member.label_for(Sex.FEMALE)) == (male, female)


@pytest.fixture
def interview() -> Interview:
    case = from_json((EXAMPLES_DIR / "wywiad-srodowiskowy.json").read_text(encoding="utf-8"))
    assert isinstance(case, Interview)
    return case


def _text(case: Interview) -> str:
    return document_text(documents.render("wywiad-srodowiskowy", case))


def test_interview_prints_the_gendered_relation_of_each_member(interview: Interview) -> None:
    t = _text(interview)
    assert "syn/córka" not in t and "małżonek/małżonka" not in t and "żonaty/zamężna" not in t
    for member in interview.household.members:
        assert member.relation.label_for(member.person.sex) in t


def test_interview_relation_follows_the_member_sex(interview: Interview) -> None:
    """The same relation flips with the member's sex (a daughter made a son)."""
    members = interview.household.members
    index = next(i for i, m in enumerate(members) if m.relation is Relation.CHILD)
    member = members[index]
    other = Sex.MALE if member.person.sex is Sex.FEMALE else Sex.FEMALE
    # a person without a PESEL (the PESEL encodes the sex) has an identity document
    person = attrs.evolve(
        member.person, sex=other, pesel=None,
        identity_document=enums_document(),
    )
    changed = (*members[:index], attrs.evolve(member, person=person), *members[index + 1:])
    household = attrs.evolve(interview.household, members=changed)
    t = _text(attrs.evolve(interview, household=household))
    expected = Relation.CHILD.label_for(other)
    row = t[t.index(person.full_name):][: len(person.full_name) + 40]
    assert expected in row


def enums_document() -> IdentityDocument:
    return IdentityDocument(kind=enums.IdentityDocumentKind.ID_CARD, number="ABC123456")


def test_interview_marital_status_and_registration_follow_the_applicant_sex(
    interview: Interview,
) -> None:
    t = _text(interview)
    applicant = interview.household.applicant.person
    assert applicant.sex is Sex.MALE
    assert "żonaty" in t
    assert "Zarejestrowany w powiatowym urzędzie pracy jako bezrobotny" in t
    assert "(-a)" not in t

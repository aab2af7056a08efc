"""Enumerations: Polish labels, legal sources, art. 7 (pkt 10 repealed, pkt 7 renamed) and
art. 36 (cash benefits)."""

from __future__ import annotations

import datetime as dt
from enum import Enum

import pytest

import socialwork.model as m
from socialwork.model.reasons import DOMESTIC_VIOLENCE_RENAMED_ON

ALL_ENUMS: list[type[m.LabelledEnum]] = [
    obj
    for obj in (getattr(m, name) for name in m.__all__)
    if isinstance(obj, type) and issubclass(obj, m.LabelledEnum) and obj is not m.LabelledEnum
]


def test_there_are_many_enums() -> None:
    assert len(ALL_ENUMS) >= 20


@pytest.mark.parametrize("kind", ALL_ENUMS, ids=lambda k: k.__name__)
def test_every_member_has_a_stable_value_and_polish_label(kind: type[m.LabelledEnum]) -> None:
    values = [member.value for member in kind]
    assert len(values) == len(set(values))
    for member in kind:
        assert isinstance(member.value, str) and member.value
        assert member.value.isascii()
        assert member.label and member.label == member.label.strip()
        assert str(member) == member.label
        assert isinstance(member.legal_basis, str)
        assert kind(member.value) is member
    assert kind.values() == tuple(values)


def test_labels_have_polish_diacritics_somewhere() -> None:
    labels = " ".join(member.label for kind in ALL_ENUMS for member in kind)
    assert all(ch in labels for ch in "ąćęłńóśźż")


def test_assistance_reasons_are_art_7_without_pkt_10() -> None:
    points = [r.point for r in m.AssistanceReason]
    assert points == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "7a",
        "8",
        "9",
        "11",
        "12",
        "13",
        "14",
        "15",
    ]
    assert "10" not in m.AssistanceReason.values()
    with pytest.raises(ValueError, match="repealed"):
        m.AssistanceReason.from_point(10)
    assert m.AssistanceReason.from_point(4) is m.AssistanceReason.UNEMPLOYMENT
    assert m.AssistanceReason.from_point("7A") is m.AssistanceReason.TRAFFICKING
    for reason in m.AssistanceReason:
        assert reason.legal_basis == f"art. 7 pkt {reason.point} u.p.s."


@pytest.mark.parametrize(
    ("on", "label", "text"),
    [
        (dt.date(2004, 5, 1), "przemoc w rodzinie", "przemocy w rodzinie"),
        (dt.date(2023, 6, 21), "przemoc w rodzinie", "przemocy w rodzinie"),
        (dt.date(2023, 6, 22), "przemoc domowa", "przemocy domowej"),
        (dt.date(2026, 11, 22), "przemoc domowa", "przemocy domowej"),
    ],
)
def test_pkt_7_label_depends_on_the_date(on: dt.date, label: str, text: str) -> None:
    reason = m.AssistanceReason.DOMESTIC_VIOLENCE
    assert reason.label_on(on) == label
    assert reason.label(on) == label
    assert reason.statutory_text(on) == text
    assert dt.date(2023, 6, 22) == DOMESTIC_VIOLENCE_RENAMED_ON


def test_other_labels_do_not_depend_on_the_date() -> None:
    for reason in m.AssistanceReason:
        if reason is not m.AssistanceReason.DOMESTIC_VIOLENCE:
            assert reason.label_on(dt.date(2010, 1, 1)) == reason.label
    assert m.AssistanceReason.POVERTY.statutory_text() == "ubóstwa"
    assert m.AssistanceReason.DOMESTIC_VIOLENCE.statutory_text() == "przemocy domowej"


def test_benefit_kinds_know_cash_benefits() -> None:
    cash = {b for b in m.BenefitKind if b.cash}
    assert {
        m.BenefitKind.PERMANENT_ALLOWANCE,
        m.BenefitKind.PERIODIC_ALLOWANCE,
        m.BenefitKind.TARGETED_ALLOWANCE,
        m.BenefitKind.SPECIAL_TARGETED_ALLOWANCE,
    } <= cash
    assert not m.BenefitKind.SOCIAL_WORK.cash
    assert not m.BenefitKind.DPS.cash
    assert m.BenefitKind.PERMANENT_ALLOWANCE.legal_basis == "art. 37 u.p.s."
    assert m.BenefitKind.PERIODIC_ALLOWANCE.legal_basis == "art. 38 u.p.s."
    assert m.BenefitKind.PERIODIC_ALLOWANCE.label == "zasiłek okresowy"
    unverified = [b for b in m.BenefitKind if not b.verified]
    assert unverified  # new forms of 2023 are marked as such


def test_income_kinds_flag_exclusions_with_their_provision() -> None:
    assert m.IncomeKind.TARGETED_ALLOWANCE.excluded
    assert m.IncomeKind.TARGETED_ALLOWANCE.legal_basis == "art. 8 ust. 4 pkt 2 u.p.s."
    assert m.IncomeKind.SUPPLEMENTARY_BENEFIT.legal_basis == "art. 8 ust. 4a u.p.s."
    assert m.IncomeKind.CHILD_RAISING_BENEFIT.excluded
    assert not m.IncomeKind.EMPLOYMENT.excluded
    assert not m.IncomeKind.FARM.excluded
    for point in range(1, 6):
        assert any(k.legal_basis == f"art. 8 ust. 4 pkt {point} u.p.s." for k in m.IncomeKind)


def test_referral_kinds_requiring_consent() -> None:
    assert m.ReferralKind.DPS.requires_consent
    assert m.ReferralKind.PZON.requires_consent
    assert not m.ReferralKind.FAMILY_COURT.requires_consent
    assert not m.ReferralKind.GKRPA.requires_consent
    assert "art. 54" in m.ReferralKind.DPS.legal_basis


def test_qualifications_cite_art_116() -> None:
    for q in m.Qualification:
        assert q.legal_basis.startswith("art. 116 ust. 1 pkt")


def test_enums_are_real_enums() -> None:
    for kind in ALL_ENUMS:
        assert issubclass(kind, Enum)


def test_labels_are_strings_callable_with_a_date() -> None:
    reason = m.AssistanceReason.DOMESTIC_VIOLENCE
    assert reason.label == "przemoc domowa"
    assert isinstance(reason.label, str)
    assert reason.label() == "przemoc domowa"
    assert f"{reason}" == "przemoc domowa"
    assert m.Sex.FEMALE.label(dt.date(1990, 1, 1)) == "kobieta"
    assert type(m.Sex.FEMALE.label()) is str

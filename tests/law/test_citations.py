"""LegalBasis: long and short forms, parsing, validation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialwork.errors import InputError
from socialwork.law.citations import Act, LegalBasis, kpa, ups


@pytest.mark.parametrize(
    ("basis", "long", "short"),
    [
        (
            LegalBasis(Act.UPS, "106", ustep="4"),
            "art. 106 ust. 4 ustawy o pomocy społecznej",
            "art. 106 ust. 4 u.p.s.",
        ),
        (
            kpa(107, paragraph=1),
            "art. 107 § 1 Kodeksu postępowania administracyjnego",
            "art. 107 § 1 k.p.a.",
        ),
        (
            LegalBasis(Act.RWS_2021, paragraph="3", ustep="2"),
            "§ 3 ust. 2 rozporządzenia Ministra Rodziny i Polityki Społecznej z dnia "
            "8 kwietnia 2021 r. w sprawie rodzinnego wywiadu środowiskowego",
            "§ 3 ust. 2 rozporządzenia w sprawie rodzinnego wywiadu środowiskowego",
        ),
        (
            ups("8", ustep="4", punkt="1"),
            "art. 8 ust. 4 pkt 1 ustawy o pomocy społecznej",
            "art. 8 ust. 4 pkt 1 u.p.s.",
        ),
        (
            ups("7", punkt="2-15"),
            "art. 7 pkt 2–15 ustawy o pomocy społecznej",
            "art. 7 pkt 2–15 u.p.s.",
        ),
        (
            LegalBasis(Act.KRO, "133", paragraph="1"),
            "art. 133 § 1 Kodeksu rodzinnego i opiekuńczego",
            "art. 133 § 1 k.r.o.",
        ),
        (
            LegalBasis("uchwały nr X/1/2025 Rady Gminy Przykładowo", paragraph="2"),
            "§ 2 uchwały nr X/1/2025 Rady Gminy Przykładowo",
            "§ 2 uchwały nr X/1/2025 Rady Gminy Przykładowo",
        ),
    ],
)
def test_forms(basis: LegalBasis, long: str, short: str) -> None:
    assert basis.long == long
    assert str(basis) == long
    assert basis.short == short
    assert LegalBasis.parse(short) == basis
    assert LegalBasis.parse(long) == basis


def test_act_given_as_short_text_becomes_enum() -> None:
    assert LegalBasis("u.p.s.", "37").act is Act.UPS
    assert LegalBasis("Kodeksu postępowania administracyjnego", "57").act is Act.KPA


def test_frozen_and_hashable() -> None:
    basis = ups(37, ustep=1)
    assert {basis, ups("37", ustep="1")} == {basis}
    with pytest.raises(AttributeError):
        basis.article = "38"  # type: ignore[misc]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"act": Act.UPS},
        {"act": Act.UPS, "article": "ósmy"},
        {"act": Act.UPS, "article": "8", "ustep": ""},
        {"act": Act.UPS, "article": "8", "litera": "1"},
        {"act": "", "article": "8"},
        {"act": 8, "article": "8"},
        {"act": Act.UPS, "article": True},
    ],
)
def test_bad_citations_are_input_errors(kwargs: dict[str, object]) -> None:
    with pytest.raises(InputError):
        LegalBasis(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "u.p.s.", "art. 8", "artykuł 8 u.p.s."])
def test_unparsable(text: str) -> None:
    with pytest.raises(InputError):
        LegalBasis.parse(text)


UNIT = st.from_regex(r"[1-9][0-9]{0,2}[a-z]{0,1}", fullmatch=True)


@given(
    st.sampled_from(list(Act)),
    st.one_of(st.none(), UNIT),
    st.one_of(st.none(), UNIT),
    st.one_of(st.none(), UNIT),
    st.one_of(st.none(), st.from_regex(r"[a-z]", fullmatch=True)),
    st.one_of(st.none(), UNIT),
)
def test_round_trip(
    act: Act,
    article: str | None,
    paragraph: str | None,
    ustep: str | None,
    litera: str | None,
    punkt: str | None,
) -> None:
    if article is None and paragraph is None:
        article = "1"
    basis = LegalBasis(act, article, paragraph=paragraph, ustep=ustep, punkt=punkt, litera=litera)
    assert LegalBasis.parse(basis.short) == basis
    assert LegalBasis.parse(basis.long) == basis
    assert basis.long.endswith(act.long)

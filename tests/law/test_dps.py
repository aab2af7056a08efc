"""The DPS fee (art. 60–61 u.p.s.): cases worked by hand, worked examples from published
sources, and properties that hold for any input."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialwork.errors import InputError
from socialwork.law import parameters
from socialwork.law.dps import Kinship, ObligedRelative, dps_fee, parse_relative

D = Decimal
ON_2025 = dt.date(2025, 3, 1)  # K_single 1 010 zł, K_person 823 zł


def single(income: str, kinship: Kinship | None = None) -> ObligedRelative:
    return ObligedRelative(income=D(income), kinship=kinship)


def family(members: int, income: str, kinship: Kinship | None = None) -> ObligedRelative:
    return ObligedRelative(income=D(income), members=members, kinship=kinship)


# ----------------------------------------------------------------- worked by hand


def test_resident_alone_pays_70_percent_gmina_the_rest() -> None:
    # 70 % × 2 400,00 = 1 680,00; 6 500,00 − 1 680,00 = 4 820,00 (art. 61 ust. 2 pkt 1, 3)
    r = dps_fee(ON_2025, cost=D("6500.00"), income=D("2400.00"))
    assert (r.resident, r.relatives, r.gmina) == (D("1680.00"), (), D("4820.00"))


def test_single_child_pays_only_above_300_percent_of_k_single() -> None:
    # 2025: 300 % × 1 010 = 3 030; son earns 4 500 → may pay 1 470 (lit. a)
    r = dps_fee(ON_2025, cost=D("6500.00"), income=D("2400.00"), relatives=[single("4500.00")])
    assert r.relatives[0].threshold == D("3030.00")
    assert r.relatives[0].capacity == D("1470.00")
    assert [x.fee for x in r.relatives] == [D("1470.00")]
    assert r.gmina == D("3350.00")


def test_family_capacity_is_income_above_n_times_300_percent_of_k_person() -> None:
    # 2025: family of 3, 9 000 zł; 3 × 300 % × 823 = 7 407 → 1 593 (lit. b, reading A)
    r = dps_fee(ON_2025, cost=D("6500.00"), income=D("2400.00"), relatives=[family(3, "9000")])
    assert r.relatives[0].threshold == D("7407.00")
    assert r.relatives[0].fee == D("1593.00")
    assert r.gmina == D("3227.00")


def test_relatives_pay_in_turn_and_the_last_only_what_is_left() -> None:
    # remaining 4 820: spouse 0 (below threshold), daughter 3 970 (capacity), son 850 of 2 970
    r = dps_fee(
        ON_2025,
        cost=D("6500.00"),
        income=D("2400.00"),
        relatives=[
            single("2000.00", Kinship.SPOUSE),
            single("7000.00", Kinship.DESCENDANT),
            single("6000.00", Kinship.DESCENDANT),
        ],
    )
    assert [x.fee for x in r.relatives] == [D("0.00"), D("3970.00"), D("850.00")]
    assert r.relatives[2].capacity == D("2970.00")
    assert r.gmina == D("0.00")


def test_relative_exactly_at_the_threshold_pays_nothing() -> None:
    # "jeżeli dochód jest wyższy niż 300%" – equal is not higher
    r = dps_fee(ON_2025, cost=D("5000.00"), income=D("1000.00"), relatives=[single("3030.00")])
    assert r.relatives[0].fee == D("0.00")


def test_70_percent_is_rounded_down_to_the_grosz() -> None:
    # 70 % × 1 234,57 = 864,199 → 864,19 ("nie więcej niż 70%")
    r = dps_fee(ON_2025, cost=D("6000.00"), income=D("1234.57"))
    assert r.resident == D("864.19")
    assert r.gmina == D("5135.81")


def test_before_2012_the_threshold_is_250_percent_unverified() -> None:
    # 2010: K_person 351; family of 2 with 2 000 zł: 2 × 250 % × 351 = 1 755 → 245
    r = dps_fee(
        dt.date(2010, 6, 1), cost=D("2500.00"), income=D("800.00"), relatives=[family(2, "2000.00")]
    )
    assert r.relatives[0].threshold == D("1755.00")
    assert r.relatives[0].fee == D("245.00")
    assert any("NIEZWERYFIKOWANE" in s.description for s in r.steps)


def test_2018_thresholds_match_the_dps_kwidzyn_example() -> None:
    # DPS Kwidzyn ("Wariant II"): "ok. 2103,00 zł" (single) and "ok. 1584,00 zł" per person
    # (300 % of 701 and of 528, criteria in force 1.10.2018–31.12.2021)
    r = dps_fee(
        dt.date(2019, 5, 1),
        cost=D("4000.00"),
        income=D("1000.00"),
        relatives=[single("3000.00"), family(2, "4000.00")],
    )
    assert r.relatives[0].threshold == D("2103.00")
    assert r.relatives[1].threshold == D("1584.00") * 2


# ------------------------------------------------- worked examples from publications


def test_forsal_2025_example_resident_part() -> None:
    # forsal.pl/gospodarka/prawo/artykuly/9720592 (01.2025): "emeryturę w wysokości 3500 zł …
    # 70 proc. tej sumy, czyli 2450 zł. Jeśli miesięczny koszt pobytu wynosi 5000 zł, to po
    # wniesieniu tej opłaty przez mieszkańca, pozostaje jeszcze 2550 zł do pokrycia."
    r = dps_fee(dt.date(2025, 1, 15), cost=D("5000.00"), income=D("3500.00"))
    assert r.resident == D("2450.00")
    assert r.gmina == D("2550.00")


def test_rp_2024_example_resident_pays_in_full() -> None:
    # rp.pl 22.10.2024 (art41301401): "jeśli przykładowo miesięczny pobyt w DPS-ie wynosi
    # 3500 zł, a 70 proc. dochodów mieszkańca to 4000 zł – w pełni ponosi on koszty pobytu"
    r = dps_fee(
        dt.date(2024, 10, 22),
        cost=D("3500.00"),
        income=D("5714.29"),
        relatives=[single("20000.00")],
    )
    assert r.resident == D("3500.00") and r.resident_pays_in_full
    assert r.relatives[0].fee == D("0.00") and r.gmina == D("0.00")
    assert any(s.legal_basis.short == "art. 61 ust. 1 u.p.s." for s in r.steps)


def test_forum_ops_2018_family_formula() -> None:
    # forum.ops.pl/naliczanie-odplatnosci-za-dps-207262630 (23.05.2018), "Przykład 1":
    # "6000 zł-(500*3 [300%]*3[osób])=1500 zł" – an illustrative criterion of 500 zł; with
    # the criterion in force that day (514 zł) the same formula gives 6 000 − 4 626 = 1 374
    r = dps_fee(
        dt.date(2018, 5, 23),
        cost=D("4000.00"),
        income=D("1000.00"),
        relatives=[family(3, "6000.00")],
    )
    assert r.relatives[0].threshold == D("514.00") * 3 * 3
    assert r.relatives[0].capacity == D("1374.00")


def test_ops_decision_quoted_in_wsa_gliwice_iv_sa_gl_877_13() -> None:
    # lexlege.pl/orzeczenie/31806 (WSA w Gliwicach, IV SA/Gl 877/13, 5.06.2014), quoting the
    # OPS decision (based on "art. 59 ust. 1, art. 60 ust. 1, ust. 2 pkt 2, art. 61 ust. 1 i
    # ust. 2 pkt 1"): "ustalono odpłatność … w wysokości 907,41 zł tj. 70% posiadanego
    # dochodu". The income is not quoted; 1 296,30 zł is the one whose 70 % is 907,41 zł, and
    # the home's cost (not quoted either) is above it.
    r = dps_fee(dt.date(2013, 10, 1), cost=D("2800.00"), income=D("1296.30"))
    assert r.resident == D("907.41")
    assert r.gmina == D("1892.59")


def test_uwolnijprawde_2025_thresholds() -> None:
    # uwolnijprawde.pl/?p=438: "300 % kryterium wynosi odpowiednio: 3 030 zł dla osoby
    # samotnie gospodarującej, 2 469 zł dochodu na osobę w rodzinie"
    r = dps_fee(
        ON_2025, cost=D("8000.00"), income=D("0.00"), relatives=[single("0.00"), family(4, "0.00")]
    )
    assert r.relatives[0].threshold == D("3030.00")
    assert r.relatives[1].threshold == D("2469.00") * 4


# ------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"cost": D("0")}, "cost"),
        ({"cost": 5000.0}, "float"),
        ({"income": D("-1")}, "income"),
        ({"income": D("1.001")}, "2 decimal"),
    ],
)
def test_bad_amounts_are_refused(kwargs: dict[str, object], needle: str) -> None:
    args: dict[str, object] = {"cost": D("5000"), "income": D("1000")} | kwargs
    with pytest.raises(InputError, match=needle):
        dps_fee(ON_2025, **args)  # type: ignore[arg-type]


def test_relatives_out_of_statutory_order_are_refused() -> None:
    with pytest.raises(InputError, match="statutory order"):
        dps_fee(
            ON_2025,
            cost=D("5000"),
            income=D("1000"),
            relatives=[single("9000", Kinship.ASCENDANT), single("9000", Kinship.SPOUSE)],
        )


def test_two_spouses_are_refused() -> None:
    with pytest.raises(InputError, match="one spouse"):
        dps_fee(
            ON_2025,
            cost=D("5000"),
            income=D("1000"),
            relatives=[single("9000", Kinship.SPOUSE), single("9000", Kinship.SPOUSE)],
        )


@pytest.mark.parametrize(
    ("text", "members", "income"),
    [
        ("single:4500", 1, "4500"),
        ("family:3:9000.50", 3, "9000.50"),
        ("single:4 500,00", 1, "4500.00"),
    ],
)
def test_parse_relative(text: str, members: int, income: str) -> None:
    rel = parse_relative(text)
    assert (rel.members, rel.income) == (members, D(income))


@pytest.mark.parametrize(
    "text", ["single", "family:1:100", "family:x:100", "single:-5", "couple:2:100", "single:1e3x"]
)
def test_parse_relative_refuses(text: str) -> None:
    with pytest.raises(InputError):
        parse_relative(text)


# ------------------------------------------------------------------ properties

DATES = st.dates(min_value=dt.date(2004, 5, 1), max_value=dt.date(2030, 12, 31))
MONEY = st.decimals(min_value=0, max_value=30000, places=2, allow_nan=False, allow_infinity=False)
COST = st.decimals(
    min_value="0.01", max_value=20000, places=2, allow_nan=False, allow_infinity=False
)
RELATIVES = st.lists(
    st.builds(ObligedRelative, income=MONEY, members=st.integers(min_value=1, max_value=8)),
    max_size=5,
)


@given(DATES, COST, MONEY, RELATIVES)
def test_fee_properties(
    on: dt.date, cost: Decimal, income: Decimal, relatives: list[ObligedRelative]
) -> None:
    r = dps_fee(on, cost=cost, income=income, relatives=relatives)
    # the fees add up to the cost exactly, nobody pays a negative amount
    assert r.resident + sum(f.fee for f in r.relatives) + r.gmina == cost
    assert r.resident >= 0 and r.gmina >= 0 and all(f.fee >= 0 for f in r.relatives)
    # the resident pays at most 70 % of income and at most the cost
    share = parameters.value("dps_fee.resident_income_share", on)
    assert r.resident <= income * share and r.resident <= cost
    # the resident pays the whole 70 % (to the grosz) whenever others pay
    if r.gmina > 0 or any(f.fee > 0 for f in r.relatives):
        assert income * share - r.resident < D("0.01")
    # nobody is left below 300 % of the criterion (single: K_single; family: N × K_person)
    multiple = parameters.value("dps_fee.relative_income_multiple", on)
    for f in r.relatives:
        rel = f.relative
        k = parameters.value(
            "income_criterion.single" if rel.single else "income_criterion.per_person",
            on,
            statutory=True,
        )
        if f.fee > 0:
            assert rel.income - f.fee >= k * multiple * rel.members
            assert (rel.income - f.fee) / rel.members >= k * multiple
    # the gmina pays only what the relatives could not: a relative with spare capacity
    # leaves the gmina nothing
    if any(f.capacity > f.fee for f in r.relatives):
        assert r.gmina == 0
    # in the statutory order: a later relative pays only when every earlier one paid all
    # they could
    for i, f in enumerate(r.relatives):
        if f.fee > 0:
            assert all(e.fee == e.capacity for e in r.relatives[:i])
    # every step names its legal basis
    assert all(s.legal_basis.short for s in r.steps)

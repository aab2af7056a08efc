"""Per-gmina profiles: defined in a TOML file or by a plugin, chosen per call; two profiles in
one process — even in parallel threads — each give their own figures and letterhead."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest

import socialwork as sw
from socialwork import examples
from socialwork.documents.text import document_text
from socialwork.errors import ParameterFileError, RegistrationError, UnknownProfileError
from socialwork.law import parameters
from socialwork.law.allowances import periodic_allowance
from socialwork.law.profiles import (
    Letterhead,
    Profile,
    active_profile,
    get_profile,
    load_profiles_file,
    profiles,
    set_profiles_file,
    use_profile,
)
from socialwork.plugins import hookimpl
from socialwork.plugins.testing import plugins_registered

ON = dt.date(2025, 6, 10)
SHARE = "periodic_allowance.gap_share"

PROFILES_TOML = """
[alfa]
gmina = "Gmina Alfa"
appeal_body = "Samorządowe Kolegium Odwoławcze w Alfie"

[alfa.letterhead]
name = "Ośrodek Pomocy Społecznej w Alfie"
lines = ["ul. Pierwsza 1, 00-001 Alfa"]

[[alfa.parameters]]
name = "periodic_allowance.gap_share"
source = "uchwała nr 1/2025 Rady Gminy Alfa (przykład)"
verified = false
values = [{ from = 2025-01-01, value = "0.60" }]

[beta]
gmina = "Gmina Beta"
rules_off = ["SW-DEC-002"]

[beta.letterhead]
name = "Miejski Ośrodek Pomocy Społecznej w Becie"
lines = ["ul. Druga 2, 00-002 Beta", "tel. 22 222 22 22"]

[[beta.parameters]]
name = "periodic_allowance.gap_share"
source = "uchwała nr 2/2025 Rady Miasta Beta (przykład)"
values = [{ from = 2025-01-01, value = "0.75" }]
"""


@pytest.fixture
def profiles_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "profile.toml"
    path.write_text(PROFILES_TOML, encoding="utf-8")
    set_profiles_file(path)
    try:
        yield path
    finally:
        set_profiles_file(None)


def test_file_profiles_load(profiles_file: Path) -> None:
    alfa = get_profile("alfa")
    assert alfa.gmina == "Gmina Alfa"
    assert alfa.letterhead == Letterhead(
        "Ośrodek Pomocy Społecznej w Alfie", ("ul. Pierwsza 1, 00-001 Alfa",)
    )
    assert alfa.overrides[SHARE].gmina == "Gmina Alfa"
    assert not alfa.overrides[SHARE].verified
    assert get_profile("beta").rules_off == frozenset({"SW-DEC-002"})
    assert {"alfa", "beta"} <= set(profiles())


def test_two_profiles_two_figures(profiles_file: Path) -> None:
    income = Decimal("410.00")  # gap 1010 - 410 = 600
    plain = periodic_allowance(ON, members=1, income=income)
    alfa = periodic_allowance(ON, members=1, income=income, profile="alfa")
    beta = periodic_allowance(ON, members=1, income=income, profile="beta")
    assert (plain.minimum, alfa.minimum, beta.minimum) == (
        Decimal("300.00"),
        Decimal("360.00"),
        Decimal("450.00"),
    )
    assert parameters.value(SHARE, ON, profile="beta") == Decimal("0.75")
    assert parameters.value(SHARE, ON) == Decimal("0.50")
    assert active_profile() is None  # nothing left switched on after a call


def test_two_profiles_two_letterheads(profiles_file: Path) -> None:
    case = examples.load("decyzja")
    alfa = document_text(sw.render("decyzja", case, profile="alfa"))
    beta = document_text(sw.render("decyzja", case, profile="beta"))
    plain = document_text(sw.render("decyzja", case))
    assert "Ośrodek Pomocy Społecznej w Alfie" in alfa and "w Becie" not in alfa
    assert "Miejski Ośrodek Pomocy Społecznej w Becie" in beta and "w Alfie" not in beta
    assert "w Alfie" not in plain and "w Becie" not in plain


def test_parallel_threads_keep_their_own_profile(profiles_file: Path) -> None:
    income = Decimal("410.00")
    expected = {None: Decimal("300.00"), "alfa": Decimal("360.00"), "beta": Decimal("450.00")}
    names = [None, "alfa", "beta"] * 20

    def one(name: str | None) -> tuple[str | None, Decimal, str | None]:
        with use_profile(name):
            found = active_profile()
            result = periodic_allowance(ON, members=1, income=income)
            return name, result.minimum, found.name if found else None

    with ThreadPoolExecutor(max_workers=8) as pool:
        for name, minimum, seen in pool.map(one, names):
            assert minimum == expected[name]
            assert seen == name


def test_rules_off_and_local_rules(profiles_file: Path) -> None:
    case = examples.load("decyzja")
    import attrs

    unsigned = attrs.evolve(case, signatory=None)
    assert sw.validate(unsigned).by_code("SW-DEC-002")
    assert not sw.validate(unsigned, profile="beta").by_code("SW-DEC-002")


def test_plugin_profile_with_local_rule_and_defaults() -> None:
    from socialwork.rules import Violation, rule

    @rule("ACME-LOCAL-1", "Reguła lokalna", applies_to="decision", legal_basis="uchwała")
    def local_rule(decision: object, _ctx: object) -> Iterator[Violation]:
        yield Violation("Reguła lokalna gminy Gamma.")

    class Plugin:
        @hookimpl
        def register_profiles(self, register: object) -> None:
            register(  # type: ignore[operator]
                Profile(
                    name="gamma",
                    gmina="Gmina Gamma",
                    appeal_body="SKO w Gammie",
                    rules=(local_rule,),
                )
            )

    import attrs

    case = attrs.evolve(examples.load("decyzja"), appeal_body=None)
    with plugins_registered(("acme-gamma", Plugin())) as registry:
        assert registry.profiles.owner("gamma") == "acme-gamma"
        with_it = sw.validate(case, profile="gamma")
        without = sw.validate(case)
        context = sw.documents.context("decyzja", case, profile="gamma")
    assert with_it.by_code("ACME-LOCAL-1") and not without.by_code("ACME-LOCAL-1")
    assert context["decision"].appeal_body == "SKO w Gammie"


def test_a_name_in_a_plugin_and_the_file_clashes(profiles_file: Path) -> None:
    class Plugin:
        @hookimpl
        def register_profiles(self, register: object) -> None:
            register(Profile(name="alfa", gmina="Inna Alfa"))  # type: ignore[operator]

    with plugins_registered(("acme-alfa", Plugin())), pytest.raises(RegistrationError) as info:
        get_profile("alfa")
    assert "acme-alfa" in str(info.value) and str(profiles_file) in str(info.value)


def test_unknown_profile_names_the_known_ones(profiles_file: Path) -> None:
    with pytest.raises(UnknownProfileError, match="alfa") as info:
        sw.validate(examples.load("decyzja"), profile="alfaa")
    assert "did you mean 'alfa'" in str(info.value)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('[x]\ngmina = "G"\ncolour = "red"\n', "$.x.colour"),
        ("[x]\n", "$.x.gmina"),
        ('[X]\ngmina = "G"\n', "$.X"),
        (
            '[x]\ngmina = "G"\n[[x.parameters]]\nname = "periodic_allowance.gap_share"\n'
            'source = "u"\nvalues = [{ from = "2025-01-01", value = "0.6" }]\n',
            "values[0].from",
        ),
        (
            '[x]\ngmina = "G"\n[[x.parameters]]\nname = "periodic_allowance.gap_share"\n'
            'source = "u"\nvalues = [{ from = 2025-01-01, value = "0.40" }]\n',
            "$.x.parameters[0]",
        ),
        ("[x\n", "not valid TOML"),
    ],
)
def test_malformed_file_is_a_configuration_error(tmp_path: Path, text: str, where: str) -> None:
    path = tmp_path / "p.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParameterFileError) as info:
        load_profiles_file(path)
    assert where in str(info.value)


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "socialwork.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_cli_profile_and_profiles_file(profiles_file: Path) -> None:
    calc = ["calc", "periodic", "--members", "1", "--income", "410", "--on", "2025-06-10"]
    alfa = _cli("--profiles", str(profiles_file), *calc, "--json", "--profile", "alfa")
    assert alfa.returncode == 0, alfa.stderr
    assert json.loads(alfa.stdout)["minimum"] == "360.00"
    beta = _cli(
        *calc, "--json", "--profile", "beta", env={"SOCIALWORK_PROFILES": str(profiles_file)}
    )
    assert json.loads(beta.stdout)["minimum"] == "450.00"
    unknown = _cli("--profiles", str(profiles_file), *calc, "--profile", "zeta")
    assert unknown.returncode == 2 and "alfa, beta" in unknown.stderr
    broken = profiles_file.with_name("broken.toml")
    broken.write_text("[x]\n", encoding="utf-8")
    bad = _cli("--profiles", str(broken), *calc)
    assert bad.returncode == 3 and len(bad.stderr.strip().splitlines()) == 1

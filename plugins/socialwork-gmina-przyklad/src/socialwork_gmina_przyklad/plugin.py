"""The hooks of the Gmina Przykładowo plugin (entry point ``gmina_przyklad``).

One hook: ``register_profiles`` registers the profile ``przykladowo``. Nothing of it applies
to a call that does not choose it, so one process can serve this gmina and others.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from socialwork.plugins import hookimpl


def herb() -> bytes:
    """The gmina's herb (``herb.png``, a fictional one: a golden sun over a silver river on
    blue; drawn by ``tools/draw_herb.py``), printed 16 mm high above the letterhead.

    Read from this package's folder (what :func:`importlib.resources.files` gives for a
    package installed as files) without importing :mod:`importlib.resources` at every start:
    the profile, herb included, is built whenever the registry is."""
    return Path(__file__).with_name("herb.png").read_bytes()


def profile() -> Any:
    """Gmina Przykładowo's :class:`~socialwork.law.profiles.Profile`."""
    from socialwork.law.profiles import Letterhead, Profile
    from socialwork.model.staff import Signatory
    from socialwork_gmina_przyklad import config
    from socialwork_gmina_przyklad.local import periodic_gap_share
    from socialwork_gmina_przyklad.rules import RULES

    return Profile(
        name=config.PROFILE,
        gmina=config.GMINA,
        description="przykład: podwyższony zasiłek okresowy, kryterium na posiłek, papier "
        "firmowy GOPS (uchwały fikcyjne)",
        parameters=(periodic_gap_share(),),
        letterhead=Letterhead(config.LETTERHEAD_NAME, config.LETTERHEAD_LINES, herb=herb()),
        signatory=Signatory(
            name=config.SIGNATORY_NAME,
            position=config.SIGNATORY_POSITION,
            on_authority_of=config.SIGNATORY_AUTHORITY,
        ),
        appeal_body=config.APPEAL_BODY,
        rules=RULES,
    )


@hookimpl
def register_profiles(register: Callable[[Any], None]) -> None:
    register(profile())

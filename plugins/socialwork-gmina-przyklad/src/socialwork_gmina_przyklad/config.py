"""Who this local layer is for, and whether it is switched on."""

from __future__ import annotations

import os

ENV_VAR = "SOCIALWORK_GMINA_PRZYKLAD"
"""Set to ``1`` (or ``tak``/``on``/``true``) in Gmina Przykładowo's deployment."""

GMINA = "Gmina Przykładowo"

LETTERHEAD_NAME = "Gminny Ośrodek Pomocy Społecznej w Przykładowie"
LETTERHEAD_LINES: tuple[str, ...] = (
    "ul. Słoneczna 1, 00-950 Przykładowo",
    "tel. 22 000 00 00, e-mail: gops@przykladowo.example",
    "NIP 000-000-00-00, REGON 000000000",
)
"""The centre's letterhead (fictional data; a real gmina puts its own here)."""

HERB_HEIGHT_MM = 16
"""How tall the herb (``herb.png``, fictional) is printed above the letterhead."""


def active(environ: dict[str, str] | None = None) -> bool:
    """True when the deployment is Gmina Przykładowo's (``SOCIALWORK_GMINA_PRZYKLAD``)."""
    env = os.environ if environ is None else environ
    return env.get(ENV_VAR, "").strip().lower() in {"1", "tak", "on", "true", "yes"}

"""Who this local layer is for: the gmina, its profile name and its letterhead."""

from __future__ import annotations

PROFILE = "przykladowo"
"""The profile's name: ``profile="przykladowo"``, ``--profile przykladowo``,
``?profile=przykladowo``."""

GMINA = "Gmina Przykładowo"

LETTERHEAD_NAME = "Gminny Ośrodek Pomocy Społecznej w Przykładowie"
LETTERHEAD_LINES: tuple[str, ...] = (
    "ul. Słoneczna 1, 00-950 Przykładowo",
    "tel. 22 000 00 00, e-mail: gops@przykladowo.example",
    "NIP 000-000-00-00, REGON 000000000",
)
"""The centre's letterhead (fictional data; a real gmina puts its own here)."""

APPEAL_BODY = "Samorządowe Kolegium Odwoławcze w Przykładowie"
"""The appeal organ named in the pouczenie of the gmina's decisions (fictional)."""

SIGNATORY_NAME = "Anna Przykładowa"
SIGNATORY_POSITION = "Kierownik Gminnego Ośrodka Pomocy Społecznej w Przykładowie"
SIGNATORY_AUTHORITY = "z upoważnienia Wójta Gminy Przykładowo"
"""Who signs the gmina's decisions by default (fictional)."""

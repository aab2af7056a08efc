"""socialwork plugin: the "Niebieska Karta – A" form (Dz.U. 2023 poz. 1870).

Registers the model (JSON type tag ``niebieska_karta_a``), the template
``niebieska-karta-a`` and the rules ``NK-A-001`` … ``NK-A-006``. The form's layout is
UNVERIFIED against the published załącznik nr 1 — see the README.
"""

__version__ = "0.1.0"

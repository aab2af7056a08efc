"""The local layer of the (fictional) Gmina Przykładowo for socialwork.

It registers one per-gmina profile, ``przykladowo`` (see
:mod:`socialwork_gmina_przyklad.plugin`): its figures, rule, letterhead, signatory and appeal
body apply only to a call that chooses it (``profile="przykladowo"``, ``--profile
przykladowo``, ``?profile=przykladowo``), never to another gmina's cases.
"""

__version__ = "0.1.0"

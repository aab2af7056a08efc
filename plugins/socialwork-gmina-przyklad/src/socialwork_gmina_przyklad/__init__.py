"""The local layer of the (fictional) Gmina Przykładowo for socialwork.

Everything here applies only in that gmina's deployment: set ``SOCIALWORK_GMINA_PRZYKLAD=1``
(see :mod:`socialwork_gmina_przyklad.config`). Installed without it, the plugin loads and
registers nothing, so it never changes figures or documents of another gmina.
"""

__version__ = "0.1.0"

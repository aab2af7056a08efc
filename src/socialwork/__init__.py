"""socialwork: Polish social assistance (pomoc społeczna) as code.

The public API (DESIGN §3) is re-exported here; see the README for a tour.
"""

from __future__ import annotations

from socialwork.errors import InputError, Problem

__version__ = "0.1.0"

__all__ = ["InputError", "Problem", "__version__"]

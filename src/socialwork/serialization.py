"""JSON serialization (placeholder until the model lands)."""

from typing import Any

BUILTIN_MODELS: tuple[Any, ...] = ()

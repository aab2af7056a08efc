"""Validation rules (placeholder until the rules engine lands)."""

from typing import Any

BUILTIN_RULES: tuple[Any, ...] = ()

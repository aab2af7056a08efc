"""The core's rules, grouped by the model they check."""

from __future__ import annotations

from socialwork.rules.rule import Rule

BUILTIN_RULES: tuple[Rule, ...] = ()

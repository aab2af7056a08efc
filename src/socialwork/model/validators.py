"""The core model's strictness for plugin model types: attrs validators and field helpers.

A vendor's model class (``docs/plugins.md``) gets exactly the checks of the built-in models
by using these instead of writing its own::

    import attrs
    from decimal import Decimal
    from socialwork.model import validators as sw_v

    @attrs.frozen
    class Zaswiadczenie:
        numer: str = sw_v.text_field()
        osoba: str = sw_v.text_field(repr=False)
        pesel: str | None = sw_v.optional_pesel_field()      # never in a repr
        kwota: Decimal | None = sw_v.optional_money_field()
        cel: str | None = attrs.field(default=None, validator=sw_v.optional_text)

Every validator raises :class:`~socialwork.model.FieldError` (an
:class:`~socialwork.errors.InputError`) with the path ``$.<field>`` and a message that never
contains the value (no PESEL or personal detail in a log). ``from_json`` reports every failing
field of a plugin class at once, with its full JSON path, exactly as for the core models.

The rules, each also available as a function returning the reason or ``None``:

* **money** (:func:`money_problem`) — a :class:`~decimal.Decimal` (never a float or an int),
  finite, not negative, at most 2 decimal places, in plain notation, at most
  :data:`MAX_AMOUNT` (999 999 999 999,99 zł);
* **text** (:func:`text_problem`) — no control characters other than tab, new line and
  carriage return (the documents engine prints ``\\n``, ``\\r\\n`` and ``\\r`` as a line
  break) and no lone surrogates; :data:`text` also refuses a blank string,
  :data:`optional_text` is ``None`` or non-blank, :data:`any_text` allows ``""``;
* **PESEL** (:func:`pesel_problem`) — 11 ASCII digits, a real birth date and a valid check
  digit (:mod:`socialwork.model.pesel`); :func:`mask_pesel` is the repr that shows none of
  its digits;
* **id** (:data:`identifier`) — 1–64 ASCII letters, digits, ``. _ : -``, starting with a
  letter or digit; **date** (:data:`date`) — a ``datetime.date`` (not a ``datetime``) from
  1900-01-01 to 2100-12-31.

A registered model class (and every attrs class its fields hold) gets socialwork's private
``repr`` — its type and ids only — unless it defines ``__repr__`` itself;
:func:`private_repr` is the same as a class decorator, for classes you do not register.
"""

from __future__ import annotations

from typing import Any

import attrs

from socialwork.model._base import (
    MAX_AMOUNT,
    FieldError,
    Validator,
    a_date,
    identifier,
    lenient_text,
    mask_pesel,
    money,
    money_problem,
    optional,
    optional_date,
    optional_money,
    optional_text,
    pesel,
    pesel_problem,
    private_repr,
    required_text,
    text_problem,
    text_tuple,
)
from socialwork.model._base import text as _any_string

__all__ = [
    "MAX_AMOUNT",
    "FieldError",
    "any_text",
    "date",
    "date_field",
    "identifier",
    "mask_pesel",
    "money",
    "money_field",
    "money_problem",
    "optional_any_text",
    "optional_date",
    "optional_money",
    "optional_money_field",
    "optional_pesel",
    "optional_pesel_field",
    "optional_text",
    "optional_text_field",
    "pesel",
    "pesel_field",
    "pesel_problem",
    "private_repr",
    "text",
    "text_field",
    "text_problem",
    "text_tuple",
]

text: Validator = required_text
"""A non-blank string without refused control characters."""

any_text: Validator = _any_string
"""A string without refused control characters; ``""`` allowed (e.g. a field a rule checks)."""

optional_any_text: Validator = lenient_text
"""``None`` or any string without refused control characters."""

optional_pesel: Validator = optional(pesel)
"""``None`` or a valid PESEL."""

date: Validator = a_date
"""A ``datetime.date`` (a ``datetime`` is refused)."""


# Field helpers: ``attrs.field`` with the validator (and the masking repr for a PESEL). Extra
# keyword arguments (``repr=False``, ``metadata=…``) go to ``attrs.field``.


def text_field(**kwargs: Any) -> Any:
    """A required non-blank text field."""
    return attrs.field(validator=text, **kwargs)


def optional_text_field(**kwargs: Any) -> Any:
    """A text field that is ``None`` by default, else non-blank."""
    kwargs.setdefault("default", None)
    return attrs.field(validator=optional_text, **kwargs)


def money_field(**kwargs: Any) -> Any:
    """A required money field (``Decimal``, see :func:`money_problem`)."""
    return attrs.field(validator=money, **kwargs)


def optional_money_field(**kwargs: Any) -> Any:
    """A money field that is ``None`` by default."""
    kwargs.setdefault("default", None)
    return attrs.field(validator=optional_money, **kwargs)


def pesel_field(**kwargs: Any) -> Any:
    """A required PESEL field whose repr never shows it."""
    kwargs.setdefault("repr", mask_pesel)
    return attrs.field(validator=pesel, **kwargs)


def optional_pesel_field(**kwargs: Any) -> Any:
    """A PESEL field that is ``None`` by default; its repr is masked."""
    kwargs.setdefault("default", None)
    kwargs.setdefault("repr", mask_pesel)
    return attrs.field(validator=optional_pesel, **kwargs)


def date_field(**kwargs: Any) -> Any:
    """A required ``datetime.date`` field."""
    return attrs.field(validator=date, **kwargs)

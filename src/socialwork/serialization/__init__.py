"""JSON serialization of model objects: the one cattrs converter owned by the library.

Format (a flat envelope)::

    {"type": "<tag>", "schema_version": 1, ...the object's fields...}

* ``Decimal`` → its exact string (``"823.00"``), ``date`` → ISO ``"2026-11-22"``, enums → their
  value, tuples → arrays, ``None`` → ``null``. Every field is written, so a round trip is exact.
* Inbound data is strict: unknown or duplicate keys, wrong JSON types (no number-to-string or
  string-to-number coercion), malformed amounts or dates, bad PESELs and broken invariants are
  refused with one :class:`~socialwork.errors.InputError` that lists *every* problem with its
  JSON path (``$.family.members[2].person.pesel``). Messages never contain the values.
* The ``type`` tag is looked up in ``socialwork.plugins.get_registry().models``, so model types
  registered by plugins (a :class:`ModelSpec` from ``register_models``) load the same way.
  Any attrs class works with the converter: its fields may use ``str``, ``int``, ``float``,
  ``bool``, ``Decimal``, ``date``, ``datetime``, enums, attrs classes, ``X | None``, unions,
  ``Literal[...]``, ``tuple[X, ...]``, ``list[X]`` and ``dict[K, V]``; other types fall back
  to cattrs' defaults.

One job per module; this package only re-exports:

* :mod:`~socialwork.serialization.text` — JSON text in and out (:func:`from_json`,
  :func:`to_json`): bytes, BOM, UTF-8, duplicate keys, long numbers, ``NaN`` constants;
* :mod:`~socialwork.serialization.envelope` — the ``type``/``schema_version`` envelope
  (:func:`from_data`, :func:`to_data`);
* :mod:`~socialwork.serialization.conversion` — the library's :data:`converter`
  (:func:`make_converter`, :func:`configure_converter`);
* :mod:`~socialwork.serialization.reading` — strict structure hooks, problems with JSON paths;
* :mod:`~socialwork.serialization.writing` — unstructure hooks refusing what reading refuses;
* :mod:`~socialwork.serialization.values` — parsed JSON values and how messages name them.

The catalogue of model types (:class:`ModelSpec`, :data:`BUILTIN_MODELS`, :func:`model_tag`,
the case date :func:`model_date`) lives in :mod:`socialwork.model.spec`.
"""

from socialwork.model.spec import BUILTIN_MODELS, ENVELOPE_KEYS, ModelSpec, model_tag
from socialwork.model.spec import case_date as model_date
from socialwork.serialization.conversion import configure_converter, converter, make_converter
from socialwork.serialization.envelope import from_data, to_data
from socialwork.serialization.text import from_json, to_json

__all__ = [
    "BUILTIN_MODELS",
    "ENVELOPE_KEYS",
    "ModelSpec",
    "configure_converter",
    "converter",
    "from_data",
    "from_json",
    "make_converter",
    "model_date",
    "model_tag",
    "to_data",
    "to_json",
]

"""``socialwork schema [MODEL] [-o FILE] [--force]``: the JSON Schema (draft 2020-12) of a
model type, or of every model type as one bundle with ``$defs``.

Generated from the attrs classes by the rules the strict reader applies
(:mod:`socialwork.serialization.schema`), plugin models included. Without ``-o`` the schema
is printed on stdout.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from socialwork.cli._common import EXIT_OK


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "schema",
        help="JSON Schema (draft 2020-12) of a model type, or of all",
        description="Print the JSON Schema of the model type MODEL (a type tag such as "
        "'decision' or a plugin's tag), or of every model type as one bundle with $defs.",
    )
    parser.add_argument("model", nargs="?", metavar="MODEL", help="a model type tag")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.set_defaults(handler=run)


def schema_text(tag: str | None) -> str:
    """The schema as JSON text (2-space indent, UTF-8 characters kept, final new line)."""
    from socialwork.serialization.schema import schema

    return json.dumps(schema(tag), ensure_ascii=False, indent=2) + "\n"


def run(args: argparse.Namespace) -> int:
    text = schema_text(args.model)  # an unknown tag: InputError listing the known ones
    if args.output is None:
        print(text, end="")
    else:
        from socialwork.documents.output import write_atomic

        write_atomic(args.output, text.encode("utf-8"), force=args.force)
    return EXIT_OK

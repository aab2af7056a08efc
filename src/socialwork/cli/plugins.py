"""``socialwork plugins [--json]``: every plugin with its version and what it registered.

The core (distribution ``socialwork``) is listed first, registering through its built-in
plugin exactly as a vendor plugin does. Plugins that were skipped are listed too, with the
reason; the reasons are also shown as warnings on stderr when the plugins load.
"""

from __future__ import annotations

import argparse
from typing import Any

from socialwork.cli._common import EXIT_OK, print_json
from socialwork.plugins.active import get_registry
from socialwork.plugins.listing import describe

__all__ = ["describe", "register", "run"]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "plugins",
        help="list the core and installed plugins and what each registered",
        description="List the core and the installed plugins (entry-point group "
        "'socialwork', limited by SOCIALWORK_PLUGINS): distribution name, version, what "
        "each registered (templates, models, rules, converters, parameters, profiles) and "
        "problems.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    listing = describe(get_registry())
    if args.json:
        print_json(listing)
        return EXIT_OK
    for item in listing:
        version = item["version"] or "version unknown"
        origin = f" [{item['entry_point']}]" if item["entry_point"] else ""
        status = "" if item["loaded"] else " — NOT LOADED"
        print(f"{item['name']} {version}{origin}{status}")
        registered = {kind: names for kind, names in item["registered"].items() if names}
        for kind, names in registered.items():
            print(f"  {kind}: {', '.join(names)}")
        lifecycle = [h for h in item["hooks"] if not h.startswith("register_")]
        if lifecycle:
            print(f"  hooks: {', '.join(lifecycle)}")
        if not registered and not lifecycle and item["loaded"]:
            print("  (nothing registered)")
        for problem in item["problems"]:
            print(f"  problem: {problem}")
    return EXIT_OK

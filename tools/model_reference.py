"""The generated half of docs/model.md: the field reference (every attrs class reachable from
the built-in model types) and the enumeration reference (every labelled enum), written from the
classes so the page cannot drift from the code. ``tools/build_docs.py`` calls :func:`render`.
"""

from __future__ import annotations

import enum
import inspect
import json
import sys
import types
import typing
from pathlib import Path

import attrs

MARKER = "## Field reference"


def _type_name(t: object) -> str:
    origin = typing.get_origin(t)
    args = typing.get_args(t)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_type_name(a) for a in args)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return f"tuple[{_type_name(args[0])}, ...]"
        return "tuple[" + ", ".join(_type_name(a) for a in args) + "]"
    if origin is not None:
        name = getattr(origin, "__name__", str(origin))
        return f"{name}[" + ", ".join(_type_name(a) for a in args) + "]"
    if t is type(None):
        return "None"
    return getattr(t, "__name__", str(t))


def _default(field: attrs.Attribute) -> str:  # type: ignore[type-arg]
    default = field.default
    if default is attrs.NOTHING:
        return "required"
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        default = default.factory()  # type: ignore[call-arg]
    if isinstance(default, tuple | list):
        return "`[]`" if not default else f"`{json.dumps(list(default))}`"
    if isinstance(default, enum.Enum):
        return f"`{json.dumps(default.value)}`"
    try:
        return f"`{json.dumps(default, ensure_ascii=False)}`"
    except TypeError:
        return f"`{default}`"


def _classes() -> list[type]:
    from socialwork.model.spec import BUILTIN_MODELS

    seen: list[type] = []
    todo = [spec.cls for spec in BUILTIN_MODELS]
    while todo:
        cls = todo.pop(0)
        if cls in seen:
            continue
        seen.append(cls)
        attrs.resolve_types(cls)
        for field in attrs.fields(cls):
            stack = [field.type]
            while stack:
                t = stack.pop(0)
                if isinstance(t, type) and attrs.has(t):
                    todo.append(t)
                stack.extend(typing.get_args(t))
    first_seen: dict[str, int] = {}
    for cls in seen:
        first_seen.setdefault(cls.__module__, len(first_seen))
    return sorted(
        seen,
        key=lambda c: (first_seen[c.__module__], inspect.getsourcelines(c)[1]),
    )


def render(current: str) -> str:
    """``current`` with everything from the field reference on written anew."""
    import socialwork.model as m

    head = current.split(MARKER, 1)[0]
    out = [MARKER, "", "Generated from the classes (`attrs.fields`); defaults are shown as JSON "
           "values.", ""]
    for cls in _classes():
        module = cls.__module__.rsplit(".", 1)[-1]
        out += [f"#### `{cls.__name__}` ({module})", "", "| field | type | default |",
                "|---|---|---|"]
        for field in attrs.fields(cls):
            type_name = _type_name(field.type).replace("|", "\\|")
            out.append(f"| `{field.name}` | `{type_name}` | {_default(field)} |")
        out.append("")
    out += ["## Enumeration reference", ""]
    enums = sorted(
        (obj for obj in (getattr(m, name) for name in m.__all__)
         if inspect.isclass(obj) and issubclass(obj, m.LabelledEnum) and obj is not m.LabelledEnum),
        key=lambda e: e.__name__,
    )
    for enum_cls in enums:
        out += [f"#### `{enum_cls.__name__}`", "", "| value | label | legal basis |",
                "|---|---|---|"]
        for member in enum_cls:
            basis = getattr(member, "legal_basis", "") or ""
            out.append(f"| `{member.value}` | {member.label} | {basis} |")
        out.append("")
    return head + "\n".join(out).rstrip("\n") + "\n"


if __name__ == "__main__":
    path = Path(__file__).resolve().parents[1] / "docs" / "model.md"
    sys.stdout.write(render(path.read_text(encoding="utf-8")))

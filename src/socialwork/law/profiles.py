"""Per-gmina profiles: one gmina's settings as a named set, chosen per call.

A vendor serves many gminas from one process. A :class:`Profile` holds what differs between
them — local figures (:class:`~socialwork.law.parameters.ParameterOverride`, art. 8 ust. 2
u.p.s.), the centre's letterhead, the default signatory and appeal body of its decisions,
its local rules (on) and the rules it switches off — and applies only to a call that names
it: ``profile=`` in :func:`socialwork.validate`, :func:`socialwork.render` and the law
functions, ``--profile NAME`` on the command line, ``?profile=NAME`` over HTTP.

Profiles come from plugins (the ``register_profiles(register)`` hook) and from a TOML file
named by ``--profiles FILE`` or the ``SOCIALWORK_PROFILES`` environment variable (format:
``docs/profiles.md``). A name defined twice is a configuration error naming both sources.

The profile in force is held in a :class:`contextvars.ContextVar` set by
:func:`use_profile` for the length of one call: each thread and each asyncio task sees its
own, so two calls with two profiles at the same time (the HTTP service's worker threads)
never see each other's figures or letterhead. Without a profile the process-wide
registrations apply as before (``register_parameters`` overrides); with one, *only* the
profile's local figures apply — a gmina's figures never leak into another gmina's call.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import os
import re
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from socialwork.errors import (
    InputError,
    ParameterFileError,
    Problem,
    RegistrationError,
    UnknownProfileError,
)
from socialwork.law.parameters.overrides import ParameterOverride, local_overrides_var
from socialwork.model.staff import Signatory
from socialwork.plugins import get_registry
from socialwork.plugins.kinds import declare

__all__ = [
    "ENV_VAR",
    "Letterhead",
    "Profile",
    "active_profile",
    "apply_defaults",
    "get_profile",
    "load_profiles_file",
    "profile_names",
    "profiles",
    "resolve_profile",
    "set_profiles_file",
    "use_profile",
]

ENV_VAR = "SOCIALWORK_PROFILES"
"""Environment variable naming the profiles TOML file (``--profiles FILE`` wins)."""

_NAME_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


def _text(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"Profile: {attribute.name} must be non-empty text")


def _optional_text(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _text(inst, attribute, value)


def _lines(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str) or not isinstance(raw, list | tuple):
        raise InputError("Letterhead.lines must be a list of texts")
    for line in raw:
        if not isinstance(line, str) or not line.strip():
            raise InputError("Letterhead.lines must be a list of non-empty texts")
    return tuple(raw)


def _herb(_inst: Any, _attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, bytes) or not value):
        raise InputError("Letterhead.herb must be the bytes of a picture file (PNG, JPEG…)")


@attrs.frozen
class Letterhead:
    """The centre's letterhead: its ``name`` and further ``lines`` (address, contact,
    NIP/REGON), and optionally the gmina's ``herb`` (the bytes of a PNG/JPEG picture, printed
    above the name at the size its file gives). Core templates print it in place of the
    centre's own name and address."""

    name: str = attrs.field(validator=_text)
    lines: tuple[str, ...] = attrs.field(default=(), converter=_lines)
    herb: bytes | None = attrs.field(default=None, validator=_herb, repr=False)

    def as_context(self) -> dict[str, Any]:
        """The ``letterhead`` render-context value: ``{"name", "lines", "text"}`` and
        ``"herb"`` when there is one."""
        value: dict[str, Any] = {
            "name": self.name,
            "lines": self.lines,
            "text": " · ".join((self.name, *self.lines)),
        }
        if self.herb is not None:
            value["herb"] = self.herb
        return value


def _name(_inst: Any, _attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not _NAME_RE.fullmatch(value):
        raise InputError(
            f"Profile.name {value!r} is malformed: use 1-64 lower-case letters, digits, "
            "'-' or '_' (e.g. 'przykladowo')"
        )


def _overrides(raw: Any) -> tuple[ParameterOverride, ...]:
    items = tuple(raw.values()) if isinstance(raw, Mapping) else tuple(raw)
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, ParameterOverride):
            raise InputError(
                "Profile.parameters must hold socialwork.law.parameters.ParameterOverride "
                f"objects, not {type(item).__name__}"
            )
        if item.name in seen:
            raise InputError(f"Profile.parameters: {item.name} is given twice")
        seen.add(item.name)
    return items


def _rules(raw: Any) -> tuple[Any, ...]:
    items = tuple(raw)
    for item in items:
        if not isinstance(getattr(item, "code", None), str) or not callable(
            getattr(item, "check", None)
        ):
            raise InputError(
                f"Profile.rules must hold socialwork.rules.Rule objects, not {type(item).__name__}"
            )
    return items


def _codes(raw: Any) -> frozenset[str]:
    if isinstance(raw, str):
        raise InputError("Profile.rules_off must be a list of rule codes, not one text")
    codes = frozenset(raw)
    if not all(isinstance(c, str) and c for c in codes):
        raise InputError("Profile.rules_off must be a list of rule codes")
    return codes


@attrs.frozen
class Profile:
    """One gmina's settings, chosen per call.

    * ``name`` — the profile's id (``przykladowo``): lower-case letters, digits, ``-``, ``_``;
    * ``gmina`` — the gmina it is for, as printed (``Gmina Przykładowo``);
    * ``parameters`` — its local figures (:class:`ParameterOverride`; a mapping or a
      sequence); in a call with this profile they replace the process-wide ones;
    * ``letterhead`` — :class:`Letterhead` printed by the core templates;
    * ``signatory`` / ``appeal_body`` — filled into a decision (or referral) that has none:
      who signs (:class:`~socialwork.model.Signatory`) and the appeal organ named in the
      pouczenie (art. 107 § 1 pkt 7 KPA);
    * ``rules`` — its local rules (:class:`socialwork.rules.Rule`), run only with this
      profile; ``rules_off`` — codes of rules (core or plugin) not run with this profile;
    * ``description`` — free text for listings.
    """

    name: str = attrs.field(validator=_name)
    gmina: str = attrs.field(validator=_text)
    parameters: tuple[ParameterOverride, ...] = attrs.field(default=(), converter=_overrides)
    letterhead: Letterhead | None = attrs.field(default=None)
    signatory: Signatory | None = attrs.field(default=None)
    appeal_body: str | None = attrs.field(default=None, validator=_optional_text)
    rules: tuple[Any, ...] = attrs.field(default=(), converter=_rules, repr=False)
    rules_off: frozenset[str] = attrs.field(default=frozenset(), converter=_codes)
    description: str = ""

    def __attrs_post_init__(self) -> None:
        if self.letterhead is not None and not isinstance(self.letterhead, Letterhead):
            raise InputError("Profile.letterhead must be a socialwork.law.profiles.Letterhead")
        if self.signatory is not None and not isinstance(self.signatory, Signatory):
            raise InputError("Profile.signatory must be a socialwork.model.Signatory")

    @property
    def overrides(self) -> dict[str, ParameterOverride]:
        """The local figures by name."""
        return {o.name: o for o in self.parameters}


declare("profiles", Profile, public_name="socialwork.law.profiles.Profile")


# ============================================================================ the file


_FILE_KEYS = {
    "gmina",
    "description",
    "appeal_body",
    "rules_off",
    "letterhead",
    "signatory",
    "parameters",
}
_PARAM_KEYS = {"name", "source", "values", "legal_basis", "verified"}


def _file_error(path: Path, problems: list[Problem]) -> ParameterFileError:
    return ParameterFileError(
        f"profiles file {path} is malformed; correct it (format: docs/profiles.md)", problems
    )


def _parse_override(
    path: Path, where: str, gmina: str, raw: Any, problems: list[Problem]
) -> ParameterOverride | None:
    if not isinstance(raw, dict):
        problems.append(Problem(where, "must be a table", "type.wrong"))
        return None
    for key in raw.keys() - _PARAM_KEYS:
        problems.append(Problem(f"{where}.{key}", "unknown key", "key.unknown"))
    values = raw.get("values")
    pairs: list[tuple[Any, Any]] = []
    if not isinstance(values, list):
        problems.append(
            Problem(
                f"{where}.values",
                'required: a list of {from = YYYY-MM-DD, value = "0.60"}',
                "key.missing",
            )
        )
        return None
    for i, item in enumerate(values):
        if not isinstance(item, dict) or set(item) != {"from", "value"}:
            problems.append(
                Problem(
                    f"{where}.values[{i}]", "must be {from = DATE, value = AMOUNT}", "type.wrong"
                )
            )
            continue
        start = item["from"]
        if isinstance(start, dt.datetime) or not isinstance(start, dt.date):
            problems.append(
                Problem(
                    f"{where}.values[{i}].from", "must be a TOML date YYYY-MM-DD", "date.format"
                )
            )
            continue
        pairs.append((start, item["value"]))
    try:
        return ParameterOverride(
            name=raw.get("name", ""),
            values=pairs,
            gmina=gmina,
            source=raw.get("source", ""),
            legal_basis=raw.get("legal_basis"),
            verified=bool(raw.get("verified", True)),
        )
    except InputError as exc:
        problems.append(Problem(where, exc.message))
    except Exception as exc:  # a value of the wrong type
        problems.append(Problem(where, f"invalid ({type(exc).__name__})"))
    return None


def _parse_profile(path: Path, name: str, raw: Any, problems: list[Problem]) -> Profile | None:
    where = f"{path.name}:$.{name}"
    if not isinstance(raw, dict):
        problems.append(Problem(where, "must be a table [name]", "type.wrong"))
        return None
    for key in raw.keys() - _FILE_KEYS:
        problems.append(Problem(f"{where}.{key}", "unknown key", "key.unknown"))
    gmina = raw.get("gmina")
    if not isinstance(gmina, str) or not gmina.strip():
        problems.append(Problem(f"{where}.gmina", "required: the gmina's name", "key.missing"))
        return None
    before = len(problems)
    overrides = [
        _parse_override(path, f"{where}.parameters[{i}]", gmina, item, problems)
        for i, item in enumerate(raw.get("parameters", []))
    ]
    kwargs: dict[str, Any] = {"name": name, "gmina": gmina}
    try:
        if "letterhead" in raw:
            head = raw["letterhead"]
            if not isinstance(head, dict) or head.keys() - {"name", "lines"}:
                raise InputError("letterhead: a table with 'name' and 'lines'")
            kwargs["letterhead"] = Letterhead(head.get("name", ""), head.get("lines", []))
        if "signatory" in raw:
            sig = raw["signatory"]
            if not isinstance(sig, dict) or sig.keys() - {"name", "position", "on_authority_of"}:
                raise InputError("signatory: a table with 'name', 'position', 'on_authority_of'")
            kwargs["signatory"] = Signatory(**sig)
        for key in ("appeal_body", "description", "rules_off"):
            if key in raw:
                kwargs[key] = raw[key]
        if len(problems) > before:
            return None
        return Profile(parameters=[o for o in overrides if o is not None], **kwargs)
    except InputError as exc:
        problems.append(Problem(where, str(exc)))
    except Exception as exc:
        problems.append(Problem(where, f"invalid ({type(exc).__name__})"))
    return None


def load_profiles_file(path: str | os.PathLike[str]) -> dict[str, Profile]:
    """The profiles defined in the TOML file ``path`` (format: ``docs/profiles.md``).

    A missing, unreadable or malformed file raises :class:`ParameterFileError` (a
    :class:`ConfigurationError`, exit 3) listing every problem as ``file:$.name.key``.
    """
    import tomllib  # here: most commands read no profiles file

    file = Path(path)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ParameterFileError(f"profiles file {file} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ParameterFileError(
            f"profiles file {file} cannot be read ({type(exc).__name__})"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ParameterFileError(f"profiles file {file} is not valid TOML: {exc}") from None
    problems: list[Problem] = []
    out: dict[str, Profile] = {}
    for name, raw in data.items():
        if not _NAME_RE.fullmatch(name):
            problems.append(
                Problem(
                    f"{file.name}:$.{name}",
                    "a profile name is 1-64 lower-case letters, digits, '-' or '_'",
                    "id.format",
                )
            )
            continue
        found = _parse_profile(file, name, raw, problems)
        if found is not None:
            out[name] = found
    if problems:
        raise _file_error(file, problems)
    return out


_lock = threading.Lock()
_configured: Path | None = None
_loaded: dict[Path, dict[str, Profile]] = {}


def set_profiles_file(path: str | os.PathLike[str] | None) -> None:
    """Use the profiles of the TOML file ``path`` (``None``: back to ``SOCIALWORK_PROFILES``).

    Process-wide configuration, set once at start-up (``--profiles FILE``); the profile of
    each call is chosen with ``profile=``."""
    global _configured
    with _lock:
        _configured = None if path is None else Path(path)


def _file_profiles() -> tuple[Path | None, dict[str, Profile]]:
    path = _configured
    if path is None:
        env = os.environ.get(ENV_VAR, "").strip()
        path = Path(env) if env else None
    if path is None:
        return None, {}
    with _lock:
        if path not in _loaded:
            _loaded[path] = load_profiles_file(path)
        return path, _loaded[path]


def profiles() -> dict[str, Profile]:
    """Every profile by name: the plugins' (``register_profiles``) and the profiles file's.

    A name defined both by a plugin and in the file is a :class:`RegistrationError`
    naming both."""
    table = get_registry().profiles
    out: dict[str, Profile] = {name: table[name] for name in table}
    path, from_file = _file_profiles()
    for name, found in from_file.items():
        if name in out:
            raise RegistrationError(
                f"profile {name!r} is defined twice: by plugin {table.owner(name)!r} and in "
                f"the profiles file {path}; rename one of them",
                [Problem(f"profiles[{name!r}]", f"{table.owner(name)} / {path}")],
            )
        out[name] = found
    return dict(sorted(out.items()))


def profile_names() -> list[str]:
    """The names of every profile, sorted."""
    return list(profiles())


def get_profile(name: str) -> Profile:
    """The profile ``name``; an unknown name is an :class:`UnknownProfileError` (an
    :class:`InputError`) listing the known ones."""
    table = profiles()
    if isinstance(name, str) and name in table:
        return table[name]
    import difflib  # only for an unknown name

    close = difflib.get_close_matches(str(name), list(table), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    known = ", ".join(table) or "none (a plugin registers them, or --profiles FILE)"
    raise UnknownProfileError(f"unknown profile {name!r}{hint} (profiles: {known})")


# ====================================================================== the active one


_active: contextvars.ContextVar[Profile | None] = contextvars.ContextVar(
    "socialwork_profile", default=None
)


def active_profile() -> Profile | None:
    """The profile in force for the current call (thread / task), or ``None``."""
    return _active.get()


def resolve_profile(profile: str | Profile | None) -> Profile | None:
    """``profile`` as a :class:`Profile`: looked up by name, or the one in force if
    ``None``."""
    if profile is None:
        return _active.get()
    if isinstance(profile, Profile):
        return profile
    if isinstance(profile, str):
        return get_profile(profile)
    raise InputError(f"profile= must be a profile name or a Profile, not {type(profile).__name__}")


@contextlib.contextmanager
def use_profile(profile: str | Profile | None) -> Iterator[Profile | None]:
    """Make ``profile`` (a name or a :class:`Profile`) the one in force inside the block:
    its local figures replace the process-wide ones for every lookup in this thread or
    task. ``None`` keeps the one in force (none, or an outer block's)."""
    found = resolve_profile(profile)
    if profile is None:
        yield found
        return
    token = _active.set(found)
    figures = local_overrides_var.set(found.overrides if found is not None else None)
    try:
        yield found
    finally:
        local_overrides_var.reset(figures)
        _active.reset(token)


def apply_defaults(obj: Any, profile: Profile | None) -> Any:
    """``obj`` with the profile's default ``signatory`` and ``appeal_body`` filled in where
    the object has such a field left empty (a decision, a referral); else ``obj`` itself."""
    if profile is None or not attrs.has(type(obj)):
        return obj
    names = {f.name for f in attrs.fields(type(obj))}
    changes: dict[str, Any] = {}
    if profile.signatory is not None and "signatory" in names and obj.signatory is None:
        changes["signatory"] = profile.signatory
    if profile.appeal_body is not None and "appeal_body" in names and obj.appeal_body is None:
        changes["appeal_body"] = profile.appeal_body
    if not changes:
        return obj
    try:
        return attrs.evolve(obj, **changes)
    except InputError as exc:
        raise InputError(
            f"the defaults of profile {profile.name!r} do not fit the case: {exc.message}",
            exc.problems,
        ) from None

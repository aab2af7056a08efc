"""The rules engine: walk a case, run every applicable rule, collect every finding.

A rule that raises (or returns garbage) never stops validation: it is reported as a
``warning`` finding under the rule's own code naming the rule and the distribution that
registered it, and all other rules still run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from socialwork.errors import HookTimeout, InputError
from socialwork.formatting import date_dotted
from socialwork.law.citations import Act
from socialwork.law.parameters import ACT_IN_FORCE
from socialwork.law.profiles import Profile, apply_defaults, use_profile
from socialwork.model.spec import ModelSpec, case_date, is_model_instance, snake_case
from socialwork.plugins import get_registry
from socialwork.plugins.budget import call_with_budget
from socialwork.plugins.discovery import CORE
from socialwork.rules import paths
from socialwork.rules.builtin import BUILTIN_RULES
from socialwork.rules.finding import SEVERITIES, Finding, Report
from socialwork.rules.rule import Node, Rule, RuleContext, Violation

MAX_DEPTH = 64

def reference_date(obj: Any) -> dt.date | None:
    """The date a case speaks of — the one :func:`socialwork.documents.context` prints too:
    see :func:`socialwork.model.spec.case_date`."""
    return case_date(obj)


def render_basis(basis: Any) -> str:
    """Render a legal basis (LegalBasis or str) as the text shown in a finding."""
    if basis is None:
        return ""
    if isinstance(basis, str):
        return basis
    for name in ("long", "render"):
        attr = getattr(basis, name, None)
        if callable(attr):
            text = attr()
            if isinstance(text, str):
                return text
        elif isinstance(attr, str):
            return attr
    return str(basis)


def _registry_rules() -> list[tuple[Any, str]]:
    table = get_registry().rules
    return [(table[code], table.owner(code)) for code in table]


def _model_specs() -> Mapping[str, Any]:
    """The registered model types by tag (their classes are not loaded: see :func:`matches`)."""
    try:
        models = get_registry().models
        return {tag: models[tag] for tag in models}
    except Exception:  # a broken registry must not break validation of core objects
        return {}


def matches(obj: Any, target: Any, models: Mapping[str, Any] | None = None) -> bool:
    """Does ``obj`` belong to ``target`` (a class, or a model tag registered by anyone)?

    A tag is looked up in ``models`` (by default the registered ones): an instance of its
    class matches. A class not loaded yet has no instances, so a tag is matched without
    importing the model modules ``obj`` does not use
    (:func:`socialwork.model.spec.is_model_instance`). A tag no one registers matches an
    object whose class name in snake_case is that tag.
    """
    if isinstance(target, type):
        return isinstance(obj, target)
    if isinstance(target, str):
        found = (models if models is not None else _model_specs()).get(target)
        if isinstance(found, ModelSpec):
            return is_model_instance(obj, found)
        if isinstance(found, type):
            return isinstance(obj, found)
        return snake_case(type(obj).__name__) == target
    return False


def walk(obj: Any, base: str = "$") -> Iterator[Node]:
    """Every attrs object inside ``obj`` (itself first), in document order, with its path."""
    seen: set[int] = set()

    def visit(value: Any, where: str, ancestors: tuple[Any, ...], depth: int) -> Iterator[Node]:
        if depth > MAX_DEPTH:
            return
        if attrs.has(type(value)):
            if id(value) in seen:
                return
            seen.add(id(value))
            yield Node(where, value, ancestors)
            inner = (*ancestors, value)
            for field in attrs.fields(type(value)):
                if field.name.startswith("_"):
                    continue
                child = getattr(value, field.name, None)
                yield from visit(child, where + paths.step(field.name), inner, depth + 1)
        elif isinstance(value, (list, tuple)):
            for i, item in enumerate(value):
                yield from visit(item, where + f"[{i}]", ancestors, depth + 1)
        elif isinstance(value, Mapping):
            for key, item in value.items():
                if isinstance(key, str):
                    yield from visit(item, where + paths.step(key), ancestors, depth + 1)

    yield from visit(obj, base, (), 0)


def _to_finding(item: Any, rule: Any, node_path: str, basis: str) -> Finding:
    if isinstance(item, Finding):
        return attrs.evolve(item, path=paths.join(node_path, item.path))
    if isinstance(item, Violation):
        severity = item.severity or rule.severity
        own = render_basis(item.legal_basis) if item.legal_basis is not None else basis
        return Finding(rule.code, severity, item.message, own, paths.join(node_path, item.path))
    if isinstance(item, str):
        return Finding(rule.code, rule.severity, item, basis, node_path)
    if isinstance(item, tuple) and len(item) == 2 and all(isinstance(x, str) for x in item):
        where, message = item
        return Finding(rule.code, rule.severity, message, basis, paths.join(node_path, where))
    raise TypeError(f"a check returned {type(item).__name__}, expected a Violation")


def _broken(rule: Any, owner: str, node_path: str, exc: BaseException) -> Finding:
    code = getattr(rule, "code", "?")
    # Only the exception's type: its text may quote personal data from the case.
    message = (
        f"Nie udało się sprawdzić reguły {code} (zarejestrowanej przez {owner}): reguła "
        f"zakończyła się błędem wewnętrznym ({type(exc).__name__}). Pozostałe reguły "
        "sprawdzono; ten warunek trzeba sprawdzić ręcznie i zgłosić błąd autorowi reguły."
    )
    try:
        basis = render_basis(getattr(rule, "legal_basis", None))
    except Exception:
        basis = ""
    return Finding(str(code), "warning", message, basis, node_path)


def _out_of_range(rule: Any, owner: str, node_path: str) -> Finding:
    code = getattr(rule, "code", "?")
    message = (
        f"Nie można sprawdzić warunku reguły {code} (zarejestrowanej przez {owner}): dane "
        "sprawy wykraczają poza zakres, który reguła obsługuje (np. data, dla której nie ma "
        "wartości ustawowych). Ten warunek trzeba sprawdzić ręcznie."
    )
    try:
        basis = render_basis(getattr(rule, "legal_basis", None))
    except Exception:
        basis = ""
    return Finding(str(code), "warning", message, basis, node_path)


def _before_the_act(rule: Any, node_path: str, on: dt.date) -> Finding:
    code = getattr(rule, "code", "?")
    message = (
        f"Nie sprawdzono reguły {code} na dzień {date_dotted(on, space=' ')}: "
        "ustawa o pomocy społecznej obowiązuje od 01.05.2004 r., a reguła opiera się na niej "
        "(lub na przepisach wydanych na jej podstawie). Sprawdź sprawę na dzień, którego "
        "dotyczy (data decyzji, wywiadu lub kontraktu)."
    )
    try:
        basis = render_basis(getattr(rule, "legal_basis", None))
    except Exception:
        basis = ""
    return Finding(str(code), "warning", message, basis, node_path)


def _checked(rule: Any, obj: Any, ctx: RuleContext) -> Any:
    """``rule.check(obj, ctx)`` with a lazy result (a generator) run to its end."""
    result = rule.check(obj, ctx)
    if result is None or isinstance(result, (str, Violation, Finding)):
        return result
    return list(result)


def _too_slow(rule: Any, owner: str, node_path: str, seconds: float) -> Finding:
    code = getattr(rule, "code", "?")
    message = (
        f"Nie sprawdzono reguły {code} (zarejestrowanej przez {owner}): reguła nie zakończyła "
        f"się w ciągu {seconds:g} s (SOCIALWORK_HOOK_TIMEOUT). Pozostałe reguły sprawdzono; "
        "ten warunek trzeba sprawdzić ręcznie i zgłosić błąd autorowi reguły."
    )
    try:
        basis = render_basis(getattr(rule, "legal_basis", None))
    except Exception:
        basis = ""
    return Finding(str(code), "warning", message, basis, node_path)


def _run(rule: Any, owner: str, node: Node, ctx: RuleContext) -> list[Finding]:
    out: list[Finding] = []
    try:
        if getattr(rule, "severity", None) not in SEVERITIES:
            raise ValueError("rule has no valid severity")
        basis = render_basis(rule.legal_basis)
        if owner == CORE:
            result = _checked(rule, node.obj, ctx)
        else:  # a plugin's or a profile's rule runs within the hooks' time budget
            result = call_with_budget(_checked, rule, node.obj, ctx)
        if result is None:
            return out
        if isinstance(result, (str, Violation, Finding)):
            result = (result,)
        for item in result:
            out.append(_to_finding(item, rule, node.path, basis))
    except HookTimeout as exc:
        out.append(_too_slow(rule, owner, node.path, exc.seconds))
    except InputError:  # the law layer refused the data (e.g. a date before 2004-05-01)
        out.append(_out_of_range(rule, owner, node.path))
    except Exception as exc:  # fault isolation: report, never crash validate
        out.append(_broken(rule, owner, node.path, exc))
    return out


def _applies(rule: Any, obj: Any, models: Mapping[str, Any]) -> bool:
    targets = getattr(rule, "targets", None)
    if targets is None:
        applies_to = getattr(rule, "applies_to", None)
        targets = applies_to if isinstance(applies_to, tuple) else (applies_to,)
    return any(matches(obj, t, models) for t in targets)


def applicable_rules(obj: Any, rules: Iterable[Rule] | None = None) -> list[Rule]:
    """The rules (from the registry unless given) that apply to ``obj`` itself."""
    models = _model_specs()
    pool = [r for r, _ in _registry_rules()] if rules is None else list(rules)
    return [r for r in pool if _applies(r, obj, models)]


def validate(
    obj: Any,
    *,
    on: dt.date | str | None = None,
    related: Sequence[Any] = (),
    rules: Iterable[Rule] | None = None,
    profile: str | Profile | None = None,
) -> Report:
    """Run every applicable rule on ``obj`` and on every model object inside it; return
    *all* findings.

    ``on`` – the date to validate as of (a ``datetime.date`` or ``"YYYY-MM-DD"``); by
    default the date the case speaks of (the decision's date, the interview's date, the
    contract's date… see :func:`reference_date`), and only when the object carries no
    date, today.
    ``related`` – objects stored apart from ``obj`` that rules may consult (e.g. the
    interview a decision relies on). ``rules`` – run only these (default: every rule in
    ``socialwork.plugins.get_registry().rules``, core and plugins).
    ``profile`` – a gmina's profile (a name or a :class:`~socialwork.law.profiles.Profile`):
    its local figures, its local rules (run only with it), the rules it switches off, and
    its default signatory and appeal body filled into a case that has none
    (:mod:`socialwork.law.profiles`); default: the profile in force, if any.
    """
    with use_profile(profile) as chosen:
        return _validate(obj, on=on, related=related, rules=rules, profile=chosen)


def _validate(
    obj: Any,
    *,
    on: dt.date | str | None,
    related: Sequence[Any],
    rules: Iterable[Rule] | None,
    profile: Profile | None,
) -> Report:
    if not attrs.has(type(obj)):
        raise InputError(
            f"validate: expected a socialwork model object (e.g. from from_json), "
            f"got {type(obj).__name__}"
        )
    if on is None:
        on = reference_date(obj) or dt.date.today()
    if isinstance(on, str):
        try:
            on = dt.date.fromisoformat(on)
        except ValueError:
            raise InputError(
                f"validate: 'on' {on!r} is not a date; use a datetime.date or YYYY-MM-DD"
            ) from None
    if isinstance(on, dt.datetime):
        on = on.date()
    if not isinstance(on, dt.date):
        raise InputError(f"validate: 'on' must be a datetime.date, got {type(on).__name__}")
    if rules is None:
        pool = _registry_rules()
    else:
        pool = []
        for r in rules:
            pool.append((r, "socialwork"))
    if profile is not None:
        obj = apply_defaults(obj, profile)
        if rules is None:
            owner = f"profil {profile.name}"
            pool.extend((r, owner) for r in profile.rules)
        pool = [(r, o) for r, o in pool if getattr(r, "code", None) not in profile.rules_off]
    models = _model_specs()
    nodes = list(walk(obj))
    extra: list[Node] = []
    for i, other in enumerate(related):
        extra.extend(walk(other, f"related[{i}]"))
    all_nodes = tuple(nodes + extra)
    findings: list[Finding] = []
    # Before the Act the core's rules resting on it cannot be checked: one warning per such
    # rule instead of a silent "no findings". Rules citing the KPA (in force then) still run,
    # and so do plugin rules (their figures are their own).
    core = {
        id(r) for r in BUILTIN_RULES if getattr(r.legal_basis, "act", None) is not Act.KPA
    }
    skipped: set[int] = set()
    for node in nodes:
        ctx = RuleContext(
            on=on,
            path=node.path,
            root=obj,
            ancestors=node.ancestors,
            related=tuple(related),
            nodes=all_nodes,
        )
        for rule, owner in pool:
            try:
                applies = _applies(rule, node.obj, models)
            except Exception as exc:
                findings.append(_broken(rule, owner, node.path, exc))
                continue
            if not applies:
                continue
            if on < ACT_IN_FORCE and id(rule) in core:
                if id(rule) not in skipped:
                    skipped.add(id(rule))
                    findings.append(_before_the_act(rule, node.path, on))
                continue
            findings.extend(_run(rule, owner, node, ctx))
    return Report(tuple(findings), on=on)

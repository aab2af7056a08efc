"""Anonymised case statistics: counts by art. 7 reason and by benefit kind.

Input: model objects — :class:`socialwork.model.Interview` (its art. 7 ``reasons`` and its
``household``) and :class:`socialwork.model.Decision` (``benefit``, ``outcome``, ``amount``,
``party``). Output: counts only; identifiers are used to count distinct families and persons
and never leave this module. ``min_count`` (default 3) suppresses small counts with their
whole row (shown as empty / null) so that a rare combination cannot point at a person.

Grouping — **UNVERIFIED** against the current MRPiPS-03 form (sprawozdanie resortowe z
udzielonych świadczeń pomocy społecznej); it follows its known structure:

* *reasons* (dział "Powody przyznania pomocy"): per art. 7 punkt, the number of families
  and of persons in those families, one row per punkt in the report's order. A family with
  several reasons is counted under each. The report has separate rows for alkoholizm and
  narkomania (pkt 13) and for zdarzenie losowe and sytuacja kryzysowa (pkt 14); the model
  records the punkt only, so each is one row here.
* *benefits* (dział "Świadczenia"): grouped into świadczenia pieniężne and niepieniężne
  (art. 36 pkt 1 / pkt 2), per benefit kind: number of granting decisions, distinct
  persons and the sum of amounts (cash benefits). Refusals are not counted.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from socialwork.model import AssistanceReason, BenefitKind, Decision, Interview
from socialwork.model.enums import DecisionOutcome

# Order of the reasons in MRPiPS-03 (UNVERIFIED); art. 7 punkt values.
MRPIPS03_REASON_ORDER: tuple[str, ...] = (
    "1", "2", "3", "8", "4", "5", "6", "9", "7", "7a", "13", "12", "11", "14", "15",
)  # fmt: skip


@attrs.frozen
class ReasonRow:
    point: str
    label: str
    families: int
    persons: int


@attrs.frozen
class BenefitRow:
    group: str
    benefit: str
    label: str
    decisions: int
    persons: int
    amount: Decimal


DEFAULT_MIN_COUNT = 3
"""Counts from 1 to 2 are suppressed unless asked otherwise: a cell of one or two families
can point at them."""


@attrs.frozen
class Statistics:
    reasons: tuple[ReasonRow, ...]
    benefits: tuple[BenefitRow, ...]
    min_count: int = DEFAULT_MIN_COUNT

    def _small(self, *counts: int) -> bool:
        return any(0 < count < self.min_count for count in counts)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: counts (None when suppressed), amounts as "123.45" strings.

        Suppression is per row: when any count of a row is from 1 to ``min_count - 1``,
        every count of that row is suppressed, and its amount (complementary suppression:
        the persons beside a suppressed number of families, or the sum beside one or two
        decisions, would reveal what the suppressed cell hides). The tables have no totals,
        so no other cell can be worked out from the shown ones."""
        reasons = []
        for r in self.reasons:
            hide = self._small(r.families, r.persons)
            reasons.append(
                {
                    "art7_point": r.point,
                    "reason": r.label,
                    "families": None if hide else r.families,
                    "persons": None if hide else r.persons,
                }
            )
        benefits = []
        for b in self.benefits:
            hide = self._small(b.decisions, b.persons)
            benefits.append(
                {
                    "group": b.group,
                    "benefit": b.benefit,
                    "label": b.label,
                    "decisions": None if hide else b.decisions,
                    "persons": None if hide else b.persons,
                    "amount": None if hide else f"{b.amount:.2f}",
                }
            )
        return {
            "grouping": "MRPiPS-03 (UNVERIFIED)",
            "min_count": self.min_count,
            "reasons": reasons,
            "benefits": benefits,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def to_csv(self) -> str:
        """One table: ``section,group,code,label,families_or_decisions,persons,amount``."""
        data = self.to_dict()
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["section", "group", "code", "label", "count", "persons", "amount"])
        for r in data["reasons"]:
            writer.writerow(
                ["reasons", "", r["art7_point"], r["reason"], _cell(r["families"]),
                 _cell(r["persons"]), ""]
            )  # fmt: skip
        for b in data["benefits"]:
            writer.writerow(
                ["benefits", b["group"], b["benefit"], b["label"], _cell(b["decisions"]),
                 _cell(b["persons"]), _cell(b["amount"])]
            )  # fmt: skip
        return out.getvalue()


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def _household_persons(interview: Interview) -> tuple[str, set[tuple[str, str]]]:
    # Person ids are unique within a household only: count (household, person) pairs.
    family = interview.household
    return family.id, {(family.id, person.id) for person in family.people}


def collect(objects: Iterable[object], *, min_count: int = DEFAULT_MIN_COUNT) -> Statistics:
    """Count ``objects`` (interviews and decisions; other objects are ignored); counts from 1
    to ``min_count - 1`` are suppressed with their whole row (``min_count=1``: none)."""
    families: dict[str, dict[str, set[tuple[str, str]]]] = {p: {} for p in MRPIPS03_REASON_ORDER}
    decisions: dict[BenefitKind, list[Decision]] = {}
    for obj in objects:
        if isinstance(obj, Interview):
            family_id, persons = _household_persons(obj)
            for reason in obj.reasons:
                families.setdefault(reason.value, {}).setdefault(family_id, set()).update(persons)
        elif isinstance(obj, Decision) and obj.outcome is DecisionOutcome.GRANT:
            decisions.setdefault(obj.benefit, []).append(obj)
    reason_rows = []
    for point in MRPIPS03_REASON_ORDER:
        found = families.get(point, {})
        reason_rows.append(
            ReasonRow(
                point=point,
                label=AssistanceReason(point).label,
                families=len(found),
                persons=len(set().union(*found.values())) if found else 0,
            )
        )
    benefit_rows = []
    for kind in sorted(BenefitKind, key=lambda k: (not k.cash, list(BenefitKind).index(k))):
        granted = decisions.get(kind, [])
        benefit_rows.append(
            BenefitRow(
                group="świadczenia pieniężne" if kind.cash else "świadczenia niepieniężne",
                benefit=kind.value,
                label=kind.label,
                decisions=len(granted),
                persons=len({d.party.id for d in granted}),
                amount=sum((d.amount or Decimal(0) for d in granted), Decimal(0)),
            )
        )
    return Statistics(tuple(reason_rows), tuple(benefit_rows), min_count)

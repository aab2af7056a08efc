"""The eksport plugin: audit records after render, anonymised statistics, its CLI."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import threading
from decimal import Decimal
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
import socialwork_eksport.plugin as plugin
from eksport_cases import decision, interview
from socialwork_eksport import audit
from socialwork_eksport.cli import main
from socialwork_eksport.stats import MRPIPS03_REASON_ORDER, collect

from socialwork.model import AssistanceReason, BenefitKind
from socialwork.model.enums import DecisionOutcome
from socialwork.plugins import PluginWarning, run_after_render
from socialwork.plugins.discovery import installed
from socialwork.plugins.testing import registry_with
from socialwork.serialization import to_json

DIST = "socialwork-eksport"


class Spec:
    name = "decyzja"


def test_discovered_through_its_entry_point() -> None:
    (candidate,) = [c for c in installed() if c.distribution == DIST]
    assert candidate.version == metadata.version(DIST)
    assert candidate.entry_point.value == "socialwork_eksport.plugin"


def test_log_path_configuration(tmp_path: Path) -> None:
    assert audit.log_path({"SOCIALWORK_AUDIT_LOG": str(tmp_path / "a.jsonl")}) == (
        tmp_path / "a.jsonl"
    )
    assert audit.log_path({"SOCIALWORK_AUDIT_LOG": "off"}) is None
    assert audit.log_path({"XDG_STATE_HOME": str(tmp_path)}) == (
        tmp_path / "socialwork" / "audit.jsonl"
    )
    default = audit.log_path({"HOME": str(tmp_path)})
    assert default is not None and default.parts[-3:] == ("state", "socialwork", "audit.jsonl")


def test_after_render_writes_one_record_without_personal_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "logs" / "audit.jsonl"
    monkeypatch.setenv("SOCIALWORK_AUDIT_LOG", str(log))
    case = decision(client="c1", benefit=BenefitKind.PERIODIC_ALLOWANCE, amount=Decimal("300"))
    document = b"PK\x03\x04 rendered document Anna Testowa"
    registry = registry_with((DIST, plugin), core=False)
    run_after_render(Spec(), case, document, registry=registry)
    run_after_render(Spec(), case, document, registry=registry)
    records = audit.read(log)
    assert len(records) == 2
    first = records[0]
    assert set(first) == {"event", "time", "template", "object_type", "sha256", "bytes"}
    assert first["template"] == "decyzja"
    assert first["object_type"] == "decision"
    assert first["sha256"] == hashlib.sha256(document).hexdigest()
    assert first["bytes"] == len(document)
    assert dt.datetime.fromisoformat(first["time"]).tzinfo is not None
    raw = log.read_text(encoding="utf-8")
    for secret in ("Anna", "Testowa", case.party.person.pesel or "x", "c1", "GOPS.8240"):
        assert secret not in raw
    assert (log.stat().st_mode & 0o777) == 0o600


def test_record_needs_an_aware_time() -> None:
    with pytest.raises(ValueError):
        audit.record(Spec(), object(), b"x", now=dt.datetime(2026, 1, 1))


def test_parallel_appends_do_not_interleave(tmp_path: Path) -> None:
    log = tmp_path / "audit.jsonl"
    now = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)

    def work(n: int) -> None:
        for i in range(50):
            audit.append(audit.record(Spec(), object(), f"{n}-{i}".encode(), now=now), log)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(audit.read(log)) == 200


def test_unwritable_log_is_reported_and_render_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SOCIALWORK_AUDIT_LOG", str(blocker / "audit.jsonl"))
    registry = registry_with((DIST, plugin), core=False)
    with pytest.warns(PluginWarning, match=f"{DIST}.*after_render"):
        run_after_render(Spec(), object(), b"doc", registry=registry)


def _cases() -> list[Any]:
    poverty, unemployment, violence = (
        AssistanceReason.POVERTY,
        AssistanceReason.UNEMPLOYMENT,
        AssistanceReason.DOMESTIC_VIOLENCE,
    )
    return [
        interview(members=2, family="f1", reasons=(poverty, unemployment)),
        interview(members=0, family="f2", reasons=(poverty,)),
        interview(members=3, family="f3", reasons=(violence,)),
        interview(members=2, family="f1", reasons=(poverty,)),  # an update: same family
        decision(client="c1", benefit=BenefitKind.PERIODIC_ALLOWANCE, amount=Decimal("300.00")),
        decision(
            client="c1", benefit=BenefitKind.PERIODIC_ALLOWANCE, amount=Decimal("250.50"),
            number=2,
        ),
        decision(client="c2", benefit=BenefitKind.MEAL, amount=None, number=3),
        decision(
            client="c3", benefit=BenefitKind.TARGETED_ALLOWANCE, amount=None, number=4,
            outcome=DecisionOutcome.REFUSAL,
        ),
        "ignored",
    ]  # fmt: skip


def test_statistics_count_families_persons_and_benefits() -> None:
    data = collect(_cases(), min_count=1).to_dict()
    reasons = {r["art7_point"]: r for r in data["reasons"]}
    assert [r["art7_point"] for r in data["reasons"]] == list(MRPIPS03_REASON_ORDER)
    assert reasons["1"]["families"] == 2 and reasons["1"]["persons"] == 4
    assert reasons["4"]["families"] == 1 and reasons["4"]["persons"] == 3
    assert reasons["7"]["families"] == 1 and reasons["7"]["persons"] == 4
    assert reasons["2"]["families"] == 0
    benefits = {b["benefit"]: b for b in data["benefits"]}
    periodic = benefits["periodic_allowance"]
    assert (periodic["decisions"], periodic["persons"], periodic["amount"]) == (2, 1, "550.50")
    assert periodic["group"] == "świadczenia pieniężne"
    assert benefits["meal"]["group"] == "świadczenia niepieniężne"
    assert benefits["targeted_allowance"]["decisions"] == 0  # refusals are not counted
    groups = [b["group"] for b in data["benefits"]]
    assert groups == sorted(groups, key=lambda g: g != "świadczenia pieniężne")
    assert "UNVERIFIED" in data["grouping"]


def test_small_counts_are_suppressed() -> None:
    data = collect(_cases(), min_count=2).to_dict()
    reasons = {r["art7_point"]: r for r in data["reasons"]}
    assert reasons["1"]["families"] == 2
    assert reasons["4"]["families"] is None
    assert reasons["4"]["persons"] is None  # 3 persons would reveal the one family
    assert reasons["2"]["families"] == 0  # zero reveals nobody
    benefits = {b["benefit"]: b for b in data["benefits"]}
    assert benefits["meal"]["decisions"] is None and benefits["meal"]["amount"] is None


def test_every_count_column_is_suppressed_by_default() -> None:
    """Red-team report: ``--min-count 3`` still printed ``przemoc domowa,,4`` (the persons of
    a suppressed family count), and the default of 0 suppressed nothing."""
    data = collect(_cases()).to_dict()
    assert data["min_count"] == 3
    for row in data["reasons"]:
        counts = [row["families"], row["persons"]]
        assert all(c is None for c in counts) or all(c == 0 or c >= 3 for c in counts), row
    for row in data["benefits"]:
        counts = [row["decisions"], row["persons"]]
        if any(c is None for c in counts):
            assert counts == [None, None] and row["amount"] is None, row
        else:
            assert all(c == 0 or c >= 3 for c in counts), row
    # periodic allowance: 2 decisions for 1 person – the whole row goes
    periodic = {b["benefit"]: b for b in data["benefits"]}["periodic_allowance"]
    assert periodic["decisions"] is None and periodic["amount"] is None
    csv_text = collect(_cases()).to_csv()
    for line in csv_text.splitlines()[1:]:
        cells = line.split(",")
        assert not (cells[4] == "" and cells[5] not in ("", "0")), line


def test_no_identifier_leaves_the_statistics() -> None:
    output = collect(_cases()).to_json() + collect(_cases()).to_csv()
    for secret in ("Anna", "Testowa", "c1", "f1", "GOPS.8240", "p0"):
        assert secret not in output


def _write_cases(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for index, case in enumerate(_cases()[:-1]):
        path = folder / f"case{index}.json"
        path.write_text(to_json(case), encoding="utf-8")
        paths.append(path)
    return paths


def test_cli_csv_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_cases(tmp_path / "cases")
    assert main(["stats", str(tmp_path / "cases")]) == 0
    csv_text = capsys.readouterr().out
    assert csv_text.splitlines()[0] == "section,group,code,label,count,persons,amount"
    assert "reasons,,1,ubóstwo,,," in csv_text  # 2 families: suppressed by default
    assert main(["stats", str(tmp_path / "cases"), "--min-count", "1"]) == 0
    assert "reasons,,1,ubóstwo,2,4," in capsys.readouterr().out
    out = tmp_path / "out" / "stats.json"
    assert main(["stats", str(tmp_path / "cases"), "--format", "json", "-o", str(out),
                 "--min-count", "2"]) == 0  # fmt: skip
    assert json.loads(out.read_text(encoding="utf-8"))["reasons"][0]["families"] == 2


def test_cli_jsonl_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = "\n".join(to_json(c).replace("\n", "") for c in _cases()[:-1])
    (tmp_path / "all.jsonl").write_text(lines + "\n", encoding="utf-8")
    assert main(["stats", str(tmp_path / "all.jsonl"), "--format", "json",
                 "--min-count", "1"]) == 0  # fmt: skip
    assert json.loads(capsys.readouterr().out)["reasons"][0]["families"] == 2


def test_cli_bad_input_is_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _write_cases(tmp_path / "cases")
    paths[1].write_text('{"type": "decision", "schema_version": 1}', encoding="utf-8")
    out = tmp_path / "stats.csv"
    assert main(["stats", str(tmp_path / "cases"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "case1.json" in err
    assert not out.exists()
    assert main(["stats", str(tmp_path / "missing.json")]) == 2


def test_console_script_is_installed(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("socialwork-eksport")
    assert script.exists()
    env = dict(os.environ, SOCIALWORK_AUDIT_LOG=str(tmp_path / "a.jsonl"))
    done = subprocess.run(
        [str(script), "audit-path"], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0 and done.stdout.strip() == str(tmp_path / "a.jsonl")


def test_audit_record_says_rendered_not_saved(tmp_path: Path) -> None:
    """Red-team report: the audit log recorded documents that were never saved. A record now
    says what it attests: a render (the output may have failed to be written)."""
    import subprocess
    import sys

    from socialwork import examples

    case = tmp_path / "case.json"
    case.write_text(to_json(examples.load("skierowanie")), encoding="utf-8")
    blocker = tmp_path / "plik"
    blocker.write_text("x")
    log = tmp_path / "audit.jsonl"
    env = {**os.environ, "SOCIALWORK_AUDIT_LOG": str(log)}
    env.pop("SOCIALWORK_PLUGINS", None)
    done = subprocess.run(
        [sys.executable, "-m", "socialwork.cli", "render", "skierowanie", str(case), "-o",
         str(blocker / "s.docx")],
        capture_output=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    (entry,) = audit.read(log)
    assert entry["event"] == "rendered"


def test_audit_log_is_never_written_through_a_symlink_or_into_a_fifo(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep")
    link = tmp_path / "audit.jsonl"
    link.symlink_to(target)
    entry = {"event": "rendered"}
    with pytest.raises(OSError):
        audit.append(entry, link)
    assert target.read_text() == "keep"
    fifo = tmp_path / "fifo.jsonl"
    os.mkfifo(fifo)
    with pytest.raises(OSError):
        audit.append(entry, fifo)  # no reader: fails at once instead of blocking

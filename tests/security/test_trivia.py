"""Trivial items: ``SOCIALWORK_PDF_TIMEOUT=inf``, ``calc --income=-0``, a plugin raising
``KeyboardInterrupt`` at import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from security.helpers import make_dist, run_cli, text


def _fake_soffice(folder: Path) -> Path:
    """A "LibreOffice" that fails at once, complaining with a PESEL on stderr."""
    fake = folder / "soffice"
    fake.write_text("#!/bin/sh\necho 'error in paragraph: PESEL 86031241362' >&2\nexit 1\n")
    fake.chmod(0o755)
    return fake


@pytest.mark.parametrize("value", ["inf", "nan", "1e400"])
def test_pdf_timeout_that_is_not_a_number_of_seconds(value: str, tmp_path: Path) -> None:
    from socialwork import examples
    from socialwork.serialization import to_json

    case = tmp_path / "case.json"
    case.write_text(to_json(examples.load("skierowanie")), encoding="utf-8")
    done = run_cli("render", "skierowanie", str(case), "-o", str(tmp_path / "s.pdf"),
                   env={"SOCIALWORK_SOFFICE": str(_fake_soffice(tmp_path)),
                        "SOCIALWORK_PDF_TIMEOUT": value}, timeout=120)  # fmt: skip
    err = text(done.stderr)
    assert done.returncode == 3, err
    assert "OverflowError" not in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_minus_zero_income_is_zero() -> None:
    done = run_cli("calc", "periodic", "--members", "1", "--income=-0", "--on", "2026-01-10",
                   "--json")  # fmt: skip
    assert done.returncode == 0, text(done.stderr)
    assert '"-0' not in text(done.stdout)
    assert json.loads(done.stdout)["steps"]
    done = run_cli("calc", "periodic", "--members", "1", "--income=-0.00", "--on", "2026-01-10")
    assert "-0,00" not in text(done.stdout)


def test_keyboard_interrupt_at_plugin_import_is_that_plugins_fault(tmp_path: Path) -> None:
    site = tmp_path / "site"
    make_dist(site, "acme-ctrlc", "acme_ctrlc", "raise KeyboardInterrupt\n")
    done = run_cli("plugins", path=site, plugins="acme-ctrlc")
    err = text(done.stderr)
    assert done.returncode == 0, err
    assert "plugin 'acme-ctrlc'" in err and "KeyboardInterrupt" in err
    assert "interrupted" not in err
    assert "acme-ctrlc" in text(done.stdout)


def test_plugin_import_message_is_not_repeated_verbatim(tmp_path: Path) -> None:
    site = tmp_path / "site"
    make_dist(site, "acme-leaky", "acme_leaky",
              "raise ImportError('cannot load case of 86031241362 Anna Kowalska')\n")  # fmt: skip
    done = run_cli("plugins", path=site, plugins="acme-leaky")
    err = text(done.stderr)
    assert done.returncode == 0, err
    assert "plugin 'acme-leaky'" in err and "ImportError" in err
    assert "86031241362" not in err and "860312" not in err


def test_libreoffice_stderr_is_not_repeated_verbatim(tmp_path: Path) -> None:
    """A converter program's stderr may quote the document (a PESEL): never repeated as is."""
    from socialwork import examples
    from socialwork.serialization import to_json

    case = tmp_path / "case.json"
    case.write_text(to_json(examples.load("skierowanie")), encoding="utf-8")
    done = run_cli("render", "skierowanie", str(case), "-o", str(tmp_path / "s.pdf"),
                   env={"SOCIALWORK_SOFFICE": str(_fake_soffice(tmp_path))})  # fmt: skip
    err = text(done.stderr)
    assert done.returncode == 3, err
    # LibreOffice's own messages are not repeated at all (or only with digit runs masked)
    assert "LibreOffice" in err
    assert "86031241362" not in err and "860312" not in err
    assert not (tmp_path / "s.pdf").exists()

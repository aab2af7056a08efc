"""A plugin model's own attrs validators may put the value into their exception message; the
host reports the path and the kind of problem, never that message (a PESEL, a diagnosis)."""

from __future__ import annotations

import json
from pathlib import Path

from security.helpers import make_dist, run_cli, text

PLUGIN = '''
import attrs
from socialwork import hookimpl
from socialwork.model import ModelSpec


def _no_addiction(instance, attribute, value):
    if "alkohol" in value:
        raise ValueError(f"diagnosis {value!r} is not allowed here")


@attrs.frozen
class Zaswiadczenie:
    numer: str = attrs.field(validator=attrs.validators.matches_re(r"[0-9]{11}"))
    rozpoznanie: str = attrs.field(validator=_no_addiction)
    liczba: int = attrs.field(validator=attrs.validators.instance_of(int))


@hookimpl
def register_models(register):
    register(ModelSpec("zaswiadczenie", Zaswiadczenie))
'''

SECRET_ID = "8603124137X"
SECRET_HEALTH = "depresja, uzależnienie od alkoholu"


def test_validator_messages_are_not_repeated(tmp_path: Path) -> None:
    make_dist(tmp_path / "site", "acme-zaswiadczenia", "acme_zasw", PLUGIN)
    case = tmp_path / "case.json"
    case.write_text(
        json.dumps(
            {
                "type": "zaswiadczenie",
                "schema_version": 1,
                "numer": SECRET_ID,
                "rozpoznanie": SECRET_HEALTH,
                "liczba": 3,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    done = run_cli("validate", str(case), path=tmp_path / "site", plugins="acme-zaswiadczenia")
    err = text(done.stderr)
    assert done.returncode == 2, err
    assert "Traceback" not in err
    assert "$.numer" in err and "$.rozpoznanie" in err
    assert "Zaswiadczenie.numer" in err and "ValueError" in err
    assert SECRET_ID not in err and "8603124137" not in err
    assert "alkohol" not in err and "depresja" not in err

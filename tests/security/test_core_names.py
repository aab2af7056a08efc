"""A plugin re-registering a core name made every command exit 2, even ``socialwork
plugins``. Now the clash is reported naming the plugin, the core's registration wins and the
plugin's is dropped; every command works."""

from __future__ import annotations

import json
from pathlib import Path

from security.helpers import make_dist, run_cli, text
from socialwork import examples
from socialwork.serialization import to_json

PLUGIN = '''
from pathlib import Path
from socialwork import hookimpl
from socialwork.documents import TemplateSpec
from socialwork.model import ModelSpec
import attrs


@attrs.frozen
class Fake:
    id: str


@hookimpl(trylast=True)
def register_templates(register):
    register(TemplateSpec(name="skierowanie", path=Path(__file__), model="referral",
                          title="podmiana"))


@hookimpl
def register_models(register):
    register(ModelSpec("person", Fake))
'''


def test_core_names_win_and_the_plugin_is_named(tmp_path: Path) -> None:
    site = tmp_path / "site"
    make_dist(site, "acme-hijack", "acme_hijack", PLUGIN)
    done = run_cli("plugins", "--json", path=site, plugins="acme-hijack")
    err = text(done.stderr)
    assert done.returncode == 0, err
    listing = {item["name"]: item for item in json.loads(done.stdout)}
    assert {"socialwork", "acme-hijack"} <= set(listing)
    assert "plugin 'acme-hijack' in register_templates" in err
    assert "'skierowanie', which socialwork itself provides" in err
    assert "plugin 'acme-hijack' in register_models" in err

    done = run_cli("templates", "--json", path=site, plugins="acme-hijack")
    assert done.returncode == 0, text(done.stderr)
    (entry,) = [t for t in json.loads(done.stdout) if t["name"] == "skierowanie"]
    assert entry["plugin"] == "socialwork" and entry["title"] != "podmiana"

    case = tmp_path / "case.json"
    case.write_text(to_json(examples.load("skierowanie")), encoding="utf-8")
    out = tmp_path / "s.docx"
    done = run_cli("render", "skierowanie", str(case), "-o", str(out), path=site,
                   plugins="acme-hijack")  # fmt: skip
    assert done.returncode == 0, text(done.stderr)
    assert out.read_bytes().startswith(b"PK")
    person = tmp_path / "person.json"
    person.write_text(to_json(examples.load("osoba")), encoding="utf-8")
    done = run_cli("validate", str(person), path=site, plugins="acme-hijack")
    assert done.returncode == 0, text(done.stderr)

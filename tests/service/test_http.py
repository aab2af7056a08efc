"""The HTTP service, tested through a real ``socialwork serve`` process over HTTP: every
endpoint answers what the library and the CLI's ``--json`` answer, errors are RFC 9457
problem details, and 16 parallel renders give the bytes of ``sw.render``."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

import socialwork as sw
from socialwork import examples
from socialwork.documents.text import document_text
from socialwork.serialization.schema import model_schema

from .conftest import Server, start

PROBLEM = "application/problem+json"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _example(name: str) -> bytes:
    return examples.path(name).read_bytes()


def _cli_json(*args: str) -> Any:
    done = subprocess.run(
        [sys.executable, "-m", "socialwork.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout)


def _problem(response: httpx.Response, status: int, slug: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["type"] == f"urn:socialwork:problem:{slug}"
    assert body["status"] == status and body["title"] and body["detail"]
    assert "Traceback" not in response.text
    return body


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with server.client() as c:
        yield c


def test_health(client: httpx.Client) -> None:
    assert client.get("/health").json() == {"status": "ok", "version": sw.__version__}


def test_openapi_and_its_page(client: httpx.Client) -> None:
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    for path in (
        "/health", "/templates", "/plugins", "/schema/{model}", "/validate",
        "/render/{template}", "/figures/{name}", "/calc/criterion", "/calc/periodic",
        "/calc/permanent", "/deadline/interview", "/deadline/appeal", "/deadline/update",
    ):  # fmt: skip
        assert path in doc["paths"], path
    schemas = doc["components"]["schemas"]
    assert {"Case", "Problem", "decision", "Signatory"} <= set(schemas)
    assert "#/$defs/" not in json.dumps(doc)  # every reference points into components
    page = client.get("/docs")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "/render/{template}" in page.text and "/openapi.json" in page.text


def test_listings_match_the_cli(client: httpx.Client) -> None:
    assert client.get("/templates").json() == _cli_json("templates", "--json")
    assert client.get("/plugins").json() == _cli_json("plugins", "--json")


def test_schema(client: httpx.Client) -> None:
    assert client.get("/schema/decision").json() == model_schema("decision")
    assert "niebieska_karta_a" in client.get("/schema").json()["$defs"]
    body = _problem(client.get("/schema/nope"), 404, "unknown-model")
    assert body["errors"][0]["code"] == "model.unknown"


def test_validate_gives_the_report(client: httpx.Client) -> None:
    case = sw.from_json(_example("decyzja"))
    response = client.post("/validate", content=_example("decyzja"))
    assert response.status_code == 200
    assert response.json() == sw.validate(case).to_dict()
    on = client.post("/validate?on=2025-01-02", content=_example("decyzja")).json()
    assert on["on"] == "2025-01-02"


def test_validate_refuses_a_bad_case_with_every_problem(client: httpx.Client) -> None:
    data = json.loads(_example("osoba"))
    data.update(birth_date="1984-02-30", nickname="x", pesel="44051401358")
    body = _problem(client.post("/validate", json=data), 422, "invalid-input")
    assert {(e["path"], e["code"]) for e in body["errors"]} == {
        ("$.birth_date", "date.invalid"),
        ("$.nickname", "key.unknown"),
        ("$.pesel", "pesel.checksum"),
    }
    assert "44051401358" not in json.dumps(body)


def test_malformed_json_is_400(client: httpx.Client) -> None:
    broken = b'{"type": "decision",'
    body = _problem(client.post("/validate", content=broken), 400, "malformed-json")
    assert body["errors"][0]["code"] == "json.malformed"
    _problem(client.post("/validate", content=b"\xff\xfe\x00"), 400, "malformed-json")


def test_bad_query_parameters_are_400(client: httpx.Client) -> None:
    body = _problem(
        client.post("/validate?on=22.11.2026", content=_example("decyzja")),
        400,
        "invalid-parameter",
    )
    assert body["errors"] == [
        {"path": "?on", "code": "date.format", "message": body["errors"][0]["message"]}
    ]
    _problem(client.post("/render/decyzja?format=odt", content=b"{}"), 400, "invalid-parameter")
    _problem(client.post("/render/decyzja?final=maybe", content=b"{}"), 400, "invalid-parameter")
    _problem(client.get("/calc/periodic?members=0&income=1&on=2025-01-01"), 400,
             "invalid-parameter")  # fmt: skip


def test_unknown_things_are_404(client: httpx.Client) -> None:
    _problem(client.post("/render/no-such-template", content=b"{}"), 404, "unknown-template")
    _problem(client.get("/figures/no.such.figure"), 404, "unknown-figure")
    _problem(
        client.post("/validate?profile=nowhere", content=_example("decyzja")),
        404,
        "unknown-profile",
    )
    _problem(client.get("/no/such/endpoint"), 404, "not-found")
    _problem(client.get("/validate"), 405, "method-not-allowed")


def test_wrong_model_for_template_is_422(client: httpx.Client) -> None:
    _problem(client.post("/render/decyzja", content=_example("osoba")), 422, "invalid-input")


def test_render_gives_the_bytes_of_sw_render(client: httpx.Client) -> None:
    case = sw.from_json(_example("decyzja"))
    response = client.post("/render/decyzja", content=_example("decyzja"))
    assert response.status_code == 200
    assert response.headers["content-type"] == DOCX
    assert response.headers["content-disposition"] == 'attachment; filename="decyzja.docx"'
    assert response.content == sw.render("decyzja", case)
    final = client.post("/render/decyzja?final=true&on=2026-11-23", content=_example("decyzja"))
    assert final.content == sw.render("decyzja", case, final=True, on=_date("2026-11-23"))
    assert final.content != response.content


def _date(text: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(text)


def test_two_profiles_in_one_server(client: httpx.Client) -> None:
    case = sw.from_json(_example("decyzja"))
    local = client.post("/render/decyzja?profile=przykladowo", content=_example("decyzja"))
    plain = client.post("/render/decyzja", content=_example("decyzja"))
    assert local.content == sw.render("decyzja", case, profile="przykladowo")
    local_text, plain_text = document_text(local.content), document_text(plain.content)
    assert "Gminny Ośrodek Pomocy Społecznej w Przykładowie" in local_text
    assert "Przykładowie" not in plain_text
    query = "members=1&income=410&on=2025-06-10"
    assert client.get(f"/calc/periodic?{query}&profile=przykladowo").json()["minimum"] == (
        "360.00"
    )
    assert client.get(f"/calc/periodic?{query}").json()["minimum"] == "300.00"
    figure = client.get("/figures/periodic_allowance.gap_share?on=2025-06-10&profile=przykladowo")
    assert figure.json()["amount"] == "0.60" and figure.json()["gmina"] == "Gmina Przykładowo"
    assert client.get("/figures/periodic_allowance.gap_share?on=2025-06-10").json()["amount"] == (
        "0.50"
    )


def test_sixteen_parallel_renders_are_identical_to_sw_render(client: httpx.Client) -> None:
    names = [t.name for t in sw.templates() if t.example is not None]
    jobs = [names[i % len(names)] for i in range(16)]
    cases = {n: sw.templates()[[t.name for t in sw.templates()].index(n)].example for n in names}
    expected = {
        n: sw.render(n, sw.from_json(Path(str(cases[n])).read_bytes())) for n in set(jobs)
    }

    def one(name: str) -> tuple[str, int, bytes]:
        body = Path(str(cases[name])).read_bytes()
        response = client.post(f"/render/{name}", content=body)
        return name, response.status_code, response.content

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(one, jobs))
    assert len(results) == 16
    for name, status, content in results:
        assert status == 200, name
        assert content == expected[name], name


@pytest.mark.parametrize(
    ("path", "cli"),
    [
        ("/calc/criterion?on=2025-06-10", ["calc", "criterion", "--on", "2025-06-10"]),
        (
            "/calc/periodic?members=3&income=1200.50&on=2025-06-10",
            ["calc", "periodic", "--members", "3", "--income", "1200.50", "--on", "2025-06-10"],
        ),
        (
            "/calc/permanent?members=2&income=900&own_income=300&on=2025-06-10",
            ["calc", "permanent", "--members", "2", "--income", "900", "--own-income", "300",
             "--on", "2025-06-10"],
        ),
        ("/deadline/interview?from=2026-12-21&urgent=true",
         ["deadline", "interview", "--from", "2026-12-21", "--urgent"]),
        ("/deadline/appeal?from=2026-04-30", ["deadline", "appeal", "--from", "2026-04-30"]),
        ("/deadline/update?from=2026-08-31", ["deadline", "update", "--from", "2026-08-31"]),
    ],
)  # fmt: skip
def test_calc_and_deadline_match_the_cli(client: httpx.Client, path: str, cli: list[str]) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.json() == _cli_json(*cli, "--json")


def test_log_has_no_personal_data_and_no_traceback(server: Server, client: httpx.Client) -> None:
    pesels = set(re.findall(r'"pesel": "([0-9]{11})"', _example("decyzja").decode()))
    assert pesels
    client.post("/validate?on=2026-11-20", content=_example("decyzja"))
    client.post("/render/decyzja", content=_example("decyzja"))
    client.post("/render/no-such?x=44051401358", content=b"{}")
    client.post("/render/44051401358", content=b"{}")
    client.post("/validate", content=b"{not json")
    log = server.log_text()
    assert "socialwork POST /validate 200" in log  # one line per request
    assert "socialwork POST /render/{template} 200" in log
    assert "socialwork POST /render/{template} 404" in log
    assert "Traceback" not in log
    assert "44051401358" not in log and "?x=" not in log
    for pesel in pesels:
        assert pesel not in log


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from start(
        tmp_path_factory.mktemp("small"),
        "--max-body",
        "20000",
        env={"SOCIALWORK_SOFFICE": "/nonexistent/soffice"},
    )


def test_body_over_the_limit_is_413(small: Server) -> None:
    with small.client() as c:
        assert c.post("/validate", content=_example("decyzja")).status_code == 200
        big = _example("decyzja") + b" " * 20000
        body = _problem(c.post("/validate", content=big), 413, "body-too-large")
        assert "20000" in body["detail"]

        def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while reading
            for _ in range(10):
                yield b" " * 2500

        _problem(c.post("/validate", content=chunks()), 413, "body-too-large")
        assert c.get("/health").status_code == 200  # the server goes on


def test_default_limit_is_10_mib(client: httpx.Client) -> None:
    response = client.post("/validate", content=b" " * (10 * 1024 * 1024 + 1))
    _problem(response, 413, "body-too-large")


def test_converter_unavailable_is_503(small: Server) -> None:
    with small.client() as c:
        body = _problem(
            c.post("/render/decyzja?format=pdf", content=_example("decyzja")),
            503,
            "converter-unavailable",
        )
        assert "LibreOffice" in body["detail"]
        assert c.post("/render/decyzja", content=_example("decyzja")).status_code == 200


@pytest.mark.pdf
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_pdf_over_http(client: httpx.Client) -> None:
    response = client.post("/render/decyzja?format=pdf", content=_example("decyzja"))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"] == 'attachment; filename="decyzja.pdf"'
    assert response.content.startswith(b"%PDF")


def test_serve_without_the_extra_names_it(tmp_path: Path) -> None:
    """``socialwork serve`` with Starlette not importable: one line naming the extra, exit 3."""
    blocker = tmp_path / "starlette"
    blocker.mkdir()
    (blocker / "__init__.py").write_text("raise ImportError('blocked for the test')\n")
    shadow = tmp_path / "sitecustomize.py"
    shadow.write_text(
        "import importlib.util, sys\n"
        "_find = importlib.util.find_spec\n"
        "def find_spec(name, *a, **k):\n"
        "    return None if name in ('starlette', 'uvicorn') else _find(name, *a, **k)\n"
        "importlib.util.find_spec = find_spec\n"
    )
    import os

    done = subprocess.run(
        [sys.executable, "-m", "socialwork.cli", "serve", "--port", "1"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    assert done.returncode == 3
    assert done.stderr.strip().count("\n") == 0
    assert "pip install 'socialwork[serve]'" in done.stderr


def test_parallel_requests_with_two_profiles_never_mix(client: httpx.Client) -> None:
    case = sw.from_json(_example("decyzja"))
    expected = {
        None: sw.render("decyzja", case),
        "przykladowo": sw.render("decyzja", case, profile="przykladowo"),
    }
    assert expected[None] != expected["przykladowo"]
    jobs: list[str | None] = [None, "przykladowo"] * 8

    def one(profile: str | None) -> tuple[str | None, bytes]:
        query = f"?profile={profile}" if profile else ""
        return profile, client.post(f"/render/decyzja{query}", content=_example("decyzja")).content

    with ThreadPoolExecutor(max_workers=16) as pool:
        for profile, content in pool.map(one, jobs):
            assert content == expected[profile], profile


def test_dps_fee(client: httpx.Client) -> None:
    import datetime as dt
    from decimal import Decimal

    from socialwork.law.dps import dps_fee, parse_relative

    query = "cost=6200&income=2400.50&on=2026-03-01&relative=single:7000&relative=family:3:9000"
    response = client.get(f"/calc/dps-fee?{query}")
    assert response.status_code == 200, response.text
    expected = dps_fee(
        dt.date(2026, 3, 1),
        cost=Decimal("6200"),
        income=Decimal("2400.50"),
        relatives=[parse_relative("single:7000"), parse_relative("family:3:9000")],
    ).as_dict()
    assert response.json() == expected
    assert len(expected["relatives"]) == 2
    body = _problem(client.get(f"/calc/dps-fee?{query}&relative=family:1:5"), 400,
                    "invalid-parameter")  # fmt: skip
    assert body["errors"][0]["path"] == "?relative[2]"
    _problem(client.get("/calc/dps-fee?cost=0&income=1&on=2026-03-01"), 422, "invalid-input")


def test_two_workers_and_a_profiles_file(tmp_path: Path) -> None:
    """``--workers 2 --profiles FILE``: each worker process reads the file (through the
    environment) and answers with the file's profile."""
    profiles = tmp_path / "gminy.toml"
    profiles.write_text(
        '[alfa]\ngmina = "Gmina Alfa"\n[[alfa.parameters]]\n'
        'name = "periodic_allowance.gap_share"\nsource = "uchwała (przykład)"\n'
        'values = [{ from = 2025-01-01, value = "0.75" }]\n',
        encoding="utf-8",
    )
    query = "/calc/periodic?members=1&income=410&on=2025-06-10&profile=alfa"
    running = start(tmp_path, "--workers", "2", "--profiles", str(profiles))
    server = next(running)
    try:
        # the server answers as soon as one worker is up: wait for the second one too, so
        # both can take requests (a readiness wait, not a speed check)
        deadline = time.monotonic() + 120
        while (
            server.log_text().count("Started server process") < 2
            and time.monotonic() < deadline
        ):
            time.sleep(0.1)
        assert server.log_text().count("Started server process") == 2
        with server.client() as c, ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(pool.map(lambda _: c.get(query).json()["minimum"], range(16)))
        assert answers == ["450.00"] * 16
    finally:
        running.close()  # the server is stopped here, whatever happened above

"""``GET /calc/dps-fee`` on a real ``socialwork serve``: the same JSON as ``socialwork calc
dps-fee --json``, bad input as problem+json."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from .conftest import Server

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with server.client() as c:
        yield c


def _cli_json(*args: str) -> Any:
    proc = subprocess.run(
        [sys.executable, "-m", "socialwork", *args, "--json"],
        capture_output=True, text=True, check=True, timeout=120,
    )
    return json.loads(proc.stdout)


def test_dps_fee_agrees_with_the_cli(client: httpx.Client) -> None:
    query = (
        "cost=6850&income=2234.62&on=2026-11-20&relative=family:3:9000&relative=single:3900"
    )
    got = client.get(f"/calc/dps-fee?{query}")
    assert got.status_code == 200, got.text
    data = got.json()
    assert (data["resident"], data["relatives"], data["gmina"]) == (
        "1564.23", ["1593.00", "870.00"], "2822.77"
    )
    assert data == _cli_json(
        "calc", "dps-fee", "--cost", "6850", "--income", "2234.62", "--on", "2026-11-20",
        "--relative", "family:3:9000", "--relative", "single:3900",
    )
    assert "/calc/dps-fee" in client.get("/openapi.json").json()["paths"]


@pytest.mark.parametrize(
    ("query", "path"),
    [
        ("income=1&on=2025-01-01", "?cost"),
        ("cost=100&income=1&on=2025-01-01&relative=family:1:5", "?relative[0]"),
        ("cost=100&income=1&on=01.01.2025", "?on"),
    ],
)
def test_bad_input_is_a_problem(client: httpx.Client, query: str, path: str) -> None:
    response = client.get(f"/calc/dps-fee?{query}")
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    assert response.json()["errors"][0]["path"] == path
    assert "Traceback" not in response.text


def test_a_refused_amount_is_422(client: httpx.Client) -> None:
    response = client.get("/calc/dps-fee?cost=0&income=1&on=2025-01-01")
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    assert "cost must be an amount > 0" in response.json()["detail"]

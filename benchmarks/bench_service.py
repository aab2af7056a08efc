"""The HTTP service against one ``socialwork render`` process per document, in one run.

    python benchmarks/bench_service.py [--template decyzja] [--cli 5] [--http 60] [--json]

Starts ``socialwork serve`` on a free loopback port, then times, interleaved so a change in
machine load affects all sides alike: ``socialwork render TEMPLATE CASE -o OUT`` as a new
process per document (what a non-Python system does without the service), sequential
``POST /render/TEMPLATE`` requests, and the same requests from 16 clients at once. Reports
documents per second of each and the ratios; only the ratios, measured in the same run, are
meaningful. The server is always stopped.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def main(argv: list[str] | None = None) -> int:
    import httpx

    from socialwork import templates

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--template", default="decyzja")
    parser.add_argument("--cli", type=int, default=5, help="CLI processes to time")
    parser.add_argument("--http", type=int, default=60, help="HTTP requests to time")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    spec = next(t for t in templates() if t.name == args.template)
    assert spec.example is not None
    case = Path(str(spec.example))
    body = case.read_bytes()
    port = _port()
    server = subprocess.Popen(
        [sys.executable, "-m", "socialwork.cli", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the server did not start") from None
                time.sleep(0.2)
        client = httpx.Client(base_url=base, timeout=120)
        url = f"/render/{args.template}"
        client.post(url, content=body)  # warm up: the template compiled once
        cli_time = http_time = 0.0
        with tempfile.TemporaryDirectory() as tmp:
            per_round = max(1, args.http // max(args.cli, 1))
            for i in range(args.cli):
                start = time.perf_counter()
                subprocess.run(
                    [sys.executable, "-m", "socialwork.cli", "render", args.template,
                     str(case), "-o", os.path.join(tmp, f"{i}.docx")],
                    check=True, capture_output=True,
                )  # fmt: skip
                cli_time += time.perf_counter() - start
                start = time.perf_counter()
                for _ in range(per_round):
                    assert client.post(url, content=body).status_code == 200
                http_time += time.perf_counter() - start
        http_count = per_round * args.cli
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=16) as pool:
            codes = list(
                pool.map(lambda _: client.post(url, content=body).status_code, range(http_count))
            )
        parallel_time = time.perf_counter() - start
        assert codes == [200] * http_count
        client.close()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=15)
    cli_rate = args.cli / cli_time
    http_rate = http_count / http_time
    parallel_rate = http_count / parallel_time
    result = {
        "template": args.template,
        "cli_docs_per_s": round(cli_rate, 2),
        "http_docs_per_s": round(http_rate, 2),
        "http_16_clients_docs_per_s": round(parallel_rate, 2),
        "http_vs_cli": round(http_rate / cli_rate, 1),
        "http_16_vs_cli": round(parallel_rate / cli_rate, 1),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:28} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

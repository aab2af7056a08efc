"""Render every case of a .jsonl file on a Dask cluster (see docs/distributed.md)."""

from __future__ import annotations

from pathlib import Path

from dask.distributed import Client, LocalCluster, as_completed

import socialwork as sw
from socialwork.documents.output import write_atomic


def render_line(template: str, line: str) -> bytes:
    """One case → its document. Runs on a worker: pure, no files, no shared state."""
    return sw.render(template, sw.from_json(line))


def render_jsonl(client: Client, template: str, source: Path, out: Path) -> int:
    """Fan the lines of ``source`` out to the cluster; write ``out/<line>.docx`` here."""
    with source.open(encoding="utf-8") as handle:
        lines = [(number, line) for number, line in enumerate(handle, 1) if line.strip()]
    futures = {
        client.submit(render_line, template, line, pure=False): number
        for number, line in lines
    }
    for future in as_completed(futures):
        write_atomic(out / f"{futures[future]:06d}.docx", future.result())
    return len(futures)


if __name__ == "__main__":
    with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster) as client:
        count = render_jsonl(client, "kontrakt-socjalny", Path("kontrakty.jsonl"), Path("out"))
        print(f"rendered {count} documents")

"""The speed bars of the project, each as a ratio against its baseline measured in the same run.

    python benchmarks/bench_all.py [--only NAME …] [--repeats 3] [--json]

Every benchmark measures its baseline and socialwork interleaved, ``--repeats`` times, and
prints the ratio's minimum / median / maximum over the repeats (a ratio above 1 means
socialwork is faster — or, for start-up, how many bare Python starts one command costs):

* ``render``  — ``socialwork.render`` of an example-sized kontrakt socjalny vs a plain docxtpl
  loop (``DocxTemplate(…).render(…)``, ``save``) per document;           bar ≥ 20×
* ``big``     — the same with a 400-action kontrakt;                      bar ≥ 8×
* ``batch``   — ``socialwork render-batch --jobs 2`` over distinct kontrakty (a .jsonl) vs the
  plain docxtpl loop per document (read the case, render, write the file); bar ≥ 50×
  and ``--jobs 2`` vs ``--jobs 1`` (the CPU, not the disk, is the limit);  bar ≥ 1.7×
* ``pdf``     — ``render-batch --format pdf --jobs 2`` over 16 kontrakty vs a cold
  ``soffice --convert-to pdf`` per document (and the PDF text of both compared); bar ≥ 6×
* ``startup`` — ``socialwork --version`` and a one-document ``socialwork validate`` vs a bare
  ``python -c "import json"`` (here the ratio is a cost: lower is better); bars ≤ 3× / ≤ 8×

Only ratios measured in one run mean anything: the machine's load changes both sides alike.
No test asserts a time.

Before measuring, the byte code of socialwork and of the installed example plugins is written
(``compileall``), as ``pip install`` of a wheel does: an editable checkout run with
``PYTHONDONTWRITEBYTECODE=1`` would otherwise recompile every module of the library in every
new process, and the start-up and batch figures would measure the compiler, not socialwork.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases  # noqa: E402

PYTHON = sys.executable
SOCIALWORK = [PYTHON, "-m", "socialwork"]
BARS: dict[str, tuple[str, float]] = {
    "render": (">=", 20.0),
    "big": (">=", 8.0),
    "batch": (">=", 50.0),
    "batch_scaling": (">=", 1.7),
    "pdf": (">=", 6.0),
    "startup_version": ("<=", 3.0),
    "startup_validate": ("<=", 8.0),
}


def _summary(name: str, ratios: list[float], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    op, bar = BARS[name]
    median = statistics.median(ratios)
    met = median >= bar if op == ">=" else median <= bar
    return {
        "name": name,
        "min": round(min(ratios), 2),
        "median": round(median, 2),
        "max": round(max(ratios), 2),
        "bar": f"{op} {bar:g}",
        "met": met,
        **(extra or {}),
    }


def _timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


# --------------------------------------------------------------------------- in-process


def _plain_and_ours(actions: int | None) -> tuple[Callable[[], bytes], Callable[[], bytes]]:
    from docxtpl import DocxTemplate

    import socialwork.documents as documents
    from socialwork.documents.environment import DocumentEnvironment
    from socialwork.serialization import from_json

    spec = documents.get_template("kontrakt-socjalny")
    case = from_json(next(cases.kontrakty(1, actions)))
    context = documents.context(spec, case)
    template_bytes = spec.path.read_bytes()

    def plain() -> bytes:
        template = DocxTemplate(io.BytesIO(template_bytes))
        template.render(context, DocumentEnvironment(), autoescape=True)
        buffer = io.BytesIO()
        template.save(buffer)
        return buffer.getvalue()

    def ours() -> bytes:
        return documents.render(spec, case)

    from socialwork.documents.text import document_text

    if document_text(plain()) != document_text(ours()):
        raise SystemExit("the plain docxtpl document and ours differ in text")
    return plain, ours


def bench_render(repeats: int, actions: int | None, name: str, seconds: float) -> dict[str, Any]:
    plain, ours = _plain_and_ours(actions)
    plain(), ours()  # warm up
    ratios = []
    for _ in range(repeats):
        plain_time = ours_time = 0.0
        plain_count = ours_count = 0
        start = time.perf_counter()
        while time.perf_counter() - start < seconds or plain_count < 3:
            plain_time += _timed(plain)
            plain_count += 1
            for _ in range(5):
                ours_time += _timed(ours)
                ours_count += 1
        ratios.append((plain_time / plain_count) / (ours_time / ours_count))
    return _summary(name, ratios, {"actions": actions or "example"})


# --------------------------------------------------------------------------- batch


def _plain_loop_per_document(source: Path, out: Path, count: int) -> float:
    """Seconds per document of the plain docxtpl loop a user would write: read the case,
    build the context, render, save the file."""
    from docxtpl import DocxTemplate

    import socialwork.documents as documents
    from socialwork.documents.environment import DocumentEnvironment
    from socialwork.serialization import from_json

    spec = documents.get_template("kontrakt-socjalny")
    template_bytes = spec.path.read_bytes()
    out.mkdir(parents=True, exist_ok=True)
    lines = source.read_text(encoding="utf-8").splitlines()[:count]
    start = time.perf_counter()
    for number, line in enumerate(lines):
        context = documents.context(spec, from_json(line))
        template = DocxTemplate(io.BytesIO(template_bytes))
        template.render(context, DocumentEnvironment(), autoescape=True)
        template.save(out / f"plain-{number}.docx")
    return (time.perf_counter() - start) / len(lines)


def _batch_per_document(source: Path, out: Path, jobs: int, total: int, fmt: str = "docx") -> float:
    shutil.rmtree(out, ignore_errors=True)
    command = [*SOCIALWORK, "render-batch", "kontrakt-socjalny", str(source), "-o", str(out),
               "--jobs", str(jobs), "--format", fmt]
    start = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if completed.returncode != 0:
        raise SystemExit(f"render-batch failed: {completed.stderr.strip()[:300]}")
    return elapsed / total


def bench_batch(repeats: int, count: int, work: Path) -> list[dict[str, Any]]:
    source = cases.write_jsonl(work / "kontrakty.jsonl", count)
    sample = min(40, count)
    ratios, scaling = [], []
    for _ in range(repeats):
        plain = _plain_loop_per_document(source, work / "plain", sample)
        two = _batch_per_document(source, work / "out2", 2, count)
        one = _batch_per_document(source, work / "out1", 1, count)
        ratios.append(plain / two)
        scaling.append(one / two)
    return [
        _summary("batch", ratios, {"documents": count, "plain_sample": sample}),
        _summary("batch_scaling", scaling, {"documents": count}),
    ]


# --------------------------------------------------------------------------- pdf


def _cold_soffice(docx: Path, out: Path) -> float:
    from socialwork.documents.pdf import find_soffice

    soffice = find_soffice()
    assert soffice
    profile = Path(tempfile.mkdtemp(prefix="bench-lo-"))
    try:
        start = time.perf_counter()
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(out), str(docx)],
            capture_output=True, check=True, timeout=300,
        )
        return time.perf_counter() - start
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def _pdf_text(path: Path) -> list[str]:
    import pypdf

    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def bench_pdf(repeats: int, work: Path) -> dict[str, Any] | None:
    from socialwork.documents.pdf import find_soffice, find_uno_python

    if find_soffice() is None:
        print("pdf: skipped, LibreOffice is not installed", file=sys.stderr)
        return None
    count = 16
    source = cases.write_jsonl(work / "pdf.jsonl", count)
    docx_out = work / "pdf-docx"
    _batch_per_document(source, docx_out, 1, count)
    sample = sorted(docx_out.glob("*.docx"))[:2]
    ratios = []
    same_text = True
    for _ in range(repeats):
        cold_out = work / "cold"
        shutil.rmtree(cold_out, ignore_errors=True)
        cold = statistics.mean(_cold_soffice(path, cold_out) for path in sample)
        warm = _batch_per_document(source, work / "pdf-out", 2, count, fmt="pdf")
        ratios.append(cold / warm)
        for path in sample:
            ours = work / "pdf-out" / f"{path.stem}.pdf"
            same_text = same_text and _pdf_text(cold_out / f"{path.stem}.pdf") == _pdf_text(ours)
    return _summary("pdf", ratios, {
        "documents": count,
        "same_text": same_text,
        "running_libreoffice": find_uno_python() is not None,
    })


# --------------------------------------------------------------------------- start-up


def _run_seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
    return time.perf_counter() - start


def bench_startup(repeats: int, runs: int) -> list[dict[str, Any]]:
    example = HERE.parent / "src" / "socialwork" / "examples" / "kontrakt-socjalny.json"
    console = Path(PYTHON).with_name("socialwork")
    program = [str(console)] if console.exists() else SOCIALWORK
    bare = [PYTHON, "-c", "import json"]
    version = [*program, "--version"]
    validate = [*program, "validate", str(example)]
    for command in (bare, version, validate):
        _run_seconds(command)  # warm the file cache
    version_ratios, validate_ratios = [], []
    for _ in range(repeats):
        times: dict[str, list[float]] = {"bare": [], "version": [], "validate": []}
        for _ in range(runs):
            times["bare"].append(_run_seconds(bare))
            times["version"].append(_run_seconds(version))
            times["validate"].append(_run_seconds(validate))
        base = statistics.median(times["bare"])
        version_ratios.append(statistics.median(times["version"]) / base)
        validate_ratios.append(statistics.median(times["validate"]) / base)
    return [
        _summary("startup_version", version_ratios, {"runs": runs}),
        _summary("startup_validate", validate_ratios, {"runs": runs}),
    ]


# --------------------------------------------------------------------------- main


def write_bytecode() -> None:
    """Write the ``.pyc`` files of socialwork and the example plugins (see the module doc)."""
    import compileall

    roots = [HERE.parent / "src"]
    roots += sorted(path for path in (HERE.parent / "plugins").glob("*/src") if path.is_dir())
    for root in roots:
        compileall.compile_dir(str(root), quiet=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--only", action="append",
                        choices=["render", "big", "batch", "pdf", "startup"])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=2.0,
                        help="seconds per repeat of the in-process benchmarks")
    parser.add_argument("--batch-size", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    chosen = args.only or ["render", "big", "batch", "pdf", "startup"]
    write_bytecode()
    results: list[dict[str, Any]] = []
    work = Path(tempfile.mkdtemp(prefix="socialwork-bench-"))
    os.environ.setdefault("SOCIALWORK_AUDIT_LOG", str(work / "audit.jsonl"))  # plugins run
    try:
        if "render" in chosen:
            results.append(bench_render(args.repeats, None, "render", args.seconds))
        if "big" in chosen:
            results.append(bench_render(args.repeats, 400, "big", args.seconds))
        if "batch" in chosen:
            results.extend(bench_batch(args.repeats, args.batch_size, work))
        if "pdf" in chosen:
            found = bench_pdf(args.repeats, work)
            if found:
                results.append(found)
        if "startup" in chosen:
            results.extend(bench_startup(args.repeats, 7))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(f"{'benchmark':18} {'min':>7} {'median':>7} {'max':>7}  bar      met")
        for row in results:
            print(f"{row['name']:18} {row['min']:7.2f} {row['median']:7.2f} {row['max']:7.2f}"
                  f"  {row['bar']:8} {'yes' if row['met'] else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

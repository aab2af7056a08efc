"""``socialwork render-batch``: one template over many cases, streamed, in N processes.

* **Input is streamed**: a folder is listed (names only) and each case read when its turn
  comes; a JSON Lines file is read line by line. A folder entry that is not a regular file
  (a FIFO, a device, a folder named ``x.json``) is skipped with a line — it is never opened
  for reading, so it cannot block the batch.
* **Chunked hand-off**: cases go to the worker processes in chunks (a worker reads the files
  of a folder itself), at most a few chunks ahead of the workers, so memory stays flat.
* **No fsync per file**: each document is written atomically (a temporary file renamed into
  place, so no partial file ever has a final name) and the output folder's file system is
  flushed once at the end; ``--sync`` flushes every document before its rename instead.
* **Ctrl-C** (SIGINT, also SIGTERM) stops the batch within a second or two: no new case is
  started, the documents being written are finished, the summary (written / failed / not
  started) is printed and the exit code is 130 (143 for SIGTERM).
* **Workers die with the batch**: each worker asks the kernel for a signal when its parent
  dies (Linux ``PR_SET_PDEATHSIG``; elsewhere it checks its parent between documents) and
  removes the temporary file it is writing before it exits.
"""

from __future__ import annotations

import concurrent.futures as futures
import contextlib
import ctypes
import datetime as dt
import multiprocessing
import os
import signal
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs

from socialwork.cli._common import EXIT_OK, EXIT_PROBLEMS, load_case_text
from socialwork.errors import InputError, SocialworkError

__all__ = ["BatchSettings", "Job", "Plan", "Summary", "plan", "read_regular", "report", "run_batch"]

CHUNK_DOCX = 16
"""Cases per hand-off to a worker for .docx output (a few milliseconds each)."""
CHUNK_CONVERTED = 1
"""… and for converted output (PDF: a conversion takes a tenth of a second or more)."""
AHEAD = 3
"""Chunks per worker handed out ahead of time."""
MAX_LISTED = 100
"""Failed cases listed one per line; the rest are counted."""
_INTERRUPT_EXIT = {signal.SIGINT: 130, signal.SIGTERM: 143}


@attrs.frozen
class Job:
    """One case of a batch: where it comes from, where its document goes.

    A folder's case carries its ``path`` (the worker reads it); a JSON line carries its
    ``data``; ``unreadable`` says why the input could not be read."""

    index: int
    label: str
    output: Path
    path: str | None = None
    data: bytes | None = attrs.field(default=None, repr=False)  # a whole case: never in a repr
    unreadable: str | None = None


@attrs.frozen
class BatchSettings:
    template: str
    fmt: str
    on: dt.date | None
    force: bool
    sync: bool = False
    final: bool = False
    profile: str | None = None
    profiles_file: str | None = None


@attrs.define
class Summary:
    total: int = 0
    written: int = 0
    failed: int = 0
    not_started: int = 0
    skipped: list[str] = attrs.Factory(list)
    errors: dict[int, str] = attrs.Factory(dict)
    interrupted: int | None = None  # the signal number that stopped the batch


# --------------------------------------------------------------------------- input


def _not_regular(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_regular(path: str) -> bytes:
    """The bytes of ``path`` if it is a regular file; never blocks on a FIFO or device."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: skipped, it is {_not_regular(info.st_mode)}")
        chunks = []
        while True:
            chunk = os.read(descriptor, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def _folder_entries(source: Path) -> tuple[list[str], list[str]]:
    """The ``*.json`` regular files of ``source`` (sorted names) and the lines for the
    entries skipped because they are not regular files."""
    names: list[str] = []
    skipped: list[str] = []
    with os.scandir(source) as entries:
        for entry in entries:
            if not entry.name.endswith(".json"):
                continue
            try:
                mode = entry.stat(follow_symlinks=True).st_mode
            except OSError as exc:
                skipped.append(f"{entry.path}: skipped, cannot read it ({exc.strerror or exc})")
                continue
            if stat.S_ISREG(mode):
                names.append(entry.name)
            else:
                skipped.append(f"{entry.path}: skipped, it is {_not_regular(mode)}")
    names.sort()
    skipped.sort()
    return names, skipped


def _jsonl_lines(source: Path) -> Iterator[tuple[int, bytes]]:
    """``(line number, line)`` of a JSON Lines file, read as a stream. Lines end in ``\\n``
    (or ``\\r\\n``); U+2028 and friends inside a JSON string are not line ends."""
    with source.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            yield number, raw.rstrip(b"\r\n")


@attrs.frozen
class Plan:
    """What a batch will write: the jobs (a re-startable stream), their count, the
    outputs that already exist and the skipped entries."""

    jobs: Callable[[], Iterator[Job]]
    total: int
    existing: list[Path]
    skipped: list[str]


def plan(source: Path, folder: Path, extension: str) -> Plan:
    """Look over the input once (names, or line numbers of a JSON Lines file) without
    keeping the cases in memory."""
    try:
        present = set(os.listdir(folder)) if folder.is_dir() else set()
    except OSError:
        present = set()

    def exists(output: Path) -> bool:
        return output.name in present

    if source.is_dir():
        names, skipped = _folder_entries(source)
        outputs = [folder / f"{Path(name).stem}{extension}" for name in names]

        def folder_jobs() -> Iterator[Job]:
            for index, (name, output) in enumerate(zip(names, outputs, strict=True)):
                yield Job(index, str(source / name), output, path=str(source / name))

        return Plan(folder_jobs, len(names), [o for o in outputs if exists(o)], skipped)

    try:
        info = source.stat()
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(
            f"{source} is {_not_regular(info.st_mode)}; give a folder of .json cases, a .json "
            "case or a .jsonl file"
        )
    if source.suffix.lower() == ".json":  # one case, even when pretty-printed
        output = folder / f"{source.stem}{extension}"

        def single() -> Iterator[Job]:
            yield Job(0, str(source), output, path=str(source))

        return Plan(single, 1, [output] if exists(output) else [], [])

    count = 0
    filled: list[int] = []
    try:
        for number, raw in _jsonl_lines(source):
            count = number
            if raw.strip():
                filled.append(number)
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}") from None
    width = max(4, len(str(count)))

    def line_output(number: int) -> Path:
        return folder / f"{source.stem}-{number:0{width}d}{extension}"

    def line_jobs() -> Iterator[Job]:
        index = 0
        for number, raw in _jsonl_lines(source):
            if not raw.strip():
                continue
            yield Job(index, f"{source}:{number}", line_output(number), data=raw)
            index += 1

    existing = [line_output(n) for n in filled if exists(line_output(n))]
    return Plan(line_jobs, len(filled), existing, [])


# --------------------------------------------------------------------------- work


_STOP: Any = None  # a multiprocessing.Event in workers; a threading.Event in-process


def _case_text(job: Job) -> str:
    if job.data is not None:
        raw = job.data
    else:
        assert job.path is not None
        try:
            raw = read_regular(job.path)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if job.data is not None:
            raise InputError(
                f"the line is not UTF-8 text (byte {exc.start + 1}); save the file as UTF-8"
            ) from None
        raise InputError("cannot read: the file is not UTF-8 text") from None


def run_one(job: Job, settings: BatchSettings) -> str | None:
    """Render and write one case; the error message, or ``None`` when written."""
    from socialwork.documents import render
    from socialwork.documents.output import write_atomic

    try:
        if job.unreadable:
            raise InputError(job.unreadable)
        case = load_case_text(_case_text(job), job.label)
        if settings.profiles_file:  # a worker process: the parent's --profiles FILE
            from socialwork.law.profiles import set_profiles_file

            set_profiles_file(settings.profiles_file)
        document = render(
            settings.template,
            case,
            fmt=settings.fmt,
            on=settings.on,
            final=settings.final,
            profile=settings.profile,
        )
        write_atomic(job.output, document, force=settings.force, sync=settings.sync)
    except SocialworkError as exc:  # bad input, or a converter/template problem
        message = str(exc)
        return message if message.startswith(job.label) else f"{job.label}: {message}"
    except OSError as exc:  # the output cannot be written
        return f"{job.label}: cannot write {job.output}: {exc.strerror or type(exc).__name__}"
    except Exception as exc:  # a bug or a plugin failure: report, keep going
        return f"{job.label}: unexpected {type(exc).__name__} while rendering"
    return None


Outcome = tuple[int, str | None]  # (index, error or None); an index absent: not started


def run_chunk(jobs: list[Job], settings: BatchSettings) -> list[Outcome]:
    """Render a chunk; stops before the next case once the batch is told to stop."""
    outcomes: list[Outcome] = []
    try:
        for job in jobs:
            if _STOP is not None and _STOP.is_set():
                break
            if _PARENT is not None and os.getppid() != _PARENT:  # orphaned
                raise SystemExit(143)
            outcomes.append((job.index, run_one(job, settings)))
    except SystemExit:  # SIGTERM/parent death: write_atomic removed its temporary file…
        if _PARENT is not None:
            _remove_own_temporaries({job.output.parent for job in jobs})
            os._exit(143)
        raise
    return outcomes


_PARENT: int | None = None


def _remove_own_temporaries(folders: set[Path]) -> None:
    """…unless the signal came in the instant after the file was created and before
    write_atomic could know its name: remove what this worker left (its own prefix only)."""
    from socialwork.documents.output import TEMPORARY_SUFFIX, temporary_prefix

    prefix = temporary_prefix()
    for folder in folders:
        with contextlib.suppress(OSError):
            for name in os.listdir(folder):
                if name.startswith(prefix) and name.endswith(TEMPORARY_SUFFIX):
                    with contextlib.suppress(OSError):
                        os.unlink(folder / name)


def _on_term(signum: int, frame: object) -> None:
    raise SystemExit(143)  # unwinds through write_atomic, which removes its temporary file


def _parent_death_signal(signum: int) -> None:
    """Ask Linux to send ``signum`` to this process when its parent dies."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signum, 0, 0, 0)


def _worker_init(stop: Any, parent: int, fmt: str = "docx") -> None:
    global _STOP, _PARENT
    _STOP = stop
    _PARENT = parent
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; it sets `stop`
    signal.signal(signal.SIGTERM, _on_term)
    _parent_death_signal(signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(143)
    # A worker stops its converter's helper processes (a running LibreOffice) on its way out;
    # multiprocessing runs these finalizers, not atexit, in its children.
    from multiprocessing import util

    from socialwork.documents import pdf

    util.Finalize(None, pdf.shutdown, exitpriority=10)
    if fmt == "pdf":
        pdf.prestart()  # LibreOffice boots while the first case is rendered


# --------------------------------------------------------------------------- driver


class _Progress:
    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.enabled = sys.stderr.isatty()
        self.shown = 0.0

    def step(self, count: int = 1) -> None:
        self.done += count
        now = time.monotonic()
        if self.enabled and (now - self.shown > 0.1 or self.done >= self.total):
            self.shown = now
            width = 30
            filled = width * self.done // max(self.total, 1)
            bar = "#" * filled + "." * (width - filled)
            print(f"\r[{bar}] {self.done}/{self.total}", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.enabled and self.done:
            print(file=sys.stderr)


def _chunks(jobs: Iterator[Job], size: int) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@contextlib.contextmanager
def _stop_on_signals(stop: threading.Event | Any, summary: Summary) -> Iterator[None]:
    """SIGINT/SIGTERM set ``stop`` (and record which signal) instead of raising."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        if summary.interrupted is None:
            summary.interrupted = signum
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _record(summary: Summary, outcomes: list[Outcome], progress: _Progress) -> None:
    for index, error in outcomes:
        if error is None:
            summary.written += 1
        else:
            summary.failed += 1
            if len(summary.errors) < MAX_LISTED:
                summary.errors[index] = error
    progress.step(len(outcomes))


def run_batch(plan_: Plan, settings: BatchSettings, jobs: int) -> Summary:
    """Run every job of ``plan_`` with ``jobs`` processes; returns the summary."""
    global _STOP
    summary = Summary(total=plan_.total, skipped=list(plan_.skipped))
    progress = _Progress(plan_.total)
    size = CHUNK_DOCX if settings.fmt == "docx" else CHUNK_CONVERTED
    workers = max(1, min(jobs, plan_.total))
    try:
        if workers == 1:
            stop = threading.Event()
            _STOP = stop
            try:
                with _stop_on_signals(stop, summary):
                    for chunk in _chunks(plan_.jobs(), size):
                        if stop.is_set():
                            break
                        _record(summary, run_chunk(chunk, settings), progress)
            finally:
                _STOP = None
        else:
            _run_pool(plan_, settings, workers, size, summary, progress)
    finally:
        progress.close()
    summary.not_started = summary.total - summary.written - summary.failed
    return summary


def _run_pool(
    plan_: Plan,
    settings: BatchSettings,
    workers: int,
    size: int,
    summary: Summary,
    progress: _Progress,
) -> None:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    stop = context.Event()
    pool = futures.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_worker_init,
        initargs=(stop, os.getpid(), settings.fmt),
    )
    pending: dict[futures.Future[list[Outcome]], list[Job]] = {}
    chunks = _chunks(plan_.jobs(), size)
    broken = False
    try:
        with _stop_on_signals(stop, summary):
            exhausted = False
            while True:
                while not exhausted and not stop.is_set() and len(pending) < workers * AHEAD:
                    chunk = next(chunks, None)
                    if chunk is None:
                        exhausted = True
                        break
                    pending[pool.submit(run_chunk, chunk, settings)] = chunk
                if not pending:
                    break
                done, _ = futures.wait(
                    pending, timeout=0.2, return_when=futures.FIRST_COMPLETED
                )
                for future in done:
                    chunk = pending.pop(future)
                    try:
                        outcomes = future.result()
                    except futures.CancelledError:
                        continue
                    except Exception as exc:  # the worker process died (e.g. out of memory)
                        broken = True
                        stop.set()
                        outcomes = [
                            (
                                job.index,
                                f"{job.label}: the worker process failed "
                                f"({type(exc).__name__}); try again with fewer --jobs",
                            )
                            for job in chunk
                        ]
                    _record(summary, outcomes, progress)
                if stop.is_set():  # not yet started chunks are dropped
                    for future in list(pending):
                        if future.cancel():
                            pending.pop(future)
    finally:
        stop.set()
        for future in list(pending):
            future.cancel()
        deadline = time.monotonic() + 5.0
        for future, _chunk in list(pending.items()):
            with contextlib.suppress(Exception):
                outcomes = future.result(timeout=max(0.0, deadline - time.monotonic()))
                _record(summary, outcomes, progress)
        pool.shutdown(wait=not broken, cancel_futures=True)
        if broken:
            _terminate_workers(pool)


def _terminate_workers(pool: futures.ProcessPoolExecutor) -> None:
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(Exception):
            process.terminate()
    for process in list(processes.values()):
        with contextlib.suppress(Exception):
            process.join(timeout=5)


def report(summary: Summary, folder: Path) -> int:
    """Print the skipped entries, the failures and the summary; the exit code."""
    for line in summary.skipped:
        print(f"socialwork render-batch: {line}", file=sys.stderr)
    for index in sorted(summary.errors):
        print(f"socialwork render-batch: {' '.join(summary.errors[index].split())}",
              file=sys.stderr)
    unlisted = summary.failed - len(summary.errors)
    if unlisted > 0:
        print(f"socialwork render-batch: … and {unlisted} more failed cases", file=sys.stderr)
    if summary.interrupted is not None:
        name = "interrupted" if summary.interrupted == signal.SIGINT else "stopped"
        print(
            f"{name}: {summary.written} written, {summary.failed} failed, "
            f"{summary.not_started} not started of {summary.total} cases (into {folder})"
        )
        sys.stdout.flush()
        return _INTERRUPT_EXIT.get(signal.Signals(summary.interrupted), 130)
    print(
        f"rendered {summary.written} of {summary.total} cases into {folder}"
        + (f"; {summary.failed} failed (listed above)" if summary.failed else "")
        + (f"; {len(summary.skipped)} skipped" if summary.skipped else "")
    )
    return EXIT_PROBLEMS if summary.failed else EXIT_OK

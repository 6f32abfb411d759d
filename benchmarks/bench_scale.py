# SPDX-License-Identifier: MIT
"""
Checking an archive on more than one core (issue 16): run with ``python benchmarks/bench_scale.py``.

Builds an archive (a folder of 16 Parquet files: id, text, published) of at least ``--mb`` megabytes
(default: 50) of news-style articles (the texts of tests/fixtures/news/, each an
article, with their dates), then prints, in one run:

* the same archive checked by one process (``check_records``), by ``--jobs 2``
  (``check_records(jobs=2)``) and by a two-worker ``distributed.LocalCluster``
  (``vnla.dask.check_frame``, its findings written by the workers with ``to_parquet``
  as the how-to does, not gathered into one process), run twice: as Dask starts it, and set
  up as the how-to says for a long check (``dask.config.set(vnla.dask.QUIET_CONFIG)``: no
  statistical profiler, fewer health checks; and ``preload=["vnla.dask"]``: each worker
  imports what a partition needs and builds its checker as it starts, before the timed run,
  as one process has imported vnla before its timed run): seconds, MB/s, the speed-up over
  one process, and a check that every way gives the same rows;
* the same job done in those ways: the archive's Parquet files in, one findings Parquet out
  (one process and ``--jobs 2`` stream ``read_parquet`` through ``check_records`` into
  ``write_parquet``, as ``vnla check archive/ --format parquet -o F`` does; the LocalCluster
  reads with ``dd.read_parquet`` and writes with ``to_parquet``), each timed from the archive to
  the written file.  The first comparison hands one process and ``--jobs 2`` their records
  read beforehand and keeps their rows in memory, while the LocalCluster reads and writes:
  this one compares like with like, and is the figure to state for the LocalCluster;
* the job with JSON Lines out, by one process and by ``--jobs 2`` (``vnla check archive/
  --format jsonl -o F``), whose workers encode the lines of their chunks;
* the yardstick, measured in the same run: a plain CPU-bound Python loop run in
  one process and then split over two processes; its speed-up is what two
  processes can get from this machine at this moment (it is shared), and the ratio
  of each two-worker speed-up to it is the figure to read (target: at least 85%);
* the CPU time each way uses (every process it runs: workers, parent, client and scheduler)
  against one process's: the work a second core must absorb, which a machine's load changes far
  less than it changes wall times;
* the warm-up cost of a worker: a fresh interpreter importing vnla.checker and
  building its checker (the dataset and the index), the cost each worker pays once;
  importing is timed with the modules' compiled bytecode at hand, as an installed package
  has it, and compiled from source, as it is where ``PYTHONDONTWRITEBYTECODE`` is set; and
  a fresh interpreter running ``vnla.dask.dask_setup`` (what ``--preload vnla.dask`` does:
  Dask's DataFrame, pandas and pyarrow imported, the checker built);
* what a two-worker LocalCluster at rest costs: the CPU time all its processes use in a
  few seconds of doing nothing, as Dask starts it and with ``QUIET_CONFIG``;
* the peak memory (maximum resident set) of each worker, of ``--jobs 2`` and of
  the LocalCluster;
* growth: one process on a tenth of the archive and on all of it (ten times the
  articles); target: at most 11 times the time.

The machine is shared, so everything is measured ``--rounds`` times (default: 3),
interleaved: each round runs the yardstick loops, a tenth of the archive, the three
ways (in a rotating order) and the loops again, and each ratio is taken within its
round. The summary gives the range over the rounds. Each mode runs in its own
subprocess, so one's memory or warm caches do not help another.

Every mode runs with the bytecode of the modules it imports kept in a temporary folder
(``PYTHONPYCACHEPREFIX``), filled before the first round by importing what the modes import
(vnla, pyarrow, Dask, distributed), even where the environment sets
``PYTHONDONTWRITEBYTECODE``: a LocalCluster's workers are fresh interpreters that import vnla,
pandas and Dask while the run is timed, and an installed package has its bytecode compiled.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "tests" / "fixtures" / "news"
MB = 1_000_000
TARGET_SHARE = 0.85
TARGET_GROWTH = 11.0
WAYS = ("one", "jobs", "dask", "daskready")
#: The same job (archive in, findings Parquet out) done four ways: the LocalCluster's runs are "dask"
#: (as Dask starts it) and "daskready" (set up as the how-to says for a long check).
JOBS = ("onejob", "jobsjob", "dask", "daskready")
#: The job with JSON Lines out (``vnla check archive/ --format jsonl -o F``), by one process and two.
LINES = ("onelines", "jobslines")
PARTS = 16
NAMES = {
    "one": "one process",
    "jobs": "--jobs 2",
    "dask": "LocalCluster, 2 workers",
    "daskready": "LocalCluster, how-to setup",
    "onejob": "one process",
    "jobsjob": "--jobs 2",
    "onelines": "one process",
    "jobslines": "--jobs 2",
}


# --------------------------------------------------------------------------- the archive
def make_archive(target: Path, megabytes: float) -> tuple[int, float]:
    """Write the archive (a folder of Parquet files); return its articles and megabytes of text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    manifest = tomllib.loads((NEWS / "MANIFEST.toml").read_text(encoding="utf-8"))
    texts = [((NEWS / t["file"]).read_text(encoding="utf-8"), t["published"]) for t in manifest["texts"]]
    ids, bodies, dates, size, n = [], [], [], 0, 0
    while size < megabytes * MB:
        text, published = texts[n % len(texts)]
        ids.append(f"n{n:07d}")
        bodies.append(text)
        dates.append(published + timedelta(days=n % 3))
        size += len(text.encode())
        n += 1
    # a folder of parts, as archives come: each part is a partition that the Dask worker which
    # reads it also checks (one file split after reading would leave its pieces on one worker)
    target.mkdir()
    table = pa.table({"id": ids, "text": bodies, "published": dates})
    step = -(-n // PARTS)
    for part in range(PARTS):
        pq.write_table(table.slice(part * step, step), target / f"part-{part:03d}.parquet")
    return n, size / MB


def read_records(archive: Path, fraction: float = 1.0) -> list[Any]:
    from vnla.batch import read_parquet

    records = list(read_parquet(archive, date_column="published"))
    return records[: max(1, int(len(records) * fraction))]


# --------------------------------------------------------------------------- the modes (subprocesses)
def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def children_peaks() -> dict[int, float]:
    """The peak resident set (VmHWM) of each child process of this one, in MB (Linux /proc)."""
    peaks: dict[int, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            pids = [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
        for pid in pids:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    peaks[pid] = int(line.split()[1]) / 1024
    return peaks


def own_cpu() -> float:
    """CPU seconds (user and system) of this process alone: the part of a run no worker takes over."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def cpu() -> float:
    """CPU seconds (user and system) of this process and of its children that have ended."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def collect(rows: Iterable[Any], sample: Callable[[], None] | None = None) -> list[Any]:
    """
    The rows, kept as they come (cheap, so the timing is the checking's, not the benchmark's).

    A million kept rows would make every full collection of the garbage collector walk them
    (a writer would not keep them), so what is kept is frozen out of its sight as it grows.
    """
    kept: list[Any] = []
    for row in rows:
        kept.append(row)
        if len(kept) % 2000 == 0:
            gc.freeze()
            if sample is not None:
                sample()
    gc.unfreeze()
    return kept


def digest(rows: Iterable[Any]) -> tuple[int, str]:
    """How many rows and a hash of all of them, taken after the timing."""
    import hashlib

    h = hashlib.sha256()
    count = 0
    for row in rows:
        h.update(repr(sorted((k, str(v)) for k, v in row.items())).encode())
        count += 1
    return count, h.hexdigest()[:16]


def mode_one(archive: Path, fraction: float) -> dict[str, Any]:
    from vnla.batch import check_records

    records = read_records(archive, fraction)
    megabytes = sum(len(r.text.encode()) for r in records) / MB
    started, cpu0 = time.perf_counter(), cpu()
    rows = collect(check_records(records))
    took, used = time.perf_counter() - started, cpu() - cpu0
    peak = peak_mb()  # the archive and its rows
    count, digest_ = digest(rows)
    result = {"seconds": took, "cpu": used, "mb": megabytes, "rows": count, "digest": digest_}
    return {**result, "peak_mb": [peak]}


def mode_jobs(archive: Path, jobs: int) -> dict[str, Any]:
    from vnla.batch import check_records

    records = read_records(archive)
    seen: dict[int, float] = {}

    def sample() -> None:  # each worker's high-water mark, read while it runs
        seen.update(children_peaks())

    started, cpu0, own0 = time.perf_counter(), cpu(), own_cpu()
    rows = collect(check_records(records, jobs=jobs), sample)
    # the workers have ended (check_records shuts its pool down): their CPU time is counted
    took, used, own = time.perf_counter() - started, cpu() - cpu0, own_cpu() - own0
    count, digest_ = digest(rows)
    peaks = sorted(seen.values()) or [peak_mb(resource.RUSAGE_CHILDREN)]
    return {"seconds": took, "cpu": used, "own": own, "rows": count, "digest": digest_, "peak_mb": peaks}


def mode_dask(archive: Path, workers: int, *, ready: bool = False) -> dict[str, Any]:
    """
    The findings written with ``to_parquet`` by the workers, as the how-to does; read back after.

    ``ready``: the cluster set up as the how-to says for a long check (``QUIET_CONFIG``, and
    workers that preload ``vnla.dask``); otherwise as Dask starts it.
    """
    import dask
    import dask.dataframe as dd
    import pyarrow.parquet as pq
    from distributed import Client, LocalCluster

    from vnla.dask import QUIET_CONFIG, check_frame

    out = Path(tempfile.mkdtemp(prefix="vnla-bench-findings-"))
    with (
        dask.config.set(QUIET_CONFIG if ready else {}),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            dashboard_address=None,
            host="127.0.0.1",
            preload=["vnla.dask"] if ready else [],
        ) as cluster,
        Client(cluster) as client,
    ):
        frame = dd.read_parquet(archive)  # one partition per part
        workers0 = client.run(cpu)
        started, cpu0 = time.perf_counter(), cpu()
        check_frame(frame, date_column="published").to_parquet(out, write_index=False)
        took, used = time.perf_counter() - started, cpu() - cpu0  # this process: client and scheduler
        used += sum(client.run(cpu)[w] - workers0[w] for w in workers0)
        peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    # the parts in partition order (part.0, part.1, ..., part.10: by number, not by name)
    parts = sorted(out.glob("part.*.parquet"), key=lambda p: int(p.name.split(".")[1]))
    rows = [row for part in parts for row in pq.read_table(part).to_pylist()]
    shutil.rmtree(out)
    count, digest_ = digest(rows)
    return {
        "seconds": took,
        "cpu": used,
        "rows": count,
        "digest": digest_,
        "peak_mb": sorted(peaks.values()),
    }


def mode_job(archive: Path, jobs: int, form: str = "parquet") -> dict[str, Any]:
    """
    The job as ``vnla check archive/ --format parquet -o F --jobs N`` does it (or ``--format
    jsonl``): read, check, write.

    Timed from the archive to the written file (as the LocalCluster's run is); read back after.
    """
    import pyarrow.parquet as pq

    from vnla.batch import check_records, read_parquet, write_jsonl, write_parquet

    out = Path(tempfile.mkdtemp(prefix="vnla-bench-job-")) / f"findings.{form}"
    records = read_parquet(archive, date_column="published")
    started, cpu0, own0 = time.perf_counter(), cpu(), own_cpu()
    (write_parquet if form == "parquet" else write_jsonl)(check_records(records, jobs=jobs), out)
    took, used, own = time.perf_counter() - started, cpu() - cpu0, own_cpu() - own0
    peaks = [peak_mb()] if jobs == 1 else [peak_mb(resource.RUSAGE_CHILDREN)]
    if form == "parquet":
        rows = pq.read_table(out).to_pylist()
    else:  # as the in-memory rows are: dates as dates
        from datetime import date

        with out.open(encoding="utf-8") as lines:
            rows = [json.loads(line) for line in lines]
        for row in rows:
            row["published"] = row["published"] and date.fromisoformat(row["published"])
    shutil.rmtree(out.parent)
    count, digest_ = digest(rows)
    return {"seconds": took, "cpu": used, "own": own, "rows": count, "digest": digest_, "peak_mb": peaks}


def mode_imports() -> dict[str, Any]:
    """Import what the modes import (their bytecode is then kept: see the module's docstring)."""
    started = time.perf_counter()
    names = ("vnla.checker", "vnla.batch", "vnla.dask", "pyarrow.parquet", "dask.dataframe", "distributed")
    for name in names:
        importlib.import_module(name)
    return {"seconds": time.perf_counter() - started}


def mode_warmup() -> dict[str, Any]:
    started = time.perf_counter()
    from vnla.checker import Checker

    imported = time.perf_counter()
    Checker().check_text("Lào")
    built = time.perf_counter()
    return {"import": imported - started, "build": built - imported, "peak_mb": [peak_mb()]}


def mode_preload() -> dict[str, Any]:
    """What ``--preload vnla.dask`` costs a fresh worker: importing and running ``dask_setup``."""
    started = time.perf_counter()
    from vnla.dask import dask_setup

    dask_setup(None)
    return {"seconds": time.perf_counter() - started}


#: How long :func:`mode_idle` watches a cluster at rest.
IDLE_SECONDS = 5.0


def mode_idle(*, quiet: bool) -> dict[str, Any]:
    """
    The CPU seconds a second that a two-worker LocalCluster at rest uses in all its processes
    (this one: scheduler, client and nannies; and the workers), as Dask starts it or with
    ``QUIET_CONFIG``.
    """
    import dask
    import psutil  # distributed's dependency
    from distributed import Client, LocalCluster

    from vnla.dask import QUIET_CONFIG

    def total(me: Any) -> float:
        used = 0.0
        for process in [me, *me.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):  # a helper process that has just ended
                times = process.cpu_times()
                used += times.user + times.system
        return used

    with (
        dask.config.set(QUIET_CONFIG if quiet else {}),
        LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None, host="127.0.0.1") as cluster,
        Client(cluster),
    ):
        me = psutil.Process()
        time.sleep(1.0)  # the workers settle after starting
        before = total(me)
        time.sleep(IDLE_SECONDS)
        return {"cpu_per_second": (total(me) - before) / IDLE_SECONDS}


def mode_sending(archive: Path) -> dict[str, Any]:
    """
    The CPU time of a worker's rows on their way to the parent, against the checking itself.

    Four chunks of the archive are checked as a ``--jobs`` worker checks them
    (``vnla.batch.run._check_chunk``) and their rows made into dicts, as one process does; then
    what ``--jobs`` adds is timed: pickling each chunk's result (in the worker) and unpickling it
    (in the parent).  The time to make the rows' dicts (in the parent with ``--jobs``, as in one
    process) is timed too: with the unpickling, it is what the parent does for each row.  Best of
    five, each in turn, in one process: a measure that the machine's load moves far less than it
    moves the wall times of two processes.
    """
    import pickle

    from vnla.batch import run
    from vnla.checker import Checker

    records = read_records(archive)[: 4 * run._CHUNK]
    chunks = [records[i : i + run._CHUNK] for i in range(0, len(records), run._CHUNK)]
    checker = Checker()

    def rows_of(parts: Any) -> list[Any]:
        # the rows as dicts: made by the worker before (a list of dicts), by the parent now
        return parts if not parts or isinstance(parts[0], dict) else run._dicts(parts)

    def check() -> list[Any]:
        done = [run._check_chunk(checker, chunk, None, "rows") for chunk in chunks]
        for parts, _tally, _characters in done:
            rows_of(parts)
        return done

    done = check()
    blobs = [pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL) for d in done]
    rows = sum(len(rows_of(d[0])) for d in done)
    best = dict.fromkeys(("check", "pickle", "unpickle", "dicts"), float("inf"))
    for _ in range(5):
        for name, work in (
            ("check", check),
            ("pickle", lambda: [pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL) for d in done]),
            ("unpickle", lambda: [pickle.loads(b) for b in blobs]),
            ("dicts", lambda: [rows_of(d[0]) for d in done]),
        ):
            started = time.process_time()
            work()
            best[name] = min(best[name], time.process_time() - started)
    return {**best, "rows": rows, "bytes": sum(map(len, blobs))}


def spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def mode_loop(processes: int, n: int) -> dict[str, Any]:
    started = time.perf_counter()
    if processes == 1:
        spin(n)
    else:
        with ProcessPoolExecutor(processes) as pool:
            list(pool.map(spin, [n // processes] * processes))
    return {"seconds": time.perf_counter() - started}


#: The environment of every mode: bytecode kept in a folder of its own (see the module's docstring).
_BYTECODE: dict[str, str] = {}


def run_mode(*args: str, source: bool = False) -> dict[str, Any]:
    """
    One mode in a fresh interpreter; its JSON result (also shown as it comes, on standard error).

    ``source``: with no compiled bytecode, every module compiled from its source as it is imported.
    """
    env = dict(os.environ)
    if source:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        # a folder never written (no bytecode is written): nothing compiled is found
        env["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(), "vnla-bench-no-bytecode")
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.update(_BYTECODE)
    done = subprocess.run(
        [sys.executable, __file__, "--mode", *args], capture_output=True, text=True, check=False, env=env
    )
    if done.returncode != 0:
        msg = f"mode {args} failed:\n{done.stderr}"
        raise SystemExit(msg)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    shown = {k: round(v, 2) if isinstance(v, float) else v for k, v in result.items()}
    how = " (from source)" * source
    print(
        f"  [{time.strftime('%H:%M:%S')}] {' '.join(args[:1] + args[2:])}{how}: {shown}",
        file=sys.stderr,
        flush=True,
    )
    return result


# --------------------------------------------------------------------------- one round, the report
def one_round(number: int, archive: Path, loop: int) -> dict[str, Any]:
    """The loops, a tenth, the three ways in a rotating order, the loops again, a warm-up."""
    loops1 = [run_mode("loop", "1", str(loop))["seconds"]]
    loops2 = [run_mode("loop", "2", str(loop))["seconds"]]
    tenth = run_mode("one", str(archive), "0.1")
    every = WAYS + JOBS[:2] + LINES
    order = every[number % len(every) :] + every[: number % len(every)]
    ways: dict[str, dict[str, Any]] = {}
    for way in order:
        ways[way] = run_mode(way, str(archive), "1" if way in ("one", "onejob", "onelines") else "2")
    loops2.append(run_mode("loop", "2", str(loop))["seconds"])
    loops1.append(run_mode("loop", "1", str(loop))["seconds"])
    return {
        "order": order,
        "ways": ways,
        "tenth": tenth,
        "loops1": loops1,
        "loops2": loops2,
        "loop_speedup": statistics.mean(loops1) / statistics.mean(loops2),
        "warmup": run_mode("warmup"),
        "warmup_source": run_mode("warmup", source=True),
        "preload": run_mode("preload"),
        "idle": run_mode("idle", "default"),
        "idle_quiet": run_mode("idle", "quiet"),
        "sending": run_mode("sending", str(archive)),
    }


def span(values: Iterable[float], fmt: str) -> str:
    """A range as printed: ``low–high`` (or the one value)."""
    ordered = sorted(values)
    low, high = format(ordered[0], fmt), format(ordered[-1], fmt)
    return low if low == high else f"{low}–{high}"


#: The two comparisons: their title, their ways, the way the others are compared with.
COMPARISONS = (
    (
        "rows in memory (one process and --jobs 2 given their records read; the LocalCluster reads "
        "and writes)",
        WAYS,
        "one",
    ),
    ("the same job: the archive's Parquet in, a findings Parquet out, read and write timed", JOBS, "onejob"),
    ("the job with JSON Lines out (vnla check --format jsonl -o F)", LINES, "onelines"),
)


def report(rounds: list[dict[str, Any]], size: float) -> None:
    for number, r in enumerate(rounds, 1):
        print(f"\nround {number} (order: {', '.join(r['order'])})")
        for title, ways, base in COMPARISONS:
            one = r["ways"][base]["seconds"]
            print(f"  {title}")
            print(
                f"  {'':<26} {'seconds':>8} {'MB/s':>7} {'speed-up':>9} {'of loop':>8} "
                f"{'CPU s':>8} {'CPU/one':>8}  rows"
            )
            for way in ways:
                result = r["ways"][way]
                speedup = one / result["seconds"]
                share = "" if way == base else format(speedup / r["loop_speedup"], ".0%")
                print(
                    f"  {NAMES[way]:<26} {result['seconds']:>8.2f} {size / result['seconds']:>7.2f} "
                    f"{speedup:>8.2f}x {share:>8} {result['cpu']:>8.2f} "
                    f"{result['cpu'] / r['ways'][base]['cpu']:>7.2f}x  {result['rows']} ({result['digest']})"
                )
        print(
            f"  yardstick loop: one process {statistics.mean(r['loops1']):.2f} s, two processes "
            f"{statistics.mean(r['loops2']):.2f} s: speed-up {r['loop_speedup']:.2f}x "
            f"(runs: {', '.join(f'{t:.2f}' for t in r['loops1'])} / "
            f"{', '.join(f'{t:.2f}' for t in r['loops2'])})"
        )

    print(f"\nsummary over {len(rounds)} rounds (ranges; each ratio within its round)")
    digests = {r["ways"][way]["digest"] for r in rounds for way in WAYS + JOBS + LINES}
    print(f"  every way gives the same rows in every round: {'yes' if len(digests) == 1 else 'NO'}")
    loop_speedups = span((r["loop_speedup"] for r in rounds), ".2f")
    print(f"  yardstick loop speed-up (two processes over one): {loop_speedups}x")
    for title, ways, base in COMPARISONS:
        print(f"  {title}:")
        for way in ways:
            seconds = [r["ways"][way]["seconds"] for r in rounds]
            line = f"    {NAMES[way]:<26} {span((size / s for s in seconds), '.2f')} MB/s"
            if way != base:
                speedups = [r["ways"][base]["seconds"] / r["ways"][way]["seconds"] for r in rounds]
                shares = [s / r["loop_speedup"] for s, r in zip(speedups, rounds, strict=True)]
                met = sum(share >= TARGET_SHARE for share in shares)
                line += (
                    f", {span(speedups, '.2f')}x {NAMES[base]}, {span(shares, '.0%')} of the loop's "
                    f"speed-up (target {TARGET_SHARE:.0%}: met in {met} of {len(rounds)} rounds)"
                )
            print(line)
    print(
        "  CPU time (all processes: workers, and the parent, client and scheduler) against one "
        "process's check in memory: "
        + ", ".join(
            f"{label} {span((r['ways'][way]['cpu'] / r['ways']['one']['cpu'] for r in rounds), '.2f')}x"
            for label, way in (
                ("--jobs 2", "jobs"),
                ("the LocalCluster", "dask"),
                ("the LocalCluster set up as the how-to says", "daskready"),
                ("one process's job", "onejob"),
                ("--jobs 2's job", "jobsjob"),
                ("one process's JSON Lines", "onelines"),
                ("--jobs 2's JSON Lines", "jobslines"),
            )
        )
        + " (the work a second core must absorb; a machine's load does not change it much)"
    )

    print(
        "  the main process's own CPU time with --jobs 2 (what it does while the workers check: "
        "reading, receiving, writing): "
        + ", ".join(
            f"{label} {span((r['ways'][way]['own'] for r in rounds), '.2f')} s"
            for label, way in (
                ("rows in memory", "jobs"),
                ("Parquet", "jobsjob"),
                ("JSON Lines", "jobslines"),
            )
        )
    )
    sending = [r["sending"] for r in rounds]
    per = 1000 / sending[0]["rows"]
    print(
        f"  what --jobs adds per 1,000 rows ({sending[0]['rows']} rows of {4 * 32} articles, "
        f"{sending[0]['bytes'] / sending[0]['rows']:.0f} bytes a row pickled; CPU, best of 5): pickled "
        f"in the worker {span((s['pickle'] * per * 1000 for s in sending), '.2f')} ms, unpickled in the "
        f"parent {span((s['unpickle'] * per * 1000 for s in sending), '.2f')} ms, against "
        f"{span((s['check'] * per * 1000 for s in sending), '.1f')} ms to check and make them: "
        f"{span(((s['pickle'] + s['unpickle']) / s['check'] for s in sending), '.1%')} more work; "
        f"the rows made dicts where they are read (the parent with --jobs, as one process does) "
        f"{span((s['dicts'] * per * 1000 for s in sending), '.2f')} ms"
    )

    warm = [r["warmup"] for r in rounds]
    imports, builds = span((w["import"] for w in warm), ".2f"), span((w["build"] for w in warm), ".2f")
    source = span((r["warmup_source"]["import"] for r in rounds), ".2f")
    preload = span((r["preload"]["seconds"] for r in rounds), ".2f")
    print(
        f"\nwarm-up per worker (a fresh interpreter, once per round): import vnla.checker {imports} s "
        f"(compiled from source, with no bytecode: {source} s), build the checker {builds} s; "
        f"a Dask worker's --preload vnla.dask (Dask's DataFrame, pandas and pyarrow imported, the "
        f"checker built) {preload} s"
    )
    idle = span((r["idle"]["cpu_per_second"] for r in rounds), ".3f")
    quiet = span((r["idle_quiet"]["cpu_per_second"] for r in rounds), ".3f")
    print(
        f"a two-worker LocalCluster at rest ({IDLE_SECONDS:.0f} s, all its processes): {idle} CPU "
        f"seconds a second as Dask starts it, {quiet} with vnla.dask.QUIET_CONFIG"
    )
    jobs_peaks = [p for r in rounds for p in r["ways"]["jobs"]["peak_mb"]]
    dask_peaks = [p for r in rounds for way in ("dask", "daskready") for p in r["ways"][way]["peak_mb"]]
    print(
        f"peak memory per worker: --jobs 2 workers {span(jobs_peaks, '.0f')} MB, "
        f"LocalCluster workers {span(dask_peaks, '.0f')} MB; a fresh checker "
        f"{span((w['peak_mb'][0] for w in warm), '.0f')} MB; one process holding the archive and its rows "
        f"{span((r['ways']['one']['peak_mb'][0] for r in rounds), '.0f')} MB, streaming the archive "
        f"to Parquet {span((r['ways']['onejob']['peak_mb'][0] for r in rounds), '.0f')} MB"
    )
    growths = [r["ways"]["one"]["seconds"] / r["tenth"]["seconds"] for r in rounds]
    print(
        f"\ngrowth: one process, {span((r['tenth']['seconds'] for r in rounds), '.2f')} s for a tenth of "
        f"the archive ({rounds[0]['tenth']['mb']:.1f} MB), "
        f"{span((r['ways']['one']['seconds'] for r in rounds), '.2f')} s for all of it: "
        f"{span(growths, '.1f')}x the time for 10x the articles "
        f"(target: at most {TARGET_GROWTH:.0f}x; met in {sum(g <= TARGET_GROWTH for g in growths)} "
        f"of {len(rounds)} rounds)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="vnla.batch on one, two processes and a LocalCluster")
    parser.add_argument("--mb", type=float, default=50.0, help="archive size in MB of text (default: 50)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default: 3)")
    parser.add_argument(
        "--loop", type=int, default=0, help="yardstick loop length (default: sized to the check)"
    )
    parser.add_argument("--mode", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        name, *rest = args.mode
        handlers = {
            "one": lambda: mode_one(Path(rest[0]), float(rest[1])),
            "jobs": lambda: mode_jobs(Path(rest[0]), int(rest[1])),
            "dask": lambda: mode_dask(Path(rest[0]), int(rest[1])),
            "daskready": lambda: mode_dask(Path(rest[0]), int(rest[1]), ready=True),
            "preload": mode_preload,
            "idle": lambda: mode_idle(quiet=rest[0] == "quiet"),
            "onejob": lambda: mode_job(Path(rest[0]), int(rest[1])),
            "jobsjob": lambda: mode_job(Path(rest[0]), int(rest[1])),
            "onelines": lambda: mode_job(Path(rest[0]), int(rest[1]), "jsonl"),
            "jobslines": lambda: mode_job(Path(rest[0]), int(rest[1]), "jsonl"),
            "warmup": mode_warmup,
            "imports": mode_imports,
            "sending": lambda: mode_sending(Path(rest[0])),
            "loop": lambda: mode_loop(int(rest[0]), int(rest[1])),
        }
        print(json.dumps(handlers[name]()))
        return 0

    with tempfile.TemporaryDirectory(prefix="vnla-bench-scale-") as folder:
        run(Path(folder) / "archive", args)
    return 0


def run(archive: Path, args: argparse.Namespace) -> None:
    """Make the archive, measure it round after round, print the report."""
    articles, size = make_archive(archive, args.mb)
    _BYTECODE["PYTHONPYCACHEPREFIX"] = str(archive.parent / "bytecode")
    run_mode("imports")  # compiles and keeps the bytecode of what the modes import
    print(
        f"archive: {articles} articles, {size:.1f} MB of text ({os.cpu_count()} cores, shared); "
        f"{args.rounds} interleaved rounds"
    )
    # the yardstick loop: in one process, about a quarter as long as one process's check of the
    # whole archive (a ratio, so its length matters only in that it must be long enough to
    # measure, and short enough to be cheap)
    loop = args.loop
    if not loop:
        tenth = run_mode("one", str(archive), "0.1")["seconds"]
        loop = int(2_000_000 * tenth * 10 / 4 / run_mode("loop", "1", "2000000")["seconds"])
    rounds = [one_round(number, archive, loop) for number in range(args.rounds)]
    report(rounds, size)


if __name__ == "__main__":
    sys.exit(main())

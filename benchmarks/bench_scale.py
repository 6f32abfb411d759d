# SPDX-License-Identifier: MIT
"""
Checking an archive on more than one core (issue 16): run with ``python benchmarks/bench_scale.py``.

Builds an archive (Parquet: id, text, published) of at least ``--mb`` megabytes of
news-style articles (the texts of tests/fixtures/news/, each an article, with their
dates), then prints, in one run:

* the same archive checked by one process (``check_records``), by ``--jobs 2``
  (``check_records(jobs=2)``) and by a two-worker ``distributed.LocalCluster``
  (``vnla.batch.dask.check_frame``): seconds, MB/s, the speed-up over one process,
  and a check that the three give the same rows;
* the yardstick, measured in the same run: a plain CPU-bound Python loop run once
  in one process and then split over two processes; its speed-up is what two
  processes can get from this machine at this moment (it is shared), and the ratio
  of each two-worker speed-up to it is the figure to read (target: at least 85%);
* the warm-up cost of a worker: a fresh interpreter importing vnla.checker and
  building its checker (the dataset and the index), the cost each worker pays once;
* the peak memory (maximum resident set) of each worker;
* growth: one process on a tenth of the archive and on all of it (ten times the
  articles); target: at most 11 times the time.

Each mode runs in its own subprocess, so one's memory or warm caches do not help
another; the yardstick loops run before and after the checks and are averaged.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "tests" / "fixtures" / "news"
MB = 1_000_000


# --------------------------------------------------------------------------- the archive
def make_archive(target: Path, megabytes: float) -> tuple[int, float]:
    """Write the archive; return its articles and megabytes of text."""
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
    pq.write_table(pa.table({"id": ids, "text": bodies, "published": dates}), target)
    return n, size / MB


def read_records(archive: Path, fraction: float = 1.0) -> list[Any]:
    from vnla.batch import read_parquet

    records = list(read_parquet(archive, date_column="published"))
    return records[: max(1, int(len(records) * fraction))]


# --------------------------------------------------------------------------- the modes (subprocesses)
def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def digest(rows: Any) -> tuple[int, str]:
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
    started = time.perf_counter()
    count, digest_ = digest(check_records(records))
    took = time.perf_counter() - started
    return {"seconds": took, "rows": count, "digest": digest_, "peak_mb": [peak_mb()]}


def mode_jobs(archive: Path, jobs: int) -> dict[str, Any]:
    from vnla.batch import check_records

    records = read_records(archive)
    started = time.perf_counter()
    count, digest_ = digest(check_records(records, jobs=jobs))
    took = time.perf_counter() - started
    # the workers have ended: the largest resident set among them
    return {"seconds": took, "rows": count, "digest": digest_, "peak_mb": [peak_mb(resource.RUSAGE_CHILDREN)]}


def mode_dask(archive: Path, workers: int) -> dict[str, Any]:
    import dask.dataframe as dd
    import pyarrow as pa
    from distributed import Client, LocalCluster

    from vnla.batch import findings_schema
    from vnla.batch.dask import check_frame

    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        frame = dd.read_parquet(archive)
        frame = frame.repartition(npartitions=workers * 8)
        started = time.perf_counter()
        found = check_frame(frame, date_column="published").compute()
        took = time.perf_counter() - started
        table = pa.Table.from_pandas(found, schema=findings_schema(), preserve_index=False)
        count, digest_ = digest(table.to_pylist())
        peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return {"seconds": took, "rows": count, "digest": digest_, "peak_mb": sorted(peaks.values())}


def mode_warmup() -> dict[str, Any]:
    started = time.perf_counter()
    from vnla.checker import Checker

    imported = time.perf_counter()
    Checker().check_text("Lào")
    built = time.perf_counter()
    return {"import": imported - started, "build": built - imported, "peak_mb": [peak_mb()]}


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


def run_mode(*args: str) -> dict[str, Any]:
    """One mode in a fresh interpreter; its JSON result (also shown as it comes, on standard error)."""
    done = subprocess.run(
        [sys.executable, __file__, "--mode", *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        msg = f"mode {args} failed:\n{done.stderr}"
        raise SystemExit(msg)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    shown = {k: round(v, 2) if isinstance(v, float) else v for k, v in result.items()}
    print(
        f"  [{time.strftime('%H:%M:%S')}] {' '.join(args[:1] + args[2:])}: {shown}",
        file=sys.stderr,
        flush=True,
    )
    return result


# --------------------------------------------------------------------------- the report
def main() -> int:
    parser = argparse.ArgumentParser(description="vnla.batch on one, two processes and a LocalCluster")
    parser.add_argument("--mb", type=float, default=10.0, help="archive size in MB of text (default: 10)")
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
            "warmup": mode_warmup,
            "loop": lambda: mode_loop(int(rest[0]), int(rest[1])),
        }
        print(json.dumps(handlers[name]()))
        return 0

    folder = Path(tempfile.mkdtemp(prefix="vnla-bench-scale-"))
    archive = folder / "archive.parquet"
    articles, size = make_archive(archive, args.mb)
    print(f"archive: {articles} articles, {size:.1f} MB of text ({os.cpu_count()} cores, shared)")

    warm = [run_mode("warmup") for _ in range(2)]
    tenth = run_mode("one", str(archive), "0.1")
    one = run_mode("one", str(archive), "1")
    # the yardstick loop: in one process, a quarter as long as one process's check (a ratio, so its
    # length matters only in that it must be long enough to measure and short enough to be cheap)
    loop = args.loop or int(2_000_000 * one["seconds"] / 4 / run_mode("loop", "1", "2000000")["seconds"])
    loops1 = [run_mode("loop", "1", str(loop))["seconds"]]
    loops2 = [run_mode("loop", "2", str(loop))["seconds"]]
    jobs = run_mode("jobs", str(archive), "2")
    dask = run_mode("dask", str(archive), "2")
    loops2.append(run_mode("loop", "2", str(loop))["seconds"])
    loops1.append(run_mode("loop", "1", str(loop))["seconds"])

    loop_speedup = statistics.mean(loops1) / statistics.mean(loops2)
    print("\nthe same archive, three ways")
    print(f"  {'':<26} {'seconds':>8} {'MB/s':>7} {'speed-up':>9} {'of loop':>8}  rows")
    for name, result in (("one process", one), ("--jobs 2", jobs), ("LocalCluster, 2 workers", dask)):
        speedup = one["seconds"] / result["seconds"]
        share = speedup / loop_speedup
        print(
            f"  {name:<26} {result['seconds']:>8.2f} {size / result['seconds']:>7.2f} "
            f"{speedup:>8.2f}x {share:>7.0%}  {result['rows']} ({result['digest']})"
        )
    same = one["digest"] == jobs["digest"] == dask["digest"]
    print(f"  the three give the same rows: {'yes' if same else 'NO'}")
    print(
        f"\nyardstick: a CPU-bound loop, one process {statistics.mean(loops1):.2f} s, two processes "
        f"{statistics.mean(loops2):.2f} s: speed-up {loop_speedup:.2f}x "
        f"(runs: {', '.join(f'{t:.2f}' for t in loops1)} / {', '.join(f'{t:.2f}' for t in loops2)})"
    )
    for name, result in (("--jobs 2", jobs), ("LocalCluster, 2 workers", dask)):
        share = one["seconds"] / result["seconds"] / loop_speedup
        verdict = "meets" if share >= 0.85 else "misses"
        print(f"  {name}: {share:.0%} of the loop's speed-up ({verdict} the 85% target)")
    print(
        "\nwarm-up per worker (a fresh interpreter): import vnla.checker "
        + ", ".join(f"{w['import']:.2f} s" for w in warm)
        + "; build the checker "
        + ", ".join(f"{w['build']:.2f} s" for w in warm)
    )
    print(
        f"peak memory: one process {one['peak_mb'][0]:.0f} MB (the whole archive is in memory), "
        f"a fresh checker {warm[0]['peak_mb'][0]:.0f} MB, "
        f"--jobs 2 workers at most {jobs['peak_mb'][0]:.0f} MB, "
        f"LocalCluster workers {', '.join(f'{p:.0f}' for p in dask['peak_mb'])} MB"
    )
    growth = one["seconds"] / tenth["seconds"]
    print(
        f"\ngrowth: one process, {tenth['seconds']:.2f} s for a tenth of the archive, {one['seconds']:.2f} s "
        f"for all of it: {growth:.1f}x the time for 10x the articles (target: at most 11x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

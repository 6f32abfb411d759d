# SPDX-License-Identifier: MIT
"""
Import and load costs (issue 11, point 6): run with ``python benchmarks/bench_load.py``.

Every figure is a whole fresh process, and the runs of the things compared are
interleaved, so that the machine's drift hits them alike:

* ``python -c "import vnla"`` against ``python -c "import attrs"`` (medians; target: vnla <= attrs);
* the first ``vnla.dataset()`` from a bare ``import vnla``, timed inside the process from
  after the import (so: the whole process, minus ``import vnla``); target: median <= 50 ms.
  Also with attrs already imported (the part of the load that is vnla's: attrs' own import
  is a floor no first load can go under), with the model classes already imported (what
  the call itself costs: read, check, build, index) and through the TOML path taken when
  the JSON snapshot is stale; wall time, and beside it the CPU time of the same runs, which
  other processes on a shared machine disturb less;
* each of those twice: as this environment runs Python (``PYTHONDONTWRITEBYTECODE=1`` and an
  editable install: vnla's own modules are compiled from source in every process) and with
  bytecode caches (in a temporary ``PYTHONPYCACHEPREFIX``, warmed first), as an installed wheel has;
* the memory the loaded dataset holds (tracemalloc, fresh process);
* ``--instructions``: the first load's parts as instructions counted by valgrind's callgrind
  (needs ``valgrind``), which a shared machine does not disturb: each part is a fresh process
  that stops (``os._exit``) after it, with bytecode caches and ``PYTHONHASHSEED=0``, and a part's
  count is its process's minus the one before;
* ``--scaling``: how the cost of ``resolve``, ``fold``, ``fold_with_offsets`` and building a
  dataset grows from an input 10x smaller to one 10x larger (10K and 100K characters, 1.6K and
  16K nested places): best of several runs each, and the ratio, which a linear cost keeps near
  10 (issue 12 allows at most 15).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any


def whole_process(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - start


FIRST_LOAD = """
import json, time, vnla
{prepare}
start, cpu = time.perf_counter(), time.process_time()
{call}
print(json.dumps([time.perf_counter() - start, time.process_time() - cpu]))
"""
WAYS = {
    "bare import vnla": ("", "vnla.dataset()"),
    # what the load costs beyond attrs' own import, which no first load can avoid
    "attrs imported": ("import attrs", "vnla.dataset()"),
    "model classes imported": ("import vnla.model", "vnla.dataset()"),
    "TOML path (stale snapshot)": (
        "import vnla.model, vnla.record.loading as d, vnla.record.snapshot as s",
        "d._build(*d._parse([(p, str(p)) for p in s.data_files()]))",
    ),
}

MEMORY = """
import json, tracemalloc, tomllib, cattrs
import vnla, vnla.record.loading, vnla.record.dataset, vnla.model, vnla.record.convert
tracemalloc.start()
ds = vnla.dataset()
import gc; gc.collect()
current, _peak = tracemalloc.get_traced_memory()
print(json.dumps({"bytes": current, "records": len(ds)}))
"""


def timed_in_process(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of ``code``'s timed part, in a fresh process."""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env)
    wall, cpu = json.loads(out.stdout)
    return float(wall), float(cpu)


def spread(values: list[float]) -> str:
    return (
        f"median {statistics.median(values) * 1e3:7.2f} ms  "
        f"(range {min(values) * 1e3:.2f}-{max(values) * 1e3:.2f}, n={len(values)})"
    )


def best_of(call: Any, argument: Any, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        call(argument)
        best = min(best, time.perf_counter() - start)
    return best


def _places(places: Any) -> Any:
    import vnla

    return vnla.Dataset(places=places)


def _chain(count: int) -> Any:
    from vnla.model import Name, Place, PlaceKind

    return [
        Place(
            id=f"p{i}",
            kind=PlaceKind.CITY,
            names=(Name(text=f"P {i}", lang="en"),),
            within=f"p{i + 1}" if i + 1 < count else None,
        )
        for i in range(count)
    ]


#: The first load's parts, each a process that stops after it; a part costs its count minus the one before.
PARTS: tuple[tuple[str, str], ...] = (
    ("python -c pass", "pass"),
    ("import vnla", "import vnla"),
    # as the first vnla.dataset() imports it: with the cyclic GC paused (see vnla.__getattr__)
    ("import attrs", "import vnla, gc; gc.disable(); import attrs"),
    ("the model classes (vnla.model)", "import vnla; vnla.model"),
    ("the loading modules (vnla.dataset)", "import vnla; vnla.model; vnla.dataset"),
    ("the vnla.dataset() call", "import vnla; vnla.dataset()"),
)


def instructions() -> None:
    cache = tempfile.mkdtemp(prefix="vnla-pyc-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"PYTHONPYCACHEPREFIX": cache, "PYTHONHASHSEED": "0"}
    out = os.path.join(cache, "callgrind.out")
    print("== instructions (valgrind --tool=callgrind; bytecode caches; PYTHONHASHSEED=0; no finalization)")
    previous = None
    counts: dict[str, int] = {}
    for label, part_code in PARTS:
        code = f"{part_code}; import os; os._exit(0)"
        subprocess.run([sys.executable, "-c", code], check=True, env=env)  # warm the bytecode cache
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", code],
            check=True,
            env=env,
            capture_output=True,
            text=True,
        )
        total = int(result.stderr.rsplit("Collected :", 1)[1].split()[0])
        counts[label] = total
        part = "" if previous is None else f"  part {(total - previous) / 1e6:7.1f}M"
        print(f"{label:<36} process {total / 1e6:7.1f}M{part}")
        previous = total
    first = counts["the vnla.dataset() call"] - counts["import vnla"]
    print(f"first vnla.dataset() after a bare import vnla: {first / 1e6:.1f}M instructions")


def scaling() -> None:
    import vnla
    from vnla.lang.fold import fold, fold_with_offsets

    def unknown(name: str) -> None:
        with contextlib.suppress(LookupError):
            vnla.resolve(name)

    cases: dict[str, Any] = {
        "resolve: a name of N characters": lambda n: (unknown, "Tô Lâm " * (n // 7)),
        "fold: Lao and Latin marks, alternating": lambda n: (fold, "a" + "\u0e48\u0301" * (n // 2)),
        "fold: spaces": lambda n: (fold, "x" + " " * n),
        "fold_with_offsets: Vietnamese": lambda n: (fold_with_offsets, "Tô Lâm " * (n // 7)),
        "fold_with_offsets: marks": lambda n: (fold_with_offsets, "a" + "\u0301" * n),
        "Dataset: N/10 nested places": lambda n: (_places, _chain(n // 10)),
    }
    print("== scaling (best of 3; a linear cost gives ratios near 10, at most 15 allowed)")
    print("   (10K -> 100K may exceed 10 where 100K leaves the CPU's caches; 100K -> 1M shows the trend)")
    for label, make in cases.items():
        times = []
        for size in (10_000, 100_000, 1_000_000):
            call, argument = make(size)
            times.append(best_of(call, argument, runs=3))
        small, large, largest = times
        verdict = "ok" if largest <= 15 * max(large, 1e-4) else "SUPERLINEAR"
        figures = (
            f"10K {small * 1e3:8.2f} ms  100K {large * 1e3:8.2f} ms  1M {largest * 1e3:9.2f} ms  "
            f"ratios {large / small:5.1f} {largest / large:5.1f}"
        )
        print(f"{label:<40} {figures}  {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--scaling", action="store_true", help="only the scaling figures")
    parser.add_argument("--instructions", action="store_true", help="only the instruction counts (callgrind)")
    args = parser.parse_args()
    if args.scaling:
        scaling()
        return
    if args.instructions:
        instructions()
        return

    plain = dict(os.environ)
    cache = tempfile.mkdtemp(prefix="vnla-pyc-")
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cached["PYTHONPYCACHEPREFIX"] = cache
    for _ in range(2):  # warm the bytecode cache
        subprocess.run([sys.executable, "-c", "import vnla, attrs; vnla.dataset()"], check=True, env=cached)
    envs = {"as run here (no bytecode cache)": plain, "with bytecode caches": cached}

    for env_label, env in envs.items():
        print(f"== {env_label}")
        times: dict[str, list[float]] = {"pass": [], "import attrs": [], "import vnla": []}
        loads: dict[str, list[float]] = {label: [] for label in WAYS}
        cpus: dict[str, list[float]] = {label: [] for label in WAYS}
        for _ in range(args.runs):  # interleaved, so drift hits all alike
            for label, values in times.items():
                values.append(whole_process(label, env))
            for label, (prepare, call) in WAYS.items():
                wall, cpu = timed_in_process(FIRST_LOAD.format(prepare=prepare, call=call), env)
                loads[label].append(wall)
                cpus[label].append(cpu)
        for label, values in times.items():
            print(f"python -c {label!r:<16} {spread(values)}")
        v, a = statistics.median(times["import vnla"]), statistics.median(times["import attrs"])
        print(f"  ratio import vnla / import attrs = {v / a:.3f}  (target <= 1)")
        for label, values in loads.items():
            cpu = statistics.median(cpus[label]) * 1e3
            print(f"first vnla.dataset(), {label:<27} {spread(values)}  CPU median {cpu:6.2f} ms")
        first = statistics.median(loads["bare import vnla"])
        print(f"  ratio first dataset() from a bare import / 50 ms = {first / 0.050:.2f}  (target <= 1)")

    out = subprocess.run([sys.executable, "-c", MEMORY], check=True, capture_output=True, text=True)
    memory = json.loads(out.stdout)
    print(f"memory held by the dataset {memory['bytes'] / 1e6:.2f} MB for {memory['records']} records")


if __name__ == "__main__":
    main()

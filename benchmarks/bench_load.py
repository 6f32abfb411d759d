# SPDX-License-Identifier: MIT
"""
Import and load costs (issue 2): run with ``python benchmarks/bench_load.py``.

* whole-process ``python -c "import vnla"`` against ``python -c "import attrs"``
  (medians of interleaved runs, same machine, same run) — target ratio <= 1.25;
* the first ``vnla.dataset()`` in a fresh process (median) — target <= 50 ms —
  measured three ways: with the model classes already imported (what the
  call itself costs: read, build, index), from a bare ``import vnla``
  (adding the one-off creation of the attrs classes), and through the TOML
  path that is taken when the JSON snapshot is stale;
* the memory the loaded dataset holds (tracemalloc, fresh process).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time


def whole_process(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


FIRST_LOAD = """
import json, time, vnla
{prepare}
start = time.perf_counter()
{call}
print(json.dumps(time.perf_counter() - start))
"""
WAYS = {
    "models imported": ("import vnla.model", "vnla.dataset()"),
    "bare import vnla": ("", "vnla.dataset()"),
    "TOML path (stale snapshot)": (
        "import vnla.model, vnla.record.loading as d, vnla.record.snapshot as s",
        "d._build(*d._parse([(e, e.name) for e in s.data_files()]))",
    ),
}

MEMORY = """
import json, tracemalloc, tomllib, cattrs
import vnla, vnla.record.loading, vnla.record.dataset, vnla.model, vnla.record.convert
tracemalloc.start()
ds = vnla.dataset()
vnla.record.loading.converter.cache_clear()  # count the dataset, not the converter's generated code
import gc; gc.collect()
current, _peak = tracemalloc.get_traced_memory()
print(json.dumps({"bytes": current, "records": len(ds)}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    vnla_times, attrs_times, baseline = [], [], []
    for _ in range(args.runs):  # interleaved, so drift hits both alike
        baseline.append(whole_process("pass"))
        attrs_times.append(whole_process("import attrs"))
        vnla_times.append(whole_process("import vnla"))
    v, a, b = (statistics.median(x) for x in (vnla_times, attrs_times, baseline))
    print(f"python -c pass          median {b * 1e3:7.2f} ms")
    print(f"python -c 'import attrs' median {a * 1e3:7.2f} ms")
    print(
        f"python -c 'import vnla'  median {v * 1e3:7.2f} ms   "
        f"ratio vnla/attrs = {v / a:.3f}  (target <= 1.25)"
    )

    for label, (prepare, call) in WAYS.items():
        code = FIRST_LOAD.format(prepare=prepare, call=call)
        loads = []
        for _ in range(max(5, args.runs // 3)):
            out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
            loads.append(json.loads(out.stdout))
        first = statistics.median(loads)
        print(f"first vnla.dataset(), {label:<27} median {first * 1e3:7.2f} ms  (min {min(loads) * 1e3:.2f})")
    print("  (target <= 50 ms)")

    out = subprocess.run([sys.executable, "-c", MEMORY], check=True, capture_output=True, text=True)
    memory = json.loads(out.stdout)
    print(f"memory held by the dataset {memory['bytes'] / 1e6:.2f} MB for {memory['records']} records")


if __name__ == "__main__":
    main()

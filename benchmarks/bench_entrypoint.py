# SPDX-License-Identifier: MIT
"""
What vnla's hypothesis entry point costs a bystander (issue 12, point 6).

Run with ``python benchmarks/bench_entrypoint.py``.

Hypothesis runs every installed entry point in every process that imports it.
This times ``import hypothesis`` inside fresh processes, the runs interleaved so
the machine's drift hits every variant alike:

* ``active``: vnla installed, its entry point runs (as for everyone who has vnla installed);
* ``disabled``: the same, with ``HYPOTHESIS_NO_PLUGINS=1`` (as if vnla were not installed;
  no other hypothesis plugin is installed here, which the script checks);
* ``0.1 hook``: disabled, plus the imports the 0.1 hook made in every process (vnla's model
  and dataset modules), for comparison.

``import hypothesis`` takes a few hundred milliseconds, so on a busy machine its noise can
hide a few: the hook alone is timed too, in the same processes (``disabled``, then the
entry point imported and called by hand; for ``0.1 hook``, with the imports it made).

Each twice: as this environment runs Python (``PYTHONDONTWRITEBYTECODE=1``, vnla's modules
compiled from source in each process) and with warm bytecode caches (as an installed wheel
has).  Prints medians, the difference ``active - disabled`` (the bystander's cost; target: a
few milliseconds) and the ratio.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import statistics
import subprocess
import sys
import tempfile

TIMED = """
import time
start = time.perf_counter()
import hypothesis
middle = time.perf_counter()
{more}
end = time.perf_counter()
print((end - start) * 1000, (end - middle) * 1000)
"""
HOOK = "from vnla.testing.hypothesis_hook import _hypothesis_setup_hook; _hypothesis_setup_hook()"
OLD_HOOK = "import vnla.model.records, vnla.record.dataset"


def once(more: str, env: dict[str, str]) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", TIMED.format(more=more)], check=True, env=env, capture_output=True, text=True
    )
    whole, part = out.stdout.split()
    return float(whole), float(part)


def measure(runs: int, base: dict[str, str]) -> dict[str, list[float]]:
    disabled = {**base, "HYPOTHESIS_NO_PLUGINS": "1"}
    variants = {
        "active": ("", base),
        "disabled": ("", disabled),
        "0.1 hook": (OLD_HOOK, disabled),
        "hook alone": (HOOK, disabled),
        "0.1 alone": (f"{OLD_HOOK}; {HOOK}", disabled),
    }
    for more, env in variants.values():  # warm the file system cache (and bytecode caches, if any)
        once(more, env)
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(runs):
        for name, (more, env) in variants.items():
            whole, part = once(more, env)
            times[name].append(part if name.endswith("alone") else whole)
    return times


def report(title: str, times: dict[str, list[float]]) -> None:
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"\n{title} (median of {len(times['active'])} interleaved runs, ms)")
    for name in ("active", "disabled", "0.1 hook"):
        print(f"  import hypothesis, {name:<10} {medians[name]:7.1f} ms")
    cost = medians["active"] - medians["disabled"]
    ratio = medians["active"] / medians["disabled"]
    old = medians["0.1 hook"] - medians["disabled"]
    print(f"  bystander cost: {cost:+.1f} ms (active/disabled = {ratio:.3f}); the 0.1 hook's: {old:+.1f} ms")
    print(
        f"  the hook alone: {medians['hook alone']:.2f} ms (the 0.1 hook with its imports: "
        f"{medians['0.1 alone']:.1f} ms, {medians['0.1 alone'] / medians['hook alone']:.0f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=21, help="runs of each variant (default: 21)")
    args = parser.parse_args()
    plugins = [e.value for e in importlib.metadata.entry_points(group="hypothesis")]
    print(f"hypothesis entry points installed: {plugins}")
    if plugins != ["vnla.testing.hypothesis_hook:_hypothesis_setup_hook"]:
        print("  (other plugins than vnla's: 'disabled' turns them off too, so the difference is not vnla's)")
    base = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    base.pop("PYTHONPYCACHEPREFIX", None)
    report("as this environment runs Python (no bytecode written)", measure(args.runs, base))
    with tempfile.TemporaryDirectory() as cache:
        cached = {**os.environ, "PYTHONPYCACHEPREFIX": cache}
        cached.pop("PYTHONDONTWRITEBYTECODE", None)
        report("with warm bytecode caches", measure(args.runs, cached))


if __name__ == "__main__":
    main()

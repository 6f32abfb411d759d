# SPDX-License-Identifier: MIT
"""
What vnla's hypothesis entry point costs a bystander (issue 12, point 6).

Run with ``python benchmarks/bench_entrypoint.py``.

Hypothesis runs every installed entry point in every process that imports it.  This
times ``import hypothesis`` inside fresh processes, the runs interleaved so the
machine's drift hits every variant alike:

* ``installed``: vnla installed, so its entry point runs;
* ``not installed``: the same packages without vnla (a folder of links to this
  environment's site-packages, without vnla's metadata); hypothesis still looks for
  plugins, as it does for everyone;
* ``0.1 hook``: installed, plus the imports the 0.1 hook made in every process
  (vnla's model and dataset modules), for comparison;
* ``no plugins``: ``HYPOTHESIS_NO_PLUGINS=1``, which skips the search for plugins too.

Both ``installed`` and ``not installed`` run Python with ``-S`` with a folder of links
and vnla's source folder on ``PYTHONPATH``, so they search the same folders for every
module and differ in vnla's metadata alone.  ``import hypothesis`` takes a few hundred milliseconds, and on a
busy machine its noise can hide a few: the hook alone is timed too, inside the process
(imported and called by hand after ``import hypothesis``).

Each variant twice: as this environment runs Python (``PYTHONDONTWRITEBYTECODE=1``,
vnla's modules compiled from source in each process) and with warm bytecode caches
(as an installed wheel has).  Prints medians, the difference ``installed - not
installed`` (the bystander's cost; target: a few milliseconds) and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import vnla

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


def links(folder: Path, *, with_vnla: bool) -> Path:
    """A folder of links to site-packages' entries; no ``.pth`` file, and vnla's metadata only if asked."""
    site = Path(sysconfig.get_paths()["purelib"])
    folder.mkdir()
    for entry in site.iterdir():
        if entry.suffix == ".pth" or (entry.name.startswith("vnla-") and not with_vnla):
            continue
        (folder / entry.name).symlink_to(entry)
    return folder


def once(more: str, env: dict[str, str]) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-S", "-c", TIMED.format(more=more)],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    )
    whole, part = out.stdout.split()
    return float(whole), float(part)


def measure(runs: int, base: dict[str, str], folder: Path) -> dict[str, list[float]]:
    source = str(Path(vnla.__file__).resolve().parents[1])  # the folder vnla is imported from
    folder.mkdir()
    installed = {**base, "PYTHONPATH": os.pathsep.join([str(links(folder / "with", with_vnla=True)), source])}
    # vnla's source folder is on the path in both, so both search the same folders for every
    # module; without vnla's metadata no entry point names it, and nothing imports it.
    without = {
        **base,
        "PYTHONPATH": os.pathsep.join([str(links(folder / "without", with_vnla=False)), source]),
    }
    variants = {
        "installed": ("", installed),
        "not installed": ("", without),
        "0.1 hook": (OLD_HOOK, installed),
        "no plugins": ("", {**installed, "HYPOTHESIS_NO_PLUGINS": "1"}),
        "hook alone": (HOOK, {**installed, "HYPOTHESIS_NO_PLUGINS": "1"}),
        "0.1 alone": (f"{OLD_HOOK}; {HOOK}", {**installed, "HYPOTHESIS_NO_PLUGINS": "1"}),
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
    print(f"\n{title} (median of {len(times['installed'])} interleaved runs)")
    for name in ("installed", "not installed", "0.1 hook", "no plugins"):
        print(f"  import hypothesis, {name:<13} {medians[name]:7.1f} ms")
    cost = medians["installed"] - medians["not installed"]
    ratio = medians["installed"] / medians["not installed"]
    old = medians["0.1 hook"] - medians["not installed"]
    print(f"  bystander cost: {cost:+.1f} ms (installed/not installed = {ratio:.3f})")
    print(f"  the 0.1 hook's cost: {old:+.1f} ms")
    print(
        f"  the hook alone: {medians['hook alone']:.2f} ms (the 0.1 hook with its imports: "
        f"{medians['0.1 alone']:.1f} ms, {medians['0.1 alone'] / medians['hook alone']:.0f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="What vnla's hypothesis entry point costs a bystander.")
    parser.add_argument("--runs", type=int, default=21, help="runs of each variant (default: 21)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        base = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        base.pop("PYTHONPYCACHEPREFIX", None)
        report(
            "as this environment runs Python (no bytecode written)",
            measure(args.runs, base, Path(scratch, "a")),
        )
        cached = {**os.environ, "PYTHONPYCACHEPREFIX": str(Path(scratch, "pycache"))}
        cached.pop("PYTHONDONTWRITEBYTECODE", None)
        report("with warm bytecode caches", measure(args.runs, cached, Path(scratch, "b")))


if __name__ == "__main__":
    main()

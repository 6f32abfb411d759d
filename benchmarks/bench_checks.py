# SPDX-License-Identifier: MIT
"""
How long ``vnla.rules.check`` takes, on the bundled data and on 1k, 10k and 100k facts.

Run from a checkout: ``python benchmarks/bench_checks.py`` (``--quick`` stops at 10k).

The large datasets replicate the bundled records under new ids (``to-lam`` becomes
``to-lam.r7`` in copy 7, and every reference in the copy follows), so they have
the bundled data's shape and its findings, times the number of copies.  A fact
is a record.  The growth factor per tenfold increase must stay within what
*n* log *n* allows: 10 × log(10n) / log(n).

Each large dataset is timed twice: as it is, and with the dataset moved out of
the garbage collector's way (``gc.freeze()``, as a long-running service that
holds the data would do).  The second time is what the rules cost; the first
adds CPython's full collections, which rescan every live object, and so grow
with the heap: about a quarter more at 100k facts.  The growth verdict uses the
second.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import math
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import attrs

import vnla
from vnla.lang.parsing import parse_amounts, parse_dates, parse_ordinals
from vnla.record.dataset import COLLECTIONS, Dataset
from vnla.rules import check

#: The bundled dataset must be checked within this many seconds.
BUNDLED_BUDGET = 0.100


def _remap(value: Any, mapping: dict[str, str]) -> Any:
    """A copy of an attrs object with every id and reference renamed through ``mapping``."""
    if isinstance(value, tuple):
        return tuple(_remap(v, mapping) for v in value)
    if not attrs.has(type(value)):
        return value
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        current = getattr(value, field.name)
        if field.name == "id" or field.metadata.get("ref"):
            if isinstance(current, tuple):
                renamed: Any = tuple(mapping.get(v, v) for v in current)
            else:
                renamed = mapping.get(current, current) if isinstance(current, str) else current
        else:
            renamed = _remap(current, mapping)
        if renamed is not current:
            changes[field.name] = renamed
    return attrs.evolve(value, **changes) if changes else value


def replicate(base: Dataset, copies: int) -> Dataset:
    """
    ``copies`` copies of every record of ``base``; copy 0 keeps the bundled ids.

    Countries are not copied (their ids are ISO codes); every copy shares them,
    and their evidence cites copy 0's sources.
    """
    collections: dict[str, list[Any]] = {key: [] for key, _cls, _kind in COLLECTIONS}
    for key, _cls, kind in COLLECTIONS:
        if kind == "country":
            collections[key].extend(getattr(base, key))
    for copy in range(copies):
        mapping = {i: f"{i}.r{copy}" for i in base.ids if base.kind_of(i) != "country"} if copy else {}
        for key, _cls, kind in COLLECTIONS:
            if kind != "country":
                collections[key].extend(_remap(r, mapping) for r in getattr(base, key))
    return Dataset(**collections)


def timed(function: Any, repeat: int) -> float:
    """The median wall time of ``repeat`` calls, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def parser_throughput() -> None:
    seeds = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "seeds"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt")))
    big = text * (10_000_000 // len(text) + 1)
    megabytes = len(big.encode("utf-8")) / 1e6
    print(f"\nparsers over {megabytes:.1f} MB of news text (the five seeds, repeated):")
    for name, parse in (("amounts", parse_amounts), ("dates", parse_dates), ("ordinals", parse_ordinals)):
        seconds = timed(lambda parse=parse: parse(big), 1)
        print(f"  {name:<9} {seconds:6.2f} s  {megabytes / seconds:6.1f} MB/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--quick", action="store_true", help="stop at 10k facts")
    args = parser.parse_args(argv)

    bundled = vnla.dataset()
    check(bundled)  # warm the caches every later run shares (compiled expressions)
    bundled_seconds = timed(lambda: check(bundled), 20)
    report = check(bundled)
    over = bundled_seconds > BUNDLED_BUDGET
    verdict = f"OVER the {BUNDLED_BUDGET * 1000:.0f} ms budget" if over else "ok"
    print(f"bundled data: {len(bundled)} facts, check() {bundled_seconds * 1000:.1f} ms ({verdict})")
    print(f"  {report.to_text().splitlines()[-1]}")

    sizes = (1_000, 10_000) if args.quick else (1_000, 10_000, 100_000)
    results: list[tuple[int, float]] = []
    print("\ngenerated data (bundled records replicated under new ids):")
    for size in sizes:
        copies = math.ceil(size / len(bundled))
        started = time.perf_counter()
        data = replicate(bundled, copies)
        built = time.perf_counter() - started
        repeat = 3 if size < 100_000 else 1
        seconds = timed(lambda data=data: check(data), repeat)
        gc.collect()
        gc.freeze()
        frozen = timed(lambda data=data: check(data), repeat)
        gc.unfreeze()
        results.append((len(data), frozen))
        print(
            f"  {len(data):>7} facts: check() {seconds:7.3f} s, {frozen:7.3f} s with the data frozen "
            f"({frozen / len(data) * 1e6:5.1f} µs/fact; dataset built in {built:.1f} s)"
        )
        del data
    failed = False
    for (n1, t1), (n2, t2) in itertools.pairwise(results):
        factor = t2 / t1
        scale = n2 / n1
        allowed = scale * math.log(n2) / math.log(n1)
        ok = factor <= allowed * 1.25  # timing noise
        failed |= not ok
        print(
            f"  growth {n1} -> {n2} facts (x{scale:.1f}): time x{factor:.1f} "
            f"(n log n allows x{allowed:.1f}) {'ok' if ok else 'WORSE THAN n log n'}"
        )
    parser_throughput()
    return 1 if failed or over else 0


if __name__ == "__main__":
    raise SystemExit(main())

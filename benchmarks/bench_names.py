# SPDX-License-Identifier: MIT
"""
Folding and resolving names (issue 3): run with ``python benchmarks/bench_names.py``.

* ``vnla.names.fold`` throughput on mixed English/Vietnamese news text (the five
  seed documents, with Vietnamese paragraphs made of the dataset's Vietnamese
  names and framework wording between them), next to ``unidecode``, ``anyascii``
  and a naive NFD-and-strip fold, in the same run — targets: >= 30 MB/s and
  faster than both libraries;
* warm ``vnla.names.resolve`` median per call for names with diacritics, with a
  title in front, and plain ASCII, next to ``lower()`` plus a linear scan of all
  names — target: <= 2 µs.

unidecode and anyascii are benchmark-only dependencies (the ``bench`` group).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

try:
    import vnla
except ImportError:  # running from a checkout that is not installed
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    import vnla

from anyascii import anyascii
from unidecode import unidecode

from vnla import names

if TYPE_CHECKING:
    from collections.abc import Callable

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seeds"
MARKS = re.compile("[\u0300-\u036f]+")


def corpus(size: int) -> str:
    """About ``size`` bytes of English news paragraphs with Vietnamese ones among them."""
    ds = vnla.dataset()
    english = [p for f in sorted(SEEDS.glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n\n")]
    vietnamese_names = [n.text for _record, n in ds.named() if n.lang == "vi"]
    framework = ", ".join(e.name.preferred("vi") for e in ds.framework())
    vietnamese = [
        f"Quan hệ {framework} giữa Việt Nam và Lào. " + ", ".join(vietnamese_names[i : i + 12]) + "."
        for i in range(0, len(vietnamese_names), 12)
    ]
    paragraphs = []
    for i, paragraph in enumerate(english):
        paragraphs.append(paragraph)
        if i % 3 == 0:
            paragraphs.append(vietnamese[(i // 3) % len(vietnamese)])
    unit = "\n\n".join(paragraphs) + "\n\n"
    return unit * max(1, size // len(unit.encode("utf-8")))


def naive_fold(text: str) -> str:
    """The usual recipe: NFD, drop the marks of the Combining Diacritical Marks block, casefold."""
    return MARKS.sub("", unicodedata.normalize("NFD", text)).casefold()


def throughput(function: Callable[[str], str], text: str, repeat: int) -> float:
    """Best-of-``repeat`` throughput in MB/s (UTF-8 bytes)."""
    size = len(text.encode("utf-8"))
    best = min(_timed(function, text) for _ in range(repeat))
    return size / best / 1e6


def _timed(function: Callable[[str], str], text: str) -> float:
    start = time.perf_counter()
    function(text)
    return time.perf_counter() - start


def per_call(function: Callable[[str], Any], inputs: list[str], calls: int) -> float:
    """Median seconds per call over batches that cycle through ``inputs``."""
    batch = inputs * max(1, calls // 20 // len(inputs))
    samples = []
    for _ in range(20):
        start = time.perf_counter()
        for item in batch:
            function(item)
        samples.append((time.perf_counter() - start) / len(batch))
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=4.0, help="size of the folding corpus")
    parser.add_argument("--calls", type=int, default=200_000, help="resolve calls per measurement")
    args = parser.parse_args()
    failed = False

    text = corpus(int(args.megabytes * 1e6))
    size = len(text.encode("utf-8"))
    non_ascii = sum(not c.isascii() for c in text) / len(text)
    print(
        f"corpus: {size / 1e6:.2f} MB, {non_ascii:.1%} non-ASCII characters, {text.count(chr(10)) + 1} lines"
    )
    names.fold("warm the tables: đ ທ")
    ours = throughput(names.fold, text, repeat=5)
    print(f"{'vnla.names.fold':28s} {ours:8.1f} MB/s")
    for label, function, repeat in (
        ("unidecode", unidecode, 2),
        ("anyascii", anyascii, 3),
        ("naive NFD + strip marks", naive_fold, 3),
    ):
        theirs = throughput(function, text, repeat)
        print(f"{label:28s} {theirs:8.1f} MB/s   fold is {ours / theirs:5.2f}x as fast")
        failed |= label != "naive NFD + strip marks" and ours <= theirs
    vietnamese = "\n".join(line for line in text.split("\n") if line.startswith("Quan hệ"))
    for label, function in (("  Vietnamese lines only", names.fold), ("    anyascii on them", anyascii)):
        print(f"{label:28s} {throughput(function, vietnamese, repeat=3):8.1f} MB/s")
    lao = (text[: len(text) // 4] + "ທ່ານ ທອງລຸນ ສີສຸລິດ ເລຂາທິການໃຫຍ່ ແລະ ປະທານປະເທດ.\n") * 4
    print(f"{'  (same, a Lao line in four)':28s} {throughput(names.fold, lao, repeat=3):8.1f} MB/s")
    print(f"target: >= 30 MB/s and faster than unidecode and anyascii: {'met' if ours >= 30 else 'MISSED'}")
    failed |= ours < 30

    ds = vnla.dataset()
    everything = [(n.text.lower(), record) for record, n in ds.named()]

    def linear_scan(name: str) -> object:
        wanted = name.lower()
        for text_lower, record in everything:
            if text_lower == wanted:
                return record
        return None

    groups = {
        "with diacritics": ["Tô Lâm", "Viêng Chăn", "Trần Thanh Mẫn", "Việt Nam"],
        "with a title": [
            "Party General Secretary Tô Lâm",
            "Lao PM Sonexay Siphandone",
            "President Thongloun",
        ],
        "plain ASCII": ["Thongloun Sisoulith", "Hanoi", "Pham Minh Chinh", "Laos"],
    }
    start = time.perf_counter()
    names.clear_caches()
    names.resolve(ds, "Tô Lâm")
    built = (time.perf_counter() - start) * 1e3
    print(f"\nname index built on first resolve: {built:.1f} ms ({len(everything)} names)")
    worst = 0.0
    for label, inputs in groups.items():
        for name in inputs:  # warm: the answers are cached per dataset
            names.resolve(ds, name)
        ours_call = per_call(lambda n: names.resolve(ds, n), inputs, args.calls)
        scan = per_call(linear_scan, inputs, args.calls // 10)
        worst = max(worst, ours_call)
        print(
            f"resolve {label:16s} median {ours_call * 1e9:7.0f} ns/call   "
            f"lower+scan {scan * 1e9:8.0f} ns/call   resolve is {scan / ours_call:6.1f}x as fast"
        )
    cold = [f"Party General Secretary Tô Lâm{' ' * i}" for i in range(1, 200)]
    names.clear_caches()
    names.resolve(ds, "Lâm")
    start = time.perf_counter()
    for name in cold:
        names.resolve(ds, name)
    print(
        f"resolve, cold (uncached input)  mean {(time.perf_counter() - start) / len(cold) * 1e6:7.1f} µs/call"
    )
    print(f"target: warm resolve <= 2 µs median: {'met' if worst <= 2e-6 else 'MISSED'}")
    failed |= worst > 2e-6
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

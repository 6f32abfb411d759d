# SPDX-License-Identifier: MIT
"""
Linear time, proven: every compiled pattern of the package and every public entry point,
pumped with adversarial input at 10 K and 100 K characters, costs at most 15 times more at the
larger size (see tests/complexity.py for how patterns are found, how input is built from each
pattern's own pieces, and why the unit is the CPU time of the best or median of several runs).
"""

from __future__ import annotations

import functools
import hashlib
import re
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

import pytest

import complexity as cx
import vnla
from vnla.checker import check_file, check_files, check_text
from vnla.lang import parsing
from vnla.lang.fold import fold, fold_with_offsets
from vnla.names import resolve

if TYPE_CHECKING:
    from collections.abc import Callable

PATTERNS = cx.all_patterns()


def test_the_finder_sees_the_checkers_patterns() -> None:
    # a sample across rooms: if these are missing, the walk is broken, not the package
    # (a pattern is listed under the first module it is found in, often one that imports it)
    found = {where.rsplit(".", 1)[-1] for where in PATTERNS}
    assert {"_DATELINE_LABEL", "_TAIL", "_NEXT_ELEMENT", "_LIST_SEP", "_horizon_pattern()"} <= found
    assert any("grammar()." in where for where in PATTERNS)  # a cached builder's patterns
    assert len(PATTERNS) >= 60


def test_the_harness_catches_superlinear_patterns() -> None:
    # the harness must fail on what it is meant to catch: a cubic pattern and a quadratic one.
    # Small sizes: a run of the large size may last 600 times the small one's before the alarm
    # stops it, and a cubic search of 2,000 characters takes over a second on a slow machine.
    cubic = re.compile(r"\d[ \t]*:?[ \t]*[ \t]*x")
    text_small = cx.build("1", " ", "\x01", 200)
    text_large = cx.build("1", " ", "\x01", 2_000)
    slow = cx.ratio(lambda: cubic.search(text_small), lambda: cubic.search(text_large), careful=True)
    assert slow > cx.LIMIT
    assert cx.redos_findings(cubic.pattern)


@pytest.mark.parametrize("where", sorted(PATTERNS))
def test_pattern_is_linear(where: str) -> None:
    pattern = PATTERNS[where]
    modes = cx.usage(where)
    worst: list[tuple[float, tuple[str, str, str]]] = []
    for triple in cx.pump_units(pattern):
        found = cx.superlinear(lambda n, t=triple: cx.pattern_calls(pattern, modes, cx.build(*t, n)))
        if found is not None:
            worst.append((found, triple))
    assert not worst, f"{where} ({sorted(modes)}) costs superlinear time on {worst[:3]}"


# --------------------------------------------------------------------------- entry points

#: Adversarial text for the entry points: runs of each kind of character and the checker's
#: words repeated, as the named cases of issue 12 and more.
_TEXTS: list[tuple[str, str, str]] = [
    ("December 3, 2025", " ", "x\nTalks."),  # a date line followed by spaces
    ("Published:", " ", "x"),
    ("Vietnam and Laos, good neighbours, special solidarity, comprehensive cooperation", " ", "x"),
    ("", "President Abc Def, ", ""),  # titles, many
    ("", "General Secretary Tô Lâm, Prime Minister ", ""),
    ("$", "1", ""),  # a run of digits in an amount
    ("", "1,", ""),
    ("", "1.", ""),
    ("", " ", "x"),
    ("", "\n", "x"),
    ("", "- ", "x"),
    ("", "visited on 3 December 2025 and ", ""),  # cue words and dates repeated
    ("", "the 14th Congress, ", ""),
    ("", "US$1.2 billion, up 12% from ", ""),
    ("", "ທ່ານ ທອງລຸນ ສີສຸລິດ ວັນທີ 5 ກຸມພາ 2026 ", ""),
    ("", "Tô\u200dLâm Vien\u00adtiane ", ""),
    ("", "(", ""),
]
#: What the cheaper entry points are pumped with: a few of the above.
_SOME: Final = [_TEXTS[i] for i in (0, 3, 5, 8, 11, 14)]


def _entry_points(tmp: Path) -> dict[str, tuple[Callable[[str], object], list[tuple[str, str, str]]]]:
    ds = vnla.dataset()

    def on_disk(text: str) -> Path:
        path = tmp / f"{hashlib.sha1(text.encode()).hexdigest()}.txt"
        if not path.exists():
            path.write_text(text, encoding="utf-8")
        return path

    def resolve_(text: str) -> object:
        try:
            return resolve(ds, text)
        except vnla.VnlaError:
            return None

    published = date(2025, 12, 3)
    points: dict[str, tuple[Callable[[str], object], list[tuple[str, str, str]]]] = {
        "check_text": (lambda t: check_text(t, published=published), _TEXTS),
        "check_file": (lambda t: check_file(on_disk(t), published=published), _SOME),
        "check_files": (lambda t: check_files([on_disk(t)], published=published), _SOME[:2]),
        "fold": (fold, _TEXTS),
        "fold_with_offsets": (fold_with_offsets, _SOME),
        "resolve": (resolve_, _SOME),
    }
    for name in parsing.__all__:
        if name.startswith("parse_"):
            points[name] = (getattr(parsing, name), _TEXTS)
    return points


def test_entry_points_are_linear(tmp_path: Path) -> None:
    bad = []
    for name, (call, texts) in _entry_points(tmp_path).items():
        for prefix, unit, suffix in texts:
            found = cx.superlinear(
                lambda n, c=call, u=(prefix, unit, suffix): functools.partial(c, cx.build(*u, n))
            )
            if found is not None:
                bad.append((name, repr(prefix + unit)[:40], round(found, 1)))
    assert not bad, f"superlinear entry points: {bad}"


def test_load_is_linear(tmp_path: Path) -> None:
    # a data folder with one place whose names list grows: load reads it in linear time
    def folder(count: int) -> Path:
        where = tmp_path / str(count)
        where.mkdir()
        rows = "".join(
            f'[[places]]\nid = "p{i}"\nkind = "province"\nnames = [{{ lang = "en", text = "Place {i}", preferred = true }}]\n'
            for i in range(count)
        )
        (where / "places.toml").write_text(rows, encoding="utf-8")
        return where

    def load(path: Path) -> object:
        try:
            return vnla.load(path)
        except vnla.VnlaError:
            return None

    folders: dict[int, Path] = {}

    def make(n: int) -> Callable[[], object]:
        count = max(1, n // 100)  # about 100 characters a place
        if count not in folders:
            folders[count] = folder(count)
        return functools.partial(load, folders[count])

    found = cx.superlinear(make)
    assert found is None, f"load: {found}"


# --------------------------------------------------------------------------- the named cases


def _cpu(call: Callable[[], object]) -> float:
    return min(cx._cpu(call, 1, 30.0) for _ in range(3))


def test_a_date_line_followed_by_spaces_checks_fast() -> None:
    text = "December 3, 2025" + " " * 2000 + "x\nLaos and Viet Nam held talks.\n"
    assert len(text.encode()) > 2000
    assert _cpu(lambda: check_text(text)) < 0.1


def test_a_listing_followed_by_spaces_checks_fast() -> None:
    listing = "Great friendship, special solidarity and comprehensive cooperation"
    assert [f.kind for f in check_text(listing).findings] == ["framework"] * 3  # a listing the reader reads
    for after in (" " * 32_000 + "x", "," + " " * 32_000 + "x", " and" + " " * 32_000 + "x"):
        assert _cpu(lambda a=after: check_text(listing + a)) < 0.1


def test_many_titles_check_in_linear_time() -> None:
    # 16,000 titles: 300 KB
    assert cx.superlinear(lambda n: functools.partial(check_text, "President Abc Def, " * (n // 6))) is None


def test_a_long_amount_parses_in_linear_time() -> None:
    # 300,000 digits at the larger size
    assert cx.superlinear(lambda n: functools.partial(parsing.parse_amounts, "$" + "1" * (3 * n))) is None


def test_timing_uses_cpu_time() -> None:
    # the unit: process time, which a sleeping process does not spend
    assert cx._cpu(lambda: time.sleep(0.05), 1, None) < 0.03

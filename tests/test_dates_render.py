# SPDX-License-Identifier: MIT
"""One way to write a date: every precision in en, vi and lo, and the same words in every command."""

from __future__ import annotations

import re
from datetime import date

import pytest

import vnla
from vnla.cli import main
from vnla.model.records import When
from vnla.render import format_when

LANGS = ("en", "vi", "lo")
D = date

#: (when, with the year, without it), each in en, vi, lo.
CASES: list[tuple[When, tuple[str, str, str], tuple[str, str, str]]] = [
    (
        When.on(D(2025, 12, 2)),
        ("December 2, 2025", "2 tháng 12, 2025", "2 ທັນວາ 2025"),
        ("December 2", "2 tháng 12", "2 ທັນວາ"),
    ),
    (
        When.between(D(2025, 12, 1), D(2025, 12, 2)),
        ("Dec 1 – 2, 2025", "1 – 2 thg 12, 2025", "1/12/2025 – 2/12/2025"),
        ("Dec 1 – 2", "1 – 2 thg 12", "1/12 – 2/12"),
    ),
    (  # a range over the new year keeps its years, asked or not
        When.between(D(2025, 12, 30), D(2026, 1, 2)),
        ("Dec 30, 2025 – Jan 2, 2026", "30 thg 12, 2025 – 2 thg 1, 2026", "30/12/2025 – 02/01/2026"),
        ("Dec 30, 2025 – Jan 2, 2026", "30 thg 12, 2025 – 2 thg 1, 2026", "30/12/2025 – 02/01/2026"),
    ),
    (
        When.in_month(2025, 12),
        ("December 2025", "tháng 12 năm 2025", "ທັນວາ 2025"),
        ("December", "tháng 12", "ທັນວາ"),
    ),
    (When.in_year(2027), ("2027", "2027", "2027"), ("2027", "2027", "2027")),
    (
        When.in_year(2026, qualifier="early"),
        ("early 2026", "đầu năm 2026", "ຕົ້ນປີ 2026"),
        ("early 2026", "đầu năm 2026", "ຕົ້ນປີ 2026"),
    ),
    (
        When.in_year(2026, qualifier="mid"),
        ("mid-2026", "giữa năm 2026", "ກາງປີ 2026"),
        ("mid-2026", "giữa năm 2026", "ກາງປີ 2026"),
    ),
    (
        When.in_year(2026, qualifier="late"),
        ("late 2026", "cuối năm 2026", "ທ້າຍປີ 2026"),
        ("late 2026", "cuối năm 2026", "ທ້າຍປີ 2026"),
    ),
    (
        When.bounded(after=D(2026, 2, 2)),
        ("after February 2, 2026", "sau 2 tháng 2, 2026", "ຫຼັງຈາກ 2 ກຸມພາ 2026"),
        ("after February 2", "sau 2 tháng 2", "ຫຼັງຈາກ 2 ກຸມພາ"),
    ),
    (
        When.bounded(before=D(2025, 12, 3)),
        ("before December 3, 2025", "trước 3 tháng 12, 2025", "ກ່ອນ 3 ທັນວາ 2025"),
        ("before December 3", "trước 3 tháng 12", "ກ່ອນ 3 ທັນວາ"),
    ),
    (
        When.bounded(not_before=D(2025, 12, 1), not_after=D(2025, 12, 2)),
        ("within Dec 1 – 2, 2025", "trong khoảng 1 – 2 thg 12, 2025", "ໃນລະຫວ່າງ 1/12/2025 – 2/12/2025"),
        ("within Dec 1 – 2", "trong khoảng 1 – 2 thg 12", "ໃນລະຫວ່າງ 1/12 – 2/12"),
    ),
    (  # both bounds on one day: that day
        When.bounded(not_before=D(2025, 12, 1), not_after=D(2025, 12, 1)),
        ("December 1, 2025", "1 tháng 12, 2025", "1 ທັນວາ 2025"),
        ("December 1", "1 tháng 12", "1 ທັນວາ"),
    ),
]


def plain(text: str) -> str:
    """CLDR's thin and no-break spaces read as plain spaces."""
    return re.sub(r"[\u00a0\u2009\u202f]", " ", text)


@pytest.mark.parametrize(("when", "with_year", "without_year"), CASES, ids=[str(c[0]) for c in CASES])
def test_every_precision_in_every_language(
    when: When, with_year: tuple[str, str, str], without_year: tuple[str, str, str]
) -> None:
    assert tuple(plain(format_when(when, lang)) for lang in LANGS) == with_year
    assert tuple(plain(format_when(when, lang, year=False)) for lang in LANGS) == without_year


@pytest.mark.parametrize("lang", LANGS)
def test_format_writes_a_when_as_format_when_does(lang: str) -> None:
    for when, *_ in CASES:
        assert vnla.to_text(when, lang) == format_when(when, lang)


def test_an_unknown_locale_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown locale 'xx_YY'"):
        format_when(When.in_year(2026), "xx_YY")


@pytest.mark.parametrize("lang", LANGS)
def test_the_same_when_reads_the_same_in_summary_events_and_show(
    capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    ds = vnla.dataset()
    event = ds.get("talks-2025-12-vientiane")  # bounds only: some day of the visit
    assert event is not None
    words = format_when(event.when, lang)
    for argv in (["summary"], ["events"], ["show", event.id]):
        assert main([*argv, "--lang", lang]) == 0
        out = capsys.readouterr().out
        line = next(line for line in out.splitlines() if event.id in line or event.title in line)
        if argv[0] == "show":
            line = next(line for line in out.splitlines() if line.strip().startswith("when:"))
        assert words in line, (argv, line)
        # and no other way of writing those bounds
        assert "not before" not in out and "not_before" not in out and " and before " not in out

# SPDX-License-Identifier: MIT
"""
An anniversary said to be just marked ("vừa kỷ niệm", "has just marked", "ຫາກໍ່ສະເຫຼີມສະຫຼອງ":
the word files' ``ordinals.just_marked``), in a sentence that states no year, is the last one
by the publication day, as one counted up to now is.  Vietnam's National Day falls on 2
September: on 8 September 2026 the last was the 81st, on 20 August 2026 the 80th.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _ordinals(text: str, lang: str, published: date) -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "lang", "ordinal"),
    [
        ("Cả nước vừa kỷ niệm {n} năm Quốc khánh 2/9.", "vi", "kỷ niệm {n} năm"),
        ("Vietnam has just marked the {n}th anniversary of its National Day.", "en", "{n}th anniversary"),
    ],
)
def test_the_last_anniversary_by_the_publication_day(text: str, lang: str, ordinal: str) -> None:
    after = date(2026, 9, 8)
    assert _ordinals(text.format(n=80), lang, after) == [(ordinal.format(n=80), "contradiction")]
    assert _ordinals(text.format(n=81), lang, after) == [(ordinal.format(n=81), "ok")]
    before = date(2026, 8, 20)
    assert _ordinals(text.format(n=80), lang, before) == [(ordinal.format(n=80), "ok")]


def test_a_stated_year_still_rules() -> None:
    text = "Năm 2025, cả nước vừa kỷ niệm 80 năm Quốc khánh 2/9."
    assert _ordinals(text, "vi", date(2026, 9, 8)) == [("kỷ niệm 80 năm", "ok")]

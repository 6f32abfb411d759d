# SPDX-License-Identifier: MIT
"""
A year that stands before the words of an event as their adjective ("the 2019 visit of Prime
Minister ...") dates the event's sentence (the word files' ``dates.year_as_adjective``): the
titles of its people are judged for that year, not the publication's.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _found(text: str) -> list[tuple[str, str, str]]:
    report = check_text(text, published=date(2026, 3, 10), lang="en")
    return [(f.kind, f.text, f.verdict.value) for f in report.findings if f.kind in {"date", "title"}]


def test_a_years_visit_dates_the_title_of_its_visitor() -> None:
    found = _found("Printed programme of the 2019 visit of Prime Minister Sonexay Siphandone to Hanoi.")
    assert ("date", "2019", "unknown") in found
    # Sonexay Siphandone became Prime Minister on 30 December 2022
    assert ("title", "Prime Minister Sonexay Siphandone", "contradiction") in found


def test_a_title_held_in_that_year_is_ok() -> None:
    found = _found("The 2019 visit of Prime Minister Thongloun Sisoulith to Hanoi was short.")
    assert ("title", "Prime Minister Thongloun Sisoulith", "ok") in found


@pytest.mark.parametrize(
    "text",
    [
        "In the 2019 budget, 2019 visits were few.",  # a count, no event's adjective
        "Some 2019 visitors came.",  # no word before the year that makes it an adjective
    ],
)
def test_a_year_without_an_events_words_or_the_word_before_is_no_date(text: str) -> None:
    assert [f for f in _found(text) if f[0] == "date"] == []

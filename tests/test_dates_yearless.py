# SPDX-License-Identifier: MIT
"""
A day given without its year is read in the year nearest the publication; where that misses the
event the sentence names, but the same day and month fall within the event's dates a year before
or after, the text did not say the other year, and the day is the record's (``dates.event``).
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

# The 48th meeting of the Intergovernmental Committee was held on 3 December 2025.
MEETING = (
    "Pham Minh Chinh stayed on in Vientiane for the 48th meeting of the Intergovernmental Committee on {day}."
)


def _dates(text: str, published: date) -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang="en")
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("day", "published", "verdict"),
    [
        # read as 3 December 2026 (nearest a September 2026 publication): the record's day, a year before
        ("3 December", date(2026, 9, 1), "ok"),
        ("3 December", date(2025, 12, 10), "ok"),
        # another day and month is a slip however the year is read
        ("4 December", date(2026, 9, 1), "contradiction"),
        # a year given is the text's own: a slip
        ("3 December 2024", date(2026, 9, 1), "contradiction"),
    ],
)
def test_a_day_without_its_year_on_the_events_day_and_month(day: str, published: date, verdict: str) -> None:
    assert _dates(MEETING.format(day=day), published) == [(day, verdict)]


def test_the_message_says_the_year_the_record_has() -> None:
    report = check_text(MEETING.format(day="3 December"), published=date(2026, 9, 1), lang="en")
    [finding] = [f for f in report.findings if f.kind == "date"]
    assert "without its year" in str(finding.message) and "2025" in str(finding.message)

# SPDX-License-Identifier: MIT
"""
An event's ``subject``, the event it was about (the congress whose outcomes a briefing
reported): on a day the date names, naming that congress names the briefing surely, so a
place the record does not give it is a contradiction; and a congress named as what another
thing was about ("the outcomes of the 14th Congress") is not the event of the sentence's date.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla import dataset
from vnla.checker import Checker
from vnla.model import Event

CHECKER = Checker()


def verdicts(text: str, kind: str, lang: str = "en") -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=date(2026, 2, 10), lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


def test_the_briefing_is_about_the_lprp_12th_congress() -> None:
    briefing = dataset().get("briefing-2026-01-26")
    assert isinstance(briefing, Event)
    assert briefing.subject == "congress-lprp-12"
    assert isinstance(dataset().get(briefing.subject), Event)


@pytest.mark.parametrize(
    "text",
    [
        "On 26 January the two leaders also co-chaired, in Vientiane, a briefing on the outcomes of the LPRP's 12th Congress.",
        "On 26 January 2026 Thongloun Sisoulith briefed To Lam in Vientiane on the results of his party's 12th Congress.",
    ],
)
def test_a_briefing_named_by_its_subject_on_its_day_is_misplaced_in_vientiane(text: str) -> None:
    assert ("Vientiane", "contradiction") in verdicts(text, "place")


@pytest.mark.parametrize(
    "text",
    [
        # a month: the party may have briefed others elsewhere that month
        "In January 2026 the LPRP briefed diplomats in Vientiane on the results of its 12th Congress.",
        # the right place
        "On 26 January 2026 the two leaders co-chaired, in Hanoi, a briefing on the outcomes of the LPRP's 12th Congress.",
    ],
)
def test_no_contradiction_without_the_day_or_at_the_right_place(text: str) -> None:
    assert not [v for _t, v in verdicts(text, "place") if v == "contradiction"]


@pytest.mark.parametrize(
    ("text", "lang", "date_text"),
    [
        (
            "On 5 February 2026 To Lam briefed Lao leaders in Vientiane on the outcomes of the 14th Congress.",
            "en",
            "5 February 2026",
        ),
        (
            "On 5 February 2026 To Lam informed Lao leaders of the results of the 14th Congress.",
            "en",
            "5 February 2026",
        ),
    ],
)
def test_a_congress_named_as_what_another_thing_is_about_is_not_the_dates_event(
    text: str, lang: str, date_text: str
) -> None:
    found = dict(verdicts(text, "date", lang))
    assert found[date_text] != "contradiction"


@pytest.mark.parametrize(
    "text",
    [
        "Delegates studied the outcomes of the 14th Congress, which met from 19 to 23 January 2026.",
        "Delegates studied the 14th Congress, which met from 19 to 23 January 2026.",
    ],
)
def test_a_numbered_congress_the_date_fits_is_no_other_meeting_misdated(text: str) -> None:
    # "met" names meetings too; the congress the sentence numbers fits the days, so the date is
    # not a meeting of 26-27 January misdated
    found = dict(verdicts(text, "date"))
    assert found["19 to 23 January 2026"] == "unknown"


def test_a_congress_dated_in_brackets_after_its_outcomes_keeps_its_date() -> None:
    text = "Delegates studied the outcomes of the Party's 14th Congress (19-23 January 2026)."
    assert ("19-23 January 2026", "ok") in verdicts(text, "date")

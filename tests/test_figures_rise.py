# SPDX-License-Identifier: MIT
"""
A rise to a target from a sum reached ("agreed to raise trade from $2.98 billion last year to $10
billion"), a rise between two years' sums, and a subtitle's short lines that go on in a small
letter: the sum reached is judged as what was reached, the sum aimed at as the target, and a
sentence a subtitle parts is read whole.  Each slip is caught beside its clean form.
"""

from __future__ import annotations

import pytest

from vnla.checker import Checker
from vnla.checker.normal import normal

CHECKER = Checker()


def amounts(text: str, lang: str = "en") -> list[tuple[str, str, str | None]]:
    report = CHECKER.check_text(text, published="2026-02-06", lang=lang)
    return [(f.text, f.verdict.value, f.rule) for f in report.findings if f.kind in ("amount", "change")]


@pytest.mark.parametrize(
    ("text", "lang", "reached", "aimed"),
    [
        (
            "The two sides agreed to raise two-way trade from {} last year to {}.",
            "en",
            ("$2.98 billion", "$2.89 billion"),
            ("$10 billion", "$20 billion"),
        ),
        (
            'They agreed to raise two-way trade to {1} "in the coming period", from {0} last year.',
            "en",
            ("$2.98 billion", "$2.89 billion"),
            ("$10 billion", "$20 billion"),
        ),
        (
            "Hai bên nhất trí nâng kim ngạch thương mại song phương từ {} năm 2025 lên {} trong thời gian tới.",
            "vi",
            ("2,98 tỷ USD", "2,89 tỷ USD"),
            ("10 tỷ USD", "20 tỷ USD"),
        ),
        (
            "ສອງຝ່າຍ ຕົກລົງ ຍົກສູງ ມູນຄ່າການຄ້າ ຈາກ {} ໃນປີ 2025 ເປັນ {}.",
            "lo",
            ("2,98 ຕື້ໂດລາ", "2,89 ຕື້ໂດລາ"),
            ("10 ຕື້ໂດລາ", "20 ຕື້ໂດລາ"),
        ),
    ],
)
def test_a_rise_to_a_target_starts_from_what_was_reached(
    text: str, lang: str, reached: tuple[str, str], aimed: tuple[str, str]
) -> None:
    (right_sum, wrong_sum), (right_goal, wrong_goal) = reached, aimed
    clean = amounts(text.format(right_sum, right_goal), lang)
    assert (right_sum, "ok", "figures.actual") in clean
    assert (right_goal, "ok", "figures.target") in clean
    assert (wrong_sum, "contradiction", "figures.actual") in amounts(text.format(wrong_sum, right_goal), lang)
    assert (wrong_goal, "contradiction", "figures.target") in amounts(
        text.format(right_sum, wrong_goal), lang
    )


def test_an_old_target_with_no_period_of_its_own_stays_a_target() -> None:
    """ "Raised the goal from 4 billion USD to ..." names the old goal, not a sum reached."""
    found = amounts("The ministries raised their trade goal from 4 billion USD by 2020 to 5 billion USD.")
    assert ("4 billion USD", "ok", "figures.target") in found
    assert all(verdict != "contradiction" for _text, verdict, _rule in found)


def test_both_sums_of_a_rise_between_two_years_are_read() -> None:
    """The year before "to" is no range's start: "from 1.65 billion USD in 2023 to 2.98 billion USD"."""
    text = "Two-way trade rose from 1.65 billion USD in 2023 to {} in 2025."
    assert ("2.98 billion USD", "ok", "figures.actual") in amounts(text.format("2.98 billion USD"))
    assert ("2.89 billion USD", "contradiction", "figures.actual") in amounts(text.format("2.89 billion USD"))
    assert [a[0] for a in amounts("Trade was 5-10 billion USD.")] == ["5-10 billion USD"]  # a range still


# ------------------------------------------------------------------ subtitles' short lines
SUBTITLES = """12
00:00:57,800 --> 00:01:03,600
Figures released in mid-January put 2025 trade
at 2.98 billion dollars, up {} percent on the year before.
"""


def test_a_short_line_that_goes_on_in_a_small_letter_is_read_with_the_next() -> None:
    assert ("32.7 percent", "ok", "figures.change") in amounts(SUBTITLES.format("32.7"))
    assert ("37.2 percent", "contradiction", "figures.change") in amounts(SUBTITLES.format("37.2"))


@pytest.mark.parametrize(
    "text",
    [
        "Trade and investment\nThe two sides met.",  # a heading, then a sentence
        "00:00:57,800 --> 00:01:03,600\nat 2.98 billion dollars",  # a cue's time line
        "Vietnam - Laos\nhợp tác",  # too short a line
    ],
)
def test_a_heading_or_a_time_line_stays_its_own_line(text: str) -> None:
    assert normal(text)[0] == text

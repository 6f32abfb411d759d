# SPDX-License-Identifier: MIT
"""
A sum no word says was reached ("... and the leaders now speak of USD 10 billion"), read as an
actual figure, that is the value of a recorded target of its metric: the text may speak of the
target, so it is ``unknown`` with that reason, not a slip.  A word that says it was reached
("reached", "đạt", "cán mốc") keeps it a measured figure, and a slip.  "In the longer run" is
a longer-term horizon.
"""

from __future__ import annotations

import pytest

from vnla import check_text


def _figures(text: str, lang: str = "en") -> list[tuple[str, str, str]]:
    report = check_text(text, published="2026-03-01", lang=lang)
    return [
        (f.text, f.verdict.value, str(f.message)) for f in report.findings if f.kind in ("amount", "figure")
    ]


def test_a_targets_value_no_word_says_was_reached_is_unknown() -> None:
    text = "Bilateral trade reached USD 2.98 billion in 2025, up 32.7 per cent, and the leaders now speak of USD 10 billion."
    found = _figures(text)
    assert [(t, v) for t, v, _m in found] == [("USD 2.98 billion", "ok"), ("USD 10 billion", "unknown")]
    assert found[1][2].startswith("no word says it was reached, and it is the value of a recorded target")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bilateral trade reached USD 10 billion in 2025.", "en"),
        ("Bilateral trade in 2025 was USD 5 billion.", "en"),
        ("Thương mại Việt – Lào cán mốc 5 tỷ USD trong năm 2025.", "vi"),
        ("Kim ngạch thương mại hai chiều năm 2025 đạt 5 tỷ USD.", "vi"),
    ],
)
def test_a_targets_value_said_to_be_reached_is_a_slip(text: str, lang: str) -> None:
    assert [v for _t, v, _m in _figures(text, lang)] == ["contradiction"]


def test_a_value_that_is_no_targets_stays_a_slip() -> None:
    text = "Bilateral trade came in at USD 2.98 billion in 2025, and the leaders now speak of USD 4.5 billion in 2025."
    assert [(t, v) for t, v, _m in _figures(text)][-1] == ("USD 4.5 billion", "contradiction")


def test_in_the_longer_run_is_a_longer_term_horizon() -> None:
    text = "The leaders want bilateral trade of USD 5 billion in the near term and USD 10 billion in the longer run."
    assert [(t, v) for t, v, _m in _figures(text)] == [("USD 5 billion", "ok"), ("USD 10 billion", "ok")]


@pytest.mark.parametrize(
    ("text", "lang", "verdicts"),
    [
        # horizon words right before the next figure, with a copula between, are that figure's
        (
            "Hai bên đặt mục tiêu trước mắt nâng kim ngạch lên 5 tỷ USD, lâu dài là 10 tỷ USD.",
            "vi",
            ["ok", "ok"],
        ),
        # the slip: the near-term target is 5 billion
        (
            "Hai bên đặt mục tiêu trước mắt nâng kim ngạch lên 10 tỷ USD, lâu dài là 10 tỷ USD.",
            "vi",
            ["contradiction", "ok"],
        ),
        # Vietnamese horizon words right after the figure are still its own
        ("Mục tiêu kim ngạch thương mại là 5 tỷ USD trước mắt, 10 tỷ USD về lâu dài.", "vi", ["ok", "ok"]),
    ],
)
def test_horizon_words_right_before_the_next_figure_are_its_own(
    text: str, lang: str, verdicts: list[str]
) -> None:
    assert [v for _t, v, _m in _figures(text, lang)] == verdicts

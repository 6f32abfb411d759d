# SPDX-License-Identifier: MIT
"""
A title in a sentence that states no date, opening its line under a short heading line that does
("Entry 3 | 11-12 July 2024" above "President To Lam pays a state visit to Laos."), may be that
heading's day's: where it fits the heading's date and not the publication day it is
``unknown``, saying so, not a contradiction; where it fits neither, it stays one.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _title(text: str) -> tuple[str, str]:
    report = check_text(text, published=date(2026, 3, 16), lang="en")
    [finding] = [f for f in report.findings if f.kind == "title"]
    return finding.verdict.value, str(finding.message)


@pytest.mark.parametrize(
    "heading",
    ["Entry 3 | 11-12 July 2024", "11 July 2024:", "ENTRY 3 (11-12 July 2024)"],
)
def test_a_heading_that_dates_the_line_below(heading: str) -> None:
    verdict, message = _title(f"TIMELINE\n\n{heading}\nPresident To Lam pays a state visit to Laos.\n")
    assert verdict == "unknown"
    assert "heading" in message


@pytest.mark.parametrize(
    "text",
    [
        # the heading's date does not fit the title either
        "TIMELINE\n\nEntry 4 | 26-27 January 2026\nPresident To Lam holds talks in Hanoi.\n",
        # no heading line: a paragraph before
        "Vietnam and Laos held many meetings in July 2024 and later.\nPresident To Lam holds talks in Hanoi.\n",
        # the sentence states a time of its own
        "Entry 3 | 11-12 July 2024\nIn January 2026 President To Lam holds talks in Hanoi.\n",
    ],
)
def test_without_a_heading_that_fits_the_title_is_judged_on_the_publication_day(text: str) -> None:
    assert _title(text)[0] == "contradiction"

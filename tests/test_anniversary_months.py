# SPDX-License-Identifier: MIT
"""
An anniversary whose sentence states no year: one in a month it names ("In July came the 47th
anniversary of the Treaty", in August 2025) is that month's nearest the publication, as a day
given without a year is; with no month, last year's is only possible while this year's had not
come by the publication day (else it is ``unknown``: the text may recall it, never ``ok``).
"""

from __future__ import annotations

import pytest

from vnla.checker import Checker
from vnla.lang.months import named_months

CHECKER = Checker()
TREATY = "the Treaty of Amity and Cooperation"


def verdicts(text: str, published: str) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang="en")
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "published", "right", "wrong"),
    [
        ("In July came the {} anniversary of " + TREATY + ".", "2025-08-20", "48th", "47th"),
        (
            "In July the two capitals will mark the {} anniversary of " + TREATY + ".",
            "2025-06-10",
            "48th",
            "47th",
        ),
        ("In December the Lao PDR marked its {} National Day.", "2026-01-12", "50th", "51st"),
    ],
)
def test_a_month_named_without_a_year_is_the_nearest(
    text: str, published: str, right: str, wrong: str
) -> None:
    assert all(v == "ok" for _t, v in verdicts(text.format(right), published))
    assert any(v == "contradiction" for _t, v in verdicts(text.format(wrong), published))


def test_last_years_anniversary_with_no_year_is_no_longer_ok_once_this_years_has_come() -> None:
    """The 47th fell in July 2024; in August 2025 the 48th had come, and the text may recall the 47th."""
    assert verdicts(f"Officials recalled the 47th anniversary of {TREATY}.", "2025-08-20") == [
        ("47th anniversary", "unknown")
    ]
    # ... while before 18 July 2025 the 47th was the last one
    assert verdicts(f"Officials recalled the 47th anniversary of {TREATY}.", "2025-06-20") == [
        ("47th anniversary", "ok")
    ]


def test_another_month_or_one_half_a_year_away_says_nothing() -> None:
    # February is not the Treaty's month; in January a July is as likely last year's as this year's
    assert verdicts(f"In February officials recalled the 47th anniversary of {TREATY}.", "2025-06-20") == [
        ("47th anniversary", "ok")
    ]
    assert all(
        v != "contradiction"
        for _t, v in verdicts(f"In July came the 47th anniversary of {TREATY}.", "2025-01-15")
    )


def test_the_months_named_without_a_year() -> None:
    found = named_months("In July; tháng 12 vừa qua; ເດືອນກໍລະກົດ; not May, not July 18, not tháng 7/2025")
    assert [m for m, _s, _e in found] == [7, 12, 7]

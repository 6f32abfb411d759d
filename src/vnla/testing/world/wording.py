# SPDX-License-Identifier: MIT
"""
Days, ranges of days and ordinals as news texts write them, in the styles vnla's parsers read.

>>> from datetime import date
>>> day_text(date(2025, 12, 1), 2), range_text(date(2025, 12, 1), date(2025, 12, 2), 0), nth(112)
('ngày 1/12/2025', 'from December 1 to 2, 2025', '112th')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.testing.world.pools import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from datetime import date

__all__ = ["day_text", "en_day", "nth", "range_text"]


def en_day(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def day_text(day: date, style: int) -> str:
    """A day as a news text writes it, in one of four styles the parsers read."""
    if style == 1:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == 2:
        return f"ngày {day.day}/{day.month}/{day.year}"
    if style == 3:
        return f"{WEEKDAYS[day.weekday()]}, {en_day(day)}"
    return en_day(day)


def range_text(first: date, last: date, style: int) -> str:
    if first == last:
        return day_text(first, style)
    if style == 2:
        if (first.year, first.month) == (last.year, last.month):
            return f"từ ngày {first.day} đến {last.day}/{last.month}/{last.year}"
        return f"từ ngày {first.day}/{first.month} đến ngày {last.day}/{last.month}/{last.year}"
    if (first.year, first.month) == (last.year, last.month):
        return f"from {MONTHS[first.month - 1]} {first.day} to {last.day}, {last.year}"
    return f"from {MONTHS[first.month - 1]} {first.day} to {MONTHS[last.month - 1]} {last.day}, {last.year}"


def nth(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"

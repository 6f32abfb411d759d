# SPDX-License-Identifier: MIT
"""
The holders of an office one person holds at a time, as the index keeps them (holder, start,
end): whether others held it all through some days, which the tenure, term-span and title
judges ask.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vnla.model.records import When

__all__ = ["held_by_others"]


def held_by_others(
    terms: Sequence[tuple[str, When | None, When | None]], person: str, first: date, last: date
) -> bool:
    """
    Whether the record has people other than ``person`` in an office of one holder at a time
    (its ``terms``: holder, start, end) on each day from ``first`` to ``last``: a term holds from
    the last day its start allows to the first its end allows, and one with no end recorded
    until the next start the record has of the office (or on, with none).
    """
    starts = sorted(s.earliest for _p, s, _e in terms if s is not None and s.earliest is not None)
    spans = []
    for holder, start, end in terms:
        if holder == person or start is None or start.latest is None:
            continue
        if end is None:
            later = [day for day in starts if day > start.latest]
            spans.append((start.latest, later[0] if later else date.max))
        else:
            spans.append((start.latest, end.earliest or start.latest))
    covered = first
    for begin, stop in sorted(spans):
        if begin > covered:
            break
        if stop >= last:
            return True
        covered = max(covered, stop + timedelta(days=1))
    return False

# SPDX-License-Identifier: MIT
"""The dates reader: dates and ranges of dates, read around their anchors (vnla.lang.parsing)."""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING

from vnla.checker.readers.figures import _unique, anchors, windows
from vnla.lang.lao import has_lao, regions
from vnla.lang.parsing import _dates, _lao_dates

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.lang.parsing import DateMention

__all__ = ["read"]


def read(ctx: Context) -> list[DateMention]:
    """Every date of the chunk, once each, in order; kept on ``ctx`` for the judges that ask."""
    text = ctx.text
    found: list[DateMention] = []
    for lo, hi in windows(ctx, anchors(ctx)["date"], "date"):
        found += _dates(text[lo:hi], ctx.published, lo)
    if has_lao(text):  # Lao dates, spaced or not: the Lao grammar's reading wins where both read
        lao = [d for lo, hi in regions(text) for d in _lao_dates(text[lo:hi], ctx.published, lo)]
        spans = sorted(d.span for d in lao)
        starts = [a for a, _b in spans]
        reach = list(itertools.accumulate((b for _a, b in spans), max))  # the furthest end so far
        found = [d for d in found if not _overlaps(starts, reach, d.span)] + lao
    ctx.dates = _unique(found)
    ctx.date_starts = [d.span[0] for d in ctx.dates]
    return ctx.dates


def _overlaps(starts: list[int], reach: list[int], span: tuple[int, int]) -> bool:
    """
    Whether ``span`` overlaps one of the spans sorted by start (``starts``, and ``reach``, the
    furthest end among the first ones): a bisection, not a scan of every span (quadratic).
    """
    before = bisect.bisect_left(starts, span[1])  # the spans that start before it ends
    return before > 0 and reach[before - 1] > span[0]

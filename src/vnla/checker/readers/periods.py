# SPDX-License-Identifier: MIT
"""
The periods reader: the names of documents that end in the span of years they cover (the
Protocol on training cooperation "for the period 2022 - 2027"), written with any span of years.
A name with the recorded years is the matcher's (a name); one with others is read here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from vnla.checker.mentions import PeriodNameMention
from vnla.lang.lao import unspaced

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["read"]

#: A span of whole years ("2021 - 2027", "2022–2026"), from its first year's digits.
_YEARS: Final = re.compile(r"((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)")
#: How far before the years a name's words are looked for.
_REACH: Final = 200


def read(ctx: Context) -> list[PeriodNameMention]:
    """
    Each document name with a span of years, where the words before the years are the name's, or
    those of its shorter form (``short``: "Protocol on training cooperation for 2021 - 2025").
    """
    names = ctx.index.period_names
    if not names:
        return []
    text = ctx.text
    out = []
    for start, end in ctx.scan.digits[1:]:  # the runs of digits the scan found (after a sentinel)
        years = _YEARS.match(text, start) if end - start == 4 else None
        if years is None:
            continue
        at = start
        before = unspaced(text[max(0, at - 24) : at].rstrip().lower())
        lo = max(0, at - _REACH)
        for name in names:
            # most spans of years: no name's last word right before them (asked at C speed first)
            if not before.endswith(name.endings):
                continue
            found = name.full.search(text, lo, at)
            short = found is None and name.short is not None
            if short:
                assert name.short is not None
                found = name.short.search(text, lo, at)
            if found is not None:
                said = (int(years[1]), int(years[2]))
                out.append(PeriodNameMention((found.start(), years.end()), name.document, said, short=short))
                break
    return out

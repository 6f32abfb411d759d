# SPDX-License-Identifier: MIT
"""
Where the figures readers (dates, amounts, ordinals) have something to read: the matcher's
digits and word anchors, routed to the readers by what is near them, and the windows of
text around them that a parser reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from vnla.checker.vocabulary import (
    _CURRENCY_FOLDED,
    _CURRENCY_NEAR,
    _DATE_NEAR,
    _HEAD_NUMBER,
    _ORDINAL_AFTER,
    _ORDINAL_NOUN,
    date_near_folded,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from vnla.checker.context import Context

__all__ = ["anchors", "windows"]

#: Windows closer than this (characters) are read as one.
_WINDOW: Final = 100
#: Characters before and after an anchor a parser may read: a date may start with a weekday
#: ("Wednesday, December 2"), an ordinal's noun may follow four words later, and horizon
#: words belong to an amount up to 80 characters before it and 60 after.
_REACHES: Final = {"date": (48, 72), "ordinal": (16, 96), "amount": (100, 100)}


def anchors(ctx: Context) -> dict[str, list[tuple[int, int]]]:
    """Where each figures reader has something to read (worked out once per chunk)."""
    if ctx.anchors is None:
        ctx.anchors = anchor_kinds(ctx)
    return ctx.anchors


def anchor_kinds(ctx: Context) -> dict[str, list[tuple[int, int]]]:
    """
    Where each parser has something to read: the digits, weekdays and ordinal words found, by parser.

    A run of digits goes to the amount parser when a currency is near, to
    the ordinal parser when "th" or "years of" follows it, and to the date
    parser when it is a year or a month or a date word is near.
    """
    text = ctx.text
    amounts: list[tuple[int, int]] = []
    dates: list[tuple[int, int]] = []
    ordinals: list[tuple[int, int]] = []
    folded = ctx.scan.folded
    for start, end, anchor in ctx.scan.anchors:
        if anchor == "weekday":
            dates.append((start, end))
        elif anchor == "anniversary":  # "centenary": an ordinal and its noun in one word
            ordinals.append((start, end))
        elif folded is None or (
            _HEAD_NUMBER.match(folded, end)
            if anchor == "head"
            else _ORDINAL_NOUN.search(folded, end, end + 64)
        ):
            # "first" and "third" count only with a noun, "khóa" and "Đại hội" only with a number
            ordinals.append((start, end))
    # The folded text is lower-case ASCII: plain expressions search it fastest.
    near, currency, dated = (
        (folded, _CURRENCY_FOLDED, date_near_folded)
        if folded is not None
        else (text, _CURRENCY_NEAR, _DATE_NEAR.search)
    )
    ordinal_after, ordinal_noun = _ORDINAL_AFTER.match, _ORDINAL_NOUN.search
    for start, end in ctx.scan.digits[1:]:
        # (a search's bounds may pass the end of the text; they may not be negative)
        if currency.search(near, start - 8 if start > 8 else 0, end + 40):
            amounts.append((start, end))
        if ordinal_after(text, end) and (
            folded is None or ordinal_noun(folded, end, end + 64) or text[end] == " "
        ):
            ordinals.append((start, end))
        if end - start == 4 or dated(near, start - 40 if start > 40 else 0, end + 20):
            dates.append((start, end))
    return {"amount": amounts, "date": dates, "ordinal": ordinals}


def windows(ctx: Context, anchors: list[tuple[int, int]], kind: str) -> list[tuple[int, int]]:
    """Stretches of text around anchors (sorted), as far as a parser of ``kind`` may read, merged."""
    text = ctx.text
    size = len(text)
    back, ahead = _REACHES[kind]
    merged: list[list[int]] = []  # [start, end] of each window
    for start, end in sorted(anchors):
        hi = end + ahead if end + ahead < size else size
        if merged and start - back <= merged[-1][1] + _WINDOW:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([start - back if start > back else 0, hi])
    widened: list[tuple[int, int]] = []
    for first, last in merged:
        lo, hi = first, last
        floor, ceiling = max(0, lo - 64), min(size, hi + 64)
        while lo > floor and not text[lo - 1].isspace():
            lo -= 1
        while hi < ceiling and not text[hi].isspace():
            hi += 1
        widened.append((lo, hi))
    return widened


def _unique(items: Iterable[Any]) -> list[Any]:
    """Mentions by span, each once (windows may overlap)."""
    seen: dict[tuple[int, int], Any] = {}
    for item in items:
        seen.setdefault(item.span, item)
    return [seen[k] for k in sorted(seen)]

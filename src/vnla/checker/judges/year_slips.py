# SPDX-License-Identifier: MIT
"""
Year slips: a date with the day and month of a dated thing its sentence names, in a year or two
beside the record's ("18 July 1978 - the signing of the Treaty of Amity and Cooperation", "22
March 1956 — the Lao People's Party holds its First Congress", "Bác mất ngày 2/9/1968").  A
date that no words tie to what it dates (no "signed on", no "founded on") is judged so only
when all of this holds:

- it is a day, with its year written;
- its sentence names a thing the record dates to a day with the same day and month (a
  founding, a birth or a death, a document's signing, an event's first day), in a year at
  most :data:`_NEAR` years away, and nothing of that day and month in another year;
- its sentence counts no anniversary ("the first anniversary", "kỷ niệm", "ຄົບຮອບ"): an
  anniversary falls on the same day of another year.

The day and month agree, so the year is the slip; the same day a year or two on, of another
thing the record does not hold, is too rare a coincidence to weigh against that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from vnla.checker.canonical import render_when
from vnla.checker.drafts import _Proto
from vnla.checker.report import Verdict
from vnla.checker.vocabulary import _ANNIVERSARY_WORDS
from vnla.model.records import Document, Event, Precision, When
from vnla.render.messages import Day, Message, Named

if TYPE_CHECKING:
    from datetime import date

    from vnla.checker.context import Context

__all__ = ["year_slip"]

#: The most years between the text's year and the record's for the day to be read as a slip.
_NEAR: Final = 2
#: Ordinals that count an anniversary (the first, the 50th), not a congress or a meeting.
_COUNTING: Final = frozenset({"anniversary", "national-day", "years"})


def year_slip(ctx: Context, start: int, end: int, when: When) -> _Proto | None:
    """The contradiction of a date at ``text[start:end]``: a dated thing of its sentence, in another year."""
    said = when.earliest
    if said is None or when.precision is not Precision.DAY:
        return None
    s, e = ctx.sentence(start, end)
    if _ANNIVERSARY_WORDS.search(ctx.text, s, e) or any(o.noun in _COUNTING for o in ctx.ordinals_in(s, e)):
        return None
    found = [
        (rid, day)
        for rid, day in _dated(ctx, s, e)
        if (day.month, day.day) == (said.month, said.day) and 0 < abs(day.year - said.year) <= _NEAR
    ]
    if len({day for _rid, day in found}) != 1:
        return None  # none, or two things of the same day in two years
    rid, day = found[0]  # a document, and the founding its signing is, are one thing
    record = ctx.index.records[rid]
    message = Message(
        "the record dates {what} {recorded}; the text says {said}: the same day of another year",
        what=Named(rid, record.name.preferred("en")),
        recorded=Day(day),
        said=Day(said),
    )
    return _Proto(
        start,
        end,
        "date",
        Verdict.CONTRADICTION,
        "dates.founding" if rid in ctx.index.foundings else "dates.event",
        record=rid,
        canonical=render_when(When.on(day), ctx.lang_at(start, end)),
        message=message,
        evidence=tuple(getattr(record, "evidence", ()))[:2],
    )


def _dated(ctx: Context, s: int, e: int) -> list[tuple[str, date]]:
    """
    What the sentence ``text[s:e]`` names that the record dates to a day: the foundings of its
    names (a body's, a country's national day, a person's birth and death), documents' signings,
    and the first days of the events its words name.
    """
    index = ctx.index
    out = []
    for _ns, _ne, rid in ctx.within(ctx.named, s, e):
        record = index.records.get(rid)
        for fid in (index.founding_of(rid), index.death_of.get(rid)):
            if fid is not None:
                out += _day_of(fid, index.foundings[fid].when)
        if isinstance(record, Document) and record.signed is not None:
            out += _day_of(rid, record.signed)
    for _cs, _ce, _kinds, ids in ctx.within(ctx.cues, s, e):
        for rid in ids:
            event = index.records.get(rid)
            if isinstance(event, Event):
                out += _day_of(rid, event.when)
    return out


def _day_of(rid: str, when: When) -> list[tuple[str, date]]:
    """``(rid, its first day)`` when ``when`` is a day or a span of days, else nothing."""
    day = when.earliest
    return [(rid, day)] if day is not None and when.precision in (Precision.DAY, Precision.RANGE) else []

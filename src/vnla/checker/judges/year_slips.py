# SPDX-License-Identifier: MIT
"""
Year slips: a date with the day and month of a dated document or event its sentence names, in a
year or two beside the record's ("18 July 1978 - the signing of the Treaty of Amity and
Cooperation", "18 JULY 1976 - TREATY OF AMITY AND COOPERATION").  A date that no words tie to
what it dates (no "signed on") is judged so only when all of this holds:

- it is a day, with its year written;
- its sentence names a document or an event the record dates to a day with the same day and
  month (a signing, an event's first day), in a year at most :data:`_NEAR` years away, a few
  words from the date at most and no "when" between, and nothing of that day and month in
  another year; an event is named by its words, or by the names of all who led it, two or
  more ("On 5 February 2025 To Lam and Thongloun Sisoulith agreed ...");
- its sentence counts no anniversary ("the first anniversary", "kỷ niệm", "ຄົບຮອບ"), as an
  anniversary falls on the same day of another year, and puts nothing a year or so from
  another ("signed a year later").

A body's or a country's founding, a person's birth or death are left to the words that say a
date is theirs: a day set off beside such a name may be any day of its story.

The day and month agree, so the year is the slip; the same day a year or two on, of another
thing the record does not hold, is too rare a coincidence to weigh against that.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from vnla.checker.canonical import render_when
from vnla.checker.drafts import _Proto
from vnla.checker.report import Verdict
from vnla.checker.vocabulary import _ANNIVERSARY_WORDS, _any_word
from vnla.lang.words import merged
from vnla.model.records import Document, Event, Precision, When
from vnla.render.messages import Day, Message, Named

if TYPE_CHECKING:
    from datetime import date

    from vnla.checker.context import Context

__all__ = ["year_slip"]

#: The most years between the text's year and the record's for the day to be read as a slip.
_NEAR: Final = 2
#: The most words between a date and the name of what it is the slipped day of (marks aside:
#: "\\textit{Treaty ...} was signed on 18~July~1978").
_MOST_WORDS: Final = 3
#: A word, to count them.
_WORD: Final = re.compile(r"[^\W_]+")
#: Words that put a thing a year or so from another ("signed a year later"; the word files'
#: ``amounts.year_later_words`` and ``year_earlier_words``).
_YEARS_APART: Final = _any_word(
    (*merged("amounts", "year_later_words"), *merged("amounts", "year_earlier_words"))
)
#: Between a date and a name, words that open a clause of its own ("He arrived on 18 July 1978
#: when the Treaty ... was on everyone's mind"; the word files' ``dates.when_words``).
_WHEN: Final = _any_word(merged("dates", "when_words"))
#: Ordinals that count an anniversary (the first, the 50th), not a congress or a meeting.
_COUNTING: Final = frozenset({"anniversary", "national-day", "years"})


def year_slip(ctx: Context, start: int, end: int, when: When) -> _Proto | None:
    """The contradiction of a date at ``text[start:end]``: a dated thing of its sentence, in another year."""
    said = when.earliest
    if said is None or when.precision is not Precision.DAY:
        return None
    s, e = ctx.sentence(start, end)
    if (
        _ANNIVERSARY_WORDS.search(ctx.text, s, e)
        or _YEARS_APART.search(ctx.text, s, e)
        or any(o.noun in _COUNTING for o in ctx.ordinals_in(s, e))
    ):
        return None  # an anniversary, or a thing a year or so apart ("signed a year later")
    found = [
        (rid, day)
        for rid, day, span in _dated(ctx, s, e)
        if (day.month, day.day) == (said.month, said.day)
        and 0 < abs(day.year - said.year) <= _NEAR
        and _beside(ctx.text, (start, end), span)
    ]
    if len({day for _rid, day in found}) != 1:
        return None  # none, or two things of the same day in two years
    rid, day = found[0]
    record = ctx.index.records[rid]
    message = Message(
        "the record dates {what} {recorded}; the text says {said}: the same day of another year",
        what=Named(rid, record.name.preferred("en") if isinstance(record, Document) else record.title),
        recorded=Day(day),
        said=Day(said),
    )
    return _Proto(
        start,
        end,
        "date",
        Verdict.CONTRADICTION,
        "dates.event",
        record=rid,
        canonical=render_when(When.on(day), ctx.lang_at(start, end)),
        message=message,
        evidence=record.evidence[:2],
    )


def _dated(ctx: Context, s: int, e: int) -> list[tuple[str, date, tuple[int, int]]]:
    """
    What the sentence ``text[s:e]`` names that the record dates to a day, with where its name
    stands: documents' signings and the first days of the events its words name.  A body's or
    a country's founding, a person's birth or death are not among them: a day set off beside
    such a name may be any day of its story ("The LPRP, 22 March 1956, is marked": its first
    anniversary), and words of founding, birth and death are the founding dates' judge's.
    """
    index = ctx.index
    out = []
    for ns, ne, rid in ctx.within(ctx.named, s, e):
        record = index.records.get(rid)
        if isinstance(record, Document) and record.signed is not None:
            out += _day_of(rid, record.signed, (ns, ne))
    for cs, ce, _kinds, ids in ctx.within(ctx.cues, s, e):
        for rid in ids:
            event = index.records.get(rid)
            if isinstance(event, Event):
                out += _day_of(rid, event.when, (cs, ce))
    return out + _led_by_the_named(ctx, s, e)


def _led_by_the_named(ctx: Context, s: int, e: int) -> list[tuple[str, date, tuple[int, int]]]:
    """
    The events of a day that two or more people led, all of whom the sentence ``text[s:e]``
    names ("On 5 February 2025 To Lam and Thongloun Sisoulith agreed ...": their talks of 5
    February 2026), with where each of their names stands; those of one day before those of
    several (the talks before the state visit they were part of, which began that day).
    """
    persons = ctx.within(ctx.persons, s, e)
    named = {pid for _a, _b, pid in persons}
    if len(named) < 2:
        return []  # most sentences: one person at most
    index = ctx.index
    led = [
        (event.when.precision is not Precision.DAY, rid, event)
        for rid in {rid for pid in named for rid in index.co_led_by.get(pid, ())}
        if index.principals_of[rid] <= named and isinstance(event := index.records.get(rid), Event)
    ]
    return [
        found
        for _longer, rid, event in sorted(led, key=lambda t: t[:2])
        for a, b, pid in persons
        if pid in index.principals_of[rid]
        for found in _day_of(rid, event.when, (a, b))
    ]


def _day_of(rid: str, when: When, span: tuple[int, int]) -> list[tuple[str, date, tuple[int, int]]]:
    """``(rid, its first day, span)`` when ``when`` is a day or a span of days, else nothing."""
    day = when.earliest
    return (
        [(rid, day, span)] if day is not None and when.precision in (Precision.DAY, Precision.RANGE) else []
    )


def _beside(text: str, date_span: tuple[int, int], name: tuple[int, int]) -> bool:
    """
    Whether a date and a name stand side by side, :data:`_MOST_WORDS` words between at most
    ("18 JULY 1976 - TREATY ...", "| 18 July 1978 |", "từ ngày 2/12/1976"): a date farther
    off, past a verb ("The Treaty ..., signed in Vientiane, was honoured on 18 July 1978"), is
    another thing's day.
    """
    between = text[date_span[1] : name[0]] if date_span[1] <= name[0] else text[name[1] : date_span[0]]
    words = len(_WORD.findall(between))
    return words <= _MOST_WORDS and "\n\n" not in between and _WHEN.search(between) is None

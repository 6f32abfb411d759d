# SPDX-License-Identifier: MIT
"""
Gatherings: a congress, plenum, meeting or session named right before or right after a date
("re-elected General Secretary at its 12th National Congress on 6 January 2026", "re-elected on
21 January at the 14th National Congress of the Communist Party of Vietnam"). The tenure judge
asks, to read the date as the day of an election held at the gathering.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from vnla.checker.vocabulary import _any_word
from vnla.lang.words import merged
from vnla.model.records import Event

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["Gathering", "gathering_after", "gathering_before"]

#: A gathering: where its words start and end, and the recorded event its name names, if any.
Gathering = tuple[int, int, str | None]

#: The nouns of the ordinals that count a gathering that elects ("14th National Congress",
#: "the Fifth Plenum", "the 48th meeting").
_GATHERING_NOUNS: Final = frozenset(
    {"congress", "plenum", "meeting", "national-assembly", "central-committee"}
)
#: The most characters between a gathering's words and the date.
_REACH: Final = 150
#: Between a gathering (or the words before it) and a date or another gathering's words:
#: spaces, commas and two short words at most ("at its", "on", "tại", "ໃນ", "ວັນທີ").
LEAD: Final = re.compile(r"[\s,]*+(?:[^\s\d,.;:()\[\]]{1,6}[\s,]*+){0,2}")
#: Between a gathering and its body's name: the word files' ``titles.of`` ("of the", "của", "ຂອງ").
_OF: Final = re.compile(rf"\s*+(?:(?:{_any_word(merged('titles', 'of')).pattern})\s*+)?", re.IGNORECASE)


def gathering_before(ctx: Context, start: int) -> Gathering | None:
    """
    The gathering named right before a date at ``start``, its body's name after it at most
    ("at its 12th National Congress on", "ໃນ ກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ XII ຂອງ ພັກປະຊາຊົນປະຕິວັດລາວ
    ວັນທີ"), the outermost one where names nest; else ``None``.
    """
    text = ctx.text
    for gs, ge, rid in _gatherings(ctx, max(0, start - _REACH), start):
        end = ge
        body = _body_after(ctx, ge, start)
        if body is not None:
            end = body
        if LEAD.fullmatch(text, end, start) is not None:
            return gs, ge, rid
    return None


def gathering_after(ctx: Context, end: int) -> Gathering | None:
    """
    The gathering named right after a date that ends at ``end`` ("on 21 January at the 14th
    National Congress").
    """
    for found in _gatherings(ctx, end, end + 24):
        if LEAD.fullmatch(ctx.text, end, found[0]) is not None:
            return found
    return None


def _gatherings(ctx: Context, lo: int, hi: int) -> list[Gathering]:
    """
    The gatherings that start in ``[lo, hi)``: events the record names and ordinals that count a
    gathering, the outermost first where they overlap, each with the event named over it.
    """
    kinds = ctx.index.kinds
    events = [
        (s, e, rid)
        for s, e, rid in ctx.within(ctx.named, lo, hi)
        if kinds.get(rid) == "event" and isinstance(ctx.index.records.get(rid), Event)
    ]
    first = bisect.bisect_left(ctx.ordinal_starts, lo)
    last = bisect.bisect_left(ctx.ordinal_starts, hi, first)
    numbered: list[Gathering] = [
        (o.span[0], o.span[1], None) for o in ctx.ordinals[first:last] if o.noun in _GATHERING_NOUNS
    ]
    found: list[Gathering] = []
    for gs, ge, rid in sorted(events + numbered, key=lambda g: (g[0], -g[1])):
        if found and gs < found[-1][1]:
            if rid is not None and found[-1][2] is None and ge >= found[-1][1]:
                found[-1] = (found[-1][0], ge, rid)
            continue
        found.append((gs, ge, rid))
    return found


def _body_after(ctx: Context, end: int, limit: int) -> int | None:
    """Where the name of an organization right after a gathering's words ends ("of the Party"), if any."""
    of = _OF.match(ctx.text, end, limit)
    at = of.end() if of is not None else end
    bodies = ctx.within(ctx.named, at, limit)
    if not bodies or bodies[0][0] != at or ctx.index.kinds.get(bodies[0][2]) != "organization":
        return None
    return bodies[0][1]

# SPDX-License-Identifier: MIT
"""
An event's first and last days: a day said with words of its opening or its closing ("the
congress closed on 21 January", "Đại hội bế mạc ngày 23/1", "ໄດ້ປິດລົງໃນວັນທີ 8 ມັງກອນ") of an
event the record dates to several days must be its last, or its first (or the day after: a
congress may open officially after a preparatory session on its first day).  The dates judge
asks this of a day it finds inside such an event's days (:mod:`vnla.checker.judges.dates`).
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING, Final

from vnla.checker.canonical import render_when
from vnla.checker.drafts import _Proto
from vnla.checker.report import Verdict
from vnla.checker.vocabulary import _any_word
from vnla.lang.words import merged
from vnla.model.records import Precision, When
from vnla.render.messages import Day, Message, Named, Period

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.model.records import Event

__all__ = ["edge_slip"]

#: The words of an opening and of a closing (the word files' ``dates.opening_words`` and
#: ``dates.closing_words``).
_EDGE: Final = re.compile(
    rf"(?P<closing>{_any_word(merged('dates', 'closing_words') or ['(?!)']).pattern})"
    rf"|(?P<opening>{_any_word(merged('dates', 'opening_words') or ['(?!)']).pattern})",
    re.IGNORECASE,
)
#: How far after the event's word or name those words and then the day may stand.
_REACH: Final = 60
#: The most words between those words and the day ("closed in Hanoi on").
_WORDS_BETWEEN: Final = 4
#: A day: an opening on the day after an event's first is no slip (a preparatory session first).
_ONE_DAY: Final = timedelta(days=1)
#: What may not stand between them: a digit (another date or number), a clause's end, a comma.
_BREAK: Final = re.compile(r"[\d.,;:!?()\[\]]")


def edge_slip(ctx: Context, event: Event, when: When, span: tuple[int, int], cue_end: int) -> _Proto | None:
    """
    The contradiction of a day inside ``event``'s days (``when``, at ``span``) that words of an
    opening or a closing after the event's word (ending at ``cue_end``) say is its first or
    last, and is not; ``None`` when no such words stand there, or they are right.

    >>> from vnla.checker.judges.event_edges import _EDGE
    >>> [m.lastgroup for m in _EDGE.finditer("the congress opened ... and closed on")]
    ['opening', 'closing']
    """
    days = event.when
    if when.precision is not Precision.DAY or days.precision is not Precision.RANGE:
        return None
    closing = _edge_word(ctx.text, cue_end, span[0])
    if closing is None or days.earliest is None or days.latest is None:
        return None
    day = days.latest if closing else days.earliest
    # a congress may open officially the day after a preparatory session on its first day
    right = (day,) if closing else (day, day + _ONE_DAY)
    if when.earliest in right:
        return None
    start, end = span
    args = {
        "event": Named(event.id, event.title),
        "id": event.id,
        "recorded": Period(days),
        "day": Day(day),
        "said": Period(when),
    }
    return _Proto(
        start,
        end,
        "date",
        Verdict.CONTRADICTION,
        "dates.event",
        record=event.id,
        canonical=render_when(When.on(day), ctx.lang_at(start, end)),
        message=(
            Message(
                "the record dates {event!r} ({id}) {recorded}: it closed on {day}; the text says {said}",
                **args,
            )
            if closing
            else Message(
                "the record dates {event!r} ({id}) {recorded}: it opened on {day}; the text says {said}",
                **args,
            )
        ),
        evidence=(event.date_evidence or event.evidence)[:3],
    )


def _edge_word(text: str, cue_end: int, start: int) -> bool | None:
    """
    Whether words of a closing (``True``) or of an opening (``False``) stand right before the
    day at ``start``, after an event's word or name that ends at ``cue_end``; ``None`` if neither.
    """
    if not cue_end <= start <= cue_end + _REACH:
        return None
    found = None
    for found in _EDGE.finditer(text, cue_end, start):  # noqa: B007 (the last is wanted)
        pass
    if found is None:
        return None
    between = text[found.end() : start]
    if _BREAK.search(between) or len(between.split()) > _WORDS_BETWEEN:
        return None
    return found.lastgroup == "closing"

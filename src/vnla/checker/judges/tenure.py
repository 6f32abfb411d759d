# SPDX-License-Identifier: MIT
"""
Since when a person holds an office: a date said to start a tenure, right after a person's title
and name ("Prime Minister Sonexay Siphandone, in office since 2021"; "Chủ tịch nước Lương Cường,
người được bầu vào chức vụ này từ tháng 10/2023"; "ທ່ານ ທອງລຸນ ສີສຸລິດ ເລຂາທິການໃຫຍ່ ນັບແຕ່ປີ
2016"), is compared with the starts of the person's terms in that office.  The dates judge asks
(:func:`of_tenure`) before it looks for an event.

A date starts a tenure when it is "since" a year (``When`` bounds with no end: "since 2021",
"từ năm 2016", "ຕັ້ງແຕ່ປີ 2016"), or a month or day with a word of ``dates.since_words`` right
before it ("từ tháng 10/2023"); it belongs to the title when it stands in the title's sentence
within a few words of it, with no other person, date or event word between.  It is right when
it names the year (and month, when it names one) a term of the office began; a start the record
does not hold for the office leaves it to the other judges.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from vnla.checker.drafts import _Proto
from vnla.checker.judges.titles import _role_words
from vnla.checker.report import Verdict
from vnla.checker.vocabulary import _any_word
from vnla.lang.words import merged
from vnla.model.records import Person, Precision
from vnla.render.messages import Day, Message, Named, Period, joined

if TYPE_CHECKING:
    from datetime import date

    from vnla.checker.context import Context
    from vnla.checker.mentions import TitleMention
    from vnla.model.records import When

__all__ = ["of_tenure"]

#: A word that makes a month or day the start of something ("từ", "since", "ນັບແຕ່").
_SINCE: Final = re.compile(rf"(?:{_any_word(merged('dates', 'since_words')).pattern})\s*$", re.IGNORECASE)
#: The most characters between the end of a title and its name and the date of the tenure.
_REACH: Final = 90


def of_tenure(ctx: Context, start: int, end: int, when: When) -> _Proto | None:
    """The verdict on a date said to start a person's tenure of the office titled before it, else ``None``."""
    first = _start_said(ctx, start, when)
    if first is None:
        return None
    titled = _title_before(ctx, start)
    if titled is None:
        return None
    roles = {role for _s, _c, role in titled.titles if role}
    person = ctx.index.records.get(titled.person)
    if len(roles) != 1 or not isinstance(person, Person):
        return None  # several offices in one chain: which one the date starts is not said
    (role,) = roles
    offices = [o for o in person.offices if o.role == role]
    began = sorted({t.start.earliest for o in offices for t in o.terms if t.start and t.start.earliest})
    if not began:
        return None
    month = when.precision in (Precision.DAY, Precision.MONTH, Precision.RANGE)
    if any(_meets(first, day, month=month) for day in began):
        return _Proto(start, end, "date", Verdict.OK, "dates.tenure", record=person.id)
    return _Proto(
        start,
        end,
        "date",
        Verdict.CONTRADICTION,
        "dates.tenure",
        record=person.id,
        message=Message(
            "the record has {name}'s terms as {title} begin on {starts}; the text says since {said}",
            name=Named(person.id, person.name.preferred("en")),
            title=_role_words(ctx, role),
            starts=joined(", ", [Day(day, iso=True) for day in began]),
            said=Period(when) if month else first.year,
        ),
        evidence=offices[-1].evidence[:2],
    )


def _start_said(ctx: Context, start: int, when: When) -> date | None:
    """The first day of a date said to start something ("since 2021", "từ tháng 10/2023"), else ``None``."""
    if when.earliest is None:
        return None
    if when.precision is Precision.BOUNDS:
        return when.earliest if when.latest is None else None
    if when.precision in (Precision.MONTH, Precision.DAY) and _SINCE.search(
        ctx.text, max(0, start - 16), start
    ):
        return when.earliest
    return None


def _title_before(ctx: Context, start: int) -> TitleMention | None:
    """
    The chain of titles and its person that a date at ``start`` follows closely in its sentence,
    with no other person, date or event word between them.
    """
    titles = ctx.titles
    i = bisect.bisect_left(titles, start, key=lambda m: m.span[1]) - 1
    if i < 0:
        return None
    titled = titles[i]
    gap = titled.span[1]
    s, _e = ctx.sentence(start, start + 1)
    if gap < s or start - gap > _REACH:
        return None
    if any(a >= gap for a, _b, _p in ctx.within(ctx.persons, gap, start)):
        return None
    if ctx.within(ctx.cues, gap, start) or any(gap <= d.span[0] < start for d in ctx.dates):
        return None
    return titled


def _meets(said: date, began: date, *, month: bool) -> bool:
    """Whether a start said (its year, and its month when ``month``) is a term's start."""
    return said.year == began.year and (not month or said.month == began.month)

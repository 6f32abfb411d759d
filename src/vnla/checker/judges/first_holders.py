# SPDX-License-Identifier: MIT
"""
The first-holders judge: a person given as the first holder of an office against the record's
first holder.  The record knows who came first only where it holds every holder of the office
with the day each began, and the earliest began in the year the state was founded (its national
day): the first President of the Lao PDR, Souphanouvong, and its first Prime Minister, Kaysone
Phomvihane, both from 1975.  Elsewhere it does not know, and says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.checker.drafts import _Proto
from vnla.checker.judges.titles import _role_words
from vnla.checker.report import Verdict
from vnla.model.records import Evidence, Person
from vnla.render.messages import Message, Named

if TYPE_CHECKING:
    from datetime import date

    from vnla.checker.context import Context
    from vnla.checker.index import _Index
    from vnla.checker.mentions import FirstHolderMention

__all__ = ["first_holder", "judge"]


def first_holder(index: _Index, role: str, country: str) -> tuple[str, tuple[Evidence, ...]] | None:
    """
    The person the record holds as the first holder of the ``role`` in ``country``'s bodies, and
    the evidence of that person's first term, or ``None`` where the record does not know: a
    holder with no day of beginning, two who began on the same earliest day, or an earliest
    beginning later than the year of the country's founding.
    """
    founding = index.national_day.get(country)
    founded = index.foundings[founding].when.earliest if founding is not None else None
    if founded is None:
        return None
    starts: list[tuple[date, str, tuple[Evidence, ...]]] = []
    for record in index.records.values():
        if not isinstance(record, Person):
            continue
        for office in record.offices:
            if office.role != role or index.country_of.get(office.organization) != country:
                continue
            begun = [(t.start.earliest, t.evidence or office.evidence) for t in office.terms if t.start]
            if office.held is not None and office.held.earliest is not None:
                begun.append((office.held.earliest, office.evidence))
            if not begun or any(day is None for day, _e in begun):
                return None  # a holder the record cannot place in the line
            starts.extend((day, record.id, evidence) for day, evidence in begun if day is not None)
    if not starts:
        return None
    starts.sort(key=lambda s: s[0])
    day, pid, evidence = starts[0]
    if day.year != founded.year or (len(starts) > 1 and starts[1][0] == day and starts[1][1] != pid):
        return None
    return pid, evidence


def judge(ctx: Context, mention: FirstHolderMention, out: list[_Proto]) -> None:
    """Compare the person a text gives as an office's first holder with the record's."""
    index = ctx.index
    start, end = mention.span
    args = {
        "role": _role_words(ctx, mention.role),
        "country": Named(mention.country, index.records[mention.country].name.preferred("en")),
        "person": Named(mention.person, index.records[mention.person].name.preferred("en")),
    }
    found = first_holder(index, mention.role, mention.country)
    if found is None:
        message = Message("the record does not know who was the first {role} of {country}", **args)
        out.append(_Proto(start, end, "title", Verdict.UNKNOWN, "titles.first-holder", message=message))
        return
    pid, evidence = found
    holder = Named(pid, index.records[pid].name.preferred("en"))
    if pid == mention.person:
        message = Message("{person} was the first {role} of {country}", **args)
        out.append(
            _Proto(start, end, "title", Verdict.OK, "titles.first-holder", record=pid, message=message)
        )
        return
    message = Message(
        "the record's first {role} of {country} is {holder}; the text gives {person}", holder=holder, **args
    )
    # the claim pairs the title and the name, and either may be the slip ("Chủ tịch nước đầu
    # tiên ... là Cay-xỏn Phôm-vi-hản", "Souphanouvong, Tổng Bí thư đầu tiên"): the finding holds
    # both, and offers no words to put in their place
    first, last = min(start, mention.name[0]), max(end, mention.name[1])
    out.append(
        _Proto(
            first,
            last,
            "title",
            Verdict.CONTRADICTION,
            "titles.first-holder",
            record=pid,
            message=message,
            evidence=evidence[:2],
        )
    )

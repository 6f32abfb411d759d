# SPDX-License-Identifier: MIT
"""
The events of a generated dataset: the state visit and what happened during it, the party's congresses,
the party's founding and the anniversary the visit marks.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from vnla.model.records import (
    Anniversary,
    DateConstraint,
    Event,
    EventKind,
    Evidence,
    Founding,
    Name,
    Participant,
    ParticipantRole,
    Side,
    When,
)
from vnla.testing.world.pools import ROLES, WEEKDAYS
from vnla.testing.world.wording import day_text, en_day, nth, range_text

if TYPE_CHECKING:
    from vnla.testing.world.core import World

__all__ = ["add_congresses", "add_founding", "add_visit"]


def add_visit(w: World) -> None:
    """The state visit, its talks (one a day at most, some dated by weekday only) and a wreath laying."""
    p, pre = w.p, w.pre
    place_en, archive_day = w.place_en, p["archive_day"]
    visit_id = f"{pre}-visit"
    visitor_id, visitor_en, visitor_role = w.people[0]
    visit_quote = w.said(
        f"{ROLES[visitor_role][0]} {visitor_en} paid a state visit to {place_en} "
        f"{range_text(w.start, w.end, p['styles'][0])}"
    )
    w.add(
        "events",
        Event(
            id=visit_id,
            kind=EventKind.STATE_VISIT,
            title=f"State visit to {place_en}",
            when=When.between(w.start, w.end),
            place=f"{pre}-capital",
            participants=(
                Participant(
                    role=ParticipantRole.VISITOR,
                    side=Side.GUEST,
                    person=visitor_id,
                    title_used=ROLES[visitor_role][0],
                    evidence=(visit_quote,),
                ),
            ),
            evidence=(visit_quote,),
            date_constraints=(
                DateConstraint(
                    when=When.bounded(after=archive_day),
                    evidence=(w.said("ahead of the upcoming state visit", w.archive),),
                    note="the older report calls the visit upcoming",
                ),
            ),
        ),
    )
    for i, offset in enumerate(p["subevents"]):
        day = w.start + timedelta(days=offset)
        person_id, person_en, role = w.people[i % len(w.people)]
        title = ROLES[role][0]
        quote = w.said(
            f"{title} {person_en} held talks ({i + 1}) in {place_en} on "
            f"{day_text(day, p['styles'][(i + 1) % len(p['styles'])])}"
        )
        date_evidence: tuple[Evidence, ...] = ()
        if i == 0 and p["relative"]:
            date_evidence = (
                quote,
                Evidence(source=w.report, quote=f"the talks on {WEEKDAYS[day.weekday()]}"),
            )
        w.add(
            "events",
            Event(
                id=f"{pre}-talks-{i}",
                kind=EventKind.TALKS,
                title=f"Talks {i + 1}",
                when=When.on(day),
                parent=visit_id,
                participants=(
                    Participant(
                        role=ParticipantRole.HOST,
                        side=Side.HOST,
                        person=person_id,
                        title_used=title,
                        evidence=(quote,),
                    ),
                ),
                evidence=(quote,),
                date_evidence=date_evidence,
            ),
        )
    if p["partial"]:
        visit_text = range_text(w.start, w.end, 0)
        w.add(
            "events",
            Event(
                id=f"{pre}-wreath",
                kind=EventKind.WREATH_LAYING,
                title="Wreath laying",
                when=When.bounded(not_before=w.start, not_after=w.end)
                if w.start != w.end
                else When.on(w.start),
                parent=visit_id,
                evidence=(w.said("laid wreaths at the memorial"),),
                date_evidence=(
                    Evidence(
                        source=w.statement,
                        quote=visit_quote.quote,
                        note=f"during the visit ({visit_text}); the day is not given",
                    ),
                ),
            ),
        )


def add_congresses(w: World) -> None:
    """The party's national congresses, numbered in order, a year or so apart, before the visit."""
    p, pre = w.p, w.pre
    for i in range(p["congresses"]):
        ordinal = p["first_ordinal"] + i
        first = w.start - timedelta(days=400 * (p["congresses"] - i))
        last = first + timedelta(days=3)
        w.add(
            "events",
            Event(
                id=f"{pre}-congress-{ordinal}",
                kind=EventKind.CONGRESS,
                title=f"{nth(ordinal)} National Congress",
                when=When.between(first, last),
                organization=f"{pre}-party",
                ordinal=ordinal,
                evidence=(
                    w.said(
                        f"the {nth(ordinal)} National Congress of the Party, {range_text(first, last, 0)}"
                    ),
                ),
            ),
        )


def add_founding(w: World) -> None:
    """The founding of the party and its anniversary in the year of the visit, marked by the visit."""
    p, pre = w.p, w.pre
    visit_id = f"{pre}-visit"
    founded: date = p["founded"]
    w.add(
        "foundings",
        Founding(
            id=f"{pre}-founding",
            names=(Name(text="Founding of the Party", lang="en"),),
            when=When.on(founded),
            evidence=(w.said(f"founded on {en_day(founded)}", w.archive),),
        ),
    )
    ordinal = w.start.year - founded.year
    w.add(
        "anniversaries",
        Anniversary(
            id=f"{pre}-anniversary",
            founding=f"{pre}-founding",
            ordinal=ordinal,
            year=w.start.year,
            event=visit_id,
            evidence=(w.said(f"the {nth(ordinal)} anniversary of the founding of the Party"),),
        ),
    )

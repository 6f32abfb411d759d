# SPDX-License-Identifier: MIT
"""
Consistency of what the sources say about visits and the people they count from: invitations
and the visits that answered them, first visits in an office, births and deaths, plans' periods.

Five rules, each over the records of a dataset:

* ``events.invitation-answered``: the visit that answered an invitation is a visit to the country
  it was extended for, after the event it was extended at, with the one invited as its visitor;
  a level other than the one invited to (an official visit answered by a state visit) is
  ``info``, as sources use the two loosely;
* ``events.first-visit``: a visit called a person's first abroad in an office has them as its
  visitor, falls in a term of every office of that capacity, and no other recorded visit of
  theirs abroad came between the start of that term and it;
* ``events.agreed-about``: a target or an agreed mechanism that an event's agreement is about
  names that event (or one it is part of, or a part of it);
* ``foundings.person-dates``: a birth or a death that anniversaries count from is on the day the
  person's record gives (``born``, ``died``);
* ``documents.plan-period``: a "five-year" plan's period is five calendar years, and a plan
  adopted at an event starts no earlier than the year of that event.

The rules yield :class:`~vnla.rules.figures.Issue` records; :mod:`vnla.rules.checks` registers
them and turns each into a :class:`~vnla.rules.checks.Finding`.

>>> import vnla
>>> [r.id for r in RULES]  # doctest: +NORMALIZE_WHITESPACE
['events.invitation-answered', 'events.first-visit', 'events.agreed-about', 'foundings.person-dates',
 'documents.plan-period']
>>> [i for rule in RULES for i in rule.run(vnla.dataset()) if i.severity != "info"]
[]

.. versionadded:: 0.2
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from vnla.lang.dates import format_day, format_when
from vnla.lang.lao import NON_LAO_WORD
from vnla.lang.words import LANGUAGES, words
from vnla.model.records import Document, DocumentKind, Event, Mechanism, ParticipantRole, Person, Target, When
from vnla.rules.figures import FigureRule, Issue

if TYPE_CHECKING:
    from collections.abc import Iterator

    from vnla.record.dataset import Dataset

__all__ = [
    "RULES",
    "agreed_about",
    "first_visit",
    "invitation_answered",
    "person_dates",
    "plan_period",
]


def _text(when: When | None, lang: str) -> str:
    """A date in ``lang``, as every command and rule writes it (:func:`vnla.lang.dates.format_when`)."""
    return "no date" if when is None else format_when(when, lang)


def _visitors(event: Event) -> set[str]:
    """The people a visit brought: its visitors (or, when none is marked, its guests)."""
    visitors = {p.person for p in event.participants if p.person and p.role is ParticipantRole.VISITOR}
    return visitors or {p.person for p in event.participants if p.person and p.side.value == "guest"}


# --------------------------------------------------------------------------- invitations
def invitation_answered(ds: Dataset, *, lang: str = "en") -> Iterator[Issue]:
    """An invitation's answer is a later visit to its country by the one invited."""
    rule = "events.invitation-answered"
    for event in ds.events:
        for i, invitation in enumerate(event.invitations):
            path = f"$.invitations[{i}].answered_by"
            if invitation.answered_by is None:
                continue
            answer = ds.get(invitation.answered_by)
            records = (event.id, invitation.answered_by)
            if not isinstance(answer, Event) or not answer.kind.is_visit:
                kind = answer.kind.value if isinstance(answer, Event) else type(answer).__name__.lower()
                yield Issue(
                    rule=rule,
                    severity="error",
                    message=f"the invitation extended at {event.id!r} is answered by "
                    f"{invitation.answered_by!r}, a {kind}, not a visit",
                    records=records,
                    evidence=invitation.evidence,
                    path=path,
                )
                continue
            wrong = []
            if invitation.country is not None and answer.host_country != invitation.country:
                wrong.append(f"it went to {answer.host_country}, the invitation was to {invitation.country}")
            if invitation.to not in _visitors(answer):
                wrong.append(f"{invitation.to!r} is not among its visitors")
            if answer.earliest is not None and event.latest is not None and answer.earliest <= event.latest:
                wrong.append(
                    f"it began ({_text(answer.when, lang)}) before the invitation was extended "
                    f"({_text(event.when, lang)})"
                )
            if wrong:
                yield Issue(
                    rule=rule,
                    severity="error",
                    message=f"{invitation.answered_by!r} does not answer the invitation extended at "
                    f"{event.id!r}: " + "; ".join(wrong),
                    records=records,
                    evidence=invitation.evidence,
                    path=path,
                )
            elif invitation.visit is not None and invitation.visit is not answer.kind:
                yield Issue(
                    rule=rule,
                    severity="info",
                    message=f"{invitation.by!r} invited {invitation.to!r} to an "
                    f"{invitation.visit.value.replace('-', ' ')} at {event.id!r}; the visit that "
                    f"answered it, {answer.id!r}, was a {answer.kind.value.replace('-', ' ')}",
                    records=records,
                    evidence=invitation.evidence,
                    path=f"$.invitations[{i}].visit",
                )


# --------------------------------------------------------------------------- first visits
def _capacity_start(person: Person, roles: tuple[str, ...], day: date) -> tuple[date | None, list[str]]:
    """
    When a person's capacity (every office of ``roles``) began, as of ``day``: the latest start of
    the terms that may enclose it; and the roles held by no office then.
    """
    began: date | None = None
    missing: list[str] = []
    for role in roles:
        offices = [o for o in person.offices if o.role == role]
        if not offices or all(o.status(day)[0] == "not-held" for o in offices):
            missing.append(role)
            continue
        starts = [
            t.start.earliest
            for o in offices
            for t in o.all_terms
            if t.status(day) != "not-held" and t.start is not None and t.start.earliest is not None
        ]
        if starts:
            latest = max(s for s in starts if s <= day) if any(s <= day for s in starts) else None
            if latest is not None and (began is None or latest > began):
                began = latest
    return began, missing


def first_visit(ds: Dataset, *, lang: str = "en") -> Iterator[Issue]:
    """A first visit in an office is the person's, in a term of it, none earlier abroad in that term."""
    rule = "events.first-visit"
    visits = [e for e in ds.events if e.kind.is_visit]
    for event in visits:
        for i, first in enumerate(event.first_visits):
            path = f"$.first_visits[{i}]"
            person = ds.get(first.person)
            day = event.earliest
            if not isinstance(person, Person) or day is None:
                continue
            if first.person not in _visitors(event):
                yield Issue(
                    rule=rule,
                    severity="error",
                    message=f"{event.id!r} is called the first visit of {first.person!r}, "
                    "who is not among its visitors",
                    records=(event.id, first.person),
                    evidence=first.evidence,
                    path=f"{path}.person",
                )
                continue
            began, missing = _capacity_start(person, first.roles, day)
            if missing:
                yield Issue(
                    rule=rule,
                    severity="error",
                    message=f"{event.id!r} ({_text(event.when, lang)}) is called the first visit of "
                    f"{first.person!r} as "
                    f"{first.capacity!r}, but no office of theirs as {', '.join(missing)} was held then",
                    records=(event.id, first.person),
                    evidence=first.evidence,
                    path=f"{path}.roles",
                )
                continue
            if began is None:
                continue
            earlier = sorted(
                (
                    other
                    for other in visits
                    if other.id != event.id
                    and first.person in _visitors(other)
                    and other.host_country != person.country
                    and other.earliest is not None
                    and began <= other.earliest < day
                ),
                key=lambda e: (e.earliest or date.min, e.id),
            )
            if earlier:
                other = earlier[0]
                yield Issue(
                    rule=rule,
                    severity="error",
                    message=f"{event.id!r} ({_text(event.when, lang)}) is called the first visit of "
                    f"{first.person!r} as "
                    f"{first.capacity!r}, a capacity held since {format_day(began, lang)}, but {other.id!r} "
                    f"({_text(other.when, lang)}, to {other.host_country}) came before it",
                    records=(event.id, other.id, first.person),
                    evidence=first.evidence,
                    path=path,
                )


# --------------------------------------------------------------------------- agreements
def _family(ds: Dataset, event: Event) -> set[str]:
    """An event, the events it is part of, and the events part of it: where an agreement may be recorded."""
    family = {event.id}
    parent = event.parent
    while parent is not None and parent not in family:
        family.add(parent)
        above = ds.get(parent)
        parent = above.parent if isinstance(above, Event) else None
    grown = True
    while grown:
        grown = False
        for other in ds.events:
            if other.parent in family and other.id not in family:
                family.add(other.id)
                grown = True
    return family


def agreed_about(ds: Dataset, *, lang: str = "en") -> Iterator[Issue]:
    """A target or an agreed mechanism that an agreement is about names the event it was agreed at."""
    rule = "events.agreed-about"
    for event in ds.events:
        family: set[str] | None = None
        for i, agreement in enumerate(event.agreed):
            for j, rid in enumerate(agreement.about):
                record = ds.get(rid)
                if isinstance(record, Target):
                    named = set(record.events)
                    what = "events"
                elif isinstance(record, Mechanism) and record.status == "agreed":
                    named = {record.agreed_at} if record.agreed_at else set()
                    what = "agreed_at"
                else:
                    continue
                family = family if family is not None else _family(ds, event)
                if named & family:
                    continue
                yield Issue(
                    rule=rule,
                    severity="error",
                    message=f"{event.id!r} records an agreement about {rid!r} ({agreement.summary}), but "
                    f"{rid!r} names {', '.join(sorted(named)) or 'no event'} in its {what}, not this one",
                    records=(event.id, rid),
                    evidence=agreement.evidence,
                    path=f"$.agreed[{i}].about[{j}]",
                )


# --------------------------------------------------------------------------- births and deaths
def person_dates(ds: Dataset, *, lang: str = "en") -> Iterator[Issue]:
    """A person's birth or death as a founding is on the day the person's record gives."""
    rule = "foundings.person-dates"
    for founding in ds.foundings:
        for field_name, person_id in (("born", founding.person), ("died", founding.death_of)):
            if person_id is None:
                continue
            person = ds.get(person_id)
            if not isinstance(person, Person):
                continue
            recorded: When | None = getattr(person, field_name)
            if recorded is None:
                yield Issue(
                    rule=rule,
                    severity="warning",
                    message=f"{founding.id!r} is the {'birth' if field_name == 'born' else 'death'} of "
                    f"{person_id!r} on {_text(founding.when, lang)}, but the person's record has no "
                    f"{field_name!r}",
                    records=(founding.id, person_id),
                    evidence=founding.evidence,
                    path="$.when",
                )
            elif recorded != founding.when:
                yield Issue(
                    rule=rule,
                    severity="error",
                    message=f"{founding.id!r} dates the {'birth' if field_name == 'born' else 'death'} of "
                    f"{person_id!r} {_text(founding.when, lang)}, but the person's record says {field_name} "
                    f"{_text(recorded, lang)}",
                    records=(founding.id, person_id),
                    evidence=(*founding.evidence, *person.evidence[:1]),
                    path="$.when",
                )


# --------------------------------------------------------------------------- plans
@functools.cache
def _years_long(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """
    How a name in ``lang`` says a length of years ("five-year", "5 năm"): a pattern of the word
    file's ``dates.years_long`` with the number (group ``n``) in digits or in the file's number
    words, and those words' values; ``None`` for a language with no word file or no such words.
    """
    if lang not in LANGUAGES:
        return None
    lw = words(lang)
    numbers = {
        word.casefold(): int(value)
        for word, value in lw.get("amounts", "number_words").items()
        if value.isdigit()
    }
    number = "|".join([r"\d+", *(re.escape(w) for w in sorted(numbers, key=len, reverse=True))])
    shapes = [  # one group for the number of each shape: n0, n1, ...
        r"\s*".join(re.escape(part) for part in shape.split(" ")).replace(r"\{n\}", f"(?P<n{i}>{number})")
        for i, shape in enumerate(lw.get("dates", "years_long"))
    ]
    if not shapes:
        return None
    # edges tested against letters of other scripts than Lao: Lao is written without spaces
    edge = NON_LAO_WORD
    return re.compile(rf"(?<!{edge})(?:{'|'.join(shapes)})(?!{edge})", re.IGNORECASE), numbers


def _named_years(document: Document) -> int | None:
    """The length of years a document's names give it ("10th five-year ... plan": 5), in any language."""
    for name in document.names:
        found = _years_long(name.lang)
        match = found[0].search(name.text) if found is not None else None
        if found is not None and match is not None:
            n = next(v for v in match.groupdict().values() if v is not None)
            return int(n) if n.isdigit() else found[1][n.casefold()]
    return None


def plan_period(ds: Dataset, *, lang: str = "en") -> Iterator[Issue]:
    """A five-year plan spans five calendar years, starting no earlier than the event that adopted it."""
    rule = "documents.plan-period"
    for document in ds.documents:
        period = document.period
        if document.kind is not DocumentKind.PLAN or period is None:
            continue
        first, last = period.earliest, period.latest
        if first is None or last is None:
            continue
        years = _named_years(document)
        if years is not None and last.year - first.year + 1 != years:
            yield Issue(
                rule=rule,
                severity="error",
                message=f"{document.id!r} is a {years}-year plan by its name, but its period "
                f"{_text(period, lang)} covers {last.year - first.year + 1} calendar years",
                records=(document.id,),
                evidence=document.evidence,
                path="$.period",
            )
        adopted: Any = ds.get(document.event) if document.event else None
        if isinstance(adopted, Event) and adopted.earliest is not None and first.year < adopted.earliest.year:
            yield Issue(
                rule=rule,
                severity="error",
                message=f"{document.id!r} runs from {first.year}, before {adopted.id!r} "
                f"({_text(adopted.when, lang)}) adopted it",
                records=(document.id, adopted.id),
                evidence=document.evidence,
                path="$.period",
            )


RULES: Final[tuple[FigureRule, ...]] = (
    FigureRule(
        id="events.invitation-answered",
        description="The visit that answered an invitation goes to the country invited to, after the "
        "invitation, with the one invited as its visitor; another level of visit is information.",
        run=invitation_answered,
    ),
    FigureRule(
        id="events.first-visit",
        description="A visit called a person's first abroad in an office is theirs, in a term of that "
        "office, with no other visit abroad recorded between the term's start and it.",
        run=first_visit,
    ),
    FigureRule(
        id="events.agreed-about",
        description="A target or an agreed mechanism that an event's agreement is about names that event "
        "(or one it is part of, or a part of it).",
        run=agreed_about,
    ),
    FigureRule(
        id="foundings.person-dates",
        description="A birth or a death that anniversaries count from is on the person's recorded day.",
        run=person_dates,
    ),
    FigureRule(
        id="documents.plan-period",
        description="A five-year plan's period covers five calendar years and starts no earlier than the "
        "event that adopted it.",
        run=plan_period,
    ),
)

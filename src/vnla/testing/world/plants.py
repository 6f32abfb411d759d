# SPDX-License-Identifier: MIT
"""
One inconsistency of each rule of :mod:`vnla.rules.checks`, planted in a built
:class:`~vnla.testing.world.core.World`.

Each plant adds or changes a record so that exactly its rule reports it, and nothing else.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from vnla.model.figures import Change, ChangeKind, Figure, Metric
from vnla.model.records import (
    Agreement,
    Anniversary,
    DateConstraint,
    Document,
    DocumentKind,
    Erratum,
    ErratumKind,
    Event,
    EventKind,
    Evidence,
    FirstVisit,
    Founding,
    Horizon,
    HorizonKind,
    Invitation,
    Name,
    Organization,
    OrgKind,
    Participant,
    ParticipantRole,
    Side,
    Source,
    SourceKind,
    Target,
    When,
)
from vnla.testing.world.pools import MONTHS, WEEKDAYS
from vnla.testing.world.wording import en_day, nth

if TYPE_CHECKING:
    from collections.abc import Callable

    from vnla.testing.world.core import World

__all__ = ["PLANTS"]


def _plant_quote(w: World) -> None:
    place = w.get("places", f"{w.pre}-capital")
    w.replace(
        "places",
        place.id,
        evidence=(Evidence(source=w.statement, quote="words the statement never says"),),
    )


def _plant_figure(w: World) -> None:
    w.add(
        "targets",
        Target(
            id=f"{w.pre}-target-planted",
            metric=f"{w.pre}-trade",
            description="A target no quote states",
            horizon=Horizon(kind=HorizonKind.UNSPECIFIED),
            value=Decimal(7) * 10**9,
            unit="USD",
            evidence=(w.said("the two sides agreed to expand bilateral trade"),),
        ),
    )


def _plant_date(w: World) -> None:
    w.add(
        "events",
        Event(
            id=f"{w.pre}-planted",
            kind=EventKind.MEETING,
            title="An undated meeting",
            when=When.on(w.start),
            evidence=(w.said("the two sides held a working session"),),
        ),
    )


def _plant_figures_consistent(w: World) -> None:
    year = w.start.year + 7
    w.add(
        "targets",
        Target(
            id=f"{w.pre}-target-planted",
            metric=f"{w.pre}-trade",
            description="A target two sources disagree on",
            horizon=Horizon(kind=HorizonKind.BY_DATE, when=When.in_year(year)),
            value=Decimal(10) * 10**9,
            unit="USD",
            evidence=(w.said(f"10 billion USD by {year}"), w.said(f"8 billion USD by {year}", w.report)),
        ),
    )


def _dated_event(w: World, event_id: str, day: date, said: str | None = None, **extra: Any) -> Event:
    """A meeting on ``day``, stated by the statement (by default: 'a meeting (<id>) on <day>')."""
    return Event(
        id=event_id,
        kind=EventKind.MEETING,
        title="A meeting",
        when=When.on(day),
        evidence=(w.said(said or f"a meeting ({event_id}) on {en_day(day)}"),),
        **extra,
    )


def _plant_subevent(w: World) -> None:
    w.add("events", _dated_event(w, f"{w.pre}-planted", w.end + timedelta(days=1), parent=f"{w.pre}-visit"))


def _plant_published(w: World) -> None:
    w.add("events", _dated_event(w, f"{w.pre}-planted", w.published + timedelta(days=5)))


def _plant_weekday(w: World) -> None:
    wrong = WEEKDAYS[(w.start.weekday() + 1) % 7]
    said = f"a meeting on {wrong}, {en_day(w.start)}"
    w.add("events", _dated_event(w, f"{w.pre}-planted", w.start, said=said))


def _plant_constraint(w: World) -> None:
    constraint = DateConstraint(
        when=When.bounded(after=w.start + timedelta(days=3)),
        evidence=(w.said("a meeting to be held after the visit", w.archive),),
    )
    w.add("events", _dated_event(w, f"{w.pre}-planted", w.start, date_constraints=(constraint,)))


def _plant_partial(w: World) -> None:
    recorded = w.start - timedelta(days=60)
    stated = w.start - timedelta(days=150)
    w.add(
        "events",
        Event(
            id=f"{w.pre}-planted",
            kind=EventKind.MEETING,
            title="A meeting known to the month",
            when=When.in_month(recorded.year, recorded.month),
            evidence=(w.said("a preparatory meeting took place"),),
            date_evidence=(w.said(f"a preparatory meeting in {MONTHS[stated.month - 1]} {stated.year}"),),
        ),
    )


def _plant_anniversary(w: World) -> None:
    founding = w.get("foundings", f"{w.pre}-founding")
    ordinal = w.start.year - founding.when.earliest.year + 1
    w.add(
        "anniversaries",
        Anniversary(
            id=f"{w.pre}-anniversary-planted",
            founding=founding.id,
            ordinal=ordinal,
            year=founding.when.earliest.year + ordinal + 1,
            evidence=(w.said(f"the {nth(ordinal)} anniversary of the founding"),),
        ),
    )


def _front(w: World) -> str:
    front = f"{w.pre}-front"
    w.add(
        "organizations",
        Organization(
            id=front,
            kind=OrgKind.FRONT,
            names=(Name(text="The Front", lang="en"),),
            evidence=(w.noted("the front whose congresses the statement recalls"),),
        ),
    )
    return front


def _congress(w: World, front: str, ordinal: int, day: date, stated: int) -> Event:
    return Event(
        id=f"{w.pre}-front-congress-{ordinal}",
        kind=EventKind.CONGRESS,
        title="A congress of the Front",
        when=When.on(day),
        organization=front,
        ordinal=ordinal,
        evidence=(w.said(f"the {nth(stated)} National Congress of the Front, on {en_day(day)}"),),
    )


def _plant_ordinal(w: World) -> None:
    front = _front(w)
    w.add("events", _congress(w, front, 5, w.start - timedelta(days=100), stated=6))


def _plant_sequence(w: World) -> None:
    front = _front(w)
    w.add("events", _congress(w, front, 3, w.start - timedelta(days=100), stated=3))
    w.add("events", _congress(w, front, 4, w.start - timedelta(days=900), stated=4))


def _plant_office(w: World) -> None:
    visitor_id, _en, role = w.people[0]
    wrong = "Prime Minister" if role == "gs" else "General Secretary"
    visit = w.get("events", f"{w.pre}-visit")
    extra = Participant(role=ParticipantRole.ATTENDEE, side=Side.GUEST, person=visitor_id, title_used=wrong)
    w.replace("events", visit.id, participants=(*visit.participants, extra))


def _plant_wording(w: World) -> None:
    stage = w.get("framework_stages", f"{w.pre}-framework-2")
    quote = w.said(
        "great friendship, special solidarity, comprehensive cooperation and strategic partnership"
    )
    w.replace("framework_stages", stage.id, evidence=(*stage.evidence, quote))


def _plant_count(w: World) -> None:
    stage = w.get("framework_stages", f"{w.pre}-framework-2")
    quote = w.said(
        "the great friendship, special solidarity and comprehensive cooperation of the two peoples"
    )
    w.replace("framework_stages", stage.id, evidence=(*stage.evidence, quote))


def _planted_figure(w: World, slug: str, metric: Metric, period: When, millions: int, **extra: Any) -> Figure:
    """A figure of ``millions`` of USD, stated by the report (whose text is not bundled)."""
    figure: Figure = w.add(
        "figures",
        Figure(
            id=f"{w.pre}-planted-{slug}",
            metric=metric,
            period=period,
            value=Decimal(millions).scaleb(6),
            unit="USD",
            written=str(millions),
            evidence=(w.said(f"{millions} million USD", w.report),),
            **extra,
        ),
    )
    return figure


def _plant_sources_agree(w: World) -> None:
    year = When.in_year(w.start.year + 5)
    w.add(
        "figures",
        Figure(
            id=f"{w.pre}-planted-a",
            metric=Metric.TRADE_TURNOVER,
            period=year,
            value=Decimal(230).scaleb(7),
            unit="USD",
            written="2.3",
            evidence=(w.said(f"trade reached 2.3 billion USD in {year}"),),
        ),
    )
    _planted_figure(w, "b", Metric.TRADE_TURNOVER, year, 2560)


def _plant_change_stated(w: World) -> None:
    year = w.start.year + 5
    _planted_figure(w, "before", Metric.TRADE_TURNOVER, When.in_year(year - 1), 100)
    change = Change(kind=ChangeKind.INCREASE, value=Decimal(50), base=When.in_year(year - 1))
    _planted_figure(w, "after", Metric.TRADE_TURNOVER, When.in_year(year), 200, changes=(change,))


def _plant_parts_sum(w: World) -> None:
    year = When.in_year(w.start.year + 5)
    _planted_figure(w, "whole", Metric.TRADE_TURNOVER, year, 100)
    _planted_figure(w, "vn", Metric.EXPORTS_VN_TO_LA, year, 30)
    _planted_figure(w, "la", Metric.EXPORTS_LA_TO_VN, year, 30)


def _plant_period_contains(w: World) -> None:
    year = w.start.year + 5
    _planted_figure(w, "year", Metric.TRADE_TURNOVER, When.in_year(year), 100)
    quarter = When.between(date(year, 1, 1), date(year, 3, 31))
    _planted_figure(w, "quarter", Metric.TRADE_TURNOVER, quarter, 300)


def _plant_evidence_present(w: World) -> None:
    """An organization that no source's quote or note speaks of."""
    w.add(
        "organizations",
        Organization(
            id=f"{w.pre}-planted-committee",
            kind=OrgKind.PARTY,
            names=(Name(text="The Planted Committee", lang="en"),),
        ),
    )


def _plant_source_cited(w: World) -> None:
    """A source that only its own evidence (of its date) cites."""
    day = w.start + timedelta(days=1)
    w.add(
        "sources",
        Source(
            id=f"{w.pre}-planted-page",
            title="A page read and never cited",
            kind=SourceKind.WEB_PAGE,
            published=When.on(day),
            evidence=(Evidence(source=f"{w.pre}-planted-page", quote=f"date {day.isoformat()}"),),
        ),
    )


def _plant_erratum(w: World) -> None:
    quote = w.signature
    w.add(
        "errata",
        Erratum(
            id=f"{w.pre}-erratum",
            kind=ErratumKind.TYPO,
            source=w.statement,
            quote=quote,
            says=quote.split(",")[0],
            correction="the place of signing, as the other sources spell it",
        ),
    )


def _plant_invitation(w: World) -> None:
    """An invitation answered by talks, not by a visit."""
    visitor_id, _en, _role = w.people[0]
    visit = w.get("events", f"{w.pre}-visit")
    answer = f"{w.pre}-planted"
    w.add("events", _dated_event(w, answer, w.start))
    invitation = Invitation(
        by=visitor_id, to=visitor_id, answered_by=answer, evidence=(w.said("invited to pay a visit"),)
    )
    w.replace("events", visit.id, invitations=(invitation,))


def _plant_first_visit(w: World) -> None:
    """A visit called the visitor's first in an office they did not hold."""
    visitor_id, _en, role = w.people[0]
    other = "pm" if role == "gs" else "gs"
    visit = w.get("events", f"{w.pre}-visit")
    first = FirstVisit(
        person=visitor_id,
        roles=(f"{w.pre}-role-{other}",),
        capacity="in another office",
        evidence=(w.said("the first country to visit in another office"),),
    )
    w.replace("events", visit.id, first_visits=(first,))


def _plant_person_dates(w: World) -> None:
    """A birth that anniversaries count from, on another day than the person's record gives."""
    person_id, _en, _role = w.people[0]
    born = date(1950, 5, 19)
    w.replace("people", person_id, born=When.on(born))
    w.add(
        "foundings",
        Founding(
            id=f"{w.pre}-birth",
            names=(Name(text="Birth of the leader", lang="en"),),
            when=When.on(born + timedelta(days=1)),
            person=person_id,
            evidence=(w.said(f"born on {en_day(born + timedelta(days=1))}", w.archive),),
        ),
    )


def _plant_plan_period(w: World) -> None:
    """A five-year plan whose period covers six calendar years."""
    year = w.start.year
    w.add(
        "documents",
        Document(
            id=f"{w.pre}-plan",
            kind=DocumentKind.PLAN,
            names=(Name(text="five-year development plan", lang="en"),),
            period=When.between(date(year, 1, 1), date(year + 5, 12, 31)),
            evidence=(w.said("the five-year development plan"),),
        ),
    )


def _plant_agreed(w: World) -> None:
    """An agreement at a talks about a target that names only the visit's other events."""
    agreement = Agreement(
        summary="a trade target", about=(f"{w.pre}-planted-target",), evidence=(w.said("agreed on a target"),)
    )
    w.add(
        "targets",
        Target(
            id=f"{w.pre}-planted-target",
            metric=f"{w.pre}-trade",
            description="A target agreed elsewhere",
            horizon=Horizon(kind=HorizonKind.SOON),
            evidence=(w.said("a target to be met soon"),),
        ),
    )
    w.add("events", _dated_event(w, f"{w.pre}-planted", w.start, agreed=(agreement,)))


#: Each rule of :mod:`vnla.rules.checks` and how to plant one violation of it in a built world.
PLANTS: Final[dict[str, Callable[[World], None]]] = {
    "evidence.quote-in-source": _plant_quote,
    "evidence.figure-stated": _plant_figure,
    "evidence.date-stated": _plant_date,
    "evidence.present": _plant_evidence_present,
    "figures.consistent": _plant_figures_consistent,
    "dates.subevent-within-parent": _plant_subevent,
    "dates.published-after-reported": _plant_published,
    "dates.weekday-matches": _plant_weekday,
    "dates.constraints": _plant_constraint,
    "dates.partial-bounds": _plant_partial,
    "ordinals.anniversary-year": _plant_anniversary,
    "ordinals.stated": _plant_ordinal,
    "ordinals.congress-sequence": _plant_sequence,
    "offices.held-on-date": _plant_office,
    "framework.wording": _plant_wording,
    "framework.element-count": _plant_count,
    "figures.sources-agree": _plant_sources_agree,
    "figures.change-stated": _plant_change_stated,
    "figures.parts-sum": _plant_parts_sum,
    "figures.period-contains": _plant_period_contains,
    "sources.cited": _plant_source_cited,
    "errata.recorded": _plant_erratum,
    "events.invitation-answered": _plant_invitation,
    "events.first-visit": _plant_first_visit,
    "events.agreed-about": _plant_agreed,
    "foundings.person-dates": _plant_person_dates,
    "documents.plan-period": _plant_plan_period,
}
PLANTABLE_RULES: Final[tuple[str, ...]] = tuple(PLANTS)

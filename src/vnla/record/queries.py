# SPDX-License-Identifier: MIT
"""
Questions asked of a :class:`~vnla.record.dataset.Dataset`: events, framework, targets, offices, evidence.

:class:`Queries` holds the queries that read across records: events by date, participant,
place and kind; the timeline and sub-events; the framework as of a day; targets by metric;
a person's offices on a day; every piece of evidence with the record and path it sits at.
Every date argument takes a ``date`` or an ISO string, full or partial.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from vnla.model.coerce import DateLike, as_enum, as_period, suggest
from vnla.model.errors import UnknownId
from vnla.model.records import (
    Citation,
    Erratum,
    Event,
    EventKind,
    Evidence,
    FrameworkElement,
    FrameworkStage,
    Office,
    Place,
    Source,
    Target,
    Term,
    Vocabulary,
    When,
    iter_fields,
)
from vnla.record.lookups import Lookups

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from vnla.model.collections import Record
    from vnla.model.records import Document

__all__ = ["Queries", "event_sort_key"]


class Queries(Lookups):
    """The queries of a dataset, over its collections and the indices it builds."""

    __slots__ = ()

    if TYPE_CHECKING:
        events: tuple[Event, ...]
        targets: tuple[Target, ...]
        terms: tuple[Term, ...]
        framework_stages: tuple[FrameworkStage, ...]
        _children: Mapping[str, tuple[Event, ...]]
        _text_documents: Mapping[str, Document]

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """Every :class:`~vnla.model.records.Evidence` in the dataset, in record order."""
        return tuple(c.evidence for c in self.citations())

    def citations(self, id: str | None = None) -> tuple[Citation, ...]:
        """Every piece of evidence with the record and path it sits at (of one record if ``id``)."""
        records: Iterable[Record] = self._by_id.values() if id is None else (self[id],)
        out: list[Citation] = []
        for record in records:
            if isinstance(record, Erratum):
                # The erroneous passage is itself a quote that must be in its source.
                out.append(Citation(record=record.id, path="$.quote", evidence=record.quoted))
            for path, _attr, value in iter_fields(record):
                if isinstance(value, tuple):
                    out.extend(
                        Citation(record=record.id, path=f"{path}[{i}]", evidence=item)
                        for i, item in enumerate(value)
                        if isinstance(item, Evidence)
                    )
        return tuple(out)

    def evidence_for(self, id: str) -> tuple[Evidence, ...]:
        """
        The evidence behind one record, nested evidence included.

        >>> import vnla
        >>> sorted({e.source for e in vnla.dataset().evidence_for("target-trade-5bn-usd")})
        ['joint-statement-2025-12-02-en', 'vna-2025-12-03']
        """
        return tuple(c.evidence for c in self.citations(id))

    def source_text(self, id: str) -> str | None:
        """
        The full text of a source, when it is bundled (the joint statement is).

        News reports are not bundled; their quotes are.
        """
        source = self.get(id)
        if not isinstance(source, Source) or not source.text_bundled:
            return None
        document = self._text_documents.get(id)
        if document is None:
            return None
        body = "\n".join(f"{c.number}. {c.text}" for c in document.clauses)
        closing = [e.quote for e in document.evidence if e.source == id and e.quote not in body]
        return "\n".join([body, *closing])

    def subevents(self, id: str, *, recursive: bool = False) -> tuple[Event, ...]:
        """The events whose ``parent`` is ``id`` (and theirs, if ``recursive``), in data order."""
        direct = self._children.get(id, ())
        if not recursive:
            return direct
        # Depth first, each event before its own sub-events; iterative, as chains may be deep.
        out: list[Event] = []
        stack = list(reversed(direct))
        seen = {id}
        while stack:
            child = stack.pop()
            if child.id in seen:
                continue
            seen.add(child.id)
            out.append(child)
            stack.extend(reversed(self._children.get(child.id, ())))
        return tuple(out)

    def timeline(self) -> tuple[Event, ...]:
        """
        Every event sorted by its earliest possible day (undated ones last), then by id.

        >>> import vnla
        >>> [e.id for e in vnla.dataset().timeline() if e.kind.is_visit][-3:]
        ['visit-2025-12-laos', 'visit-2026-01-vietnam', 'visit-2026-02-laos']
        """
        return tuple(sorted(self.events, key=event_sort_key))

    def find_events(
        self,
        *,
        start: DateLike | None = None,
        end: DateLike | None = None,
        participant: str | None = None,
        place: str | None = None,
        kind: EventKind | str | None = None,
        within: str | None = None,
    ) -> tuple[Event, ...]:
        """
        Events matching every filter given, sorted as :meth:`timeline`.

        Args:
            start: keep events that may fall on or after this day: a ``date`` or an
                ISO string; a month (``"2026-01"``) or a year counts from its first day.
            end: keep events that may fall on or before this day; a month or a year
                counts to its last day (``start="2026-01", end="2026-01"``: January).
            participant: a person's or body's id or any of their names.
            place: a place id or name; events at places within it count.
            kind: an :class:`~vnla.model.records.EventKind` or its value.
            within: a visit's id; keep its sub-events at any depth.

        Raises:
            ValueError: a bad date or kind (the kind's message lists the valid ones), or a
                ``start`` after ``end``.
            Unknown: an unknown participant, place or visit (with suggestions).

        >>> import vnla
        >>> from datetime import date
        >>> [e.id for e in vnla.dataset().find_events(start=date(2026, 1, 1), kind="state-visit")]
        ['visit-2026-01-vietnam', 'visit-2026-02-laos']
        >>> [e.id for e in vnla.dataset().find_events(start="2026-01", end="2026-01", kind="state-visit")]
        ['visit-2026-01-vietnam']
        """
        first = as_period(start, argument="start")[0] if start is not None else None
        last = as_period(end, argument="end")[1] if end is not None else None
        if first is not None and last is not None and first > last:
            msg = f"start {first.isoformat()} is after end {last.isoformat()}: no day is in that period"
            raise ValueError(msg)
        wanted = as_enum(EventKind, kind, argument="kind") if kind is not None else None
        events: Iterable[Event] = self.timeline()
        if within is not None:
            inside = {e.id for e in self.subevents(self._id_of(within, "event"), recursive=True)}
            events = [e for e in events if e.id in inside]
        if first is not None:
            events = [e for e in events if e.latest is None or e.latest >= first]
        if last is not None:
            events = [e for e in events if e.earliest is None or e.earliest <= last]
        if wanted is not None:
            events = [e for e in events if e.kind is wanted]
        if participant is not None:
            who = self._id_of(participant, "person", "organization", "country")
            events = [
                e
                for e in events
                if any(who in (p.person, p.organization, p.country) for p in e.participants)
                or e.organization == who
            ]
        if place is not None:
            where = self._id_of(place, "place")
            events = [e for e in events if e.place is not None and self._is_within(e.place, where)]
        return tuple(events)

    def _is_within(self, place: str, container: str) -> bool:
        current: str | None = place
        while current is not None:
            if current == container:
                return True
            record = self.get(current)
            current = record.within if isinstance(record, Place) else None
        return False

    def framework_stage(self, as_of: DateLike | None = None) -> FrameworkStage | None:
        """
        The stage in force on ``as_of`` (default: the latest), or ``None`` before the first.

        ``as_of`` is a ``date`` or an ISO string; a month or a year means its last day
        (the stage in force at the end of it).

        >>> import vnla
        >>> vnla.dataset().framework_stage("2019").id
        'framework-2019'
        """
        day = as_period(as_of, argument="as_of")[1] if as_of is not None else None
        return FrameworkStage.in_force(self.framework_stages, day)

    def framework(self, as_of: DateLike | None = None) -> tuple[FrameworkElement, ...]:
        """
        The framework's elements, in order, as of a date (default: now).

        A stage counts from the last day its ``since`` may be, so a stage
        dated only "2019-10" counts from 31 October 2019.  ``as_of`` is a ``date``
        or an ISO string; a month or a year means its last day.

        >>> import vnla
        >>> from datetime import date
        >>> [str(e) for e in vnla.dataset().framework(date(2025, 11, 30))]
        ['great friendship', 'special solidarity', 'comprehensive cooperation']
        >>> len(vnla.dataset().framework())
        4
        >>> [str(e) for e in vnla.dataset().framework("2025-11-30")][-1]
        'comprehensive cooperation'
        """
        stage = self.framework_stage(as_of)
        if stage is None:
            return ()
        return tuple(self._typed(e, FrameworkElement, "framework-element") for e in stage.elements)

    def find_targets(self, *, metric: str | None = None, unit: str | None = None) -> tuple[Target, ...]:
        """
        Targets by metric (a term id of the metric vocabulary) and unit.

        Raises:
            UnknownId: ``metric`` is not a metric (``kind="metric"``), with the nearest ones.

        >>> import vnla
        >>> [
        ...     (f"{t.value:,}", t.horizon.kind.value)
        ...     for t in vnla.dataset().find_targets(metric="bilateral-trade-turnover")
        ... ][:3]
        [('5,000,000,000', 'near-term'), ('10,000,000,000', 'longer-term'), ('5,000,000,000', 'soon')]
        """
        if metric is not None:
            metrics = [t.id for t in self.terms if t.vocabulary is Vocabulary.METRIC]
            if metric not in metrics:
                raise UnknownId(metric, suggest(metric, metrics), "metric")
        return tuple(
            t
            for t in self.targets
            if (metric is None or t.metric == metric) and (unit is None or t.unit == unit)
        )

    def offices_of(self, person: str, *, on: DateLike | None = None) -> tuple[Office, ...]:
        """
        A person's offices: all of them, or those that may have been held ``on`` a day.

        ``person`` is an id or a name.  ``on`` is a ``date`` or an ISO string; a month
        or a year (``"2024"``) keeps the offices that may have been held on some day of it.

        Raises:
            Unknown: no person has this id or name (with suggestions).

        >>> import vnla
        >>> [o.role for o in vnla.dataset().offices_of("to-lam", on="2024-08-01")]
        ['president']
        >>> [o.role for o in vnla.dataset().offices_of("to-lam", on="2024-09")]
        ['president', 'general-secretary']
        """
        record = self.person(self._id_of(person, "person"))
        if on is None:
            return record.offices
        first, last = as_period(on, argument="on")
        if first == last:
            return record.offices_on(first)
        span = When.between(first, last)
        return tuple(o for o in record.offices if o.may_hold_during(span))


def event_sort_key(event: Event) -> tuple[int, date, date, str]:
    """The timeline's order: earliest possible day (undated events last), latest, id."""
    earliest = event.earliest
    latest = event.latest
    if earliest is None:
        return (1, latest or date.max, date.max, event.id)
    return (0, earliest, latest or date.max, event.id)

# SPDX-License-Identifier: MIT
"""The :class:`Dataset`: every record, its indices, and the queries over them."""

from __future__ import annotations

import functools
import typing
from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, TypeVar, overload

import attrs
from attrs import field

from vnla.model.classes import frozen
from vnla.model.coerce import DateLike, as_enum, as_period, suggest
from vnla.model.collections import COLLECTIONS, Record
from vnla.model.errors import DataError, Problem, UnknownId
from vnla.model.figures import Figure
from vnla.model.records import (
    Anniversary,
    Citation,
    Country,
    Document,
    Erratum,
    Event,
    EventKind,
    Evidence,
    Founding,
    FrameworkElement,
    FrameworkStage,
    Mechanism,
    Office,
    Organization,
    Person,
    Place,
    Project,
    Source,
    Target,
    Term,
    Vocabulary,
    When,
    iter_fields,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    import pandas
    import pyarrow

    from vnla.model.records import Name
    from vnla.rules.checks import Report

__all__ = ["COLLECTIONS", "Dataset", "Record"]


_KIND_OF_CLASS: Final = {cls: kind for _, cls, kind in COLLECTIONS}

T = TypeVar("T")
R = TypeVar("R")


def _origin_default() -> Mapping[tuple[str, int], tuple[str, str]]:
    return MappingProxyType({})


def _freeze_origins(
    value: Mapping[tuple[str, int], tuple[str, str]],
) -> Mapping[tuple[str, int], tuple[str, str]]:
    return value if isinstance(value, MappingProxyType) else MappingProxyType(dict(value))


@frozen(kw_only=True)
class Dataset:
    """
    The Vietnam–Laos relationship as typed, sourced, immutable records.

    Get the bundled one with :func:`vnla.dataset`, or load your own with
    :func:`vnla.load`.  Every collection is a tuple of frozen records with a
    stable ``.id``; every index is a read-only mapping.  Building a dataset
    checks it whole: duplicate ids, dangling references and cycles raise one
    :class:`~vnla.DataError` that lists every problem.

    >>> import vnla
    >>> ds = vnla.dataset()
    >>> ds.get("to-lam").name.preferred("lo")
    'ໂຕເລິມ'
    >>> [e.id for e in ds.subevents("visit-2026-02-laos")]
    ['talks-2026-02-05-vientiane', 'document-exchange-2026-02-05']
    """

    schema_version: int = 1
    sources: tuple[Source, ...] = field(default=(), converter=tuple)
    terms: tuple[Term, ...] = field(default=(), converter=tuple)
    countries: tuple[Country, ...] = field(default=(), converter=tuple)
    organizations: tuple[Organization, ...] = field(default=(), converter=tuple)
    people: tuple[Person, ...] = field(default=(), converter=tuple)
    places: tuple[Place, ...] = field(default=(), converter=tuple)
    framework_elements: tuple[FrameworkElement, ...] = field(default=(), converter=tuple)
    framework_stages: tuple[FrameworkStage, ...] = field(default=(), converter=tuple)
    mechanisms: tuple[Mechanism, ...] = field(default=(), converter=tuple)
    events: tuple[Event, ...] = field(default=(), converter=tuple)
    documents: tuple[Document, ...] = field(default=(), converter=tuple)
    targets: tuple[Target, ...] = field(default=(), converter=tuple)
    figures: tuple[Figure, ...] = field(default=(), converter=tuple)
    projects: tuple[Project, ...] = field(default=(), converter=tuple)
    foundings: tuple[Founding, ...] = field(default=(), converter=tuple)
    anniversaries: tuple[Anniversary, ...] = field(default=(), converter=tuple)
    errata: tuple[Erratum, ...] = field(default=(), converter=tuple)
    # A collection added to COLLECTIONS (vnla.model.collections) without a field above gets one here.
    for _key, _cls, _record_kind in COLLECTIONS:
        if _key not in __annotations__:
            __annotations__[_key] = "tuple[Any, ...]"
            locals()[_key] = field(default=(), converter=tuple)
    del _key, _cls, _record_kind
    #: (collection, index) -> (file, path in file); for error messages only.
    origins: Mapping[tuple[str, int], tuple[str, str]] = field(
        factory=_origin_default, eq=False, repr=False, converter=_freeze_origins
    )
    _by_id: Mapping[str, Record] = field(init=False, eq=False, repr=False)
    _kind: Mapping[str, str] = field(init=False, eq=False, repr=False)
    _children: Mapping[str, tuple[Event, ...]] = field(init=False, eq=False, repr=False)
    #: Built on first use by :meth:`referencing` when the dataset was built unchecked.
    _referrers: Mapping[str, tuple[str, ...]] | None = field(init=False, default=None, eq=False, repr=False)
    _text_documents: Mapping[str, Document] = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        self._validate_and_index()

    @classmethod
    def _unchecked(cls, **values: Any) -> Dataset:
        """
        A dataset of records already checked as a whole: its indices, without the checks.

        For the verified snapshot (written from a dataset that passed them) and for
        unpickling (whose input is trusted as pickle's always is).  The name-to-record
        indices are built; the referrer index is built on first use.
        """
        self = object.__new__(cls)
        for attribute in attrs.fields(cls):
            if not attribute.init:
                continue
            name = attribute.alias
            if name in values:
                value = values[name]
            elif isinstance(attribute.default, attrs.Factory):  # type: ignore[arg-type]
                value = attribute.default.factory()
            else:
                value = attribute.default
            if attribute.converter is not None:
                value = attribute.converter(value)
            object.__setattr__(self, attribute.name, value)
        object.__setattr__(self, "_referrers", None)
        by_id: dict[str, Record] = {}
        kind: dict[str, str] = {}
        for key, _cls, record_kind in COLLECTIONS:
            for record in getattr(self, key):
                by_id[record.id] = record
                kind[record.id] = record_kind
        self._set_indices(by_id, kind)
        return self

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # The indices are read-only mappings, which pickle refuses; rebuild them instead.
        values = {a.alias: getattr(self, a.name) for a in attrs.fields(type(self)) if a.init}
        values["origins"] = dict(self.origins)
        return (_unpickle, (values,))

    def _set_indices(self, by_id: dict[str, Record], kind: dict[str, str]) -> None:
        children: dict[str, list[Event]] = defaultdict(list)
        for event in self.events:
            if event.parent is not None:
                children[event.parent].append(event)
        texts: dict[str, Document] = {}
        for document in self.documents:
            if document.source is not None and document.clauses:
                texts.setdefault(document.source, document)
        object.__setattr__(self, "_by_id", MappingProxyType(by_id))
        object.__setattr__(self, "_kind", MappingProxyType(kind))
        object.__setattr__(self, "_children", MappingProxyType({k: tuple(v) for k, v in children.items()}))
        object.__setattr__(self, "_text_documents", MappingProxyType(texts))

    def _referrer_index(self) -> Mapping[str, tuple[str, ...]]:
        index = self._referrers
        if index is None:
            referrers: dict[str, dict[str, None]] = defaultdict(dict)
            for key, _cls, _kind in COLLECTIONS:
                for record in getattr(self, key):
                    for _at, target, _allowed in _references(record, ""):
                        if target != record.id and target in self._kind:
                            referrers[target][record.id] = None
            index = MappingProxyType({k: tuple(v) for k, v in referrers.items()})
            object.__setattr__(self, "_referrers", index)
        return index

    def _validate_and_index(self) -> None:
        problems: list[Problem] = []
        by_id: dict[str, Record] = {}
        kind: dict[str, str] = {}
        where: dict[str, tuple[str, str]] = {}
        for key, _cls, record_kind in COLLECTIONS:
            for i, record in enumerate(getattr(self, key)):
                if type(record) is not _cls:
                    file, path = self._where(key, i)
                    problems.append(
                        Problem(
                            file=file,
                            path=path,
                            reason=f"expected a {_cls.__name__} in {key}, got {type(record).__name__}",
                        )
                    )
                    continue
                file, path = self._where(key, i)
                if record.id in by_id:
                    first_file, first_path = where[record.id]
                    problems.append(
                        Problem(
                            file=file,
                            path=f"{path}.id",
                            reason=f"duplicate id {record.id!r} "
                            f"(first defined in {first_file} @ {first_path})",
                            value=record.id,
                        )
                    )
                    continue
                by_id[record.id] = record
                kind[record.id] = record_kind
                where[record.id] = (file, path)
        # dicts as ordered sets: a heavily referenced id (a country) must not cost O(n) per check
        referrers: dict[str, dict[str, None]] = defaultdict(dict)
        for key, _cls, _k in COLLECTIONS:
            for i, record in enumerate(getattr(self, key)):
                file, path = self._where(key, i)
                for at, target, allowed in _references(record, path):
                    if target not in kind:
                        problems.append(
                            Problem(file=file, path=at, reason=_dangling(target, allowed), value=target)
                        )
                    elif "*" not in allowed and kind[target] not in allowed:
                        problems.append(
                            Problem(
                                file=file,
                                path=at,
                                reason=f"{target!r} is a {kind[target]}, expected "
                                + " or ".join(_a(k) for k in allowed),
                            )
                        )
                    elif target != record.id:
                        referrers[target][record.id] = None
        problems.extend(self._cycles(by_id))
        problems.extend(self._term_kinds(by_id))
        if problems:
            raise DataError(problems)
        self._set_indices(by_id, kind)
        object.__setattr__(self, "_referrers", MappingProxyType({k: tuple(v) for k, v in referrers.items()}))

    # validation helpers ----------------------------------------------------------
    def _where(self, key: str, index: int) -> tuple[str, str]:
        return self.origins.get((key, index), ("<dataset>", f"$.{key}[{index}]"))

    def _cycles(self, by_id: Mapping[str, Record]) -> Iterator[Problem]:
        """
        Records whose parent chain loops, in linear time.

        Each record is reported with the first id its chain meets twice, as a
        walk from it would find; what is learnt of a chain is kept, so no
        chain is walked twice (a chain of 16,000 nested places costs 16,000 steps).
        """
        for key, attr in (
            ("events", "parent"),
            ("organizations", "parent"),
            ("projects", "parent"),
            ("places", "within"),
        ):
            # id -> the first id met twice on the walk from it ("" when the chain ends)
            repeat: dict[str, str] = {}
            for record in getattr(self, key):
                path: list[str] = []
                on_path: dict[str, int] = {}
                current: str | None = record.id
                found = ""
                while current is not None:
                    if current in repeat:
                        found = repeat[current]
                        break
                    if current in on_path:  # a loop: path[on_path[current]:] goes round it
                        start = on_path[current]
                        for node in path[start:]:
                            repeat[node] = node
                        del path[start:]
                        found = current
                        break
                    on_path[current] = len(path)
                    path.append(current)
                    current = getattr(by_id.get(current), attr, None)
                for node in reversed(path):  # the ones leading to where the walk stopped
                    repeat[node] = found
            for i, record in enumerate(getattr(self, key)):
                if repeat.get(record.id):
                    file, path_in_file = self._where(key, i)
                    yield Problem(
                        file=file,
                        path=f"{path_in_file}.{attr}",
                        reason=f"{attr} chain of {record.id!r} loops back to {repeat[record.id]!r}",
                    )

    def _term_kinds(self, by_id: Mapping[str, Record]) -> Iterator[Problem]:
        """Roles, topics and metrics must come from the right vocabulary."""
        expected: tuple[tuple[str, str, Vocabulary], ...] = (
            ("people", "offices", Vocabulary.ROLE),
            ("documents", "clauses", Vocabulary.TOPIC),
            ("targets", "metric", Vocabulary.METRIC),
        )
        for key, attr, vocabulary in expected:
            for i, record in enumerate(getattr(self, key)):
                file, path = self._where(key, i)
                if attr == "offices":
                    pairs = [(f"{path}.offices[{j}].role", o.role) for j, o in enumerate(record.offices)]
                elif attr == "clauses":
                    pairs = [
                        (f"{path}.clauses[{j}].topics[{k}]", t)
                        for j, c in enumerate(record.clauses)
                        for k, t in enumerate(c.topics)
                    ]
                else:
                    pairs = [(f"{path}.metric", record.metric)]
                for at, term_id in pairs:
                    term = by_id.get(term_id)
                    if isinstance(term, Term) and term.vocabulary is not vocabulary:
                        yield Problem(
                            file=file,
                            path=at,
                            reason=f"{term_id!r} is {_a(term.vocabulary.value)}, "
                            f"expected {_a(vocabulary.value)}",
                        )

    # lookups ---------------------------------------------------------------------
    @overload
    def get(self, id: str) -> Record | None: ...
    @overload
    def get(self, id: str, default: T) -> Record | T: ...
    def get(self, id: str, default: object = None) -> object:
        """
        The record with this id, or ``default`` (``None``); never raises.

        For a record of a known kind, the typed accessors (:meth:`person`,
        :meth:`event`…) say so to a type checker and raise
        :class:`~vnla.UnknownId` with suggestions instead.

        >>> import vnla
        >>> vnla.dataset().get("hanoi").name.preferred("vi")
        'Hà Nội'
        >>> vnla.dataset().get("no-such-id") is None
        True
        """
        return self._by_id.get(id, default)

    def __getitem__(self, id: str) -> Record:
        """
        The record with this id.

        Raises:
            UnknownId: no record has it (a ``KeyError``), with the nearest ids.
        """
        try:
            return self._by_id[id]
        except (KeyError, TypeError):
            raise self._unknown_id(id) from None

    def _unknown_id(self, id: object, kind: str | None = None) -> UnknownId:
        if not isinstance(id, str):
            return UnknownId(repr(id), (), kind)
        pool = self._by_id if kind is None else [i for i, k in self._kind.items() if k == kind]
        return UnknownId(id, suggest(id, pool), kind)

    def _typed(self, id: str, cls: type[R], kind: str) -> R:
        record = self._by_id.get(id) if isinstance(id, str) else None
        if isinstance(record, cls):
            return record
        raise self._unknown_id(id, kind)

    def person(self, id: str) -> Person:
        """
        The person with this id; :class:`~vnla.UnknownId` (a ``KeyError``) if there is none.

        >>> import vnla
        >>> vnla.dataset().person("to-lam")
        <Person to-lam 'To Lam'>
        """
        return self._typed(id, Person, "person")

    def event(self, id: str) -> Event:
        """The event with this id; :class:`~vnla.UnknownId` if there is none."""
        return self._typed(id, Event, "event")

    def place(self, id: str) -> Place:
        """The place with this id; :class:`~vnla.UnknownId` if there is none."""
        return self._typed(id, Place, "place")

    def organization(self, id: str) -> Organization:
        """The organization with this id; :class:`~vnla.UnknownId` if there is none."""
        return self._typed(id, Organization, "organization")

    def country(self, id: str) -> Country:
        """The country with this id (``"VN"``, ``"LA"``); :class:`~vnla.UnknownId` if there is none."""
        return self._typed(id, Country, "country")

    def document(self, id: str) -> Document:
        """The document with this id; :class:`~vnla.UnknownId` if there is none."""
        return self._typed(id, Document, "document")

    def target(self, id: str) -> Target:
        """The target with this id; :class:`~vnla.UnknownId` if there is none."""
        return self._typed(id, Target, "target")

    def figure(self, id: str) -> Figure:
        """The figure with this id; :class:`~vnla.UnknownId` if there is none."""
        return self._typed(id, Figure, "figure")

    def source(self, id: str) -> Source:
        """The source with this id; :class:`~vnla.UnknownId` if there is none."""
        return self._typed(id, Source, "source")

    def term(self, id: str) -> Term:
        """The vocabulary term with this id; :class:`~vnla.UnknownId` if there is none."""
        return self._typed(id, Term, "term")

    def project(self, id: str) -> Project:
        """The project with this id; :class:`~vnla.UnknownId` if there is none."""
        return self._typed(id, Project, "project")

    def mechanism(self, id: str) -> Mechanism:
        """The mechanism with this id; :class:`~vnla.UnknownId` if there is none."""
        return self._typed(id, Mechanism, "mechanism")

    def founding(self, id: str) -> Founding:
        """The founding with this id; :class:`~vnla.UnknownId` if there is none."""
        return self._typed(id, Founding, "founding")

    def anniversary(self, id: str) -> Anniversary:
        """The anniversary with this id; :class:`~vnla.UnknownId` if there is none."""
        return self._typed(id, Anniversary, "anniversary")

    def erratum(self, id: str) -> Erratum:
        """The erratum with this id; :class:`~vnla.UnknownId` if there is none."""
        return self._typed(id, Erratum, "erratum")

    def __contains__(self, id: object) -> bool:
        return id in self._by_id

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Record]:
        return iter(self._by_id.values())

    def kind_of(self, id: str) -> str | None:
        """The kind of record an id names (``"person"``, ``"event"``…), or ``None``."""
        return self._kind.get(id)

    @property
    def ids(self) -> tuple[str, ...]:
        """Every id, in loading order."""
        return tuple(self._by_id)

    def referencing(self, id: str) -> tuple[Record, ...]:
        """
        The records that refer to ``id`` anywhere in their fields.

        >>> import vnla
        >>> "visit-2025-12-laos" in [r.id for r in vnla.dataset().referencing("to-lam")]
        True
        """
        return tuple(self._by_id[r] for r in self._referrer_index().get(id, ()))

    # evidence ------------------------------------------------------------------------
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

    # events ----------------------------------------------------------------------------
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
        return tuple(sorted(self.events, key=_event_sort_key))

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
            ValueError: a bad date or kind (the kind's message lists the valid ones).
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

    def _id_of(self, name_or_id: str, *kinds: str) -> str:
        if name_or_id in self._by_id:
            return name_or_id
        found = self.resolve(name_or_id, kind=kinds[0] if len(kinds) == 1 else kinds)
        return found.id

    # names --------------------------------------------------------------------------------
    def resolve(self, name: str, *, kind: str | tuple[str, ...] | None = None) -> Record:
        """
        The one entity that ``name`` names, in any language, with or without a title.

        Raises :class:`~vnla.UnknownName` (with suggestions) or
        :class:`~vnla.AmbiguousName` (with the candidates).

        >>> import vnla
        >>> vnla.dataset().resolve("Lao PM Sonexay Siphandone").id
        'sonexay-siphandone'
        >>> vnla.dataset().resolve("Viêng Chăn").id
        'vientiane'
        """
        # Delayed (a downward import): a first vnla.dataset() need not build name indices.
        from vnla.names.index import resolve

        found: Record = resolve(self, name, kind=kind)
        return found

    def named(self) -> Iterator[tuple[Record, Name]]:
        """Every ``(record, name)`` pair, for records that carry names."""
        for record in self._by_id.values():
            for name in getattr(record, "names", ()):
                yield record, name

    # framework --------------------------------------------------------------------------------
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
        stages = sorted(
            self.framework_stages,
            key=lambda s: (s.since.latest or s.since.earliest or date.min, s.id),
        )
        current = None
        for stage in stages:
            began = stage.since.latest or stage.since.earliest
            if day is None or (began is not None and began <= day):
                current = stage
        return current

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

    # targets, offices ---------------------------------------------------------------------------
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

    # consistency ---------------------------------------------------------------------------------
    def check(
        self,
        *,
        rules: Iterable[str] | None = None,
        texts: Mapping[str, str] | None = None,
    ) -> Report:
        """
        Run the consistency rules over this dataset; see :func:`vnla.rules.checks.check`.

        ``texts`` maps source ids to their full text, for the rules that re-read
        evidence in sources whose text is not bundled.
        """
        # Delayed (a downward import): loading data need not import the rules.
        from vnla.rules.checks import check

        return check(self, rules=rules, texts=texts)

    # combining ---------------------------------------------------------------------------------
    def merge(self, other: Dataset) -> Dataset:
        """
        A new dataset with the records of both; an id in both is a :class:`~vnla.DataError`.

        >>> import vnla
        >>> empty = vnla.Dataset()
        >>> vnla.dataset().merge(empty) == vnla.dataset()
        True
        """
        values: dict[str, Any] = {"schema_version": max(self.schema_version, other.schema_version)}
        origins: dict[tuple[str, int], tuple[str, str]] = {}
        for key, _cls, _kind in COLLECTIONS:
            mine, theirs = getattr(self, key), getattr(other, key)
            values[key] = mine + theirs
            for i in range(len(mine)):
                origins[(key, i)] = self._where(key, i)
            for i in range(len(theirs)):
                origins[(key, len(mine) + i)] = other._where(key, i)
        return Dataset(**values, origins=origins)

    def counts(self) -> dict[str, int]:
        """How many records of each kind, in loading order."""
        return {key: len(getattr(self, key)) for key, _cls, _kind in COLLECTIONS}

    # tables -----------------------------------------------------------------------------------
    def to_frame(self, table: str) -> pandas.DataFrame:
        """
        A table of the dataset as a :class:`pandas.DataFrame` (needs the ``pandas`` extra).

        ``table`` is a collection (``"people"``, ``"events"``…) or a table of what
        records hold several of (``"names"``, ``"offices"``, ``"participants"``,
        ``"evidence"``…); one row per record, flat columns documented in
        :mod:`vnla.record.tables`.

        >>> import vnla
        >>> frame = vnla.dataset().to_frame("people")  # doctest: +SKIP
        >>> frame.loc[frame.id == "to-lam", ["name_en", "name_vi", "name_lo"]]  # doctest: +SKIP

        Raises:
            ValueError: an unknown table (with the nearest one).
            ModuleNotFoundError: pandas is not installed.
        """
        # Delayed (a room of its own, imported on use): loading data need not build tables.
        from vnla.record.tables import to_frame

        return to_frame(self, table)

    def to_arrow(self, table: str) -> pyarrow.Table:
        """
        A table of the dataset as a :class:`pyarrow.Table` (needs the ``arrow`` extra); see :meth:`to_frame`.

        Raises:
            ValueError: an unknown table (with the nearest one).
            ModuleNotFoundError: pyarrow is not installed.
        """
        # Delayed (a room of its own, imported on use): loading data need not build tables.
        from vnla.record.tables import to_arrow

        return to_arrow(self, table)

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v}" for k, v in self.counts().items() if v)
        return f"<Dataset {shown}>"

    def _repr_html_(self) -> str:
        """A notebook's view: how many records of each kind, as a table."""
        import html  # delayed: its entity table costs a first vnla.dataset(), which shows no HTML

        body = "".join(
            f"<tr><td>{html.escape(key)}</td><td style='text-align:right'>{count:,}</td></tr>"
            for key, count in self.counts().items()
            if count
        )
        return (
            f"<table><caption>vnla Dataset: {len(self):,} records</caption>"
            f"<thead><tr><th>collection</th><th>records</th></tr></thead><tbody>{body}</tbody></table>"
        )


@functools.cache
def _reference_plan(
    cls: Any,
) -> tuple[tuple[str, tuple[str, ...] | None, bool], ...]:
    """
    Per class, the fields worth visiting for references.

    Each entry is ``(name, allowed kinds or None, holds nested records)``;
    computed once from the field metadata and types, so validating a
    dataset does not walk every string of every record.
    """
    hints = typing.get_type_hints(cls)
    plan = []
    for attribute in attrs.fields(cls):
        allowed = attribute.metadata.get("ref")
        nested = _holds_records(hints[attribute.name])
        if allowed or nested:
            plan.append((attribute.name, allowed, nested))
    return tuple(plan)


def _holds_records(tp: Any) -> bool:
    args = typing.get_args(tp)
    if args:
        return any(_holds_records(a) for a in args if a is not Ellipsis)
    return isinstance(tp, type) and attrs.has(tp) and bool(_reference_plan(tp))


def _references(record: object, path: str) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """Every ``(path, referenced id, allowed kinds)`` inside ``record``."""
    cls: Any = type(record)
    for name, allowed, nested in _reference_plan(cls):
        value = getattr(record, name)
        if value is None:
            continue
        here = f"{path}.{name}"
        if allowed:
            if isinstance(value, tuple):
                for j, target in enumerate(value):
                    yield f"{here}[{j}]", target, allowed
            else:
                yield here, value, allowed
        elif nested:
            if isinstance(value, tuple):
                for j, item in enumerate(value):
                    yield from _references(item, f"{here}[{j}]")
            else:
                yield from _references(value, here)


def _unpickle(values: dict[str, Any]) -> Dataset:
    """Rebuild a pickled :class:`Dataset` (see ``Dataset.__reduce__``)."""
    return Dataset._unchecked(**values)


def _a(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def _dangling(target: str, allowed: tuple[str, ...]) -> str:
    what = "record" if "*" in allowed else " or ".join(allowed)
    return f"dangling reference: no {what} with id {target!r}"


def _event_sort_key(event: Event) -> tuple[int, date, date, str]:
    earliest = event.earliest
    latest = event.latest
    if earliest is None:
        return (1, latest or date.max, date.max, event.id)
    return (0, earliest, latest or date.max, event.id)

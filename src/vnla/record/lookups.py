# SPDX-License-Identifier: MIT
"""
Finding records in a :class:`~vnla.record.dataset.Dataset`: by id, typed by kind, by name.

:class:`Lookups` is the part of the dataset that answers "which record is this?": ``get``
and ``ds[id]``, one typed accessor per kind (``ds.person(id)``…) raising
:class:`~vnla.model.errors.UnknownId` with suggestions, membership, and ``resolve`` by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast, overload

from vnla.model.coerce import suggest
from vnla.model.errors import UnknownId
from vnla.model.figures import Figure
from vnla.model.records import (
    Anniversary,
    Country,
    Document,
    Erratum,
    Event,
    Founding,
    Mechanism,
    Organization,
    Person,
    Place,
    Project,
    Source,
    Target,
    Term,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from vnla.model.collections import Record
    from vnla.model.records import Name
    from vnla.record.dataset import Dataset

__all__ = ["Lookups"]

T = TypeVar("T")
R = TypeVar("R")


class Lookups:
    """The lookups of a dataset, over the indices it builds (``_by_id``, ``_kind``)."""

    __slots__ = ()

    if TYPE_CHECKING:
        _by_id: Mapping[str, Record]
        _kind: Mapping[str, str]

        def _referrer_index(self) -> Mapping[str, tuple[str, ...]]: ...

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
        try:  # a name given for an id ("To Lam"): the id of what it names, first
            return UnknownId(id, [self.resolve(id, kind=kind).id], kind)
        except (LookupError, ValueError):  # no such name, several, or a kind no name is of
            pool = self._by_id if kind is None else [i for i, k in self._kind.items() if k == kind]
            return UnknownId(id, suggest(id, pool), kind)

    def _typed(self, id: str, cls: type[R], kind: str) -> R:
        record = self._by_id.get(id) if isinstance(id, str) else None
        if isinstance(record, cls):
            return record
        raise self._unknown_id(id, kind)

    def person(self, id: str) -> Person:
        """
        The person with this id; :class:`~vnla.UnknownId` (a ``KeyError``) if there is none,
        which suggests the nearest ids, or the id of what a name given for an id names.

        >>> import vnla
        >>> vnla.dataset().person("to-lam")
        <Person to-lam 'To Lam'>
        >>> vnla.dataset().person("Tô Lâm")
        Traceback (most recent call last):
        ...
        vnla.model.errors.UnknownId: no person with id 'Tô Lâm'; did you mean 'to-lam'?
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

    def _id_of(self, name_or_id: str, *kinds: str) -> str:
        if name_or_id in self._by_id:
            return name_or_id
        found = self.resolve(name_or_id, kind=kinds[0] if len(kinds) == 1 else kinds)
        return found.id

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

        found: Record = resolve(cast("Dataset", self), name, kind=kind)
        return found

    def named(self) -> Iterator[tuple[Record, Name]]:
        """Every ``(record, name)`` pair, for records that carry names."""
        for record in self._by_id.values():
            for name in getattr(record, "names", ()):
                yield record, name

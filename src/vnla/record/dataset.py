# SPDX-License-Identifier: MIT
"""
The :class:`Dataset`: every record, and the indices that are built and checked with it.

What a dataset answers lives beside it: finding records (:mod:`vnla.record.lookups`), the
queries across them (:mod:`vnla.record.queries`) and the whole-dataset checks it passes when
built (:mod:`vnla.record.integrity`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from vnla.model.classes import field, frozen
from vnla.model.collections import COLLECTIONS, Record
from vnla.model.figures import Figure
from vnla.model.records import (
    Anniversary,
    Country,
    Document,
    Erratum,
    Event,
    Founding,
    FrameworkElement,
    FrameworkStage,
    Mechanism,
    Organization,
    Person,
    Place,
    Project,
    Source,
    Target,
    Term,
)
from vnla.record.integrity import index_records, referrers_of
from vnla.record.queries import Queries

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pandas
    import pyarrow

    from vnla.rules.checks import Report

__all__ = ["COLLECTIONS", "Dataset", "Record"]


def _origin_default() -> Mapping[tuple[str, int], tuple[str, str]]:
    return MappingProxyType({})


def _freeze_origins(
    value: Mapping[tuple[str, int], tuple[str, str]],
) -> Mapping[tuple[str, int], tuple[str, str]]:
    return value if isinstance(value, MappingProxyType) else MappingProxyType(dict(value))


@frozen(kw_only=True)
class Dataset(Queries):
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
        indices = index_records(self)  # raises one DataError listing every problem
        self._set_indices(indices.by_id, indices.kind)
        object.__setattr__(self, "_referrers", MappingProxyType(indices.referrers))

    def origin(self, collection: str, index: int) -> tuple[str, str]:
        """
        Where a record came from: ``(file, path in file)``, for messages.

        >>> import vnla
        >>> vnla.dataset().origin("people", 0)
        ('vnla/data/people.toml', '$.people[0]')
        """
        return self.origins.get((collection, index), ("<dataset>", f"$.{collection}[{index}]"))

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
            converter: Any = attribute.converter
            shared = isinstance(converter, attrs.Converter)  # as vnla.model.classes.frozen makes them
            if shared:
                value = converter(value, self, attribute)  # as attrs and cattrs call one
            elif converter is not None:
                value = converter(value)
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
            index = MappingProxyType(referrers_of(self, self._kind))
            object.__setattr__(self, "_referrers", index)
        return index

    # lookups ---------------------------------------------------------------------

    # events ----------------------------------------------------------------------------

    # framework --------------------------------------------------------------------------------

    # consistency ---------------------------------------------------------------------------------
    def check(
        self,
        *,
        rules: Iterable[str] | None = None,
        texts: Mapping[str, str] | None = None,
        lang: str = "en",
    ) -> Report:
        """
        Run the consistency rules over this dataset; see :func:`vnla.rules.checks.check`.

        ``texts`` maps source ids to their full text, for the rules that re-read
        evidence in sources whose text is not bundled; ``lang`` (``"en"``, ``"vi"``,
        ``"lo"``) is the language the findings write their dates in.
        """
        # Delayed (a downward import): loading data need not import the rules.
        from vnla.rules.checks import check

        return check(self, rules=rules, texts=texts, lang=lang)

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
                origins[(key, i)] = self.origin(key, i)
            for i in range(len(theirs)):
                origins[(key, len(mine) + i)] = other.origin(key, i)
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


def _unpickle(values: dict[str, Any]) -> Dataset:
    """Rebuild a pickled :class:`Dataset` (see ``Dataset.__reduce__``)."""
    return Dataset._unchecked(**values)

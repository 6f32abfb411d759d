# SPDX-License-Identifier: MIT
"""
A consistent dataset under construction (:class:`World`): its records, and the statement
whose text holds their quotes.

The records of each kind are built by a module of their own (:mod:`~vnla.testing.world.setting`,
:mod:`~vnla.testing.world.people`, :mod:`~vnla.testing.world.events`,
:mod:`~vnla.testing.world.figures`, :mod:`~vnla.testing.world.framework`);
:mod:`~vnla.testing.world.plants` spoils a built world with one inconsistency.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import attrs

from vnla.model.records import Clause, Document, DocumentKind, Evidence, Name, When
from vnla.record.dataset import Dataset
from vnla.testing.world.events import add_congresses, add_founding, add_visit
from vnla.testing.world.figures import add_targets, add_trade_series
from vnla.testing.world.framework import add_framework
from vnla.testing.world.people import add_people
from vnla.testing.world.setting import add_setting

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["World"]


class World:
    """
    A consistent dataset under construction: records, and the statement whose text holds the quotes.

    Every fact is stated by a quote that vnla's parsers read back: dates in
    one of several styles, amounts with their horizon, ordinals with their
    noun.  The statement is a bundled text (a joint statement's clauses), so
    the quote rule checks every quote it is cited for.
    """

    def __init__(self, p: dict[str, Any]) -> None:
        self.p = p
        pre = p["prefix"]
        self.pre = pre
        self.records: dict[str, list[Any]] = {}
        self.statement_quotes: list[str] = []
        self.statement = f"{pre}-statement"
        self.report = f"{pre}-report"
        self.archive = f"{pre}-archive"
        start: date = p["start"]
        self.start = start
        self.end = start + timedelta(days=p["length"])
        self.published = self.end + timedelta(days=2)
        # set as the world is built: the capital's English name, the statement's signature line,
        # and the people as (id, English name, role key)
        self.place_en = ""
        self.signature = ""
        self.people: list[tuple[str, str, str]] = []

    # recording --------------------------------------------------------------------------
    def add(self, key: str, record: Any) -> Any:
        """Add ``record`` to the collection ``key`` (``"events"``, ...); return it."""
        self.records.setdefault(key, []).append(record)
        return record

    def said(self, quote: str, source: str | None = None) -> Evidence:
        """Evidence of ``source`` (the statement by default); the statement's quotes become its text."""
        source = source or self.statement
        if source == self.statement and quote not in self.statement_quotes:
            self.statement_quotes.append(quote)
        return Evidence(source=source, quote=quote)

    def noted(self, note: str) -> Evidence:
        """
        A note of the statement (no quote): the evidence of a record no rule reads words from
        (a party, a place); ``note`` must hold no date, number, ordinal or framework wording.
        """
        return Evidence(source=self.statement, note=note)

    def replace(self, key: str, record_id: str, **changes: Any) -> None:
        """Replace the record ``record_id`` of ``key`` by a copy with ``changes``."""
        self.records[key] = [
            attrs.evolve(r, **changes) if r.id == record_id else r for r in self.records[key]
        ]

    def get(self, key: str, record_id: str) -> Any:
        """The record ``record_id`` of ``key``."""
        return next(r for r in self.records[key] if r.id == record_id)

    def dataset(self) -> Dataset:
        """The dataset of the records so far, with the statement whose clauses are its quotes."""
        clauses = tuple(Clause(number=i + 1, text=q) for i, q in enumerate(self.statement_quotes))
        document = Document(
            id=f"{self.pre}-statement-doc",
            kind=DocumentKind.JOINT_STATEMENT,
            names=(Name(text="Joint Statement", lang="en"), Name(text="Tuyên bố chung", lang="vi")),
            signed=When.on(self.published),
            event=f"{self.pre}-visit",
            source=self.statement,
            clauses=clauses,
            evidence=(Evidence(source=self.statement, quote=self.signature),),
        )
        collections: dict[str, Any] = {k: tuple(v) for k, v in self.records.items()}
        collections["documents"] = (*collections.get("documents", ()), document)
        # the report and the older report only where a record cites them (a source nothing
        # cites is a warning of its own, sources.cited)
        cited = {
            source
            for key, records in collections.items()
            if key != "sources"
            for record in records
            for source in _cited(record)
        }
        collections["sources"] = tuple(
            s
            for s in collections.get("sources", ())
            if s.id in cited or s.id not in (self.report, self.archive)
        )
        return Dataset(**collections)

    # the world --------------------------------------------------------------------------
    def build(self) -> World:
        """Every record of a consistent world, one kind after another, each stated by a quote."""
        add_setting(self)
        add_people(self)
        add_visit(self)
        add_congresses(self)
        add_founding(self)
        add_targets(self)
        add_framework(self)
        if self.p["trade"] is not None:
            add_trade_series(self, *self.p["trade"])
        return self


def _cited(value: Any) -> Iterator[str]:
    """The sources the evidence inside ``value`` (a record, or anything in one) cites."""
    if isinstance(value, Evidence):
        yield value.source
    elif isinstance(value, tuple):
        for item in value:
            yield from _cited(item)
    elif attrs.has(type(value)):
        for name in attrs.fields_dict(type(value)):
            yield from _cited(getattr(value, name))

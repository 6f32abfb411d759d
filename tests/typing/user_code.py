# SPDX-License-Identifier: MIT
"""
Typical user code, type-checked by tests/test_typing.py with ``mypy --strict``.

Each ``reveal_type`` line ends with the type mypy must reveal; the test reads them
from this file, so an expectation and its line cannot drift apart.  ``Record`` stands for
the union of every record class (vnla.model.collections.Record), which mypy spells out.
"""

from __future__ import annotations

from datetime import date
from typing import reveal_type

import vnla
from vnla.model.records import Event, Person

ds = vnla.dataset()
reveal_type(ds)  # expect: vnla.record.dataset.Dataset

person = ds.person("to-lam")
reveal_type(person)  # expect: vnla.model.records.Person
reveal_type(person.names)  # expect: tuple[vnla.model.records.Name, ...]
reveal_type(person.offices)  # expect: tuple[vnla.model.records.Office, ...]
reveal_type(person.name.preferred("lo"))  # expect: str
reveal_type(person.offices[0].held)  # expect: vnla.model.records.When | None

visit = ds.event("visit-2025-12-laos")
reveal_type(visit)  # expect: vnla.model.records.Event
reveal_type(visit.start)  # expect: datetime.date | None
reveal_type(visit.participants)  # expect: tuple[vnla.model.records.Participant, ...]

record = ds.get("hanoi")
reveal_type(record)  # expect: Record | None
if isinstance(record, Person):
    reveal_type(record.given_name)  # expect: str | None

either = ds.get("no-such-id", "fallback")
reveal_type(either)  # expect: Record | str

found = ds.resolve("Thongloun")
if isinstance(found, Person):
    reveal_type(found.id)  # expect: str

events = ds.find_events(start="2026-01", end=date(2026, 2, 28), kind="state-visit")
reveal_type(events)  # expect: tuple[vnla.model.records.Event, ...]
first: Event = events[0]
reveal_type(first.when)  # expect: vnla.model.records.When

reveal_type(ds.framework("2025-11-30"))  # expect: tuple[vnla.model.records.FrameworkElement, ...]
reveal_type(ds.offices_of("to-lam", on="2024"))  # expect: tuple[vnla.model.records.Office, ...]
reveal_type(ds.target("target-trade-10bn-usd").value)  # expect: decimal.Decimal | None
reveal_type(ds.figure(ds.figures[0].id).period)  # expect: vnla.model.records.When
reveal_type(ds.check())  # expect: vnla.rules.checks.Report
reveal_type(vnla.check_text("Tô Lâm", published="2026-01-27"))  # expect: vnla.checker.report.TextReport
reveal_type(vnla.to_text(visit, "vi"))  # expect: str

try:
    ds["to-lamm"]
except vnla.UnknownId as error:
    reveal_type(error.suggestions)  # expect: tuple[str, ...]

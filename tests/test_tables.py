# SPDX-License-Identifier: MIT
"""Flat tables of the dataset: documented columns, one row per record, pandas and Arrow."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import vnla
from vnla.model.collections import COLLECTIONS
from vnla.record.tables import SEPARATOR, columns, rows, table_names


@pytest.fixture(scope="module")
def ds() -> vnla.Dataset:
    return vnla.dataset()


def test_one_row_per_record(ds: vnla.Dataset) -> None:
    for key, _cls, _kind in COLLECTIONS:
        table = rows(ds, key)
        assert [r["id"] for r in table] == [r.id for r in getattr(ds, key)]
        names = [c.name for c in columns(key)]
        assert names[0] == "id" and len(set(names)) == len(names)
        assert all(list(r) == names for r in table)


def test_names_dates_and_references_are_flat(ds: vnla.Dataset) -> None:
    person = next(r for r in rows(ds, "people") if r["id"] == "to-lam")
    assert (person["name_en"], person["name_vi"], person["name_lo"]) == ("To Lam", "Tô Lâm", "ໂຕເລິມ")
    visit = next(r for r in rows(ds, "events") if r["id"] == "visit-2025-12-laos")
    assert (visit["start"], visit["end"], visit["earliest"], visit["latest"], visit["precision"]) == (
        date(2025, 12, 1),
        date(2025, 12, 2),
        date(2025, 12, 1),
        date(2025, 12, 2),
        "range",
    )
    bounded = next(r for r in rows(ds, "events") if r["id"] == "talks-2025-12-vientiane")
    assert bounded["start"] is None and bounded["earliest"] == date(2025, 12, 1)
    target = next(r for r in rows(ds, "targets") if r["id"] == "target-trade-10bn-usd")
    assert target["value"] == Decimal("10000000000") and target["horizon_kind"] == "longer-term"
    for row in rows(ds, "targets"):
        for ids in (row["set_by"], row["events"]):
            assert ids is None or all(i in ds for i in str(ids).split(SEPARATOR))


def test_every_value_is_flat(ds: vnla.Dataset) -> None:
    for table in table_names():
        for row in rows(ds, table):
            for value in row.values():
                assert value is None or isinstance(value, str | int | bool | Decimal | date), (table, value)


def test_references_point_at_records(ds: vnla.Dataset) -> None:
    for table in table_names():
        for column in columns(table):
            if column.ref is None:
                continue
            ids = {r.id for r in getattr(ds, column.ref)}
            for row in rows(ds, table):
                assert row[column.name] is None or row[column.name] in ids, (table, column.name)


def test_evidence_is_keyed_by_record(ds: vnla.Dataset) -> None:
    evidence = rows(ds, "evidence")
    assert len(evidence) == len(ds.citations())
    assert {(r["record"], r["path"]) for r in evidence} == {(c.record, c.path) for c in ds.citations()}
    offices = rows(ds, "offices")
    assert len(offices) == sum(len(p.offices) for p in ds.people)


def test_an_unknown_table_suggests_the_nearest(ds: vnla.Dataset) -> None:
    with pytest.raises(ValueError, match="did you mean 'people'"):
        rows(ds, "peple")


def test_to_frame(ds: vnla.Dataset) -> None:
    pytest.importorskip("pandas")
    frame = ds.to_frame("events")
    assert list(frame.columns) == [c.name for c in columns("events")]
    assert len(frame) == len(ds.events)
    assert str(frame["ordinal"].dtype) == "Int64"


def test_to_arrow(ds: vnla.Dataset) -> None:
    pa = pytest.importorskip("pyarrow")
    table = ds.to_arrow("figures")
    assert table.num_rows == len(ds.figures)
    assert table.schema.field("period_earliest").type == pa.date32()
    values = table.column("value").to_pylist()
    assert values == [f.value for f in ds.figures]

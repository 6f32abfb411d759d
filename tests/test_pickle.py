# SPDX-License-Identifier: MIT
"""Datasets, records and errors round-trip through the standard library's pickle."""

from __future__ import annotations

import copy
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import attrs
import pytest

import vnla
from vnla.lang.fold import fold_with_offsets
from vnla.model import records
from vnla.model.records import iter_fields


def _all_objects(ds: vnla.Dataset) -> list[Any]:
    """Every attrs object reachable from the dataset's records, plus labels and citations."""
    out: list[Any] = []
    for record in ds:
        out.append(record)
        out.extend(value for _path, _attr, value in iter_fields(record) if attrs.has(type(value)))
        for _path, _attr, value in iter_fields(record):
            if isinstance(value, tuple):
                out.extend(item for item in value if attrs.has(type(item)))
        if hasattr(record, "name"):
            out.append(record.name)
    out.extend(ds.citations()[:5])
    return out


def test_bundled_dataset_round_trips() -> None:
    ds = vnla.dataset()
    again = pickle.loads(pickle.dumps(ds))
    assert again == ds
    assert again is not ds
    assert again.ids == ds.ids
    assert dict(again.origins) == dict(ds.origins)
    assert again.get("to-lam") == ds.get("to-lam")
    assert again.kind_of("vientiane") == "place"
    assert again.subevents("visit-2026-02-laos") == ds.subevents("visit-2026-02-laos")
    assert again.referencing("to-lam") == ds.referencing("to-lam")
    assert again.source_text("joint-statement-2025-12-02-en") == ds.source_text(
        "joint-statement-2025-12-02-en"
    )
    assert again.resolve("Tô Lâm").id == "to-lam"
    assert vnla.to_json(again) == vnla.to_json(ds)


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_every_protocol(protocol: int) -> None:
    ds = vnla.dataset()
    assert pickle.loads(pickle.dumps(ds, protocol=protocol)) == ds


def test_copies_are_equal() -> None:
    ds = vnla.dataset()
    assert copy.copy(ds) == ds
    assert copy.deepcopy(ds) == ds


def test_every_record_class_round_trips() -> None:
    objects = _all_objects(vnla.dataset())
    seen = set()
    for obj in objects:
        assert pickle.loads(pickle.dumps(obj)) == obj, type(obj).__name__
        seen.add(type(obj).__name__)
    model_classes = {
        name for name in records.__all__ if attrs.has(getattr(records, name)) and name != "Citation"
    }
    assert model_classes <= seen | {"Citation"}, model_classes - seen


def test_a_loaded_dataset_round_trips(tmp_path: Any) -> None:
    (tmp_path / "mine.toml").write_text(
        '[[places]]\nid = "my-town"\nkind = "city"\nwithin = "vientiane"\n'
        'names = [{ text = "My Town", lang = "en" }]\n',
        encoding="utf-8",
    )
    ds = vnla.load(tmp_path)
    again = pickle.loads(pickle.dumps(ds))
    assert again == ds
    assert again.origins[("places", len(ds.places) - 1)][0].endswith("mine.toml")
    assert again.find_events(place="vientiane") == ds.find_events(place="vientiane")


def test_errors_round_trip() -> None:
    error = vnla.DataError([vnla.Problem(file="a.toml", path="$.people[0]", reason="bad", value="x")])
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), again.problems, str(again)) == (vnla.DataError, error.problems, str(error))
    unknown = vnla.UnknownName("Nobody", ("Somebody",), "person")
    again_u = pickle.loads(pickle.dumps(unknown))
    assert (again_u.name, again_u.suggestions, again_u.kind, str(again_u)) == (
        "Nobody",
        ("Somebody",),
        "person",
        str(unknown),
    )
    ambiguous = vnla.AmbiguousName("Phomvihane", ("a", "b"))
    again_a = pickle.loads(pickle.dumps(ambiguous))
    assert (again_a.name, again_a.candidates, str(again_a)) == ("Phomvihane", ("a", "b"), str(ambiguous))


def test_folded_text_round_trips() -> None:
    folded = fold_with_offsets("Tổng Bí thư Tô Lâm")
    again = pickle.loads(pickle.dumps(folded))
    assert again == folded
    assert again.locate("to lam") == folded.locate("to lam")


def _count_people(ds: vnla.Dataset) -> tuple[int, str]:
    return len(ds.people), ds.resolve("Thongloun").id


def test_a_dataset_crosses_processes() -> None:
    ds = vnla.dataset()
    with ProcessPoolExecutor(max_workers=1) as pool:
        assert pool.submit(_count_people, ds).result() == (len(ds.people), "thongloun-sisoulith")

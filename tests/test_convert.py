# SPDX-License-Identifier: MIT
"""JSON round trips of every model class and of the whole dataset, and the JSON Schema."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnla
from vnla import model as models
from vnla.record.convert import structure_when, unstructure_when
from vnla.record.dataset import COLLECTIONS, Dataset

days = st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31))
whens = st.one_of(
    st.builds(models.When.on, days),
    st.builds(lambda a, b: models.When.between(min(a, b), max(a, b)), days, days),
    st.builds(models.When.in_month, st.integers(1000, 2999), st.integers(1, 12)),
    st.builds(
        models.When.in_year,
        st.integers(1000, 2999),
        qualifier=st.sampled_from([None, "early", "mid", "late"]),
    ),
    st.builds(lambda d: models.When.bounded(after=d), days),
    st.builds(lambda d: models.When.bounded(not_after=d), days),
    st.builds(lambda a, b: models.When.bounded(not_before=min(a, b), not_after=max(a, b)), days, days),
)


@given(whens)
def test_when_round_trips_through_its_compact_form(when: models.When) -> None:
    assert structure_when(unstructure_when(when)) == when
    assert structure_when(json.loads(json.dumps(unstructure_when(when)))) == when


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=0, max_value=10**15))
def test_decimal_amounts_round_trip_exactly(value: Decimal) -> None:
    """An amount is either refused when made, saying why, or read back exactly."""

    def make() -> models.Target:
        return models.Target(
            id="t",
            metric="m",
            description="d",
            horizon=models.Horizon(kind=models.HorizonKind.SOON),
            value=value,
            unit="USD",
        )

    exponent = str(value).partition("E")[2].lstrip("+-")
    if len(str(value)) > 60 or len(exponent) > 2:  # what the data files cannot hold
        with pytest.raises(ValueError, match="cannot be read back"):
            make()
        return
    target = make()
    back = vnla.from_json(vnla.to_json(target), models.Target)
    assert back == target and str(back.value) == str(value)


def all_records() -> list[object]:
    return list(vnla.dataset())


def test_every_model_class_is_in_the_bundled_data() -> None:
    present = {type(r) for r in vnla.dataset()}
    assert present == {cls for _key, cls, _kind in COLLECTIONS}


@pytest.mark.parametrize("record", all_records(), ids=lambda r: r.id)
def test_every_bundled_record_round_trips(record: object) -> None:
    assert vnla.from_json(vnla.to_json(record), type(record)) == record


def test_whole_dataset_round_trips() -> None:
    ds = vnla.dataset()
    text = vnla.to_json(ds)
    back = vnla.from_json(text, Dataset)
    assert back == ds
    assert vnla.to_json(back) == text


def test_from_json_errors_carry_paths() -> None:
    with pytest.raises(vnla.DataError, match=r"@ \$\.horizon\.kind"):
        vnla.from_json(
            '{"id": "t", "metric": "m", "description": "d", "horizon": {"kind": "someday"}}', models.Target
        )
    with pytest.raises(vnla.DataError, match="invalid JSON"):
        vnla.from_json("{", models.Target)


def test_json_schema_covers_every_collection_and_field() -> None:
    schema = vnla.json_schema()
    for key, cls, _kind in COLLECTIONS:
        assert schema["properties"][key]["items"] == {"$ref": f"#/$defs/{cls.__name__}"}
        fields = {a.name for a in attrs.fields(cls) if a.init}
        assert set(schema["$defs"][cls.__name__]["properties"]) == fields
    schema["title"] = "changed"
    assert vnla.json_schema()["title"] == "vnla data file"


def test_export_validates_against_the_schema_shape() -> None:
    """Every key an export writes is a property the schema allows (a dependency-free check)."""
    schema = vnla.json_schema()
    exported = json.loads(vnla.to_json(vnla.dataset()))

    def check(value: object, node: dict, where: str) -> None:
        if "$ref" in node:
            node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
        if node.get("type") == "object" and isinstance(value, dict):
            assert set(value) <= set(node["properties"]), where
            assert set(node.get("required", [])) <= set(value), where
            for key, item in value.items():
                check(item, node["properties"][key], f"{where}.{key}")
        elif node.get("type") == "array" and isinstance(value, list):
            for i, item in enumerate(value):
                check(item, node["items"], f"{where}[{i}]")
        elif "enum" in node:
            assert value in node["enum"], where

    check(exported, schema, "$")

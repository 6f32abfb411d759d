# SPDX-License-Identifier: MIT
"""The JSON snapshot is a faithful, fresh and verified cache of the TOML files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest

import vnla
from vnla.model.classes import frozen
from vnla.record import snapshot as _snapshot
from vnla.record.loading import _build, _parse, dataset_to_dict
from vnla.record.snapshot import SnapshotWarning

if TYPE_CHECKING:
    from collections.abc import Callable

SNAPSHOT = Path(_snapshot.DATA_DIR) / _snapshot.SNAPSHOT_NAME


def toml_files() -> list[tuple[str, bytes]]:
    return [(os.path.basename(p), Path(p).read_bytes()) for p in _snapshot.data_files()]


def toml_dataset() -> vnla.Dataset:
    return _build(*_parse([(p, f"vnla/data/{os.path.basename(p)}") for p in _snapshot.data_files()]))


def test_snapshot_is_fresh() -> None:
    assert _snapshot.load_snapshot(toml_files()) is not None, (
        "run `python -m vnla.record.refresh` after editing data/*.toml"
    )


def test_snapshot_equals_the_toml() -> None:
    from_toml = toml_dataset()
    from_snapshot = _snapshot.load_snapshot(toml_files())
    assert from_snapshot == from_toml
    assert vnla.to_json(from_snapshot) == vnla.to_json(from_toml)
    assert dict(from_snapshot.origins) == dict(from_toml.origins)
    # the indices built without the checks are those the checks build
    for id in ("to-lam", "vientiane", "LA", "visit-2026-02-laos"):
        assert from_snapshot.referencing(id) == from_toml.referencing(id)
        assert from_snapshot.subevents(id) == from_toml.subevents(id)
    assert from_snapshot.ids == from_toml.ids
    assert [from_snapshot.kind_of(i) for i in from_snapshot.ids] == [
        from_toml.kind_of(i) for i in from_toml.ids
    ]


def test_stale_snapshot_is_ignored() -> None:
    files = toml_files()
    files[0] = (files[0][0], files[0][1] + b"\n# edited\n")
    assert _snapshot.load_snapshot(files) is None


def test_a_one_byte_edit_of_the_toml_is_seen() -> None:
    files = toml_files()
    name, data = files[-1]
    middle = len(data) // 2
    files[-1] = (name, data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :])
    assert _snapshot.load_snapshot(files) is None


def _copy_with(tmp_path: Path, edit: bytes, replacement: bytes) -> str:
    raw = SNAPSHOT.read_bytes()
    assert edit in raw
    target = tmp_path / "bundled.json"
    target.write_bytes(raw.replace(edit, replacement, 1))
    return str(target)


def test_an_edited_snapshot_falls_back_with_a_warning(tmp_path: Path) -> None:
    edited = _copy_with(tmp_path, b'"Thongloun Sisoulith"', b'"Thongloun Sisoulitx"')
    with pytest.warns(SnapshotWarning, match="does not match its checksum"):
        assert _snapshot.load_snapshot(toml_files(), edited) is None


def test_a_broken_header_falls_back_with_a_warning(tmp_path: Path) -> None:
    format_now = f'"format": {_snapshot.FORMAT}'.encode()
    edited = _copy_with(tmp_path, format_now, f'"format": {_snapshot.FORMAT - 1}'.encode())
    with pytest.warns(SnapshotWarning, match="header"):
        assert _snapshot.load_snapshot(toml_files(), edited) is None
    (tmp_path / "garbage.json").write_bytes(b"\x00not json\n{}")
    with pytest.warns(SnapshotWarning):
        assert _snapshot.load_snapshot(toml_files(), str(tmp_path / "garbage.json")) is None


def _snapshot_with(tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> str:
    """A copy of the snapshot with its records edited, and checksums that match the edit."""
    body = json.loads(SNAPSHOT.read_bytes().split(b"\n", 1)[1])
    data = dataset_to_dict(vnla.dataset())  # the records as tables, as the snapshot's writer takes them
    edit(data)
    target = tmp_path / "edited.json"
    target.write_bytes(_snapshot.snapshot_bytes(data, body["origins"], toml_files()))
    return str(target)


def test_a_record_the_model_cannot_hold_falls_back_with_a_warning(tmp_path: Path) -> None:
    def unknown_field(data: dict[str, Any]) -> None:
        data["places"][0]["altitude"] = 12

    def no_id(data: dict[str, Any]) -> None:
        del data["people"][0]["id"]

    def unknown_kind(data: dict[str, Any]) -> None:
        data["events"][0]["kind"] = "parade"

    for edit, why in (
        (unknown_field, "Place with unknown field 'altitude'"),
        (no_id, r"Person without \['id'\]"),
        (unknown_kind, "KeyError: 'parade'"),
    ):
        with pytest.warns(SnapshotWarning, match=why):
            assert _snapshot.load_snapshot(toml_files(), _snapshot_with(tmp_path, edit)) is None


def test_the_snapshot_leaves_out_defaults_and_the_loader_fills_them_in(tmp_path: Path) -> None:
    body = json.loads(SNAPSHOT.read_bytes().split(b"\n", 1)[1])
    shapes = body["shapes"]["Place"]
    for one, written in zip(vnla.dataset().places, body["data"]["places"], strict=True):
        keys = shapes[written[-1]]  # a record is its values, then the number of its shape
        assert len(written) == len(keys) + 1
        assert ("within" in keys) == (one.within is not None), one.id
        assert ("evidence" in keys) == bool(one.evidence), one.id
    place = vnla.dataset().place("vientiane")
    for a in attrs.fields(type(place)):
        assert hasattr(place, a.name), a.name  # every slot set, defaults too

    def bare(data: dict[str, Any]) -> None:
        data["places"][0] = {k: v for k, v in data["places"][0].items() if k in ("id", "kind", "names")}

    loaded = _snapshot.load_snapshot(toml_files(), _snapshot_with(tmp_path, bare))
    assert loaded is not None
    first = loaded.places[0]
    assert first.within is None and first.evidence == ()
    assert first == attrs.evolve(vnla.dataset().places[0], within=None, evidence=(), **_other_defaults(first))


def _other_defaults(place: Any) -> dict[str, Any]:
    keep = {"id", "kind", "names", "within", "evidence"}
    return {a.alias: a.default for a in attrs.fields(type(place)) if a.init and a.name not in keep}


def test_a_post_init_runs_where_it_sets_fields_and_checks_are_not_run_again() -> None:
    @frozen(kw_only=True)
    class Span:
        start: int
        end: int
        length: int = attrs.field(init=False)

        def __attrs_post_init__(self) -> None:
            object.__setattr__(self, "length", self.end - self.start)

    built = _snapshot._build(Span, {"start": 2, "end": 5})
    assert built.length == 3 and built == Span(start=2, end=5)

    @frozen(kw_only=True)
    class Checked:
        value: int = attrs.field(validator=attrs.validators.gt(5))

        def __attrs_post_init__(self) -> None:
            raise AssertionError

    assert _snapshot._build(Checked, {"value": 1}).value == 1


def test_a_missing_snapshot_is_no_error(tmp_path: Path) -> None:
    assert _snapshot.load_snapshot(toml_files(), str(tmp_path / "none.json")) is None


def test_dataset_falls_back_to_the_toml_when_the_snapshot_is_edited(tmp_path: Path) -> None:
    """The whole path, in a fresh process: an edited snapshot warns and the TOML's dataset is loaded."""
    copy = tmp_path / "vnla"
    package = Path(vnla.__file__).parent
    code = f"""
import shutil, sys, warnings
shutil.copytree({str(package)!r}, {str(copy)!r})
snapshot = {str(copy / "data" / "bundled.json")!r}
raw = open(snapshot, "rb").read().replace(b'"Thongloun Sisoulith"', b'"Thongloun Sisoulitx"', 1)
open(snapshot, "wb").write(raw)
sys.path.insert(0, {str(tmp_path)!r})
import vnla
assert vnla.__file__.startswith({str(tmp_path)!r}), vnla.__file__
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    name = vnla.dataset().get("thongloun-sisoulith").name.preferred("en")
print(name, [type(w.message).__name__ for w in caught])
"""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert result.stdout.split() == ["Thongloun", "Sisoulith", "['SnapshotWarning']"]


def test_bundled_load_needs_neither_cattrs_nor_tomllib_nor_hashlib() -> None:
    modules = ("cattrs", "tomllib", "hashlib", "importlib.resources", "pathlib", "calendar")
    code = f"import sys, vnla; vnla.dataset(); print(*[m in sys.modules for m in {modules!r}])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert dict(zip(modules, result.stdout.split(), strict=True)) == dict.fromkeys(modules, "False")


def test_records_are_arrays_of_a_few_shapes_and_nested_records_are_arrays_too() -> None:
    body = json.loads(SNAPSHOT.read_bytes().split(b"\n", 1)[1])
    records = sum(len(v) for k, v in body["data"].items() if k != "schema_version")
    shapes = sum(len(v) for v in body["shapes"].values())
    assert shapes < records / 2  # keys are read once a shape, not once a record
    person = body["data"]["people"][0]
    keys = body["shapes"]["Person"][person[-1]]
    names = person[keys.index("names")]
    assert all(isinstance(name, list) and isinstance(name[-1], int) for name in names)
    first = body["shapes"]["Name"][names[0][-1]]
    assert names[0][first.index("text")] == vnla.dataset().people[0].names[0].text


def test_an_array_that_does_not_fit_its_shape_falls_back_with_a_warning(tmp_path: Path) -> None:
    body = json.loads(SNAPSHOT.read_bytes().split(b"\n", 1)[1])

    def write(edit: Callable[[dict[str, Any]], None]) -> str:
        copy = json.loads(json.dumps(body))
        edit(copy)
        raw = json.dumps(copy, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        header = {
            "format": _snapshot.FORMAT,
            "toml": _snapshot.toml_digest(toml_files()),
            "body": _snapshot._crc([raw]),
        }
        target = tmp_path / "shaped.json"
        target.write_bytes(json.dumps(header).encode("utf-8") + b"\n" + raw)
        return str(target)

    def one_value_less(copy: dict[str, Any]) -> None:
        del copy["data"]["people"][0][0]

    def no_such_shape(copy: dict[str, Any]) -> None:
        copy["data"]["people"][0][-1] = len(copy["shapes"]["Person"])

    def shape_with_an_unknown_key(copy: dict[str, Any]) -> None:
        copy["shapes"]["Person"][0][0] = "nickname"

    for edit, why in (
        (one_value_less, "Person: .* values for a shape of"),
        (no_such_shape, "IndexError"),
        (shape_with_an_unknown_key, "Person with unknown field 'nickname'"),
    ):
        with pytest.warns(SnapshotWarning, match=why):
            assert _snapshot.load_snapshot(toml_files(), write(edit)) is None
    assert _snapshot.load_snapshot(toml_files(), write(lambda _copy: None)) == vnla.dataset()


def test_every_field_is_rebuilt_as_its_type_says_read_from_its_annotations_text() -> None:
    """The loader reads 'tuple[Name, ...]' as text; it means what the type it names does."""
    import sys

    from vnla.model.fields import field_types

    seen: set[type[Any]] = set()
    stack = [cls for _key, cls, _kind in _snapshot.COLLECTIONS]
    read = 0
    while stack:
        cls = stack.pop()
        if cls in seen:
            continue
        seen.add(cls)
        namespace = vars(sys.modules[cls.__module__])
        for a in attrs.fields(cls):
            if not a.init:
                continue
            typed = _snapshot._builder(field_types(cls)[a.name])
            # the annotation's text (a.type too, until attrs.resolve_types, which cattrs calls, makes it a type)
            written = next(
                vars(c)["__annotations__"][a.name]
                for c in cls.__mro__
                if a.name in vars(c).get("__annotations__", {})
            )
            text = _snapshot._builder_of_text(written, namespace)
            assert text is not _snapshot._UNKNOWN, (cls.__name__, a.name, written)
            read += 1
            if isinstance(typed, _snapshot._Nested):
                assert isinstance(text, _snapshot._Nested), (cls.__name__, a.name)
                assert (text.cls, text.many) == (typed.cls, typed.many)
                stack.append(typed.cls)
            elif getattr(typed, "__name__", "") == "<lambda>":  # a tuple of built values
                assert getattr(text, "__name__", "") == "<lambda>", (cls.__name__, a.name)
            else:
                assert text == typed, (cls.__name__, a.name, text, typed)
    assert read > 200 and len(seen) > 30
    # forms the model does not write are left to typing
    assert _snapshot._builder_of_text("dict[str, int]", {}) is _snapshot._UNKNOWN
    assert _snapshot._builder_of_text("Mapping[str, int] | None", {}) is _snapshot._UNKNOWN


def test_fields_left_out_get_their_default_or_their_factorys_value() -> None:
    from vnla.model.records import Clause, Mentions

    built = _snapshot._build(Clause, {"number": 6, "text": "5 billion USD"})
    assert built.topics == () and built.mentions == Mentions()
    assert built == Clause(number=6, text="5 billion USD")
    with_topics = _snapshot._build(Clause, {"number": 6, "text": "x", "topics": ["trade"]})
    assert with_topics.topics == ("trade",) and with_topics.mentions == Mentions()


def test_a_day_is_rebuilt_as_when_on_would_make_it() -> None:
    from datetime import date

    from vnla.model.records import When

    rebuilt = _snapshot._when("2025-12-01")
    made = When.on(date(2025, 12, 1))
    assert rebuilt == made and hash(rebuilt) == hash(made) and repr(rebuilt) == repr(made)
    assert [getattr(rebuilt, a.name) for a in attrs.fields(When)] == [
        getattr(made, a.name) for a in attrs.fields(When)
    ]
    assert _snapshot._when("2025-12") == When.in_month(2025, 12)

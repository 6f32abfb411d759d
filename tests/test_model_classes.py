# SPDX-License-Identifier: MIT
"""
The model's classes made by :func:`vnla.model.classes.frozen` behave as :func:`attrs.frozen`'s would.

They leave out attrs' generated repr, eq and hash (issue 11, point 6: a first load
compiled them for nothing); what they do instead must mean the same.
"""

from __future__ import annotations

import importlib
import itertools
import linecache
import pickle
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import vnla
from vnla.model import arithmetic, errors
from vnla.model.classes import VALIDATOR, FieldValidators, frozen
from vnla.model.collections import COLLECTIONS
from vnla.model.records import Evidence, Label, Name, NameKind, When
from vnla.record.dataset import Dataset


def model_classes() -> list[type[Any]]:
    found: dict[str, type[Any]] = {}
    modules = ("vnla.model.errors", "vnla.model.arithmetic", "vnla.model.records", "vnla.model.figures")
    for module in (*modules, "vnla.record.dataset"):
        for value in vars(sys.modules[module]).values():
            if isinstance(value, type) and attrs.has(value) and value.__module__ == module:
                found[value.__qualname__] = value
    return list(found.values())


def attrs_equal(a: object, b: object) -> bool:
    """What attrs' generated __eq__ says: same class, and every field with eq=True equal."""
    if type(a) is not type(b):
        return False
    return all(getattr(a, f.name) == getattr(b, f.name) for f in attrs.fields(type(a)) if f.eq)


def test_every_model_class_is_made_by_our_frozen() -> None:
    classes = model_classes()
    assert len(classes) > 30
    for cls in classes:
        assert attrs.has(cls), cls
        assert cls.__eq__.__module__ == cls.__module__, cls  # not attrs' generated one
        assert cls.__eq__.__qualname__ == f"{cls.__qualname__}.__eq__"
        assert cls.__hash__ is not None, cls
        assert "__slots__" in vars(cls), cls
        assert "<attrs generated" not in cls.__repr__.__code__.co_filename, cls


def test_equality_and_hash_mean_what_attrs_means() -> None:
    ds = vnla.dataset()
    for key, _cls, _kind in COLLECTIONS:
        records = getattr(ds, key)[:6]
        for a, b in itertools.product(records, repeat=2):
            assert (a == b) is attrs_equal(a, b), (a, b)
            assert (a != b) is not attrs_equal(a, b), (a, b)
        for record in records:
            twin = pickle.loads(pickle.dumps(record))
            assert twin == record and twin is not record
            assert hash(twin) == hash(record)
            assert attrs.evolve(record) == record
            assert len({record, twin}) == 1


def test_one_field_makes_records_unequal() -> None:
    evidence = Evidence(source="vns-2026-01-26", quote="Tô Lâm")
    assert evidence == Evidence(source="vns-2026-01-26", quote="Tô Lâm")
    assert evidence != Evidence(source="vns-2026-01-26", quote="Tô Lâm", note="a note")
    assert evidence != attrs.evolve(evidence, quote="Lâm")
    assert When.in_year(2025) != When.in_year(2025, qualifier="early")
    assert When.in_year(2025) == When.in_year(2025)
    assert len({When.in_year(2025), When.in_year(2025), When.in_month(2025, 1)}) == 2


def test_other_classes_and_other_values_are_never_equal() -> None:
    name = Name(text="Hà Nội", lang="vi", kind=NameKind.PREFERRED)
    assert name.__eq__(object()) is NotImplemented
    assert name != ("Hà Nội", "vi")
    assert name != None  # noqa: E711 - the comparison itself is what is tested

    @frozen(kw_only=True)
    class Twin:
        text: str
        lang: str

    @frozen(kw_only=True)
    class Other:
        text: str
        lang: str

    assert Twin(text="a", lang="vi") != Other(text="a", lang="vi")
    assert Twin(text="a", lang="vi") == Twin(text="a", lang="vi")


def test_fields_left_out_of_eq_are_left_out_of_eq_and_hash() -> None:
    empty = Dataset()
    other_origins = Dataset(origins={("sources", 0): ("here.toml", "$.sources[0]")})
    assert attrs.fields(Dataset).origins.eq is False
    assert empty == other_origins
    assert hash(empty) == hash(other_origins)
    assert vnla.dataset().merge(Dataset()) == vnla.dataset()


def test_classes_of_one_and_no_fields() -> None:
    @frozen
    class One:
        x: int

    @frozen
    class Empty:
        pass

    assert One(1) == One(1) and One(1) != One(2) and hash(One(1)) == hash(One(1))
    assert Empty() == Empty() and hash(Empty()) == hash(Empty())
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        One(1).x = 2  # type: ignore[misc]


def test_tuple_converters_still_make_tuples() -> None:
    ds = Dataset(sources=[], terms=iter(()))
    assert ds.sources == () and ds.terms == ()
    bundled = vnla.dataset()
    rebuilt = Dataset(**{key: list(getattr(bundled, key)) for key, _cls, _kind in COLLECTIONS})
    assert all(type(getattr(rebuilt, key)) is tuple for key, _cls, _kind in COLLECTIONS)
    assert rebuilt == bundled


def test_a_class_keeps_the_eq_and_hash_it_writes() -> None:
    @frozen
    class Loose:
        x: int
        note: str

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Loose) and other.x == self.x

        def __hash__(self) -> int:
            return hash(self.x)

    assert Loose(1, "a") == Loose(1, "b") and hash(Loose(1, "a")) == hash(Loose(1, "b"))


def test_frozen_refuses_what_it_decides_itself() -> None:
    for options in ({"eq": False}, {"repr": True}, {"field_transformer": lambda _c, f: f}):
        with pytest.raises(TypeError, match="decides eq, repr and field_transformer"):
            frozen(**options)


def test_a_class_without_a_repr_of_its_own_gets_the_one_line_repr() -> None:
    for cls in model_classes():
        assert cls.__repr__ is not object.__repr__, cls


def test_fields_share_one_converter_per_function() -> None:
    # attrs reads a converter's signature each time it wraps one in attrs.Converter: once per function now
    by_function: dict[Any, Any] = {}
    converted = 0
    for cls in model_classes():
        for a in attrs.fields(cls):
            converter: Any = a.converter
            if converter is None:
                continue
            converted += 1
            assert isinstance(converter, attrs.Converter), (cls, a.name)
            assert not (converter.takes_self or converter.takes_field)
            assert by_function.setdefault(converter.converter, converter) is converter, (cls, a.name)
    assert converted > 50 and len(by_function) < converted // 5
    assert tuple not in by_function  # the builtin is called through a Python function


def test_shared_converters_still_convert() -> None:
    evidence = [Evidence(source="vns-2026-01-26", quote="Tô Lâm")]
    name = Name(text="Tô Lâm", lang="vi", evidence=evidence)  # type: ignore[arg-type]
    assert type(name.evidence) is tuple and name.evidence == tuple(evidence)
    assert attrs.evolve(name, evidence=iter(evidence)).evidence == tuple(evidence)
    unchecked = Dataset._unchecked(sources=[], origins={("sources", 0): ("a.toml", "$.sources[0]")})
    assert unchecked.sources == () and dict(unchecked.origins) == {("sources", 0): ("a.toml", "$.sources[0]")}
    with pytest.raises(TypeError, match="not iterable"):
        Name(text="Tô Lâm", lang="vi", evidence=3)  # type: ignore[arg-type]
    # cattrs still leaves out a field at its (converted) default
    assert "evidence" not in vnla.converter.unstructure(Name(text="Tô Lâm", lang="vi"))


def all_attrs_classes() -> list[type[Any]]:
    """The attrs classes of every vnla module that uses vnla.model.classes (found in the source), and more."""
    import vnla.record.loading  # the classes a first load makes
    import vnla.record.tables

    source = Path(vnla.__file__).parent
    for path in sorted(source.rglob("*.py")):
        if "vnla.model.classes" in path.read_text(encoding="utf-8") and path.name != "__main__.py":
            importlib.import_module(".".join(("vnla", *path.relative_to(source).with_suffix("").parts)))
    found: dict[str, type[Any]] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("vnla."):
            for value in vars(module).values():
                if isinstance(value, type) and attrs.has(value) and value.__module__ == name:
                    found[f"{name}.{value.__qualname__}"] = value
    return list(found.values())


def test_every_field_validator_is_run_by_its_class() -> None:
    # field() keeps a validator in the metadata; only frozen()'s transformer turns it into one that runs
    kept = 0
    for cls in all_attrs_classes():
        fields = attrs.fields(cls)
        carriers = [a for a in fields if a.validator is not None]
        wanted = [a.name for a in fields if VALIDATOR in a.metadata]
        if not wanted:
            continue
        assert len(carriers) == 1, cls
        carrier: Any = carriers[0].validator
        assert isinstance(carrier, FieldValidators), cls
        assert set(wanted) <= set(carrier.names), cls
        kept += len(wanted)
        source = "".join(linecache.getlines(cls.__init__.__code__.co_filename))
        assert source.count("__attr_validator_") == 1, cls
    assert kept > 100


def test_validators_run_as_attrs_runs_them() -> None:
    # in field order: the first bad field is the one named
    with pytest.raises(ValueError, match=r"^text must not start or end") as info:
        Name(text=" Tô Lâm", lang="Vietnamese")
    assert info.value.vnla_field == "text"  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match=r"^lang must be a BCP 47") as info:
        Name(text="Tô Lâm", lang="Vietnamese")
    assert info.value.vnla_field == "lang"  # type: ignore[attr-defined]
    # a validator added with the @x.validator decorator, and the field's own
    with pytest.raises(ValueError, match="preferred English name"):
        Label(names=())
    english = Name(text="To Lam", lang="en")
    with pytest.raises(ValueError, match=r"^given must not be empty"):
        Label(names=(english,), given=" ")
    # attrs.validate runs them; attrs.validators.disabled() turns them off
    name = Name(text="Tô Lâm", lang="vi")
    attrs.validate(name)
    object.__setattr__(name, "lang", "Vietnamese")
    with pytest.raises(ValueError, match=r"^lang must be a BCP 47"):
        attrs.validate(name)
    with attrs.validators.disabled():
        assert Name(text=" x", lang="??").lang == "??"
    with pytest.raises(ValueError, match="must be an id"):
        attrs.evolve(Evidence(source="vns-2026-01-26", quote="Tô Lâm"), source="not an id")
    # each validator is given its own field
    assert [a.name for a, _v in attrs.fields(Name).text.validator._checks] == ["text", "lang"]  # type: ignore[union-attr]


def test_problem_and_interval_write_what_attrs_wrote() -> None:
    @attrs.frozen(kw_only=True)
    class Problem:  # what vnla.model.errors.Problem was, with attrs' generated repr, eq and hash
        file: str
        path: str
        reason: str
        value: str | None = None

    @attrs.frozen(kw_only=True)
    class Interval:
        low: Decimal
        high: Decimal | None

    for args in (
        {"file": "a.toml", "path": "$.x", "reason": "it's 'wrong'"},
        {"file": "", "path": "$", "reason": "r", "value": "v"},
    ):
        ours, theirs = errors.Problem(**args), Problem(**args)
        assert repr(ours) == repr(theirs)
        assert ours == errors.Problem(**args) and hash(ours) == hash(errors.Problem(**args))
        assert pickle.loads(pickle.dumps(ours)) == ours
    assert errors.Problem(file="a", path="$", reason="r") != errors.Problem(file="a", path="$", reason="s")
    for low, high in ((Decimal("2.15"), Decimal("2.25")), (Decimal(3), None)):
        assert repr(arithmetic.Interval(low=low, high=high)) == repr(Interval(low=low, high=high))
        assert arithmetic.Interval(low=low, high=high) == arithmetic.Interval(low=low, high=high)
    assert (
        len({arithmetic.Interval(low=Decimal(1), high=None), arithmetic.Interval(low=Decimal(1), high=None)})
        == 1
    )

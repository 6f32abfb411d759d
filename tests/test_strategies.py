# SPDX-License-Identifier: MIT
"""vnla's own hypothesis strategies: valid by construction, registered, round-tripping."""

from __future__ import annotations

import inspect
import unicodedata
from datetime import date
from typing import Any

import attrs
import pytest
from hypothesis import find, given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import vnla
from vnla import model as models
from vnla import strategies
from vnla.model import NameKind, Precision, When
from vnla.strategies import (
    datasets,
    datasets_with_violation,
    documents,
    names,
    texts,
    whens,
)
from vnla.testing import strategies as impl
from vnla.testing.hypothesis_hook import STRATEGY_FOR, _hypothesis_setup_hook

# The entry point runs this when hypothesis starts; calling it here makes the tests
# independent of whether vnla is installed with it.
_hypothesis_setup_hook()

MODEL_CLASSES = sorted(
    (cls for name in models.__all__ if attrs.has(cls := getattr(models, name))), key=lambda c: c.__name__
)


def test_every_model_class_has_a_strategy() -> None:
    assert {cls.__name__ for cls in MODEL_CLASSES} <= set(STRATEGY_FOR)
    assert "Dataset" in STRATEGY_FOR


def test_importing_strategies_first_works_with_the_entry_point_installed() -> None:
    """hypothesis runs entry points while it is imported, here from inside vnla.strategies."""
    import subprocess
    import sys

    code = "import vnla.strategies as s; from hypothesis import strategies as st; from vnla.model import Event; print(type(st.from_type(Event).example()).__name__)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Event"


def test_strategies_all_is_sorted_and_complete() -> None:
    assert strategies.__all__ == sorted(strategies.__all__)
    public = {
        name
        for name, value in vars(impl).items()
        if not name.startswith("_") and inspect.isfunction(value) and value.__module__ == impl.__name__
    }
    assert public
    assert all(getattr(strategies, name) is getattr(impl, name) for name in public)
    assert public <= set(strategies.__all__)
    assert set(STRATEGY_FOR.values()) <= set(strategies.__all__)


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_structure_unstructure_round_trips(cls: type[Any], data: st.DataObject) -> None:
    value = data.draw(st.from_type(cls))
    assert isinstance(value, cls)
    converter = vnla.converter
    assert converter.structure(converter.unstructure(value), cls) == value


@given(st.from_type(vnla.Dataset))
def test_datasets_round_trip_through_json(ds: vnla.Dataset) -> None:
    assert vnla.from_json(vnla.to_json(ds), vnla.Dataset) == ds


@given(st.from_type(models.Event))
def test_from_type_uses_valid_text(event: models.Event) -> None:
    assert unicodedata.is_normalized("NFC", event.title) and event.title.strip()


@given(texts())
def test_texts_are_nfc_and_not_blank(text: str) -> None:
    assert unicodedata.is_normalized("NFC", text)
    assert text.strip() == text and text


def test_vietnamese_names_have_diacritics_and_lao_names_lao_script() -> None:
    vietnamese = find(names(lang="vi"), lambda n: unicodedata.normalize("NFD", n.text) != n.text)
    assert unicodedata.is_normalized("NFC", vietnamese.text)
    lao = find(names(lang="lo"), lambda n: any("\u0e80" <= c <= "\u0eff" for c in n.text))
    assert lao.lang == "lo"


@given(whens(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))
def test_whens_are_ordered_and_within_bounds(when: When) -> None:
    lo, hi = when.earliest, when.latest
    assert lo is None or lo >= date(2020, 1, 1)
    assert hi is None or hi <= date(2030, 12, 31)
    assert lo is None or hi is None or lo <= hi


@given(whens(precisions=(Precision.RANGE,)))
def test_ranges_have_two_days(when: When) -> None:
    assert when.start is not None and when.end is not None and when.start < when.end


@given(documents(max_clauses=4))
def test_document_clauses_are_numbered_in_order(document: models.Document) -> None:
    assert [c.number for c in document.clauses] == list(range(1, len(document.clauses) + 1))


@given(st.from_type(models.Label))
def test_labels_have_one_preferred_english_name(label: models.Label) -> None:
    preferred = [n for n in label.names if n.kind is NameKind.PREFERRED and n.lang == "en"]
    assert len(preferred) == 1 and label.preferred("en") == preferred[0].text


@given(datasets(max_events=8, max_people=4))
def test_datasets_are_consistent_and_their_references_resolve(ds: vnla.Dataset) -> None:
    assert ds.events and ds.people and ds.sources
    for event in ds.events:
        if event.parent is not None:
            assert event.when.within(ds[event.parent].when)
    assert all(p.person in ds for e in ds.events for p in e.participants if p.person)


@given(datasets(min_events=3, max_events=3))
def test_dataset_sizes_are_controllable(ds: vnla.Dataset) -> None:
    talks = [e for e in ds.events if e.kind is models.EventKind.TALKS]
    assert len(talks) == 2


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: whens(min_value=date(2030, 1, 1), max_value=date(2020, 1, 1)), "is after max_value"),
        (lambda: whens(precisions=("day",)), "precisions must be Precision members"),
        (lambda: texts(min_size=0), "min_size must be at least 1"),
        (lambda: texts(alphabets=("klingon",)), "alphabets must name some of"),
        (lambda: names(lang=3), "lang must be a str"),
        (lambda: documents(max_clauses=-1), "max_clauses must be at least 0"),
        (lambda: strategies.terms(vocabulary="role"), "vocabulary must be a Vocabulary"),
        (lambda: strategies.evidence(sources=()), "sources must name at least one"),
        (lambda: strategies.clauses(number=0), "clauses are numbered from 1"),
        (lambda: datasets(prefix="not an id"), "prefix must be an id"),
        (lambda: datasets(min_events=3, max_events=2), "min_events <= max_events"),
        (lambda: datasets(max_people=0), "max_people must be between"),
        (lambda: datasets(max_targets=4), "max_targets must be between 0 and 3"),
        (lambda: datasets_with_violation("dates.nope"), "no way to plant a violation of 'dates.nope'"),
    ],
)
def test_bad_arguments_raise_invalid_argument(make: Any, message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        make()


def test_importing_vnla_does_not_import_strategies() -> None:
    import subprocess
    import sys

    code = "import sys, vnla; vnla.dataset(); print('hypothesis' in sys.modules, 'vnla.strategies' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]

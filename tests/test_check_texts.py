# SPDX-License-Identifier: MIT
"""
:meth:`Checker.check_texts` checks short texts in groups, each step of the pipeline over the
whole group (issue 16, point 5): the reports must be those :meth:`Checker.check_text` gives,
text by text, whatever the groups, and bad input must be named.  The batch functions that use
it (:func:`vnla.batch.records.reports_of`) must give the rows one record at a time gives.
"""

from __future__ import annotations

import gc
import pickle
import random
import weakref
from datetime import date

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fixture_texts import fixture_texts
from vnla.batch.records import Record, gather, record_columns, reports_of, rows_of, rows_of_records
from vnla.checker import Checker, context, many, source
from vnla.checker.report import TextReport

PUBLISHED = date(2026, 2, 5)


def _texts() -> list[str]:
    return [*fixture_texts(80), "", "\n", "To Lam", "ທ່ານ ທອງລຸນ ສີສຸລິດ ແລະ ໂຕເລິມ"]


TEXTS = _texts()


def _made(report: TextReport) -> TextReport:
    return attrs.evolve(report, findings=tuple(report.findings))


def _alone(
    checker: Checker, texts: list[str], days: list[date | str | None], langs: list[str | None]
) -> list[TextReport]:
    return [
        _made(checker.check_text(t, published=d, lang=lang))
        for t, d, lang in zip(texts, days, langs, strict=True)
    ]


def _varied(texts: list[str], seed: int) -> tuple[list[date | str | None], list[str | None]]:
    rng = random.Random(seed)
    days: list[date | str | None] = [rng.choice([PUBLISHED, "2025-12-03", None]) for _ in texts]
    langs: list[str | None] = [rng.choice([None, None, "en", "vi"]) for _ in texts]
    return days, langs


@pytest.mark.parametrize("group", [1, 3, 256])
def test_grouped_reports_are_the_reports_of_each_text_alone(
    group: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(many, "GROUP", group)
    days, langs = _varied(TEXTS, seed=group)
    alone = _alone(Checker(), TEXTS, days, langs)
    grouped = [_made(r) for r in Checker().check_texts(TEXTS, published=days, lang=langs)]
    assert grouped == alone
    assert [r.to_dict() for r in grouped] == [r.to_dict() for r in alone]


def test_long_texts_are_checked_alone_in_their_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text of more than a chunk takes the chunked path, between the groups before and after it."""
    monkeypatch.setattr(source, "_CHUNK", 2000)
    monkeypatch.setattr(source, "_OVERLAP", 200)
    texts = TEXTS[:40]
    assert any(many.is_long(t) for t in texts) and any(not many.is_long(t) for t in texts)
    checker = Checker()
    alone = _alone(checker, texts, [PUBLISHED] * len(texts), [None] * len(texts))
    assert [_made(r) for r in checker.check_texts(texts, published=[PUBLISHED] * len(texts))] == alone


def test_groups_hold_at_most_a_chunk_of_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source, "_CHUNK", 1000)
    items = [("x" * 300, None, None, None)] * 10
    assert [len(g) for g in many.groups(items)] == [4, 4, 2]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(TEXTS[-90:]), max_size=12), st.integers(1, 5))
def test_any_list_of_texts_in_any_groups(texts: list[str], group: int) -> None:
    many_group = many.GROUP
    try:
        many.GROUP = group  # type: ignore[misc]
        checker = Checker()
        grouped = [_made(r) for r in checker.check_texts(texts, published=[PUBLISHED] * len(texts))]
    finally:
        many.GROUP = many_group  # type: ignore[misc]
    assert grouped == _alone(Checker(), texts, [PUBLISHED] * len(texts), [None] * len(texts))


def test_reports_come_as_they_are_asked_for() -> None:
    """The texts are read lazily: the first group's reports come before a later text is read."""
    seen: list[int] = []

    def texts() -> object:
        for number in range(1000):
            seen.append(number)
            yield "Tô Lâm thăm Lào."

    reports = Checker().check_texts(texts())  # type: ignore[arg-type]
    first = next(reports)
    assert first.lang == "vi"
    assert len(seen) <= many.GROUP + 1


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"lang": "en"},
            TypeError,
            "lang must hold one value per text (a list, say), not the single value 'en'",
        ),
        ({"published": PUBLISHED}, TypeError, "published must hold one value per text"),
        ({"published": "2026-02-05"}, TypeError, "published must hold one value per text"),
        ({"lang": ["en", "fr", "vi"]}, ValueError, "text 1: unknown text language 'fr'"),
        ({"published": [None, None, "2026-02"]}, ValueError, "text 2: published: expected a day"),
        ({"published": [None]}, ValueError, "published holds 1 value for more texts"),
        ({"lang": ["en", "en", "en", "en"]}, ValueError, "lang holds more values than there are texts (3)"),
    ],
)
def test_bad_input_is_named(kwargs: dict[str, object], error: type[Exception], message: str) -> None:
    with pytest.raises(error) as raised:
        list(Checker().check_texts(["To Lam", "Tô Lâm", "ໂຕເລິມ"], **kwargs))  # type: ignore[arg-type]
    assert message in str(raised.value)


def test_a_text_that_is_no_str_is_named() -> None:
    with pytest.raises(TypeError, match=r"text 1 must be a str, not bytes \(decode it first"):
        list(Checker().check_texts(["To Lam", b"To Lam"]))  # type: ignore[list-item]
    # one text, in the same words: an int was "object of type 'int' has no len()"
    with pytest.raises(TypeError, match=r"^text must be a str, not int$"):
        Checker().check_text(123)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^text must be a str, not bytes \(decode it first"):
        Checker().check_text(b"To Lam")  # type: ignore[arg-type]


def test_the_groups_before_a_bad_text_are_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(many, "GROUP", 2)
    got: list[TextReport] = []
    with pytest.raises(ValueError, match="text 4: unknown text language"):
        got.extend(Checker().check_texts(["To Lam"] * 6, lang=["en", "en", "vi", "vi", "xx", "en"]))
    assert [r.lang for r in got] == ["en", "en", "vi", "vi"]


# --------------------------------------------------------------------------- the batch functions
def _records() -> list[Record]:
    days, langs = _varied(TEXTS, seed=9)
    records = [
        Record(
            id=f"r{n}",
            text=t,
            published=d if not isinstance(d, str) else date.fromisoformat(d),
            lang=lang,
            meta={"outlet": f"o{n % 3}"},
        )
        for n, (t, d, lang) in enumerate(zip(TEXTS, days, langs, strict=True))
    ]
    return [*records, Record(id="bad", error="not JSON"), Record(id="empty", text="   ")]


def test_batch_rows_checked_together_are_the_rows_of_each_record_alone() -> None:
    records = _records()
    alone = [row for r in records for row in rows_of(Checker(), r)]
    assert rows_of_records(Checker(), records) == alone


def test_each_record_gathered_column_wise_makes_the_dicts_of_rows_of() -> None:
    """What a worker sends (each record's rows as columns) makes the rows of rows_of, key order included."""
    records = [*_records(), Record(id="m", text="Lào", meta={"b": "2", "a": "1"})]
    parts = record_columns(Checker(), records)
    assert len(parts) == len(records)
    for record, part in zip(records, parts, strict=True):
        alone = rows_of(Checker(), record)
        made = part.dicts()
        assert made == alone
        assert [list(row) for row in made] == [list(row) for row in alone]  # the keys in the same order
    assert list(parts[-1].dicts()[0])[-2:] == ["b", "a"]  # the record's own metadata, in its order
    assert pickle.loads(pickle.dumps(parts))[3].dicts() == parts[3].dicts()


def test_a_record_in_a_language_the_checker_does_not_read_keeps_its_reason() -> None:
    records = [*_records()[:5], Record(id="fr", text="Bonjour Tô Lâm", lang="fr"), *_records()[5:8]]
    reports = reports_of(Checker(), records)
    assert isinstance(reports[5], str) and "unknown text language 'fr'" in reports[5]
    assert rows_of_records(Checker(), records) == [row for r in records for row in rows_of(Checker(), r)]


def test_gathered_columns_are_the_columns_of_each_record_added_alone() -> None:
    records = _records()
    together = gather(Checker(), records, None, ["outlet"])
    from vnla.batch.records import FindingColumns

    alone = FindingColumns(["outlet"])
    for record in records:
        alone.add(Checker(), record)
    assert together.columns() == alone.columns()


def test_a_groups_contexts_are_freed_before_the_collector_runs_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """
    The garbage collector, held off while a group is read, next runs over what the reports keep,
    not over the group's contexts (every scan's lists, every mention): walking those after each
    group of a 10 MB archive was a tenth of its time.
    """
    alive: weakref.WeakSet[context.Context] = weakref.WeakSet()
    made = context.Context.__init__

    def tracked(self: context.Context, *args: object, **kwargs: object) -> None:
        made(self, *args, **kwargs)  # type: ignore[arg-type]
        alive.add(self)

    monkeypatch.setattr(context.Context, "__init__", tracked)
    seen: list[int] = []

    def count(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(len(alive))

    threshold = gc.get_threshold()
    gc.callbacks.append(count)
    gc.set_threshold(1)  # a collection at the first allocation the collector is allowed
    try:
        reports = list(Checker().check_texts(TEXTS[:40], published=[PUBLISHED] * 40))
    finally:
        gc.set_threshold(*threshold)
        gc.callbacks.remove(count)
    assert len(reports) == 40
    assert seen, "the collector never ran"
    assert max(seen) == 0, f"a collection ran with {max(seen)} contexts alive"

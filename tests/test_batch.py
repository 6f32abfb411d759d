# SPDX-License-Identifier: MIT
"""
vnla.batch: records in, finding rows out; the same rows whatever the number of processes;
Parquet and JSON Lines in the published schema; inputs that are partly bad; Ctrl-C leaves no file.
"""

from __future__ import annotations

import contextlib
import io
import json
import multiprocessing
import os
import pickle
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from unittest import mock

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnla.batch import (
    COLUMNS,
    ColumnNames,
    Columns,
    InputFormatError,
    Record,
    check_records,
    read_input,
    read_jsonl,
    read_parquet,
    read_text_files,
    write_jsonl,
)
from vnla.batch.jsonl import json_lines
from vnla.checker import Checker, Verdict
from vnla.cli import main

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "tests" / "fixtures" / "news").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "eval").rglob("*.txt")
)


def corpus_records(times: int = 1) -> list[Record]:
    records = list(read_text_files(CORPUS, root=str(ROOT)))
    return [
        Record(id=f"{r.id}#{n}", text=r.text, meta={"copy": str(n)}) for n in range(times) for r in records
    ]


def test_two_processes_give_the_rows_of_one_row_for_row() -> None:
    records = corpus_records(3)
    one = list(check_records(records))
    two = list(check_records(iter(records), jobs=2))
    assert len(one) > 1000
    assert two == one
    # and in input order: ids come in the order of the records
    order = {r.id: n for n, r in enumerate(records)}
    positions = [order[row["id"]] for row in one]
    assert positions == sorted(positions)


def test_rows_say_what_the_json_format_says(capsys: pytest.CaptureFixture[str]) -> None:
    folder = ROOT / "tests" / "fixtures" / "news"
    main(["check", str(folder), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    main(["check", str(folder), "--format", "jsonl"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    expected = []
    for file in report["files"]:
        for number, f in enumerate(file["findings"]):
            expected.append(
                {
                    "id": file["path"],
                    "finding": number,
                    **{k: v for k, v in f.items() if k not in ("span", "evidence")},
                    "start": f["span"][0],
                    "end": f["span"][1],
                    "evidence": [{"note": None, **e} for e in f["evidence"]],
                    "lang": file["lang"],
                    "published": file["published"],
                    "error": None,
                }
            )
    assert [dict(sorted(r.items())) for r in rows] == [dict(sorted(e.items())) for e in expected]
    assert list(rows[0]) == list(COLUMNS)


def test_rows_are_plain_data_that_pickle_as_they_are() -> None:
    """
    A row holds built-in values only: its message is the finding's English as a plain ``str``, not
    the Message (a ``str`` that keeps its template and arguments, rebuilt when unpickled).
    """
    records = corpus_records()
    rows = list(check_records(records))
    plain = (str, int, date, type(None))
    messages = [row["message"] for row in rows if row["error"] is None]
    assert len(messages) > 1000
    assert all(type(m) is str for m in messages)
    assert all(type(v) in plain for row in rows for k, v in row.items() if k != "evidence")
    # the same words as the report's findings
    report = Checker().check_text(records[0].text)
    assert messages[: len(report.findings)] == [f.message for f in report.findings]
    assert any(type(f.message) is not str for f in report.findings)  # a Message there
    assert pickle.loads(pickle.dumps(rows)) == rows


def test_a_record_that_cannot_be_checked_is_a_row_that_says_why() -> None:
    records = [
        Record(id="empty", text="   "),
        Record(id="lang", text="Lào", lang="fr"),
        Record(id="read", error="line 3: not JSON"),
        Record(id="fine", text="Lào", meta={"outlet": "A"}),
    ]
    rows = list(check_records(records))
    assert [(r["id"], r["error"] is not None) for r in rows] == [
        ("empty", True),
        ("lang", True),
        ("read", True),
        ("fine", False),
    ]
    assert rows[0]["error"] == "empty text: nothing to check"
    assert "fr" in (rows[1]["error"] or "")
    assert rows[2]["error"] == "line 3: not JSON"
    assert rows[3]["outlet"] == "A"
    assert all(rows[i]["verdict"] is None for i in range(3))


def test_the_verdict_filter_keeps_finding_numbers() -> None:
    record = Record(id="a", text="Thủ tướng Trần Thanh Mẫn", published=date(2026, 2, 5))
    every = list(check_records([record]))
    some = list(check_records([record], verdicts=["contradiction"]))
    assert some == [r for r in every if r["verdict"] == "contradiction"]
    assert some[0]["finding"] == 0


def test_bad_arguments_are_refused_clearly() -> None:
    with pytest.raises(ValueError, match="jobs must be"):
        check_records([], jobs=0)
    with pytest.raises(ValueError, match="'maybe'"):
        check_records([], verdicts=["maybe"])
    with pytest.raises(ValueError, match="name of a finding column"):
        Record(id="x", text="y", meta={"verdict": "mine"})


def test_everything_a_worker_needs_pickles() -> None:
    checker = Checker()
    again = pickle.loads(pickle.dumps(checker))
    record = Record(id="a", text="strategic bond", published=date(2026, 1, 1), meta={"o": "x"})
    assert pickle.loads(pickle.dumps(record)) == record
    rows = list(check_records([record], checker=again))
    assert pickle.loads(pickle.dumps(rows)) == rows == list(check_records([record]))


def test_jsonl_input_reads_good_lines_and_names_bad_ones(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"key": "a", "body": "strategic bond", "day": "2026-01-02", "outlet": "X"}),
        "",
        "{not json",
        json.dumps({"key": "c", "body": "Lào", "day": "yesterday"}),
        json.dumps(["a list"]),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = list(
        read_jsonl(source, id_column="key", text_column="body", date_column="day", meta_columns=["outlet"])
    )
    assert [(r.id, r.error) for r in records] == [
        ("a", None),
        (f"{source}:3", "line 3: not JSON (Expecting property name enclosed in double quotes)"),
        ("c", "line 4: published 'yesterday' is not a date (expected YYYY-MM-DD)"),
        (f"{source}:5", "line 5: not a JSON object (list)"),
    ]
    assert records[0].published == date(2026, 1, 2)
    assert records[0].meta == {"outlet": "X"}
    with pytest.raises(InputFormatError, match="name of a finding column"):
        list(read_jsonl(source, meta_columns=["verdict"]))
    with pytest.raises(InputFormatError, match="no such file"):
        read_input(tmp_path / "missing.jsonl")


def test_jsonl_input_takes_a_byte_order_mark_and_refuses_ids_no_row_could_match(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Lào"}),
        json.dumps({"id": [1, 2], "text": "Lào"}),
        json.dumps({"id": True, "text": "Lào"}),
        json.dumps({"id": {"k": 1}, "text": "Lào"}),
        json.dumps({"id": 7, "text": "Lào"}),
        json.dumps({"id": 7.5, "text": "Lào"}),
    ]
    # the byte order mark some Windows tools write is no part of the first line
    source.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    assert source.read_bytes().startswith(b"\xef\xbb\xbf")
    records = list(read_jsonl(source))
    assert [(r.id, r.error) for r in records] == [
        ("a", None),
        (f"{source}:2", "line 2: 'id' is not a string or a number (list)"),
        (f"{source}:3", "line 3: 'id' is not a string or a number (bool)"),
        (f"{source}:4", "line 4: 'id' is not a string or a number (dict)"),
        ("7", None),
        ("7.5", None),
    ]


def test_a_lone_surrogate_is_refused_where_it_stands_and_never_reaches_a_writer(tmp_path: Path) -> None:
    """A JSON escape can make a string no UTF-8 output holds: the record says which column and where."""
    source = tmp_path / "in.jsonl"
    # written with JSON's own escapes, as a careless exporter writes them
    source.write_text(
        "\n".join(
            [
                r'{"id": "a\ud800", "text": "Tô Lâm", "outlet": "X\udfff"}',
                r'{"id": "b", "text": "Tô Lâm \udc00 Lào", "outlet": "Y"}',
                r'{"id": "c", "text": "Tô Lâm \ud83d\ude00", "outlet": "Z"}',  # a pair: one character
                r'{"id": "d", "text": 5, "outlet": "W\udfff"}',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    records = list(read_jsonl(source, meta_columns=["outlet"]))
    assert [(r.id, r.error, dict(r.meta)) for r in records] == [
        (
            f"{source}:1",
            "line 1: 'id' holds a lone surrogate (U+D800) at character 1, which is not Unicode text",
            {"outlet": None},
        ),
        (
            "b",
            "line 2: 'text' holds a lone surrogate (U+DC00) at character 7, which is not Unicode text",
            {"outlet": "Y"},
        ),
        ("c", None, {"outlet": "Z"}),
        ("d", "line 4: 'text' is not a string (int)", {"outlet": None}),
    ]
    out = tmp_path / "out.jsonl"
    assert (
        main(["check", str(source), "--format", "jsonl", "--meta-column", "outlet", "-o", str(out), "-q"])
        == 2
    )
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows if r["error"]] == [f"{source}:1", "b", "d"]
    # a record made in Python is refused as it is made, naming the field, the character and where
    with pytest.raises(
        ValueError, match=r"Record meta\['outlet'\] 'X\\udfff': a lone surrogate \(U\+DFFF\) at character 1"
    ):
        Record(id="a", text="Lào", meta={"outlet": "X\udfff"})
    with pytest.raises(ValueError, match=r"^Record text: a lone surrogate \(U\+D800\) at character 2,"):
        Record(id="a", text="Là\ud800o")
    long = "Lào " * 400_000 + "\ud800"  # found past the first piece encoded
    with pytest.raises(ValueError, match=f"at character {len(long) - 1},"):
        Record(id="a", text=long)


def test_columns_named_once_by_keyword_or_as_one_object(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    rows = [
        {"key": "a", "body": "strategic bond", "day": "2026-01-02", "tongue": "en", "outlet": "X"},
        {"key": "b", "body": "Lào và Việt Nam", "day": None, "tongue": "", "outlet": None},
        {"body": "Lào", "day": "2026-13-01", "tongue": "vi", "outlet": "Y"},
        {"key": "d", "body": "Lào", "tongue": 7},
    ]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    keywords: ColumnNames = {
        "id_column": "key",
        "text_column": "body",
        "date_column": "day",
        "lang_column": "tongue",
        "meta_columns": ["outlet"],
    }
    by_keyword = list(read_jsonl(source, **keywords))
    assert [(r.id, r.lang, r.published, r.error) for r in by_keyword] == [
        ("a", "en", date(2026, 1, 2), None),
        ("b", None, None, None),
        (f"{source}:3", None, None, "line 3: published '2026-13-01' is not a date (expected YYYY-MM-DD)"),
        ("d", None, None, "line 4: 'tongue' is not a string (int)"),
    ]
    columns = Columns(id="key", text="body", date="day", lang="tongue", meta=["outlet"])
    assert Columns.of(**keywords) == columns
    assert list(read_jsonl(source, columns=columns)) == by_keyword
    assert list(read_input(source, columns=columns)) == by_keyword
    # keywords change the names they give and keep the others of the object
    partly = Columns(id="key", text="body", meta=["outlet"])
    assert list(read_jsonl(source, columns=partly, date_column="day", lang_column="tongue")) == by_keyword
    # the same archive as Parquet: the same records, but for the default ids (file and row)
    pq = pytest.importorskip("pyarrow.parquet")
    pa = pytest.importorskip("pyarrow")
    table = pa.Table.from_pylist([{"key": None, "day": None, "tongue": None, **r} for r in rows[:3]])
    pq.write_table(table, tmp_path / "in.parquet")
    parquet = list(read_parquet(tmp_path / "in.parquet", columns=columns))
    assert parquet == list(read_parquet(tmp_path / "in.parquet", **keywords))
    assert [r.error for r in parquet] == [
        None,
        None,
        "row 3: published '2026-13-01' is not a date (expected YYYY-MM-DD)",
    ]
    with pytest.raises(InputFormatError, match=r"in\.parquet: no metadata column 'desk' \(columns: "):
        list(read_parquet(tmp_path / "in.parquet", columns=Columns(id="key", text="body", meta=["desk"])))


def test_columns_refuse_what_they_cannot_mean(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="'verdict' has the name of a finding column"):
        Columns(meta=["outlet", "verdict"])
    with pytest.raises(InputFormatError, match=r"in\.jsonl: metadata column 'verdict'"):
        read_input(tmp_path / "in.jsonl", meta_columns=["verdict"])
    with pytest.raises(TypeError, match="unknown column keyword 'body' \\(expected one of text_column"):
        Columns.of(body="text")  # type: ignore[call-arg]
    assert Columns(meta="outlet").meta == ("outlet",)  # one name, not its letters
    columns = Columns(text="body", meta=["outlet"])
    assert pickle.loads(pickle.dumps(columns)) == columns  # Dask and Spark send it to workers
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        columns.text = "x"  # type: ignore[misc]


def test_the_column_keywords_are_the_fields_of_columns() -> None:
    """ColumnNames and Columns cannot drift apart: each keyword sets the field of its name."""
    fields = [f.name for f in attrs.fields(Columns)]
    assert [k.removesuffix("_column").removesuffix("_columns") for k in ColumnNames.__annotations__] == fields


def test_parquet_out_in_the_published_schema_that_duckdb_reads(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from vnla.batch import findings_schema, write_parquet

    records = corpus_records(1)
    rows = list(check_records(records))
    target = tmp_path / "findings.parquet"
    assert write_parquet(rows, target, meta=["copy"]) == len(rows)
    table = pq.read_table(target)
    assert table.schema.equals(findings_schema(["copy"]))
    assert table.schema.metadata == {b"vnla.schema": b"vnla.findings", b"vnla.schema.version": b"1"}
    assert table.to_pylist() == rows
    duckdb = pytest.importorskip("duckdb")
    counts = dict(duckdb.sql(f"SELECT verdict, count(*) FROM '{target}' GROUP BY verdict").fetchall())
    assert counts == {
        v.value: sum(r["verdict"] == v.value for r in rows) for v in Verdict if counts.get(v.value)
    }
    assert sum(counts.values()) == len(rows)


def test_cli_reads_a_parquet_archive_with_named_columns(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    texts = [p.read_text(encoding="utf-8") for p in CORPUS[:6]]
    archive = tmp_path / "archive.parquet"
    pq.write_table(
        pa.table(
            {
                "article": [f"n{i}" for i in range(6)],
                "body": texts,
                "day": [date(2026, 2, 5)] * 6,
                "outlet": ["A", "B"] * 3,
            }
        ),
        archive,
    )
    out = tmp_path / "out.parquet"
    argv = ["check", str(archive), "--format", "parquet", "-o", str(out), "-q"]
    argv += [
        "--id-column",
        "article",
        "--text-column",
        "body",
        "--date-column",
        "day",
        "--meta-column",
        "outlet",
    ]
    assert main(argv) in (0, 1)
    table = pq.read_table(out)
    assert set(table.column("id").to_pylist()) <= {f"n{i}" for i in range(6)}
    assert set(table.column("outlet").to_pylist()) == {"A", "B"}
    assert set(table.column("published").to_pylist()) == {date(2026, 2, 5)}
    # the same rows as the Python API gives
    records = [
        Record(id=f"n{i}", text=t, published=date(2026, 2, 5), meta={"outlet": "AB"[i % 2]})
        for i, t in enumerate(texts)
    ]
    assert table.to_pylist() == list(check_records(records))


def test_cli_names_a_missing_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": 1, "text": "Lào"}) + "\n", encoding="utf-8")
    pytest.importorskip("pyarrow")
    code = main(["check", str(source), "--format", "parquet", "-o", str(tmp_path / "o.parquet"), "-q"])
    assert code == 0
    assert main(["check", str(source), "--format", "parquet"]) == 2
    assert "give one with -o PATH" in capsys.readouterr().err
    assert (
        main(["check", str(source), "--format", "jsonl", "--text-column", "body"]) == 2
    )  # every line lacks it
    assert "line 1: no 'body'" in capsys.readouterr().out
    assert main(["check", str(ROOT / "tests" / "fixtures" / "news"), "--jobs", "2"]) == 2
    assert "--jobs works with --format" in capsys.readouterr().err


def test_an_error_while_writing_leaves_no_file(tmp_path: Path) -> None:
    def rows():  # type: ignore[no-untyped-def]
        yield from check_records([Record(id="a", text="strategic bond")])
        raise KeyboardInterrupt

    target = tmp_path / "findings.jsonl"
    with pytest.raises(KeyboardInterrupt):
        write_jsonl(rows(), target)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("form", ["jsonl", "parquet"])
def test_ctrl_c_stops_a_parallel_run_and_leaves_no_file(tmp_path: Path, form: str) -> None:
    """SIGINT to `vnla check --jobs 2` mid-run: exit status 2, no output file, no temporary file."""
    if form == "parquet":
        pytest.importorskip("pyarrow.parquet")
    texts = [p.read_text(encoding="utf-8") for p in CORPUS]
    source = tmp_path / "archive.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        # long enough that the run cannot end between "rows are being written" and the signal,
        # however fast the checker is: it is interrupted within its first chunks
        for n in range(16000):
            handle.write(json.dumps({"id": n, "text": texts[n % len(texts)]}) + "\n")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / f"findings.{form}"
    command = [sys.executable, "-m", "vnla", "check", str(source), "--format", form, "-o", str(target)]
    process = _popen_with_ctrl_c([*command, "--jobs", "2"])
    try:
        deadline = time.monotonic() + 60
        # wait until rows are being written (the temporary file grows), then interrupt
        while time.monotonic() < deadline and process.poll() is None:
            partial = [p for p in out_dir.iterdir() if p.name.endswith(".tmp")]
            if partial and partial[0].stat().st_size > 0:
                break
            time.sleep(0.05)
        assert process.poll() is None, "the run ended before it could be interrupted"
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 2, err
    assert "interrupted" in err
    assert "Traceback" not in err
    assert list(out_dir.iterdir()) == []
    assert not any(p.name.endswith(".tmp") for p in os.scandir(tmp_path))


def _popen_with_ctrl_c(command: list[str]) -> subprocess.Popen[str]:
    """
    Start ``command`` with Ctrl-C handled, whatever this test run inherited: a shell starts a
    background job with SIGINT ignored, a child keeps it ignored, and Python then installs no
    handler for it (a handled signal is reset to its default in the child).
    """
    previous = signal.getsignal(signal.SIGINT)
    if previous is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    finally:
        if previous is signal.SIG_IGN:
            signal.signal(signal.SIGINT, previous)


PHRASES = [
    "strategic bond",
    "Prime Minister Tran Thanh Man",
    "Lào và Việt Nam",
    "10 billion USD",
    "on December 3",
    "the 48th meeting",
    "Vientiane",
    "",
    "plain words",
]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(PHRASES), min_size=1, max_size=4).map(" ".join),
            st.one_of(st.none(), st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 12, 31))),
        ),
        max_size=6,
    )
)
def test_a_record_rows_do_not_depend_on_the_records_around_it(texts: list[tuple[str, date | None]]) -> None:
    """Checked together or one by one, each record gives the same rows: nothing leaks between records."""
    records = [Record(id=str(n), text=t, published=d) for n, (t, d) in enumerate(texts)]
    together = list(check_records(records))
    alone = [row for record in records for row in check_records([record])]
    assert together == alone
    assert [row["id"] for row in together] == sorted((row["id"] for row in together), key=int)


def test_rows_gathered_column_wise_are_the_rows_of_rows_of() -> None:
    """The Dask and Spark paths build their tables by column (FindingColumns): the same rows, every field."""
    pa = pytest.importorskip("pyarrow")
    from vnla.batch.arrow import columns_to_table, findings_schema
    from vnla.batch.records import FindingColumns, rows_of

    checker = Checker()
    records = [
        *corpus_records()[:12],
        Record(id="empty", text="   ", meta={"outlet": "A"}),
        Record(id="lang", text="Lào", lang="fr", published=date(2026, 2, 5)),
        Record(id="read", error="line 3: not JSON", meta={"outlet": "B", "desk": "d"}),
        Record(id="dated", text="Thủ tướng Trần Thanh Mẫn", published=date(2026, 2, 5), meta={"desk": "x"}),
    ]
    for verdicts in (None, frozenset({Verdict.CONTRADICTION, Verdict.VARIANT})):
        for meta in ((), ("outlet", "desk", "copy")):
            gathered = FindingColumns(meta)
            for record in records:
                gathered.add(checker, record, verdicts)
            schema = findings_schema(meta)
            rows = [row for record in records for row in rows_of(checker, record, verdicts)]
            expected = pa.Table.from_pylist(rows, schema=schema)
            table = columns_to_table(gathered, schema)
            assert table.schema == schema
            assert table.to_pylist() == expected.to_pylist()
            assert len(gathered) == len(rows)
    # rows with evidence and error rows (null evidence) are both there
    assert any(row["evidence"] for row in table.to_pylist())
    assert [row["id"] for row in table.to_pylist() if row["evidence"] is None] == ["empty", "lang", "read"]
    assert columns_to_table(FindingColumns(["outlet"]), findings_schema(["outlet"])).num_rows == 0


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.text(min_size=1, max_size=12).filter(lambda k: k not in COLUMNS),
        st.one_of(st.none(), st.text(max_size=5)),
        max_size=5,
    )
)
def test_any_metadata_names_come_through_as_keys_after_the_columns(meta: dict[str, str | None]) -> None:
    """
    Rows are made by code generated per set of metadata names (FindingColumns.dicts): quotes,
    backslashes, newlines or braces in a name are still that name, in order, with its value.
    """
    from vnla.batch import records

    record = Record(id="a", text="Tô Lâm thăm Lào; strategic bond", meta=meta)
    failed = Record(id="b", error="line 2: not JSON", meta=meta)
    # with no maker kept from other examples or tests, so this one's code is generated here
    with mock.patch.dict(records._MAKERS, clear=True):
        rows = list(check_records([record, failed]))
        assert list(records._MAKERS) == ([tuple(record.meta)] if meta else [])
    for row in rows:
        assert list(row) == [*COLUMNS, *meta]
        assert {k: row[k] for k in meta} == record.meta  # type: ignore[literal-required]
    assert [r["error"] for r in rows] == [None] * (len(rows) - 1) + ["line 2: not JSON"]
    assert rows[-1]["evidence"] is None
    assert all(r["evidence"] == [] or r["evidence"] for r in rows[:-1])


def test_rows_are_the_same_when_no_more_row_makers_are_generated(monkeypatch: pytest.MonkeyPatch) -> None:
    """
    Past a number of metadata key sets, rows get their metadata added to the columns' dict
    rather than a generated maker of their own: the same rows, keys in the same order.
    """
    from vnla.batch import records

    texts = ["Tô Lâm thăm Lào; strategic bond", "Prime Minister Tran Thanh Man spoke."]
    batch = [
        *(
            Record(id=f"{n}", text=texts[n % 2], meta={f"k{n % 3}": "x", "outlet": "AB"[n % 2]})
            for n in range(6)
        ),
        Record(id="bad", error="line 9: not JSON", meta={"desk": "d"}),
        Record(id="plain", text=texts[0]),
    ]
    monkeypatch.setattr(records, "_MAKERS", {})
    generated = list(check_records(batch))
    assert len(records._MAKERS) == 4  # three key sets of two keys, and the error row's
    monkeypatch.setattr(records, "_MAKERS", {})
    monkeypatch.setattr(records, "_MOST_MAKERS", 1)
    added = list(check_records(batch))
    assert len(records._MAKERS) == 1
    assert added == generated
    assert [list(row) for row in added] == [list(row) for row in generated]
    assert list(added[0])[len(COLUMNS) :] == ["k0", "outlet"]


def mixed_records() -> list[Record]:
    """Corpus records with metadata that differs between records, and records that cannot be checked."""
    records = corpus_records(2)
    out: list[Record] = []
    for n, record in enumerate(records):
        meta = {**record.meta, "outlet": "AB"[n % 2]} if n % 3 else {"desk": f"d{n}"}
        out.append(attrs.evolve(record, meta=meta))
        if n % 17 == 5:
            out.append(Record(id=f"bad{n}", error=f"line {n}: not JSON", meta={"outlet": "C"}))
        if n % 19 == 7:
            out.append(Record(id=f"empty{n}", text=" ", published=date(2026, 2, 5)))
    return out


@pytest.mark.parametrize("jobs", [1, 2])
def test_parquet_written_from_record_batches_is_the_file_written_from_rows(
    tmp_path: Path, jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """write_parquet(check_records(...)) takes the chunks' record batches: the same file as from the rows."""
    pq = pytest.importorskip("pyarrow.parquet")
    from vnla.batch import findings_schema, write_parquet
    from vnla.batch.run import FindingRows

    read_as_batches = []
    batches = FindingRows.batches

    def spy(self: FindingRows, meta: Any = None) -> Any:
        read_as_batches.append(meta)
        return batches(self, meta)

    monkeypatch.setattr(FindingRows, "batches", spy)
    records = mixed_records()
    for verdicts in (None, ["contradiction", "variant"]):
        for meta in ([], ["outlet", "copy", "missing"]):
            rows = list(check_records(records, verdicts=verdicts))  # a list: written row by row
            assert any(r["error"] for r in rows)
            from_rows, from_batches = tmp_path / "rows.parquet", tmp_path / "batches.parquet"
            assert write_parquet(rows, from_rows, meta=meta) == len(rows)
            assert not read_as_batches
            written = write_parquet(
                check_records(iter(records), jobs=jobs, verdicts=verdicts), from_batches, meta=meta
            )
            assert read_as_batches == [meta]
            read_as_batches.clear()
            assert written == len(rows)
            expected, table = pq.read_table(from_rows), pq.read_table(from_batches)
            assert table.schema.equals(findings_schema(meta))
            assert table.schema.metadata == findings_schema(meta).metadata
            assert table.equals(expected)
            assert table.to_pylist() == expected.to_pylist()
    # row groups of about _BATCH rows (here 300): chunks are gathered until there are enough
    monkeypatch.setattr("vnla.batch.writers._BATCH", 300)
    written = write_parquet(check_records(records, jobs=jobs), from_batches)
    metadata = pq.ParquetFile(from_batches).metadata
    groups = [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)]
    assert sum(groups) == written
    assert len(groups) > 2
    assert all(300 <= n < 300 + 2_000 for n in groups[:-1])
    assert groups[-1] <= 300 + 2_000
    assert sorted(tmp_path.iterdir()) == [from_batches, from_rows]  # no temporary file left


def test_jsonl_of_two_processes_is_the_bytes_of_one(tmp_path: Path) -> None:
    """Rows written one by one, and the texts of lines made where the chunks were checked, here or in workers."""
    records = mixed_records()
    rows, here, two = tmp_path / "rows.jsonl", tmp_path / "here.jsonl", tmp_path / "two.jsonl"
    count = write_jsonl(list(check_records(records)), rows)
    assert (
        count == write_jsonl(check_records(records), here) == write_jsonl(check_records(records, jobs=2), two)
    )
    assert here.read_bytes() == two.read_bytes() == rows.read_bytes()
    assert count == len(rows.read_text(encoding="utf-8").splitlines()) > 100
    # to an open text file (standard output) as well
    handle = io.StringIO()
    assert write_jsonl(check_records(records, jobs=2), handle) == count
    assert handle.getvalue().encode("utf-8") == rows.read_bytes()


@pytest.mark.parametrize("jobs", [1, 2])
def test_rows_are_read_once_as_rows_or_as_batches_and_each_chunk_is_tallied(jobs: int) -> None:
    pytest.importorskip("pyarrow")
    from vnla.batch import findings_schema
    from vnla.batch.run import ChunkTally

    records = mixed_records()
    expected = list(check_records(records))
    seen: list[ChunkTally] = []
    rows = check_records(records, jobs=jobs).watch(seen.append)
    assert list(rows) == expected
    with pytest.raises(RuntimeError, match="read them once"):
        list(rows.batches())
    with pytest.raises(RuntimeError, match="read them once"):
        list(rows.lines())
    lines = list(check_records(records, jobs=jobs).lines())
    assert "".join(lines) == json_lines(expected)
    assert len(lines) == -(-len(records) // 32)  # a text a chunk
    tallied: list[ChunkTally] = []
    batches = list(check_records(records, jobs=jobs).watch(tallied.append).batches(meta=["outlet"]))
    assert tallied == seen
    assert sum(t.rows for t in seen) == len(expected) == sum(b.num_rows for b in batches)
    assert sum(t.errors for t in seen) == sum(r["error"] is not None for r in expected) > 0
    flagged = {r["severity"] for r in expected if r["error"] is None and r["verdict"] != "ok"}
    assert set().union(*(t.flagged for t in seen)) == flagged
    assert all(b.schema.equals(findings_schema(["outlet"])) for b in batches)
    # without meta, each batch has the metadata keys of its own records, in the order they first come
    first = next(iter(check_records(records[:3], jobs=jobs).batches()))
    assert first.schema.names[len(COLUMNS) :] == list(dict.fromkeys(k for r in records[:3] for k in r.meta))
    # closed mid-way: nothing more comes, and no worker process is left
    rows = check_records(records, jobs=jobs)
    assert next(rows) == expected[0]
    rows.close()
    assert list(rows) == []
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_exit_status_and_rows_are_the_same_in_parquet_and_jsonl(tmp_path: Path, jobs: str) -> None:
    """The parquet path counts record batches' tallies, not rows: the same exit status as JSON Lines."""
    pq = pytest.importorskip("pyarrow.parquet")
    inputs = {
        "clean": [{"id": 1, "text": "Lào và Việt Nam"}],
        "failing": [{"id": 1, "text": "Prime Minister Tran Thanh Man", "day": "2026-02-05"}],
        "broken": [{"id": 1, "text": "Lào"}, {"id": 2, "text": "Lào", "day": "5 Feb"}],
    }
    statuses = {}
    for name, lines in inputs.items():
        source = tmp_path / f"{name}.jsonl"
        source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
        common = ["check", str(source), "--date-column", "day", "-q", "--jobs", jobs]
        status = main([*common, "--format", "parquet", "-o", str(tmp_path / f"{name}.parquet")])
        assert status == main([*common, "--format", "jsonl", "-o", str(tmp_path / f"{name}.jsonl.out")])
        with (tmp_path / f"{name}.jsonl.out").open(encoding="utf-8") as handle:
            as_json = [json.loads(line) for line in handle]
        rows = pq.read_table(tmp_path / f"{name}.parquet").to_pylist()
        assert [(r["id"], r["verdict"], r["error"]) for r in rows] == [
            (r["id"], r["verdict"], r["error"]) for r in as_json
        ]
        statuses[name] = status
    assert statuses == {"clean": 0, "failing": 1, "broken": 2}


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_interrupted_write_ends_its_run_in_this_thread(
    tmp_path: Path, jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while a row is written: the writer closes the run, so its workers stop here, not later."""
    from vnla.batch import writers

    written: list[str] = []
    real = writers.atomic_writer

    class Interrupted:
        """A file whose third write is interrupted."""

        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def write(self, text: str) -> int:
            written.append(text)
            if len(written) == 3:
                raise KeyboardInterrupt
            return int(self.handle.write(text))

    @contextlib.contextmanager
    def interrupting(path: Any) -> Iterator[Interrupted]:
        with real(path) as handle:
            yield Interrupted(handle)

    monkeypatch.setattr(writers, "atomic_writer", interrupting)
    # four chunks: the workers' texts of lines are written one chunk at a time
    records = [Record(id=str(n), text="Tô Lâm và Thongloun Sisoulith tại Viêng Chăn") for n in range(128)]
    rows = check_records(records, jobs=jobs)
    with pytest.raises(KeyboardInterrupt):
        writers.write_jsonl(rows, tmp_path / "out.jsonl")
    running = rows._running
    assert running is not None and running.gi_frame is None  # closed: its pool is shut
    assert list(tmp_path.iterdir()) == []


def test_a_pool_closed_from_its_own_thread_is_stopped_without_waiting() -> None:
    """A run collected in the pool's manager thread cannot wait for itself: the pool is stopped, no error."""
    from vnla.batch.run import _shut

    calls = []

    class Pool:
        def shutdown(self, *, wait: bool, cancel_futures: bool) -> None:
            calls.append((wait, cancel_futures))
            if wait:
                msg = "cannot join current thread"
                raise RuntimeError(msg)

    _shut(Pool())  # type: ignore[arg-type]
    assert calls == [(True, True), (False, True)]


def test_cli_reads_several_tables_and_text_files_in_the_order_given(tmp_path: Path) -> None:
    """Two JSON Lines tables and a text file: every record, input by input (a table was once read as text)."""
    first, second, loose = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.txt"
    first.write_text(
        json.dumps({"key": "a1", "body": "Tô Lâm thăm Lào.", "day": "2026-02-05"}) + "\n", encoding="utf-8"
    )
    second.write_text(json.dumps({"key": "b1", "body": "Thủ tướng Trần Thanh Mẫn"}) + "\n", encoding="utf-8")
    loose.write_text("Tô Lâm", encoding="utf-8")
    out = tmp_path / "rows.jsonl"
    argv = ["check", str(first), str(second), str(loose), "--format", "jsonl", "-o", str(out), "-q"]
    code = main([*argv, "--id-column", "key", "--text-column", "body", "--date-column", "day"])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["text"]) for r in rows] == [
        ("a1", "Tô Lâm"),
        ("a1", "Lào"),
        ("b1", "Thủ tướng Trần Thanh Mẫn"),
        ("b1", "Trần Thanh Mẫn"),
        (str(loose), "Tô Lâm"),
    ]
    assert rows[0]["published"] == "2026-02-05"
    assert code == 1  # the title is wrong

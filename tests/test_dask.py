# SPDX-License-Identifier: MIT
"""
vnla.dask on a LocalCluster of two worker processes: the rows of one process, row for row;
one checker per worker; to_parquet; `vnla check --scheduler`. (The PySpark recipe: test_spark.py.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")

from vnla.batch import Columns, Record, check_records, findings_schema  # noqa: E402
from vnla.cli import main  # noqa: E402
from vnla.dask import check_bag, check_frame, check_records_on  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "tests" / "fixtures" / "news").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "eval").rglob("*.txt")
)
OUTLETS = ("Daily A", "Weekly B", "Wire C")


def articles() -> pd.DataFrame:
    texts = [p.read_text(encoding="utf-8") for p in CORPUS] * 2
    return pd.DataFrame(
        {
            "id": [f"a{n}" for n in range(len(texts))],
            "text": texts,
            "published": [date(2026, 1 + n % 3, 1 + n % 28) for n in range(len(texts))],
            "outlet": [OUTLETS[n % 3] for n in range(len(texts))],
        }
    )


def records(frame: pd.DataFrame) -> list[Record]:
    return [
        Record(id=r.id, text=r.text, published=r.published, meta={"outlet": r.outlet})
        for r in frame.itertuples(index=False)
    ]


def as_rows(frame: Any, meta: tuple[str, ...] = ("outlet",)) -> list[dict[str, Any]]:
    """A computed pandas frame of findings as plain rows, through the published schema."""
    table = pa.Table.from_pandas(frame, schema=findings_schema(meta), preserve_index=False)
    return table.to_pylist()


@pytest.fixture(scope="module")
def client() -> Any:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


# (the whole labelled corpus goes to the workers in the graph: Dask's size warning is expected)
@pytest.mark.filterwarnings("ignore:Sending large graph:UserWarning")
def test_a_dask_frame_on_two_workers_gives_the_rows_of_one_process(client: Any, tmp_path: Path) -> None:
    frame = articles()
    expected = list(check_records(records(frame)))
    found = check_frame(
        dd.from_pandas(frame, npartitions=8),
        text_column="text",
        id_column="id",
        date_column="published",
        meta_columns=["outlet"],
    )
    assert list(found.columns) == findings_schema(["outlet"]).names
    assert as_rows(found.compute()) == expected
    # each worker built one checker, however many partitions it ran
    built = client.run(lambda: len(__import__("vnla.batch.dask", fromlist=["_CHECKERS"])._CHECKERS))
    assert sorted(built.values()) == [1, 1]
    # and to_parquet writes the findings schema, read back row for row
    found.to_parquet(tmp_path / "findings", write_index=False)
    table = pa.dataset.dataset(tmp_path / "findings", format="parquet").to_table()
    assert table.select(findings_schema(["outlet"]).names).to_pylist() == expected


def test_vnla_dask_is_the_public_path_of_the_extra() -> None:
    """`vnla.dask` (the issue's name) holds the functions of vnla.batch.dask; importing it imports no Dask."""
    import vnla.batch.dask as impl
    import vnla.dask as public

    assert public.__all__ == ["QUIET_CONFIG", "check_bag", "check_frame", "check_records_on", "dask_setup"]
    for name in public.__all__:
        assert getattr(public, name) is getattr(impl, name)
    code = "import sys, vnla.dask; print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'pandas', 'pyarrow')))"
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        == "[]\n"
    )


def _worker_state() -> tuple[int, int, bool]:
    """On a worker: its checkers, the id of the default one (0: none yet), and whether Dask's DataFrame is imported."""
    from vnla.batch import dask as impl

    default = impl._CHECKERS.get(impl._blob(None, None, None))
    return len(impl._CHECKERS), id(default) if default is not None else 0, "dask.dataframe" in sys.modules


def test_a_worker_that_preloads_vnla_dask_starts_ready() -> None:
    """`--preload vnla.dask`: the worker has the default checker before its first task, and keeps it."""
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0", preload=["vnla.dask"]
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        [(count, default, imported)] = client.run(_worker_state).values()
        assert (count, imported) == (1, True)
        assert default != 0
        frame = articles().head(6)
        found = check_frame(
            dd.from_pandas(frame, npartitions=2), date_column="published", meta_columns=["outlet"]
        )
        assert as_rows(found.compute()) == list(check_records(records(frame)))
        # the partitions used the checker built at start: no second one
        assert list(client.run(_worker_state).values()) == [(1, default, True)]


def test_quiet_config_names_settings_that_dask_has() -> None:
    """Every key is one of distributed's settings (a renamed one would be set, and do nothing)."""
    import dask

    from vnla.dask import QUIET_CONFIG

    defaults = {key: dask.config.get(key) for key in QUIET_CONFIG}  # a missing key raises KeyError
    assert defaults["distributed.worker.profile.enabled"] is True
    with dask.config.set(QUIET_CONFIG):
        assert {key: dask.config.get(key) for key in QUIET_CONFIG} == dict(QUIET_CONFIG)
    assert {key: dask.config.get(key) for key in QUIET_CONFIG} == defaults
    with pytest.raises(TypeError):
        QUIET_CONFIG["distributed.admin.tick.interval"] = "20ms"  # type: ignore[index]


def test_dask_setup_builds_the_default_checker_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from vnla.batch import dask as impl
    from vnla.dask import dask_setup

    monkeypatch.setattr(impl, "_CHECKERS", {})
    dask_setup(object())
    [built] = impl._CHECKERS.values()
    dask_setup(object())  # a second call keeps the first checker
    assert {impl._blob(None, None, None): built} == impl._CHECKERS
    assert impl._checker(impl._blob(None, None, None)) is built


def test_dask_setup_without_the_extra_says_which(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from vnla.dask import dask_setup

    real = importlib.import_module

    def without_dask(name: str, package: str | None = None) -> Any:
        if name.split(".", maxsplit=1)[0] == "dask":
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", without_dask)
    with pytest.raises(ImportError, match=r"pip install 'vnla\[dask\]'"):
        dask_setup(object())


def test_columns_by_keyword_or_as_one_object(client: Any) -> None:
    frame = dd.from_pandas(articles().head(9).rename(columns={"text": "body"}), npartitions=3)
    by_keyword = check_frame(frame, text_column="body", date_column="published", meta_columns=["outlet"])
    as_object = check_frame(frame, columns=Columns(text="body", date="published", meta=["outlet"]))
    assert as_rows(by_keyword.compute()) == as_rows(as_object.compute())
    with pytest.raises(ValueError, match=r"no text column 'text' in the frame \(columns: id, body"):
        check_frame(frame)
    with pytest.raises(ValueError, match="no metadata column 'desk'"):
        check_frame(frame, text_column="body", meta_columns=["desk"])
    with pytest.raises(TypeError, match="unknown column keyword 'body_column'"):
        check_frame(frame, body_column="body")  # type: ignore[call-arg]


def test_a_row_without_an_id_is_named_by_its_partition_and_place(client: Any) -> None:
    """Ids missing in two partitions do not collide, with each other or with the ids there are."""
    frame = pd.DataFrame(
        {
            "key": pd.array([1, None, 2, None], dtype="Int64"),
            "float_key": [1.0, float("nan"), 2.0, 7.5],  # pandas' ints with a missing value
            "text": ["Tô Lâm", "Lào", "Lào", "Tô Lâm"],
        }
    )
    found = check_frame(dd.from_pandas(frame, npartitions=2), id_column="key").compute()
    assert list(found["id"]) == ["1", "0:1", "2", "1:1"]
    found = check_frame(dd.from_pandas(frame, npartitions=2), id_column="float_key").compute()
    assert list(found["id"]) == ["1", "0:1", "2", "7.5"]


def test_a_bag_of_texts(client: Any) -> None:
    texts = [p.read_text(encoding="utf-8") for p in CORPUS[:10]]
    import dask.bag as db

    found = check_bag(db.from_sequence(texts, npartitions=3)).compute()
    ids = [f"{p}:{i}" for p, size in enumerate([4, 4, 2]) for i in range(size)]
    expected = list(check_records(Record(id=i, text=t) for i, t in zip(ids, texts, strict=True)))
    assert as_rows(found, ()) == expected


def test_records_read_here_checked_on_the_cluster(client: Any) -> None:
    some = records(articles())
    assert list(check_records_on(client, iter(some))) == list(check_records(some))


def test_vnla_check_scheduler(client: Any, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(ROOT / "tests" / "fixtures" / "news")
    main(["check", folder, "--format", "jsonl"])
    alone = capsys.readouterr().out
    code = main(["check", folder, "--format", "jsonl", "--scheduler", client.scheduler.address])
    assert code == 1
    assert capsys.readouterr().out == alone


def test_an_unreachable_scheduler_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(CORPUS[0]), "--format", "jsonl", "--scheduler", "tcp://127.0.0.1:9"])
    assert code == 2
    err = capsys.readouterr().err
    assert "tcp://127.0.0.1:9" in err
    assert "Traceback" not in err


def test_jsonl_rows_are_the_dask_rows(
    client: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The same archive as JSON Lines through the CLI and as a Dask frame: the same findings."""
    frame = articles().head(12)
    source = tmp_path / "archive.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for row in frame.itertuples(index=False):
            line = {"id": row.id, "text": row.text, "day": row.published.isoformat(), "outlet": row.outlet}
            handle.write(json.dumps(line) + "\n")
    main(["check", str(source), "--format", "jsonl", "--date-column", "day", "--meta-column", "outlet"])
    cli = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    found = check_frame(
        dd.from_pandas(frame, npartitions=3), date_column="published", meta_columns=["outlet"]
    )
    rows = as_rows(found.compute())
    for row in rows:
        row["published"] = row["published"].isoformat() if row["published"] else None
    assert rows == cli

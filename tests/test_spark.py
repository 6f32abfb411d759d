# SPDX-License-Identifier: MIT
"""
The PySpark recipe of docs/howto-check-archives.md, run as written on a local Spark, and its
mapInArrow function without Spark.

The recipe's test is skipped only where no Java exists: where Java is, PySpark must be installed
(CI installs it), and a missing one fails the test instead of hiding it.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pads = pytest.importorskip("pyarrow.dataset")

from vnla.batch import check_records, findings_schema, read_parquet  # noqa: E402
from vnla.batch.spark import check_arrow_batches, spark_schema  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
HOWTO = ROOT / "docs" / "howto-check-archives.md"
CORPUS = sorted((ROOT / "tests" / "fixtures" / "news").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "eval").rglob("*.txt")
)
OUTLETS = ("Daily A", "Weekly B", "Wire C")


def articles(count: int) -> Any:
    """An Arrow table of articles (id, text, published, outlet) from the labelled corpora, one empty."""
    texts = [p.read_text(encoding="utf-8") for p in CORPUS]
    texts = [texts[n % len(texts)] for n in range(count)]
    texts[3] = ""  # an article that cannot be checked: one error row, the same in Spark and here
    return pa.table(
        {
            "id": [f"a{n:03d}" for n in range(count)],
            "text": texts,
            "published": [date(2026, 1 + n % 3, 1 + n % 28) for n in range(count)],
            "outlet": [OUTLETS[n % 3] for n in range(count)],
        }
    )


def one_process_rows(archive: Path) -> list[dict[str, Any]]:
    """The rows `vnla check` gives for the archive in one process (the reference)."""
    return list(check_records(read_parquet(archive, date_column="published", meta_columns=["outlet"])))


def test_the_spark_function_without_spark(tmp_path: Path) -> None:
    table = articles(20)
    pq.write_table(table, tmp_path / "archive.parquet")
    out = list(
        check_arrow_batches(
            table.to_batches(max_chunksize=7), date_column="published", meta_columns=["outlet"]
        )
    )
    assert [batch.schema for batch in out] == [findings_schema(["outlet"])] * 3
    rows = [row for batch in out for row in batch.to_pylist()]
    assert rows == one_process_rows(tmp_path / "archive.parquet")
    ddl = spark_schema(["outlet"])
    assert all(f"{name} " in ddl for name in findings_schema().names)
    assert ddl.endswith("error string, `outlet` string")


def test_rows_without_an_id_are_named_by_their_place_across_batches() -> None:
    table = pa.table({"text": ["Tô Lâm", "Lào", "Lào"]})
    out = check_arrow_batches(table.to_batches(max_chunksize=2))
    assert [row["id"] for batch in out for row in batch.to_pylist()] == ["0:0", "0:1", "0:2"]


def _java() -> str | None:
    """The Java that PySpark would start: $JAVA_HOME/bin/java, else `java` on the PATH."""
    home = os.environ.get("JAVA_HOME")
    if home and os.access(Path(home) / "bin" / "java", os.X_OK):
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def recipe() -> str:
    """The PySpark code block of the how-to, as a reader would copy it."""
    page = HOWTO.read_text(encoding="utf-8")
    section = page.split("## In PySpark", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert found, "docs/howto-check-archives.md: no python block under 'In PySpark'"
    return found.group(1)


@pytest.mark.skipif(_java() is None, reason="no Java on this machine (PySpark needs one)")
# PySpark 3.5 compares versions with distutils' LooseVersion, PySpark 4 warns that it does not
# support pandas 3 yet; neither is the recipe's
@pytest.mark.filterwarnings("ignore:distutils Version classes are deprecated:DeprecationWarning")
@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
def test_the_pyspark_recipe_gives_the_rows_of_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The how-to's code, run as written on a local Spark of two cores over a three-part archive."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        pytest.fail("Java is here, so the Spark recipe must run: pip install 'pyspark>=3.5' (CI does)")

    # the archive the recipe reads: a folder of three Parquet parts, so Spark runs several tasks
    archive = tmp_path / "archive.parquet"
    archive.mkdir()
    table = articles(36)
    for part in range(3):
        pq.write_table(table.slice(part * 12, 12), archive / f"part-{part}.parquet")
    expected = one_process_rows(archive)
    assert {row["verdict"] for row in expected} >= {"ok", "variant", "contradiction"}
    assert [row["id"] for row in expected if row["error"]] == ["a003"]

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SPARK_LOCAL_IP", "127.0.0.1")  # this machine only
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)  # workers import vnla from here
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("vnla-recipe")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.files.openCostInBytes", str(128 << 20))  # a task per part, not one in all
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    try:
        spark.sparkContext.setLogLevel("ERROR")
        assert spark.read.parquet("archive.parquet").rdd.getNumPartitions() >= 2
        exec(compile(recipe(), str(HOWTO), "exec"), {"__name__": "recipe"})  # its getOrCreate: this session
    finally:
        spark.stop()

    parts = [p for p in (tmp_path / "findings.parquet").glob("*.parquet") if pq.read_metadata(p).num_rows]
    assert len(parts) >= 2, "the rows came from more than one Spark task"
    found = pads.dataset(tmp_path / "findings.parquet", format="parquet").to_table()
    assert found.schema.names == findings_schema(["outlet"]).names
    # Spark writes its parts in any order; within an article, `finding` is the order
    key = lambda row: (row["id"], row["finding"] if row["finding"] is not None else -1)  # noqa: E731
    assert sorted(found.to_pylist(), key=key) == sorted(expected, key=key)

# SPDX-License-Identifier: MIT
"""
Check an archive in PySpark: a function for ``DataFrame.mapInArrow`` and the Spark schema of its rows.

Nothing here imports PySpark: :func:`check_arrow_batches` takes and yields
``pyarrow.RecordBatch`` objects, which is what ``mapInArrow`` hands a Python
worker, and :func:`spark_schema` is the findings schema written in Spark's DDL.
Each Python worker process builds its checker once (see :mod:`vnla.dask`).

.. code-block:: python

    import functools
    from vnla.batch.spark import check_arrow_batches, spark_schema

    articles = spark.read.parquet("archive.parquet")  # id, text, published, outlet
    check = functools.partial(check_arrow_batches, date_column="published", meta_columns=["outlet"])
    findings = articles.mapInArrow(check, spark_schema(["outlet"]))
    findings.write.parquet("findings.parquet")

>>> print(spark_schema(["outlet"])[:60])
id string NOT NULL, finding int, kind string, verdict string
>>> import pyarrow as pa
>>> batch = pa.record_batch({"id": ["a"], "text": ["strategic bond"]})
>>> [b.to_pylist()[0]["canonical"] for b in check_arrow_batches([batch])]
['strategic cohesion']

.. versionadded:: 0.2
"""

from __future__ import annotations

import pickle
import sys
from typing import TYPE_CHECKING, Any, Final

from vnla.batch.arrow import _pyarrow, columns_to_arrays, findings_schema
from vnla.batch.columns import Columns
from vnla.batch.dask import _checker
from vnla.batch.records import COLUMNS, FindingColumns
from vnla.batch.run import _fewer_collections
from vnla.checker import CheckConfig, Checker, Verdict

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator
    from typing import Unpack

    from vnla.batch.columns import ColumnNames
    from vnla.record.dataset import Dataset

__all__ = ["check_arrow_batches", "spark_schema"]

#: Spark's name for each Arrow type of :data:`~vnla.batch.records.COLUMNS`.
_SPARK: Final = {
    "string": "string",
    "int32": "int",
    "int64": "bigint",
    "date32": "date",
    "list<struct<source: string, quote: string, note: string>>": (
        "array<struct<source: string, quote: string, note: string>>"
    ),
}


def spark_schema(meta: Iterable[str] = ()) -> str:
    """The findings schema in Spark's DDL, with a string column for each metadata key."""
    parts = [
        f"{name} {_SPARK[kind]}{' NOT NULL' if name == 'id' else ''}" for name, (kind, _) in COLUMNS.items()
    ]
    parts += [f"`{name}` string" for name in meta]
    return ", ".join(parts)


def check_arrow_batches(
    batches: Iterable[Any],
    *,
    columns: Columns | None = None,
    checker: Checker | None = None,
    dataset: Dataset | None = None,
    config: CheckConfig | None = None,
    verdicts: Collection[Verdict | str] | None = None,
    **names: Unpack[ColumnNames],
) -> Iterator[Any]:
    """
    The finding rows of each ``pyarrow.RecordBatch`` of articles, as record batches in the findings schema.

    Columns as for :func:`vnla.dask.check_frame`; a row without an id is
    ``"<partition>:<place>"``, its Spark partition and its place in it (each from 0).  The checker is built
    (or taken from this process's cache) once per call, that is once per Spark task at most.
    """
    pa = _pyarrow()
    wanted = Columns.of(columns, **names)
    schema = findings_schema(wanted.meta)
    blob = pickle.dumps(checker if checker is not None else Checker(dataset=dataset, config=config))
    built = _checker(blob)
    shown = None if verdicts is None else frozenset(Verdict(v) for v in verdicts)
    task = _task()
    place = 0
    for batch in batches:
        gathered = FindingColumns(wanted.meta)
        with _fewer_collections():
            for values in batch.to_pylist():
                gathered.add(built, wanted.record(values, default_id=f"{task}:{place}"), shown)
                place += 1
        yield pa.RecordBatch.from_arrays(columns_to_arrays(gathered, schema), schema=schema)


def _task() -> int:
    """
    The Spark partition this call checks (0 outside a Spark task): with the row's place in it,
    the id of a row that has none, so that no two such rows share one.  PySpark is looked up,
    not imported: a Spark Python worker has imported it already.
    """
    pyspark = sys.modules.get("pyspark")
    context = pyspark.TaskContext.get() if pyspark is not None else None
    return int(context.partitionId()) if context is not None else 0

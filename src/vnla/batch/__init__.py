# SPDX-License-Identifier: MIT
"""
Checking archives: records of text in, flat finding rows out, in one process, in several, or on Dask.
Above the checker, below the CLI.

>>> from vnla.batch import Record, check_records
>>> rows = list(check_records([Record(id="a", text="strategic bond", meta={"outlet": "X"})], jobs=1))
>>> [(r["id"], r["verdict"], r["canonical"], r["outlet"]) for r in rows]
[('a', 'variant', 'strategic cohesion', 'X')]

``pyarrow`` (Parquet, the Arrow schema) and Dask (:mod:`vnla.dask`) are
extras, imported only when used.

.. versionadded:: 0.2
"""

from __future__ import annotations

from vnla.batch.arrow import findings_schema as findings_schema
from vnla.batch.columns import ColumnNames as ColumnNames
from vnla.batch.columns import Columns as Columns
from vnla.batch.formats import ClaimReviewWriter as ClaimReviewWriter
from vnla.batch.formats import SarifWriter as SarifWriter
from vnla.batch.inputs import InputFormatError as InputFormatError
from vnla.batch.inputs import read_input as read_input
from vnla.batch.inputs import read_jsonl as read_jsonl
from vnla.batch.inputs import read_parquet as read_parquet
from vnla.batch.inputs import read_text_files as read_text_files
from vnla.batch.records import COLUMNS as COLUMNS
from vnla.batch.records import FindingRow as FindingRow
from vnla.batch.records import Record as Record
from vnla.batch.records import rows_of as rows_of
from vnla.batch.run import ChunkTally as ChunkTally
from vnla.batch.run import FindingRows as FindingRows
from vnla.batch.run import check_records as check_records
from vnla.batch.writers import write_jsonl as write_jsonl
from vnla.batch.writers import write_parquet as write_parquet

__all__ = [
    "COLUMNS",
    "ChunkTally",
    "ClaimReviewWriter",
    "ColumnNames",
    "Columns",
    "FindingRow",
    "FindingRows",
    "InputFormatError",
    "Record",
    "SarifWriter",
    "check_records",
    "findings_schema",
    "read_input",
    "read_jsonl",
    "read_parquet",
    "read_text_files",
    "rows_of",
    "write_jsonl",
    "write_parquet",
]

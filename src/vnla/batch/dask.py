# SPDX-License-Identifier: MIT
"""
Check an archive on Dask: a bag of texts or a DataFrame column in, a DataFrame of finding rows out.

Needs the ``dask`` extra (``pip install 'vnla[dask]'``: ``dask[dataframe]``,
``distributed`` and ``pyarrow``).  :func:`check_frame` runs
:func:`~vnla.batch.records.rows_of` over each partition with ``map_partitions``;
:func:`check_bag` does the same for a bag of texts, dicts or
:class:`~vnla.batch.records.Record`.  The result is a lazy Dask DataFrame whose
columns are :func:`~vnla.batch.arrow.findings_schema` (as ``pandas.ArrowDtype``),
in input order, ready for ``to_parquet``.

Each worker process builds its :class:`~vnla.checker.Checker` once: the checker
travels in the task graph as a few bytes (its pickle: the dataset, ``None`` for
the bundled one, and the house style), and a worker keeps the checker it
unpickled from those bytes for every later partition.  A worker that preloads
``vnla.dask`` (:func:`dask_setup`) imports what a partition needs and builds the
default checker as it starts, rather than in its first partition.

:func:`check_records_on` sends records read here to a cluster (a
``distributed.Client``, local or at a scheduler's address) in chunks, and
yields their rows in input order: that is what ``vnla check --scheduler`` does.

>>> import dask.dataframe as dd, pandas as pd
>>> frame = dd.from_pandas(pd.DataFrame({"id": ["a", "b"], "text": ["strategic bond", "Lào"]}), npartitions=2)
>>> found = check_frame(frame, text_column="text", id_column="id").compute(scheduler="sync")
>>> found[["id", "verdict", "text"]].values.tolist()
[['a', 'variant', 'strategic bond'], ['b', 'ok', 'Lào']]

.. versionadded:: 0.2
"""

from __future__ import annotations

import collections
import importlib
import itertools
import pickle
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from vnla.batch.arrow import columns_to_table, findings_schema
from vnla.batch.columns import Columns
from vnla.batch.records import FindingColumns, FindingRow, Record, gather, record_columns
from vnla.batch.run import _dicts, _fewer_collections
from vnla.checker import CheckConfig, Checker, Verdict

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
    from typing import Unpack

    from vnla.batch.columns import ColumnNames
    from vnla.record.dataset import Dataset

__all__ = ["QUIET_CONFIG", "check_bag", "check_frame", "check_records_on", "dask_setup"]

#: Dask settings for a long check, for ``dask.config.set`` before the cluster starts: no
#: statistical profiler on the workers (it samples the running task every 10 ms), the event
#: loop's health checked every second (not every 20 ms) and the system monitor read every
#: 5 seconds (not every half second).  Dask's defaults serve its dashboard; a two-worker
#: LocalCluster at rest spends several times more CPU on them (``benchmarks/bench_scale.py``
#: prints how much).  Read-only: ``dict(QUIET_CONFIG)`` makes a copy to change.
QUIET_CONFIG: Final[MappingProxyType[str, bool | str]] = MappingProxyType(
    {
        "distributed.worker.profile.enabled": False,
        "distributed.admin.tick.interval": "1s",
        "distributed.admin.system-monitor.interval": "5s",
    }
)
#: The checkers this process has built, by their pickle: one per dataset and house style.
_CHECKERS: dict[bytes, Checker] = {}
#: Records per task of :func:`check_records_on`.
_CHUNK: Final = 64


def _dask() -> Any:
    try:
        return importlib.import_module("dask.dataframe")  # only here: an extra
    except ImportError:
        msg = "Dask needs the dask extra: pip install 'vnla[dask]'"
        raise ImportError(msg) from None


def _checker(blob: bytes) -> Checker:
    """The checker of these bytes, built once in this process."""
    checker = _CHECKERS.get(blob)
    if checker is None:
        checker = _CHECKERS[blob] = pickle.loads(blob)
    return checker


def dask_setup(worker: object) -> None:
    """
    Make a Dask worker ready to check as it starts: Dask's preload hook.

    A worker started with ``dask worker tcp://scheduler:8786 --preload vnla.dask``, or by
    ``LocalCluster(preload=["vnla.dask"])``, calls this before it takes a task.  It imports
    what checking a partition needs (Dask's DataFrame, pandas and pyarrow) and builds the
    checker of the bundled dataset and house style, the one every function here uses by
    default.  Without it the worker does both inside its first task, which then takes longer
    than the others (``benchmarks/bench_scale.py`` prints by how much).  A checker of
    another dataset or style is built by the first task that needs it, as before.
    ``worker`` (the Dask worker) is not used.

    >>> import sys
    >>> dask_setup(None)
    >>> "dask.dataframe" in sys.modules, _blob(None, None, None) in _CHECKERS
    (True, True)

    Raises:
        ImportError: the dask extra is not installed.
    """
    _dask()
    importlib.import_module("pyarrow")
    checker = Checker()
    _CHECKERS.setdefault(_blob(checker, None, None), checker)  # kept under the bytes a task sends


def _blob(checker: Checker | None, dataset: Dataset | None, config: CheckConfig | None) -> bytes:
    if checker is None:
        checker = Checker(dataset=dataset, config=config)
    return pickle.dumps(checker)


def _wanted(verdicts: Collection[Verdict | str] | None) -> tuple[str, ...] | None:
    return None if verdicts is None else tuple(sorted(Verdict(v)._value_ for v in verdicts))


def _frame(gathered: FindingColumns) -> Any:
    """Gathered rows as a pandas DataFrame with Arrow-backed columns in the findings schema."""
    pd = importlib.import_module("pandas")  # only here: an extra

    table = columns_to_table(gathered, findings_schema(gathered.meta))
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _gather(
    blob: bytes, records: Iterable[Record], verdicts: tuple[str, ...] | None, meta: Sequence[str]
) -> FindingColumns:
    """The rows of ``records``, gathered column-wise (no dict per row: the table is built by column)."""
    checker = _checker(blob)
    wanted = None if verdicts is None else frozenset(Verdict(v) for v in verdicts)
    with _fewer_collections():
        return gather(checker, list(records), wanted, meta)


def _records_columns(
    blob: bytes, records: Iterable[Record], verdicts: tuple[str, ...] | None
) -> list[FindingColumns]:
    """Each record's rows gathered column-wise, on a worker: the client makes their dicts."""
    checker = _checker(blob)
    wanted = None if verdicts is None else frozenset(Verdict(v) for v in verdicts)
    with _fewer_collections():
        return record_columns(checker, list(records), wanted)


def _partition(
    part: Any,
    blob: bytes,
    columns: Columns,
    verdicts: tuple[str, ...] | None,
    partition_info: Mapping[str, Any] | None = None,
) -> Any:
    """
    The finding rows of one partition of a pandas DataFrame; a row's default id is
    ``"<partition>:<place>"`` (Dask passes ``partition_info``, the partition's number).
    """
    # only the columns read become Python values (a frame may carry many more)
    wanted = columns.wanted()
    read = [c for c in part.columns if c in wanted]
    number = partition_info["number"] if partition_info else 0
    records = (
        columns.record(values, default_id=f"{number}:{place}")
        for place, values in enumerate(part[read].to_dict("records"))
    )
    return _frame(_gather(blob, records, verdicts, columns.meta))


def check_frame(
    frame: Any,
    *,
    columns: Columns | None = None,
    checker: Checker | None = None,
    dataset: Dataset | None = None,
    config: CheckConfig | None = None,
    verdicts: Collection[Verdict | str] | None = None,
    **names: Unpack[ColumnNames],
) -> Any:
    """
    The finding rows of a Dask DataFrame's text column, as a lazy Dask DataFrame.

    The columns are named by ``columns`` or by the keywords of
    :class:`~vnla.batch.columns.ColumnNames` (``text_column="body"``, ...), as
    for :func:`~vnla.batch.inputs.read_jsonl`.  A row's id is its id column; a row
    without one is ``"<partition>:<place>"`` (each from 0), as in :func:`check_bag`, so that
    no two such rows share an id.  The metadata columns are carried
    into every finding row as strings.

    Raises:
        ValueError: a named column is not in the frame, or a metadata column has
            the name of a finding column.
        ImportError: the dask extra is not installed.
    """
    _dask()
    wanted = Columns.of(columns, **names)
    present = [str(c) for c in frame.columns]
    missing = wanted.missing(present)
    if missing is not None:
        msg = f"{missing} in the frame (columns: {', '.join(present)})"
        raise ValueError(msg)
    return frame.map_partitions(
        _partition,
        _blob(checker, dataset, config),
        wanted,
        _wanted(verdicts),
        meta=_frame(FindingColumns(wanted.meta)),
        enforce_metadata=False,
        align_dataframes=False,
    )


def _bag_partition(
    items: Iterable[Any], number: int, blob: bytes, columns: Columns, verdicts: tuple[str, ...] | None
) -> Any:
    records = []
    for place, item in enumerate(items):
        default = f"{number}:{place}"
        if isinstance(item, Record):
            records.append(item)
        elif isinstance(item, str):
            records.append(Record(id=default, text=item))
        elif isinstance(item, dict):
            records.append(columns.record(item, default_id=default))
        else:
            records.append(Record(id=default, error=f"not a text, dict or Record ({type(item).__name__})"))
    return _frame(_gather(blob, records, verdicts, columns.meta))


def check_bag(
    bag: Any,
    *,
    meta_columns: Iterable[str] = (),
    checker: Checker | None = None,
    dataset: Dataset | None = None,
    config: CheckConfig | None = None,
    verdicts: Collection[Verdict | str] | None = None,
) -> Any:
    """
    The finding rows of a Dask bag as a lazy Dask DataFrame.

    An item is a text (its id: ``"<partition>:<place>"``), a dict with ``text``
    and optionally ``id``, ``published``, ``lang`` and the keys of
    ``meta_columns``, or a :class:`~vnla.batch.records.Record`.

    >>> import dask.bag as db
    >>> bag = db.from_sequence(["strategic bond", {"id": "x", "text": "Lào"}], npartitions=2)
    >>> check_bag(bag).compute(scheduler="sync")[["id", "verdict"]].values.tolist()
    [['0:0', 'variant'], ['x', 'ok']]
    """
    dd = _dask()
    delayed = importlib.import_module("dask.delayed").delayed  # only here: an extra

    # a dict's keys: text, id, published, lang and the metadata
    columns = Columns(date="published", lang="lang", meta=meta_columns)
    blob = _blob(checker, dataset, config)
    wanted = _wanted(verdicts)
    parts = [
        delayed(_bag_partition)(part, number, blob, columns, wanted)
        for number, part in enumerate(bag.to_delayed())
    ]
    return dd.from_delayed(parts, meta=_frame(FindingColumns(columns.meta)), verify_meta=False)


def check_records_on(
    client: Any,
    records: Iterable[Record],
    *,
    checker: Checker | None = None,
    dataset: Dataset | None = None,
    config: CheckConfig | None = None,
    verdicts: Collection[Verdict | str] | None = None,
    ahead: int | None = None,
) -> Iterator[FindingRow]:
    """
    Check records read here on a Dask cluster; yield their rows in input order.

    Records go to the cluster in chunks of 64, a few chunks per worker at a
    time (``ahead``, default: three per worker thread), so memory stays bounded.

    Args:
        client: a ``distributed.Client``.
        records: the records, read as they are needed.
        checker: as for :func:`~vnla.batch.run.check_records`.
        dataset: as for :func:`~vnla.batch.run.check_records`.
        config: as for :func:`~vnla.batch.run.check_records`.
        verdicts: as for :func:`~vnla.batch.run.check_records`.
        ahead: chunks in flight.
    """
    blob = _blob(checker, dataset, config)
    wanted = _wanted(verdicts)
    if ahead is None:
        threads = sum(client.nthreads().values()) or 1
        ahead = 3 * threads
    # the checker's bytes go to every worker once, not with every chunk
    [shared] = client.scatter([blob], broadcast=True)
    pending: collections.deque[Any] = collections.deque()
    iterator = iter(records)
    try:
        while chunk := list(itertools.islice(iterator, _CHUNK)):
            pending.append(client.submit(_records_columns, shared, chunk, wanted, pure=False))
            while len(pending) >= ahead:
                yield from _dicts(pending.popleft().result())
        while pending:
            yield from _dicts(pending.popleft().result())
    finally:
        for future in pending:
            future.cancel()

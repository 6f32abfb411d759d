# SPDX-License-Identifier: MIT
"""
Check many records, in this process or in worker processes, and get their rows in input order.

:func:`check_records` takes any iterable of :class:`~vnla.batch.records.Record`
(read lazily: a generator over a file of millions of lines is fine) and yields
:class:`~vnla.batch.records.FindingRow` dicts.  With ``jobs=1`` it checks them
here; with ``jobs=N`` it sends chunks of records to ``N`` worker processes,
each of which builds its :class:`~vnla.checker.Checker` once (the checker
pickles as its dataset and house style), and yields the rows of each chunk in
the order the records came, so the output is the same row for row whatever
``N`` is.  Only a few chunks per worker are in flight at a time: memory stays
bounded however long the input is.

The rows come as a :class:`FindingRows`, an iterator of rows that can also be
read as Arrow record batches (:meth:`FindingRows.batches`, what
:func:`~vnla.batch.writers.write_parquet` reads) or as JSON Lines text
(:meth:`FindingRows.lines`, what :func:`~vnla.batch.writers.write_jsonl` reads): then
each chunk's findings are made a record batch or lines where they were checked, in the
worker, and this process only passes them on, with no Python object per row.
:meth:`FindingRows.watch` sees a :class:`ChunkTally` of every chunk either way.

Workers ignore Ctrl-C (SIGINT): the main process gets the
:class:`KeyboardInterrupt`, cancels the chunks not started, waits for the
ones running (a chunk is small) and lets the exception go on, so a writer
around the loop can remove its unfinished file.

>>> rows = check_records([Record(id="1", text="Lào và Việt Nam"), Record(id="2", text="strategic bond")])
>>> [(r["id"], r["verdict"], r["text"]) for r in rows]
[('1', 'ok', 'Lào'), ('1', 'ok', 'Việt Nam'), ('2', 'variant', 'strategic bond')]

.. versionadded:: 0.2
"""

from __future__ import annotations

import collections
import contextlib
import gc
import itertools
import multiprocessing
import signal
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, Final, Literal

from attrs import frozen

from vnla.batch.arrow import _pyarrow, columns_to_arrays, findings_schema
from vnla.batch.jsonl import json_lines
from vnla.batch.records import _SCALARS, FindingColumns, FindingRow, Record, gather, record_columns
from vnla.checker import CheckConfig, Checker, Verdict

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Generator, Iterable, Iterator

    from vnla.record.dataset import Dataset

__all__ = ["ChunkTally", "FindingRows", "check_records"]

#: Records sent to a worker at a time: enough to make the cost of sending small, few
#: enough that the rows of a chunk are little memory.
_CHUNK: Final = 32
#: Chunks in flight per worker: one running, the others queued so no worker waits.
_AHEAD: Final = 3

#: What this worker process checks with (its checker, the verdicts wanted, the form of its rows),
#: set once by :func:`_start`.
_WORKER: dict[str, tuple[Checker, frozenset[Verdict] | None, _Form]] = {}


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect the young generation less often while a chunk is checked (its objects hold no cycle)."""
    threshold = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _start(checker: Checker, verdicts: frozenset[Verdict] | None, form: _Form = "rows") -> None:
    """A worker's initializer: keep the (unpickled, so rebuilt once) checker; leave Ctrl-C to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER["job"] = (checker, verdicts, form)


@frozen
class ChunkTally:
    """
    What a chunk of records gave, counted where it was checked: rows, error rows, and the severities flagged.

    ``flagged`` holds the severity of every row whose verdict is not ``ok`` (error rows aside):
    enough to tell whether a chunk fails a check at a given severity without reading its rows.

    >>> tally = ChunkTally.of([{"error": None, "verdict": "variant", "severity": "warning"}, {"error": "x"}])
    >>> tally.rows, tally.errors, sorted(tally.flagged)
    (2, 1, ['warning'])
    """

    rows: int
    errors: int
    flagged: frozenset[str]

    @classmethod
    def of(cls, rows: list[FindingRow]) -> ChunkTally:
        """The tally of a chunk's rows."""
        errors = 0
        flagged = set()
        for row in rows:
            if row.get("error") is not None:
                errors += 1
            elif row["verdict"] != "ok":
                flagged.add(row["severity"])
        return cls(len(rows), errors, frozenset(s for s in flagged if s is not None))


#: What a chunk's work gives: its rows (each record's, gathered column-wise) or record batch, its tally,
#: and how many characters it checked.
_Done = tuple[Any, ChunkTally, int]
#: What a chunk's rows are made into where it is checked: row tuples (dicts made here), an Arrow
#: record batch, or JSON Lines text.
_Form = Literal["rows", "arrow", "jsonl"]


def _chunk_meta(chunk: list[Record]) -> list[str]:
    """The metadata keys of a chunk's records, in the order they first come."""
    return list(dict.fromkeys(name for record in chunk for name in record.meta))


def _columns_of(checker: Checker, chunk: list[Record], verdicts: frozenset[Verdict] | None) -> FindingColumns:
    return gather(checker, chunk, verdicts, _chunk_meta(chunk))


#: Where a row gathered column-wise keeps its verdict, severity and error (its columns' order).
_VERDICT, _SEVERITY, _ERROR = (_SCALARS.index(name) for name in ("verdict", "severity", "error"))


def _tally_columns(*parts: FindingColumns) -> ChunkTally:
    """The tally of rows gathered column-wise: what :meth:`ChunkTally.of` counts of their dicts."""
    flagged = {
        row[_SEVERITY]
        for gathered in parts
        for row in gathered.rows
        if row[_ERROR] is None and row[_VERDICT] != "ok"
    }
    return ChunkTally(
        sum(len(g) for g in parts),
        sum(len(g.null) for g in parts),
        frozenset(s for s in flagged if s is not None),
    )


def _batch(gathered: FindingColumns) -> Any:
    """A chunk's rows as a ``pyarrow.RecordBatch`` in the findings schema of its own metadata keys."""
    schema = findings_schema(gathered.meta)
    return _pyarrow().RecordBatch.from_arrays(columns_to_arrays(gathered, schema), schema=schema)


def _check_chunk(
    checker: Checker, chunk: list[Record], verdicts: frozenset[Verdict] | None, form: _Form
) -> _Done:
    """
    A chunk's rows, its tally and its characters.  The rows are, by ``form``: ``"rows"``, each
    record's rows gathered column-wise (:func:`~vnla.batch.records.record_columns`), which
    :class:`FindingRows` makes dicts of as they are read; ``"arrow"``, a record batch;
    ``"jsonl"``, their JSON Lines text.
    """
    characters = sum(len(r.text) for r in chunk)
    with _fewer_collections():
        if form == "arrow":
            gathered = _columns_of(checker, chunk, verdicts)
            return _batch(gathered), _tally_columns(gathered), characters
        parts = record_columns(checker, chunk, verdicts)
        tally = _tally_columns(*parts)
        if form == "jsonl":
            return json_lines(_dicts(parts)), tally, characters
    return parts, tally, characters


def _work(chunk: list[Record]) -> _Done:
    """The rows of a chunk of records, in a worker (see :func:`_check_chunk`)."""
    checker, verdicts, form = _WORKER["job"]
    return _check_chunk(checker, chunk, verdicts, form)


class FindingRows:
    """
    The rows of :func:`check_records`: an iterator of :class:`~vnla.batch.records.FindingRow`, of
    batches, or of JSON Lines text.

    Nothing is checked until it is read.  Read it once: row by row (iterate), as
    ``pyarrow.RecordBatch`` es (:meth:`batches`), or as the text of JSON Lines (:meth:`lines`).
    Batches and lines are made where the records are checked (in the workers with
    ``jobs`` > 1), so reading them costs this process nothing per row; rows come from the
    workers as tuples and are made dicts here.  All give the same findings in the same order.

    >>> rows = check_records([Record(id="a", text="strategic bond")])
    >>> seen = []
    >>> rows = rows.watch(seen.append)
    >>> [r["verdict"] for r in rows], seen
    (['variant'], [ChunkTally(rows=1, errors=0, flagged=frozenset({'warning'}))])
    >>> [b.num_rows for b in check_records([Record(id="a", text="Lào và Việt Nam")]).batches()]
    [2]
    """

    def __init__(self, start: Callable[[_Form], Generator[_Done]]) -> None:
        self._start = start
        self._rows: Generator[FindingRow] | None = None
        self._watchers: list[Callable[[ChunkTally], object]] = []
        self._running: Generator[_Done] | None = None
        self.started = False

    def watch(self, watcher: Callable[[ChunkTally], object]) -> FindingRows:
        """Call ``watcher`` with the tally of each chunk as it is read; return these rows."""
        self._watchers.append(watcher)
        return self

    def _chunks(self, form: _Form) -> Iterator[Any]:
        if self.started:
            msg = "these rows are being read already: read them once, as rows, batches or lines"
            raise RuntimeError(msg)
        self.started = True
        self._running = self._start(form)
        for rows, tally, _characters in self._running:
            for watcher in self._watchers:
                watcher(tally)
            yield rows

    def close(self) -> None:
        """Stop checking: drop the chunks not started and end the worker processes (as Ctrl-C does)."""
        if self._rows is not None:
            self._rows.close()
        if self._running is not None:
            self._running.close()

    def __iter__(self) -> Iterator[FindingRow]:
        return self

    def __next__(self) -> FindingRow:
        if self._rows is None:
            self._rows = (row for parts in self._chunks("rows") for row in _dicts(parts))
        return next(self._rows)

    def lines(self) -> Iterator[str]:
        """
        The rows as JSON Lines (:func:`~vnla.batch.jsonl.json_lines`), one text per chunk of records
        (chunks with no row left out).  Each text is made where the chunk was checked (in the workers
        with ``jobs`` > 1), so this process only writes it on.

        Raises:
            RuntimeError: the rows are being read already.
        """
        for text in self._chunks("jsonl"):
            if text:
                yield text

    def batches(self, meta: Iterable[str] | None = None) -> Iterator[Any]:
        """
        The rows as ``pyarrow.RecordBatch`` es, a chunk of records each (chunks with no row left out).

        With ``meta`` (metadata keys), every batch is in :func:`~vnla.batch.arrow.findings_schema`
        of ``meta``: a key a chunk lacks is a column of nulls, a key not named is left out.
        Without it, a batch has the metadata columns of its own records.

        Raises:
            ImportError: pyarrow is not installed.
            RuntimeError: the rows are being read already.
        """
        pa = _pyarrow()
        schema = None if meta is None else findings_schema(meta)
        for batch in self._chunks("arrow"):
            if not batch.num_rows:
                continue
            if schema is None or batch.schema.names == schema.names:
                yield batch
                continue
            present = set(batch.schema.names)
            yield pa.RecordBatch.from_arrays(
                [
                    batch.column(f.name) if f.name in present else pa.nulls(batch.num_rows, f.type)
                    for f in schema
                ],
                schema=schema,
            )


def _dicts(parts: list[FindingColumns]) -> list[FindingRow]:
    """The rows of a chunk's records (gathered column-wise, one each) as dicts, made here."""
    with _fewer_collections():
        return [row for gathered in parts for row in gathered.dicts()]


def check_records(
    records: Iterable[Record],
    *,
    jobs: int = 1,
    checker: Checker | None = None,
    dataset: Dataset | None = None,
    config: CheckConfig | None = None,
    verdicts: Collection[Verdict | str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> FindingRows:
    """
    The finding rows of every record, in input order, checked by ``jobs`` processes.

    The result iterates as rows; :meth:`FindingRows.batches` gives them as Arrow record batches.

    Args:
        records: the records, read as they are needed.
        jobs: worker processes (1: check in this process).
        checker: the checker to use (default: one for ``dataset`` and ``config``).
        dataset: the dataset to compare with (default: the bundled one).
        config: house style.
        verdicts: only the findings of these verdicts get a row (default: all).
            Error rows are always given.
        progress: called with the number of records and of characters after each
            chunk is done.

    Raises:
        ValueError: ``jobs`` is less than 1, or a verdict is unknown.
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        msg = f"jobs must be a whole number of at least 1, not {jobs!r}"
        raise ValueError(msg)
    wanted = None if verdicts is None else frozenset(Verdict(v) for v in verdicts)
    if checker is None:
        checker = Checker(dataset=dataset, config=config)
    chunks = _chunks(records, _CHUNK)
    built = checker
    if jobs == 1:
        return FindingRows(lambda form: _here(built, chunks, wanted, progress, form))
    return FindingRows(lambda form: _parallel(built, chunks, wanted, jobs, progress, form))


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(records)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _here(
    checker: Checker,
    chunks: Iterator[list[Record]],
    wanted: frozenset[Verdict] | None,
    progress: Callable[[int, int], None] | None,
    form: _Form,
) -> Generator[_Done]:
    for chunk in chunks:
        done = _check_chunk(checker, chunk, wanted, form)
        yield done
        if progress is not None:
            progress(len(chunk), done[2])


def _start_method() -> str:
    """
    ``fork`` where it is safe, else ``spawn``.

    A forked worker starts with this process's checker and its index already
    built, and needs no ``if __name__ == "__main__"`` guard in the caller's script;
    but forking a process that runs other threads (a Dask client, a web server)
    can copy a lock in a held state, so such a process spawns fresh interpreters.
    """
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _parallel(  # noqa: PLR0917 - private, called in one place
    checker: Checker,
    chunks: Iterator[list[Record]],
    wanted: frozenset[Verdict] | None,
    jobs: int,
    progress: Callable[[int, int], None] | None,
    form: _Form,
) -> Generator[_Done]:
    context = multiprocessing.get_context(_start_method())
    executor = ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_start, initargs=(checker, wanted, form)
    )
    pending: collections.deque[tuple[Future[_Done], int]] = collections.deque()
    try:
        for chunk in chunks:
            pending.append((executor.submit(_work, chunk), len(chunk)))
            while len(pending) >= jobs * _AHEAD:
                yield _done(pending.popleft(), progress)
        while pending:
            yield _done(pending.popleft(), progress)
    finally:
        # normally nothing is left; after an error or Ctrl-C, drop what has not started
        _shut(executor)


def _shut(executor: ProcessPoolExecutor) -> None:
    """
    Stop the pool, waiting for its workers where this thread can.

    A run interrupted outside this generator (Ctrl-C while a row is written) leaves it
    suspended, and it is closed wherever the collector finds it: it may be in the
    pool's own manager thread, which cannot wait for itself.
    """
    try:
        executor.shutdown(wait=True, cancel_futures=True)
    except RuntimeError:  # "cannot join current thread": the manager thread ends the pool itself
        executor.shutdown(wait=False, cancel_futures=True)


def _done(item: tuple[Future[_Done], int], progress: Callable[[int, int], None] | None) -> _Done:
    future, count = item
    done = future.result()
    if progress is not None:
        progress(count, done[2])
    return done

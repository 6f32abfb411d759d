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
from typing import TYPE_CHECKING, Final

from vnla.batch.records import FindingRow, Record, rows_of
from vnla.checker import CheckConfig, Checker, Verdict

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Iterator

    from vnla.record.dataset import Dataset

__all__ = ["check_records"]

#: Records sent to a worker at a time: enough to make the cost of sending small, few
#: enough that the rows of a chunk are little memory.
_CHUNK: Final = 32
#: Chunks in flight per worker: one running, the others queued so no worker waits.
_AHEAD: Final = 3

#: The checker and the verdicts of this worker process, set once by :func:`_start`.
_WORKER: dict[str, object] = {}


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect the young generation less often while a chunk is checked (its objects hold no cycle)."""
    threshold = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _start(checker: Checker, verdicts: frozenset[Verdict] | None) -> None:
    """A worker's initializer: keep the (unpickled, so rebuilt once) checker; leave Ctrl-C to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER["checker"] = checker
    _WORKER["verdicts"] = verdicts


def _work(chunk: list[Record]) -> tuple[list[FindingRow], int]:
    """The rows of a chunk of records, and how many characters were checked."""
    checker = _WORKER["checker"]
    verdicts = _WORKER["verdicts"]
    assert isinstance(checker, Checker)
    rows: list[FindingRow] = []
    with _fewer_collections():
        for record in chunk:
            rows += rows_of(checker, record, verdicts)  # type: ignore[arg-type]
    return rows, sum(len(r.text) for r in chunk)


def check_records(
    records: Iterable[Record],
    *,
    jobs: int = 1,
    checker: Checker | None = None,
    dataset: Dataset | None = None,
    config: CheckConfig | None = None,
    verdicts: Collection[Verdict | str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[FindingRow]:
    """
    The finding rows of every record, in input order, checked by ``jobs`` processes.

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
    if jobs == 1:
        return _here(checker, chunks, wanted, progress)
    return _parallel(checker, chunks, wanted, jobs, progress)


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(records)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _here(
    checker: Checker,
    chunks: Iterator[list[Record]],
    wanted: frozenset[Verdict] | None,
    progress: Callable[[int, int], None] | None,
) -> Iterator[FindingRow]:
    for chunk in chunks:
        with _fewer_collections():
            rows = [row for record in chunk for row in rows_of(checker, record, wanted)]
        yield from rows
        if progress is not None:
            progress(len(chunk), sum(len(r.text) for r in chunk))


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


def _parallel(
    checker: Checker,
    chunks: Iterator[list[Record]],
    wanted: frozenset[Verdict] | None,
    jobs: int,
    progress: Callable[[int, int], None] | None,
) -> Iterator[FindingRow]:
    context = multiprocessing.get_context(_start_method())
    executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start, initargs=(checker, wanted))
    pending: collections.deque[tuple[Future[tuple[list[FindingRow], int]], int]] = collections.deque()
    try:
        for chunk in chunks:
            pending.append((executor.submit(_work, chunk), len(chunk)))
            while len(pending) >= jobs * _AHEAD:
                yield from _done(pending.popleft(), progress)
        while pending:
            yield from _done(pending.popleft(), progress)
    finally:
        # normally nothing is left; after an error or Ctrl-C, drop what has not started
        executor.shutdown(wait=True, cancel_futures=True)


def _done(
    item: tuple[Future[tuple[list[FindingRow], int]], int], progress: Callable[[int, int], None] | None
) -> list[FindingRow]:
    future, count = item
    rows, characters = future.result()
    if progress is not None:
        progress(count, characters)
    return rows

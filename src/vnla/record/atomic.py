# SPDX-License-Identifier: MIT
"""
Atomic file writes: a file vnla writes is either the whole new content or the old file, untouched.

The text goes to a temporary file in the target's own folder (so the final
rename stays on one file system), is flushed and ``fsync``-ed, and only then
renamed over the target.  If anything fails on the way (a full disk, a writer
that raises, an interrupt) the temporary file is removed and the target is as it
was.  Used by ``vnla export -o`` and the snapshot refresh.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with atomic_writer(folder / "x.json") as handle:
...     _ = handle.write("{}\\n")
>>> (folder / "x.json").read_text()
'{}\\n'
>>> sorted(p.name for p in folder.iterdir())  # no temporary file is left
['x.json']

.. versionadded:: 0.2
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, cast

if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import TextIO

__all__ = ["WriteError", "atomic_writer", "binary_atomic_writer", "write_text_atomic"]


class WriteError(OSError):
    """
    A file could not be written; the message names the file and why, and the old file is intact.

    An :class:`OSError`, so callers that catch those keep working.
    """


def _check_target(path: Path) -> None:
    """Refuse, with a clear message, a target that cannot be a file: a folder, or a missing folder."""
    if path.is_dir():
        msg = f"{path}: is a folder; give a file name to write"
        raise WriteError(msg)
    parent = path.parent
    if not parent.exists():
        msg = f"{path}: the folder {parent} does not exist"
        raise WriteError(msg)
    if not parent.is_dir():
        msg = f"{path}: {parent} is not a folder"
        raise WriteError(msg)


@contextlib.contextmanager
def _replacing(path: str | os.PathLike[str], mode: str, encoding: str | None) -> Iterator[IO[Any]]:
    """The one implementation behind :func:`atomic_writer` and :func:`binary_atomic_writer`."""
    target = Path(path)
    _check_target(target)
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        msg = f"{target}: cannot write in {target.parent}: {error.strerror or error}"
        raise WriteError(msg) from error
    try:
        newline = "" if encoding is not None else None
        with os.fdopen(descriptor, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temporary, os.stat(target).st_mode & 0o7777)
        if not os.path.exists(target):
            # mkstemp makes the file readable by its owner only; a new file gets the usual mode
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError) and not isinstance(error, WriteError):
            msg = f"{target}: not written ({error.strerror or error}); the old file, if any, is unchanged"
            raise WriteError(msg) from error
        raise


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """
    A text handle whose content replaces ``path`` only when the ``with`` block ends without error.

    An existing file's permission bits are kept.

    Raises:
        WriteError: the target is a folder, its folder is missing, or writing failed
            (the message names the file); the old file is left as it was.
    """
    with _replacing(path, "w", encoding) as handle:
        yield cast("TextIO", handle)


@contextlib.contextmanager
def binary_atomic_writer(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """:func:`atomic_writer` for bytes (Parquet, for one)."""
    with _replacing(path, "wb", None) as handle:
        yield cast("BinaryIO", handle)


def write_text_atomic(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """
    Write ``text`` to ``path`` atomically (see :func:`atomic_writer`).

    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> write_text_atomic(target, "one")
    >>> target.read_text()
    'one'
    """
    with atomic_writer(path, encoding=encoding) as handle:
        handle.write(text)

# SPDX-License-Identifier: MIT
"""
The source stage: open a file, decode it (UTF-8, or UTF-16 or UTF-32 with a byte order
mark; the mark dropped, binary data refused) and cut the text into overlapping chunks,
counting lines as it goes.

:func:`pieces` cuts any stream of text into chunks of about a million characters, cut at a
line break (or, in a very long line, at a space) with an overlap, so that nothing across a
cut is lost; each :class:`Piece` knows the part it owns and the line and column it starts at.
"""

from __future__ import annotations

import codecs
import contextlib
import gc
import os
import sys
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Final

from vnla.checker.html import html_text
from vnla.checker.normal import normal
from vnla.model.errors import VnlaError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

__all__ = ["InputError"]


class InputError(VnlaError, ValueError):
    """
    A file that cannot be checked: missing, binary, not UTF-8, or empty.

    ``path`` names the file and ``reason`` says what is wrong with it.

    >>> import tempfile, pathlib
    >>> from vnla.checker import check_file
    >>> empty = pathlib.Path(tempfile.mkdtemp()) / "empty.txt"
    >>> _ = empty.write_bytes(b"")
    >>> try:
    ...     check_file(empty)
    ... except InputError as error:
    ...     print(error.reason)
    empty file: nothing to check
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


#: What a text may be written in: plain text, or an HTML page (:mod:`vnla.checker.html`).
MARKUPS: Final = ("text", "html")
#: The suffixes of files read as HTML pages unless told otherwise.
HTML_SUFFIXES: Final = (".html", ".htm", ".xhtml")


def check_markup(markup: str) -> str:
    """
    ``markup``, when it is one of :data:`MARKUPS`; else a clear error.

    >>> check_markup("xml")
    Traceback (most recent call last):
    ...
    ValueError: unknown markup 'xml'; expected 'text' or 'html'
    """
    if markup not in MARKUPS:
        msg = f"unknown markup {markup!r}; expected 'text' or 'html'"
        raise ValueError(msg)
    return markup


def markup_of(path: str) -> str:
    """
    How a file is written, by its name: ``"html"`` for a page (:data:`HTML_SUFFIXES`), else ``"text"``.

    >>> markup_of("news/2026-01-27.HTML"), markup_of("notes.txt"), markup_of("-")
    ('html', 'text', 'text')
    """
    return "html" if path.lower().endswith(HTML_SUFFIXES) else "text"


#: Characters a chunk owns (findings that start in it); a chunk holds up to twice the overlap more.
_CHUNK: Final = 1 << 20
#: Characters of context either side of a chunk, so a span across a cut is seen whole.
_OVERLAP: Final = 2048
#: Bytes read at a time.
_BLOCK: Final = 1 << 20


class _Piece:
    """
    A chunk of text: where it starts, the part it owns, and the line and column it starts at.

    ``checked`` is the text the pipeline reads, ``text`` in its normal form, and ``mapping``
    where each of its characters stands in ``text`` (``None`` when each stands where it is,
    as in most text): see :func:`vnla.checker.normal.normal`.  With ``markup="html"``,
    ``text`` is an HTML page, and ``checked`` the normal form of the text a reader sees of it
    (:func:`vnla.checker.html.html_text`).
    """

    __slots__ = ("checked", "column", "line", "mapping", "markup", "own_end", "own_start", "start", "text")

    def __init__(
        self, text: str, start: int, *, own: tuple[int, int], line: int, column: int, markup: str = "text"
    ) -> None:
        own_start, own_end = own
        self.text = text
        self.markup = markup
        if markup == "html":
            shown, places = html_text(text)
            self.checked, inner = normal(shown)
            self.mapping: array[int] | None = (
                places if inner is None else array("q", [places[i] for i in inner])
            )
        else:
            self.checked, self.mapping = normal(text)
        self.start = start
        self.own_start = own_start
        self.own_end = own_end
        self.line = line
        self.column = column


def _cut(text: str, lo: int, hi: int) -> int:
    """Where to end a chunk in ``text[lo:hi]``: after a line break, else after a space, else at ``hi``."""
    at = text.rfind("\n", lo, hi)
    if at < 0:
        at = max(text.rfind(space, lo, hi) for space in _SPACES)
    return at + 1 if at >= 0 else hi


#: The spaces a chunk may be cut after, inside a very long line.
_SPACES: Final = " \t\r\f\v\u00a0\u2009\u202f\u3000"


def _pieces_of(
    parts: Iterable[str], chunk: int | None = None, overlap: int | None = None
) -> Iterator[_Piece]:
    """Cut a stream of text into overlapping chunks, counting lines as the text goes by."""
    chunk = _CHUNK if chunk is None else chunk
    overlap = _OVERLAP if overlap is None else overlap
    buffer = ""
    base = 0  # offset of buffer[0] in the whole text
    own = 0  # where the next chunk's own part starts, in the whole text
    line, column = 1, 1  # at buffer[0]

    def emit(final: bool) -> _Piece:
        nonlocal buffer, base, own, line, column
        own_rel = own - base
        cut = len(buffer) if final else _cut(buffer, own_rel + chunk // 2, own_rel + chunk)
        lo = max(0, own_rel - overlap)
        hi = min(len(buffer), cut + overlap)
        newlines = buffer.count("\n", 0, lo)
        start_line = line + newlines
        start_column = lo - buffer.rfind("\n", 0, lo) if newlines else column + lo
        piece = _Piece(buffer[lo:hi], base + lo, own=(own, base + cut), line=start_line, column=start_column)
        own = base + cut
        drop = max(0, cut - overlap)
        dropped = buffer.count("\n", 0, drop)
        if dropped:
            line += dropped
            column = drop - buffer.rfind("\n", 0, drop)
        else:
            column += drop
        buffer = buffer[drop:]
        base += drop
        return piece

    for part in parts:
        buffer += part
        while len(buffer) - (own - base) >= chunk + overlap:
            yield emit(final=False)
    if len(buffer) > own - base or own == 0:
        yield emit(final=True)


#: Byte order marks and the encodings they announce, the longest first (UTF-32's starts as UTF-16's).
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: How each encoding is named in a message.
_SHOWN: Final = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}


def _encoding_of(head: bytes) -> str:
    """The encoding a file's first bytes announce with a byte order mark (UTF-8 without one)."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return "utf-8-sig"


def _wide(head: bytes) -> bool:
    """Whether bytes look like ASCII text in UTF-16 or UTF-32 (every other byte, or more, NUL)."""
    half = len(head) // 2
    return half >= 4 and max(head[0::2].count(0), head[1::2].count(0)) >= 0.6 * half


def _decode(stream: BinaryIO, name: str, progress: Callable[[int], None] | None) -> Iterator[str]:
    """
    Decode a byte stream, refusing binary data: UTF-8, or UTF-16 or UTF-32 with a byte order
    mark (the mark dropped).

    A NUL byte in UTF-8, or a NUL character in any of them, makes the file binary.
    """
    block = stream.read(_BLOCK)
    encoding = _encoding_of(block)
    shown = _SHOWN[encoding]
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    offset = 0  # bytes read before this block
    lines = 1  # lines begun before this block
    while True:
        nul = block.find(b"\0") if encoding == "utf-8-sig" else -1
        if nul >= 0:
            msg = f"binary file (a NUL byte at byte offset {offset + nul}), not text"
            if offset == 0 and _wide(block[:256]):
                msg += " (UTF-16 or UTF-32 without a byte order mark? convert it to UTF-8)"
            raise InputError(name, msg)
        pending = len(decoder.getstate()[0])
        try:
            text = decoder.decode(block, final=not block)
        except UnicodeDecodeError as error:
            data = error.object
            at = offset - pending + error.start
            line = lines + data.count(b"\n", pending, max(pending, error.start))
            what = f"byte 0x{data[error.start]:02x}" if error.start < len(data) else "an incomplete character"
            where = f" (line {line})" if encoding == "utf-8-sig" else ""
            msg = (
                f"not {shown}: invalid {what} at byte offset {at}{where}; "
                "convert the file to UTF-8 (for example with iconv) and check it again"
            )
            raise InputError(name, msg) from None
        if encoding != "utf-8-sig" and "\0" in text:
            msg = f"binary file (a NUL character in {shown} text), not text"
            raise InputError(name, msg)
        lines += block.count(b"\n")
        offset += len(block)
        if progress is not None and block:
            progress(len(block))
        if text:
            yield text
        if not block:
            return
        block = stream.read(_BLOCK)


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """
    Collect the garbage collector's young generation less often while a batch runs.

    A check makes many short-lived objects and keeps many findings, none in a
    cycle: with the default thresholds, the collector walks the findings kept
    again and again.  The thresholds are restored afterwards.
    """
    threshold = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


class _NoCollections:
    """
    Hold the garbage collector off while a chunk is checked, and let it run again afterwards.

    A check makes many short-lived objects and none in a cycle, while the
    dataset, its index and the caches are many long-lived ones: with the
    collector on, it ran some thousands of times in the check of a megabyte,
    walking them again and again (a quarter of the time).  A collector that
    was already off (by the caller, or by a check in another thread) stays off.
    A class, not a generator: it is entered twice for each text checked.
    """

    __slots__ = ("enabled",)

    def __enter__(self) -> None:
        self.enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *_exc: object) -> None:
        if self.enabled:
            gc.enable()


def _no_collections() -> _NoCollections:
    """A context in which the garbage collector does not run (see :class:`_NoCollections`)."""
    return _NoCollections()


def _open(path: str | os.PathLike[str]) -> tuple[str, BinaryIO]:
    """The name to report a file by, and the file open for reading bytes (``"-"``: standard input)."""
    name = os.fspath(path)
    if name == "-":
        return "<stdin>", sys.stdin.buffer
    try:
        if Path(name).is_dir():
            raise InputError(name, "a directory, not a file")
        return name, open(name, "rb")
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as error:
        raise InputError(name, f"cannot read: {error.strerror or error}") from None

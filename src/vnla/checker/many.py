# SPDX-License-Identifier: MIT
"""
Many texts at once: each text's inputs checked and numbered, and short texts put in groups.

:meth:`vnla.checker.Checker.check_texts` runs each step of the pipeline over a whole group of
short texts before the next step (every text's language, then every dateline, then every
scan, then each reader over every text, then each text's judges), rather than every step
over one text before the next text.  The findings are the same; a news archive's 3 KB
articles are checked faster, as a step's code and tables stay in the processor's caches
(``python benchmarks/bench_check.py --articles-only`` measures it).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Final

from vnla.checker import source
from vnla.checker.context import Context
from vnla.checker.dateline import _dateline
from vnla.checker.emit import _Pending, names_of
from vnla.checker.language import _check_lang, _detect_lang, read_as
from vnla.checker.registry import run_all
from vnla.checker.report import TextReport
from vnla.checker.scan import Scan
from vnla.checker.source import _no_collections, _Piece
from vnla.model.coerce import as_day

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from vnla.checker.context import Caches
    from vnla.checker.index import _Index
    from vnla.checker.judges.names import NameJudge
    from vnla.checker.report import Verdict
    from vnla.rules.checks import Severity

__all__: list[str] = []

#: The most texts in a group: enough for the steps' code and tables to stay warm, few enough
#: that a group's reports come soon and hold little memory.
GROUP: Final = 256

#: One text to check: the text, its day (or ``None``), its language (or ``None``), its path
#: and its markup (``"text"`` or ``"html"``).
Item = tuple[str, date | None, str | None, str | None, str]


def _each(values: Iterable[object] | None, argument: str) -> Iterator[object] | None:
    """An iterator over one value per text, or ``None`` when none is given."""
    if values is None:
        return None
    if isinstance(values, (str, bytes, date)):
        msg = f"{argument} must hold one value per text (a list, say), not the single value {values!r}"
        raise TypeError(msg)
    return iter(values)


_END: Final = object()


def not_text(value: object, what: str) -> TypeError:
    """
    The error for a text that is no ``str``; bytes are to be decoded first, and the message says how.

    >>> not_text(b"To Lam", "text 3")
    TypeError("text 3 must be a str, not bytes (decode it first: data.decode('utf-8'))")
    """
    hint = " (decode it first: data.decode('utf-8'))" if isinstance(value, (bytes, bytearray)) else ""
    return TypeError(f"{what} must be a str, not {type(value).__name__}{hint}")


def items(
    texts: Iterable[object],
    published: Iterable[date | str | None] | None,
    lang: Iterable[str | None] | None,
    markup: str | Iterable[str] = "text",
) -> Iterator[Item]:
    """
    Each text with its day, language and markup, checked; an error names the text by its number
    (from 0).  ``markup`` is one for every text, or one per text.

    >>> list(items(["a", "b"], ["2026-02-05", None], None))
    [('a', datetime.date(2026, 2, 5), None, None, 'text'), ('b', None, None, None, 'text')]
    >>> list(items(["a"], None, ["fr"]))
    Traceback (most recent call last):
    ...
    ValueError: text 0: unknown text language 'fr'; expected 'en', 'vi' or 'lo' (or None to detect it)
    >>> list(items(["a", "b"], ["2026-02-05"], None))
    Traceback (most recent call last):
    ...
    ValueError: published holds 1 value for more texts: one value per text is needed
    """
    days, langs = _each(published, "published"), _each(lang, "lang")
    markups = None if isinstance(markup, str) else _each(markup, "markup")
    number = -1
    for number, text in enumerate(texts):
        day = None if days is None else next(days, _END)
        language = None if langs is None else next(langs, _END)
        written = markup if markups is None else next(markups, _END)
        for argument, value in (("published", day), ("lang", language), ("markup", written)):
            if value is _END:
                values = f"{number} value{'s' * (number != 1)}"
                msg = f"{argument} holds {values} for more texts: one value per text is needed"
                raise ValueError(msg)
        if not isinstance(text, str):
            raise not_text(text, f"text {number}")
        try:
            checked = _check_lang(language)  # type: ignore[arg-type]
            when = as_day(day, argument="published") if day is not None else None
            shape = source.check_markup(written)  # type: ignore[arg-type]
        except ValueError as error:
            msg = f"text {number}: {error}"
            raise ValueError(msg) from None
        yield text, when, checked, None, shape
    for argument, rest in (("published", days), ("lang", langs), ("markup", markups)):
        if rest is not None and next(rest, _END) is not _END:
            msg = f"{argument} holds more values than there are texts ({number + 1})"
            raise ValueError(msg)


def is_long(text: str) -> bool:
    """Whether a text is more than one chunk, and so checked on its own, chunk by chunk."""
    return len(text) >= source._CHUNK + source._OVERLAP


def groups(checked: Iterable[Item]) -> Iterator[list[Item]]:
    """
    The items in order, in groups: up to :data:`GROUP` short texts of at most a chunk's
    characters in all, and each long text alone.

    >>> [len(g) for g in groups([("a", None, None, None)] * 600)]
    [256, 256, 88]
    """
    group: list[Item] = []
    size = 0
    for item in checked:
        if is_long(item[0]):
            if group:
                yield group
                group, size = [], 0
            yield [item]
            continue
        group.append(item)
        size += len(item[0])
        if len(group) >= GROUP or size >= source._CHUNK:
            yield group
            group, size = [], 0
    if group:
        yield group


def check_group(
    group: list[Item],
    *,
    index: _Index,
    names: NameJudge,
    caches: Caches,
    severity: Callable[[str, Verdict, Severity | None], Severity | None],
) -> list[TextReport]:
    """
    The reports of texts of one chunk each, checked as a checker checks a text's only chunk, and
    each step of the pipeline over the whole group before the next (see the module's docstring).

    A news archive is millions of short articles: the fixed cost of a text counts as much as
    the cost of each character (issue 16, point 5).
    """
    with _no_collections():
        pieces = [
            _Piece(text, 0, own=(0, len(text)), line=1, column=1, markup=markup) for text, *_, markup in group
        ]
        langs = [
            lang or _detect_lang(p.checked) for p, (_text, _day, lang, *_) in zip(pieces, group, strict=True)
        ]
        checked = [read_as(p.checked, lang) for p, lang in zip(pieces, langs, strict=True)]
        found = [_dateline(text, day) for text, (_text, day, *_) in zip(checked, group, strict=True)]
        days = [day or (f[1] if f else None) for (_text, day, *_), f in zip(group, found, strict=True)]
        contexts = [
            Context(
                Scan(index, names, text, lang).run(),
                caches=caches,
                published=day,
                dateline=f[0] if f else None,
            )
            for text, lang, day, f in zip(checked, langs, days, found, strict=True)
        ]
        run_all(contexts)
        reports = [
            TextReport(
                findings=_Pending([(ctx.drafts, names_of(ctx.names()), piece)], severity),
                path=path,
                lang=lang,
                published=day,
                characters=len(text),
                lines=text.count("\n") + (not text.endswith("\n")) if text else 0,
            )
            for (text, _day, _lang, path, _markup), lang, day, ctx, piece in zip(
                group, langs, days, contexts, pieces, strict=True
            )
        ]
        # The reports are made while the collector is off, and the group's contexts (every
        # scan's lists, every mention) freed before it runs again: it then walks only what the
        # reports keep, not everything the group was read with.
        del contexts
    return reports

# SPDX-License-Identifier: MIT
"""
Check any article: find what a text says about Vietnam and Laos and compare it with the record.

:func:`check_text` reads free English or Vietnamese text (Lao names too) and
finds, each with its character span and its line and column, the people it
names and the titles it gives them, the bodies, places, projects and documents,
the wording of the relationship framework, sums of money with their horizon,
dates and ranges of dates, and ordinals ("50th National Day", "Đại hội XIV").
Every :class:`TextFinding` carries a :class:`Verdict`:

* ``ok``: the text agrees with the record;
* ``variant``: a wording the record knows but does not prefer ("strategic
  connectivity" for the framework's fourth element, "strategic cohesion"), or
  one a house style (:class:`CheckConfig`) rules out; ``canonical`` holds the
  preferred wording;
* ``contradiction``: a figure, date, ordinal, title or office that disagrees
  with the record, with the recorded fact in ``canonical`` and its evidence
  (source id and quote) in ``evidence``;
* ``unknown``: something the record does not cover.

A text that reproduces a slip the record keeps as an
:class:`~vnla.model.records.Erratum` gets an ``errata.reproduced`` finding, and no
contradiction for the words of the slip.

:func:`check_file` and :func:`check_files` stream files of any size: they read
a file in chunks of about a million characters, cut at a line break (or, in a
very long line, at a space) with an overlap, so that nothing across a cut is
lost, and they count lines as they go.  A binary file, a file that is not
UTF-8 and an empty file are reported by name (:class:`InputError`); the other
files are still checked.

>>> from datetime import date, timedelta
>>> report = check_text(
...     "Prime Minister Tran Thanh Man attended the talks. The two sides aim to "
...     "raise bilateral trade to 10 billion USD and deepen their strategic connectivity.",
...     published=date(2026, 2, 5),
... )
>>> for f in report.findings:
...     if f.verdict is not Verdict.OK:
...         print(f.line, f.column, f.verdict.value, repr(f.text), "->", f.canonical)
1 1 contradiction 'Prime Minister Tran Thanh Man' -> National Assembly Chairman
1 129 variant 'strategic connectivity' -> strategic cohesion

Vietnamese text is read the same way; recorded dates and sums are rendered in
the language of the text, and a name's canonical form is in the wording's own
language:

>>> report = check_text("Hai bên nhất trí tăng cường gắn kết chiến lược, nâng kim ngạch lên 10 tỷ USD.")
>>> [(f.kind, f.verdict.value, f.text) for f in report.findings]
[('framework', 'ok', 'gắn kết chiến lược'), ('amount', 'ok', '10 tỷ USD')]

.. versionadded:: 0.1
"""

from __future__ import annotations

import functools
import os
import sys
from typing import TYPE_CHECKING, Any

from vnla.checker import many, source
from vnla.checker.config import CheckConfig
from vnla.checker.context import Caches, Context
from vnla.checker.dateline import _dateline
from vnla.checker.emit import _Chunk, _Pending, findings, names_of
from vnla.checker.index import _index
from vnla.checker.judges.names import NameJudge
from vnla.checker.language import _check_lang, _detect_lang, read_as
from vnla.checker.registry import run_all
from vnla.checker.report import (
    _DEFAULT_SEVERITY,
    _SEVERITY_RANK,
    _VERDICT_INDEX,
    RunReport,
    TextFinding,
    TextReport,
    Verdict,
)
from vnla.checker.scan import Scan
from vnla.checker.source import (
    InputError,
    _decode,
    _fewer_collections,
    _no_collections,
    _open,
    _Piece,
    _pieces_of,
)
from vnla.model.coerce import as_day
from vnla.record.loading import dataset as bundled
from vnla.rules.checks import Severity

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from datetime import date

    from vnla.record.dataset import Dataset

__all__ = ["Checker", "check_file", "check_files", "check_text"]


class Checker:
    """
    A text checker for one dataset and one house style, reusable across texts.

    The first checker of a dataset indexes every name of it, and later ones reuse
    that index; :func:`check_text` and friends keep one checker per dataset and style.

    Args:
        dataset: the dataset to compare with (default: the bundled one).
        config: house style (default: none).

    Raises:
        ConfigError: a preferred wording in ``config`` is no recorded name.

    >>> from datetime import date
    >>> checker = Checker()
    >>> report = checker.check_text("Thủ tướng Trần Thanh Mẫn", published=date(2026, 2, 5))
    >>> [(f.kind, f.verdict.value, f.canonical) for f in report.findings]
    [('title', 'contradiction', 'Chủ tịch Quốc hội'), ('person', 'ok', None)]
    """

    def __init__(self, *, dataset: Dataset | None = None, config: CheckConfig | None = None) -> None:
        if dataset is None:
            dataset = bundled()
        self.dataset = dataset
        self.config = config if config is not None else CheckConfig()
        self._index = _index(dataset)
        self._severities: dict[tuple[str, int, int], Severity | None] = {}
        self._caches = Caches()
        self._names = NameJudge(self._index, dataset, self.config, self._severity)

    def __reduce__(self) -> tuple[Any, ...]:
        """
        Pickle as the dataset (``None`` for the bundled one) and the house style, never the caches.

        The checker rebuilt from them in another process makes (or reuses) its own index.
        """
        dataset = None if self.dataset is bundled() else self.dataset
        return (_rebuild, (dataset, self.config))

    def failing_verdicts(self) -> frozenset[Verdict]:
        """
        The verdicts whose findings may be as severe as the house style's ``fail_on``.

        A report that lists only some verdicts still needs these to know
        whether a check failed.

        >>> sorted(v.value for v in Checker().failing_verdicts())
        ['contradiction']
        >>> sorted(v.value for v in Checker(config=CheckConfig(fail_on=Severity.WARNING)).failing_verdicts())
        ['contradiction', 'variant']
        """
        highest = dict(_DEFAULT_SEVERITY)
        if self.config.severity:  # an override may raise any rule to an error
            highest = dict.fromkeys(highest, Severity.ERROR)
        floor = _SEVERITY_RANK[self.config.fail_on]
        return frozenset(
            v for v, level in highest.items() if v is not Verdict.OK and _SEVERITY_RANK[level] >= floor
        )

    # checking ------------------------------------------------------------------------------------------
    def _severity(self, rule: str, verdict: Verdict, default: Severity | None) -> Severity | None:
        """The severity of a finding, or ``None`` when the house style ignores its rule (cached)."""
        key = (rule, id(verdict), id(default))
        if key not in self._severities:
            config = self.config
            fallback = default or _DEFAULT_SEVERITY[verdict]
            self._severities[key] = (
                None if config.ignores(rule) else config.severity_of(rule, verdict, fallback)
            )
        return self._severities[key]

    def _chunks(
        self,
        parts: Iterable[str],
        *,
        published: date | str | None,
        lang: str | None,
        stats: dict[str, Any],
        markup: str = "text",
    ) -> Iterator[_Chunk]:
        """
        Check a stream of text, chunk by chunk; yield each chunk's drafts, names and the chunk.

        An HTML page (``markup="html"``) is one chunk: a page cannot be cut anywhere.

        ``stats`` gets ``characters``, ``lines``, ``lang`` and ``published``.
        ``published`` is a ``date`` or an ISO day (``"2026-01-27"``); a month or a
        year is refused (:func:`vnla.model.coerce.as_day`), as "on Monday" needs the day.
        """
        published = as_day(published, argument="published") if published is not None else None
        stats.update(characters=0, lines=1, lang=lang, published=published)
        text = ""
        pieces = (
            _pieces_of(parts)
            if markup == "text"
            else [_Piece(page := "".join(parts), 0, own=(0, len(page)), line=1, column=1, markup=markup)]
        )
        for piece in pieces:
            with _no_collections():
                if stats["lang"] is None:
                    stats["lang"] = _detect_lang(piece.checked)
                text = read_as(piece.checked, stats["lang"])
                dateline = None
                if piece.start == 0:
                    found = _dateline(text, published)
                    if found is not None:
                        dateline = found[0]
                        published = published or found[1]
                        stats["published"] = published
                ctx = self._read(text, published, stats["lang"], dateline)
                own = (piece.own_start - piece.start, piece.own_end - piece.start)
                stats["characters"] += own[1] - own[0]
                stats["lines"] += piece.text.count("\n", *own)
            yield ctx.drafts, names_of(ctx.names()), piece
        if stats["characters"] and text.endswith("\n"):
            stats["lines"] -= 1

    def _stream(
        self,
        parts: Iterable[str],
        *,
        published: date | str | None,
        lang: str | None,
        stats: dict[str, Any],
        verdicts: Iterable[Verdict] | None = None,
        markup: str = "text",
    ) -> Iterator[TextFinding]:
        """
        Check a stream of text; yield the findings of ``verdicts`` (default: all).

        ``stats`` gets what :meth:`_chunks` gives it, and ``counts`` (findings of each
        verdict, yielded or not).
        """
        wanted = frozenset(Verdict if verdicts is None else verdicts)
        counts = [0, 0, 0, 0]
        for chunk in self._chunks(parts, published=published, lang=lang, stats=stats, markup=markup):
            with _no_collections():
                found = list(findings(chunk, counts, wanted, self._severity))
            yield from found
        stats["counts"] = {v.value: counts[_VERDICT_INDEX[v]] for v in Verdict}

    def _read(
        self, text: str, published: date | None, lang: str, dateline: tuple[int, int] | None
    ) -> Context:
        """One chunk through the pipeline: match, then every reader and judge of the registry."""
        scan = Scan(self._index, self._names, text, lang).run()
        ctx = Context(scan, caches=self._caches, published=published, dateline=dateline)
        run_all((ctx,))
        return ctx

    def check_text(
        self,
        text: str,
        *,
        published: date | str | None = None,
        lang: str | None = None,
        path: str | None = None,
        markup: str = "text",
    ) -> TextReport:
        """
        Check a text in memory; see :func:`check_text`.

        The report's findings are made when first asked for: a caller that reads only the
        counts or the contradictions never pays for the ``ok`` ones.
        """
        if not isinstance(text, str):
            raise many.not_text(text, "text")
        lang = _check_lang(lang)
        markup = source.check_markup(markup)
        if markup == "html" or len(text) < source._CHUNK + source._OVERLAP:  # one chunk, as most are
            return self._check_whole(text, published=published, lang=lang, path=path, markup=markup)
        return self._check_chunked(text, published=published, lang=lang, path=path)

    def _check_chunked(
        self, text: str, *, published: date | str | None, lang: str | None, path: str | None
    ) -> TextReport:
        """Check a text in memory chunk by chunk (any text; :meth:`_check_whole` is quicker for one chunk)."""
        stats: dict[str, Any] = {}
        size = source._CHUNK  # read at each call: a test may make chunks small
        parts = (text[i : i + size] for i in range(0, len(text), size))
        with _no_collections():
            chunks = list(self._chunks(parts, published=published, lang=lang, stats=stats))
        return TextReport(
            findings=_Pending(chunks, self._severity),
            path=path,
            lang=stats["lang"] or lang or "en",
            published=stats.get("published", published),
            characters=stats["characters"],
            lines=stats["lines"] if text else 0,
        )

    def _check_whole(
        self,
        text: str,
        *,
        published: date | str | None,
        lang: str | None,
        path: str | None,
        markup: str = "text",
    ) -> TextReport:
        """Check a text that is one chunk (see :meth:`_check_group`)."""
        day = as_day(published, argument="published") if published is not None else None
        return self._check_group([(text, day, lang, path, markup)])[0]

    def _check_group(self, group: list[many.Item]) -> list[TextReport]:
        """Check texts of one chunk each, together (:func:`vnla.checker.many.check_group`)."""
        return many.check_group(
            group, index=self._index, names=self._names, caches=self._caches, severity=self._severity
        )

    def check_texts(
        self,
        texts: Iterable[str],
        *,
        published: Iterable[date | str | None] | None = None,
        lang: Iterable[str | None] | None = None,
        markup: str | Iterable[str] = "text",
    ) -> Iterator[TextReport]:
        """
        Check many texts, each as :meth:`check_text` would: the same reports, in the same order.

        ``published`` and ``lang``, when given, hold one value per text, in the order of
        ``texts`` (``None`` where a text's date is to be found or its language detected).
        ``markup`` is how the texts are written, one for all or one per text (``"html"``: pages,
        as :meth:`check_text` reads them).
        Texts are read as the reports are asked for, and short ones are checked in groups,
        each step of the pipeline over the whole group before the next: quicker for many
        short texts than one :meth:`check_text` each (:mod:`vnla.checker.many`).

        Raises:
            TypeError: ``published`` or ``lang`` is one value rather than one per text, or a
                text is no ``str``.
            ValueError: a text's date or language is not valid (the message gives the text's
                number, from 0), or ``published`` or ``lang`` holds fewer or more values than
                there are texts.  Raised when that text is reached, before the reports of its
                group.

        >>> from datetime import date
        >>> reports = Checker().check_texts(
        ...     ["Tô Lâm thăm Lào.", "Prime Minister Tran Thanh Man spoke."],
        ...     published=[None, date(2026, 2, 5)],
        ... )
        >>> [(r.lang, [f.verdict.value for f in r.findings]) for r in reports]
        [('vi', ['ok', 'ok']), ('en', ['contradiction', 'ok'])]

        .. versionadded:: 0.2
        """
        for group in many.groups(many.items(texts, published, lang, markup)):
            if len(group) == 1 and group[0][4] == "text" and many.is_long(group[0][0]):
                text, day, language, _path, _markup = group[0]
                yield self._check_chunked(text, published=day, lang=language, path=None)
            else:
                yield from self._check_group(group)

    def stream_file(
        self,
        path: str | os.PathLike[str],
        *,
        published: date | str | None = None,
        lang: str | None = None,
        progress: Callable[[int], None] | None = None,
        stats: dict[str, Any] | None = None,
        verdicts: Iterable[Verdict] | None = None,
        markup: str | None = None,
    ) -> Iterator[TextFinding]:
        """
        The findings of a file, as it is read, without holding the file or its findings.

        ``markup`` is how the file is written: ``"text"`` or ``"html"`` (a page, read whole; see
        :func:`check_text`); by default ``"html"`` for a file named ``*.html``, ``*.htm`` or
        ``*.xhtml``.

        ``progress`` is called with each number of bytes read; ``stats``, if
        given, receives ``characters``, ``lines``, ``lang``, ``published`` and
        ``counts`` (the findings of each verdict) at the end.  Only findings of
        ``verdicts`` are made and yielded (default: all), as a report that
        lists contradictions needs no object for every name that is right.
        ``path`` ``"-"`` reads standard input.

        Raises:
            InputError: the file is missing, binary, not UTF-8, or empty.
        """
        lang = _check_lang(lang)
        markup = source.check_markup(markup or source.markup_of(os.fspath(path)))
        name, handle = _open(path)
        stats = {} if stats is None else stats
        try:
            parts = _decode(handle, name, progress)
            yield from self._stream(
                parts, published=published, lang=lang, stats=stats, verdicts=verdicts, markup=markup
            )
        finally:
            if handle is not sys.stdin.buffer:
                handle.close()
        if not stats.get("characters"):
            raise InputError(name, "empty file: nothing to check")

    def check_file(
        self,
        path: str | os.PathLike[str],
        *,
        published: date | str | None = None,
        lang: str | None = None,
        markup: str | None = None,
    ) -> TextReport:
        """Check one file; see :func:`check_file`."""
        stats: dict[str, Any] = {}
        findings = tuple(self.stream_file(path, published=published, lang=lang, stats=stats, markup=markup))
        return TextReport(
            findings=findings,
            path=os.fspath(path),
            lang=stats.get("lang") or "en",
            published=stats.get("published", published),
            characters=stats.get("characters", 0),
            lines=stats.get("lines", 0),
        )

    def check_files(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        published: date | str | None = None,
        lang: str | None = None,
    ) -> RunReport:
        """Check several files; see :func:`check_files`."""
        day = as_day(published, argument="published") if published is not None else None
        reports = []
        with _fewer_collections():
            for path in paths:
                try:
                    reports.append(self.check_file(path, published=day, lang=lang))
                except InputError as error:
                    reports.append(TextReport(path=os.fspath(path), error=error.reason, published=day))
        return RunReport(reports=reports, fail_on=self.config.fail_on)


@functools.lru_cache(maxsize=8)
def _checker(dataset_id: int, config: CheckConfig | None) -> Checker:
    """The checker of the bundled dataset (of this ``id``) and a house style, kept for reuse."""
    del dataset_id
    return Checker(dataset=bundled(), config=config)


def _checker_for(dataset: Dataset | None, config: CheckConfig | None) -> Checker:
    if dataset is None:
        return _checker(id(bundled()), config)
    return Checker(dataset=dataset, config=config)


def check_text(
    text: str,
    *,
    published: date | str | None = None,
    lang: str | None = None,
    dataset: Dataset | None = None,
    config: CheckConfig | None = None,
    markup: str = "text",
) -> TextReport:
    """
    Find what a text says about Vietnam and Laos, and compare it with the record.

    Args:
        text: any text, English or Vietnamese (names in Lao script are found too).
        published: the day the text was published, to read "on Monday" and
            dates without a year, and to know which offices people held: a ``date``
            or an ISO day such as ``"2026-01-27"`` (a month or a year is a ``ValueError``).
        lang: ``"en"``, ``"vi"`` or ``"lo"``; detected when ``None``.  Canonical
            wordings are given in this language.
        dataset: the dataset to compare with (default: the bundled one).
        config: house style: preferred wordings, rules to ignore, severities.
        markup: how the text is written: ``"text"``, or ``"html"`` for a saved or scraped
            page, whose visible text is read (:mod:`vnla.checker.html`: each block a line,
            tags dropped, references decoded, scripts and styles left out).  The findings'
            spans, lines and columns are still places in the text given: in the page's source.

    Returns:
        A :class:`TextReport` with every finding in order of position.

    Raises:
        ConfigError: ``config`` prefers a wording that is no recorded name.
        ValueError: ``lang`` is not a supported language, or ``markup`` no known markup.
        TypeError: ``text`` is no ``str`` (bytes are to be decoded first, as the message says).

    >>> from datetime import date
    >>> report = check_text(
    ...     "co-chaired a high-level meeting between the two Parties in Vientiane on December 3",
    ...     published=date(2025, 12, 3),
    ... )
    >>> f = report.contradictions[0]
    >>> (f.text, f.record, f.canonical, f.evidence[0].source)
    ('December 3', 'party-meeting-2025-12-02', 'December 2, 2025', 'vna-2025-12-03')
    >>> [f.text for f in check_text("ທ່ານ ທອງລຸນ ສີສຸລິດ ແລະ ໂຕເລິມ").findings]
    ['ທອງລຸນ ສີສຸລິດ', 'ໂຕເລິມ']
    >>> page = "<p>General Secretary <b>To Lam</b> visited&nbsp;<i>Vientiane</i>.</p>"
    >>> [(f.text, f.span) for f in check_text(page, markup="html").findings]
    [('General Secretary <b>To Lam', (3, 30)), ('To Lam', (24, 30)), ('Vientiane', (51, 60))]

    .. versionadded:: 0.1
    .. versionchanged:: 0.2 ``markup``.
    """
    return _checker_for(dataset, config).check_text(text, published=published, lang=lang, markup=markup)


def check_file(
    path: str | os.PathLike[str],
    *,
    published: date | str | None = None,
    lang: str | None = None,
    dataset: Dataset | None = None,
    config: CheckConfig | None = None,
    markup: str | None = None,
) -> TextReport:
    """
    Check a UTF-8 text file of any size, read in chunks (an HTML page is read whole).

    Args:
        path: the file (``"-"`` for standard input).
        published: as for :func:`check_text`.
        lang: as for :func:`check_text`.
        dataset: as for :func:`check_text`.
        config: as for :func:`check_text`.
        markup: as for :func:`check_text`; by default ``"html"`` for a file named
            ``*.html``, ``*.htm`` or ``*.xhtml``, else ``"text"``.

    Returns:
        A :class:`TextReport` whose ``path`` is the file.

    Raises:
        InputError: the file is missing, binary, not UTF-8 or empty; the
            message names the file and says why.

    >>> import pathlib, tempfile
    >>> article = pathlib.Path(tempfile.mkdtemp()) / "article.txt"
    >>> _ = article.write_text("Title\\nVientiane (Viêng Chăn) and Hà Nội\\n", encoding="utf-8")
    >>> [(f.line, f.column, f.record) for f in check_file(article).findings]
    [(2, 1, 'vientiane'), (2, 12, 'vientiane'), (2, 28, 'hanoi')]

    .. versionadded:: 0.1
    .. versionchanged:: 0.2 ``markup``.
    """
    return _checker_for(dataset, config).check_file(path, published=published, lang=lang, markup=markup)


def check_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: date | str | None = None,
    lang: str | None = None,
    dataset: Dataset | None = None,
    config: CheckConfig | None = None,
) -> RunReport:
    """
    Check several files; a file that cannot be read is reported, and the others are still checked.

    Args:
        paths: the files.
        published: as for :func:`check_text`, for every file.
        lang: as for :func:`check_text`, for every file.
        dataset: as for :func:`check_text`.
        config: as for :func:`check_text`.

    Returns:
        A :class:`RunReport`: one :class:`TextReport` per file (with ``error``
        set for a file that could not be checked), totals and an exit status.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Lào và Việt Nam", encoding="utf-8")
    >>> _ = (folder / "b.txt").write_bytes(b"\\x00\\x01")
    >>> run = check_files([folder / "a.txt", folder / "b.txt"])
    >>> [(pathlib.Path(r.path).name, r.error is None) for r in run.reports], run.exit_code
    ([('a.txt', True), ('b.txt', False)], 2)

    .. versionadded:: 0.1
    """
    return _checker_for(dataset, config).check_files(paths, published=published, lang=lang)


def _rebuild(dataset: Dataset | None, config: CheckConfig) -> Checker:
    """A checker unpickled: the bundled dataset's (``None``) or the dataset given, with its house style."""
    return _checker_for(dataset, config) if dataset is None else Checker(dataset=dataset, config=config)

# SPDX-License-Identifier: MIT
"""
Records in, finding rows out: the unit of work of a batch, and the flat row each finding becomes.

A :class:`Record` is one article: an id, its text, its publication date and
language if known, and any metadata to carry through to its rows (an outlet, a
section, a URL).  A record that could not be read (a line of JSON that does not
parse, a date that is not a date) is a record too, with its ``error`` set: it
becomes one row that says why, so that no article silently goes missing.

:func:`rows_of` checks one record with a :class:`~vnla.checker.Checker` and
returns its rows, one per finding, in order of position, with the fields of
:data:`COLUMNS` (the same meaning as the JSON that ``vnla check --format json``
writes, flattened: ``span`` becomes ``start`` and ``end``).

>>> from datetime import date
>>> from vnla.checker import Checker
>>> record = Record(
...     id="a1", text="Thủ tướng Trần Thanh Mẫn", published=date(2026, 2, 5), meta={"outlet": "X"}
... )
>>> [(r["id"], r["finding"], r["verdict"], r["canonical"], r["outlet"]) for r in rows_of(Checker(), record)]
[('a1', 0, 'contradiction', 'Chủ tịch Quốc hội', 'X'), ('a1', 1, 'ok', None, 'X')]
>>> rows_of(Checker(), Record(id="a2", text=""))[0]["error"]
'empty text: nothing to check'

.. versionadded:: 0.2
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping  # attrs reads Mapping at run time; _Maker is an alias
from datetime import date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, TypedDict

from attrs import Attribute, field, frozen

from vnla.checker.report import finding_fields
from vnla.checker.source import MARKUPS

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Sequence

    from vnla.checker import Checker, TextReport, Verdict

__all__ = [
    "COLUMNS",
    "EvidenceRow",
    "FindingColumns",
    "FindingRow",
    "Record",
    "as_date",
    "error_row",
    "gather",
    "not_unicode",
    "record_columns",
    "reports_of",
    "rows_of",
    "rows_of_records",
]


#: How many characters :func:`not_unicode` encodes at a time: a long text is not copied whole.
_PIECE: Final = 1 << 20


def not_unicode(value: str) -> str | None:
    """
    What keeps ``value`` from being written as UTF-8, said in words, or ``None`` for a string that can be.

    That is a lone surrogate: a code point that a JSON escape ("\\ud800") or a careless decoder
    puts in a Python string, but that is no Unicode character, so no UTF-8 output (JSON Lines,
    Parquet, a terminal) can hold it.  Encoding finds one at C speed, a piece at a time.

    >>> not_unicode("Tô Lâm"), not_unicode("ab\\ud800c")
    (None, 'a lone surrogate (U+D800) at character 2, which is not Unicode text')
    """
    if value.isascii():
        return None
    for at in range(0, len(value), _PIECE):
        try:
            value[at : at + _PIECE].encode("utf-8")
        except UnicodeEncodeError as error:
            where = at + error.start
            code = f"U+{ord(value[where]):04X}"
            return f"a lone surrogate ({code}) at character {where}, which is not Unicode text"
    return None


def _unicode(_record: object, attribute: Attribute[Any], value: Any) -> None:
    """Refuse a record whose id, text or metadata no UTF-8 output could hold, naming what and where."""
    values = value.items() if isinstance(value, Mapping) else ((None, value),)
    for key, text in values:
        problem = not_unicode(text) if isinstance(text, str) else None
        if problem is not None:
            what = attribute.name if key is None else f"{attribute.name}[{key!r}]"
            shown = f" {text!r}" if attribute.name != "text" else ""
            msg = f"Record {what}{shown}: {problem}"
            raise ValueError(msg)


def _markup(_record: object, _attribute: Attribute[Any], value: Any) -> None:
    """Refuse a record whose markup is none the checker reads."""
    if value not in MARKUPS:
        msg = f"Record markup {value!r}: expected 'text' or 'html'"
        raise ValueError(msg)


def _meta(values: Mapping[str, Any]) -> Mapping[str, str | None]:
    clash = sorted(set(values) & set(COLUMNS))
    if clash:
        msg = f"metadata {clash[0]!r} has the name of a finding column; rename it"
        raise ValueError(msg)
    return {str(k): None if _missing(v) else str(v) for k, v in values.items()}


@frozen(kw_only=True)
class Record:
    """
    One article to check: ``id``, ``text``, and what is known about it.

    ``published`` and ``lang`` are passed to the checker (``None``: a date line
    at the top of the text, and the detected language), and ``markup``: ``"text"``, or
    ``"html"`` for a page (:func:`vnla.checker.check_text`).  ``meta`` is copied,
    as strings, into every row of the record.  ``error``, when set, says why
    the record could not be read; it is then not checked but reported.

    Raises:
        ValueError: the id, the text or a metadata value holds a lone surrogate, which no
            UTF-8 output can hold (the message says which and where).

    >>> Record(id="a\\ud800")
    Traceback (most recent call last):
    ...
    ValueError: Record id 'a\\ud800': a lone surrogate (U+D800) at character 1, which is not Unicode text
    """

    id: str = field(validator=_unicode)
    text: str = field(default="", validator=_unicode)
    published: date | None = None
    lang: str | None = None
    meta: Mapping[str, str | None] = field(factory=dict, converter=_meta, validator=_unicode)
    error: str | None = None
    markup: str = field(default="text", validator=_markup)


class EvidenceRow(TypedDict):
    """One piece of evidence of a finding: the source's id, its quote, and a note (or ``None``)."""

    source: str
    quote: str
    note: str | None


class FindingRow(TypedDict, total=False):
    """
    One finding of one record, flat (see :data:`COLUMNS`); metadata keys come after these.

    A row with ``error`` set is a record that could not be checked: its finding fields are ``None``.
    """

    id: str
    finding: int | None
    kind: str | None
    verdict: str | None
    severity: str | None
    rule: str | None
    start: int | None
    end: int | None
    line: int | None
    column: int | None
    text: str | None
    canonical: str | None
    record: str | None
    value: str | None
    message: str | None
    erratum: str | None
    evidence: list[EvidenceRow] | None
    lang: str | None
    published: date | None
    error: str | None


#: Every column of a finding row, in order, with its Arrow type and its meaning.  The
#: metadata of the records follows, one nullable ``string`` column per key.
COLUMNS: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        "id": ("string", "the id of the record (never null)"),
        "finding": ("int32", "the finding's place among all the findings of its record, from 0"),
        "kind": ("string", "what was found: person, title, framework, amount, date, ordinal, ..."),
        "verdict": ("string", "ok, variant, contradiction or unknown"),
        "severity": ("string", "info, warning or error (after the house style)"),
        "rule": ("string", "the rule the finding comes from (vnla.checker.rules())"),
        "start": ("int64", "where the finding starts in the text, in characters from 0"),
        "end": ("int64", "where it ends (exclusive): text == source[start:end]"),
        "line": ("int32", "its line, from 1"),
        "column": ("int32", "its column, from 1, in characters"),
        "text": ("string", "the words of the text"),
        "canonical": ("string", "the recorded or preferred form, when the verdict is not ok"),
        "record": ("string", "the id of the record compared with"),
        "value": ("string", "what was read: an ISO date, '10000000000 USD longer-term', ..."),
        "message": ("string", "what the finding means, in a sentence"),
        "erratum": ("string", "the id of the erratum a reproduced slip is recorded as"),
        "evidence": (
            "list<struct<source: string, quote: string, note: string>>",
            "the sources that back the canonical form, each with a verbatim quote",
        ),
        "lang": ("string", "the language the text was read as (en, vi or lo)"),
        "published": ("date32", "the publication date relative dates were read against"),
        "error": ("string", "why the record could not be checked (then every finding field is null)"),
    }
)


def _missing(value: Any) -> bool:
    """``None``, NaN and NaT (pandas' missing values, which are not equal to themselves)."""
    if value is None:
        return True
    try:
        return bool(value != value)  # noqa: PLR0124 - NaN and NaT are the values not equal to themselves
    except (TypeError, ValueError):
        return False


def as_date(value: Any) -> date | None:
    """
    A publication date from what a table holds: a date, a datetime or timestamp, an ISO string, or nothing.

    Raises:
        ValueError: the value is no date; the message shows it.

    >>> as_date("2026-02-05"), as_date(None), as_date(float("nan"))
    (datetime.date(2026, 2, 5), None, None)
    >>> as_date("5 Feb")
    Traceback (most recent call last):
    ValueError: published '5 Feb' is not a date (expected YYYY-MM-DD)
    """
    if _missing(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if len(text) > 10 and text[10] in "T ":  # a timestamp: its day
            text = text[:10]
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    msg = f"published {value!r} is not a date (expected YYYY-MM-DD)"
    raise ValueError(msg)


def error_row(record: Record, reason: str) -> FindingRow:
    """The one row of a record that could not be checked."""
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row["id"] = record.id
    row["published"] = record.published
    row["lang"] = record.lang
    row["error"] = reason
    row.update(record.meta)
    return row  # type: ignore[return-value]


def _report(checker: Checker, record: Record) -> TextReport | str:
    """The checker's report of ``record``, or why it cannot be checked (its error row's reason)."""
    reason = _unchecked(record)
    if reason is not None:
        return reason
    try:
        return checker.check_text(
            record.text, published=record.published, lang=record.lang, markup=record.markup
        )
    except ValueError as error:  # a language the checker does not read
        return str(error)


def _unchecked(record: Record) -> str | None:
    """Why ``record`` is not checked (its error, or an empty text), or ``None``."""
    if record.error is not None:
        return record.error
    if not record.text.strip():
        return "empty text: nothing to check"
    return None


def reports_of(checker: Checker, records: Sequence[Record]) -> list[TextReport | str]:
    """
    The report of each record, or why it cannot be checked: what :func:`rows_of` reads.

    The records are checked together (:meth:`~vnla.checker.Checker.check_texts`), which is
    quicker than one by one for short articles and gives the same reports.

    >>> from vnla.checker import Checker
    >>> reports = reports_of(Checker(), [Record(id="a", text="Tô Lâm"), Record(id="b", text=" ")])
    >>> [r if isinstance(r, str) else r.lang for r in reports]
    ['vi', 'empty text: nothing to check']
    """
    reports: list[TextReport | str] = []
    checked: list[tuple[int, Record]] = []
    for number, record in enumerate(records):
        reason = _unchecked(record)
        reports.append("" if reason is None else reason)
        if reason is None:
            checked.append((number, record))
    try:
        made = checker.check_texts(
            [r.text for _, r in checked],
            published=[r.published for _, r in checked],
            lang=[r.lang for _, r in checked],
            markup=[r.markup for _, r in checked],
        )
        for (number, _record), report in zip(checked, made, strict=True):
            reports[number] = report
    except ValueError:  # a language the checker does not read: each record alone, for its own reason
        return [_report(checker, record) for record in records]
    return reports


def rows_of(
    checker: Checker,
    record: Record,
    verdicts: Collection[Verdict] | None = None,
    *,
    report: TextReport | str | None = None,
) -> list[FindingRow]:
    """
    The rows of one record: one per finding of ``verdicts`` (default: all), or one error row.

    A record with ``error`` set, an empty text, or a language the checker
    does not read gives one error row.  ``finding`` counts every finding of
    the record, shown or not, so a row keeps its number under any filter.
    ``report``, when given, is the record's report (or reason) from :func:`reports_of`.
    """
    gathered = FindingColumns(record.meta)  # the record's own metadata keys, in its order
    gathered.add(checker, record, verdicts, report=report)
    return gathered.dicts()


#: The columns of :data:`COLUMNS` that :class:`FindingColumns` keeps as values (all but ``evidence``).
_SCALARS: Final = tuple(name for name in COLUMNS if name != "evidence")
#: Where ``evidence`` stands among the columns: the scalar columns before it, then after it.
_EVIDENCE: Final = tuple(COLUMNS).index("evidence")


#: A row's evidence as :meth:`FindingColumns.dicts` gives it: its items, ``[]`` (none) or ``None``
#: (an error row).
_Evidence = list[dict[str, str | None]] | None


#: A function that makes one row's dict from its values (a tuple of :attr:`FindingColumns.rows`) and
#: its evidence.
_Maker = Callable[[tuple[Any, ...], _Evidence], FindingRow]


def _generate(keys: tuple[str, ...]) -> _Maker:
    """
    The maker of rows with these keys (``evidence`` among them, in its place in :data:`COLUMNS`).

    It is generated, as ``collections.namedtuple`` and attrs make their methods, so that each
    dict is one dict display of constant keys, built at its full size in one step: a third less
    time than ``dict(zip(keys, values))``, which grows the dict as it goes (3.1-3.3 against
    4.9-5.0 ms per 1,000 rows), and a row's dict is most of the time a worker's parent spends on
    each row (``python benchmarks/bench_scale.py`` prints it).  The keys are written with
    ``repr``, so any ``str`` is safe in the code.

    >>> row = _generate((*COLUMNS, "outlet"))(tuple(range(len(_SCALARS))) + ("X",), [])
    >>> list(row) == [*COLUMNS, "outlet"], row["id"], row["evidence"], row["error"], row["outlet"]
    (True, 0, [], 18, 'X')
    """
    values = [f"r[{number}]" for number in range(len(keys) - 1)]
    values.insert(_EVIDENCE, "e")
    display = ", ".join(f"{key!r}: {value}" for key, value in zip(keys, values, strict=True))
    namespace: dict[str, Any] = {}
    exec(f"def make(r, e):\n    return {{{display}}}\n", namespace)  # the keys are written by repr
    maker: _Maker = namespace["make"]
    return maker


@functools.cache
def _columns_maker() -> _Maker:
    """The maker of rows with the columns of :data:`COLUMNS` alone (a row's metadata left out)."""
    return _generate(tuple(COLUMNS))


#: The makers of rows with metadata, by their keys: at most :data:`_MOST_MAKERS`, made as key sets
#: first come and kept.  Generating one takes about a quarter of a millisecond, some 150 rows'
#: worth of the time it saves (1.6-1.8 microseconds a row): an archive whose records each have
#: keys of their own would pay more than it gains, so past this many the metadata is added to
#: each row's dict instead.
_MAKERS: dict[tuple[str, ...], _Maker] = {}
_MOST_MAKERS: Final = 256


def _row_maker(meta: tuple[str, ...]) -> tuple[_Maker, tuple[str, ...]]:
    """
    The maker of rows with the metadata keys ``meta``, and the keys it leaves to the caller to add.

    >>> make, rest = _row_maker(("outlet",))
    >>> rest, list(make(tuple(range(len(_SCALARS))) + ("X",), []))[-1]
    ((), 'outlet')
    """
    if not meta:
        return _columns_maker(), ()
    maker = _MAKERS.get(meta)
    if maker is None:
        if len(_MAKERS) >= _MOST_MAKERS:
            return _columns_maker(), meta
        maker = _MAKERS[meta] = _generate((*COLUMNS, *meta))
    return maker, ()


class FindingColumns:
    """
    The rows of many records, gathered column by column: what :func:`rows_of` gives, without a dict per row.

    A table of findings is built column by column; gathering each column out of
    one dict per row costs about a tenth of the checking itself.  ``add`` keeps
    one tuple per row (the values of every column of :data:`COLUMNS` but
    ``evidence``, then the metadata in the
    order of ``meta``) and the evidence flattened: ``offsets`` (a row's evidence
    is ``sources[offsets[i]:offsets[i + 1]]``, and the same of ``quotes`` and
    ``notes``), ``null`` (the places of the rows whose evidence is null: the
    error rows).  :meth:`columns` transposes the tuples;
    :func:`vnla.batch.arrow.columns_to_table` makes the Arrow table.

    >>> from vnla.checker import Checker
    >>> gathered = FindingColumns(meta=["outlet"])
    >>> gathered.add(Checker(), Record(id="a", text="strategic bond", meta={"outlet": "X"}))
    >>> gathered.add(Checker(), Record(id="b", error="bad line"))
    >>> columns = gathered.columns()
    >>> columns["id"], columns["verdict"], columns["outlet"], columns["error"]
    (('a', 'b'), ('variant', None), ('X', None), (None, 'bad line'))
    >>> len(gathered), gathered.null, gathered.offsets[:1]
    (2, [1], [0])
    """

    __slots__ = ("meta", "notes", "null", "offsets", "quotes", "rows", "sources")

    def __init__(self, meta: Iterable[str] = ()) -> None:
        self.meta: tuple[str, ...] = tuple(meta)
        self.rows: list[tuple[Any, ...]] = []
        self.offsets: list[int] = [0]
        self.sources: list[str] = []
        self.quotes: list[str] = []
        self.notes: list[str | None] = []
        self.null: list[int] = []

    def __len__(self) -> int:
        return len(self.rows)

    def add(
        self,
        checker: Checker,
        record: Record,
        verdicts: Collection[Verdict] | None = None,
        *,
        report: TextReport | str | None = None,
    ) -> None:
        """
        Check ``record`` and keep its rows, as :func:`rows_of` gives them.

        ``report``, when given, is the record's report (or reason) from :func:`reports_of`.
        """
        if report is None:
            report = _report(checker, record)
        meta = tuple(record.meta.get(name) for name in self.meta)
        rows = self.rows
        offsets = self.offsets
        if isinstance(report, str):
            self.null.append(len(rows))
            offsets.append(offsets[-1])
            none = (None,) * 15
            rows.append((record.id, *none, record.lang, record.published, report, *meta))
            return
        wanted = None if verdicts is None else frozenset(verdicts)
        lang = report.lang
        published = report.published
        sources, quotes, notes = self.sources, self.quotes, self.notes
        # the findings come as the tuples of their fields: making a TextFinding for each cost a
        # sixth of a table's time on 3 KB articles (bench_check.py --articles-only); rows_of
        # makes its dicts of these rows
        for number, f in enumerate(finding_fields(report)):
            (
                kind,
                verdict,
                severity,
                rule,
                span,
                line,
                column,
                text,
                known,
                canonical,
                value,
                message,
                evidence,
                erratum,
            ) = f
            if wanted is not None and verdict not in wanted:
                continue
            rows.append(
                (
                    record.id,
                    number,
                    kind,
                    verdict._value_,
                    severity._value_,
                    rule,
                    span[0],
                    span[1],
                    line,
                    column,
                    text,
                    canonical,
                    known,
                    value,
                    # the plain text (str of a plain str is itself): a Message keeps its template
                    # and arguments, which a row does not need, and rebuilding them took a third
                    # of the time to unpickle a chunk's rows in a worker's parent
                    str(message),
                    erratum,
                    lang,
                    published,
                    None,
                    *meta,
                )
            )
            for e in evidence:
                sources.append(e.source)
                quotes.append(e.quote)
                notes.append(e.note or None)
            offsets.append(len(sources))

    def dicts(self) -> list[FindingRow]:
        """
        The rows as :func:`rows_of` gives them: a dict each, its keys those of :data:`COLUMNS`
        in order, then the metadata; an error row's evidence is ``None``.

        >>> from vnla.checker import Checker
        >>> gathered = FindingColumns(meta=["outlet"])
        >>> gathered.add(Checker(), Record(id="a", text="strategic bond", meta={"outlet": "X"}))
        >>> gathered.add(Checker(), Record(id="b", error="bad line"))
        >>> [
        ...     (row["verdict"], row["evidence"] and row["evidence"][0]["source"], row["outlet"])
        ...     for row in gathered.dicts()
        ... ]
        [('variant', 'vns-2026-01-26', 'X'), (None, None, None)]
        """
        make, rest = _row_maker(self.meta)
        width = len(_SCALARS)  # a row's metadata values follow its columns'
        offsets, sources, quotes, notes = self.offsets, self.sources, self.quotes, self.notes
        null = set(self.null)
        out: list[FindingRow] = []
        append = out.append
        for number, row in enumerate(self.rows):
            lo, hi = offsets[number], offsets[number + 1]
            evidence: _Evidence
            if lo == hi:  # most rows: no evidence (an error row's is null)
                evidence = None if number in null else []
            else:
                evidence = [
                    {"source": source, "quote": quote, "note": note}
                    for source, quote, note in zip(sources[lo:hi], quotes[lo:hi], notes[lo:hi], strict=True)
                ]
            made = make(row, evidence)
            if rest:
                made.update(zip(rest, row[width:], strict=True))  # type: ignore[typeddict-item]
            append(made)
        return out

    def columns(self) -> dict[str, tuple[Any, ...]]:
        """Each column but ``evidence``, then the metadata: its values, one per row."""
        names = _SCALARS + self.meta
        if not self.rows:
            return dict.fromkeys(names, ())
        return dict(zip(names, zip(*self.rows, strict=True), strict=True))


def rows_of_records(
    checker: Checker, records: Sequence[Record], verdicts: Collection[Verdict] | None = None
) -> list[FindingRow]:
    """
    The rows of ``records``, in order, checked together (:func:`reports_of`): what
    :func:`rows_of` gives for each.

    >>> from vnla.checker import Checker
    >>> rows = rows_of_records(Checker(), [Record(id="a", text="strategic bond"), Record(id="b", text="")])
    >>> [(r["id"], r["verdict"], r["error"]) for r in rows]
    [('a', 'variant', None), ('b', None, 'empty text: nothing to check')]
    """
    return [row for gathered in record_columns(checker, records, verdicts) for row in gathered.dicts()]


def record_columns(
    checker: Checker, records: Sequence[Record], verdicts: Collection[Verdict] | None = None
) -> list[FindingColumns]:
    """
    The rows of each of ``records``, checked together (:func:`reports_of`), gathered column-wise
    with the record's own metadata keys: its :meth:`FindingColumns.dicts` are what :func:`rows_of`
    gives.  A worker process sends these rather than the dicts: they pickle smaller and unpickle
    faster, and the dicts are made where the rows are read.

    >>> from vnla.checker import Checker
    >>> records = [Record(id="a", text="Lào", meta={"o": "x"}), Record(id="b", text="")]
    >>> parts = record_columns(Checker(), records)
    >>> [(len(p), p.meta) for p in parts], parts[0].dicts()[0]["o"]
    ([(1, ('o',)), (1, ())], 'x')
    """
    out: list[FindingColumns] = []
    for record, report in zip(records, reports_of(checker, records), strict=True):
        gathered = FindingColumns(record.meta)
        gathered.add(checker, record, verdicts, report=report)
        out.append(gathered)
    return out


def gather(
    checker: Checker, records: Sequence[Record], verdicts: Collection[Verdict] | None, meta: Iterable[str]
) -> FindingColumns:
    """
    The rows of ``records``, checked together (:func:`reports_of`) and gathered column-wise.

    >>> from vnla.checker import Checker
    >>> gather(Checker(), [Record(id="a", text="strategic bond")], None, ()).columns()["verdict"]
    ('variant',)
    """
    gathered = FindingColumns(meta)
    for record, report in zip(records, reports_of(checker, records), strict=True):
        gathered.add(checker, record, verdicts, report=report)
    return gathered

# SPDX-License-Identifier: MIT
"""
The report stage: findings, the report of a text and of a run, and their text and JSON writers.

A :class:`TextFinding` is one thing a text says, with its verdict; a :class:`TextReport`
holds a text's findings; a :class:`RunReport` the reports of several files, with totals
and an exit status.  All three are frozen attrs classes and pickle with the standard library.
"""

from __future__ import annotations

import enum
import json
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Final

from attrs import astuple, field, frozen

from vnla.model.records import Evidence, html_table
from vnla.rules.checks import Severity

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

__all__ = ["FindingFields", "RunReport", "TextFinding", "TextReport", "Verdict", "finding_fields", "rules"]

#: The version of the JSON document :meth:`RunReport.to_dict` writes; it changes
#: only when a field is removed or changes meaning (new fields may be added).
_FORMAT_VERSION: Final = 1


# =========================================================================== records
class Verdict(enum.Enum):
    """What the record says about a finding: ``ok``, ``variant``, ``contradiction`` or ``unknown``."""

    OK = "ok"
    VARIANT = "variant"
    CONTRADICTION = "contradiction"
    UNKNOWN = "unknown"


#: Every rule a finding can come from, with what it checks.  ``ignore`` and
#: ``severity`` in a :class:`CheckConfig` name these (or ``fnmatch`` patterns).
_RULES: Final[Mapping[str, str]] = {
    "names.recorded": "a recorded name of a person, body, place, country, project, document, event "
    "or founding; a recorded misspelling is a variant",
    "names.house-style": "a name the house style does not prefer (config 'prefer')",
    "names.ambiguous": "a name several records share",
    "names.unknown-person": "a title followed by a name the record does not know",
    "framework.wording": "a wording of a framework element; a translation variant is a variant",
    "framework.unknown-wording": "a framework listing that ends with a wording no element has",
    "titles.office": "a title before a person's name, against the offices the person held then",
    "figures.target": "an amount stated as a target, against the recorded targets of its metric",
    "figures.amount": "an amount the record has no target for",
    "figures.actual": "a figure stated as reached (a sum, a count), against the recorded figures of its "
    "metric and period",
    "figures.forecast": "a figure stated as expected: never judged; shown with the recorded figure of "
    "its period",
    "figures.change": "a percentage of change, against the values it relates (the text's and the record's)",
    "figures.growth": "a yearly growth rate, against the recorded growth target",
    "figures.ratio": "a ratio (doubled, one and a half times), against the values it relates",
    "framework.added": "an element said to be the one the framework gained on a day ('the addition of "
    "strategic cohesion in December 2025'), against what the framework's stage of that day added",
    "framework.listing": "a listing of the framework that names its first and last elements of the day "
    "and leaves out one between",
    "dates.event": "a date next to an event, against the recorded date of that event",
    "dates.date": "a date the record has no event for",
    "dates.target": "a date in a sentence about a dated target (a project, an anniversary), against it",
    "dates.weekday": "a weekday named with a date, against the calendar",
    "dates.tenure": "a date said to start a person's tenure of the office titled before it ('Prime "
    "Minister ..., in office since 2021', 'became State President in October 2024'), against the "
    "starts of the person's terms in that office",
    "dates.term": "a span of years said of a person's office titled right before it ('Kaysone Phomvihane "
    "served as Prime Minister from 1975 to 1991'), against the person's runs of terms in that office",
    "dates.anniversary": "a date in a sentence that counts an anniversary, on its day or its ceremony's",
    "dates.founding": "the date of a founding, a birth or a death the record holds, as the words before it "
    "say ('was founded on')",
    "dates.published": "the date line at the top of a text, read as its publication date",
    "dates.era": "a year of another era in brackets after a date ('18 July 1977 (B.E. 2520)'), "
    "against that date's year",
    "dates.framework": "the date a framework element was added ('strategic cohesion, added in "
    "December 2025'), against the day the record has it join, by the document that wrote it in",
    "places.within": "a place said to lie in a region ('the Thanh Thuy border gate in Ha Tinh'), against "
    "the region of that kind the record puts it in",
    "places.event": "a place said of an event the sentence names by its date and name, number or "
    "people ('held in Hanoi'), against where it took place",
    "people.event": "a leader named as leading an event the sentence dates ('held talks with', "
    "'co-chaired by', 'welcomed'), against who led it and took part",
    "people.spouse": "a person named as another's spouse ('To Lam and his wife ...', 'the wife of ...'), "
    "against the spouse the record holds",
    "ordinals.congress": "the ordinal of a congress or term, against the recorded congresses",
    "ordinals.anniversary": "the ordinal of an anniversary, against the year its founding gives",
    "ordinals.other": "an ordinal the record has nothing to compare with",
    "errata.reproduced": "a passage that reproduces a slip a source made, recorded as an erratum",
    "documents.period": "a document's name written with a span of years ('for the period 2021 - 2027'), "
    "against the span the document covers",
    "titles.first-holder": "a person given as the first holder of an office ('the first President of the "
    "Lao PDR, Souphanouvong'), against the record's first holder, where it holds the whole line",
}


def rules() -> Mapping[str, str]:
    """
    Every rule a :class:`TextFinding` can come from, with what it checks.

    ``ignore`` and ``severity`` in a :class:`CheckConfig` name these (or
    ``fnmatch`` patterns of them, such as ``"dates.*"``).

    >>> list(rules())[:3]
    ['names.recorded', 'names.house-style', 'names.ambiguous']
    >>> rules()["framework.wording"]
    'a wording of a framework element; a translation variant is a variant'

    .. versionadded:: 0.1
    """
    return MappingProxyType(dict(_RULES))


_DEFAULT_SEVERITY: Final = {
    Verdict.OK: Severity.INFO,
    Verdict.VARIANT: Severity.WARNING,
    Verdict.CONTRADICTION: Severity.ERROR,
    Verdict.UNKNOWN: Severity.INFO,
}
_SEVERITY_RANK: Final = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def _evidence(values: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(values)


@frozen(kw_only=True)
class TextFinding:
    """
    One thing a text says, where it says it, and what the record says about it.

    ``span`` is ``(start, end)`` in characters, so ``text == source[start:end]``;
    ``line`` and ``column`` count from 1 (columns in characters).  ``kind``
    is what was found: ``person``, ``organization``, ``place``, ``country``,
    ``project``, ``document``, ``mechanism``, ``event``, ``founding``,
    ``framework``, ``title``, ``amount``, ``date``, ``ordinal`` or
    ``erratum``.  ``record`` is the id of the record compared with, ``value``
    what was read (an ISO date, ``"10000000000 USD longer-term"``), and
    ``canonical`` the recorded or preferred form when the verdict is not ``ok``.

    >>> from datetime import date
    >>> from vnla.checker import check_text
    >>> f = check_text("talks in Vientiane on December 3", published=date(2025, 12, 3)).findings[-1]
    >>> (f.kind, f.text, f.value, f.span, f.column)
    ('date', 'December 3', '2025-12-03', (22, 32), 23)
    """

    kind: str
    verdict: Verdict
    severity: Severity
    rule: str
    span: tuple[int, int]
    line: int
    column: int
    text: str
    record: str | None = None
    canonical: str | None = None
    value: str | None = None
    message: str = ""
    evidence: tuple[Evidence, ...] = ()
    erratum: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The finding as plain data, in the documented JSON shape."""
        return {
            "kind": self.kind,
            # an enum's ``_value_`` is its value, read without the descriptor ``.value`` goes through
            "verdict": self.verdict._value_,
            "severity": self.severity._value_,
            "rule": self.rule,
            "span": [self.span[0], self.span[1]],
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "canonical": self.canonical,
            "record": self.record,
            "value": self.value,
            "message": self.message,
            "erratum": self.erratum,
            "evidence": [
                {"source": e.source, "quote": e.quote, **({"note": e.note} if e.note else {})}
                for e in self.evidence
            ],
        }

    def __str__(self) -> str:
        shown = f" -> {self.canonical}" if self.canonical else ""
        return f"{self.line}:{self.column}: {self.verdict.value} {self.kind} {self.text!r}{shown}"


#: A finding's fields as a plain tuple, in the order of :class:`TextFinding`'s: kind, verdict,
#: severity, rule, span, line, column, text, record, canonical, value, message, evidence and
#: erratum (see :func:`finding_fields`).
FindingFields = tuple[
    str,
    Verdict,
    Severity,
    str,
    tuple[int, int],
    int,
    int,
    str,
    str | None,
    str | None,
    str | None,
    str,
    tuple[Evidence, ...],
    str | None,
]


class _Deferred:
    """
    A text's findings before they are made: the checker keeps what makes them, and a
    :class:`TextReport` makes them the first time they are asked for.

    A check finds thousands of names a megabyte, most of them ``ok``; a finding made only
    when it is wanted costs nothing to a caller that counts, or reads the contradictions.
    The maker is :class:`vnla.checker.emit._Pending`.
    """

    __slots__ = ()

    def make(self, verdicts: frozenset[Verdict] | None = None) -> tuple[TextFinding, ...]:
        """The findings of ``verdicts`` (default: all), in order of position."""
        raise NotImplementedError

    def fields(self, verdicts: frozenset[Verdict] | None = None) -> Iterator[FindingFields]:
        """The fields of the findings of ``verdicts`` (default: all), in order, without making them."""
        raise NotImplementedError

    def counts(self) -> dict[str, int]:
        """How many findings of each verdict, without making them."""
        raise NotImplementedError

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as the findings themselves."""
        return (tuple, (self.make(),))


def finding_fields(report: TextReport) -> Iterator[FindingFields]:
    """
    The findings of a report as plain tuples of their fields, in the order of :class:`TextFinding`'s:
    what a table of findings is made of (:mod:`vnla.batch`), without an object for each finding.

    The same findings as :attr:`TextReport.findings`, in the same order; a report whose findings
    were not asked for yet does not make them (nor keep the tuples).

    >>> from datetime import date
    >>> from vnla.checker import check_text
    >>> report = check_text("talks in Vientiane on December 3", published=date(2025, 12, 3))
    >>> [(kind, text, span) for kind, _v, _s, _r, span, _l, _c, text, *_rest in finding_fields(report)]
    [('place', 'Vientiane', (9, 18)), ('date', 'December 3', (22, 32))]
    >>> list(finding_fields(report))[0] == astuple(report.findings[0], recurse=False)
    True
    """
    found = report._findings
    if isinstance(found, _Deferred):
        return found.fields()
    return (astuple(f, recurse=False) for f in found)


def _findings(values: Iterable[TextFinding] | _Deferred) -> tuple[TextFinding, ...] | _Deferred:
    return values if isinstance(values, _Deferred) else tuple(values)


def _made(values: tuple[TextFinding, ...] | _Deferred) -> tuple[TextFinding, ...]:
    return values.make() if isinstance(values, _Deferred) else values


def _shown(values: tuple[TextFinding, ...] | _Deferred) -> str:
    return repr(_made(values))


def _reports(values: Iterable[TextReport]) -> tuple[TextReport, ...]:
    return tuple(values)


def _count(findings: Iterable[TextFinding]) -> dict[str, int]:
    counts = dict.fromkeys((v.value for v in Verdict), 0)
    for f in findings:
        counts[f.verdict.value] += 1
    return counts


@frozen(kw_only=True)
class TextReport:
    """
    The findings of one text or file, in order of position.

    ``error`` says why a file could not be checked (then there are no
    findings); ``lang`` is the language the text was read as and
    ``published`` the date relative dates were resolved against.

    >>> from vnla.checker import check_text
    >>> report = check_text("Tổng Bí thư Tô Lâm thăm Lào.")
    >>> report.lang, report.counts()["ok"], [f.record for f in report.findings]
    ('vi', 3, ['to-lam', 'to-lam', 'LA'])
    """

    #: The findings, made when first asked for (see :attr:`findings`).
    _findings: tuple[TextFinding, ...] | _Deferred = field(
        default=(), converter=_findings, alias="findings", eq=_made, repr=_shown
    )
    path: str | None = None
    lang: str | None = None
    published: date | None = None
    characters: int = 0
    lines: int = 0
    error: str | None = None

    @property
    def findings(self) -> tuple[TextFinding, ...]:
        """
        The findings, in order of position.

        A checker's report makes them the first time they are asked for, and keeps them:
        :meth:`counts`, :meth:`of`, :attr:`contradictions` and :meth:`worst` make only
        the findings they return, or none.
        """
        found = self._findings
        if isinstance(found, _Deferred):
            found = found.make()
            object.__setattr__(self, "_findings", found)  # made once; the report stays as it was
        return found

    def counts(self) -> dict[str, int]:
        """How many findings of each verdict."""
        found = self._findings
        return found.counts() if isinstance(found, _Deferred) else _count(found)

    def of(self, verdict: Verdict | str) -> tuple[TextFinding, ...]:
        """The findings of one verdict."""
        wanted = Verdict(verdict)
        found = self._findings
        if isinstance(found, _Deferred):
            return found.make(frozenset((wanted,)))
        return tuple(f for f in found if f.verdict is wanted)

    @property
    def contradictions(self) -> tuple[TextFinding, ...]:
        """The findings with the verdict ``contradiction``."""
        return self.of(Verdict.CONTRADICTION)

    @property
    def variants(self) -> tuple[TextFinding, ...]:
        """The findings with the verdict ``variant``."""
        return self.of(Verdict.VARIANT)

    def worst(self) -> Severity | None:
        """The highest severity among the findings that are not ``ok``, or ``None``."""
        found = self._findings
        if isinstance(found, _Deferred):  # the findings that are not ok, made on their own
            found = found.make(_NOT_OK)
        ranks = [_SEVERITY_RANK[f.severity] for f in found if f.verdict is not Verdict.OK]
        if not ranks:
            return None
        best = max(ranks)
        return next(s for s, r in _SEVERITY_RANK.items() if r == best)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data, in the documented JSON shape."""
        return {
            "path": self.path,
            "lang": self.lang,
            "published": self.published.isoformat() if self.published else None,
            "findings": [f.to_dict() for f in self.findings],
            "error": self.error,
            "characters": self.characters,
            "lines": self.lines,
            "counts": self.counts(),
        }

    def _repr_html_(self) -> str:
        """A notebook's view: each finding with its line, verdict, what was read and the record."""
        counts = ", ".join(f"{n} {verdict}" for verdict, n in self.counts().items() if n)
        caption = f"{self.path or 'text'}: {counts or 'nothing found'}"
        rows = (
            (f.line, f.verdict.value, f.kind, f.text, f.record, f.canonical, f.message) for f in self.findings
        )
        header = ("line", "verdict", "kind", "text", "record", "canonical", "message")
        return html_table(caption, header, rows)

    def to_text(self, *, show: Iterable[Verdict | str] = ("contradiction", "variant")) -> str:
        """
        One line per finding of the verdicts in ``show``, then a summary line.

        >>> from vnla.checker import check_text
        >>> print(check_text("strategic bond").to_text())
        <text>:1:1: variant framework.wording 'strategic bond' -> strategic cohesion: ...
        <text>: 0 ok, 1 variant, 0 contradiction, 0 unknown
        """
        return "\n".join([*_finding_lines(self, show), _summary_line(self)])


@frozen(kw_only=True)
class RunReport:
    """
    The reports of several files, with totals and the exit status a CI job uses.

    ``exit_code`` is 2 when a file could not be checked, else 1 when a finding
    is at least as severe as ``fail_on`` (by default: a contradiction), else 0.
    """

    reports: tuple[TextReport, ...] = field(default=(), converter=_reports)
    fail_on: Severity = Severity.ERROR
    #: The version of the JSON document :meth:`to_dict` writes; it changes only
    #: when a field is removed or changes meaning (new fields may be added).
    version: ClassVar[int] = _FORMAT_VERSION

    def totals(self) -> dict[str, int]:
        """Files, files checked and failed, characters, and findings of each verdict."""
        counts = dict.fromkeys((v.value for v in Verdict), 0)
        for report in self.reports:
            for key, value in report.counts().items():
                counts[key] += value
        return {
            "files": len(self.reports),
            "checked": sum(r.error is None for r in self.reports),
            "failed": sum(r.error is not None for r in self.reports),
            "characters": sum(r.characters for r in self.reports),
            **counts,
        }

    @property
    def exit_code(self) -> int:
        """0 clean, 1 findings at or above ``fail_on``, 2 a file could not be checked."""
        return _exit_code(
            any(r.error is not None for r in self.reports),
            any(_fails(r.worst(), self.fail_on) for r in self.reports),
        )

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON document: ``format``, ``version``, ``files``, ``totals``, ``exit_code``."""
        return {
            "format": "vnla-check",
            "version": self.version,
            "files": [r.to_dict() for r in self.reports],
            "totals": self.totals(),
            "exit_code": self.exit_code,
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def _fails(worst: Severity | None, fail_on: Severity) -> bool:
    return worst is not None and _SEVERITY_RANK[worst] >= _SEVERITY_RANK[fail_on]


def _exit_code(input_problem: bool, failed: bool) -> int:
    if input_problem:
        return 2
    return 1 if failed else 0


def _finding_lines(report: TextReport, show: Iterable[Verdict | str]) -> Iterator[str]:
    wanted = frozenset(Verdict(v) for v in show)
    name = report.path or "<text>"
    found = report._findings  # the report's own module reads its field
    for f in found.make(wanted) if isinstance(found, _Deferred) else found:
        if f.verdict in wanted:
            yield _finding_line(name, f)


def _finding_line(name: str, f: TextFinding) -> str:
    shown = f" -> {f.canonical}" if f.canonical else ""
    line = f"{name}:{f.line}:{f.column}: {f.verdict.value} {f.rule} {f.text!r}{shown}: {f.message}"
    for e in f.evidence[:2]:
        line += f"\n    {e.source}: " + (f"note: {_short(e.text)}" if e.is_note else repr(_short(e.quote)))
    return line


def _short(quote: str, size: int = 160) -> str:
    return quote if len(quote) <= size else quote[: size - 1] + "…"


def _summary_line(report: TextReport) -> str:
    name = report.path or "<text>"
    if report.error is not None:
        return f"{name}: not checked: {report.error}"
    counts = report.counts()
    return f"{name}: " + ", ".join(f"{n} {v}" for v, n in counts.items())


#: Each verdict by its place in :class:`Verdict`, for counting in a list.
_VERDICT_INDEX: Final = {v: i for i, v in enumerate(Verdict)}
#: The verdicts that are not ``ok``.
_NOT_OK: Final = frozenset(Verdict) - {Verdict.OK}

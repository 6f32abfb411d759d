# SPDX-License-Identifier: MIT
"""
Cross-source consistency: rules that re-read the evidence and compare what sources say.

:func:`check` runs every rule (or the ones named) over a dataset and returns a
:class:`Report` of :class:`Finding` records; nothing raises.  A finding names
its rule, its severity, the records and the sources (with their quotes)
involved, and says what is wrong in words a person understands.  Rules
re-read quotes with :mod:`vnla.lang.parsing` rather than trusting what the data
says they state.  A slip that an :class:`~vnla.model.records.Erratum` records is
reported as ``info`` with the correction, never as an error and never fixed.

Every rule works from indices built once, so a check of *n* records takes
time proportional to *n* log *n*; the findings come sorted, so the report
does not depend on the order of the records.

>>> import vnla
>>> report = check(vnla.dataset())
>>> report.ok
True
>>> [r.id for r in rules()][:3]
['evidence.quote-in-source', 'evidence.figure-stated', 'evidence.date-stated']

.. versionadded:: 0.1
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, Final

import attrs
from attrs import field, frozen

from vnla.lang.dates import format_day, format_when, parse_locale
from vnla.lang.parsing import Amount, DateMention, OrdinalMention, parse_amounts, parse_dates, parse_ordinals
from vnla.lang.words import merged
from vnla.model.records import (
    Anniversary,
    Document,
    Erratum,
    Event,
    EventKind,
    Evidence,
    FrameworkElement,
    Horizon,
    HorizonKind,
    Person,
    Precision,
    Source,
    Target,
    Term,
    Vocabulary,
    When,
    html_table,
)
from vnla.rules import events as _events
from vnla.rules import figures as _figures

if TYPE_CHECKING:
    from vnla.record.dataset import Dataset

__all__ = [
    "Finding",
    "Report",
    "Rule",
    "Severity",
    "check",
    "rules",
]


# --------------------------------------------------------------------------- records
class Severity(enum.Enum):
    """How much a finding matters: an ``error`` fails a check; ``info`` only informs."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


_SEVERITY_ORDER: Final = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _evidence_tuple(values: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(values)


def _findings_tuple(values: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(values)


def _sources_of(evidence: tuple[Evidence, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(e.source for e in evidence))


@frozen(kw_only=True)
class Finding:
    """
    One thing a rule found: what, how serious, which records, which sources said what.

    ``path`` is where in the first record the finding sits
    (``$.date_evidence[0]``), so it does not change when records are
    reordered; ``erratum`` is the id of the :class:`~vnla.model.records.Erratum`
    that records the slip, when one does.

    >>> f = Finding(rule="dates.weekday-matches", severity=Severity.ERROR, message="Monday is a Tuesday")
    >>> str(f)
    'error dates.weekday-matches: Monday is a Tuesday'
    """

    rule: str
    severity: Severity
    message: str
    records: tuple[str, ...] = field(default=(), converter=_strings)
    evidence: tuple[Evidence, ...] = field(default=(), converter=_evidence_tuple)
    path: str | None = None
    erratum: str | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources involved, in the order of :attr:`evidence`."""
        return _sources_of(self.evidence)

    def to_dict(self) -> dict[str, Any]:
        """The finding as plain data (what :meth:`Report.to_json` writes)."""
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "records": list(self.records),
            "path": self.path,
            "erratum": self.erratum,
            "evidence": [
                {"source": e.source, "quote": e.quote, **({"note": e.note} if e.note else {})}
                for e in self.evidence
            ],
        }

    def _sort_key(self) -> tuple[int, str, tuple[str, ...], str, str]:
        return (_SEVERITY_ORDER[self.severity], self.rule, self.records, self.path or "", self.message)

    def __str__(self) -> str:
        where = f" [{', '.join(self.records)}{' ' + self.path if self.path else ''}]" if self.records else ""
        return f"{self.severity.value} {self.rule}{where}: {self.message}"


@frozen(kw_only=True)
class Rule:
    """
    A consistency rule: its id (``family.name``), what it checks, and the function that does.

    >>> rule = {r.id: r for r in rules()}["ordinals.anniversary-year"]
    >>> rule.description.split(":")[0]
    'An anniversary falls in the year its founding and its ordinal give'
    """

    id: str
    description: str
    run: Callable[[_Context], Iterable[Finding]] = field(eq=False, repr=False)


@frozen(kw_only=True)
class Report:
    """
    The findings of a check, sorted: errors first, then warnings, then information.

    >>> import vnla
    >>> report = check(vnla.dataset(), rules=["errata.recorded"])
    >>> report.ok, len(report.errors), report.infos[0].rule
    (True, 0, 'errata.recorded')
    """

    findings: tuple[Finding, ...] = field(default=(), converter=_findings_tuple)
    #: The ids of the rules that ran, in registry order.
    rules: tuple[str, ...] = field(default=(), converter=_strings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity ``error``."""
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity ``warning``."""
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @property
    def infos(self) -> tuple[Finding, ...]:
        """The findings of severity ``info`` (recorded errata, derived values)."""
        return tuple(f for f in self.findings if f.severity is Severity.INFO)

    @property
    def ok(self) -> bool:
        """Whether there is no error (warnings and information do not count)."""
        return not self.errors

    def __len__(self) -> int:
        return len(self.findings)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def counts(self) -> dict[str, int]:
        """How many findings of each severity."""
        return {s.value: sum(1 for f in self.findings if f.severity is s) for s in Severity}

    def to_text(self, *, min_severity: Severity = Severity.INFO) -> str:
        """
        The report for a person: one block per finding, quotes indented, a summary last.

        ``min_severity=Severity.ERROR`` shows only the errors (the summary counts all).

        >>> import vnla
        >>> print(check(vnla.Dataset()).to_text())
        consistency: no findings (27 rules)
        """
        shown = [f for f in self.findings if _SEVERITY_ORDER[f.severity] <= _SEVERITY_ORDER[min_severity]]
        lines: list[str] = []
        for finding in shown:
            lines.append(str(finding))
            if finding.erratum:
                lines.append(f"    erratum: {finding.erratum}")
            lines.extend(
                f"    {e.source}: note: {_squash(e.text)}"
                if e.is_note
                else f"    {e.source}: “{_squash(e.quote)}”"
                for e in finding.evidence
            )
        counts = self.counts()
        if not self.findings:
            summary = "no findings"
        else:
            summary = (
                f"{counts['error']} error{'s' if counts['error'] != 1 else ''}, "
                f"{counts['warning']} warning{'s' if counts['warning'] != 1 else ''}, "
                f"{counts['info']} info"
            )
        lines.append(f"consistency: {summary} ({len(self.rules)} rules)")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """A notebook's view: the findings as a table, errors first."""
        caption = f"consistency: {len(self.findings)} findings ({len(self.rules)} rules)"
        rows = ((f.severity.value, f.rule, ", ".join(f.records), f.message) for f in self.findings)
        return html_table(caption, ("severity", "rule", "records", "message"), rows)

    def to_json(self, *, indent: int | None = 2) -> str:
        """
        The report as JSON: ``ok``, ``counts``, ``rules`` and ``findings``.

        >>> import json, vnla
        >>> sorted(json.loads(check(vnla.Dataset()).to_json()))
        ['counts', 'findings', 'ok', 'rules']
        """
        payload = {
            "ok": self.ok,
            "counts": self.counts(),
            "rules": list(self.rules),
            "findings": [f.to_dict() for f in self.findings],
        }
        return json.dumps(payload, ensure_ascii=False, indent=indent)


# --------------------------------------------------------------------------- helpers
def _squash(text: str) -> str:
    """Whitespace collapsed and Unicode in NFC: what "verbatim, whitespace aside" compares."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _fold(text: str) -> str:
    return _squash(text).casefold()


@functools.cache
def _future() -> re.Pattern[str]:
    """The words that mark a quote as speaking of something still to come (``dates.future_words``)."""
    alternatives = "|".join(
        re.escape(w) for w in sorted(merged("dates", "future_words"), key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


#: Words that mark a title as one no longer held ("former Prime Minister").
_FORMER: Final = re.compile(r"(?i:\b(?:former|ex-|then-|late)\b)|[Nn]guyên\b|ອະດີດ")
_WORD: Final = re.compile(r"\w+")


def _when_text(when: When | None, lang: str = "en") -> str:
    """A date as every command writes it (:func:`vnla.lang.dates.format_when`), in ``lang``."""
    return "an unknown date" if when is None else format_when(when, lang)


def _when_key(when: When | None) -> tuple[date, date]:
    """Dates in time order (an unknown one last)."""
    if when is None:
        return (date.max, date.max)
    return (when.earliest or date.min, when.latest or date.max)


def _day_of(when: When | None) -> date | None:
    """The one day a date is, or ``None``."""
    if when is not None and when.precision is Precision.DAY:
        return when.earliest
    return None


def _horizons_conflict(stated: Horizon | None, recorded: Horizon) -> bool:
    """Whether a stated horizon contradicts the recorded one ("near-term" vs "longer-term")."""
    if stated is None:
        return False
    definite = {HorizonKind.NEAR_TERM, HorizonKind.LONGER_TERM}
    if stated.kind in definite and recorded.kind in definite:
        return stated.kind is not recorded.kind
    if stated.kind is recorded.kind and stated.kind in (HorizonKind.BY_DATE, HorizonKind.PERIOD):
        return stated.when != recorded.when
    return False


def _amount_text(value: Any, unit: str | None) -> str:
    return f"{value:,} {unit}" if unit else f"{value:,}"


#: Records that carry an ordinal their quotes must agree with.
_Counted = Event | Anniversary


# --------------------------------------------------------------------------- context
class _Context:
    """Indices and parse caches for one check, built once and shared by the rules."""

    def __init__(self, dataset: Dataset, texts: Mapping[str, str] | None, lang: str = "en") -> None:
        self.ds = dataset
        #: the language the findings write dates in
        self.lang = lang
        self.sources: dict[str, Source] = {s.id: s for s in dataset.sources}
        unknown = sorted(set(texts or ()) - set(self.sources))
        if unknown:
            msg = f"texts given for unknown source id(s) {', '.join(map(repr, unknown))}"
            raise ValueError(msg)
        self._given = dict(texts or {})
        self._texts: dict[str, str | None] = {}
        # Equal texts share one object, so "is this quote in it" is asked once per text:
        # merged or replicated datasets cite copies of the same document under other ids.
        self._canonical: dict[str, str] = {}
        self._contains: dict[tuple[int, str], bool] = {}
        self._dates: dict[tuple[str, date | None], tuple[DateMention, ...]] = {}
        self._amounts: dict[str, tuple[Amount, ...]] = {}
        self._ordinals: dict[str, tuple[OrdinalMention, ...]] = {}
        self._listings: dict[str, list[tuple[list[str], str | None, set[str]]]] = {}
        self._errata: dict[str, list[tuple[str, Erratum]]] = defaultdict(list)
        for erratum in dataset.errata:
            self._errata[erratum.source].append((_squash(erratum.quote), erratum))

    # texts -----------------------------------------------------------------------------
    def text(self, source: str) -> str | None:
        """The whitespace-squashed full text of a source, when it is bundled or given."""
        if source not in self._texts:
            raw = self._given.get(source)
            if raw is None:
                raw = self._bundled_text(source)
            text = None if raw is None else _squash(raw)
            self._texts[source] = None if text is None else self._canonical.setdefault(text, text)
        return self._texts[source]

    @functools.cached_property
    def _documents_of(self) -> dict[str, list[Document]]:
        by_source: dict[str, list[Document]] = defaultdict(list)
        for document in self.ds.documents:
            if document.source is not None and document.clauses:
                by_source[document.source].append(document)
        return by_source

    def _bundled_text(self, source: str) -> str | None:
        """:meth:`Dataset.source_text`, through an index: that method scans every document."""
        record = self.sources.get(source)
        if record is None or not record.text_bundled or not self._documents_of.get(source):
            return None
        document = self._documents_of[source][0]
        body = "\n".join(f"{c.number}. {c.text}" for c in document.clauses)
        closing = [e.quote for e in document.evidence if e.source == source and e.quote not in body]
        return "\n".join([body, *closing])

    def in_text(self, source: str, quote: str) -> bool | None:
        """Whether a quote is in a source's text, whitespace aside; ``None`` if the text is unknown."""
        text = self.text(source)
        if text is None:
            return None
        key = (id(text), quote)
        found = self._contains.get(key)
        if found is None:
            found = self._contains[key] = _squash(quote) in text
        return found

    def reference_day(self, source: str) -> date | None:
        """The day a source was published, when known to the day (to resolve "on Monday")."""
        record = self.sources.get(source)
        return None if record is None else _day_of(record.published)

    # writing dates ------------------------------------------------------------------------
    def when(self, when: When | None) -> str:
        """A date in the report's language, as every command writes it."""
        return _when_text(when, self.lang)

    def day(self, day: date) -> str:
        """One day in the report's language."""
        return format_day(day, self.lang)

    def horizon(self, horizon: Horizon) -> str:
        """A target's horizon: its kind, and its date as every command writes it."""
        return f"{horizon.kind.value} {self.when(horizon.when)}" if horizon.when else horizon.kind.value

    def weekday(self, number: int) -> str:
        """The name of a weekday (0 is Monday) in the report's language, from CLDR."""
        from babel.dates import get_day_names  # delayed: babel loads only when a finding needs it

        return str(get_day_names("wide", locale=parse_locale(self.lang))[number])

    # parsing, cached ----------------------------------------------------------------------
    def dates(self, evidence: Evidence) -> tuple[DateMention, ...]:
        key = (evidence.text, self.reference_day(evidence.source))
        found = self._dates.get(key)
        if found is None:
            found = self._dates[key] = parse_dates(evidence.text, published=key[1])
        return found

    def amounts(self, quote: str) -> tuple[Amount, ...]:
        found = self._amounts.get(quote)
        if found is None:
            found = self._amounts[quote] = parse_amounts(quote)
        return found

    def ordinals(self, quote: str) -> tuple[OrdinalMention, ...]:
        found = self._ordinals.get(quote)
        if found is None:
            found = self._ordinals[quote] = parse_ordinals(quote)
        return found

    # evidence, everywhere --------------------------------------------------------------
    @functools.cached_property
    def evidence_by_record(self) -> tuple[tuple[Any, tuple[Evidence, ...]], ...]:
        """Every record with all the evidence inside it, in walking order: walked once, no paths built."""
        out: list[tuple[Any, tuple[Evidence, ...]]] = []
        for record in self.ds:
            found: list[Evidence] = []
            _collect_evidence(record, found)
            out.append((record, tuple(found)))
        return tuple(out)

    def cited(self) -> Iterator[tuple[Any, int, Evidence]]:
        """Every ``(record, position, evidence)``; :meth:`path_of` turns the position into a path."""
        for record, evidence in self.evidence_by_record:
            for k, ev in enumerate(evidence):
                yield record, k, ev

    @staticmethod
    def path_of(record: Any, position: int) -> str:
        """The path (``$.names[0].evidence[1]``) of a record's evidence at a walking position."""
        for k, (path, _ev) in enumerate(_walk_evidence(record, "$")):
            if k == position:
                return path or "$"
        msg = f"{record.id!r} has no evidence at position {position}"
        raise IndexError(msg)

    def listings(self, framework: _Framework, quote: str) -> list[tuple[list[str], str | None, set[str]]]:
        """The framework listings in a quote, read once for both framework rules."""
        found = self._listings.get(quote)
        if found is None:
            found = self._listings[quote] = list(framework.listings(quote))
        return found

    def erratum_for(self, evidence: Evidence) -> Erratum | None:
        """The erratum that records a slip in this quote (the two quotes overlap), if any."""
        entries = self._errata.get(evidence.source)
        if not entries or evidence.is_note:
            return None
        quote = _squash(evidence.quote)
        for erratum_quote, erratum in sorted(entries, key=lambda e: e[1].id):
            if erratum_quote in quote or quote in erratum_quote:
                return erratum
        return None

    def finding(
        self,
        rule: str,
        message: str,
        *,
        records: Iterable[str],
        evidence: Iterable[Evidence] = (),
        path: str | None = None,
        severity: Severity = Severity.ERROR,
    ) -> Finding:
        """A finding; one about a quote with a recorded slip becomes ``info`` naming the erratum."""
        evidence = tuple(evidence)
        erratum = self.erratum_for(evidence[0]) if evidence and severity is not Severity.INFO else None
        if erratum is not None:
            severity = Severity.INFO
            message = f"{message} — a slip recorded as erratum {erratum.id!r}: {erratum.correction}"
        return Finding(
            rule=rule,
            severity=severity,
            message=message,
            records=tuple(records),
            evidence=evidence,
            path=path,
            erratum=erratum.id if erratum else None,
        )

    # framework stages ------------------------------------------------------------------
    @functools.cached_property
    def stages(self) -> tuple[list[date], list[tuple[date, str, int]]]:
        """Stages sorted as :meth:`Dataset.framework_stage` orders them: (begins, entries)."""
        entries = sorted(
            (began, stage.id, len(stage.elements))
            for stage in self.ds.framework_stages
            if (began := stage.since.latest or stage.since.earliest) is not None
        )
        return [e[0] for e in entries], entries

    def stage_size(self, as_of: date) -> tuple[str, int] | None:
        begins, entries = self.stages
        i = bisect.bisect_right(begins, as_of)
        if i == 0:
            return None
        _began, stage_id, size = entries[i - 1]
        return stage_id, size


_FIELDS: dict[type[Any], tuple[str, ...]] = {}


def _fields_of(cls: type[Any]) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(a.name for a in attrs.fields(cls))
    return names


_IS_ATTRS: dict[type[Any], bool] = {}


def _collect_evidence(obj: Any, out: list[Evidence]) -> None:
    """
    Append every Evidence inside an attrs object to ``out``, in :func:`_walk_evidence`'s order.

    A plain recursive function, not a generator: walking a dataset of a hundred
    thousand records then creates no objects but the list, which keeps the
    garbage collector (whose full passes grow with the heap) out of the way.
    """
    for name in _fields_of(type(obj)):
        value = getattr(obj, name)
        kind = type(value)
        if kind is tuple:
            for item in value:
                item_kind = type(item)
                if item_kind is Evidence:
                    out.append(item)
                elif _IS_ATTRS.get(item_kind) or _IS_ATTRS.setdefault(item_kind, attrs.has(item_kind)):
                    _collect_evidence(item, out)
        elif kind is not When and (_IS_ATTRS.get(kind) or _IS_ATTRS.setdefault(kind, attrs.has(kind))):
            _collect_evidence(value, out)


def _walk_evidence(obj: Any, path: str | None) -> Iterator[tuple[str | None, Evidence]]:
    """
    Every Evidence inside an attrs object, in a fixed order, with its path (``$.names[0].evidence[1]``).

    With ``path=None`` no paths are built: walking a large dataset then allocates
    nothing per quote.
    """
    for name in _fields_of(type(obj)):
        value = getattr(obj, name)
        if isinstance(value, tuple):
            for i, item in enumerate(value):
                if isinstance(item, Evidence):
                    yield (None if path is None else f"{path}.{name}[{i}]"), item
                elif attrs.has(type(item)):
                    yield from _walk_evidence(item, None if path is None else f"{path}.{name}[{i}]")
        elif value is not None and attrs.has(type(value)) and not isinstance(value, When):
            yield from _walk_evidence(value, None if path is None else f"{path}.{name}")


def _date_quotes(event: Event) -> tuple[tuple[str, tuple[Evidence, ...]], ...]:
    """The quotes that date an event: ``date_evidence`` if it has any, else ``evidence``."""
    if event.date_evidence:
        return (("date_evidence", event.date_evidence),)
    return (("evidence", event.evidence),)


def _indexed(key: str, evidence: tuple[Evidence, ...]) -> Iterator[tuple[str, Evidence]]:
    for i, ev in enumerate(evidence):
        yield f"$.{key}[{i}]", ev


# --------------------------------------------------------------------------- rules: evidence
def _quote_in_source(ctx: _Context) -> Iterator[Finding]:
    rule = "evidence.quote-in-source"
    for record, position, evidence in ctx.cited():
        if ctx.in_text(evidence.source, evidence.quote) is False:
            # No erratum excuses this: an erratum's quote must be verbatim too.
            yield Finding(
                rule=rule,
                severity=Severity.ERROR,
                message=f"the quote is not in the text of {evidence.source!r}: "
                f"{_squash(evidence.quote)!r} (whitespace aside, it must be verbatim)",
                records=(record.id,),
                evidence=(evidence,),
                path=ctx.path_of(record, position),
            )
    for erratum in ctx.ds.errata:
        if ctx.in_text(erratum.source, erratum.quote) is False:
            yield Finding(
                rule=rule,
                severity=Severity.ERROR,
                message=f"erratum {erratum.id!r} quotes words that are not in {erratum.source!r}: "
                f"{_squash(erratum.quote)!r}",
                records=(erratum.id,),
                evidence=(erratum.quoted,),
                path="$.quote",
            )


def _figure_stated(ctx: _Context) -> Iterator[Finding]:
    rule = "evidence.figure-stated"
    for target in ctx.ds.targets:
        if target.value is None:
            continue
        stated = any(
            a.value == target.value and a.unit == target.unit
            for ev in target.evidence
            for a in ctx.amounts(ev.text)
        )
        if stated:
            continue
        amount = _amount_text(target.value, target.unit)
        if not target.evidence:
            yield ctx.finding(
                rule,
                f"target {target.id!r} is {amount}, but has no quote that could state it",
                records=(target.id,),
                path="$.value",
                severity=Severity.WARNING,
            )
            continue
        notes = [ev for ev in target.evidence if ev.note]
        if notes:
            yield Finding(
                rule=rule,
                severity=Severity.INFO,
                message=f"target {target.id!r} is {amount}, which no quote states; "
                f"it is derived: {notes[0].note}",
                records=(target.id,),
                evidence=tuple(notes),
                path="$.value",
            )
        else:
            said = sorted({a.text for ev in target.evidence for a in ctx.amounts(ev.text)})
            detail = f" (they state {', '.join(map(repr, said))})" if said else ""
            yield ctx.finding(
                rule,
                f"target {target.id!r} is {amount}, but none of its {len(target.evidence)} quote(s) "
                f"states that amount{detail}",
                records=(target.id,),
                evidence=target.evidence,
                path="$.value",
            )


def _dated_records(
    ctx: _Context,
) -> Iterator[tuple[Any, str, When, tuple[tuple[str, tuple[Evidence, ...]], ...]]]:
    """Every record with a date, the date's field, and the quotes that should state it."""
    for event in ctx.ds.events:
        yield event, "when", event.when, _date_quotes(event)
    for document in ctx.ds.documents:
        if document.signed is not None:
            yield document, "signed", document.signed, (("evidence", document.evidence),)
    for source in ctx.ds.sources:
        if source.published is not None:
            yield source, "published", source.published, (("evidence", source.evidence),)
    for founding in ctx.ds.foundings:
        yield founding, "when", founding.when, (("evidence", founding.evidence),)


def _evidence_present(ctx: _Context) -> Iterator[Finding]:
    """
    A record of a fact with no evidence anywhere in it: no source's quote or note says so.

    A source is its own evidence, an erratum quotes its source by its nature, and a term of a
    vocabulary is a word, not a fact; every other kind of record holds evidence somewhere
    (its own, its names', its dates'), as the data format asks.
    """
    rule = "evidence.present"
    for record, evidence in ctx.evidence_by_record:
        if (
            evidence
            or isinstance(record, (Source, Erratum))
            or "evidence" not in attrs.fields_dict(type(record))
        ):
            continue
        kind = type(record).__name__.lower()
        yield ctx.finding(
            rule,
            f"{kind} {record.id!r} has no evidence: no quote or note of a source says what it states",
            records=(record.id,),
            path="$.evidence",
        )


def _sources_cited(ctx: _Context) -> Iterator[Finding]:
    """
    A source that nothing cites: no evidence quotes or notes it (but its own, of its date),
    and no erratum or document names it as its own.  A page read for a fact the record does
    not keep, or a citation lost in an edit: either way, the sources say more than the record
    rests on.
    """
    rule = "sources.cited"
    cited = {  # a source's own evidence (of its date) cites it for nothing else
        evidence.source
        for record, _k, evidence in ctx.cited()
        if not (isinstance(record, Source) and evidence.source == record.id)
    }
    cited.update(own for record in ctx.ds if isinstance(own := getattr(record, "source", None), str))
    for source in ctx.ds.sources:
        if source.id not in cited:
            yield ctx.finding(
                rule,
                f"source {source.id!r} is cited by nothing: no evidence, erratum or document names it",
                records=(source.id,),
                severity=Severity.WARNING,
            )


def _date_stated(ctx: _Context) -> Iterator[Finding]:
    rule = "evidence.date-stated"
    for record, attr, when, groups in _dated_records(ctx):
        if not when.is_exact:
            continue
        quotes = [ev for _key, evidence in groups for ev in evidence]
        if not quotes:
            if not isinstance(record, Source):  # a publication date is often the page's own metadata
                yield ctx.finding(
                    rule,
                    f"{type(record).__name__.lower()} {record.id!r} is dated {ctx.when(when)}, but has no "
                    "quote that could state it",
                    records=(record.id,),
                    path=f"$.{attr}",
                    severity=Severity.WARNING,
                )
            continue
        if any(m.when == when for ev in quotes for m in ctx.dates(ev)):
            continue
        mentions = [m for ev in quotes for m in ctx.dates(ev)]
        stated = [ctx.when(w) for w in sorted({m.when for m in mentions}, key=_when_key)]
        detail = f"; they state {', '.join(stated)}" if stated else ""
        notes = [ev for ev in quotes if ev.note]
        # The record's own note may say how the date was derived, too (a document known from a caption).
        note = notes[0].note if notes else getattr(record, "note", None)
        what = f"{type(record).__name__.lower()} {record.id!r} is dated {ctx.when(when)}"
        # A note may explain a derivation ("the report is dated Monday"), but not a contradiction:
        # when the quotes state dates and none of them may be the recorded one, it is an error.
        contradicted = bool(mentions) and not any(
            m.when is not None and m.when.overlaps(when) for m in mentions
        )
        if note and not contradicted:
            yield Finding(
                rule=rule,
                severity=Severity.INFO,
                message=f"{what}, which no quote states{detail}; it is derived: {note}",
                records=(record.id,),
                evidence=tuple(notes or quotes),
                path=f"$.{attr}",
            )
        else:
            key = groups[0][0]
            yield ctx.finding(
                rule,
                f"{what}, but none of its {len(quotes)} {key.replace('_', ' ')} quote(s) states "
                f"that date{detail}",
                records=(record.id,),
                evidence=quotes,
                path=f"$.{attr}",
            )


# --------------------------------------------------------------------------- rules: figures
def _figures_consistent(ctx: _Context) -> Iterator[Finding]:
    rule = "figures.consistent"
    for target in ctx.ds.targets:
        if target.value is None:
            continue
        agreeing = sorted(
            (
                ev
                for ev in target.evidence
                if any(a.value == target.value and a.unit == target.unit for a in ctx.amounts(ev.text))
            ),
            key=lambda e: (e.source, e.quote),
        )
        recorded = f"{_amount_text(target.value, target.unit)}, {ctx.horizon(target.horizon)}"
        for path, ev in _indexed("evidence", target.evidence):
            amounts = ctx.amounts(ev.text)
            if not amounts:
                continue
            matching = [a for a in amounts if a.value == target.value and a.unit == target.unit]
            other = [e for e in agreeing if e.source != ev.source][:1] or [e for e in agreeing if e != ev][:1]
            if not matching:
                said = ", ".join(repr(a.text) for a in amounts)
                where = f", which {other[0].source!r} states as recorded" if other else ""
                yield ctx.finding(
                    rule,
                    f"{ev.source!r} gives {said} for target {target.id!r} ({recorded}){where}",
                    records=(target.id,),
                    evidence=(ev, *other),
                    path=path,
                )
            elif all(_horizons_conflict(a.horizon, target.horizon) for a in matching):
                stated = matching[0]
                yield ctx.finding(
                    rule,
                    f"{ev.source!r} gives {stated.text!r} {stated.horizon_text!r} for target "
                    f"{target.id!r}, whose horizon is {ctx.horizon(target.horizon)}",
                    records=(target.id,),
                    evidence=(ev, *other),
                    path=path,
                )
    # Two records of one target: the same metric, unit and definite horizon, different amounts.
    groups: dict[tuple[str, str | None, Horizon], list[Target]] = defaultdict(list)
    for target in ctx.ds.targets:
        kind = target.horizon.kind
        if target.value is None or kind in (HorizonKind.SOON, HorizonKind.UNSPECIFIED):
            continue
        groups[(target.metric, target.unit, target.horizon)].append(target)
    for (metric, unit, horizon), targets in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][2]))):
        values = {t.value for t in targets}
        if len(values) < 2:
            continue
        ordered = sorted(targets, key=lambda t: t.id)
        listed = "; ".join(f"{t.id!r} says {_amount_text(t.value, unit)}" for t in ordered)
        yield ctx.finding(
            rule,
            f"targets for {metric!r} with the same horizon ({ctx.horizon(horizon)}) disagree: {listed}",
            records=[t.id for t in ordered],
            evidence=[t.evidence[0] for t in ordered if t.evidence],
            path="$.value",
        )


# --------------------------------------------------------------------------- rules: dates
def _subevent_within_parent(ctx: _Context) -> Iterator[Finding]:
    rule = "dates.subevent-within-parent"
    for event in ctx.ds.events:
        if event.parent is None:
            continue
        parent = ctx.ds.get(event.parent)
        if not isinstance(parent, Event) or event.when.within(parent.when):
            continue
        evidence = (*_first(_date_quotes(event)), *_first(_date_quotes(parent)))
        yield ctx.finding(
            rule,
            f"{event.id!r} ({ctx.when(event.when)}) is part of {parent.id!r} but does not fall within its "
            f"dates ({ctx.when(parent.when)})",
            records=(event.id, parent.id),
            evidence=evidence,
            path="$.when",
        )


def _first(groups: tuple[tuple[str, tuple[Evidence, ...]], ...]) -> tuple[Evidence, ...]:
    return tuple(ev for _key, evidence in groups for ev in evidence[:1])


def _published_after_reported(ctx: _Context) -> Iterator[Finding]:
    rule = "dates.published-after-reported"
    records: tuple[Event | Document, ...] = (*ctx.ds.events, *ctx.ds.documents)
    for record in records:
        when = record.when if isinstance(record, Event) else record.signed
        if when is None:
            continue
        upcoming: dict[str, Evidence] = {}
        if isinstance(record, Event):
            for constraint in record.date_constraints:
                for ev in constraint.evidence:
                    upcoming.setdefault(ev.source, ev)
        groups = (
            (("evidence", record.evidence), ("date_evidence", record.date_evidence))
            if isinstance(record, Event)
            else (("evidence", record.evidence),)
        )
        seen: set[str] = set()
        for key, evidence in groups:
            for path, ev in _indexed(key, evidence):
                source = ctx.sources.get(ev.source)
                if source is None or source.published is None or ev.source in seen:
                    continue
                if ev.source in upcoming or _future().search(ev.text):
                    continue  # it speaks of what is to come; see below
                seen.add(ev.source)
                published = source.published
                if (
                    when.earliest is not None
                    and published.latest is not None
                    and when.earliest > published.latest
                ):
                    yield ctx.finding(
                        rule,
                        f"{ev.source!r} (published {ctx.when(published)}) reports {record.id!r}, which is "
                        f"dated {ctx.when(when)}: after it was published",
                        records=(record.id, ev.source),
                        evidence=(ev,),
                        path=path,
                    )
        for source_id, ev in sorted(upcoming.items()):
            source = ctx.sources.get(source_id)
            if source is None or source.published is None:
                continue
            published = source.published
            if (
                published.earliest is not None
                and when.latest is not None
                and published.earliest > when.latest
            ):
                yield ctx.finding(
                    rule,
                    f"{source_id!r} (published {ctx.when(published)}) implies {record.id!r} is still to "
                    f"come, but it is dated {ctx.when(when)}: before the source was published",
                    records=(record.id, source_id),
                    evidence=(ev,),
                    path="$.date_constraints",
                )


def _weekday_matches(ctx: _Context) -> Iterator[Finding]:
    rule = "dates.weekday-matches"
    for event in ctx.ds.events:
        possible = _weekdays_of(event.when)
        for key, evidence in _date_quotes(event):
            for path, ev in _indexed(key, evidence):
                relative: list[DateMention] = []
                for mention in ctx.dates(ev):
                    if mention.weekday is None:
                        continue
                    if mention.relative:
                        relative.append(mention)
                        continue
                    day = mention.when.earliest if mention.when is not None else None
                    if day is not None and day.weekday() != mention.weekday:
                        yield ctx.finding(
                            rule,
                            f"{ev.source!r} writes {mention.text!r}, but {ctx.day(day)} is a "
                            f"{ctx.weekday(day.weekday())}",
                            records=(event.id,),
                            evidence=(ev,),
                            path=path,
                        )
                if relative and possible is not None and not any(m.weekday in possible for m in relative):
                    said = ", ".join(repr(m.text) for m in relative)
                    days = ", ".join(ctx.weekday(d) for d in sorted(possible))
                    yield ctx.finding(
                        rule,
                        f"{ev.source!r} dates {event.id!r} {said}, but {ctx.when(event.when)} is a {days}",
                        records=(event.id,),
                        evidence=(ev,),
                        path=path,
                    )


def _weekdays_of(when: When) -> frozenset[int] | None:
    """The weekdays a date may fall on, when fewer than all seven."""
    lo, hi = when.earliest, when.latest
    if lo is None or hi is None or (hi - lo).days >= 6:
        return None
    return frozenset((lo.weekday() + i) % 7 for i in range((hi - lo).days + 1))


def _constraints(ctx: _Context) -> Iterator[Finding]:
    rule = "dates.constraints"
    records: list[tuple[Any, When | None, str]] = [(e, e.when, "when") for e in ctx.ds.events]
    records += [(s, s.published, "published") for s in ctx.ds.sources]
    for record, when, attr in records:
        if when is None:
            continue
        for i, constraint in enumerate(record.date_constraints):
            path = f"$.date_constraints[{i}]"
            why = f" ({constraint.note})" if constraint.note else ""
            if not when.overlaps(constraint.when):
                yield ctx.finding(
                    rule,
                    f"{record.id!r} is dated {ctx.when(when)}, but a constraint puts it at "
                    f"{ctx.when(constraint.when)}{why}",
                    records=(record.id,),
                    evidence=constraint.evidence,
                    path=path,
                )
            elif not when.within(constraint.when):
                yield ctx.finding(
                    rule,
                    f"{record.id!r} is dated {ctx.when(when)}, which may fall outside "
                    f"{ctx.when(constraint.when)}{why}; "
                    f"the recorded {attr} could be narrowed",
                    records=(record.id,),
                    evidence=constraint.evidence,
                    path=path,
                    severity=Severity.WARNING,
                )


def _partial_bounds(ctx: _Context) -> Iterator[Finding]:
    rule = "dates.partial-bounds"
    for record, attr, when, groups in _dated_records(ctx):
        if when.is_exact:
            continue
        for key, evidence in groups:
            for path, ev in _indexed(key, evidence):
                stated = [m for m in ctx.dates(ev) if m.when is not None]
                if not stated or any(m.when is not None and m.when.overlaps(when) for m in stated):
                    continue
                said = ", ".join(f"{m.text!r} ({ctx.when(m.when)})" for m in stated)
                yield ctx.finding(
                    rule,
                    f"{record.id!r} is dated {ctx.when(when)} ({attr}), but its quote from {ev.source!r} "
                    f"states {said}, outside those bounds",
                    records=(record.id,),
                    evidence=(ev,),
                    path=path,
                )


# --------------------------------------------------------------------------- rules: ordinals
def _anniversary_year(ctx: _Context) -> Iterator[Finding]:
    rule = "ordinals.anniversary-year"
    for anniversary in ctx.ds.anniversaries:
        founding = ctx.ds.founding(anniversary.founding) if anniversary.founding in ctx.ds else None
        founded = founding.when.year if founding is not None else None
        if founding is not None and founded is not None and founded + anniversary.ordinal != anniversary.year:
            yield ctx.finding(
                rule,
                f"{anniversary.id!r}: the {_nth(anniversary.ordinal)} anniversary of {founding.id!r} "
                f"(founded {ctx.when(founding.when)}) falls in {founded + anniversary.ordinal}, "
                f"not {anniversary.year}",
                records=(anniversary.id, founding.id),
                evidence=anniversary.evidence[:1],
                path="$.year",
            )
        if anniversary.event is not None:
            event = ctx.ds.get(anniversary.event)
            year = When.in_year(anniversary.year)
            if isinstance(event, Event) and not event.when.overlaps(year):
                yield ctx.finding(
                    rule,
                    f"{anniversary.id!r} is marked in {anniversary.year}, but its event {event.id!r} "
                    f"is dated {ctx.when(event.when)}",
                    records=(anniversary.id, event.id),
                    evidence=anniversary.evidence[:1],
                    path="$.event",
                )


def _nth(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_ORDINAL_NOUNS: Final = {
    EventKind.CONGRESS: frozenset({"congress"}),
    EventKind.COMMITTEE_SESSION: frozenset({"meeting", "committee"}),
}
_ANNIVERSARY_NOUNS: Final = frozenset({"anniversary", "years", "national-day"})


def _ordinal_quotes(record: _Counted) -> Iterator[tuple[str, Evidence]]:
    yield from _indexed("evidence", record.evidence)
    if isinstance(record, Event):
        for i, name in enumerate(record.names):
            yield from _indexed(f"names[{i}].evidence", name.evidence)


def _ordinals_stated(ctx: _Context) -> Iterator[Finding]:
    rule = "ordinals.stated"
    records: list[tuple[_Counted, int, frozenset[str]]] = [
        (e, e.ordinal, _ORDINAL_NOUNS.get(e.kind, frozenset({"meeting"})))
        for e in ctx.ds.events
        if e.ordinal is not None
    ]
    records += [(a, a.ordinal, _ANNIVERSARY_NOUNS) for a in ctx.ds.anniversaries]
    for record, ordinal, nouns in records:
        for path, ev in _ordinal_quotes(record):
            stated = [o for o in ctx.ordinals(ev.text) if o.noun in nouns]
            if stated and all(o.number != ordinal for o in stated):
                said = ", ".join(repr(o.text) for o in stated)
                yield ctx.finding(
                    rule,
                    f"{record.id!r} is the {_nth(ordinal)}, but its quote from {ev.source!r} says {said}",
                    records=(record.id,),
                    evidence=(ev,),
                    path=path,
                )


def _congress_sequence(ctx: _Context) -> Iterator[Finding]:
    rule = "ordinals.congress-sequence"
    by_body: dict[str, list[Event]] = defaultdict(list)
    for event in ctx.ds.events:
        if event.kind is EventKind.CONGRESS and event.ordinal is not None:
            body = event.organization or event.host_country
            if body is not None:
                by_body[body].append(event)
    for body, congresses in sorted(by_body.items()):
        congresses.sort(key=lambda e: (e.ordinal or 0, e.id))
        for earlier, later in itertools.pairwise(congresses):
            if earlier.ordinal == later.ordinal:
                yield ctx.finding(
                    rule,
                    f"{earlier.id!r} and {later.id!r} are both the {_nth(later.ordinal or 0)} congress of "
                    f"{body!r}",
                    records=(earlier.id, later.id),
                    evidence=(*earlier.evidence[:1], *later.evidence[:1]),
                    path="$.ordinal",
                )
            elif (
                later.latest is not None and earlier.earliest is not None and later.latest <= earlier.earliest
            ):
                yield ctx.finding(
                    rule,
                    f"the {_nth(later.ordinal or 0)} congress of {body!r} ({later.id!r}, "
                    f"{ctx.when(later.when)}) is dated before the {_nth(earlier.ordinal or 0)} "
                    f"({earlier.id!r}, {ctx.when(earlier.when)})",
                    records=(later.id, earlier.id),
                    evidence=(*later.evidence[:1], *earlier.evidence[:1]),
                    path="$.when",
                )


# --------------------------------------------------------------------------- rules: offices
class _Roles:
    """
    Which roles a title names: a role is named when every word of one of its names is in the title.

    A role is kept as the words of its name, not its id, so that two datasets
    merged with a "prime-minister" term each still agree on what "Prime
    Minister" means.  A name inside a longer one that the title also contains
    does not count ("President" in "National Assembly President").
    """

    def __init__(self, terms: Iterable[Term]) -> None:
        self.label: dict[frozenset[str], str] = {}
        self.of_role: dict[str, set[frozenset[str]]] = defaultdict(set)
        for term in sorted(terms, key=lambda t: t.id):
            if term.vocabulary is not Vocabulary.ROLE:
                continue
            for name in term.names:
                words = frozenset(_WORD.findall(_fold(name.text)))
                if words:
                    self.label.setdefault(words, name.text)
                    self.of_role[term.id].add(words)
        self._cache: dict[str, frozenset[frozenset[str]]] = {}

    def of(self, title: str) -> frozenset[frozenset[str]]:
        """The role names (as sets of words) a title contains."""
        if title not in self._cache:
            words = set(_WORD.findall(_fold(title)))
            matched = [w for w in self.label if w <= words]
            self._cache[title] = frozenset(w for w in matched if not any(w < other for other in matched))
        return self._cache[title]

    def holds(self, person: Person, role: frozenset[str], when: When) -> bool:
        """Whether one of the person's offices with that role may have been held on that date."""
        return any(role in self.of_role.get(o.role, ()) and o.may_hold_during(when) for o in person.offices)


def _offices_held(ctx: _Context) -> Iterator[Finding]:
    rule = "offices.held-on-date"
    roles = _Roles(ctx.ds.terms)
    names = {t.id: t.name.preferred("en") for t in ctx.ds.terms}
    for event in ctx.ds.events:
        for i, participant in enumerate(event.participants):
            title = participant.title_used
            if participant.person is None or title is None or _FORMER.search(title):
                continue
            person = ctx.ds.get(participant.person)
            if not isinstance(person, Person):
                continue
            for role in sorted(roles.of(title), key=lambda w: roles.label[w]):
                if roles.holds(person, role, event.when):
                    continue
                held = sorted(
                    f"{names.get(o.role, o.role)} ({ctx.when(o.span)})"
                    for o in person.offices
                    if o.may_hold_during(event.when)
                )
                then = f"; then {person.id!r} held: {', '.join(held)}" if held else ""
                yield ctx.finding(
                    rule,
                    f"{person.id!r} is called {title!r} at {event.id!r} ({ctx.when(event.when)}), but held "
                    f"no {roles.label[role]} office then{then}",
                    records=(event.id, person.id),
                    evidence=participant.evidence,
                    path=f"$.participants[{i}].title_used",
                )


# --------------------------------------------------------------------------- rules: framework
class _Framework:
    """The framework's wordings as one expression, to find quotes that list its elements."""

    _SEP = r"(?:\s*,\s*(?:and\s+|và\s+)?|\s+(?:and|và|ແລະ)\s+)"
    _UNKNOWN = r"(?:strategic\s+[A-Za-z]+|\w+\s+chiến\s+lược)"

    def __init__(self, elements: Iterable[FrameworkElement]) -> None:
        self.element_of: dict[str, str] = {}
        for element in sorted(elements, key=lambda e: e.id):
            for name in element.names:
                self.element_of.setdefault(_fold(name.text), element.id)
        alternatives = "|".join(re.escape(n) for n in sorted(self.element_of, key=len, reverse=True))
        self.pattern: re.Pattern[str] | None = None
        self.names: re.Pattern[str] | None = None
        if alternatives:
            one = rf"(?:{alternatives})(?!\w)"
            self.pattern = re.compile(
                rf"(?<!\w)(?P<list>{one}(?:{self._SEP}{one})+)(?:{self._SEP}(?P<unknown>{self._UNKNOWN}))?"
            )
            self.names = re.compile(rf"(?<!\w){one}")

    def listings(self, quote: str) -> Iterator[tuple[list[str], str | None, set[str]]]:
        """Each listing in a quote: its element ids, an unknown wording, other elements named."""
        if self.pattern is None or self.names is None:
            return
        folded = _fold(quote)
        for m in self.pattern.finditer(folded):
            items = [self.element_of[n[0]] for n in self.names.finditer(m["list"])]
            if len(items) + bool(m["unknown"]) < 3:
                continue  # two names in a row are not the framework
            elsewhere = {
                self.element_of[n[0]]
                for n in self.names.finditer(folded)
                if not m.start() <= n.start() < m.end()
            }
            yield items, m["unknown"], elsewhere


def _first_citations(
    ctx: _Context, key: Callable[[Any, Evidence], str | None]
) -> list[tuple[str, tuple[Any, int, Evidence]]]:
    """
    For each distinct ``(source, quote, key)``, the record (first by id) and position citing it.

    A quote cited by several records is read, and reported, once.  ``key``
    returns ``None`` to leave a citation out.
    """
    first: dict[tuple[str, str, str], tuple[Any, int, Evidence]] = {}
    for record, position, ev in ctx.cited():
        extra = key(record, ev)
        if extra is None:
            continue
        k = (ev.source, ev.quote, extra)
        seen = first.get(k)
        if seen is None or (record.id, position) < (seen[0].id, seen[1]):
            first[k] = (record, position, ev)
    return sorted(((k[2], v) for k, v in first.items()), key=lambda kv: (kv[1][0].id, kv[1][1]))


def _framework_wording(ctx: _Context) -> Iterator[Finding]:
    rule = "framework.wording"
    framework = _Framework(ctx.ds.framework_elements)
    if framework.pattern is None:
        return
    known = ", ".join(sorted(framework.element_of))
    for _key, (record, position, ev) in _first_citations(ctx, lambda _record, _ev: ""):
        for _items, unknown, _elsewhere in ctx.listings(framework, ev.quote):
            if unknown is not None:
                yield ctx.finding(
                    rule,
                    f"{ev.source!r} lists the framework with {unknown!r}, which is no recorded name of a "
                    f"framework element (known: {known})",
                    records=(record.id,),
                    evidence=(ev,),
                    path=ctx.path_of(record, position),
                )
    for element in ctx.ds.framework_elements:
        for i, name in enumerate(element.names):
            wording = _fold(name.text)
            if name.evidence and not any(wording in _fold(ev.text) for ev in name.evidence):
                yield ctx.finding(
                    rule,
                    f"{element.id!r} has the name {name.text!r}, but its quotes do not contain it",
                    records=(element.id,),
                    evidence=name.evidence,
                    path=f"$.names[{i}]",
                )


def _framework_element_count(ctx: _Context) -> Iterator[Finding]:
    """
    Count the elements each listing names against the stage it speaks of.

    A quote cited as evidence of a stage speaks of that stage (a 2026 report
    recalling "the framework of great friendship, special solidarity and
    comprehensive cooperation" before the addition); any other quote speaks
    of the stage in force when its source was published.
    """
    rule = "framework.element-count"
    framework = _Framework(ctx.ds.framework_elements)
    if framework.pattern is None or not ctx.stages[1]:
        return
    sizes = {stage.id: len(stage.elements) for stage in ctx.ds.framework_stages}
    in_force: dict[str, str | None] = {}

    def stage_of(record: Any, ev: Evidence) -> str | None:
        if record.id in sizes:
            return str(record.id)
        if ev.source not in in_force:
            source = ctx.sources.get(ev.source)
            published = source.published if source is not None else None
            found = _stage_between(ctx, published) if published is not None else None
            in_force[ev.source] = found[0] if found is not None else None
        return in_force[ev.source]

    for stage_id, (record, position, ev) in _first_citations(ctx, stage_of):
        size = sizes[stage_id]
        for items, unknown, elsewhere in ctx.listings(framework, ev.quote):
            count = len(set(items) | elsewhere) + bool(unknown)
            if count == size:
                continue
            named = f" (and names {', '.join(sorted(elsewhere - set(items)))} apart)" if elsewhere else ""
            cited = (
                f"the stage it is cited for ({stage_id!r})"
                if record.id == stage_id
                else f"the stage in force when it was published ({stage_id!r})"
            )
            yield ctx.finding(
                rule,
                f"{ev.source!r} lists {len(items) + bool(unknown)} elements of the framework{named}, "
                f"but {cited} has {size}",
                records=(record.id,) if record.id == stage_id else (record.id, stage_id),
                evidence=(ev,),
                path=ctx.path_of(record, position),
            )


def _stage_between(ctx: _Context, published: When) -> tuple[str, int] | None:
    """The stage in force on a publication date; ``None`` if unknown or if it changed within it."""
    lo = published.earliest
    hi = published.latest or date.max
    if lo is None:
        return None
    first, last = ctx.stage_size(lo), ctx.stage_size(hi)
    if first is None or last is None or first[1] != last[1]:
        return None
    return first


# --------------------------------------------------------------------------- rules: errata
def _errata_recorded(ctx: _Context) -> Iterator[Finding]:
    for erratum in ctx.ds.errata:
        about = f", about {erratum.about!r}" if erratum.about else ""
        yield Finding(
            rule="errata.recorded",
            severity=Severity.INFO,
            message=f"{erratum.source!r} says {erratum.says!r} where it means {erratum.correction!r} "
            f"({erratum.kind.value}{about})",
            records=(erratum.id, *((erratum.about,) if erratum.about else ())),
            evidence=(erratum.quoted, *erratum.evidence),
            path="$.quote",
            erratum=erratum.id,
        )


# --------------------------------------------------------------------------- registry
def _figure_rule(
    run: Callable[..., Iterable[_figures.Issue]],
) -> Callable[[_Context], Iterable[Finding]]:
    """A rule of :mod:`vnla.rules.figures` or :mod:`vnla.rules.events`, reporting :class:`Finding` records."""

    def findings(ctx: _Context) -> Iterator[Finding]:
        for issue in run(ctx.ds, lang=ctx.lang):  # its dates in the report's language
            yield Finding(
                rule=issue.rule,
                severity=Severity(issue.severity),
                message=issue.message,
                records=issue.records,
                evidence=issue.evidence,
                path=issue.path,
            )

    return findings


_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        id="evidence.quote-in-source",
        description="Every quote is verbatim (whitespace aside) in its source's text, where the text is "
        "bundled or given.",
        run=_quote_in_source,
    ),
    Rule(
        id="evidence.figure-stated",
        description="Every target's amount is stated by one of its quotes; a derived amount whose "
        "evidence has a note is information.",
        run=_figure_stated,
    ),
    Rule(
        id="evidence.date-stated",
        description="Every exact date (an event's, a document's signing, a publication, a founding) is "
        "stated by one of its date quotes, relative dates resolved against the source's date.",
        run=_date_stated,
    ),
    Rule(
        id="sources.cited",
        description="Every source is cited: by a record's evidence, an erratum or a document (a "
        "warning when none does).",
        run=_sources_cited,
    ),
    Rule(
        id="evidence.present",
        description="Every record of a fact (all but sources, errata and vocabulary terms) holds "
        "evidence: a quote or a note of a source.",
        run=_evidence_present,
    ),
    Rule(
        id="figures.consistent",
        description="Sources that state a target agree on its amount, unit and horizon; a near-term and a "
        "longer-term amount are two targets, not a contradiction.",
        run=_figures_consistent,
    ),
    Rule(
        id="dates.subevent-within-parent",
        description="Every sub-event falls within the dates of the event it is part of.",
        run=_subevent_within_parent,
    ),
    Rule(
        id="dates.published-after-reported",
        description="A source is published on or after what it reports, and before what it implies is "
        "still to come.",
        run=_published_after_reported,
    ),
    Rule(
        id="dates.weekday-matches",
        description="Weekday words agree with the dates they go with and with the event's date.",
        run=_weekday_matches,
    ),
    Rule(
        id="dates.constraints",
        description="Every date constraint on a record holds for its date (a warning when it may not).",
        run=_constraints,
    ),
    Rule(
        id="dates.partial-bounds",
        description="A date known only in part (a month, a year, bounds) overlaps every date its quotes "
        "state.",
        run=_partial_bounds,
    ),
    Rule(
        id="ordinals.anniversary-year",
        description="An anniversary falls in the year its founding and its ordinal give: the 50th "
        "anniversary of 1975 is in 2025.",
        run=_anniversary_year,
    ),
    Rule(
        id="ordinals.stated",
        description="Ordinals in a congress's, a session's or an anniversary's quotes agree with its "
        "recorded ordinal.",
        run=_ordinals_stated,
    ),
    Rule(
        id="ordinals.congress-sequence",
        description="A body's congresses have distinct ordinals, in the order of their dates.",
        run=_congress_sequence,
    ),
    Rule(
        id="offices.held-on-date",
        description="A person referred to by an office held it on the event's date.",
        run=_offices_held,
    ),
    Rule(
        id="framework.wording",
        description="Every wording of the framework maps to a recorded element name.",
        run=_framework_wording,
    ),
    Rule(
        id="framework.element-count",
        description="A quote listing the framework names as many elements as the stage in force when its "
        "source was published.",
        run=_framework_element_count,
    ),
    *(Rule(id=r.id, description=r.description, run=_figure_rule(r.run)) for r in _figures.RULES),
    *(Rule(id=r.id, description=r.description, run=_figure_rule(r.run)) for r in _events.RULES),
    Rule(
        id="errata.recorded",
        description="Known slips in the sources are reported, with their corrections, as information.",
        run=_errata_recorded,
    ),
)


def rules() -> tuple[Rule, ...]:
    """
    Every rule :func:`check` knows, in the order it runs them.

    >>> len(rules()), rules()[-1].id
    (27, 'errata.recorded')
    """
    return _RULES


def _select(selected: Iterable[str] | str | None) -> tuple[Rule, ...]:
    if selected is None:
        return _RULES
    wanted = [selected] if isinstance(selected, str) else list(selected)
    chosen: list[Rule] = []
    for name in wanted:
        matches = [r for r in _RULES if r.id == name or r.id.startswith(f"{name}.")]
        if not matches:
            known = ", ".join(r.id for r in _RULES)
            msg = f"unknown rule {name!r}; expected one of {known} (or a family such as 'dates')"
            raise ValueError(msg)
        chosen.extend(r for r in matches if r not in chosen)
    return tuple(r for r in _RULES if r in chosen)


def check(
    dataset: Dataset,
    *,
    rules: Iterable[str] | str | None = None,
    texts: Mapping[str, str] | None = None,
    lang: str = "en",
) -> Report:
    """
    Run the consistency rules over a dataset and report what they find.

    Args:
        dataset: the bundled dataset, your own, or a merge of both.
        rules: rule ids, or families such as ``"dates"``; every rule if ``None``.
        texts: the full text of sources whose text is not bundled, by source id
            (see :func:`texts_from_folder`); their quotes are then checked too.
        lang: the language the findings write their dates in (``"en"``, ``"vi"``,
            ``"lo"``), as every command writes them (:func:`vnla.lang.dates.format_when`).

    Returns:
        A :class:`Report`; its findings are sorted, so two datasets with the
        same records in a different order give equal reports.

    Raises:
        ValueError: an unknown rule, ``texts`` for an unknown source, or an unknown ``lang``.

    >>> import vnla
    >>> report = check(vnla.dataset(), rules=["dates"])
    >>> report.ok, report.rules[0]
    (True, 'dates.subevent-within-parent')
    >>> check(vnla.dataset(), rules=["no-such-rule"])
    Traceback (most recent call last):
    ...
    ValueError: unknown rule 'no-such-rule'; expected one of evidence.quote-in-source, ...
    """
    chosen = _select(rules)
    if lang != "en":
        parse_locale(lang)  # an unknown language fails before any rule runs
    ctx = _Context(dataset, texts, lang)
    findings: list[Finding] = []
    for rule in chosen:
        findings.extend(rule.run(ctx))
    unique = sorted(set(findings), key=Finding._sort_key)
    return Report(findings=unique, rules=[r.id for r in chosen])

# SPDX-License-Identifier: MIT
"""
The report stage's first half: a chunk's drafts and names, in its own part, become
findings with their lines and columns, in order of position, counted by verdict; only the
verdicts wanted are made (a report of contradictions needs no object for every name that is
right).  :func:`fields` gives each finding as the tuple of its fields, which a table of
findings is made of (:mod:`vnla.batch`); :func:`findings` makes
:class:`~vnla.checker.report.TextFinding` objects of them.
"""

from __future__ import annotations

import bisect
import copy
import itertools
from collections import Counter
from operator import attrgetter
from typing import TYPE_CHECKING, Final

from vnla.checker.drafts import _SENTINEL, _NameOutcome, _Proto
from vnla.checker.normal import trimmed
from vnla.checker.report import _VERDICT_INDEX, FindingFields, TextFinding, Verdict, _Deferred
from vnla.checker.source import _no_collections

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from vnla.checker.source import _Piece
    from vnla.rules.checks import Severity

__all__ = ["fields", "findings", "names_of"]

#: A chunk's names, by column: where each starts, where each ends, and its outcome.
_Names = tuple[tuple[int, ...], tuple[int, ...], tuple[_NameOutcome, ...]]
#: What :func:`findings` needs of a chunk: its drafts, its names, and the chunk.
_Chunk = tuple[list[_Proto], _Names, "_Piece"]


def names_of(hits: list[tuple[int, int, _NameOutcome]]) -> _Names:
    """
    A chunk's names (``(start, end, outcome)`` in order of position) by column, as a report keeps them.

    A report keeps its names until its findings are made; three tuples are three objects for
    the garbage collector to walk, where a tuple for each name (most of the findings) made it
    walk thousands every time it ran, for as long as the report lived.

    >>> names_of([(0, 6, "a"), (9, 12, "b")])
    ((0, 9), (6, 12), ('a', 'b'))
    >>> names_of([])
    ((), (), ())
    """
    if not hits:
        return (), (), ()
    starts, ends, outcomes = zip(*hits, strict=True)
    return starts, ends, outcomes


def _names(
    names: _Names,
    own_lo: int,
    own_hi: int,
    counts: list[int],
    wanted: frozenset[Verdict],
) -> list[tuple[int, int, _NameOutcome]]:
    """
    Count the names found in a chunk's own part, and return those of the verdicts wanted.

    Names are most of the findings, and a few outcomes serve them all: they are counted
    by outcome, and only the names wanted go on to the loop that makes findings.
    """
    starts, ends, outcomes = names
    first = bisect.bisect_left(starts, own_lo)
    last = bisect.bisect_left(starts, own_hi, first)
    shown = set()
    for outcome, n in Counter(outcomes[first:last]).items():
        if outcome.level is not None:
            counts[outcome.index] += n
            if outcome.wanted(wanted):
                shown.add(outcome)
    if not shown:
        return []
    owned = zip(starts[first:last], ends[first:last], outcomes[first:last], strict=True)
    return [name for name in owned if name[2] in shown]


def findings(
    chunk: _Chunk,
    counts: list[int],
    wanted: frozenset[Verdict],
    severity: Callable[[str, Verdict, Severity | None], Severity | None],
) -> Iterator[TextFinding]:
    """Turn the drafts and names of a chunk's own part into findings, in order."""
    return _objects(fields(chunk, counts, wanted, severity))


def _objects(found: Iterable[FindingFields]) -> Iterator[TextFinding]:
    """The findings of their fields (one generator: no call a finding)."""
    for (
        kind,
        verdict,
        level,
        rule,
        span,
        line,
        column,
        text,
        record,
        canonical,
        value,
        message,
        evidence,
        erratum,
    ) in found:
        yield TextFinding(
            kind=kind,
            verdict=verdict,
            severity=level,
            rule=rule,
            span=span,
            line=line,
            column=column,
            text=text,
            record=record,
            canonical=canonical,
            value=value,
            message=message,
            evidence=evidence,
            erratum=erratum,
        )


def _owned(
    chunk: _Chunk, counts: list[int], wanted: frozenset[Verdict]
) -> tuple[list[_Proto], list[tuple[int, int, _NameOutcome]]]:
    """
    A chunk's drafts and the names wanted in its own part, each list in order of position and
    ending in a sentinel, placed in the chunk's text as given.

    The pipeline read the text in its normal form (``piece.checked``, :mod:`vnla.checker.normal`):
    a text that was not has its drafts and names moved back to where their words stand in it.
    """
    drafts, names, piece = chunk
    own_lo, own_hi = piece.own_start - piece.start, piece.own_end - piece.start
    mapping = piece.mapping
    if mapping is not None:  # the own part in the text read
        own_lo, own_hi = bisect.bisect_left(mapping, own_lo), bisect.bisect_left(mapping, own_hi)
    # by start, the longest first, then by kind: three stable sorts, each with a key made in C
    protos = [p for p in drafts if own_lo <= p.start < own_hi]
    protos.sort(key=attrgetter("kind"))
    protos.sort(key=attrgetter("end"), reverse=True)
    protos.sort(key=attrgetter("start"))
    hits = _names(names, own_lo, own_hi, counts, wanted)
    if mapping is not None:
        text, tags = piece.text, piece.markup == "html"
        protos = [_moved(p, text, mapping[p.start], mapping[p.end], tags=tags) for p in protos]
        hits = [
            (mapping[start], trimmed(text, mapping[start], mapping[end], tags=tags), o)
            for start, end, o in hits
        ]
    stop = len(piece.text) + 1
    protos.append(_Proto(stop, stop, "", Verdict.OK, ""))  # a sentinel
    hits.append((stop, stop, _SENTINEL))
    return protos, hits


def _moved(proto: _Proto, text: str, start: int, end: int, *, tags: bool) -> _Proto:
    """
    A copy of a draft at ``text[start:end]``, without the spaces (or ``tags``) it ends in there
    (a report may make its findings more than once: the draft itself is left as it is).
    """
    moved = copy.copy(proto)
    moved.start, moved.end = start, trimmed(text, start, end, tags=tags)
    return moved


def fields(
    chunk: _Chunk,
    counts: list[int],
    wanted: frozenset[Verdict],
    severity: Callable[[str, Verdict, Severity | None], Severity | None],
) -> Iterator[FindingFields]:
    """
    The findings of a chunk's own part, in order, each as the tuple of its fields (in the
    order of :class:`~vnla.checker.report.TextFinding`'s): what :func:`findings` makes its
    objects of, and a table of findings its rows (:func:`vnla.checker.report.finding_fields`).
    """
    piece = chunk[2]
    text = piece.text
    base = piece.start
    own_hi = piece.own_end - base
    protos, hits = _owned(chunk, counts, wanted)
    line, last = piece.line, 0
    line_start = 1 - piece.column  # where the chunk's first line starts, in chunk offsets
    # (severity, verdict's index, wanted) by rule, verdict and severity: the few kinds of protos
    kinds: dict[tuple[str, int, int], tuple[Severity | None, int, bool]] = {}
    i = j = 0
    # Two sorted lists merged by start: judged findings (protos) and names. Each branch counts
    # lines and makes its finding inline, not through a helper: this loop runs once a finding
    # (some 8,000 a megabyte), and a helper would add a call to each.
    while True:
        start, end, o = hits[i]
        proto = protos[j]
        if proto.start <= start:
            if proto.start >= own_hi:
                return
            j += 1
            start, end = proto.start, proto.end
            key = (proto.rule, id(proto.verdict), id(proto.severity))
            known = kinds.get(key)
            if known is None:
                known = kinds[key] = (
                    severity(proto.rule, proto.verdict, proto.severity),
                    _VERDICT_INDEX[proto.verdict],
                    proto.verdict in wanted,
                )
            level, index, shown = known
            if level is None:
                continue
            counts[index] += 1
            if not shown:
                continue
            if start > last:
                newlines = text.count("\n", last, start)
                if newlines:
                    line += newlines
                    line_start = text.rfind("\n", last, start) + 1
                last = start
            yield (
                proto.kind,
                proto.verdict,
                level,
                proto.rule,
                (base + start, base + end),
                line,
                start - line_start + 1,
                text[start:end],
                proto.record,
                proto.canonical,
                proto.value,
                proto.message,
                proto.evidence,
                proto.erratum,
            )
            continue
        i += 1
        assert o.level is not None
        if start > last:
            newlines = text.count("\n", last, start)
            if newlines:
                line += newlines
                line_start = text.rfind("\n", last, start) + 1
            last = start
        yield (
            o.kind,
            o.verdict,
            o.level,
            o.rule,
            (base + start, base + end),
            line,
            start - line_start + 1,
            text[start:end],
            o.record,
            o.canonical,
            None,
            o.message,
            o.evidence,
            None,
        )


class _Pending(_Deferred):
    """
    The findings of a checked text, made when a :class:`~vnla.checker.report.TextReport` is asked.

    It keeps each chunk's drafts and names, and the checker's severities; a
    finding is made (its line and column counted) only for the verdicts asked for.
    """

    __slots__ = ("_chunks", "_severity")

    def __init__(
        self,
        chunks: list[_Chunk],
        severity: Callable[[str, Verdict, Severity | None], Severity | None],
    ) -> None:
        self._chunks = chunks
        self._severity = severity

    def make(self, verdicts: frozenset[Verdict] | None = None) -> tuple[TextFinding, ...]:
        """The findings of ``verdicts`` (default: all), in order of position."""
        with _no_collections():  # thousands of findings, none in a cycle
            return tuple(_objects(self.fields(verdicts)))

    def fields(self, verdicts: frozenset[Verdict] | None = None) -> Iterator[FindingFields]:
        """The fields of the findings of ``verdicts`` (default: all), in order: no finding is made."""
        wanted = _ALL if verdicts is None else verdicts
        counts = [0, 0, 0, 0]
        severity = self._severity
        return itertools.chain.from_iterable(
            fields(chunk, counts, wanted, severity) for chunk in self._chunks
        )

    def counts(self) -> dict[str, int]:
        """How many findings of each verdict, without making them."""
        counts = [0, 0, 0, 0]
        for chunk in self._chunks:
            for _ in fields(chunk, counts, _NONE, self._severity):
                pass
        return {v.value: counts[_VERDICT_INDEX[v]] for v in Verdict}


_ALL: Final = frozenset(Verdict)
_NONE: Final[frozenset[Verdict]] = frozenset()

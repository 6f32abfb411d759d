# SPDX-License-Identifier: MIT
"""
What the judges write: a draft of a finding (before it has a line and a column), a name's
cached outcome, and a selected match of the automaton.

These are plain slotted classes, not attrs ones: some thousands are made per megabyte.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from vnla.checker.report import _VERDICT_INDEX, Verdict

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.checker.index import _Pat
    from vnla.model.records import Evidence
    from vnla.rules.checks import Severity

__all__: list[str] = []


#: The kinds of finding the judges that run last revise (denials, corrections): claims a judge
#: compared with the record, not names.
CLAIMS: Final = frozenset(
    {"date", "amount", "figure", "change", "ratio", "ordinal", "title", "framework", "place"}
)


def revised_starts(ctx: Context, out: list[_Proto]) -> list[int]:
    """
    Where the drafts ``out`` start, for a judge that revises them: sorted by start when the first
    such judge asks, and kept on ``ctx`` for the next.
    """
    starts = ctx.draft_starts
    if starts is None:
        out.sort(key=lambda p: p.start)
        starts = ctx.draft_starts = [p.start for p in out]
    return starts


class _Proto:
    """A finding before it has a line and a column."""

    __slots__ = (
        "canonical",
        "end",
        "erratum",
        "evidence",
        "kind",
        "message",
        "record",
        "rule",
        "severity",
        "start",
        "value",
        "verdict",
    )

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        verdict: Verdict,
        rule: str,
        *,
        record: str | None = None,
        canonical: str | None = None,
        value: str | None = None,
        message: str = "",
        evidence: tuple[Evidence, ...] = (),
        severity: Severity | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.verdict = verdict
        self.rule = rule
        self.record = record
        self.canonical = canonical
        self.value = value
        self.message = message
        self.evidence = evidence
        self.severity = severity
        self.erratum: str | None = None

    def at(self, start: int, end: int) -> _Proto:
        """The same finding at another span."""
        return _Proto(
            start,
            end,
            self.kind,
            self.verdict,
            self.rule,
            record=self.record,
            canonical=self.canonical,
            value=self.value,
            message=self.message,
            evidence=self.evidence,
            severity=self.severity,
        )


class _Match:
    """A selected match in a chunk: its span (in the chunk) and its pattern."""

    __slots__ = ("end", "pat", "start")

    def __init__(self, start: int, end: int, pat: _Pat) -> None:
        self.start = start
        self.end = end
        self.pat = pat


class _NameOutcome:
    """What a name found in a text means, computed once per pattern, name and language."""

    __slots__ = (
        "_wanted",
        "canonical",
        "evidence",
        "group",
        "index",
        "kind",
        "level",
        "message",
        "record",
        "rule",
        "verdict",
    )

    def __init__(
        self,
        kind: str,
        record: str | None,
        verdict: Verdict,
        rule: str,
        *,
        canonical: str | None = None,
        message: str = "",
        evidence: tuple[Evidence, ...] = (),
    ) -> None:
        self.kind = kind
        self.record = record
        self.verdict = verdict
        self.rule = rule
        self.canonical = canonical
        self.message = message
        self.evidence = evidence
        #: Which of a chunk's lists the name goes in, for the checks that look around.
        self.group = _GROUP.get(kind) if record is not None else None
        #: The severity under the checker's house style; ``None`` when its rule is ignored.
        self.level: Severity | None = None
        self.index = _VERDICT_INDEX[verdict]
        self._wanted: tuple[frozenset[Verdict] | None, bool] = (None, True)

    def wanted(self, verdicts: frozenset[Verdict]) -> bool:
        """Whether findings of this name's verdict are among ``verdicts`` (remembered for the last set)."""
        last, answer = self._wanted
        if last is not verdicts:
            answer = self.verdict in verdicts
            self._wanted = (verdicts, answer)
        return answer


_GROUP: Final = {
    "person": "person",
    "organization": "entity",
    "country": "entity",
    "place": "entity",
    "framework": "framework",
}
_SENTINEL: Final = _NameOutcome("", None, Verdict.OK, "")

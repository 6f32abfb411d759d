# SPDX-License-Identifier: MIT
"""
The names judge: people, bodies, places, countries, projects, documents, events and the
framework's wordings the matcher found.  A recorded name is ``ok``; a recorded misspelling,
a translation variant of a framework wording, or a name the house style does not prefer is a
``variant``; a name several records share is ``unknown``.

Names are most of the findings, so their outcomes are cached per key, language and (for a
one-word name) spelling, and the matcher asks for them as it selects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from vnla.checker.canonical import _preferred
from vnla.checker.config import CheckConfig, ConfigError
from vnla.checker.drafts import _NameOutcome
from vnla.checker.folding import _exact_ok, _pattern_key
from vnla.checker.report import Verdict
from vnla.model.records import FrameworkElement, NameKind
from vnla.names.index import search
from vnla.render.messages import Message, Quoted

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from vnla.checker.index import _Index, _Pat
    from vnla.model.records import Name
    from vnla.record.dataset import Dataset
    from vnla.rules.checks import Severity

__all__ = ["NameJudge"]

_KIND_OF_FINDING: Final = {"framework-element": "framework"}
#: Which record wins when several records share a name: the lower the rank, the likelier.  A
#: founding named as what it founds ("Treaty of Amity and Cooperation", signed on its date) is
#: the thing first; an anniversary still counts from the founding (``_Index.founding_of``).
_NAME_RANK: Final = {"event": 2, "mechanism": 3, "founding": 4}


class NameJudge:
    """
    The verdicts on names for one index and house style, with their caches.

    ``severity`` gives a rule's severity under the house style (``None``: ignored).
    """

    def __init__(
        self,
        index: _Index,
        dataset: Dataset,
        config: CheckConfig,
        severity: Callable[[str, Verdict, Severity | None], Severity | None],
    ) -> None:
        self.index = index
        self.dataset = dataset
        self.severity = severity
        self.outcomes: dict[tuple[int, str, str], _NameOutcome] = {}
        self.plain: dict[str, list[_NameOutcome | None]] = {}  # by language, the outcome of each key
        self.exact: dict[tuple[int, str], bool] = {}  # whether a one-word key is written as a name
        self._prefer = self._preferences(config)

    def _preferences(self, config: CheckConfig) -> dict[tuple[str, str], Name]:
        """The preferred name of each record and language under the house style."""
        out: dict[tuple[str, str], Name] = {}
        problems = []
        for wording in config.prefer:
            key = _pattern_key(wording)
            found = {}
            for p in self.index.pats:
                if p.key == key:
                    for rid, _kind, name in p.names:
                        found[(rid, name.lang)] = name
            if not found:
                close = [m.name for m in search(self.dataset, wording, limit=3)]
                hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
                problems.append(f"prefer: {wording!r} is no recorded name{hint}")
            out.update(found)
        if problems:
            raise ConfigError(config.path or "<config>", problems)
        return out

    def outcome(self, p: _Pat, written: str, lang: str) -> _NameOutcome:
        """What a name means (cached per key, language, and for one-word names, spelling)."""
        key = (id(p), written, lang)
        outcome = self.outcomes.get(key)
        if outcome is None:
            names = p.names
            if written:
                names = [n for n in names if _exact_ok(written, n[2].text)] or names
            outcome = self.outcomes[key] = self._judge_name(names, lang)
            outcome.level = self.severity(outcome.rule, outcome.verdict, None)
        return outcome

    def _judge_name(self, names: Sequence[tuple[str, str, Name]], lang: str) -> _NameOutcome:
        best = min((_NAME_RANK.get(k, 1) for _r, k, _n in names), default=1)
        chosen = [(r, k, n) for r, k, n in names if _NAME_RANK.get(k, 1) == best]
        ids = list(dict.fromkeys(r for r, _k, _n in chosen))
        kind = chosen[0][1]
        shown = _KIND_OF_FINDING.get(kind, kind)
        if len(ids) > 1:
            # a recorded name, whichever of its records is meant ("Vietnam - Laos Solidarity
            # Year", of each year so named)
            return _NameOutcome(
                shown,
                None,
                Verdict.OK,
                "names.ambiguous",
                message=Message("a name of {ids}", ids=", ".join(ids)),
            )
        rid = ids[0]
        name = next(n for r, _k, n in chosen if r == rid)
        record = self.index.records[rid]
        preferred = self._prefer.get((rid, name.lang))
        framework = isinstance(record, FrameworkElement)
        if preferred is not None:
            rule = "framework.wording" if framework else "names.house-style"
            if _pattern_key(preferred.text) == _pattern_key(name.text):
                return _NameOutcome(shown, rid, Verdict.OK, rule)
            return _NameOutcome(
                shown,
                rid,
                Verdict.VARIANT,
                rule,
                canonical=preferred.text,
                message=Message(
                    "the house style prefers {preferred!r} for {id}",
                    preferred=Quoted(preferred.text, preferred.lang),
                    id=rid,
                ),
                evidence=preferred.evidence[:2],
            )
        rule = "framework.wording" if isinstance(record, FrameworkElement) else "names.recorded"
        if name.kind is NameKind.MISSPELLING or (
            isinstance(record, FrameworkElement) and name.kind is not NameKind.PREFERRED
        ):
            canonical = _preferred(record, name.lang)
            what = (
                Message("a translation variant")
                if isinstance(record, FrameworkElement)
                else Message("a recorded misspelling")
            )
            canonical_names = [n for n in record.names if n.text == canonical]
            return _NameOutcome(
                shown,
                rid,
                Verdict.VARIANT,
                rule,
                canonical=canonical,
                message=Message(
                    "{what} of {id}; the recorded wording is {canonical!r}",
                    what=what,
                    id=rid,
                    canonical=Quoted(canonical, name.lang),
                ),
                evidence=(*name.evidence[:1], *(canonical_names[0].evidence[:2] if canonical_names else ())),
            )
        return _NameOutcome(shown, rid, Verdict.OK, rule)

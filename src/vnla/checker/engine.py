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

import bisect
import codecs
import contextlib
import enum
import fnmatch
import functools
import json
import os
import re
import sys
import tomllib
import unicodedata
import weakref
from array import array
from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal
from operator import attrgetter, itemgetter
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Final, TypeVar

from attrs import field, frozen

from vnla.lang.fold import fold
from vnla.lang.parsing import _DAY_WORDS, _amounts, _dates, _ordinals, parse_dates
from vnla.model.errors import VnlaError
from vnla.model.records import (
    Document,
    Erratum,
    Event,
    EventKind,
    Evidence,
    FrameworkElement,
    HorizonKind,
    NameKind,
    Office,
    Person,
    Precision,
    Target,
    When,
)
from vnla.names.index import search
from vnla.record.loading import dataset as bundled
from vnla.render.formatting import format as render
from vnla.render.formatting import format_money
from vnla.rules.checks import Severity

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

    from vnla.lang.parsing import Amount, DateMention, OrdinalMention
    from vnla.model.records import Name
    from vnla.record.dataset import Dataset

_T = TypeVar("_T", bound=tuple[Any, ...])

__all__ = [
    "CheckConfig",
    "Checker",
    "ConfigError",
    "InputError",
    "RunReport",
    "TextFinding",
    "TextReport",
    "Verdict",
    "check_file",
    "check_files",
    "check_text",
    "load_config",
    "rules",
]

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
    "dates.event": "a date next to an event, against the recorded date of that event",
    "dates.date": "a date the record has no event for",
    "dates.target": "a date in a sentence about a dated target (a project, an anniversary), against it",
    "dates.weekday": "a weekday named with a date, against the calendar",
    "dates.anniversary": "a date in a sentence that counts an anniversary, on its day or its ceremony's",
    "dates.published": "the date line at the top of a text, read as its publication date",
    "ordinals.congress": "the ordinal of a congress or term, against the recorded congresses",
    "ordinals.anniversary": "the ordinal of an anniversary, against the year its founding gives",
    "ordinals.other": "an ordinal the record has nothing to compare with",
    "errata.reproduced": "a passage that reproduces a slip a source made, recorded as an erratum",
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


def _findings(values: Iterable[TextFinding]) -> tuple[TextFinding, ...]:
    return tuple(values)


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

    >>> report = check_text("Tổng Bí thư Tô Lâm thăm Lào.")
    >>> report.lang, report.counts()["ok"], [f.record for f in report.findings]
    ('vi', 3, ['to-lam', 'to-lam', 'LA'])
    """

    findings: tuple[TextFinding, ...] = field(default=(), converter=_findings)
    path: str | None = None
    lang: str | None = None
    published: date | None = None
    characters: int = 0
    lines: int = 0
    error: str | None = None

    def counts(self) -> dict[str, int]:
        """How many findings of each verdict."""
        return _count(self.findings)

    def of(self, verdict: Verdict | str) -> tuple[TextFinding, ...]:
        """The findings of one verdict."""
        wanted = Verdict(verdict)
        return tuple(f for f in self.findings if f.verdict is wanted)

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
        ranks = [_SEVERITY_RANK[f.severity] for f in self.findings if f.verdict is not Verdict.OK]
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

    def to_text(self, *, show: Iterable[Verdict | str] = ("contradiction", "variant")) -> str:
        """
        One line per finding of the verdicts in ``show``, then a summary line.

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
    wanted = {Verdict(v) for v in show}
    name = report.path or "<text>"
    for f in report.findings:
        if f.verdict in wanted:
            yield _finding_line(name, f)


def _finding_line(name: str, f: TextFinding) -> str:
    shown = f" -> {f.canonical}" if f.canonical else ""
    line = f"{name}:{f.line}:{f.column}: {f.verdict.value} {f.rule} {f.text!r}{shown}: {f.message}"
    for e in f.evidence[:2]:
        line += f"\n    {e.source}: {_short(e.quote)!r}"
    return line


def _short(quote: str, size: int = 160) -> str:
    return quote if len(quote) <= size else quote[: size - 1] + "…"


def _summary_line(report: TextReport) -> str:
    name = report.path or "<text>"
    if report.error is not None:
        return f"{name}: not checked: {report.error}"
    counts = report.counts()
    return f"{name}: " + ", ".join(f"{n} {v}" for v, n in counts.items())


# =========================================================================== errors, config
class InputError(VnlaError, ValueError):
    """
    A file that cannot be checked: missing, binary, not UTF-8, or empty.

    ``path`` names the file and ``reason`` says what is wrong with it.

    >>> import tempfile, pathlib
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


class ConfigError(VnlaError, ValueError):
    """A house-style file with problems; ``problems`` lists every one, ``path`` names the file."""

    def __init__(self, path: str, problems: Sequence[str]) -> None:
        self.path = path
        self.problems: tuple[str, ...] = tuple(problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{path}: {len(self.problems)} problem(s) in the configuration:\n{lines}")


def _verdicts(values: Iterable[Verdict | str]) -> tuple[Verdict, ...]:
    return tuple(Verdict(v) for v in values)


def _texts(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _levels(values: Iterable[tuple[str, Severity]]) -> tuple[tuple[str, Severity], ...]:
    return tuple(values)


@frozen(kw_only=True)
class CheckConfig:
    """
    House style for :func:`check_text`: preferred terms, rules to ignore, severities.

    ``prefer`` lists wordings (recorded names, in any language) to use instead
    of the other names of the same record in that language: with
    ``prefer=("strategic alignment",)`` every other English wording of the
    framework's fourth element, "strategic cohesion" included, is a variant.
    ``ignore`` lists rules (or ``fnmatch`` patterns such as ``"dates.*"``)
    whose findings are dropped.  ``severity`` maps a rule, a pattern or a
    verdict to a severity; ``fail_on`` is the lowest severity that makes a
    check fail; ``show`` the verdicts the text output lists.

    >>> config = CheckConfig(prefer=("strategic alignment",))
    >>> [(f.verdict.value, f.canonical) for f in check_text("strategic cohesion", config=config).findings]
    [('variant', 'strategic alignment')]
    """

    prefer: tuple[str, ...] = field(default=(), converter=_texts)
    ignore: tuple[str, ...] = field(default=(), converter=_texts)
    severity: tuple[tuple[str, Severity], ...] = field(default=(), converter=_levels)
    fail_on: Severity = Severity.ERROR
    show: tuple[Verdict, ...] = field(default=(Verdict.CONTRADICTION, Verdict.VARIANT), converter=_verdicts)
    path: str | None = None

    def ignores(self, rule: str) -> bool:
        """Whether findings of ``rule`` are dropped."""
        return any(fnmatch.fnmatchcase(rule, pattern) for pattern in self.ignore)

    def severity_of(self, rule: str, verdict: Verdict, default: Severity) -> Severity:
        """The severity of a finding: the exact rule, then a pattern, then its verdict, then ``default``."""
        if verdict is Verdict.OK:
            return Severity.INFO
        overrides = dict(self.severity)
        if rule in overrides:
            return overrides[rule]
        for key, value in self.severity:
            if key not in _VERDICT_NAMES and fnmatch.fnmatchcase(rule, key):
                return value
        return overrides.get(verdict.value, default)


_VERDICT_NAMES: Final = frozenset(v.value for v in Verdict)
_CONFIG_KEYS: Final = ("schema_version", "prefer", "ignore", "severity", "fail-on", "show")


def load_config(path: str | os.PathLike[str]) -> CheckConfig:
    """
    Read a house-style file (TOML); every problem is listed in one :class:`ConfigError`.

    The file has up to five keys::

        prefer = ["strategic cohesion", "Viet Nam"]     # preferred wordings
        ignore = ["dates.date", "names.*"]              # rules to drop
        fail-on = "error"                               # or "warning", "info"
        show = ["contradiction", "variant"]             # verdicts the text output lists
        [severity]                                      # rule, pattern or verdict -> severity
        "framework.wording" = "error"

    Args:
        path: the TOML file.

    Returns:
        The :class:`CheckConfig`.

    Raises:
        ConfigError: the file cannot be read, is not TOML, or has unknown keys or values.

    >>> import tempfile, pathlib
    >>> style = pathlib.Path(tempfile.mkdtemp()) / "style.toml"
    >>> _ = style.write_text('prefer = ["strategic cohesion"]\\nfail-on = "warning"\\n', encoding="utf-8")
    >>> config = load_config(style)
    >>> config.prefer, config.fail_on.value
    (('strategic cohesion',), 'warning')
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            raw = tomllib.load(handle)
    except OSError as error:
        raise ConfigError(name, [f"cannot read: {error.strerror or error}"]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(name, [f"not valid TOML: {error}"]) from None
    problems: list[str] = []
    for key in raw:
        if key not in _CONFIG_KEYS:
            problems.append(f"unknown key {key!r}; expected one of {', '.join(_CONFIG_KEYS)}")
    prefer = _strings_of(raw, "prefer", problems)
    ignore = _strings_of(raw, "ignore", problems)
    for pattern in ignore:
        if not _rule_pattern_known(pattern):
            problems.append(f"ignore: {pattern!r} matches no rule; rules are {', '.join(_RULES)}")
    severity: list[tuple[str, Severity]] = []
    table = raw.get("severity", {})
    if not isinstance(table, dict):
        problems.append(f"severity must be a table of rule = severity, got {table!r}")
        table = {}
    for key, value in table.items():
        if key not in _VERDICT_NAMES and not _rule_pattern_known(key):
            problems.append(f"severity: {key!r} is no rule, rule pattern or verdict")
        level = _severity(value)
        if level is None:
            problems.append(f"severity: {key!r} = {value!r}; expected 'error', 'warning' or 'info'")
        else:
            severity.append((key, level))
    fail_on = _severity(raw.get("fail-on", "error"))
    if fail_on is None:
        problems.append(f"fail-on = {raw.get('fail-on')!r}; expected 'error', 'warning' or 'info'")
    show = _strings_of(raw, "show", problems) if "show" in raw else ["contradiction", "variant"]
    for verdict in show:
        if verdict not in _VERDICT_NAMES:
            problems.append(f"show: {verdict!r} is no verdict; expected some of {', '.join(_VERDICT_NAMES)}")
    if problems:
        raise ConfigError(name, problems)
    return CheckConfig(
        prefer=prefer,
        ignore=ignore,
        severity=severity,
        fail_on=fail_on or Severity.ERROR,
        show=show,
        path=name,
    )


def _strings_of(raw: dict[str, Any], key: str, problems: list[str]) -> list[str]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{key} must be a list of strings, got {value!r}")
        return []
    return value


def _rule_pattern_known(pattern: str) -> bool:
    return any(fnmatch.fnmatchcase(rule, pattern) for rule in _RULES)


def _severity(value: object) -> Severity | None:
    try:
        return Severity(value)
    except ValueError:
        return None


# =========================================================================== folding
#
# Names are found in a folded copy of each chunk of text, one folded character
# per original character, so that a span in the copy is the same span in the
# text: lower case, Latin diacritics stripped (đ -> d), every space a " ",
# every dash a "-", every apostrophe a "'" and every double quote a '"'.
# Most text goes through a charmap codec and bytes.translate, both at C speed
# (without being lowered first when it holds no character beyond ASCII but
# those of _RAW_EXTRA); a line with anything else (Lao, decomposed accents,
# zero-width characters) goes through a per-character table, with an offset map
# when folding changes its length.

_APOSTROPHES: Final = "'`´ʻʼ‘’‛′＇"
_QUOTES: Final = '"“”„«»‹›″'
_DASHES: Final = "-‐‑‒–—―−﹘﹣－"
#: The byte every character that can be no part of a name folds to.
_OTHER: Final = "\x1a"
#: The combining marks Latin letters carry (the "Inherited" script blocks).
_LATIN_MARKS: Final = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_FAST_EXTRA: Final = (
    # Vietnamese vowels with their marks, and đ (lower case: the text is lowered first).
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    # Other Latin letters that fold to one ASCII letter.
    "äåçëîïñöøûüÿāēīōūčšžćłńśźżęąřěůğşıőűţșțľĺŕ"
    # Separators, quotes and signs.
    "’‘‛ʼʻ´′–—‐‑‒―−“”„«»‹›\u00a0\u2002\u2003\u2009\u200a\u202f\u205f\u3000\u2028\u2029"
    "…•·°§¶€£¥₫₭©®™±×÷¿¡"
)


_FIXED_FOLDS: Final = {
    **dict.fromkeys(_APOSTROPHES, "'"),
    **dict.fromkeys(_QUOTES, '"'),
    **dict.fromkeys(_DASHES, "-"),
}


@functools.lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    """What one character folds to: usually one character; empty for marks and format characters."""

    fixed = _FIXED_FOLDS.get(char)
    if fixed is None:
        category = unicodedata.category(char)
        if category == "Pd":
            fixed = "-"
        elif char.isspace():
            fixed = " "
        elif category == "Cf" or _LATIN_MARKS.match(char):
            fixed = ""  # a format character, a decomposed accent: dropped, as fold() drops them
        elif category[0] in "LMN":
            fixed = fold(char) or char
        else:
            fixed = char if char.isascii() else _OTHER
    return fixed


@functools.cache
def _fast_tables() -> tuple[Any, bytes]:
    """The charmap encoding and the byte translation of the fast path."""
    undefined = "\ufffe"  # what charmap_build reads as "no character"
    decode = [chr(b) for b in range(128)] + [undefined] * 128
    translation = bytearray(range(128)) + bytearray(128)
    for b in range(128):
        translation[b] = ord(_fold_char(chr(b)) or _OTHER) if not chr(b).isalnum() else ord(chr(b).lower())
    slots = list(range(128, 256)) + list(range(ord("A"), ord("Z") + 1))
    for char in dict.fromkeys(_FAST_EXTRA):
        folded = _fold_char(char)
        if char.lower() != char or len(folded) != 1 or not slots:
            continue
        byte = slots.pop(0)
        decode[byte] = char
        translation[byte] = ord(folded) if folded.isascii() else ord(_OTHER)
    return codecs.charmap_build("".join(decode)), bytes(translation)


#: What a text not lowered first may hold beyond ASCII to be folded by :func:`_raw_tables`, most
#: wanted first: Vietnamese letters, common quotes and dashes, Vietnamese capitals.
_RAW_EXTRA: Final = (
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    "Đ’‘“”–—…\u00a0"
    "ÀÁẢÃẠĂẰẮẶÂẦẤẨẬÈÉẺẸÊỀẾỂỆÌÍỈỊÒÓỎÕỌÔỒỐỔỘƠỜỚỞỢÙÚỦỤƯỪỨỬỰÝ"
)


@functools.cache
def _raw_tables() -> tuple[Any, bytes]:
    """
    A charmap encoding and byte translation that fold text as it is, without lowering it first.

    Lowering a chunk costs as much as folding it.  These tables hold ASCII and the 128
    characters of :data:`_RAW_EXTRA`, each folded as the fast path folds it lowered, so that a
    text of only these characters folds the same either way; a text with any other character
    is lowered and folded as before (see :func:`_fold_line`).
    """
    encoding, translation = _fast_tables()
    extra = list(dict.fromkeys(_RAW_EXTRA))
    assert len(extra) <= 128  # one byte each
    decode = [chr(b) for b in range(128)] + extra
    raw = bytearray(len(decode))
    for byte, char in enumerate(decode):
        lowered = char.lower()
        assert len(lowered) == 1  # each lowered alone, as a text is: no context changes them
        (lowered_byte,) = codecs.charmap_encode(lowered, "strict", encoding)[0]
        raw[byte] = translation[lowered_byte]
    return codecs.charmap_build("".join(decode)), bytes(raw)


class _SlowTable(dict[int, str]):
    """A ``str.translate`` table that folds any character, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_SLOW: Final = _SlowTable()


def _fold_line(line: str) -> tuple[str, list[int] | None]:
    """Fold one line; the offset map is ``None`` when each character folds to one."""
    encoding, translation = _raw_tables()
    try:
        encoded, _ = codecs.charmap_encode(line, "strict", encoding)
    except UnicodeEncodeError:
        pass
    else:
        return encoded.translate(translation).decode("latin-1"), None
    lowered = line.lower()
    if len(lowered) == len(line):
        encoding, translation = _fast_tables()
        try:
            encoded, _ = codecs.charmap_encode(lowered, "strict", encoding)
        except UnicodeEncodeError:
            pass
        else:
            return encoded.translate(translation).decode("latin-1"), None
        folded = lowered.translate(_SLOW)
        if len(folded) == len(line):
            return folded, None
    pieces: list[str] = []
    offsets: list[int] = []
    for i, char in enumerate(line):
        folded = _fold_char(char.lower()) if len(char.lower()) == 1 else _fold_char(char)
        pieces.append(folded)
        offsets.extend([i] * len(folded))
    return "".join(pieces), offsets


def _fold_text(text: str) -> tuple[str, array[int] | None]:
    """
    Fold a chunk: the folded text, and the original offset of each folded character (or ``None``).

    With an offset map, ``offsets[len(folded)] == len(text)``.
    """
    folded, offsets = _fold_line(text)
    if offsets is None:
        return folded, None
    pieces: list[str] = []
    mapping: array[int] = array("q")
    start = 0
    for line in text.splitlines(keepends=True):
        piece, line_offsets = _fold_line(line)
        pieces.append(piece)
        if line_offsets is None:
            mapping.extend(range(start, start + len(line)))
        else:
            mapping.extend(start + o for o in line_offsets)
        start += len(line)
    mapping.append(len(text))
    return "".join(pieces), mapping


def _pattern_key(text: str) -> str:
    """The key a name is looked up by: folded, spaces squeezed."""
    folded, _ = _fold_line(unicodedata.normalize("NFC", text))
    return " ".join(folded.split(" ")).strip()


def _key_variants(key: str) -> list[str]:
    """A key with each dash written tight ("a-b") and spaced ("a - b"), for up to three dashes."""
    parts = re.split(r" ?- ?", key)
    if len(parts) == 1 or len(parts) > 4:
        return [key]
    out = [parts[0]]
    for part in parts[1:]:
        out = [f"{o}{sep}{part}" for o in out for sep in ("-", " - ")]
    return list(dict.fromkeys([key, *out]))


_WORD_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789" + _OTHER)


def _nfc_fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_TIGHT)


_TIGHT: Final = {ord(c): "'" for c in _APOSTROPHES}


@functools.lru_cache(maxsize=4096)
def _exact_ok(written: str, name: str) -> bool:
    """
    Whether a one-word name is written as recorded: with its diacritics, and its capitals.

    A one-word name matches only as written ("Lâm" is not "làm", "DOC" is not
    "doc", "Renewal" is not "renewal"), in capitals throughout (a headline),
    or, for a name recorded in lower case, in any case.
    """
    written, name = _nfc_fold(written), _nfc_fold(name)
    if written == name:
        return True
    if written.casefold() != name.casefold():
        return False
    return written.isupper() or name.islower()


# =========================================================================== vocabularies
# Words the checker interprets, with English glosses for the Vietnamese and Lao ones.
# Role words: which role a title names ("" is a head of a body: "Chairman of ...").
_ROLE_WORDS: Final[tuple[tuple[str, str], ...]] = (
    ("PM", "prime-minister"),
    ("Premier", "prime-minister"),
    ("State President", "president"),
    ("Secretary General", "general-secretary"),
    ("Secretary-General", "general-secretary"),
    ("Party chief", "general-secretary"),
    ("NA Chairman", "national-assembly-chairman"),
    ("NA Chairwoman", "national-assembly-chairman"),
    ("National Assembly President", "national-assembly-chairman"),
    ("National Assembly Chairwoman", "national-assembly-chairman"),
    ("FM", "foreign-minister"),
    ("Minister of Foreign Affairs", "foreign-minister"),
    ("Chairman", ""),
    ("Chairwoman", ""),
    ("Chair", ""),
    ("Thủ tướng Chính phủ", "prime-minister"),  # Prime Minister (of the Government)
    ("Chủ tịch", ""),  # chairman, president (of a body)
    ("ນາຍົກລັດຖະມົນຕີ", "prime-minister"),  # Prime Minister
    ("ປະທານປະເທດ", "president"),  # President (of the State)
    ("ເລຂາທິການໃຫຍ່", "general-secretary"),  # General Secretary
    ("ປະທານສະພາແຫ່ງຊາດ", "national-assembly-chairman"),  # President of the National Assembly
    ("ປະທານ", ""),  # president, chairman
)
#: A head ("Chairman of ...", "President of ...") is the role of the body it heads.
_HEAD_OF_ORG_KIND: Final = {
    "national-assembly": "national-assembly-chairman",
    "front": "front-president",
    "state": "president",
    "government": "prime-minister",
}
# Words for events: which kinds of event they name.
_CUE_WORDS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("talks", ("talks",)),
    ("held talks", ("talks",)),
    ("meeting", ("meeting", "party-meeting", "committee-session")),
    ("meetings", ("meeting", "party-meeting", "committee-session")),
    ("met", ("meeting", "talks", "courtesy-visit")),
    ("high-level meeting", ("party-meeting",)),
    ("annual meeting", ("party-meeting",)),
    ("summit", ("meeting", "party-meeting")),
    ("visit", ("state-visit", "official-visit", "courtesy-visit")),
    ("visits", ("state-visit", "official-visit", "courtesy-visit")),
    ("visited", ("state-visit", "official-visit", "courtesy-visit")),
    # news call a state visit official and the other way round: the kind is no reason to miss the visit
    ("state visit", ("state-visit", "official-visit")),
    ("official visit", ("official-visit", "state-visit")),
    ("courtesy visit", ("courtesy-visit",)),
    ("welcome ceremony", ("welcome-ceremony",)),
    ("welcoming ceremony", ("welcome-ceremony",)),
    ("briefing", ("briefing",)),
    ("briefing session", ("briefing",)),
    ("signing", ("signing", "document-exchange")),
    ("signing ceremony", ("signing", "document-exchange")),
    ("signed", ("signing",)),
    ("exchange of documents", ("document-exchange", "signing")),
    ("national day ceremony", ("national-day-ceremony",)),
    ("national day celebration", ("national-day-ceremony",)),
    ("wreath", ("wreath-laying",)),
    ("wreaths", ("wreath-laying",)),
    ("inauguration", ("inauguration",)),
    ("inaugurated", ("inauguration",)),
    ("speech", ("speech",)),
    ("policy speech", ("speech",)),
    ("congress", ("congress",)),
    ("ceremony", ("ceremony", "welcome-ceremony", "national-day-ceremony", "signing", "inauguration")),
    ("session", ("committee-session",)),
    ("hội đàm", ("talks",)),  # talks
    ("hội kiến", ("meeting",)),  # a call on a leader
    ("cuộc gặp", ("meeting", "party-meeting")),  # meeting
    ("gặp gỡ", ("meeting",)),  # meeting
    ("chuyến thăm", ("state-visit", "official-visit")),  # visit
    ("thăm cấp nhà nước", ("state-visit", "official-visit")),  # state visit
    ("thăm chính thức", ("official-visit", "state-visit")),  # official visit
    ("lễ đón", ("welcome-ceremony",)),  # welcome ceremony
    ("ký kết", ("signing",)),  # signing
    ("lễ ký", ("signing",)),  # signing ceremony
    ("đại hội", ("congress",)),  # congress
    ("kỳ họp", ("committee-session",)),  # session
    ("phát biểu", ("speech",)),  # speech
    ("khánh thành", ("inauguration",)),  # inauguration
)
_WEEKDAY_WORDS: Final = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật",  # Monday … Sunday
)  # fmt: skip
_ORDINAL_WORDS: Final = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
    "seventieth", "eightieth", "ninetieth", "hundredth",
)  # fmt: skip
#: Heads of Vietnamese and Lao ordinals, which may be followed by a Roman numeral ("Đại hội XIV").
_ORDINAL_HEADS: Final = (
    "Đại hội",  # congress
    "khóa",  # term
    "khoá",  # term (old-style accent)
    "nhiệm kỳ",  # term of office
    "kỷ niệm",  # anniversary
    "kỳ họp",  # session
    "Hội nghị",  # conference, plenum
    "ຄົບຮອບ",  # anniversary
)
#: Words that make an amount next to metric words a target.
_TARGET_WORDS: Final = re.compile(
    r"\b(?:targets?|goals?|aims?|aiming|striv(?:e|es|ing)|rais(?:e|es|ing)|lift(?:s|ing)?|boost(?:s|ing)?"
    r"|push(?:es|ing)?|increas(?:e|es|ing)\s+\w+\s+to|set\s+to|mục\s+tiêu|phấn\s+đấu|nâng|đạt)\b",
    re.IGNORECASE,
)
#: Words of metrics the vocabulary's names miss: two-way trade, trade value.
_METRIC_EXTRA: Final = {"bilateral-trade-turnover": ("trade", "turnover", "kim ngạch", "thương mại")}
#: Before a title: it is not the role itself.
_NOT_THE_ROLE: Final = re.compile(r"(?:\b(?:Deputy|Vice|Acting|Standing|Permanent|Assistant|Phó|phó)[\s-]+)$")
_FORMER: Final = re.compile(r"(?:\b(?:former|late|ex|then|nguyên|cố)[\s-]+)$", re.IGNORECASE)
#: Country adjectives and words that may stand in a title ("Lao Party General Secretary").
_QUALIFIER: Final = re.compile(
    r"(?:\b(?P<q>Lao|Laotian|Laos['’]|Vietnamese|Vietnam['’]s|Việt\s+Nam|Lào|Party|State|the|top|then"
    r"|Đảng|Nhà\s+nước)\s+)$"
)
#: The last characters of the words of _QUALIFIER ("Lao", "Laos'", "Việt Nam"…).
_QUALIFIER_ENDS: Final = frozenset("on'’esmypgc")
_QUALIFIER_COUNTRY: Final = {
    "lao": "LA", "laotian": "LA", "laos'": "LA", "lào": "LA",
    "vietnamese": "VN", "vietnam's": "VN", "việt nam": "VN",
}  # fmt: skip
_JOIN: Final = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+|cum\s+|và\s+|kiêm\s+)$")
_OF: Final = re.compile(r"^\s+(?:of|of\s+the|for|của|ຂອງ)\s+$")
#: Between the body a title names and the name: "(CPV)", "'s 14th Central Committee".
_TAIL: Final = re.compile(
    r"^(?:\s*\([^()\n]{1,24}\))?(?:['’]s)?(?:\s+(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][\w’'-]*))*\s+$"
)
_CAPITAL_WORDS: Final = re.compile(r"\s+([^\W\d_][\w’'-]*(?:\s[^\W\d_][\w’'-]*){0,4})")
_NOT_A_NAME: Final = frozenset(
    [
        "The",
        "A",
        "An",
        "And",
        "Of",
        "In",
        "On",
        "At",
        "For",
        "With",
        "From",
        "By",
        "As",
        "Is",
        "Was",
        "Has",
        "Had",
        "Who",
        "Said",
        "And",
        "But",
        "Or",
        "Party",
        "State",
        "Government",
        "National",
        "Assembly",
        "Front",
        "Committee",
        "Central",
        "Council",
        "Ministry",
    ]
)
_YEAR: Final = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
#: Words that say a congress is still to come.
_FUTURE: Final = re.compile(r"\b(?:upcoming|next|forthcoming|future|will|to be held|sắp|tới)\b", re.I)
#: Entries a checker's caches of judgments keep before they start again.
_CACHE_SIZE: Final = 50_000
#: How near in time (days) a recorded event must be to a stated date to be the one meant.
_EVENT_WINDOW: Final = 10
#: Windows closer than this (characters) are read as one.
_WINDOW: Final = 100
#: Characters before and after an anchor a parser may read: a date may start with a weekday
#: ("Wednesday, December 2"), an ordinal's noun may follow four words later, and horizon
#: words belong to an amount up to 80 characters before it and 60 after.
_REACHES: Final = {"date": (48, 72), "ordinal": (16, 96), "amount": (100, 100)}
#: What a line may end with when its sentence goes on in the next line.
_WRAPPING: Final = frozenset(",-–—(/&'’")
#: The shortest line read as hard-wrapped: text wrapped at 72 or 80 columns breaks later;
#: most headings are shorter.
_WRAPPED_LINE: Final = 60
#: The number of a list item ("2. ", "3) ", "iv. ").
_LIST_ITEM: Final = re.compile(r"(?:\d{1,3}|[ivx]{1,4}|[a-z])[.)]\s", re.IGNORECASE)
#: The marks that may end a sentence.
_MARK: Final = re.compile(r"[.!?\n]")
#: How far (in characters) a sentence is looked for either side of a finding.
_REACH: Final = 600
#: What may follow the mark that ends a sentence before the space: more marks, closing quotes.
_CLOSERS: Final = frozenset(".!?\"'”’)]»")
_ABBREVIATION: Final = re.compile(
    r"(?<![\w.])(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Mr|Mrs|Ms|Dr|St|Prof"
    r"|Gen|Lt|Col|Sen|Gov|vs|etc|e\.g|i\.e|U\.S|H\.E)$"
)
#: The last characters of the abbreviations, and a line break (before which "$" matches too).
_ABBREVIATION_ENDS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZbcefglnoprstv\n")
_CURRENCY_NEAR: Final = re.compile(r"US\$|\$|USD|VND|LAK|\bkip\b|dollars|đồng|đô[ -]la", re.IGNORECASE)
_CURRENCY_FOLDED: Final = re.compile(r"\$|usd|vnd|lak|kip|dollar|dong|do la|do-la")
_DATE_FOLDED: Final = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|fev|avr|mai|juil|aou|ngay|thang)|[0-9][/.-][0-9]"
)
#: The nouns an ordinal counts (vnla.lang.parsing reads no other), folded: "first" alone is no ordinal.
_ORDINAL_NOUN: Final = re.compile(
    r"anniversar|national day|congress|plan\b|committee|meeting|session|sitting|term\b|tenure"
    r"|national assembly|plenum"
)
#: After "Đại hội", "khóa", "kỷ niệm"…: up to four words, then a number (folded).
_HEAD_NUMBER: Final = re.compile(r"(?: [a-z]+){0,4}? (?:lan thu )?(?:[ivxlc]+|[0-9]{1,4})\b")
_ORDINAL_AFTER: Final = re.compile(
    r"(?:st|nd|rd|th)\b|\s+years?\s+(?:of|since)\b|\s+năm\s+[Đđ]ổi", re.IGNORECASE
)
_DATE_NEAR: Final = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juil|août|déc|ngày|tháng|từ|năm)"
    r"|[\u0e80-\u0eff]|\d[/.-]\d",
    re.IGNORECASE,
)


# =========================================================================== the index
class _Pat:
    """One key of the automaton and everything it may be: names, a title, an event word, an anchor…"""

    __slots__ = (
        "anchor",
        "cues",
        "errata",
        "events",
        "exact",
        "key",
        "left",
        "length",
        "names",
        "right",
        "role",
        "role_exact",
        "selectable",
    )

    def __init__(self, key: str) -> None:
        self.key = key
        self.length = len(key)
        self.left = key[0] in _WORD_CHARS
        self.right = key[-1] in _WORD_CHARS
        self.exact = " " not in key and "-" not in key  # one word: matched as written
        #: (record id, record kind, name) for each record with a name of this key.
        self.names: list[tuple[str, str, Name]] = []
        #: The role a title of this key names ("" for a head of a body), and its text.
        self.role: tuple[str, str] | None = None
        self.role_exact = False
        self.cues: frozenset[str] = frozenset()
        self.anchor: str | None = None
        self.errata: list[Erratum] = []
        self.selectable = False
        #: The events, mechanisms and documents with a name of this key: what a date near it may mean.
        self.events: tuple[str, ...] = ()


_NAMED_KINDS: Final = frozenset(
    {
        "person",
        "organization",
        "place",
        "country",
        "framework-element",
        "project",
        "document",
        "mechanism",
        "founding",
        "event",
    }
)
_KIND_OF_FINDING: Final = {"framework-element": "framework"}
#: Which record wins when several records share a name: the lower the rank, the likelier.
_NAME_RANK: Final = {"event": 2, "mechanism": 3}


def _shape(p: _Pat) -> int:
    if p.anchor is None and not p.errata:
        return 1 if p.selectable else 0
    return 2 if p.anchor == "digit" and not p.selectable and not p.errata else 0


class _Index:
    """Everything the checker needs from one dataset, built once per dataset."""

    def __init__(self, ds: Dataset) -> None:
        self.records: dict[str, Any] = {rid: ds.get(rid) for rid in ds.ids}
        self.kinds: dict[str, str] = {rid: ds.kind_of(rid) or "" for rid in ds.ids}
        self.role_names: dict[str, str] = {
            t.id: t.name.preferred("en") for t in ds.terms if t.vocabulary.value == "role"
        }
        #: (role, language) -> the role's title in that language, for canonical forms outside English
        self.role_titles: dict[tuple[str, str], str] = {
            (t.id, n.lang): n.text
            for t in ds.terms
            if t.vocabulary.value == "role"
            for n in reversed(t.names)  # the first name of a language wins
            if n.lang != "en"
        }
        self.org_kind = {o.id: o.kind.value for o in ds.organizations}
        self.person_country = {p.id: p.country for p in ds.people if p.country}
        self._countries(ds)
        self._events(ds)
        self._anniversaries(ds)
        self._targets(ds)
        self.pats: list[_Pat] = []
        self._by_key: dict[str, _Pat] = {}
        self._keys(ds)
        import ahocorasick  # type: ignore[import-not-found]

        # What the automaton gives for a key: (length, check the left edge, check the right edge,
        # what it is, index in ``pats``), what it is being 1 for a name, title or event word only,
        # 2 for a digit only, 0 for anything else (an anchor, an erratum, or several).
        automaton = ahocorasick.Automaton()
        for i, p in enumerate(self.pats):
            automaton.add_word(p.key, (p.length, p.left, p.right, _shape(p), i))
        automaton.make_automaton()
        self.automaton = automaton

    def _countries(self, ds: Dataset) -> None:
        """The country of each country, body, place, and event of a body."""
        self.country_of: dict[str, str] = {c.id: c.id for c in ds.countries}
        for org in ds.organizations:
            if org.country:
                self.country_of[org.id] = org.country
        for place in ds.places:
            if place.country:
                self.country_of[place.id] = place.country
        for event in ds.events:
            if event.organization and event.organization in self.country_of:
                self.country_of[event.id] = self.country_of[event.organization]

    def _events(self, ds: Dataset) -> None:
        """Events by kind and mechanism, who took part, congresses by party."""
        self.events_by_kind: dict[str, list[Event]] = defaultdict(list)
        self.events_by_mechanism: dict[str, list[Event]] = defaultdict(list)
        self.active: dict[str, list[date]] = defaultdict(list)
        self.people_of = {e.id: frozenset(e.people()) for e in ds.events}
        self.congresses: dict[str, dict[int, Event]] = defaultdict(dict)
        for event in ds.events:
            self.events_by_kind[event.kind.value].append(event)
            if event.mechanism:
                self.events_by_mechanism[event.mechanism].append(event)
            day = event.when.earliest or event.when.latest
            for person in event.people():
                if day is not None:
                    self.active[person].append(day)
            if event.kind is EventKind.CONGRESS and event.ordinal and event.organization:
                self.congresses[event.organization][event.ordinal] = event
        self.party_of_country = {
            self.country_of[org]: org for org in self.congresses if org in self.country_of
        }

    def _anniversaries(self, ds: Dataset) -> None:
        """Foundings, what counts from them, and each country's national day."""
        self.foundings = {f.id: f for f in ds.foundings}
        self.founding_of_org = {o.id: o.founding for o in ds.organizations if o.founding}
        self.national_day: dict[str, str] = {}
        for founding in ds.foundings:
            if founding.country and any("national day" in n.text.lower() for n in founding.names):
                self.national_day.setdefault(founding.country, founding.id)
        self.anniversaries = {(a.founding, a.ordinal): a for a in ds.anniversaries}
        self.anniversary_of_event = {a.event: a.founding for a in ds.anniversaries if a.event}

    def _targets(self, ds: Dataset) -> None:
        """Targets with an amount, by metric, and targets with a date, with what a sentence must name."""
        self.targets: dict[str, list[Target]] = defaultdict(list)
        for target in ds.targets:
            if target.value is not None:
                self.targets[target.metric].append(target)
        self.metric_words = self._metric_words(ds)
        #: (target, the ids a sentence must name, how many of them) for targets with a date.
        self.dated_targets: list[tuple[Target, frozenset[str], int]] = []
        for target in ds.targets:
            if target.horizon.when is None:
                continue
            links: set[str] = set()
            enough = 1
            for pid in target.projects:
                places = set(getattr(ds.get(pid), "places", ()))
                if len(places) >= 2:  # "from Vinh to Thanh Thuy border": two of its places
                    links |= places
                    enough = 2
                links.add(pid)
            anniversary = ds.get(target.anniversary) if target.anniversary else None
            if anniversary is not None:
                links.add(anniversary.founding)
            if links:
                self.dated_targets.append((target, frozenset(links), enough))

    def _pat(self, key: str) -> _Pat:
        found = self._by_key.get(key)
        if found is None:
            found = self._by_key[key] = _Pat(key)
            self.pats.append(found)
        return found

    def _keys(self, ds: Dataset) -> None:
        """Every key the automaton looks for: names, titles, event words, anchors, errata."""
        for record, name in ds.named():
            kind = self.kinds.get(record.id, "")
            if kind in _NAMED_KINDS:
                for key in _key_variants(_pattern_key(name.text)):
                    if len(key) >= 2 and not key.isdigit():
                        p = self._pat(key)
                        p.names.append((record.id, kind, name))
                        p.selectable = True
        role_words = [(n.text, t) for t in self.role_names for n in ds.get(t).names]
        for text, role in [*role_words, *_ROLE_WORDS]:
            for key in _key_variants(_pattern_key(text)):
                p = self._pat(key)
                if p.role is None:
                    p.role = (role, text)
                    p.role_exact = " " not in key
                p.selectable = True
        for text, kinds in _CUE_WORDS:
            p = self._pat(_pattern_key(text))
            p.cues = p.cues | frozenset(kinds)
            p.selectable = True
        for digit in "0123456789":
            p = self._pat(digit)
            p.anchor = "digit"
            p.left = p.right = False  # a digit anchors wherever it stands

        for words, anchor in (
            ((*_WEEKDAY_WORDS, *_DAY_WORDS), "weekday"),
            (_ORDINAL_WORDS, "ordinal"),
            (_ORDINAL_HEADS, "head"),
        ):
            for word in words:
                self._pat(_pattern_key(word)).anchor = anchor
        for erratum in ds.errata:
            self._pat(_pattern_key(erratum.quote)).errata.append(erratum)
        dated = ("event", "mechanism", "document")
        for p in self.pats:
            p.events = tuple(dict.fromkeys(r for r, k, _n in p.names if k in dated))

    def founding_of(self, rid: str) -> str | None:
        """The founding a record counts from: itself, a body's, a country's national day, an event's."""
        if rid in self.foundings:
            return rid
        if rid in self.founding_of_org:
            return self.founding_of_org[rid]
        if self.kinds.get(rid) == "country":
            return self.national_day.get(rid)
        return self.anniversary_of_event.get(rid)

    def _metric_words(self, ds: Dataset) -> dict[str, re.Pattern[str]]:
        out: dict[str, re.Pattern[str]] = {}
        for metric in self.targets:
            term = ds.get(metric)
            words = [n.text for n in getattr(term, "names", ())]
            words += list(_METRIC_EXTRA.get(metric, ()))
            keys = sorted({_pattern_key(w) for w in words if w}, key=len, reverse=True)
            out[metric] = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b")
        return out


#: id(dataset) -> its index; entries go when their dataset does.
_INDEXES: dict[int, tuple[weakref.ref[Dataset], _Index]] = {}


def _index(ds: Dataset) -> _Index:
    cached = _INDEXES.get(id(ds))
    if cached is not None and cached[0]() is ds:
        return cached[1]
    index = _Index(ds)
    key = id(ds)
    _INDEXES[key] = (weakref.ref(ds), index)

    def forget(_ignored: object) -> None:
        entry = _INDEXES.get(key)
        if entry is not None and entry[1] is index:
            del _INDEXES[key]

    weakref.finalize(ds, forget, None)
    return index


# =========================================================================== one chunk
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


_VERDICT_INDEX: Final = {v: i for i, v in enumerate(Verdict)}
_GROUP: Final = {
    "person": "person",
    "organization": "entity",
    "country": "entity",
    "place": "entity",
    "framework": "framework",
}
_SENTINEL: Final = _NameOutcome("", None, Verdict.OK, "")


class _Chunk:
    """
    The work on one chunk of text: match, select, read figures and dates, and judge.

    Positions are offsets in ``text`` (the chunk); ``base`` is the chunk's
    offset in the whole text.
    """

    def __init__(
        self,
        checker: Checker,
        text: str,
        published: date | None,
        lang: str,
        dateline: tuple[int, int] | None = None,
    ) -> None:
        self.checker = checker
        self.dateline = dateline
        self.index = checker._index
        self.text = text
        self.published = published
        self.lang = lang
        self.protos: list[_Proto] = []
        self.persons: list[tuple[int, int, str]] = []  # (start, end, person id)
        self.named: list[tuple[int, int, str]] = []  # every name found, with its record
        self.hits: list[tuple[int, int, _NameOutcome]] = []  # names found, in order
        self.entities: list[tuple[int, int, str]] = []  # organizations, countries, places
        self.cues: list[tuple[int, int, frozenset[str], tuple[str, ...]]] = []  # kinds, record ids
        self.roles: list[_Match] = []
        #: Roles and bodies in order of position: what chains of titles are made of.
        self.titled: list[tuple[int, int, str, Any]] = []
        self.framework: list[tuple[int, int, str]] = []
        self.anchors: list[tuple[int, int, str]] = []  # weekdays, ordinal words and heads
        self.digits: list[list[int]] = [[-1, -1]]  # runs of digits, after a sentinel
        self.folded: str | None = None  # the folded text, when its offsets are the text's
        self.errata: list[tuple[int, int, Erratum]] = []
        self.dates: list[DateMention] = []
        self.date_starts: list[int] = []
        self.ordinals: list[OrdinalMention] = []
        self.ordinal_starts: list[int] = []
        self._sentence: tuple[int, int] = (-1, -1)  # the last sentence found
        self._starts: dict[int, list[int]] = {}  # id of a list -> where its items start, for within()
        self.groups = {"person": self.persons, "entity": self.entities, "framework": self.framework}

    # matching ------------------------------------------------------------------------------
    def run(self) -> None:
        """Find and judge everything in the chunk: names, figures and dates, titles, errata."""
        self.match()
        self.figures()
        self.titles()
        self.framework_lists()
        self.apply_errata()

    def match(self) -> None:
        """Find every key in the folded text; keep the leftmost longest of names, titles and event words."""
        text = self.text
        folded, offsets = _fold_text(text)
        self.folded = folded if offsets is None else None
        pats = self.index.pats
        word = _WORD_CHARS
        found: list[tuple[int, int, int]] = []  # (start, -end, pattern): sorts leftmost longest first
        anchors = self.anchors
        digits = self.digits
        # Padded with a space either side (no key starts or ends with one), every match has a character
        # before and after it; the automaton gives the index of a match's last character, which is one
        # more in ``padded`` than in ``folded``: the end of the match there.
        padded = f" {folded} "
        for last, (length, left, right, role, i) in self.index.automaton.iter(padded):
            start, end = last - length, last
            if (left and padded[start] in word) or (right and padded[end + 1] in word):
                continue
            if offsets is not None:
                start, end = offsets[start], offsets[end - 1] + 1
                while end < len(text) and unicodedata.combining(text[end]):
                    end += 1  # the accents of a decomposed last letter belong to the match
            if role == 1:
                found.append((start, -end, i))
            elif role == 2:  # a digit
                if start == digits[-1][1]:
                    digits[-1][1] = end  # the next digit of a number
                else:
                    digits.append([start, end])
            else:
                p = pats[i]
                if p.selectable:
                    found.append((start, -end, i))
                if p.anchor is not None:
                    anchors.append((start, end, p.anchor))
                if p.errata:
                    self.errata.extend((start, end, e) for e in p.errata)
        self.select(found)

    def select(self, found: list[tuple[int, int, int]]) -> None:
        """Keep the leftmost longest keys that do not overlap: names, titles, event words."""
        text = self.text
        pats = self.index.pats
        found.sort()
        last_end = 0
        # the checker's caches, read here first: most keys are met again and again
        checker = self.checker
        outcomes = checker._outcomes
        exact = checker._exact
        lang = self.lang
        # by key, the outcome of a key of several words, which does not depend on how it is written
        plain = checker._plain.setdefault(lang, [None] * len(pats))
        hits = self.hits
        for start, negative_end, i in found:
            if start < last_end:
                continue
            end = -negative_end
            p = pats[i]
            written = ""
            if p.exact:
                written = text[start:end]
                known = exact.get((id(p), written))
                if not (self.exact(start, end, p) if known is None else known):
                    continue
            last_end = end
            if p.names:
                outcome = outcomes.get((id(p), written, lang)) if p.exact else plain[i]
                if outcome is None:
                    outcome = checker._outcome(p, written, lang)
                    if not p.exact:
                        plain[i] = outcome
                hits.append((start, end, outcome))
                if outcome.record is not None:
                    name = (start, end, outcome.record)
                    self.named.append(name)
                    if outcome.group is not None:
                        self.groups[outcome.group].append(name)
                        if outcome.group == "entity":
                            self.titled.append((start, end, "entity", outcome.record))
                if p.events:
                    self.cues.append((start, end, frozenset(), p.events))
            elif p.role is not None:
                role = _Match(start, end, p)
                self.roles.append(role)
                self.titled.append((start, end, "role", role))
            if p.cues:
                self.cues.append((start, end, p.cues, ()))

    def exact(self, start: int, end: int, p: _Pat) -> bool:
        """Whether a one-word key is written as one of its names or titles is (cached per spelling)."""
        written = self.text[start:end]
        key = (id(p), written)
        known = self.checker._exact.get(key)
        if known is None:
            known = (
                any(_exact_ok(written, n.text) for _r, _k, n in p.names)
                or (p.role is not None and (not p.role_exact or _exact_ok(written, p.role[1])))
                or bool(p.cues)
            )
            if len(self.checker._exact) < 100_000:
                self.checker._exact[key] = known
        return known

    # sentences -----------------------------------------------------------------------------
    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """
        The sentence around ``text[start:end]``: after the end of the one before, to its own end.

        A sentence ends at a line break, or at ".", "!" or "?" (closing quotes
        may follow) before a space, except for the full stop of an
        abbreviation ("Dec. 2", "Mr.", "U.S.").  The search reaches at most
        :data:`_REACH` characters either way.
        """
        s0, e0 = self._sentence
        if s0 <= start and end <= e0:
            return s0, e0
        text = self.text
        floor = max(0, start - _REACH)
        if self.dateline is not None and start >= self.dateline[1]:
            floor = max(floor, self.dateline[1])
        s = floor
        at = start
        while at > floor:
            at = max(
                text.rfind(".", floor, at),
                text.rfind("!", floor, at),
                text.rfind("?", floor, at),
                text.rfind("\n", floor, at),
            )
            if at < floor:
                break
            if self.ends_sentence(at):
                s = at + 1
                break
        ceiling = min(len(text), end + _REACH)
        e = ceiling
        mark = _MARK.search(text, end, ceiling)
        while mark is not None:
            if self.ends_sentence(mark.start()):
                e = mark.end()
                break
            mark = _MARK.search(text, mark.end(), ceiling)
        self._sentence = (s, e)
        return s, e

    def ends_sentence(self, at: int) -> bool:
        """Whether the mark at ``at`` ends a sentence (a full stop after an abbreviation does not)."""
        text = self.text
        char = text[at]
        if char == "\n":
            return not self.wraps(at)
        after = at + 1
        while after < len(text) and text[after] in _CLOSERS:
            after += 1
        if after < len(text) and not text[after].isspace():
            return False
        if char != "." or (at and text[at - 1] not in _ABBREVIATION_ENDS):
            return True  # no abbreviation ends with this character (a digit, a space…)
        if at >= 5 and text[at - 5 : at].isalnum():
            return True  # an abbreviation is at most four letters long, after no letter or dot
        return _ABBREVIATION.search(text, max(0, at - 5), at) is None

    def wraps(self, at: int) -> bool:
        """
        Whether the line break at ``at`` only wraps a sentence ("held talks with\\nThongloun…").

        It does when the line before is a long one (a heading or a list item is
        short, a hard-wrapped line seldom is) that stops mid-sentence, after a
        letter, a digit, a comma or a dash, and the next line goes on with a
        word that is not a list item's number.
        """
        text = self.text
        before = at - 1
        while before >= 0 and text[before] in " \t\r":
            before -= 1
        if before < 0 or not (text[before].isalnum() or text[before] in _WRAPPING):
            return False
        if at - text.rfind("\n", 0, before) - 1 < _WRAPPED_LINE:
            return False
        after = at + 1
        while after < len(text) and text[after] in " \t":
            after += 1
        if after >= len(text) or not text[after].isalnum():
            return False
        return not _LIST_ITEM.match(text, after)

    def within(self, items: list[_T], start: int, end: int) -> list[_T]:
        """The items (tuples sorted by start) that start in ``[start, end)``."""
        starts = self.starts(items)
        i = bisect.bisect_left(starts, start)
        return items[i : bisect.bisect_left(starts, end, i)]

    def starts(self, items: list[_T]) -> list[int]:
        """
        Where the items of a list (tuples sorted by start) start, to search with :mod:`bisect`.

        The lists asked about are complete and sorted once the figures are read; their starts
        are kept, as plain numbers search fastest.
        """
        starts = self._starts.get(id(items))
        if starts is None or len(starts) != len(items):
            starts = self._starts[id(items)] = [item[0] for item in items]
        return starts

    # figures, dates, ordinals ---------------------------------------------------------------------
    def anchor_kinds(self) -> dict[str, list[tuple[int, int]]]:
        """
        Where each parser has something to read: the digits, weekdays and ordinal words found, by parser.

        A run of digits goes to the amount parser when a currency is near, to
        the ordinal parser when "th" or "years of" follows it, and to the date
        parser when it is a year or a month or a date word is near.
        """
        text = self.text
        amounts: list[tuple[int, int]] = []
        dates: list[tuple[int, int]] = []
        ordinals: list[tuple[int, int]] = []
        folded = self.folded
        for start, end, anchor in self.anchors:
            if anchor == "weekday":
                dates.append((start, end))
            elif folded is None or (
                _HEAD_NUMBER.match(folded, end)
                if anchor == "head"
                else _ORDINAL_NOUN.search(folded, end, end + 64)
            ):
                # "first" and "third" count only with a noun, "khóa" and "Đại hội" only with a number
                ordinals.append((start, end))
        # The folded text is lower-case ASCII: plain expressions search it fastest.
        near, currency, dated = (
            (folded, _CURRENCY_FOLDED, _DATE_FOLDED)
            if folded is not None
            else (text, _CURRENCY_NEAR, _DATE_NEAR)
        )
        ordinal_after, ordinal_noun = _ORDINAL_AFTER.match, _ORDINAL_NOUN.search
        for start, end in self.digits[1:]:
            # (a search's bounds may pass the end of the text; they may not be negative)
            if currency.search(near, start - 8 if start > 8 else 0, end + 40):
                amounts.append((start, end))
            if ordinal_after(text, end) and (
                folded is None or ordinal_noun(folded, end, end + 64) or text[end] == " "
            ):
                ordinals.append((start, end))
            if end - start == 4 or dated.search(near, start - 40 if start > 40 else 0, end + 20):
                dates.append((start, end))
        return {"amount": amounts, "date": dates, "ordinal": ordinals}

    def windows(self, anchors: list[tuple[int, int]], kind: str) -> list[tuple[int, int]]:
        """Stretches of text around anchors (sorted), as far as a parser of ``kind`` may read, merged."""
        text = self.text
        size = len(text)
        back, ahead = _REACHES[kind]
        merged: list[list[int]] = []  # [start, end] of each window
        for start, end in sorted(anchors):
            hi = end + ahead if end + ahead < size else size
            if merged and start - back <= merged[-1][1] + _WINDOW:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([start - back if start > back else 0, hi])
        widened: list[tuple[int, int]] = []
        for first, last in merged:
            lo, hi = first, last
            floor, ceiling = max(0, lo - 64), min(size, hi + 64)
            while lo > floor and not text[lo - 1].isspace():
                lo -= 1
            while hi < ceiling and not text[hi].isspace():
                hi += 1
            widened.append((lo, hi))
        return widened

    def figures(self) -> None:
        """Read sums of money, dates and ordinals near their anchors, and judge each."""
        # parse_dates, parse_amounts and parse_ordinals of each window, with spans in the chunk

        anchors = self.anchor_kinds()
        text = self.text
        dates: list[DateMention] = []
        for lo, hi in self.windows(anchors["date"], "date"):
            dates += _dates(text[lo:hi], self.published, lo)
        amounts: list[Amount] = []
        for lo, hi in self.windows(anchors["amount"], "amount"):
            amounts += _amounts(text[lo:hi], lo)
        ordinals: list[OrdinalMention] = []
        for lo, hi in self.windows(anchors["ordinal"], "ordinal"):
            ordinals += _ordinals(text[lo:hi], lo)
        self.dates = _unique(dates)
        self.date_starts = [d.span[0] for d in self.dates]
        self.ordinals = sorted(_unique(ordinals), key=lambda o: o.span)
        self.ordinal_starts = [o.span[0] for o in self.ordinals]
        self.persons.sort()
        self.entities.sort()
        self.cues.sort(key=itemgetter(0, 1))
        # judged in order of position, so that neighbours share the sentence found last
        mentions: list[tuple[int, int, Any]] = [(d.span[0], 0, d) for d in self.dates]
        mentions += [(a.span[0], 1, a) for a in _unique(amounts)]
        mentions += [(o.span[0], 2, o) for o in self.ordinals]
        judges = (self.judge_date, self.judge_amount, self.judge_ordinal)
        for _start, which, mention in sorted(mentions, key=itemgetter(0, 1)):
            self.protos.append(judges[which](mention))

    def lang_at(self, start: int, end: int) -> str:
        """
        The language of the sentence around ``text[start:end]``: the text's, unless its words say otherwise.

        A canonical form is written for the sentence it would replace: the
        Vietnamese quote in an English report gets a Vietnamese date.
        """
        s, e = self.sentence(start, end)
        return _sentence_lang(self.text[s:e], self.lang)

    def sentence_date(self, start: int, end: int) -> date | None:
        """The day a sentence states (a day, or the first of a range), else the publication date."""
        s, e = self.sentence(start, end)
        i = bisect.bisect_left(self.date_starts, s)
        while i < len(self.dates) and self.date_starts[i] < e:
            when = self.dates[i].when
            if when is not None and when.is_exact:
                return when.earliest
            i += 1
        return self.published

    def judge_date(self, mention: DateMention) -> _Proto:
        start, end = mention.span
        when = mention.when
        value = "" if when is None else str(when)
        if mention.weekday is not None and not mention.relative and when is not None:
            self.check_weekday(mention, when)
        if self.dateline is not None and self.dateline[0] <= start < self.dateline[1]:
            return _Proto(
                start, end, "date", Verdict.OK, "dates.published", value=value, message="the date line"
            )
        if when is None:
            return _Proto(
                start,
                end,
                "date",
                Verdict.UNKNOWN,
                "dates.date",
                message="a date without a year: give the publication date to read it",
            )
        found = (
            self.date_of_event(start, end, when)
            or self.date_of_target(start, end, when)
            or self.date_of_anniversary(start, end, when)
        )
        if found is not None:
            found.value = value
            if found.verdict is Verdict.CONTRADICTION and mention.relative and mention.weekday is None:
                # "today" and "tomorrow" may mean "of our time": a warning, not an error
                found.severity = Severity.WARNING
                found.message += f" (reading {mention.text!r} against the publication date {self.published})"
            return found
        return _Proto(
            start, end, "date", Verdict.UNKNOWN, "dates.date", value=value, message="no recorded event"
        )

    def check_weekday(self, mention: DateMention, when: When) -> None:
        """A weekday named with a date ("Tuesday, December 2, 2025") must be that date's."""
        day = when.earliest
        if day is None or mention.weekday is None or day.weekday() == mention.weekday:
            return
        from babel.dates import get_day_names

        start, end = mention.span
        english = get_day_names("wide", locale="en")  # 0 is Monday, as in date.weekday()
        self.protos.append(
            _Proto(
                start,
                end,
                "date",
                Verdict.CONTRADICTION,
                "dates.weekday",
                canonical=get_day_names("wide", locale=self.lang_at(start, end))[day.weekday()],
                value=str(when),
                message=f"{day.isoformat()} is a {english[day.weekday()]}, not a {english[mention.weekday]}",
            )
        )

    def date_of_event(self, start: int, end: int, when: When) -> _Proto | None:
        """A date next to an event word or name, against the events it may mean."""
        s, e = self.sentence(start, end)
        cues = self.within(self.cues, s, e)
        if when.precision not in _EVENT_PRECISIONS:
            # a year or a span of years: only for a record whose name holds it ("the period 2022 - 2027")
            cues = [c for c in cues if c[3] and c[0] <= start and end <= c[1]]
        if not cues:
            return None
        persons = {pid for _s, _e, pid in self.within(self.persons, s, e)}
        cues.sort(key=lambda c: min(abs(c[0] - end), abs(start - c[1])))
        seen: list[tuple[int, Any]] = []
        for rank, (cue_start, cue_end, kinds, ids) in enumerate(cues):
            if ids and not self.date_belongs(ids, cue_start, cue_end, start, end):
                continue
            candidates = self.candidates(kinds, ids, when, persons)
            seen.extend((rank, c) for c in candidates)
            best = next((c for c in candidates if _compatible(when, c.when)), None)
            if best is not None:
                return _Proto(
                    start,
                    end,
                    "date",
                    Verdict.OK,
                    "dates.event",
                    record=best.id,
                    message=f"{best.title} ({best.when})",
                )
        if not seen:
            return None
        event = min(
            seen,
            key=lambda rc: (
                _gap(when, rc[1].when),
                _length_gap(when, rc[1].when),
                not rc[1].when.is_exact,
                rc[0],
                rc[1].id,
            ),
        )[1]
        return _Proto(
            start,
            end,
            "date",
            Verdict.CONTRADICTION,
            "dates.event",
            record=event.id,
            canonical=self.checker._render_when(event.when, self.lang_at(start, end)),
            message=f"the record dates {event.title!r} ({event.id}) {event.when}; the text says {when}",
            evidence=(event.date_evidence or event.evidence)[:3],
            severity=None if event.when.is_exact else Severity.WARNING,
        )

    def date_of_target(self, start: int, end: int, when: When) -> _Proto | None:
        """A date in a sentence that names what a dated target is about: its project, its anniversary."""
        s, e = self.sentence(start, end)
        named = self.within(self.named, s, e)
        ids = {rid for _s, _e, rid in named}
        candidates = []
        for target, links, enough in self.index.dated_targets:
            if len(ids & links) >= enough:
                distance = min(min(abs(ns - end), abs(start - ne)) for ns, ne, rid in named if rid in links)
                candidates.append((distance, target))
        for _distance, target in candidates:
            if target.horizon.when is not None and _same_year(when, target.horizon.when):
                return _Proto(start, end, "date", Verdict.OK, "dates.target", record=target.id)
        if candidates:
            target = min(candidates, key=lambda c: (c[0], c[1].id))[1]
            recorded = target.horizon.when
            assert recorded is not None
            return _Proto(
                start,
                end,
                "date",
                Verdict.CONTRADICTION,
                "dates.target",
                record=target.id,
                canonical=self.checker._render_when(recorded, self.lang_at(start, end)),
                message=f"the record's target {target.id} is {target.horizon}: {target.description}",
                evidence=target.evidence[:2],
            )
        return None

    def date_of_anniversary(self, start: int, end: int, when: When) -> _Proto | None:
        """
        A date in a sentence that counts an anniversary: ok on its day, or on its ceremony's.

        A date that is neither is left unknown: an anniversary is marked on many days
        (receptions, exhibitions), and the record holds only its day and its main ceremony.
        """
        s, e = self.sentence(start, end)
        index = self.index
        starts = self.ordinal_starts
        first = bisect.bisect_left(starts, s)
        for ordinal in self.ordinals[first : bisect.bisect_left(starts, e, first)]:
            if ordinal.noun not in ("anniversary", "national-day"):
                continue
            for fid in self.foundings_near(ordinal):
                anniversary = index.anniversaries.get((fid, ordinal.number))
                day = index.foundings[fid].when.earliest
                if anniversary is None or day is None or not index.foundings[fid].when.is_exact:
                    continue
                with contextlib.suppress(ValueError):  # the anniversary of a 29 February
                    if when == When.on(day.replace(year=anniversary.year)):
                        record = anniversary.id
                        return _Proto(start, end, "date", Verdict.OK, "dates.anniversary", record=record)
                ceremony = index.records.get(anniversary.event) if anniversary.event else None
                if isinstance(ceremony, Event) and _compatible(when, ceremony.when):
                    return _Proto(start, end, "date", Verdict.OK, "dates.anniversary", record=ceremony.id)
        return None

    def date_belongs(self, ids: tuple[str, ...], cue_start: int, cue_end: int, start: int, end: int) -> bool:
        """Whether a date belongs to a named record: any event's; a document's only if next to it."""
        kinds = {self.index.kinds.get(i) for i in ids}
        if kinds - {"document"}:
            return True
        if cue_start <= start and end <= cue_end:
            return True
        gap = self.text[cue_end:start]
        return (
            0 <= start - cue_end <= 24
            and re.fullmatch(r"[\s,]*(?:of|dated|signed(?: on| in)?)?\s*", gap) is not None
        )

    def candidates(
        self, kinds: frozenset[str], ids: tuple[str, ...], when: When, persons: set[str]
    ) -> list[Any]:
        """The dated records an event word or name may mean, near ``when`` and with the people named."""
        index = self.index
        key = (kinds, ids, when.earliest, when.latest)
        near = self.checker._near.get(key)
        if near is None:
            pool: list[Any] = []
            for rid in ids:
                record = index.records.get(rid)
                if isinstance(record, Event):
                    pool.append(record)
                elif index.kinds.get(rid) == "mechanism":
                    pool.extend(index.events_by_mechanism.get(rid, ()))
                elif isinstance(record, Document):
                    pool.extend(
                        _DatedDocument(record, d) for d in (record.signed, record.period) if d is not None
                    )
            for kind in sorted(kinds):  # in a fixed order: a set's order changes with the hash seed
                pool.extend(index.events_by_kind.get(kind, ()))
            near = [c for c in {id(c): c for c in pool}.values() if _gap(when, c.when) <= _EVENT_WINDOW]
            if len(self.checker._near) < 10_000:
                self.checker._near[key] = near
        if persons and kinds:
            people = index.people_of
            near = [c for c in near if not isinstance(c, Event) or not persons.isdisjoint(people[c.id])]
        return near

    def office_title(self, offices: Sequence[Office], lang: str) -> str | None:
        """The canonical form of a title written in ``lang``: the offices held."""
        return _office_title(offices, lang, self.index.role_titles) or None

    def judge_amount(self, amount: Amount) -> _Proto:
        start, end = amount.span
        horizon = amount.horizon.kind if amount.horizon is not None else None
        value = f"{amount.value} {amount.unit}" + (f" {horizon.value}" if horizon else "")
        s, e = self.sentence(start, end)
        folded = _pattern_key(self.text[s:e])
        for metric, words in self.index.metric_words.items():
            if not words.search(folded):
                continue
            if horizon is None and not _TARGET_WORDS.search(self.text, s, e):
                continue
            targets = self.index.targets[metric]
            same = [t for t in targets if t.value == amount.value and t.unit == amount.unit]
            if horizon in (HorizonKind.NEAR_TERM, HorizonKind.LONGER_TERM):
                fitting = [t for t in targets if t.horizon.kind is horizon]
                same = [t for t in same if t.horizon.kind is horizon]
            else:
                fitting = targets
            if same:
                return _Proto(
                    start, end, "amount", Verdict.OK, "figures.target", record=same[0].id, value=value
                )
            if not fitting:
                continue
            target = min(fitting, key=lambda t: (abs((t.value or Decimal(0)) - amount.value), t.id))
            assert target.value is not None
            assert target.unit is not None
            shown = self.checker._render_money(target.value, target.unit, self.lang_at(start, end))
            return _Proto(
                start,
                end,
                "amount",
                Verdict.CONTRADICTION,
                "figures.target",
                record=target.id,
                canonical=shown,
                value=value,
                message=f"the record's {target.horizon.kind.value} target is {target.value} {target.unit} "
                f"({target.id}); the text says {amount.value} {amount.unit}",
                evidence=target.evidence[:3],
            )
        return _Proto(
            start, end, "amount", Verdict.UNKNOWN, "figures.amount", value=value, message="no recorded target"
        )

    def judge_ordinal(self, ordinal: OrdinalMention) -> _Proto:
        start, end = ordinal.span
        value = f"{ordinal.number} {ordinal.noun}"
        rule = _ORDINAL_RULE.get(ordinal.noun, "ordinals.other")
        for s, e, rid in self.within(self.named, max(0, start - 200), end):
            if s <= start and end <= e:
                # the ordinal is part of a recorded name ("the 50th National Day celebration")
                return _Proto(start, end, "ordinal", Verdict.OK, rule, record=rid, value=value)
        if ordinal.noun in ("congress", "term"):
            return self.judge_congress(ordinal, value)
        if ordinal.noun in ("anniversary", "national-day", "years"):
            return self.judge_anniversary(ordinal, value)
        return _Proto(start, end, "ordinal", Verdict.UNKNOWN, "ordinals.other", value=value)

    def countries_near(self, start: int, end: int) -> list[str]:
        """Countries a sentence names (a country, body, place, event, person or adjective), nearest first."""
        s, e = self.sentence(start, end)
        found: list[tuple[int, str]] = []
        for ns, ne, rid in self.within(self.named, s, e):
            country = self.index.country_of.get(rid)
            penalty = 0
            if country is None:
                country, penalty = self.index.person_country.get(rid), 1000  # a person says less than a body
            if country:
                found.append((min(abs(ns - end), abs(start - ne)) + penalty, country))
        for m in _COUNTRY_WORD.finditer(self.text, s, e):
            country = _QUALIFIER_COUNTRY.get(" ".join(m[1].lower().split()))
            if country:
                found.append((min(abs(m.start() - end), abs(start - m.end())), country))
        return list(dict.fromkeys(c for _d, c in sorted(found)))

    def judge_congress(self, ordinal: OrdinalMention, value: str) -> _Proto:
        start, end = ordinal.span
        index = self.index
        parties = [
            index.party_of_country[c] for c in self.countries_near(start, end) if c in index.party_of_country
        ]
        for party in parties:
            event = index.congresses[party].get(ordinal.number)
            if event is not None:
                return _Proto(
                    start, end, "ordinal", Verdict.OK, "ordinals.congress", record=event.id, value=value
                )
        if len(parties) != 1:
            return _Proto(start, end, "ordinal", Verdict.UNKNOWN, "ordinals.congress", value=value)
        party = parties[0]
        day = self.sentence_date(start, end)
        held = [e for e in index.congresses[party].values() if day is None or (e.when.earliest or day) <= day]
        s, e = self.sentence(start, end)
        if not held or _FUTURE.search(self.text, s, e):
            return _Proto(start, end, "ordinal", Verdict.UNKNOWN, "ordinals.congress", value=value)
        latest = max(held, key=lambda x: x.ordinal or 0)
        if ordinal.number <= (latest.ordinal or 0):
            return _Proto(start, end, "ordinal", Verdict.UNKNOWN, "ordinals.congress", value=value)
        name = self.index.records[party].name.preferred("en")
        return _Proto(
            start,
            end,
            "ordinal",
            Verdict.CONTRADICTION,
            "ordinals.congress",
            record=latest.id,
            canonical=_nth(latest.ordinal or 0),
            value=value,
            message=f"the latest congress of the {name} the record has by {day} is the "
            f"{_nth(latest.ordinal or 0)} ({latest.id}, {latest.when})",
            evidence=latest.evidence[:2],
            severity=Severity.WARNING,
        )

    def judge_anniversary(self, ordinal: OrdinalMention, value: str) -> _Proto:
        start, end = ordinal.span
        index = self.index
        foundings = self.foundings_near(ordinal)
        if not foundings:
            return _Proto(start, end, "ordinal", Verdict.UNKNOWN, "ordinals.anniversary", value=value)
        s, e = self.sentence(start, end)
        first, last = bisect.bisect_left(self.date_starts, s), bisect.bisect_left(self.date_starts, e)
        stated = {
            m.when.year for m in self.dates[first:last] if m.when is not None and m.when.year is not None
        }
        stated |= {int(y) for y in _YEAR.findall(self.text, s, e)}
        published = self.published.year if self.published else None
        checked = []
        for fid in foundings:
            founding = index.foundings[fid]
            year = founding.when.year
            if year is None:
                continue
            expected = year + ordinal.number
            checked.append((fid, founding, expected))
            if expected in stated or (
                not stated and published is not None and abs(expected - published) <= 1
            ):
                record = index.anniversaries.get((fid, ordinal.number))
                return _Proto(
                    start, end, "ordinal", Verdict.OK, "ordinals.anniversary",
                    record=record.id if record else fid, value=value,
                )  # fmt: skip
        if not checked:
            return _Proto(start, end, "ordinal", Verdict.UNKNOWN, "ordinals.anniversary", value=value)
        fid, founding, expected = checked[0]
        if stated:
            said = min(stated, key=lambda y: abs(y - expected))
            severity = None
        elif published is not None and expected > published + 1:
            said, severity = published, Severity.WARNING
        else:
            return _Proto(start, end, "ordinal", Verdict.UNKNOWN, "ordinals.anniversary", value=value)
        right = said - (founding.when.year or 0)
        return _Proto(
            start,
            end,
            "ordinal",
            Verdict.CONTRADICTION,
            "ordinals.anniversary",
            record=fid,
            canonical=_nth(right) if right > 0 else None,
            value=value,
            message=f"{founding.name.preferred('en')} is dated {founding.when}, so its "
            f"{_nth(ordinal.number)} {'year' if ordinal.noun == 'years' else 'anniversary'} falls in "
            f"{expected}, not {said}",
            evidence=founding.evidence[:2],
            severity=severity,
        )

    def foundings_near(self, ordinal: OrdinalMention) -> list[str]:
        """The foundings an anniversary counts from: named with it or right after it, else by country."""
        start, end = ordinal.span
        index = self.index
        s, e = self.sentence(start, end)
        for _ns, ne, rid in self.within(self.named, max(s, start - 200), min(e, end + 90)):
            if ne <= start:
                continue
            founding = index.founding_of(rid)
            if founding is not None:
                return [founding]
        if ordinal.noun == "years":
            return []
        countries = self.countries_near(start, end) or list(index.national_day)
        return [index.national_day[c] for c in countries if c in index.national_day]

    # titles ------------------------------------------------------------------------------------
    def titles(self) -> None:
        """Read the chain of titles before each person, and check them against the person's offices."""
        taken: set[int] = set()
        person_at = {s for s, _e, _p in self.persons}
        for s, e, pid in self.persons:
            chain, first = self.chain(self.titled, s)
            if chain:
                taken.update(id(m) for m, _c, _r in chain)
                self.protos.append(self.judge_title(chain, first, e, pid))
        for m in self.roles:
            if id(m) not in taken:
                self.unknown_person(m, person_at)

    def chain(
        self, items: list[tuple[int, int, str, Any]], at: int
    ) -> tuple[list[tuple[_Match, str | None, str]], int]:
        """
        The titles right before ``at`` (a name), nearest first, and where the first of them starts.

        Each is ``(title, country, role id)``.  A title is a role word ("President"),
        or a role word "of" a body or country ("President of Laos"), with
        qualifiers before it ("Lao Party General Secretary"); titles are joined
        by "and", "," or "cum".
        """
        text = self.text
        out: list[tuple[_Match, str | None, str]] = []
        i = bisect.bisect_left(self.starts(items), at) - 1
        pos = confirmed = at
        while i >= 0:
            start, end, kind, item = items[i]
            gap = text[end:pos]
            if kind == "role" and not gap.strip():
                assert item.pat.role is not None
                out.append((item, None, item.pat.role[0]))
                pos, i = start, i - 1
            elif (
                kind == "entity"
                and i > 0
                and items[i - 1][2] == "role"
                and (not gap.strip() or _TAIL.match(gap))
                and (
                    _OF.match(text[items[i - 1][1] : start])
                    # Vietnamese puts the country after the title: "Chủ tịch nước Lào Thongloun"
                    or (self.index.kinds.get(item) == "country" and text[items[i - 1][1] : start] == " ")
                )
            ):
                role = items[i - 1][3]
                out.append((role, self.index.country_of.get(item), self.head_role(role, item)))
                pos, i = items[i - 1][0], i - 2
            else:
                break
            # qualifiers before the title: "Lao", "Party", a body ("Lao Party")
            while True:
                q = self.qualifier(pos)
                if q is not None:
                    country = _QUALIFIER_COUNTRY.get(" ".join(q["q"].lower().split()))
                    if country and out[-1][1] is None:
                        out[-1] = (out[-1][0], country, out[-1][2])
                    pos = q.start()
                    continue
                if (
                    i >= 0
                    and items[i][2] == "entity"
                    and items[i][1] <= pos
                    and not text[items[i][1] : pos].strip()
                ):
                    country = self.index.country_of.get(items[i][3])
                    if country and out[-1][1] is None:
                        out[-1] = (out[-1][0], country, out[-1][2])
                    pos, i = items[i][0], i - 1
                    continue
                while i >= 0 and items[i][1] > pos:  # a body a qualifier cut into
                    pos, i = min(pos, items[i][0]), i - 1
                break
            confirmed = pos
            if i < 0 or not _JOIN.match(text[items[i][1] : pos]):
                break
            pos = items[i][1]
        return out, confirmed if out else at

    def qualifier(self, pos: int) -> re.Match[str] | None:
        """
        The qualifier that ends right before ``pos`` (with the spaces after it), if any.

        The expression is searched only when the word before the spaces ends as one of its
        words does: a search that goes back 40 characters costs more than this look.
        """
        text = self.text
        floor = max(0, pos - 40)
        last = pos - 1
        while last >= floor and text[last].isspace():
            last -= 1
        if last == pos - 1 or last < floor or text[last] not in _QUALIFIER_ENDS:
            return None
        return _QUALIFIER.search(text, floor, pos)

    def head_role(self, role: _Match, entity: str) -> str:
        """The role a title names with the body after it: "Chairman" of an assembly chairs it."""
        assert role.pat.role is not None
        named = role.pat.role[0]
        if named and named != "president":
            return named
        org_kind = self.index.org_kind.get(entity)
        if org_kind in _HEAD_OF_ORG_KIND:
            return _HEAD_OF_ORG_KIND[org_kind]
        if self.index.kinds.get(entity) == "country":
            return "president" if named == "president" else named
        return named

    def judge_title(
        self, chain: list[tuple[_Match, str | None, str]], first: int, end: int, pid: str
    ) -> _Proto:
        """Check each title of a chain against the offices ``pid`` held on the sentence's day."""
        text = self.text
        day = self.sentence_date(first, end)
        titles: list[tuple[str, str | None, bool]] = []
        befores = self.checker._befores
        for m, country, role in reversed(chain):
            before = text[max(0, m.start - 24) : m.start]
            known = befores.get(before)
            if known is None:
                if len(befores) > _CACHE_SIZE:
                    befores.clear()
                # (a deputy's title, a former title): a deputy is not the role
                known = befores[before] = (
                    _NOT_THE_ROLE.search(before) is not None,
                    _FORMER.search(before) is not None,
                )
            if role and not known[0]:
                titles.append((role, country, known[1]))
        judged = self.judged_titles(pid, tuple(titles), day, "en")
        if judged.canonical is not None:
            # the canonical form is written in the sentence's language, which is read only here:
            # most titles are right, and need none
            lang = self.lang_at(first, end)
            if lang != "en":
                judged = self.judged_titles(pid, tuple(titles), day, lang)
        return judged.at(first, end)

    def judged_titles(
        self, pid: str, titles: tuple[tuple[str, str | None, bool], ...], day: date | None, lang: str
    ) -> _Proto:
        """:meth:`judge_titles`, cached by the checker."""
        key = (pid, titles, day, lang)
        judged = self.checker._titles.get(key)
        if judged is None:
            if len(self.checker._titles) > _CACHE_SIZE:
                self.checker._titles.clear()
            judged = self.checker._titles[key] = self.judge_titles(pid, list(titles), day, lang)
        return judged

    def judge_titles(
        self, pid: str, titles: list[tuple[str, str | None, bool]], day: date | None, lang: str
    ) -> _Proto:
        """The verdict on a person's titles on a day: the first contradiction, else unknown, else ok."""
        person = self.index.records.get(pid)
        if not isinstance(person, Person) or not titles:
            return _Proto(0, 0, "title", Verdict.UNKNOWN, "titles.office", record=pid)
        verdicts = [
            self.office(person, role, country, day, former=former, lang=lang)
            for role, country, former in titles
        ]
        for verdict in (Verdict.CONTRADICTION, Verdict.UNKNOWN):
            for proto in verdicts:
                if proto.verdict is verdict:
                    return proto
        roles = ", ".join(dict.fromkeys(role for role, _c, _f in titles))
        return _Proto(0, 0, "title", Verdict.OK, "titles.office", record=pid, value=roles)

    def office(
        self,
        person: Person,
        role: str,
        country: str | None,
        day: date | None,
        *,
        former: bool,
        lang: str,
    ) -> _Proto:
        """The verdict on one title of a person on a day (placed by the caller, with `_Proto.at`)."""
        start = end = 0
        index = self.index
        spells = [o for o in person.offices if o.role == role]
        role_name = index.role_names.get(role, role)
        if country is not None and spells:
            here = [o for o in spells if index.country_of.get(o.organization) == country]
            if not here:
                where = index.country_of.get(spells[0].organization, "?")
                return _Proto(
                    start,
                    end,
                    "title",
                    Verdict.CONTRADICTION,
                    "titles.office",
                    record=person.id,
                    canonical=spells[0].title,
                    value=role,
                    message=f"{person.name.preferred('en')}'s {role_name} office in the record is in "
                    f"{where}, not {country}",
                    evidence=spells[0].evidence[:2],
                )
            spells = here
        if former or day is None:
            if spells:
                return _Proto(start, end, "title", Verdict.OK, "titles.office", record=person.id, value=role)
        elif any(o.held is None or o.held.contains(day) for o in spells) or _bridged(spells, day):
            return _Proto(start, end, "title", Verdict.OK, "titles.office", record=person.id, value=role)
        elif spells:
            when = "; ".join(str(o.held) for o in spells)
            return _Proto(
                start,
                end,
                "title",
                Verdict.CONTRADICTION,
                "titles.office",
                record=person.id,
                canonical=self.office_title(person.offices_on(day), lang),
                value=role,
                message=f"the record shows {person.name.preferred('en')} as {role_name} only {when}, "
                f"not on {day}",
                evidence=tuple(e for o in spells for e in o.evidence[:1]),
                severity=Severity.WARNING,
            )
        if day is not None and not former and self.active(person, day):
            held = person.offices_on(day)
            shown = ", ".join(dict.fromkeys(o.title for o in held)) or "no office"
            return _Proto(
                start,
                end,
                "title",
                Verdict.CONTRADICTION,
                "titles.office",
                record=person.id,
                canonical=self.office_title(held, lang),
                value=role,
                message=f"the record has no {role_name} office for {person.name.preferred('en')}; "
                f"on {day} the record has: {shown}",
                evidence=tuple(e for o in held for e in o.evidence[:1])[:3],
            )
        return _Proto(
            start,
            end,
            "title",
            Verdict.UNKNOWN,
            "titles.office",
            record=person.id,
            value=role,
            message=f"the record has no {role_name} office for {person.name.preferred('en')}",
        )

    def active(self, person: Person, day: date) -> bool:
        """Whether the record knows what ``person`` did around ``day``: a dated office, or an event."""
        if any(o.held is not None and o.held.contains(day) for o in person.offices):
            return True
        return any(abs((d - day).days) <= 366 for d in self.index.active.get(person.id, ()))

    def unknown_person(self, m: _Match, person_at: set[int]) -> None:
        """A title followed by capitalised words no record names: a person the record does not know."""
        text = self.text
        found = _CAPITAL_WORDS.match(text, m.end, min(len(text), m.end + 80))
        if found is None:
            return
        words = []
        for word in found[1].split(" "):
            if not word[:1].isupper() or word in _NOT_A_NAME:
                break
            words.append(word)
        name_start = found.start(1)
        if len(words) < 2 or name_start in person_at:
            return
        name_end = name_start + len(" ".join(words))
        if any(s < name_end and name_start < e for s, e, _r in self.entities) or any(
            r.start < name_end and name_start < r.end for r in self.roles
        ):
            return
        self.protos.append(
            _Proto(
                name_start,
                name_end,
                "person",
                Verdict.UNKNOWN,
                "names.unknown-person",
                message=f"called {m.pat.role[1] if m.pat.role else 'by a title'}, but not in the record",
            )
        )

    # framework -----------------------------------------------------------------------------------
    def framework_lists(self) -> None:
        """A listing of three or more elements that ends with a wording no element has."""
        run: list[tuple[int, int, str]] = []
        text = self.text
        for item in [*self.framework, (len(text) + 1, len(text) + 1, "")]:
            if run and item[2] and _LIST_SEP.fullmatch(text, run[-1][1], item[0]):
                run.append(item)
                continue
            if len({r[2] for r in run}) >= 3:
                self.unknown_element(run[-1][1])
            run = [item] if item[2] else []

    def unknown_element(self, at: int) -> None:
        m = _NEXT_ELEMENT.match(self.text, at)
        if m is None:
            return
        start, end = m.span(1)
        if any(s <= start < e for s, e, _r in self.framework):
            return
        self.protos.append(
            _Proto(
                start,
                end,
                "framework",
                Verdict.UNKNOWN,
                "framework.unknown-wording",
                message="ends a listing of the framework, but no framework element has this wording",
            )
        )

    # errata ----------------------------------------------------------------------------------------
    def apply_errata(self) -> None:
        """Report reproduced slips, and take back the contradictions inside them."""
        if not self.errata:
            return
        self.protos.sort(key=lambda p: p.start)
        starts = [p.start for p in self.protos]
        for start, end, erratum in self.errata:
            proto = _Proto(
                start,
                end,
                "erratum",
                Verdict.VARIANT,
                "errata.reproduced",
                record=erratum.id,
                canonical=erratum.correction,
                value=erratum.says,
                message=f"reproduces a slip of {erratum.source}: {erratum.says!r} "
                f"means {erratum.correction!r}",
                evidence=(erratum.quoted, *erratum.evidence[:2]),
                severity=Severity.INFO,
            )
            proto.erratum = erratum.id
            inside = self.protos[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
            self.protos.append(proto)
            for other in inside:
                if other.verdict is Verdict.CONTRADICTION and other.end <= end:
                    other.verdict = Verdict.VARIANT
                    other.severity = Severity.INFO
                    other.erratum = erratum.id
                    other.message += f" (a recorded erratum, {erratum.id}: {erratum.correction})"


_ORDINAL_RULE: Final = {
    "congress": "ordinals.congress",
    "term": "ordinals.congress",
    "anniversary": "ordinals.anniversary",
    "national-day": "ordinals.anniversary",
    "years": "ordinals.anniversary",
}
#: Dates precise enough to compare with an event: a year or a span of years may mean anything in it.
_EVENT_PRECISIONS: Final = (Precision.DAY, Precision.RANGE, Precision.MONTH)  # a tuple: no enum hashed
_COUNTRY_WORD: Final = re.compile(r"\b(Lao|Laotian|Vietnamese|Việt\s+Nam|Lào)\b")
_LIST_SEP: Final = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|và)\s+|\s*,\s*và\s+")
_NEXT_ELEMENT: Final = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s*và\s+)(strategic\s+[^\W\d_]+|[^\W\d_]+\s+chiến\s+lược)",
    re.IGNORECASE,
)


class _DatedDocument:
    """A document's signing or period as something a date may be compared with."""

    __slots__ = ("date_evidence", "evidence", "id", "title", "when")

    def __init__(self, document: Document, when: When) -> None:
        self.id = document.id
        self.title = document.name.preferred("en")
        self.when = when
        self.evidence = document.evidence
        self.date_evidence = document.evidence

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _DatedDocument) and (self.id, self.when) == (other.id, other.when)

    def __hash__(self) -> int:
        return hash((self.id, self.when))


def _unique(items: Iterable[Any]) -> list[Any]:
    """Mentions by span, each once (windows may overlap)."""
    seen: dict[tuple[int, int], Any] = {}
    for item in items:
        seen.setdefault(item.span, item)
    return [seen[k] for k in sorted(seen)]


def _compatible(stated: When, recorded: When) -> bool:
    """
    Whether a stated date may mean a recorded one.

    A day or range inside the recorded bounds may ("on December 1" for a visit
    of December 1 to 2); so may a month or a year that holds the recorded date
    ("in December 2025"); a range that reaches beyond the recorded one may not.
    """
    if stated.within(recorded):
        return True
    return recorded.within(stated) and stated.precision in (Precision.MONTH, Precision.YEAR, Precision.BOUNDS)


def _length_gap(stated: When, recorded: When) -> int:
    """How different two dates' lengths are, in days (open bounds count as long)."""

    def days(when: When) -> int:
        if when.earliest is None or when.latest is None:
            return 10**6
        return (when.latest - when.earliest).days

    return abs(days(stated) - days(recorded))


def _gap(stated: When, recorded: When) -> int:
    """Days between two dates' bounds (0 when they overlap); open bounds count as far."""
    if stated.overlaps(recorded):
        return 0
    if stated.latest is not None and recorded.earliest is not None and stated.latest < recorded.earliest:
        return (recorded.earliest - stated.latest).days
    if recorded.latest is not None and stated.earliest is not None and recorded.latest < stated.earliest:
        return (stated.earliest - recorded.latest).days
    return 10**6


def _same_year(stated: When, recorded: When) -> bool:
    """Whether a stated year ("by 2045", "early 2026") is a target's: the same year, the same part of it."""

    def year(when: When) -> int | None:
        if when.precision is Precision.BOUNDS:
            return when.latest.year if when.latest is not None else None
        return when.year

    if year(stated) != year(recorded) or year(stated) is None:
        return False
    return stated.qualifier is None or recorded.qualifier is None or stated.qualifier == recorded.qualifier


def _bridged(spells: Sequence[Office], day: date) -> bool:
    """Whether ``day`` falls between two spells of the same office (a re-election the sources skip)."""
    before = any(o.held is not None and o.held.latest is not None and o.held.latest < day for o in spells)
    after = any(o.held is not None and o.held.earliest is not None and o.held.earliest > day for o in spells)
    return before and after


def _preferred(record: Any, lang: str) -> str:
    """A record's preferred name in ``lang`` (English if it has none), for records with or without a label."""
    names = getattr(record, "names", ())
    for wanted in (lang, "en"):
        for name in names:
            if name.kind is NameKind.PREFERRED and name.lang == wanted:
                return str(name.text)
    return str(getattr(record, "title", None) or (names[0].text if names else record.id))


def _office_title(offices: Sequence[Office], lang: str, role_titles: Mapping[tuple[str, str], str]) -> str:
    """
    The titles of offices, as the canonical form of a title written in ``lang``.

    In English, each office's own title, joined by "and"; in Vietnamese or Lao,
    the role's title in that language, joined by commas as those languages list
    titles ("Tổng Bí thư, Chủ tịch nước"), or the English titles when a role has none.
    """
    if lang != "en" and offices and all((o.role, lang) in role_titles for o in offices):
        return ", ".join(dict.fromkeys(role_titles[o.role, lang] for o in offices))
    return " and ".join(dict.fromkeys(o.title for o in offices))


def _nth(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# =========================================================================== reading files
#: Characters a chunk owns (findings that start in it); a chunk holds up to twice the overlap more.
_CHUNK: Final = 1 << 20
#: Characters of context either side of a chunk, so a span across a cut is seen whole.
_OVERLAP: Final = 2048
#: Bytes read at a time.
_BLOCK: Final = 1 << 20


class _Piece:
    """A chunk of text: where it starts, the part it owns, and the line and column it starts at."""

    __slots__ = ("column", "line", "own_end", "own_start", "start", "text")

    def __init__(self, text: str, start: int, *, own: tuple[int, int], line: int, column: int) -> None:
        own_start, own_end = own
        self.text = text
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


def _decode(stream: BinaryIO, name: str, progress: Callable[[int], None] | None) -> Iterator[str]:
    """Decode a byte stream as UTF-8 (a leading byte order mark dropped), refusing binary data."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
    offset = 0  # bytes read before this block
    lines = 1  # lines begun before this block
    while True:
        block = stream.read(_BLOCK)
        nul = block.find(b"\0")
        if nul >= 0:
            msg = f"binary file (a NUL byte at byte offset {offset + nul}), not text"
            raise InputError(name, msg)
        pending = len(decoder.getstate()[0])
        try:
            text = decoder.decode(block, final=not block)
        except UnicodeDecodeError as error:
            data = error.object
            at = offset - pending + error.start
            line = lines + data.count(b"\n", pending, max(pending, error.start))
            shown = (
                f"byte 0x{data[error.start]:02x}" if error.start < len(data) else "an incomplete character"
            )
            msg = (
                f"not UTF-8: invalid {shown} at byte offset {at} (line {line}); "
                "convert the file to UTF-8 (for example with iconv) and check it again"
            )
            raise InputError(name, msg) from None
        lines += block.count(b"\n")
        offset += len(block)
        if progress is not None and block:
            progress(len(block))
        if text:
            yield text
        if not block:
            return


# =========================================================================== the checker
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
        self._outcomes: dict[tuple[int, str, str], _NameOutcome] = {}
        self._plain: dict[str, list[_NameOutcome | None]] = {}  # by language, the outcome of each key
        self._exact: dict[tuple[int, str], bool] = {}
        self._near: dict[tuple[Any, ...], list[Any]] = {}
        self._titles: dict[tuple[Any, ...], _Proto] = {}
        self._befores: dict[str, tuple[bool, bool]] = {}  # what the words before a title say of it
        self._severities: dict[tuple[str, int, int], Severity | None] = {}
        self._prefer = self._preferences(self.config)

    def _preferences(self, config: CheckConfig) -> dict[tuple[str, str], Name]:

        out: dict[tuple[str, str], Name] = {}
        problems = []
        for wording in config.prefer:
            key = _pattern_key(wording)
            found = {}
            for p in self._index.pats:
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

    # judging names -------------------------------------------------------------------------------
    def _outcome(self, p: _Pat, written: str, lang: str) -> _NameOutcome:
        """What a name means (cached per key, language, and for one-word names, spelling)."""
        key = (id(p), written, lang)
        outcome = self._outcomes.get(key)
        if outcome is None:
            names = p.names
            if written:
                names = [n for n in names if _exact_ok(written, n[2].text)] or names
            outcome = self._outcomes[key] = self._judge_name(names, lang)
            outcome.level = self._severity(outcome.rule, outcome.verdict, None)
        return outcome

    def _judge_name(self, names: Sequence[tuple[str, str, Name]], lang: str) -> _NameOutcome:
        best = min((_NAME_RANK.get(k, 1) for _r, k, _n in names), default=1)
        chosen = [(r, k, n) for r, k, n in names if _NAME_RANK.get(k, 1) == best]
        ids = list(dict.fromkeys(r for r, _k, _n in chosen))
        kind = chosen[0][1]
        shown = _KIND_OF_FINDING.get(kind, kind)
        if len(ids) > 1:
            return _NameOutcome(
                shown,
                None,
                Verdict.UNKNOWN,
                "names.ambiguous",
                message=f"a name of {', '.join(ids)}",
            )
        rid = ids[0]
        name = next(n for r, _k, n in chosen if r == rid)
        record = self._index.records[rid]
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
                message=f"the house style prefers {preferred.text!r} for {rid}",
                evidence=preferred.evidence[:2],
            )
        rule = "framework.wording" if isinstance(record, FrameworkElement) else "names.recorded"
        if name.kind is NameKind.MISSPELLING or (
            isinstance(record, FrameworkElement) and name.kind is not NameKind.PREFERRED
        ):
            canonical = _preferred(record, name.lang)
            what = (
                "a translation variant" if isinstance(record, FrameworkElement) else "a recorded misspelling"
            )
            canonical_names = [n for n in record.names if n.text == canonical]
            return _NameOutcome(
                shown,
                rid,
                Verdict.VARIANT,
                rule,
                canonical=canonical,
                message=f"{what} of {rid}; the recorded wording is {canonical!r}",
                evidence=(*name.evidence[:1], *(canonical_names[0].evidence[:2] if canonical_names else ())),
            )
        return _NameOutcome(shown, rid, Verdict.OK, rule)

    # rendering -------------------------------------------------------------------------------------
    @staticmethod
    @functools.lru_cache(maxsize=1024)
    def _render_when(when: When, lang: str) -> str:
        """A recorded date as a reader of ``lang`` writes it, with plain spaces."""

        return render(when, lang).replace("\u202f", " ").replace("\u2009", " ").replace("\xa0", " ")

    @staticmethod
    @functools.lru_cache(maxsize=256)
    def _render_money(value: Decimal, unit: str, lang: str) -> str:
        """A recorded amount as a reader of ``lang`` writes it, with plain spaces."""

        return format_money(value, unit, lang).replace("\xa0", " ")

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

    def _stream(
        self,
        parts: Iterable[str],
        *,
        published: date | None,
        lang: str | None,
        stats: dict[str, Any],
        verdicts: Iterable[Verdict] | None = None,
    ) -> Iterator[TextFinding]:
        """
        Check a stream of text; yield the findings of ``verdicts`` (default: all).

        ``stats`` gets ``characters``, ``lines``, ``lang``, ``published`` and
        ``counts`` (findings of each verdict, yielded or not).
        """
        wanted = frozenset(Verdict if verdicts is None else verdicts)
        counts = [0, 0, 0, 0]
        stats.update(characters=0, lines=1, lang=lang, published=published)
        text = ""
        for piece in _pieces_of(parts):
            text = piece.text
            if stats["lang"] is None:
                stats["lang"] = _detect_lang(text)
            dateline = None
            if piece.start == 0:
                found = _dateline(text, published)
                if found is not None:
                    dateline = found[0]
                    published = published or found[1]
                    stats["published"] = published
            chunk = _Chunk(self, text, published, stats["lang"], dateline)
            yield from self._findings(chunk, piece, counts, wanted)
            own = (piece.own_start - piece.start, piece.own_end - piece.start)
            stats["characters"] += own[1] - own[0]
            stats["lines"] += text.count("\n", *own)
        if stats["characters"] and text.endswith("\n"):
            stats["lines"] -= 1
        stats["counts"] = {v.value: counts[_VERDICT_INDEX[v]] for v in Verdict}

    @staticmethod
    def _names(
        hits: list[tuple[int, int, _NameOutcome]],
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
        first = bisect.bisect_left(hits, own_lo, key=itemgetter(0))
        owned = hits[first : bisect.bisect_left(hits, own_hi, first, key=itemgetter(0))]
        shown = set()
        for outcome, n in Counter(map(itemgetter(2), owned)).items():
            if outcome.level is not None:
                counts[outcome.index] += n
                if outcome.wanted(wanted):
                    shown.add(outcome)
        return [h for h in owned if h[2] in shown] if shown else []

    def _findings(
        self, chunk: _Chunk, piece: _Piece, counts: list[int], wanted: frozenset[Verdict]
    ) -> Iterator[TextFinding]:
        """Run a chunk's checks and turn what it found in its own part into findings, in order."""
        chunk.run()
        text = piece.text
        base = piece.start
        own_lo, own_hi = piece.own_start - base, piece.own_end - base
        # by start, the longest first, then by kind: three stable sorts, each with a key made in C
        protos = [p for p in chunk.protos if own_lo <= p.start < own_hi]
        protos.sort(key=attrgetter("kind"))
        protos.sort(key=attrgetter("end"), reverse=True)
        protos.sort(key=attrgetter("start"))
        protos.append(_Proto(len(text) + 1, len(text) + 1, "", Verdict.OK, ""))  # a sentinel
        hits = self._names(chunk.hits, own_lo, own_hi, counts, wanted)
        hits.append((len(text) + 1, len(text) + 1, _SENTINEL))
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
                        self._severity(proto.rule, proto.verdict, proto.severity),
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
                yield TextFinding(
                    kind=proto.kind,
                    verdict=proto.verdict,
                    severity=level,
                    rule=proto.rule,
                    span=(base + start, base + end),
                    line=line,
                    column=start - line_start + 1,
                    text=text[start:end],
                    record=proto.record,
                    canonical=proto.canonical,
                    value=proto.value,
                    message=proto.message,
                    evidence=proto.evidence,
                    erratum=proto.erratum,
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
            yield TextFinding(
                kind=o.kind,
                verdict=o.verdict,
                severity=o.level,
                rule=o.rule,
                span=(base + start, base + end),
                line=line,
                column=start - line_start + 1,
                text=text[start:end],
                record=o.record,
                canonical=o.canonical,
                message=o.message,
                evidence=o.evidence,
            )

    def check_text(
        self, text: str, *, published: date | None = None, lang: str | None = None, path: str | None = None
    ) -> TextReport:
        """Check a text in memory; see :func:`check_text`."""
        lang = _check_lang(lang)
        stats: dict[str, Any] = {}
        parts = (text[i : i + _CHUNK] for i in range(0, len(text), _CHUNK))
        findings = tuple(self._stream(parts, published=published, lang=lang, stats=stats))
        return TextReport(
            findings=findings,
            path=path,
            lang=stats["lang"] or lang or "en",
            published=stats.get("published", published),
            characters=stats["characters"],
            lines=stats["lines"] if text else 0,
        )

    def _open(self, path: str | os.PathLike[str]) -> tuple[str, BinaryIO]:
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

    def stream_file(
        self,
        path: str | os.PathLike[str],
        *,
        published: date | None = None,
        lang: str | None = None,
        progress: Callable[[int], None] | None = None,
        stats: dict[str, Any] | None = None,
        verdicts: Iterable[Verdict] | None = None,
    ) -> Iterator[TextFinding]:
        """
        The findings of a file, as it is read, without holding the file or its findings.

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
        name, handle = self._open(path)
        stats = {} if stats is None else stats
        try:
            parts = _decode(handle, name, progress)
            yield from self._stream(parts, published=published, lang=lang, stats=stats, verdicts=verdicts)
        finally:
            if handle is not sys.stdin.buffer:
                handle.close()
        if not stats.get("characters"):
            raise InputError(name, "empty file: nothing to check")

    def check_file(
        self, path: str | os.PathLike[str], *, published: date | None = None, lang: str | None = None
    ) -> TextReport:
        """Check one file; see :func:`check_file`."""
        stats: dict[str, Any] = {}
        findings = tuple(self.stream_file(path, published=published, lang=lang, stats=stats))
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
        published: date | None = None,
        lang: str | None = None,
    ) -> RunReport:
        """Check several files; see :func:`check_files`."""
        reports = []
        with _fewer_collections():
            for path in paths:
                try:
                    reports.append(self.check_file(path, published=published, lang=lang))
                except InputError as error:
                    reports.append(TextReport(path=os.fspath(path), error=error.reason, published=published))
        return RunReport(reports=reports, fail_on=self.config.fail_on)


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """
    Collect the garbage collector's young generation less often while a batch runs.

    A check makes many short-lived objects and keeps many findings, none in a
    cycle: with the default thresholds, the collector walks the findings kept
    again and again.  The thresholds are restored afterwards.
    """
    import gc

    threshold = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


#: A date line with a label: "Published: December 3, 2025", "Ngày đăng: 03/12/2025".
_DATELINE_LABEL: Final = re.compile(
    r"[ \t]*(?:date|dated|published|posted|updated|ngày\s+đăng|đăng\s+ngày)(?:\s+on)?[ \t]*:?[ \t]+",
    re.IGNORECASE,
)
#: The place of a news date line: one to four words, each capitalized, then a comma ("HANOI, ", "Hà Nội, ").
_DATELINE_PLACE: Final = re.compile(r"[ \t]*((?:[^\W\d_][\w.'’-]*[ \t]+){0,3}[^\W\d_][\w.'’-]*)[ \t]*,[ \t]*")
#: What ends a news date line: an agency in brackets, then a dash or a colon ("Dec. 3 (VNA) –").
_DATELINE_END: Final = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-–—:]")
#: What may follow the date of a page's header on its line: a time and a time zone
#: ("Thứ Hai, 26/01/2026, 14:30 (GMT+7)", "December 3, 2025 | 10:15 AM").
_DATELINE_REST: Final = re.compile(
    r"[\s,|·–—-]*(?:\d{1,2}[:h]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)?[\s,|·]*(?:\(?(?:GMT|UTC|ICT)\s?(?:[+−-]\s?\d{1,2})?\)?)?\s*"
)
_BLANKS: Final = re.compile(r"[ \t]*")
#: How far into a text a date line is looked for: a headline and a byline may come first.
_DATELINE_REACH: Final = 1000


def _dateline(text: str, published: date | None = None) -> tuple[tuple[int, int], date | None] | None:
    """
    The date line near the top of a text, if any: its date's span and day.

    Three kinds are read, each at the start of a line in the first
    :data:`_DATELINE_REACH` characters: a labelled one ("Published: December
    3, 2025"), a news agency's ("HANOI, Dec. 3 (VNA) –", "Vientiane,
    February 6 -", "Hà Nội, ngày 3/12/2025 –"), and a page's header, a line
    with only a date and a time ("Thứ Hai, 26/01/2026, 14:30 (GMT+7)").  A
    date line without a year takes it from ``published``; without that, its
    day is ``None``.

    >>> _dateline("Laos and Viet Nam\\nHANOI, Dec. 3, 2025 (VNA) – Talks were held.")
    ((25, 37), datetime.date(2025, 12, 3))
    >>> _dateline("Vientiane, February 6 - Talks.", date(2026, 2, 6))
    ((11, 21), datetime.date(2026, 2, 6))
    >>> _dateline("Thứ Hai, 26/01/2026, 14:30 (GMT+7)\\nTổng Bí thư Tô Lâm hội đàm")
    ((0, 19), datetime.date(2026, 1, 26))
    >>> _dateline("In Vientiane, on December 2, talks were held.") is None
    True
    >>> _dateline("December 2, 2025 was the day of the meeting.") is None
    True
    """
    at = 0
    while at < min(len(text), _DATELINE_REACH):
        end_of_line = text.find("\n", at)
        end_of_line = len(text) if end_of_line < 0 else end_of_line
        found = None
        label = _DATELINE_LABEL.match(text, at, end_of_line)
        if label is not None:
            found = _day_at(text, label.end(), end_of_line, published, news=False)
        else:
            place = _DATELINE_PLACE.match(text, at, end_of_line)
            if place is not None and all(word[0].isupper() for word in place.group(1).split()):
                found = _day_at(text, place.end(), end_of_line, published, news=True)
            if found is None:  # a page's header: a date with its year, and at most a time after it
                lead = _BLANKS.match(text, at, end_of_line)
                assert lead is not None  # "[ \t]*" matches anywhere
                found = _day_at(text, lead.end(), end_of_line, published, news=False)
                if found is not None and (
                    found[1] is None or _DATELINE_REST.fullmatch(text, found[0][1], end_of_line) is None
                ):
                    found = None
        if found is not None:
            return found
        at = end_of_line + 1
    return None


def _day_at(
    text: str, start: int, stop: int, published: date | None, *, news: bool
) -> tuple[tuple[int, int], date | None] | None:
    """A day written at ``text[start]`` (for a news date line, followed by its end), with its span."""

    found = parse_dates(text[start : min(stop, start + 48)], published=published)
    if not found or found[0].span[0] != 0:
        return None
    mention = found[0]
    end = start + mention.span[1]
    if mention.when is None:
        if not (news and mention.needs_year):
            return None
        day = None
    elif mention.when.precision is Precision.DAY and mention.when.earliest is not None:
        day = mention.when.earliest
    else:
        return None
    if news and _DATELINE_END.match(text, end, stop) is None:
        return None
    return (start, end), day


_LETTERS: Final = re.compile(r"[^\W\d_]+")
_LAO_LETTER: Final = re.compile("[\u0e80-\u0eff]")
_VIETNAMESE_LETTER: Final = re.compile(
    "[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE
)


#: Short words frequent in English and never part of a Vietnamese or Lao name.
_ENGLISH_WORDS: Final = re.compile(
    r"(?<![^\W\d_])(?:the|and|of|to|in|with|on|for|that|was|were|is|are|by|at|as|from|its|their)(?![^\W\d_])",
    re.IGNORECASE,
)
#: Short words frequent in Vietnamese and never part of an English text or a person's name.
_VIETNAMESE_WORDS: Final = re.compile(
    r"(?<![^\W\d_])(?:và|của|các|những|với|trong|là|được|đã|cho|có|này|một|về|tại|đến|ngày|tháng|năm)(?![^\W\d_])",
    re.IGNORECASE,
)


def _short_words(text: str) -> tuple[int, int]:
    """How many of the commonest short English words, and of the Vietnamese ones, ``text`` has."""
    return len(_ENGLISH_WORDS.findall(text)), len(_VIETNAMESE_WORDS.findall(text))


def _detect_lang(text: str) -> str:
    """
    The language of a text: ``lo`` for Lao script; else ``en`` or ``vi`` by its commonest short words.

    A text with too few of them (a headline, a list of names) is ``vi`` when
    more than 3% of its letters are Vietnamese ones.  Names written with
    Vietnamese letters do not make an English text Vietnamese.

    >>> _detect_lang("General Secretary Tô Lâm met Thongloun Sisoulith in Vientiane on Tuesday.")
    'en'
    >>> _detect_lang("Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.")
    'vi'
    """
    sample = text[:8000]
    letters = sum(map(len, _LETTERS.findall(sample))) or 1  # counted by runs: fewer strings made
    if len(_LAO_LETTER.findall(sample)) / letters > 0.3:
        return "lo"
    english, vietnamese = _short_words(sample)
    if english + vietnamese >= 2:
        return "vi" if vietnamese > english else "en"
    return "vi" if len(_VIETNAMESE_LETTER.findall(sample)) / letters > 0.03 else "en"


@functools.lru_cache(maxsize=4096)
def _sentence_lang(sentence: str, default: str) -> str:
    """
    The language of one sentence when its words make it plain, else ``default``.

    >>> _sentence_lang("Tô Lâm nói: kim ngạch thương mại của hai nước đã tăng.", "en")
    'vi'
    >>> _sentence_lang("Tô Lâm and Thongloun Sisoulith held talks.", "vi")
    'en'
    >>> _sentence_lang("Tô Lâm, Thongloun Sisoulith.", "en")
    'en'
    """
    if _LAO_LETTER.search(sentence) and len(_LAO_LETTER.findall(sentence)) * 3 > len(sentence):
        return "lo"
    english, vietnamese = _short_words(sentence)
    if vietnamese >= 1 and vietnamese > 2 * english:
        return "vi"
    if english >= 1 and english > 2 * vietnamese:
        return "en"
    return default


def _check_lang(lang: str | None) -> str | None:
    if lang is not None and lang not in ("en", "vi", "lo"):
        msg = f"unknown text language {lang!r}; expected 'en', 'vi' or 'lo' (or None to detect it)"
        raise ValueError(msg)
    return lang


# =========================================================================== the functions
@functools.lru_cache(maxsize=8)
def _checker(dataset_id: int, config: CheckConfig | None) -> Checker:

    del dataset_id
    return Checker(dataset=bundled(), config=config)


def _checker_for(dataset: Dataset | None, config: CheckConfig | None) -> Checker:
    if dataset is None:
        return _checker(id(bundled()), config)
    return Checker(dataset=dataset, config=config)


def check_text(
    text: str,
    *,
    published: date | None = None,
    lang: str | None = None,
    dataset: Dataset | None = None,
    config: CheckConfig | None = None,
) -> TextReport:
    """
    Find what a text says about Vietnam and Laos, and compare it with the record.

    Args:
        text: any text, English or Vietnamese (names in Lao script are found too).
        published: the day the text was published, to read "on Monday" and
            dates without a year, and to know which offices people held.
        lang: ``"en"``, ``"vi"`` or ``"lo"``; detected when ``None``.  Canonical
            wordings are given in this language.
        dataset: the dataset to compare with (default: the bundled one).
        config: house style: preferred wordings, rules to ignore, severities.

    Returns:
        A :class:`TextReport` with every finding in order of position.

    Raises:
        ConfigError: ``config`` prefers a wording that is no recorded name.
        ValueError: ``lang`` is not a supported language.

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

    .. versionadded:: 0.1
    """
    return _checker_for(dataset, config).check_text(text, published=published, lang=lang)


def check_file(
    path: str | os.PathLike[str],
    *,
    published: date | None = None,
    lang: str | None = None,
    dataset: Dataset | None = None,
    config: CheckConfig | None = None,
) -> TextReport:
    """
    Check a UTF-8 text file of any size, read in chunks.

    Args:
        path: the file (``"-"`` for standard input).
        published: as for :func:`check_text`.
        lang: as for :func:`check_text`.
        dataset: as for :func:`check_text`.
        config: as for :func:`check_text`.

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
    """
    return _checker_for(dataset, config).check_file(path, published=published, lang=lang)


def check_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: date | None = None,
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

# SPDX-License-Identifier: MIT
"""
Accuracy of ``vnla check`` on labelled text it was not tuned to: ``python benchmarks/eval_accuracy.py``.

Reads every corpus under ``tests/fixtures/eval/`` (a folder with ``labels.toml`` and its texts; the
label format and vocabulary are documented at the top of each ``labels.toml``), checks each text
once with one :class:`vnla.checker.Checker`, and prints, per corpus, language and kind of fact:

* recall of labelled items: an item is *found* when the checker emits a finding of a matching kind
  whose span overlaps the labelled words (``amount`` findings count as ``figure``: KIND_ALIASES);
* verdict accuracy among found items (the verdict expected, or one the label accepts);
* contradictions: how many labelled contradictions (planted mistakes) were caught, their recall, and
  the precision of the contradictions the checker reported; a contradiction on a labelled clean
  item or on words nobody labelled is a false contradiction;

then the false contradictions and the missed planted mistakes (file and words), an expected x
predicted verdict table per corpus, the command line and the totals.

Options: ``--corpus NAME[,NAME]`` (default: all), ``--json`` (machine-readable output), and
``--gate KIND[:LANG][,...]``, which exits 1 when, for those kinds (in that language), a labelled
contradiction is missed or any contradiction is false, so CI can gate kinds as readers land.
Labels that do not match their texts exit 2 with a message naming the file and the item.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import sys
import time
import tomllib
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

try:
    import vnla
except ImportError:  # running from a checkout that is not installed
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    import vnla

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "eval"

VERDICTS = ("ok", "variant", "contradiction", "unknown")
LANGS = ("en", "vi", "lo")
#: The finding kinds the checker emits (vnla.checker.TextFinding.kind), plus "figure", the kind
#: of every figure the figures reader of issue 13 reads.
KINDS = (
    "person",
    "organization",
    "place",
    "country",
    "project",
    "document",
    "mechanism",
    "event",
    "founding",
    "framework",
    "title",
    "date",
    "ordinal",
    "erratum",
    "figure",
)
#: A finding of the key kind is scored as the value kind: today's checker calls a sum of money an
#: "amount", and the figures reader may give percentages and ratios kinds of their own.
KIND_ALIASES = {"amount": "figure", "percentage": "figure", "change": "figure", "ratio": "figure"}
FIGURE_KINDS = ("actual", "target", "forecast", "change", "ratio")
#: The record's metric terms (vnla.model.figures.Metric and the growth target's metric).
FIGURE_METRICS = (
    "bilateral-trade-turnover",
    "exports-vn-to-la",
    "exports-la-to-vn",
    "trade-surplus-la",
    "trade-surplus-vn",
    "investment-vn-in-la-capital",
    "investment-vn-in-la-projects",
    "bilateral-trade-growth",
)
#: The record's horizon kinds of a target ("by-date" with its year: "by-date:2020").
HORIZONS = ("near-term", "longer-term", "soon", "unspecified", "by-date")
SPACINGS = ("spaced", "unspaced")
#: When several findings of a kind overlap one item, the item gets the first of these that they
#: give: a contradiction is what a reader sees first.
_SEVERITY = ("contradiction", "variant", "unknown", "ok")
MISSING = "missing"


class LabelError(ValueError):
    """A labels.toml that does not match its texts; the message names the file and the item."""


# ------------------------------------------------------------------------------------------ labels
@dataclass(frozen=True)
class Item:
    """One labelled span of a text."""

    corpus: str
    file: str
    lang: str
    kind: str
    text: str
    start: int
    end: int
    expected: str
    accept: tuple[str, ...] = ()
    occurrence: int = 1
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def allowed(self) -> frozenset[str]:
        """The verdicts that are right for this item."""
        return frozenset((self.expected, *self.accept))

    @property
    def planted(self) -> bool:
        """A planted mistake: the checker must call it a contradiction."""
        return self.expected == "contradiction"


@dataclass(frozen=True)
class Text:
    """One labelled text of a corpus."""

    corpus: str
    file: str
    path: Path
    published: date
    lang: str
    form: str
    content: str
    items: tuple[Item, ...]
    spacing: str | None = None


@dataclass(frozen=True)
class Finding:
    """What the checker said, reduced to what scoring needs."""

    kind: str
    verdict: str
    start: int
    end: int
    text: str
    rule: str = ""
    message: str = ""


def _require(entry: dict[str, Any], key: str, where: str) -> Any:
    if key not in entry:
        msg = f"{where}: missing {key!r}"
        raise LabelError(msg)
    return entry[key]


def _nth(content: str, words: str, n: int, where: str) -> int:
    start = -1
    for _ in range(n):
        start = content.find(words, start + 1)
        if start < 0:
            found = content.count(words)
            msg = f"{where}: {words!r} occurs {found} time(s) in the text, not {n}"
            raise LabelError(msg)
    return start


def _item(corpus: str, entry: dict[str, Any], raw: dict[str, Any], content: str, where: str) -> Item:
    kind = _require(raw, "kind", where)
    words = _require(raw, "text", where)
    expected = _require(raw, "expected", where)
    accept = tuple(raw.get("accept", ()))
    occurrence = raw.get("occurrence", 1)
    where = f"{where} ({kind} {words!r})"
    if kind not in KINDS:
        msg = f"{where}: unknown kind {kind!r}; expected one of {', '.join(KINDS)}"
        raise LabelError(msg)
    for verdict in (expected, *accept):
        if verdict not in VERDICTS:
            msg = f"{where}: unknown verdict {verdict!r}; expected one of {', '.join(VERDICTS)}"
            raise LabelError(msg)
    if "contradiction" in (expected, *accept) and len({expected, *accept}) > 1:
        msg = f"{where}: an item is a planted mistake or not: 'contradiction' cannot be mixed with {accept}"
        raise LabelError(msg)
    if not isinstance(occurrence, int) or occurrence < 1:
        msg = f"{where}: occurrence must be a positive integer, not {occurrence!r}"
        raise LabelError(msg)
    if "occurrence" not in raw and content.count(words) > 1:
        msg = f"{where}: the words occur {content.count(words)} times; say which with occurrence = N"
        raise LabelError(msg)
    if kind == "figure" and raw.get("figure_kind") not in FIGURE_KINDS:
        msg = f"{where}: figure_kind {raw.get('figure_kind')!r} is not one of {', '.join(FIGURE_KINDS)}"
        raise LabelError(msg)
    start = _nth(content, words, occurrence, where)
    known = {"kind", "text", "expected", "accept", "occurrence"}
    return Item(
        corpus=corpus,
        file=entry["file"],
        lang=entry["lang"],
        kind=kind,
        text=words,
        start=start,
        end=start + len(words),
        expected=expected,
        accept=accept,
        occurrence=occurrence,
        extra={k: v for k, v in raw.items() if k not in known},
    )


def _text(corpus: str, folder: Path, entry: dict[str, Any], where: str) -> Text:
    name = _require(entry, "file", where)
    where = f"{where} ({name})"
    published = _require(entry, "published", where)
    if not isinstance(published, date):
        msg = f"{where}: published must be a TOML date (2025-12-02), not {published!r}"
        raise LabelError(msg)
    lang = _require(entry, "lang", where)
    if lang not in LANGS:
        msg = f"{where}: lang {lang!r} is not one of {', '.join(LANGS)}"
        raise LabelError(msg)
    spacing = entry.get("spacing")
    if spacing is not None and spacing not in SPACINGS:
        msg = f"{where}: spacing {spacing!r} is not one of {', '.join(SPACINGS)}"
        raise LabelError(msg)
    path = folder / name
    if not path.is_file():
        msg = f"{where}: no such file {path}"
        raise LabelError(msg)
    content = path.read_text(encoding="utf-8")
    raws = _require(entry, "items", where)
    items = tuple(_item(corpus, entry, raw, content, f"{where} item {i + 1}") for i, raw in enumerate(raws))
    return Text(
        corpus=corpus,
        file=name,
        path=path,
        published=published,
        lang=lang,
        form=entry.get("form", ""),
        content=content,
        items=items,
        spacing=spacing,
    )


def load_corpus(folder: Path) -> list[Text]:
    """
    The labelled texts of one corpus folder, each item with its span resolved.

    Raises:
        LabelError: the labels do not parse or do not match the texts (file and item named).
    """
    labels = folder / "labels.toml"
    try:
        data = tomllib.loads(labels.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        msg = f"{labels}: {error}"
        raise LabelError(msg) from error
    corpus = data.get("corpus", folder.name)
    entries = data.get("texts", [])
    if not entries:
        msg = f"{labels}: no [[texts]]"
        raise LabelError(msg)
    texts = [_text(corpus, folder, entry, f"{labels} text {i + 1}") for i, entry in enumerate(entries)]
    names = Counter(t.file for t in texts)
    if twice := [name for name, n in names.items() if n > 1]:
        msg = f"{labels}: listed more than once: {', '.join(twice)}"
        raise LabelError(msg)
    return texts


def corpora(root: Path = ROOT, names: Iterable[str] | None = None) -> dict[str, list[Text]]:
    """Every corpus under ``root`` (or those named), by name."""
    folders = sorted(p.parent for p in root.glob("*/labels.toml"))
    wanted = set(names) if names else None
    if wanted is not None and (unknown := wanted - {f.name for f in folders}):
        msg = (
            f"{root}: no corpus {', '.join(sorted(unknown))}; there are {', '.join(f.name for f in folders)}"
        )
        raise LabelError(msg)
    return {f.name: load_corpus(f) for f in folders if wanted is None or f.name in wanted}


# ------------------------------------------------------------------------------------------ scoring
def _kind(kind: str) -> str:
    return KIND_ALIASES.get(kind, kind)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _of_item(finding: Finding, item: Item) -> bool:
    """
    Whether a finding judges a labelled item: of its kind, on words that overlap it; or a title
    said of a name of a list ("Prime Ministers A and B": B's title), on the name alone, which
    judges the item of that name; or a title's contradiction whose words hold a name the labels
    give as the slip (the wrong person named in an office: "President Vo Van Thuong welcomed
    ..." in September 2024), which judges the pairing of the two, and so that name's item; or the
    contradiction of a span of years said of the title right before it, which the labels give as
    the slip (see :func:`_through_term`); or the contradiction of a numbered event's number, in
    the words of an event the labels give as the slip (see :func:`_through_number`); or an
    erratum's contradiction on the words of an item of another kind the labels give as the slip
    (see :func:`_through_erratum`); or a title's or a count's contradiction judged at the year of
    a date next to it that the labels give as the slip (see :func:`_through_date`).
    """
    if _kind(finding.kind) == item.kind:
        return _overlaps(finding.start, finding.end, item.start, item.end)
    if (
        _through_term(finding, item)
        or _through_number(finding, item)
        or _through_erratum(finding, item)
        or _through_date(finding, item)
    ):
        return True
    return (
        finding.kind == "title"
        and item.kind == "person"
        and ((finding.start, finding.end) == (item.start, item.end) or _through_title(finding, item))
    )


def _through_title(finding: Finding, item: Item) -> bool:
    """
    Whether a title's contradiction holds, in its words, a name the labels give as the slip
    (counted so since 5 December 2026; before, such a contradiction was scored against the
    title's own item only, and the report still prints the totals counted that way).
    """
    return (
        finding.kind == "title"
        and finding.verdict == "contradiction"
        and item.kind == "person"
        and item.expected == "contradiction"
        and finding.start <= item.start
        and item.end <= finding.end
        and (finding.start, finding.end) != (item.start, item.end)
    )


#: The most characters between a title and the span of years said of it (the checker's reach).
_TERM_REACH = 48


def _through_term(finding: Finding, item: Item) -> bool:
    """
    Whether a span of years said of an office is wrong (the rule ``dates.term``: "Kaysone
    Phomvihane served as Lao President from 1975 to 1991") right after a title the labels give
    as the slip: the contradiction judges the pairing of title and years, and so the title's item
    (counted so since 5 December 2026; the report's totals counted as before leave it out).
    """
    return (
        finding.rule == "dates.term"
        and finding.verdict == "contradiction"
        and item.kind == "title"
        and item.expected == "contradiction"
        and 0 <= finding.start - item.end <= _TERM_REACH
    )


def _through_number(finding: Finding, item: Item) -> bool:
    """
    Whether the contradiction of an ordinal lies in the words of an event the labels give as the
    slip ("Kỳ họp lần thứ 47", the 48th met that day): the number is the event's, and the ordinals
    judge judges it (counted so since 6 December 2026; the report's totals counted as before
    leave it out).
    """
    return (
        finding.kind == "ordinal"
        and finding.verdict == "contradiction"
        and item.kind == "event"
        and item.expected == "contradiction"
        and item.start <= finding.start
        and finding.end <= item.end
    )


def _through_erratum(finding: Finding, item: Item) -> bool:
    """
    Whether an erratum's contradiction (a recorded slip said in the text's own words: "January's
    12th National Assembly Congress" for the LPRP's 12th Congress) lies on the words of an item of
    another kind the labels give as the slip: the errata judge judges those words (counted so since
    6 December 2026, heldout27; the report's totals counted as before leave it out).
    """
    return (
        finding.kind == "erratum"
        and finding.verdict == "contradiction"
        and item.kind != "erratum"
        and item.expected == "contradiction"
        and _overlaps(finding.start, finding.end, item.start, item.end)
    )


#: The most characters between a title or a count and a date that dates it.
_DATE_REACH = 120
#: Lao digits, as the labels may write a year ("໒໐໑໔").
_LAO_DIGITS = str.maketrans("໐໑໒໓໔໕໖໗໘໙", "0123456789")


def _through_date(finding: Finding, item: Item) -> bool:
    """
    Whether a title's or a count's contradiction is judged at the year of a date next to it that
    the labels give as the slip ("Thongloun Sisoulith, Prime Minister from 2014": the record says
    he was not Prime Minister in 2014; the labels plant the year): the two are said of each other,
    and the pairing is wrong, whichever of them the writer changed; the message names the year
    (counted so since 6 December 2026, heldout28; the report's totals counted as before leave it
    out).
    """
    if not (
        finding.kind in ("title", "ordinal")
        and finding.verdict == "contradiction"
        and item.kind == "date"
        and item.expected == "contradiction"
        and max(finding.start, item.start) - min(finding.end, item.end) <= _DATE_REACH
    ):
        return False
    years = re.findall(r"(?<!\d)\d{4}(?!\d)", item.text.translate(_LAO_DIGITS))
    return any(year in finding.message for year in years)


def _new_reading(finding: Finding, item: Item) -> bool:
    """
    Whether a finding judges an item only by a reading of 5 or 6 December 2026 (a title's, a
    term's, a numbered event's number, an erratum's, a date's through a title or a count).
    """
    return (
        _through_title(finding, item)
        or _through_term(finding, item)
        or _through_number(finding, item)
        or _through_erratum(finding, item)
        or _through_date(finding, item)
    )


@dataclass
class ItemResult:
    """How the checker did on one labelled item."""

    item: Item
    predicted: str  # a verdict, or "missing"

    @property
    def found(self) -> bool:
        return self.predicted != MISSING

    @property
    def correct(self) -> bool:
        return self.predicted in self.item.allowed

    @property
    def caught(self) -> bool:
        return self.item.planted and self.predicted == "contradiction"

    @property
    def missed(self) -> bool:
        return self.item.planted and self.predicted != "contradiction"


@dataclass
class FalseContradiction:
    """A contradiction the labels say is none."""

    corpus: str
    file: str
    lang: str
    finding: Finding
    on: str  # "clean item" or "unlabelled span"


@dataclass
class TextResult:
    """The scoring of one text."""

    text: Text
    items: list[ItemResult]
    reported: list[Finding]  # the contradictions the checker reported
    false: list[FalseContradiction]
    skipped: str | None = None
    #: the planted names caught only through a title's contradiction said of them, and the
    #: contradictions that were false before such names counted (see :func:`_through_title`)
    through_title: int = 0
    false_before: int = 0


def _verdict_of(item: Item, matched: Sequence[Finding]) -> str:
    if not matched:
        return MISSING
    verdicts = {f.verdict for f in matched}
    if "contradiction" in verdicts:
        return "contradiction"
    if right := verdicts & item.allowed:
        return min(right, key=_SEVERITY.index)
    return min(verdicts, key=_SEVERITY.index)


def score_text(text: Text, findings: Sequence[Finding], skipped: str | None = None) -> TextResult:
    """
    Score one text: each labelled item against the findings of its kind that overlap it, and each
    reported contradiction against the items labelled contradiction.
    """
    results = []
    through = 0
    for item in text.items:
        matched = [f for f in findings if _of_item(f, item)]
        result = ItemResult(item, _verdict_of(item, matched))
        results.append(result)
        if result.caught and _verdict_of(item, [f for f in matched if not _new_reading(f, item)]) != (
            "contradiction"
        ):
            through += 1
    false = []
    false_before = 0
    reported = [f for f in findings if f.verdict == "contradiction"]
    for f in reported:
        under = [i for i in text.items if _of_item(f, i)]
        if not any("contradiction" in i.allowed for i in under):
            on = "clean item" if under else "unlabelled span"
            false.append(FalseContradiction(text.corpus, text.file, text.lang, f, on))
        if not any("contradiction" in i.allowed for i in under if not _new_reading(f, i)):
            false_before += 1
    return TextResult(text, results, reported, false, skipped, through, false_before)


@dataclass
class Row:
    """The scores of one corpus x language x kind (or of a total)."""

    items: int = 0
    found: int = 0
    correct: int = 0
    planted: int = 0
    caught: int = 0
    reported: int = 0
    false: int = 0

    @property
    def recall(self) -> float | None:
        return self.found / self.items if self.items else None

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.found if self.found else None

    @property
    def contradiction_recall(self) -> float | None:
        return self.caught / self.planted if self.planted else None

    @property
    def contradiction_precision(self) -> float | None:
        return (self.reported - self.false) / self.reported if self.reported else None

    def add(self, other: Row) -> None:
        for name in ("items", "found", "correct", "planted", "caught", "reported", "false"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = asdict(self)
        out.update(
            recall=self.recall,
            verdict_accuracy=self.accuracy,
            contradiction_recall=self.contradiction_recall,
            contradiction_precision=self.contradiction_precision,
        )
        return out


@dataclass
class Scores:
    """Everything the report prints."""

    rows: dict[tuple[str, str, str], Row]
    results: list[TextResult]

    def total(self, keep: Callable[[tuple[str, str, str]], bool] = lambda _key: True) -> Row:
        row = Row()
        for key, r in self.rows.items():
            if keep(key):
                row.add(r)
        return row

    @property
    def missed(self) -> list[ItemResult]:
        return [r for t in self.results for r in t.items if r.missed]

    @property
    def false(self) -> list[FalseContradiction]:
        return [f for t in self.results for f in t.false]

    @property
    def through_title(self) -> int:
        """Planted names caught only through a title's contradiction said of them."""
        return sum(t.through_title for t in self.results)

    @property
    def false_before(self) -> int:
        """False contradictions as counted before :attr:`through_title` names counted."""
        return sum(t.false_before for t in self.results)

    @property
    def skipped(self) -> list[TextResult]:
        return [t for t in self.results if t.skipped]

    def confusion(self, corpus: str) -> dict[str, Counter[str]]:
        """Expected verdict -> predicted verdicts (or "missing"), over the corpus' items."""
        table: dict[str, Counter[str]] = {v: Counter() for v in VERDICTS}
        for t in self.results:
            if t.text.corpus == corpus:
                for r in t.items:
                    table[r.item.expected][r.predicted] += 1
        return table


def aggregate(results: Sequence[TextResult]) -> Scores:
    """Sum the scored texts per corpus x language x kind."""
    rows: dict[tuple[str, str, str], Row] = defaultdict(Row)
    for t in results:
        for r in t.items:
            row = rows[t.text.corpus, t.text.lang, r.item.kind]
            row.items += 1
            row.found += r.found
            row.correct += r.found and r.correct
            row.planted += r.item.planted
            row.caught += r.caught
        for f in t.reported:
            rows[t.text.corpus, t.text.lang, _kind(f.kind)].reported += 1
        for x in t.false:
            rows[t.text.corpus, t.text.lang, _kind(x.finding.kind)].false += 1
    return Scores(dict(sorted(rows.items())), list(results))


# ------------------------------------------------------------------------------------------ running
def _finding(f: Any) -> Finding:
    """A checker finding as scoring sees it, read through its public attributes."""
    span = getattr(f, "span", None)
    start, end = span if span is not None else (f.start, f.end)
    verdict = getattr(f.verdict, "value", f.verdict)
    return Finding(
        kind=str(f.kind),
        verdict=str(verdict),
        start=start,
        end=end,
        text=str(f.text),
        rule=str(f.rule or ""),
        message=str(getattr(f, "message", "") or ""),
    )


@dataclass
class _Run:
    check: Callable[..., Any]
    seconds: float = 0.0
    characters: int = 0


def _checker() -> _Run:
    try:
        from vnla.checker import Checker
    except ImportError:  # a checker without the class: the function keeps its own cache
        return _Run(vnla.check_text)
    return _Run(Checker().check_text)


def run_text(run: _Run, text: Text) -> TextResult:
    """Check one text (a checker that refuses it gives a skip reason, not a crash) and score it."""
    began = time.perf_counter()
    try:
        report = run.check(text.content, published=text.published, lang=text.lang)
    except Exception as error:  # noqa: BLE001 - any refusal is reported as the text's skip reason
        run.seconds += time.perf_counter() - began
        return score_text(text, (), skipped=f"{type(error).__name__}: {error}")
    run.seconds += time.perf_counter() - began
    run.characters += len(text.content)
    return score_text(text, [_finding(f) for f in report.findings])


def evaluate(texts: dict[str, list[Text]]) -> tuple[Scores, _Run]:
    """Check and score every text, with one checker built once."""
    run = _checker()
    results = [run_text(run, t) for name in texts for t in texts[name]]
    return aggregate(results), run


# ------------------------------------------------------------------------------------------ the gate
def parse_gate(spec: str) -> list[tuple[str, str | None]]:
    """``"figure,date:lo"`` -> ``[("figure", None), ("date", "lo")]``; unknown kinds or languages raise."""
    gates: list[tuple[str, str | None]] = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        kind, _, lang = part.partition(":")
        kind = _kind(kind)
        if kind not in KINDS:
            msg = f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}"
            raise argparse.ArgumentTypeError(msg)
        if lang and lang not in LANGS:
            msg = f"unknown language {lang!r} in {part!r}; expected one of {', '.join(LANGS)}"
            raise argparse.ArgumentTypeError(msg)
        gates.append((kind, lang or None))
    if not gates:
        msg = "name at least one kind"
        raise argparse.ArgumentTypeError(msg)
    return gates


def gate_failures(scores: Scores, gates: Sequence[tuple[str, str | None]]) -> list[str]:
    """What fails the gate: missed planted mistakes and false contradictions of the gated kinds."""

    def gated(kind: str, lang: str) -> bool:
        return any(kind == k and (g_lang is None or lang == g_lang) for k, g_lang in gates)

    failures = [
        f"missed {r.item.corpus}/{r.item.file}: {r.item.kind} {r.item.text!r} (got {r.predicted})"
        for r in scores.missed
        if gated(r.item.kind, r.item.lang)
    ]
    failures += [
        f"false {x.corpus}/{x.file}: {x.finding.kind} {x.finding.text!r} ({x.on})"
        for x in scores.false
        if gated(_kind(x.finding.kind), x.lang)
    ]
    return failures


# ------------------------------------------------------------------------------------------ output
def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


_HEAD = (
    f"{'corpus':<9} {'lang':<4} {'kind':<13} {'items':>5} {'found':>5} {'recall':>7} {'verdict':>7}"
    f" | {'planted':>7} {'caught':>6} {'c-recall':>8} {'reported':>8} {'false':>5} {'c-prec':>7}"
)


def _line(corpus: str, lang: str, kind: str, row: Row) -> str:
    return (
        f"{corpus:<9} {lang:<4} {kind:<13} {row.items:>5} {row.found:>5} {_pct(row.recall):>7}"
        f" {_pct(row.accuracy):>7} | {row.planted:>7} {row.caught:>6} {_pct(row.contradiction_recall):>8}"
        f" {row.reported:>8} {row.false:>5} {_pct(row.contradiction_precision):>7}"
    )


def _keys(scores: Scores) -> tuple[list[str], list[tuple[str, str]]]:
    names = sorted({key[0] for key in scores.rows} | {t.text.corpus for t in scores.results})
    pairs = sorted({(key[0], key[1]) for key in scores.rows})
    return names, pairs


def report_text(
    scores: Scores, run_seconds: float, characters: int, command: str, failures: list[str] | None = None
) -> str:
    """The human-readable report; ``failures`` are the gate's (None: no gate asked)."""
    names, pairs = _keys(scores)
    out = [
        "Accuracy of vnla check on the labelled corpora (tests/fixtures/eval/)",
        "recall: labelled items found (a finding of the kind overlapping the words); verdict: right verdict"
        " among found; planted: labelled contradictions; c-recall: planted caught; reported: contradictions"
        " the checker gave; false: those on clean or unlabelled words; c-prec: (reported - false) / reported",
        "",
        _HEAD,
    ]
    for (corpus, lang, kind), row in scores.rows.items():
        out.append(_line(corpus, lang, kind, row))
    out += ["", "by corpus and language (all kinds)", _HEAD]
    for corpus, lang in pairs:
        out.append(_line(corpus, lang, "(all)", scores.total(lambda k, c=corpus, g=lang: k[:2] == (c, g))))
    for corpus in names:
        out += ["", f"{corpus}: expected verdict -> checker's verdict"]
        for expected, got in scores.confusion(corpus).items():
            if got:
                shown = ", ".join(f"{v} {n}" for v, n in sorted(got.items(), key=lambda p: -p[1]))
                out.append(f"  {expected:<13} {shown}")
    out += ["", f"false contradictions ({len(scores.false)}):"]
    out += [
        f"  {x.corpus}/{x.file}: {x.finding.kind} {x.finding.text!r} on a {x.on}" for x in scores.false
    ] or ["  none"]
    out += ["", f"missed planted mistakes ({len(scores.missed)}):"]
    out += [
        f"  {r.item.corpus}/{r.item.file}: {r.item.kind} {r.item.text!r} -> {r.predicted}"
        + (f"  [{r.item.extra['note']}]" if "note" in r.item.extra else "")
        for r in scores.missed
    ] or ["  none"]
    if scores.skipped:
        out += ["", f"skipped texts ({len(scores.skipped)}): their items count as missing"]
        out += [f"  {t.text.corpus}/{t.text.file}: {t.skipped}" for t in scores.skipped]
    if failures is not None:
        out += ["", f"gate {'passed' if not failures else 'FAILED'}: {len(failures)} failure(s)"]
        out += [f"  {failure}" for failure in failures]
    total = scores.total()
    texts = len(scores.results)
    rate = f", {characters / run_seconds / 1000:.0f} k characters/s" if run_seconds else ""
    out += [
        "",
        f"of the caught, {scores.through_title} planted names, titles or events caught through a"
        f" title's contradiction said of the names, a span of years' said of the titles, a number's"
        f" in the events' words, an erratum's on the item's words or a title's or count's at a"
        f" planted date's year; counted as before 5 December"
        f" 2026 (such a contradiction judging its own item only):"
        f" caught {total.caught - scores.through_title}, false {scores.false_before}",
        f"command: {command}",
        f"totals: {texts} texts, {total.items} labelled items, found {total.found} ({_pct(total.recall)}),"
        f" right verdict {total.correct} ({_pct(total.accuracy)} of found);"
        f" planted {total.planted}, caught {total.caught} ({_pct(total.contradiction_recall)});"
        f" contradictions reported {total.reported}, false {total.false}"
        f" (precision {_pct(total.contradiction_precision)}); checked in {run_seconds:.2f} s{rate}",
    ]
    return "\n".join(out)


def report_json(
    scores: Scores, run_seconds: float, command: str, failures: list[str] | None
) -> dict[str, Any]:
    """The machine-readable report."""
    names, pairs = _keys(scores)
    return {
        "command": command,
        "seconds": run_seconds,
        "rows": [
            {"corpus": c, "lang": g, "kind": k, **row.to_dict()} for (c, g, k), row in scores.rows.items()
        ],
        "by_corpus_lang": [
            {"corpus": c, "lang": g, **scores.total(lambda k, c=c, g=g: k[:2] == (c, g)).to_dict()}
            for c, g in pairs
        ],
        "confusion": {c: {e: dict(got) for e, got in scores.confusion(c).items()} for c in names},
        "false_contradictions": [
            {"corpus": x.corpus, "file": x.file, "lang": x.lang, "on": x.on, **asdict(x.finding)}
            for x in scores.false
        ],
        "missed": [
            {
                "corpus": r.item.corpus,
                "file": r.item.file,
                "lang": r.item.lang,
                "kind": r.item.kind,
                "text": r.item.text,
                "predicted": r.predicted,
                "note": r.item.extra.get("note"),
            }
            for r in scores.missed
        ],
        "skipped": [
            {"corpus": t.text.corpus, "file": t.text.file, "reason": t.skipped} for t in scores.skipped
        ],
        "gate": None if failures is None else {"passed": not failures, "failures": failures},
        "totals": scores.total().to_dict(),
        "names_through_titles": scores.through_title,
        "false_before_names_through_titles": scores.false_before,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation; 0, or 1 when a gate fails, or 2 when labels are wrong."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", help="only these corpora (comma-separated folder names)")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument(
        "--gate",
        type=parse_gate,
        metavar="KIND[:LANG][,...]",
        help="exit 1 if, for these kinds, a planted mistake is missed or a contradiction is false",
    )
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    command = shlex.join(["python", "benchmarks/eval_accuracy.py", *(sys.argv[1:] if argv is None else argv)])
    try:
        texts = corpora(args.root, re.split(r"\s*,\s*", args.corpus) if args.corpus else None)
    except LabelError as error:
        print(f"eval_accuracy: {error}", file=sys.stderr)
        return 2
    scores, run = evaluate(texts)
    failures = gate_failures(scores, args.gate) if args.gate else None
    if args.json:
        print(json.dumps(report_json(scores, run.seconds, command, failures), ensure_ascii=False, indent=2))
    else:
        print(report_text(scores, run.seconds, run.characters, command, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

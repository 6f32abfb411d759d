# SPDX-License-Identifier: MIT
"""
The amounts reader: every figure of a sentence that names a trade or investment metric.

A figure is a sum of money ("US$2.98 billion", "ba tỷ USD", "5-10 tỷ USD"), a count ("267
projects"), a percentage ("up 32.7 percent", "tăng 50,4%", "10 to 15 percent a year") or a
ratio ("one and a half times", "gấp rưỡi", "doubled").  For each the reader works out, from
the words of its sentence (the word files' ``amounts`` section, :mod:`vnla.lang.words`):

* its **status**: a target ("aim", "mục tiêu", "nâng ... lên"), a forecast ("expected to
  reach", "dự kiến"), an estimate ("ước đạt") or an actual ("reached", "đạt"); a target or
  forecast word before the figure in its stretch of the sentence wins over "reach";
* its **metric**: the nearest flow word ("trade", "exports", "xuất siêu") and, for a flow
  that has a direction, the country that exports (the subject, or "to"/"from" a country);
* its **period** ("in 2024", "last year" against the publication date, "the first ten
  months", "10 tháng đầu năm", "January–October", "Quý I/2025", "as of April 2025") and, for
  a change or a ratio, its **base** ("on the previous year", "so với cùng kỳ", "the 2024
  level");
* its **qualifier** ("about", "gần", "hơn") and the precision it is written with.

Sentences without a metric word keep the plain reading of :func:`vnla.lang.parsing.parse_amounts`
(a sum of money and its horizon).  Scales come from CLDR's long compact number forms through
babel ("billion", "tỷ", "triệu"), with the word files' additions ("bn", "tỉ").

>>> from vnla.checker import check_text
>>> report = check_text("Năm 2024, kim ngạch thương mại đạt 2,2 tỷ USD, tăng khoảng 34% so với năm 2023.")
>>> [(f.kind, f.text, f.verdict.value) for f in report.findings if f.kind != "date"]
[('amount', '2,2 tỷ USD', 'ok'), ('change', 'khoảng 34%', 'ok')]
>>> grammar().scales["tỷ"], grammar().ratio_words["gấp rưỡi"]
(9, Decimal('1.5'))
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Final, TypeVar

from babel import Locale

from vnla.checker.folding import _pattern_key
from vnla.checker.readers.figures import _unique, anchors, windows
from vnla.checker.readers.memo import Memo
from vnla.checker.sentences import bracketed, semicolon_part
from vnla.checker.tables import Row, item_heading, item_line, list_row, next_items, row_at
from vnla.checker.vocabulary import _RESULT, _SOME_WORDS, _alternation, _lao_spaced
from vnla.lang.lao import LAO_DIGITS, NON_LAO_LETTER, NON_LAO_WORD, is_lao, unspaced
from vnla.lang.parsing import _amounts, _horizons, _number, _overlaps_any
from vnla.lang.words import LANGUAGES, merged
from vnla.model.arithmetic import Qualifier
from vnla.model.records import HorizonKind

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from vnla.checker.context import Context
    from vnla.lang.parsing import Amount
    from vnla.model.records import Horizon

__all__ = ["FigureMention", "Period", "read"]

#: A period as months: (first year, first month, last year, last month).
Period = tuple[int, int, int, int]


class FigureMention:
    """
    A figure read in a sentence, with what its words say about it.

    ``shape`` is ``money``, ``count``, ``percent`` or ``ratio``; ``value`` (and ``upper``
    for a range) is in ``unit`` (a currency, ``%``, ``x`` or a count's noun); ``precision``
    is the unit of its last digit, in ``unit``; ``status`` is ``actual``, ``estimate``,
    ``forecast`` or ``target``; ``metric`` a :class:`~vnla.model.figures.Metric` value
    (or ``bilateral-trade-growth`` for a yearly rate); ``period`` and ``base`` are months.
    """

    __slots__ = (
        "amount",
        "assumed",
        "base",
        "base_text",
        "by",
        "cumulative",
        "direction",
        "horizon",
        "horizon_text",
        "in_words",
        "latest",
        "metric",
        "own_metric",
        "period",
        "period_inherited",
        "period_text",
        "period_unplaced",
        "precision",
        "previous_sentence",
        "qualifier",
        "rate",
        "sentence",
        "shape",
        "siblings",
        "span",
        "status",
        "text",
        "unit",
        "unmarked",
        "upper",
        "value",
        "year_on_year",
    )

    def __init__(
        self, span: tuple[int, int], text: str, shape: str, value: Decimal, unit: str | None
    ) -> None:
        self.span = span
        self.text = text
        self.shape = shape
        self.value = value
        self.unit = unit
        self.upper: Decimal | None = None
        self.precision = Decimal(1)
        self.qualifier: Qualifier | None = None
        self.status = "actual"
        self.direction: str | None = None  # "increase" or "decrease", for a percentage
        self.rate = False  # a yearly rate ("10-15% a year")
        self.in_words = False
        self.metric: str | None = None
        self.cumulative = False
        #: its metric is its own words', found or not: it takes no other figure's (a sum of the
        #: flows before it, "...; total US$979 million"; a sum in a table's note of several)
        self.own_metric = False
        #: a sum a metric changed by ("rose by USD 780 million"), not one it came to
        self.by = False
        self.period: Period | None = None
        self.period_text: str | None = None
        self.period_inherited = False
        #: its sentence names a span of months the reader cannot place ("Sau chín tháng", after
        #: nine months): no period is taken from the sentence before
        self.period_unplaced = False
        self.latest = False  # "currently": the latest period the record has
        self.base: Period | None = None
        self.base_text: str | None = None
        self.year_on_year = False
        self.horizon: Horizon | None = None
        self.horizon_text: str | None = None
        self.sentence = (0, 0)
        self.previous_sentence = (0, 0)
        #: the figures of the same sentence, this one included, in order
        self.siblings: tuple[FigureMention, ...] = ()
        #: the plain reading, for a sum of money outside a metric's sentence
        self.amount: Amount | None = None
        #: its metric is not named but taken as the one of the record's targets in money (a target
        #: said in a text on trade: :func:`_trade_targets`)
        self.assumed = False
        #: an actual with no word before it, since the figure before, that says it was measured
        #: ("... and the leaders now speak of USD 10 billion")
        self.unmarked = False

    def __repr__(self) -> str:
        return f"FigureMention({self.text!r}, {self.shape}, {self.status}, {self.metric}, {self.period})"


# --------------------------------------------------------------------------- the words
def _alt(items: object) -> str:
    """
    Words as an alternation, the longest first; a space is any run of spaces (in Lao, which
    is written both ways, any run or none, between any two syllables: "ມູນຄ່າການຄ້າ" reads
    "ມູນຄ່າ ການ ຄ້າ").
    """
    ordered = sorted(dict.fromkeys(items), key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(
        _lao_spaced(word) if is_lao(word[0]) else r"\s+".join(re.escape(w) for w in word.split())
        for word in ordered
    )


def _changed_by(am: Callable[[str], Any]) -> re.Pattern[str]:
    """
    An increase or decrease word at the end of a stretch, with "by", "of" after it at most
    (``amounts.change_by_words``): a sum right after it is what a metric changed by ("rose by
    USD 780 million", "tăng 780 triệu USD").
    """
    by = am("change_by_words")
    return re.compile(
        rf"(?:{_word((*am('increase_words'), *am('decrease_words')))})"
        rf"(?:\s++(?:{_word(by) if by else '(?!)'}))?[^\S\n]*+$",
        re.IGNORECASE,
    )


def _word(items: object) -> str:
    """
    An alternation that starts and ends at word edges where its words do.

    A lookahead of the words' first characters comes first: where none of them starts, the
    alternation is not tried (a pattern searched through a sentence skips most places so).
    """
    words = tuple(dict.fromkeys(items))  # type: ignore[call-overload]
    firsts = "".join(sorted({re.escape(c) for w in words for c in (w[0].lower(), w[0].upper())}))
    # Lao: no spaces to test, so a word's edge is tested against the other scripts' letters,
    # and a Lao word's against their letters only: unspaced Lao runs words into digits
    # ("ມູນຄ່າການຄ້າ9ເດືອນຕົ້ນປີ2025ບັນລຸ2,36ຕື້ໂດລາ")
    lao = [w for w in words if is_lao(w[0]) and is_lao(w[-1])]
    other = [w for w in words if not (is_lao(w[0]) and is_lao(w[-1]))]
    edges = [rf"(?<!{NON_LAO_WORD}|\$)(?:{_alt(other)})(?!{NON_LAO_WORD})"] if other else []
    if lao:
        edges.append(rf"(?<!{NON_LAO_LETTER}|\$)(?:{_alt(lao)})(?!{NON_LAO_LETTER})")
    return rf"(?=[{firsts}])(?:{'|'.join(edges)})"


def _starts(*groups: object) -> str:
    """
    A character class of the first characters of words (both cases) and of digits.

    A pattern that starts with a lookahead of it skips quickly where no figure can start.
    """
    firsts = {"0"}
    for group in groups:
        for word in group:  # type: ignore[attr-defined]
            firsts.update({word[0].lower(), word[0].upper()})
    firsts.discard("0")
    return r"\d" + "".join(re.escape(c) for c in sorted(firsts))


@functools.cache
def _scales() -> dict[str, int]:
    """Scale words and their powers of ten: CLDR's long compact forms, then the word files'."""
    out: dict[str, int] = {}
    for lang in LANGUAGES:
        try:
            formats = Locale.parse(lang).compact_decimal_formats["long"]
        except (KeyError, ValueError):  # pragma: no cover - CLDR has them for every language
            continue
        for plural in formats.values():
            for key, pattern in plural.items():
                zeros = pattern.pattern.count("0")
                word = pattern.pattern.replace("0", "").strip().lower()
                if word and zeros:
                    out.setdefault(word, len(key) - zeros)
    out.update({w.lower(): p for w, p in merged("amounts", "scale_words").items()})
    return out


_V = TypeVar("_V")


def _spelt(table: dict[str, _V]) -> dict[str, _V]:
    """A word table with each Lao key written without its spaces too (Lao may leave them out)."""
    out = dict(table)
    for key, value in table.items():
        out.setdefault(unspaced(key), value)
    return out


def _number_starts(year_words: tuple[str, ...]) -> tuple[str, str, str]:
    r"""
    Where a figure may start (``lead``: before its qualifier), where its number may (``whole``),
    and a test that it does not start at a year a year word runs into (``not_a_year``).

    A number starts a figure where no word, digit or separator goes before it: never in the
    middle of another ("7" of "732,7"); in Lao, right after a word ("ປະມານ732,7"), a Lao letter,
    not a Lao digit ("໒໐໒໕" is one number); or right after a year that a year word
    (``amounts.year_glued_before``) runs into, and that runs into it ("ປີ20252,98ຕື້": the year
    2025, then 2.98 billion), where no number starts at the year.
    """
    year = r"[12\u0ed1\u0ed2]\d{3}"
    after_years = "".join(rf"|(?<={re.escape(w)}{year})" for w in year_words)
    letter = r"[\u0e80-\u0ecf\u0eda-\u0eff]"
    lead = rf"(?:(?<![\w$])|(?<={letter})(?=[\u0e80-\u0eff\d]){after_years})"
    whole = rf"(?:(?<![\w.,])|(?<={letter}){after_years})"
    not_a_year = "".join(rf"(?!(?<={re.escape(w)}){year}\d)" for w in year_words)
    return lead, whole, not_a_year


class _Grammar:
    """The patterns of the figures reader, built once from the word files."""

    def __init__(self) -> None:
        am = functools.partial(merged, "amounts")
        self.qualifiers = _spelt({k.lower(): Qualifier(v) for k, v in am("qualifiers").items()})
        self.number_words = _spelt({k.lower(): Decimal(v) for k, v in am("number_words").items()})
        self.scales = _scales()
        glued = self._glued(am)
        self.ratio_words = _spelt({k.lower(): Decimal(v) for k, v in am("ratio_words").items()})
        self.flows = _spelt({k.lower(): v for k, v in am("flow_words").items()})
        #: words that make a figure opening its part of a list the sum of the flows before it
        self.sums = frozenset(w.lower() for w in am("sum_words"))
        self.counts = _spelt({k.lower(): v for k, v in am("count_words").items()})
        self.countries = _spelt({k.lower(): v for k, v in am("country_words").items()})
        self.period_words = _spelt({k.lower(): v for k, v in am("period_words").items()})
        self.currencies = {_key(k): v for k, v in am("currency_codes").items()}
        num = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
        lead, whole, not_a_year = _number_starts(am("year_glued_before"))
        numword = _word(self.number_words)
        currency = _alt(am("currency_codes"))
        starts = _starts(self.qualifiers, am("times_before"), self.number_words, "$U")
        self.figure = re.compile(
            rf"""
            {lead}(?=[{starts}])  # Lao runs words together
            (?:(?P<qual>{_word(self.qualifiers)})\s*)?
            (?:(?P<tb>{_word(am("times_before"))})\s+)?
            (?:(?P<pre>US\$|\$|USD)\s?)?
            # a year before a range word and a sum is no range's start ("in 2023 to US$2.2 billion")
            (?!(?:1[89]|2[01])\d\d\s*(?:{_alt(am("range_words"))})\s*(?:US\$|\$))
            (?P<n1>{not_a_year}{whole}(?:{num})|{numword})
            (?:\s*(?P<rng>{_alt(am("range_words"))})\s*(?:US\$|\$)?(?P<n2>{whole}(?:{num})|{numword}))?
            (?:\s?(?P<scale>{_word(self.scales)})|(?P<glued>{glued})(?!{NON_LAO_WORD}))?
            # a currency before a number is that number's ("in 2023 USD 1.6 billion")
            (?:\s?(?P<post>(?:{currency})(?!{NON_LAO_WORD})(?![^\S\n]?\d)))?
            # a percent sign may run into a Lao word
            (?:\s?(?P<pct>{_alt(am("percent_words"))})(?:(?!\w)|(?<=%)(?=[\u0e80-\u0eff])))?
            (?:\s?(?!{_alt(am("not_times") or ["(?!)"])})(?P<times>{_word(am("times_after"))}))?
            (?:(?:\s+(?:\w+\s+)?|(?<=\d)(?=[\u0e80-\u0eff]))  # Lao runs a count's noun into its number
            (?P<count>(?:(?<!{NON_LAO_WORD}|\$)|(?<=\d))(?:{_alt(self.counts)})(?!{NON_LAO_WORD})))?
            """,
            re.VERBOSE | re.IGNORECASE,
        )
        self.ratio = re.compile(
            rf"(?<!\w)(?=[{_starts(self.qualifiers, self.ratio_words)}])"
            rf"(?:(?P<qual>{_word(self.qualifiers)})\s+)?(?P<ratio>{_word(self.ratio_words)})",
            re.IGNORECASE,
        )
        #: between a figure and horizon words after it that are its own ("... USD as a near-term goal")
        self.horizon_link, self.horizon_right_before = _horizon_link(), _horizon_right_before()
        self.flow = re.compile(_word(self.flows), re.IGNORECASE)
        #: after digits, words that make them a figure without a currency: "%", "percent", "projects"
        self.tails = tuple(
            dict.fromkeys(w.lower() for w in (*am("percent_words"), *self.counts, *am("times_after")))
        )
        #: the ratio words, folded: a sentence without one is not searched for them
        self.ratio_folded = tuple(dict.fromkeys(_pattern_key(w) for w in self.ratio_words))
        self.tail_firsts = frozenset(c for w in self.tails for c in (w[0].lower(), w[0].upper()))
        #: where amounts and ratios in words may be, in the folded text (lower case, no accents):
        #: the scales of millions and more, the ratio words, the words after a multiple (keys of
        #: the matcher's automaton, which finds them in its one pass: ``Scan.amount_words``)
        self.folded_words = tuple(
            dict.fromkeys(
                _pattern_key(w)
                for w in (
                    *(w for w, power in self.scales.items() if power >= 6 and len(w) > 2),
                    # a short scale ("tỷ") only before a currency word: alone it is a common syllable
                    *(
                        f"{w} {c}"
                        for w, power in self.scales.items()
                        if power >= 6 and len(w) <= 2
                        for c in self.currencies
                        if c.isalpha()
                    ),
                    *self.ratio_words,
                    *am("times_after"),
                )
                if len(_pattern_key(w).strip("-")) > 3
            )
        )
        self._flow_patterns(am)
        # "*" is one word and "**" one to six ("đưa ** lên": "đưa kim ngạch thương mại lên")
        self.target = re.compile(
            _word(am("target_words")).replace(re.escape("**"), _SOME_WORDS).replace(re.escape("*"), r"\w+"),
            re.IGNORECASE,
        )
        self.forecast, self.forecast_by = (
            re.compile(_word(am("forecast_words")), re.IGNORECASE),
            re.compile(_word(am("forecast_over_horizon") or ["(?!)"]), re.IGNORECASE),
        )
        self.estimate = re.compile(_word(am("estimate_words")), re.IGNORECASE)
        self.actual = re.compile(_word(am("actual_words")), re.IGNORECASE)
        #: an actual word right before a figure, maybe with a qualifier ("was about ")
        self.actual_last = re.compile(
            rf"(?:{_word(am('actual_words'))})\s+(?:(?:{_word(self.qualifiers)})\s+)?$", re.IGNORECASE
        )
        self.clause = re.compile(_word(am("clause_words")), re.IGNORECASE)
        # right after a figure, maybe after a metric's words ("the 5 billion USD trade target"), or
        # set off by a dash or a comma when no figure follows in its stretch ("ở mức 5 tỷ USD –
        # mục tiêu gần mà hai nước đã thống nhất", not "2,98 tỷ USD – mục tiêu 5 tỷ USD")
        self.target_after = re.compile(
            rf"\s*(?:(?:{_alt(self.flows)})\s+)*(?:{_word(am('target_after'))})"
            rf"|[^\S\n]*+(?:[–—,]|-(?=\s))[^\S\n]*+(?:{_word(am('target_after'))})(?![^\n,;.–—]*\d)",
            re.IGNORECASE,
        )
        self.increase, self.increase_after, self.decrease, self.changed_by = (
            re.compile(_word(am("increase_words")), re.IGNORECASE),
            re.compile(rf"\s+(?:{_word(am('increase_after') or ['(?!)'])})", re.IGNORECASE),
            re.compile(_word(am("decrease_words")), re.IGNORECASE),
            _changed_by(am),
        )
        self.rate = re.compile(_word(am("rate_words")), re.IGNORECASE)
        self.year_on_year = re.compile(_word(am("year_on_year_words")), re.IGNORECASE)
        #: words of a quantity the record does not hold ("investment", "GDP"): a sum said of one
        #: takes no metric from a flow word before it or from the sentence before
        #: (and after a sum, words that open another clause, "and Laos' surplus ...": a flow word
        #: after them is the next sum's)
        self.other_quantity, self.clause_join = (
            re.compile(_word(am("other_quantities")), re.IGNORECASE),
            re.compile(_word(am("clause_joins")), re.IGNORECASE),
        )
        #: months words that say the first months of the year ("ເດືອນຕົ້ນປີ")
        self.first_months = frozenset(_key(w) for w in am("first_months_words"))
        self._sequence(am)
        #: right after a sum, at the end of its clause, or before it in its clause (two words
        #: between at most), words that turn the flow of its sentence the other way
        other_way = _word(am("other_way_words"))
        self.other_way_after = re.compile(rf"[^\S\n]*+(?:{other_way})[^\S\n]*+(?:[,.;:)]|$)", re.IGNORECASE)
        self.other_way_before = re.compile(rf"(?:{other_way})(?:\s++[^\W\d_]++){{0,2}}\s*+$", re.IGNORECASE)
        #: words opening a sentence that stand for the figure before ("That is up 15.4 percent")
        self.that = re.compile(rf"\W*+(?:{_word(am('that_words'))})", re.IGNORECASE)
        #: (and words that open a sentence with its base, and that base's clause, to its comma:
        #: "Compared with USD 1.6 billion in 2023, ...", ``amounts.base_opening``)
        self.base_before, self.base_opening = (
            re.compile(rf"(?:{_word(am('base_before'))})[^,;.\d]{{0,24}}$", re.IGNORECASE),
            re.compile(
                rf"\W*(?:{_word(am('base_opening') or ['(?!)'])})(?:[^,;:\n]|,(?=\d))*+(?=,\s)", re.IGNORECASE
            ),
        )
        #: between a change and its base's sum: the base's words and ``base_fillers`` at most
        self.base_lead = re.compile(
            rf"\s*+(?:{_word(am('base_before'))})(?:\s++(?:{_word(am('base_fillers') or ['(?!)'])}))?\s*+",
            re.IGNORECASE,
        )
        right_before = am("base_right_before")
        self.base_right_before = re.compile(
            rf"(?:{_word(right_before)})\s+$" if right_before else r"(?!)", re.IGNORECASE
        )
        base_after = am("base_after")
        self.base_after = re.compile(rf"\s*(?:{_word(base_after)})" if base_after else r"(?!)", re.IGNORECASE)
        self._period_pattern(am)

    def _period_pattern(self, am: Callable[[str], Any]) -> None:
        """
        The pattern of the periods a figure is of (``self.period``: years, months, spans of
        months, quarters, "as of" a month, words of a year), and the month names it reads.
        """
        written = _written_months()
        months: dict[str, int] = {}
        for name, number in written:
            months.setdefault(name.lower(), number)
        self.month_names = months
        #: a month's name as written (CLDR's, capitalised as the language writes it: "may" is a verb)
        self.month_named = re.compile(rf"(?<![^\W\d_])(?:{_alt(n for n, _m in written)})(?![^\W\d_])")
        #: at the start of a figure's clause, words that make it a clause of the period right
        #: before its comma ("... than in 2023, when the figure stood at USD 1.6 billion"; the
        #: word files' ``dates.when_words``, but "as", which also compares)
        when = [w for w in merged("dates", "when_words") if w.lower() != "as"]
        self.when_clause = re.compile(rf"[^\S\n]*+(?:{_word(when)})(?![^\W\d_])", re.IGNORECASE)
        month = _word(months)
        nw = _word(self.number_words)
        self._quarters(am)
        years = _alt(am("year_words"))
        # a quarter's word, not a letter ("Q"), before its number with no year ("quý I"; "Q: I ...")
        quarter_words = _alt(w for w in am("quarter_words") if len(w) > 1)
        # a span of months: "January to September 2025", "tháng 1-9/2025"
        span_word, span_before = _word(am("month_span_words")), _alt(am("month_span_before"))
        span = rf"(?:[–—-]|{span_word})"
        glue = r"(?<=[\u0e80-\u0eff])"  # no space: unspaced Lao ("ເດືອນເມສາ2025")
        century = _CENTURY
        #: the words of "this year" ("this year", "năm nay", "ປີນີ້")
        self.this_year_words = tuple(w for w, meaning in self.period_words.items() if meaning == "this-year")
        #: ... and of last year too: the year a span of months is of ("January to September last year")
        relative = _alt(
            w for w, meaning in self.period_words.items() if meaning in ("this-year", "last-year")
        )
        period_starts = _starts(
            am("as_of_words"),
            months,
            am("month_span_between"),
            am("month_span_from"),
            am("month_span_before"),
            am("month_words"),
            self.number_words,
            self.ordinals,
            am("quarter_words"),
            self.period_words,
        )
        #: a year that opens its sentence, set off by a comma ("In 2025,", "Năm 2025,", "ໃນປີ 2025,"):
        #: the year of the months and quarters the sentence names without one
        self.frame_year = re.compile(
            rf"[^\S\n]*+(?:[-–•*][^\S\n]*+)?(?:(?:{years})\s*)?(?P<fy>{century}\d\d)(?!\d)\s*,", re.IGNORECASE
        )
        # a year a year word runs into, and a sum after it (``amounts.year_glued_before``:
        # "ປີ20252,98ຕື້ໂດລາ", 2025 then 2.98 billion)
        glued_before = "".join(rf"|(?<={re.escape(w)})" for w in am("year_glued_before"))
        glued_after = "".join(
            rf"|(?<={re.escape(w)}\d{{4}})(?=\d{{1,3}}[.,]\d)" for w in am("year_glued_before")
        )
        self.period = re.compile(
            rf"""
            (?:(?<!\w)|(?<=[\u0e80-\u0eff]))(?=[{period_starts}])  # Lao runs its words together
            (?:(?P<asof>{_word(am("as_of_words"))})\s++(?:(?P<am_w>{month})
                (?:\s+(?P<ay>\d{{4}})|\s+(?P<apw>{_word(self.period_words)}))?
                |(?:{_alt(am("month_words"))})?\s*(?P<am>\d{{1,2}})\s*/\s*(?P<ay2>\d{{4}}))
            | (?:(?P<mbetween>{_word(am("month_span_between"))})\s*
                |(?P<mfrom>{_word(am("month_span_from"))})\s*)?
                (?:(?:{span_before})\s*)?(?P<mrange>{month})\s*
                (?(mbetween)(?:{_alt(am("month_span_between").values())})|(?(mfrom){span_word}|{span}))
                \s*(?:(?:{span_before})\s*)?(?P<mrange2>{month})
                (?:(?:\s*/\s*|\s+|{glue})(?:(?:{years})\s*)?(?P<ry>{century}\d\d)(?!\d)
                   |\s+(?:(?:{years})\s+)?(?P<rrel>{relative}))?
            | (?:{span_before})\s*(?P<mr1>\d{{1,2}})\s*{span}\s*(?:(?:{span_before})\s*)?(?P<mr2>\d{{1,2}})
                (?:\s*/\s*|\s*(?:{years})\s*)(?P<mry>{century}\d\d)(?!\d)
            | (?:(?:{_alt(am("month_words"))})\s*)?(?P<mw>{month})(?:\s+|{glue})(?:(?:{years})(?:\s+|{glue}))?
                (?P<mwy>{century}\d\d)(?![\d/–-])
            | (?:(?P<mfirst>{_alt(am("month_words"))})\s+)?(?P<mn>\d{{1,2}}|{nw})
                \s*(?P<mword>{_alt(am("months_words"))})(?:(?!\w)|(?<=[\u0e80-\u0eff]))
                (?:\s+(?P<mafter>{_alt(am("months_after"))}))?
                (?:(?:\s+|(?<=[\u0e80-\u0eff]))(?:(?:{years})\s*)?(?P<my>\d{{4}})
                   |\s+(?:(?:{years})\s+)?(?P<mthis>{relative}))?
            | (?P<mone>{_alt(am("month_words"))})\s+(?:{_alt(am("months_words"))})(?!\w)
                (?:\s+(?:(?:{years})\s+)?(?P<my1>\d{{4}})|\s+(?:(?:{years})\s+)?(?P<mthis1>{relative}))?
            | (?P<qord>{nw}|{_word(self.ordinals)})[\s-]+(?:{_alt(am("quarter_words"))})
                (?:\s+(?:(?:{years})\s+)?(?P<qy>\d{{4}})(?!\d))?
            | (?:{_alt(am("quarter_words"))})\s*(?P<qr>IV|I{{1,3}}|\d|{nw}|{self.quarter_after})
                (?:\s*/\s*|\s*(?:{years})\s*|\s)(?P<qy2>\d{{4}})
            | (?:{quarter_words})\s*(?P<q0>IV|I{{1,3}}|[1-4])(?![\w/-]|[.,]\d)
            | (?:{_alt(am("month_words"))})\s+(?P<mo>\d{{1,2}})(?:\s*/\s*|\s+(?:{years})\s+)(?P<moy>\d{{4}})
            | (?P<pw>{_word(self.period_words)})
            | (?P<year>(?:(?<![\w/]){glued_before}){century}\d\d)(?:(?![\d/–-]){glued_after}))
            """,
            re.VERBOSE | re.IGNORECASE,
        )

    def _sequence(self, am: Callable[[str], Any]) -> None:
        """The words that place a figure in time from the one before it."""
        #: words before a figure that place it a year before the one before ("A year earlier")
        self.year_earlier = re.compile(_word(am("year_earlier_words")), re.IGNORECASE)
        #: words before a figure that place it a year after the one before ("a year later")
        self.year_later = re.compile(_word(am("year_later_words")), re.IGNORECASE)
        #: words before a figure that place it after the period before it, at no said time
        #: ("; it later passed USD 2.9 billion", "rồi sau đó vượt 2,9 tỷ USD")
        self.later = re.compile(_word(am("later_words")), re.IGNORECASE)

    def _quarters(self, am: Callable[[str], Any]) -> None:
        """The ordinal words of quarters: before the quarter's word ("the first quarter"), or after it."""
        #: ordinal words of the first four ("the first quarter")
        self.ordinals = {k.lower(): v for k, v in merged("ordinals", "words").items() if v <= 4}
        #: ordinal words after a quarter's word ("ໄຕມາດທຳອິດ", the first quarter), and their pattern
        self.quarter_ordinals = {k.lower(): v for k, v in am("quarter_ordinals").items()}
        self.quarter_after = _alt(self.quarter_ordinals) if self.quarter_ordinals else "(?!)"

    def _glued(self, am: Callable[[str], Any]) -> str:
        """
        The scales written onto a number ("2.98bn"), some only after a currency sign ("$5m",
        or a space apart: "US$346 m"): their powers of ten in ``self.glued``, and a pattern of
        them (a conditional on the figure pattern's group ``pre``).
        """
        glued = {k.lower(): v for k, v in am("glued_scales").items()}
        after_currency = {k.lower(): v for k, v in am("glued_scales_after_currency").items()}
        self.glued: dict[str, int] = {**after_currency, **glued}
        anywhere = _alt(glued) if glued else "(?!)"
        signed = _alt(after_currency) if after_currency else "(?!)"
        return rf"(?:{anywhere})|(?(pre)\s?(?:{signed})|(?!))"

    def _flow_patterns(self, am: Callable[[str], Any]) -> None:
        """The patterns that find a figure's flow word and whose flow it is (exports to, of, from)."""
        #: verbs that name a flow only right before a sum ("Lào xuất 633 triệu USD")
        self.flow_verbs = _spelt({k.lower(): v for k, v in am("flow_verbs").items()})
        verbs = _alt(self.flow_verbs) or "(?!)"
        self.flow_verb = re.compile(rf"(?<!\w)(?:{verbs})(?=\s++$)", re.IGNORECASE)
        compounds = _alt(am("flow_verb_compounds")) or "(?!)"
        self.verb_compound = re.compile(rf"(?<!\w)(?:{compounds})$", re.IGNORECASE)
        #: ... and one of them before a number, in a sentence (that names a flow so)
        self.verb_sum = re.compile(
            rf"(?<!\w)(?P<verb>{verbs})\s++(?:(?:{_alt(self.qualifiers)})\s++)?\d", re.IGNORECASE
        )
        self.flow_after = re.compile(
            rf"\s*(?:(?:{_alt(am('flow_after'))})\s+)?(?:{_word(self.flows)})", re.IGNORECASE
        )
        self.country = re.compile(_word(self.countries), re.IGNORECASE)
        #: between two sums named in turn: a comma, a slash or "and" ("5 and 10 billion", "5 ຕື້ໂດລາແລະ 10
        #: ຕື້ໂດລາ", a table's "5 tỷ USD / 10 tỷ USD")
        joiners = merged("countries", "joiners")
        self.joined = re.compile(
            rf"\s*+(?:,|/|{_alt(joiners)})?\s*+(?:,\s*+)?(?:{_alt(joiners)})?\s*+", re.IGNORECASE
        )
        #: "and" right before a flow word: a second verb of the sentence's subject ("Laos sold
        #: Vietnam goods worth ... and bought ... from it")
        self.joined_before = re.compile(rf"(?<!\w)(?:{_alt(joiners)})\s*+$", re.IGNORECASE)
        self.same_period = re.compile(_word(am("same_period_words")), re.IGNORECASE)
        # searched for (is there one?), so no leading "\s*": under search it costs the square
        # of a run of spaces; none after the word in Lao, which runs "ໄປຫວຽດນາມ" (to Vietnam) together
        self.origin = re.compile(rf"(?:{_word(am('from_words'))})\s*+$", re.IGNORECASE)
        #: where capital is invested, right after its flow word ("investment in Laos", "đầu tư vào Lào")
        invested_in = _word(am("invested_in"))
        self.invested_in = re.compile(rf"\s*+(?:{invested_in})\s*+", re.IGNORECASE)
        #: ... and a country there, a few words on ("ການລົງທຶນຂອງລາວຢູ່ຫວຽດນາມ")
        self.invested_in_country = re.compile(
            rf"(?:{invested_in})\s*+(?P<c>{_alt(self.countries)})(?!{NON_LAO_WORD})", re.IGNORECASE
        )
        #: a country right before a flow word, its owner ("Lao investment", "Vietnam's investment")
        self.owner_before = re.compile(rf"(?:{_word(self.countries)})\s*+$", re.IGNORECASE)
        #: the words that may stand before a year ("in", "năm", "ປີ"), as :func:`_key` keeps them:
        #: between a sum a rise starts from and its period (see :func:`_rise`)
        self.year_words = frozenset(_key(w) for w in am("year_words"))
        self.toward = re.compile(rf"(?:{_word(am('toward_words'))})\s*+$", re.IGNORECASE)
        own = _word(am("own_words")) if am("own_words") else "(?!)"
        self.own_before = re.compile(rf"(?:{own})\s*+$", re.IGNORECASE)
        self.own_after = re.compile(rf"\s*+(?:{own})", re.IGNORECASE)
        # "exports to Laos", "ການສົ່ງອອກໄປຫວຽດນາມ" (Lao writes no space)
        self.after_flow = re.compile(
            rf"\s*(?:(?P<to>{_alt(am('toward_words'))})|(?P<fr>{_alt(am('from_words'))}))\s*"
            rf"(?P<c>{_alt(self.countries)})(?!\w)",
            re.IGNORECASE,
        )
        #: the country whose flow a flow word is, right after it ("xuất khẩu của Việt Nam")
        self.of_flow = re.compile(
            rf"\s*(?:{_alt(am('of_words'))})\s*(?P<c>{_alt(self.countries)})(?!\w)", re.IGNORECASE
        )


def _written_months() -> list[tuple[str, int]]:
    """
    The months' names as CLDR writes them (wide and abbreviated) for ``dates.month_locales``, with
    their numbers.
    """
    from babel.dates import get_month_names

    return [
        (name.rstrip("."), number)
        for locale in merged("dates", "month_locales")
        for width in ("wide", "abbreviated")
        for number, name in get_month_names(width, locale=locale).items()
    ]


def _horizon_link() -> re.Pattern[str]:
    """What may stand between a figure and the horizon words after it (``horizons.after_figure``)."""
    links = merged("horizons", "after_figure")
    # a dash or a colon too: "US$5 billion — the near-term target"; or an opening bracket or
    # quotation mark: "USD 5 billion (near term)", 'mục tiêu 5 tỷ USD "trước mắt"' (Lao writes no
    # space after the word: "5 ຕື້ໂດລາໃນໄລຍະສັ້ນ")
    marks = r"[\s,:—–(\"\u201c\u00ab-]*"
    return re.compile(rf"{marks}(?:(?:{_alt(links)})\s*)?" if links else marks, re.IGNORECASE)


def _horizon_right_before() -> re.Pattern[str]:
    """
    Between horizon words and the figure right after them: spaces, a colon or a copula
    ("ໄລຍະໃກ້ແມ່ນ 5 ຕື້ໂດລາ"; ``horizons.before_figure``).
    """
    return re.compile(
        rf"[\s:]*+(?:(?:{_alt(merged('horizons', 'before_figure')) or '(?!)'})\s*+)?", re.IGNORECASE
    )


@functools.cache
def grammar() -> _Grammar:
    """The reader's patterns (built on first use)."""
    return _Grammar()


# --------------------------------------------------------------------------- reading
def read(ctx: Context) -> list[FigureMention]:
    """
    Every figure of the chunk, once each, in order.

    Sentences that name a metric are read with the full grammar; sums of money elsewhere
    keep the plain reading (a value, a currency, a horizon).
    """
    text = ctx.text
    g = grammar()
    out: list[FigureMention] = []
    spans = anchors(ctx)["amount"]
    # where a figure may be: sums of money (digits near a currency), digits followed by a percent
    # sign or a count's noun, and amounts and ratios in words (found in the folded text)
    positions = [start for start, _end in spans]
    tails, firsts = g.tails, g.tail_firsts
    for start, end in ctx.scan.digits[1:]:
        # a quick look at the character after the digits (or after one space) first
        after = text[end + 1 : end + 2] if text[end : end + 1] == " " else text[end : end + 1]
        if after in firsts:
            tail = text[end : end + 16].lower()
            if any(word in tail for word in tails):
                positions.append(start)
    folded = ctx.scan.folded
    if folded is not None:  # the matcher found the words (index.py: _Pat.amount_word)
        anchored = {end for _start, end in spans}
        for at in ctx.scan.amount_words:
            # "3 billion": its digits are anchors, where a currency is near; where none is (a
            # table's "2.2 billion" under a header's "(USD)"), the word is
            if not (at > 1 and folded[at - 2].isdigit() and at - 1 in anchored):
                positions.append(at)
    read_in: list[tuple[int, int]] = []
    last = -1
    lent: tuple[int, int] | None = None  # the last sentence read whose sums have a metric
    for position in sorted(positions):
        if position < last:
            continue
        s, e = ctx.sentence(position, position + 1)
        last = e
        # an answer's line after a question that names what it asks ("Kim ngạch thương mại ... năm
        # 2025 đạt bao nhiêu? - Đáp án: 2,98 tỷ USD"): read with the question, its metric and period
        s = _question_before(ctx, g, s)
        named = g.flow.search(text, s, e) is not None
        # a table's row names its metric in its header or the caption over it
        # (an item of a list under a heading that ends with a colon: the heading is its caption)
        row = row_at(text, s) if "|" in text[s:e] else list_row(text, s)
        leads = row is not None and any(
            g.flow.search(text, *span) for span in (*row.header, row.caption) if span is not None
        )
        if (
            named
            or leads
            or _names_metric(ctx, g, s, e)
            or _goes_on(ctx, lent, s)
            or g.target.search(text, s, e) is not None
        ):
            read = _read_cached(ctx, g, s, e, named=named, row=row)
            out += read
            read_in.append((s, e))
            if any(f.metric is not None and f.shape == "money" for f in read):
                lent = (s, e)
    _carry(ctx, g, out)
    _trade_targets(ctx, g, out)
    starts = [s for s, _e in read_in]

    def unread(a: int) -> bool:
        i = bisect.bisect_right(starts, a) - 1
        return i < 0 or a >= read_in[i][1]

    plain: list[Amount] = []
    for lo, hi in windows(ctx, [span for span in spans if unread(span[0])], "amount"):
        plain += _amounts(text[lo:hi], lo)
    for amount in _unique(plain):
        if not unread(amount.span[0]):
            continue  # read with the full grammar
        m = FigureMention(amount.span, amount.text, "money", amount.value, amount.unit)
        m.amount = amount
        m.horizon, m.horizon_text = amount.horizon, amount.horizon_text
        m.status = "unread"
        out.append(m)
    out.sort(key=lambda m: m.span)
    return out


#: A number with a single separator before three digits: thousands or a decimal, by language.
_GROUPED: Final = re.compile(r"\d[.,]\d{3}(?!\d)")


#: Readings of sentences, by what they depend on, with spans from the sentence's start.  News
#: repeat sentences (and a checker reads many texts): a sentence read once is not read again.
_READ: Memo[tuple[object, ...], list[FigureMention]] = Memo(4096)


def _read_cached(
    ctx: Context, g: _Grammar, s: int, e: int, *, named: bool, row: Row | None = None
) -> list[FigureMention]:
    """:func:`_read_sentence`, or a copy of the reading of the same sentence in the same setting."""
    text = ctx.text
    if named:
        before = None
    else:  # the sentence before lends its metric ("this figure"): what it says matters too
        ps = ctx.sentence(s - 2, s - 1)[0] if s >= 2 else s
        before = text[min(ps, max(0, s - 3)) : s]
    # a table row's reading depends on its header and caption, and where its cells stand
    table = (
        None if row is None else tuple(text[a:b] for a, b in (*row.header, *row.cells, row.caption or (0, 0)))
    )
    key = (text[s:e], before, table, ctx.published, ctx.lang, ctx.scan.folded is None)
    cached = _READ.get(key)
    if cached is not None:
        return _moved(cached, s)
    found = _read_sentence(ctx, g, s, e, row=row)
    _READ.keep(key, _moved(found, -s))
    return found


def _moved(figures: list[FigureMention], shift: int) -> list[FigureMention]:
    """Copies of a sentence's figures, every position moved by ``shift``."""
    out: list[FigureMention] = []
    for f in figures:
        c = FigureMention.__new__(FigureMention)
        for name in FigureMention.__slots__:
            setattr(c, name, getattr(f, name))
        c.span = (f.span[0] + shift, f.span[1] + shift)
        c.sentence = (f.sentence[0] + shift, f.sentence[1] + shift)
        c.previous_sentence = (f.previous_sentence[0] + shift, f.previous_sentence[1] + shift)
        out.append(c)
    siblings = tuple(out)
    for c in out:
        c.siblings = siblings
    return out


#: An answer's label that opens a line's sentence, after a bullet or an arrow at most ("- Đáp
#: án:", "ANSWER:", "ຕອບ:"; the word files' ``dates.answer_labels``).
_ANSWER: Final = re.compile(
    rf"[\s\-–—•*→>]*+(?:{_word(merged('dates', 'answer_labels'))})[^\S\n]*+:", re.IGNORECASE
)


def _question_before(ctx: Context, g: _Grammar, s: int) -> int:
    """
    Where the question starts that the answer opening the sentence at ``s`` answers, when it
    ends with a question mark right before it and names a metric; else ``s``.
    """
    text = ctx.text
    if s < 2 or _ANSWER.match(text, s) is None:
        return s  # most sentences: no answer's label
    ps, pe = ctx.sentence(s - 2, s - 1)
    if ps >= s or not text[ps:pe].rstrip().endswith(("?", "？")) or g.flow.search(text, ps, pe) is None:
        return s
    return ps


def _goes_on(ctx: Context, lent: tuple[int, int] | None, s: int) -> bool:
    """
    Whether the sentence at ``s`` comes right after ``lent``, in its paragraph: a sentence whose
    sums have a metric its words do not name, which it took from the sentence before ("The target
    is 10 billion USD of trade. Last year it reached 2.98 billion USD. In nine months it had
    reached 2.36 billion USD"); its sums said reached take it in turn (:func:`_carry`).
    """
    if lent is None or s < 2 or "\n\n" in ctx.text[lent[1] : s]:
        return False
    return ctx.sentence(s - 2, s - 1) == lent


def _names_metric(ctx: Context, g: _Grammar, s: int, e: int) -> bool:
    """Whether a sentence, or the one before it in its paragraph ("this figure ..."), names a metric."""
    text = ctx.text
    if g.flow.search(text, s, e) is not None or any(
        not _in_a_compound(g, text, s, m.end("verb")) for m in g.verb_sum.finditer(text, s, e)
    ):
        return True
    if s < 2 or "\n\n" in text[max(0, s - 3) : s]:
        return False
    ps, pe = ctx.sentence(s - 2, s - 1)
    return ps < s and g.flow.search(text, ps, pe) is not None


def _figures_of(ctx: Context, g: _Grammar, s: int, e: int) -> list[FigureMention]:
    """The figures of a sentence, in order: numbers with what follows them, and ratios in words."""
    text = ctx.text
    figures: list[FigureMention] = []
    vi: bool | None = None
    for m in g.figure.finditer(text, s, e):
        if vi is None and _GROUPED.search(m[0]):
            # "1,000" is a thousand in English and one in Vietnamese: the sentence's language decides
            vi = ctx.lang_at(s, e) == "vi"
        figure = _figure(g, m, vi=bool(vi))
        if figure is None and m["rng"]:
            # no range ("from 1.65 billion USD in 2023 to 2.98 billion USD"): the sum after its dash
            # or "to" may be one
            after = g.figure.match(text, m.start("n2"), e)
            figure = None if after is None else _figure(g, after, vi=bool(vi))
        if figure is not None:
            figures.append(figure)
    taken = [f.span for f in figures]
    folded = ctx.scan.folded
    hinted = folded is None or any(word in folded[s:e] for word in g.ratio_folded)
    for m in g.ratio.finditer(text, s, e) if hinted else ():
        if _overlaps_any(taken, m.span()):
            continue
        f = FigureMention(m.span(), m[0], "ratio", g.ratio_words[_key(m["ratio"])], "x")
        f.in_words = True
        f.precision = Decimal("0.1")
        f.qualifier = g.qualifiers[_key(m["qual"])] if m["qual"] else None
        figures.append(f)
    figures.sort(key=lambda f: f.span)
    return figures


def _changes(
    g: _Grammar, text: str, f: FigureMention, sentence: tuple[int, int], *, since: int, row: Row | None
) -> None:
    """
    What words of a change say of a figure in the sentence ``text[s:e]``: a percentage's
    direction (:func:`_percent`), or that a sum is what a metric changed by ("rose by USD 780
    million", "tăng 780 triệu USD"), not what it came to.
    """
    s, e = sentence
    a, b = f.span
    if f.shape == "percent":
        _percent(g, text, f, _clause(text, s, e, a, b), since=since, e=e, row=row)
    elif f.shape == "money" and f.status == "actual" and g.changed_by.search(text[max(s, a - 32) : a]):
        f.by = True


def _percent(
    g: _Grammar,
    text: str,
    f: FigureMention,
    clause: tuple[int, int],
    *,
    since: int,
    e: int,
    row: Row | None = None,
) -> None:
    """
    A percentage's direction ("up", "giảm"; in a table's ``row``, maybe its column header's)
    and whether it is a yearly rate ("a year").
    """
    a, b = f.span
    if any(
        not g.same_period.match(text, r.start()) and not g.year_on_year.match(text, r.start())
        for r in g.rate.finditer(text, *clause)
    ):
        f.rate = True
        f.metric = "bilateral-trade-growth"
    before = text[max(clause[0], since - 24) : a]
    sign = _sign(text, a)
    if sign is not None:  # "+32.7%", "(−5%)": a signed percentage is a change
        f.direction = sign
    elif g.decrease.search(before) or g.decrease.match(text, b, b + 16):
        f.direction = "decrease"
    elif (
        g.increase.search(before)
        or g.increase.search(text, b, min(e, b + 16))
        or g.increase_after.match(text, b, min(e, b + 16))
    ):
        f.direction = "increase"
    elif row is not None:
        _header_direction(g, text, f, row)


def _header_direction(g: _Grammar, text: str, f: FigureMention, row: Row) -> None:
    """
    The direction of a percentage in a table's row that its column's header says ("| Tăng so với
    cùng kỳ |", "| Growth |"): the header's words of an increase or a decrease.
    """
    header = row.header_over(f.span[0])
    if header is None:
        return
    if g.decrease.search(text, *header):
        f.direction = "decrease"
    elif g.increase.search(text, *header):
        f.direction = "increase"


#: A percentage's sign and the direction it says.
_SIGNS: Final = {"+": "increase", "−": "decrease", "-": "decrease", "–": "decrease"}


def _sign(text: str, a: int) -> str | None:
    """
    The direction a sign right before a percentage at ``text[a]`` says ("+32.7%", "(−5%)"),
    where the sign follows no digit or letter (a range's dash "20-30%" is no sign).

    >>> _sign("up (+54.0%)", 5), _sign("20-30%", 3), _sign("+ 5%", 2)
    ('increase', None, None)
    """
    if a < 1 or text[a - 1] not in _SIGNS:
        return None
    before = text[a - 2] if a >= 2 else " "
    if before.isdigit() or before in ".,%" or (before.isalpha() and not is_lao(before)):
        return None  # (Lao runs its words together: "ປະມານ+34%", about +34%)
    return _SIGNS[text[a - 1]]


def _read_sentence(ctx: Context, g: _Grammar, s: int, e: int, row: Row | None = None) -> list[FigureMention]:
    """
    The figures of a sentence that names a metric, with all their words say; in a table's
    ``row``, a figure's metric may be named by its column's header or the table's caption.
    """
    text = ctx.text
    figures = _figures_of(ctx, g, s, e)
    if not figures:
        return []
    named, unplaced = _periods(ctx, g, s, e)
    if row is not None:
        named = _row_year(named)
    horizons = _horizons(text, s, e)
    periods = [p for p in named if not any(h[1][0] <= p[0] < h[1][1] for h in horizons)]
    # horizon words follow a figure in Vietnamese and Lao, precede it in English
    after_first = bool(horizons) and ctx.lang_at(s, e) in ("vi", "lo")
    currency = next((f.unit for f in figures if f.shape == "money" and f.unit), None)
    previous_end = s
    last_money: FigureMention | None = None
    previous = ctx.sentence(s - 2, s - 1) if s >= 2 else (s, s)
    respectively = _respectively(g, text, figures, horizons, (s, e)) if len(horizons) > 1 else {}
    started: FigureMention | None = None  # the sum a rise to a target starts from, right before
    for i, f in enumerate(figures):
        f.sentence, f.previous_sentence = (s, e), previous
        a, b = f.span
        if f.shape == "money" and f.unit is None:
            f.unit = currency
        stretch = text[previous_end:a]
        next_start = figures[i + 1].span[0] if i + 1 < len(figures) else e
        right_before = _right_before(g, text, horizons, a)
        near = respectively.get(i) or _nearest_horizon(
            horizons,
            f,
            figures[i - 1].span[1] if i else s,
            # in English, horizon words after a figure are its own only in its clause: "could top
            # 3.4 billion USD, which would bring the near-term goal of 5 billion USD into view"
            next_start if after_first else min(next_start, _clause(text, s, e, a, b)[1]),
            after_first=after_first,
            text=text,
            second=i > 0,
            link=g.horizon_link,
            right_before=right_before,
            cut=g.clause,
            binds=g.horizon_right_before if after_first and next_start < e else None,
        )
        if near is not None:
            f.horizon, f.horizon_text = near
        # horizon words right after the figure ("4 billion USD by 2020"): the words before it in its
        # stretch between commas say whether they make it a target
        adjacent = near is not None and any(
            b <= h[1][0] <= b + 2 and not text[b : h[1][0]].strip() for h in horizons
        )
        clause = _clause(text, s, e, a, b)
        bound = text[max(clause[0], previous_end) : a] if adjacent else None
        # horizon words right before the figure make it a target, whatever verb stands before them
        f.status = (
            "target"
            if right_before and near is not None
            else _status(g, stretch, text[b : b + 48], horizon=near is not None, bound=bound)
        )
        f.unmarked = f.status == "actual" and g.actual.search(stretch) is None
        rise = _rise(g, text, f, named, s, after=started)
        if rise == "from":
            f.status, f.horizon, f.horizon_text = "actual", None, None
        elif rise == "to":
            f.status = "target"
        started = f if rise == "from" else None
        f.metric = _turned(
            g,
            text,
            f,
            _metric(g, text, s, e, f)
            if row is None
            else _row_metric(g, text, row, (s, e), f, figures=figures),
            (s, e),
        )
        _changes(g, text, f, (s, e), since=previous_end, row=row)
        later = next_start if i + 1 < len(figures) else None
        _place(g, text, f, periods=periods, last_money=last_money, s=s, e=e, later=later, unplaced=unplaced)
        if f.cumulative and f.period is None and unplaced:
            # a stock "as of April", no year: the last April by the publication date
            f.period = _stock_month(g, text, unplaced, ctx.published)
        f.period_unplaced = f.period_unplaced or (bool(unplaced) and f.period is None and not f.latest)
        if f.shape in {"money", "count"} and (last_money is None or not bracketed(text, f.span)):
            last_money = f  # (a sum in brackets is an aside: "so với năm 2024 (2,52 tỷ USD)")
        previous_end = b
    _relate(g, text, figures)
    siblings = tuple(figures)
    for f in figures:
        f.siblings = siblings
    return figures


def _rise(
    g: _Grammar, text: str, f: FigureMention, periods: list[_Found], s: int, *, after: FigureMention | None
) -> str | None:
    """
    ``"from"`` for the sum a rise to a target starts from, with its own period right after it
    ("agreed to raise two-way trade from $2.98 billion last year to $10 billion", "nâng kim ngạch từ
    2,98 tỷ USD năm 2025 lên 10 tỷ USD"): what was reached then, not what is aimed at; ``"to"`` for
    the sum such a rise goes to (``after``: the sum it starts from, when right before), the target;
    else ``None``.  A sum with no period of its own ("raised the goal from 5 to 10 billion USD") may
    be the old target, and stays one.
    """
    if after is not None and f.shape == "money" and _TO_BETWEEN.search(text[after.span[1] : f.span[0]]):
        return "to"
    return "from" if f.status == "target" and _starts_a_rise(g, text, f, periods, s) else None


def _starts_a_rise(g: _Grammar, text: str, f: FigureMention, periods: list[_Found], s: int) -> bool:
    """Whether a sum stands after a word like "from", with its own period right after it (:func:`_rise`)."""
    a, b = f.span
    if f.shape != "money" or g.origin.search(text, max(s, a - 8), a) is None:
        return False
    return any(
        b <= start <= b + 16 and (not text[b:start].strip() or _key(text[b:start]) in g.year_words)
        for start, _end, period, *_ in periods
        if period
    )


def _relate(g: _Grammar, text: str, figures: list[FigureMention]) -> None:
    """What a sentence's figures say of each other: a change's sums (:func:`_came_to`, :func:`_from_to`,
    :func:`_base_sums`)."""
    _came_to(text, figures)
    _from_to(g, text, figures)
    _base_sums(g, text, figures)


def _came_to(text: str, figures: list[FigureMention]) -> None:
    """
    A change or ratio right before the sum it came to ("almost doubled to US$2.98 billion in
    2025", "tăng gần gấp đôi lên 2,98 tỷ USD"): of that sum's period, on the period of the sum
    before it, if another.
    """
    for i, f in enumerate(figures[:-1]):
        came = figures[i + 1]
        if (
            f.shape not in ("percent", "ratio")
            or came.shape != "money"
            or came.period is None
            or not _RESULT.fullmatch(text, f.span[1], came.span[0])
        ):
            continue
        prior = next((p for p in reversed(figures[:i]) if p.shape == "money" and p.period is not None), None)
        if prior is not None and prior.period != came.period:
            f.base, f.base_text = prior.period, prior.period_text
        f.period, f.period_text, f.latest = came.period, came.period_text, came.latest


#: Between that sum and the one it came to: its period at most, then "to" ("lên", "ເປັນ").
_TO_BETWEEN: Final = re.compile(
    rf"[^,;.]{{0,24}}?(?:{_alternation(merged('amounts', 'result_before')) or '(?!)'})\s*+\Z",
    re.IGNORECASE,
)


def _base_sums(g: _Grammar, text: str, figures: list[FigureMention]) -> None:
    """
    A sum right after a change and words of its base ("up 32.7% from 2.25 billion USD", "tăng
    32,7% so với mức 2,25 tỷ USD"; the word files' ``amounts.base_before``), given the change's
    period and no other: the base's sum, of the change's base period (the same months a year
    before when the text names none), not the period the change came to.
    """
    for change, base in itertools.pairwise(figures):
        if (
            change.shape not in ("percent", "ratio")
            or base.shape != "money"
            or change.period is None
            or base.period != change.period
        ):
            continue
        if not g.base_lead.fullmatch(text, change.span[1], base.span[0]):
            continue
        y1, m1, y2, m2 = change.period
        base.period = change.base or (y1 - 1, m1, y2 - 1, m2)
        base.period_inherited = True


def _from_to(g: _Grammar, text: str, figures: list[FigureMention]) -> None:
    """
    A change or ratio right after a rise from one sum to another of two periods ("rose from
    US$1.65 billion in 2023 to US$2.98 billion in 2025, nearly doubling in two years", "tăng từ
    1,65 tỷ USD năm 2023 lên 2,98 tỷ USD năm 2025, gần gấp đôi"): of the second sum's period, on
    the first's, when nothing in its own words says another base.
    """
    for i in range(2, len(figures)):
        f, first, second = figures[i], figures[i - 2], figures[i - 1]
        if (
            f.shape not in ("percent", "ratio")
            or f.base is not None
            or first.shape != "money"
            or second.shape != "money"
            or first.period is None
            or second.period is None
            or first.period >= second.period
            or first.metric != second.metric
            or f.span[0] - second.span[1] > 40
            or g.origin.search(text, max(0, first.span[0] - 12), first.span[0]) is None
            or _TO_BETWEEN.search(text[first.span[1] : second.span[0]]) is None
        ):
            continue
        f.base, f.base_text = first.period, first.period_text
        f.period, f.period_text, f.latest = second.period, second.period_text, second.latest


@functools.lru_cache(maxsize=4096)
def _key(words: str) -> str:
    """Words as the word files' tables hold them: lower case, single spaces, none between Lao letters."""
    return unspaced(" ".join(words.lower().split()))


def _figure(g: _Grammar, m: re.Match[str], *, vi: bool) -> FigureMention | None:  # noqa: PLR0911 - one per reason
    """A figure from a match of the figure pattern, or ``None`` when it is a bare number."""
    pre, post, scale, pct, times, count, tb = (
        m["pre"],
        m["post"],
        m["scale"] or m["glued"],
        m["pct"],
        m["times"],
        m["count"],
        m["tb"],
    )
    n1, n2 = m["n1"], m["n2"]
    words = not n1[0].isdigit()
    if pct:
        shape, unit = "percent", "%"
    elif times or tb:
        shape, unit = "ratio", "x"
    elif pre or post or scale:
        # a scale without a currency ("yet to reach 3 billion") takes the sentence's currency
        shape = "money"
        unit = g.currencies.get(_key(pre or post)) if (pre or post) else None  # type: ignore[assignment]
    elif count:
        shape, unit = "count", g.counts[_key(count)]
    else:
        return None
    if words and shape not in ("money", "ratio"):
        return None
    if words and shape == "money" and not scale:
        return None
    if shape == "money" and scale and _key(scale) == "m" and not pre:
        return None
    if m["rng"] and n2 is None:
        return None
    try:
        first, precision = _read(g, n1, vi=vi)
        second = _read(g, n2, vi=vi)[0] if n2 else None
    except (InvalidOperation, ValueError):
        return None
    power = g.scales.get(_key(scale)) if scale else None
    if scale and power is None:
        power = g.glued[_key(scale)]
    factor = Decimal(10) ** power if scale and shape == "money" and power is not None else Decimal(1)
    lo = m.start()
    hi = m.end("count") if count else m.end()
    text = m.string[lo:hi]
    f = FigureMention((lo, hi), text, shape, first * factor, unit)
    if second is not None:
        f.upper = second * factor
        if f.upper <= f.value:
            return None
    f.precision = precision * factor
    f.in_words = words
    if words and shape == "ratio":
        f.precision = Decimal("0.1")
    f.qualifier = g.qualifiers[_key(m["qual"])] if m["qual"] else None
    if shape == "count":
        f.metric = unit
        f.unit = "projects"
        f.cumulative = True
    return f


def _read(g: _Grammar, written: str, *, vi: bool) -> tuple[Decimal, Decimal]:
    """A number as written, and the unit of its last digit."""
    word = g.number_words.get(_key(written))
    if word is not None:
        return word, Decimal(1) if word == word.to_integral_value() else Decimal("0.1")
    value = _number(written, vi=vi)
    exponent = value.as_tuple().exponent
    return value, Decimal(1).scaleb(min(int(exponent), 0))


#: A dash or a comma right after a figure, setting off what follows as said of it.
_SET_OFF: Final = re.compile(r"[^\S\n]*+(?:[–—,]|-(?=\s))")


def _status(g: _Grammar, stretch: str, after: str, *, horizon: bool, bound: str | None = None) -> str:
    """
    Target, forecast, estimate or actual, from the words before the figure and right after it.

    The words before it count from the start of its clause ("in which", "khi"); a target
    or forecast word wins over an actual one ("expected to reach", "phấn đấu đạt"), and a target
    word right after the figure ("USD 10 billion target"; "ở mức 5 tỷ USD – mục tiêu ...", set
    off by a dash or a comma) unless, not so set off, an actual word stands right before it
    ("ບັນລຸ 2,98 ຕື້ ໂດລາ ເປົ້າໝາຍ ..."); a horizon with no actual word makes it a
    target ("10 tỷ USD về lâu dài"), unless words of a forecast stand there
    (``amounts.forecast_over_horizon``: "forecast ... by 2027").  Horizon words right after the
    figure (``bound``: the words before it in its stretch between commas) bind to it: "speaking
    of 4 billion USD by 2020" and "mục tiêu ... là 4 tỷ USD vào năm 2020" are targets unless an
    actual word stands right before the figure without a target word in that stretch ("trade
    was 4 billion USD by 2020").
    """
    clauses = list(g.clause.finditer(stretch))
    if clauses:
        stretch = stretch[clauses[-1].end() :]
    if g.target.search(stretch) or (
        g.target_after.match(after) and (_SET_OFF.match(after) or not g.actual_last.search(stretch[-40:]))
    ):
        # (a target word right after a sum said reached, not set off by a dash or a comma
        # ("ở mức 5 tỷ USD – mục tiêu ..."), opens the next clause, unmarked as Lao writes it:
        # "ບັນລຸ 2,98 ຕື້ ໂດລາ ເປົ້າໝາຍ ຕໍ່ໄປ ແມ່ນ 10 ຕື້ ໂດລາ")
        return "target"
    # "Analysts forecast trade of USD 4 billion by 2027": a forecast's words, no target's
    forecast = g.forecast_by.search(stretch) is not None
    if not forecast and (
        (horizon and not g.actual.search(stretch))
        or (bound is not None and (g.target.search(bound) or not g.actual_last.search(bound[-40:])))
    ):
        return "target"
    if forecast or g.forecast.search(stretch):
        return "forecast"
    if g.estimate.search(stretch):
        return "estimate"
    return "actual"


def _clause(text: str, s: int, e: int, a: int, b: int) -> tuple[int, int]:
    """
    The stretch around ``text[a:b]`` between commas, semicolons and the dots of a run-in list
    ("2022 USD 1.65 billion · 2023 USD 1.9 billion"), within ``[s, e)``.
    """
    lo = max(text.rfind(mark, s, a) for mark in _CLAUSE_MARKS)
    his = [h for h in (text.find(mark, b, e) for mark in _CLAUSE_MARKS) if h != -1]
    return (lo + 1 if lo != -1 else s, min(his) if his else e)


#: What parts a sentence's clauses: a comma, a semicolon, a run-in list's dot.
_CLAUSE_MARKS: Final = (",", ";", "·", "•")


def _metric(g: _Grammar, text: str, s: int, e: int, f: FigureMention) -> str | None:
    """The metric of a sum of money: the nearest flow word before it (else after), with its direction."""
    if f.shape == "count":
        # a count of projects is the investment metric only where investment is spoken of
        return (
            f.metric if any(g.flows[_key(m[0])] == "capital" for m in g.flow.finditer(text, s, e)) else None
        )
    a, b = f.span
    flow = g.flow.search(text, b, e) if g.flow_after.match(text, b, e) else None
    verb = None if flow is not None else _verb_flow(g, text, s, a)
    if verb is not None:
        # its subject is named in its own part of the sentence: "Hàng Lào xuất sang ta ...;
        # riêng quý I/2025, ta xuất 346 triệu USD" says nothing of whose exports the sum counts
        return _flow_metric(g, text, semicolon_part(text, s, e, verb.start(), verb.end())[0], verb, f)
    if flow is None:
        before = list(g.flow.finditer(text, s, a))
        if len(before) > 1 and ";" in text[before[-1].end() : a] and _said_reached(text, f):
            # past a semicolon, a sum said reached is the sentence's topic's: "trade was 2.2
            # billion, with a surplus of 723.7 million; in 2025 it reached 2.98 billion"
            before = before[:1]
        if before and _a_sum(g, text, before[-1].end(), a, several=len(before) > 1):
            # "exports ... US$346 million; imports ... US$633 million; total US$979 million": the
            # sum of trade flows is the trade between the two; of others, no metric of one of them
            f.own_metric = True
            kinds = {g.flows[_key(m[0])] for m in before}
            return "bilateral-trade-turnover" if len(before) > 1 and kinds <= _TRADE_FLOWS else None
        # else the first after it in its clause: one past a comma is the next figure's ("2,2 tỷ
        # USD, trong đó Việt Nam xuất siêu khoảng 732,7 triệu USD")
        if before:
            flow = _head_flow(g, text, before)
        else:
            hi = _clause(text, s, e, a, b)[1]
            flow = g.flow.search(text, b, hi)
            join = g.clause_join.search(text, b, flow.start()) if flow is not None else None
            if join is not None and flow is not None and not _DIGIT.search(text, join.end(), flow.start()):
                # "2,25 ... ແລະ ລາວເກີນດຸນ ... 732,7 ...": past "and", the flow word leads the next
                # sum; not "5 tỷ USD và 10 tỷ USD: mục tiêu thương mại ...", where it follows both
                flow = None
        if (
            flow is not None
            and flow.end() <= a
            and g.other_quantity.search(text, max(s, flow.start() - 16), a)
        ):
            # "Trade reached US$2.98 billion, while GDP reached US$15 billion"; a flow word in
            # another quantity's name ("tổng mức đầu tư", a project's total investment)
            return None
    if flow is None:
        return _metric_around(g, text, (s, a), f)
    return _flow_metric(g, text, s, flow, f)


def _verb_flow(g: _Grammar, text: str, s: int, a: int) -> re.Match[str] | None:
    """
    A verb right before a sum at ``a`` that names its flow ("Lào xuất 633 triệu USD, nhập 346
    triệu USD từ Việt Nam": exported, imported), not the last syllable of another word ("thu
    nhập", income); ``s`` starts the sentence.
    """
    verb = g.flow_verb.search(text, max(s, a - 12), a)
    return None if verb is None or _in_a_compound(g, text, s, verb.end()) else verb


def _in_a_compound(g: _Grammar, text: str, s: int, end: int) -> bool:
    """Whether a verb of a flow ending at ``end`` is the last syllable of another word ("thu nhập")."""
    return g.verb_compound.search(text, max(s, end - 12), end) is not None


def _metric_around(g: _Grammar, text: str, at: tuple[int, int], f: FigureMention) -> str | None:
    """
    The metric of a sum of money whose sentence (starting at ``s``, the sum at ``a``) names no
    flow: the heading's of the list it is an item of, else the sentence before's, for a target or
    a figure said reached.
    """
    s, a = at
    heading = item_heading(text, a) if f.shape == "money" else None
    if heading is not None and len({g.flows[_key(m[0])] for m in g.flow.finditer(text, *heading)}) == 1:
        # a list's item that names no flow counts what its heading names, one flow ("Bảng 2.1.
        # Kim ngạch thương mại Việt Nam – Lào\n  Năm 2022: 1,65 tỷ USD"; not "TRADE AND INVESTMENT")
        metric = _lead_metric(g, text, [heading], f)
        if metric is not None:
            return metric
    if s < 2 or "\n\n" in text[max(0, s - 3) : s]:
        return None
    # "this figure", "mục tiêu 5 tỷ USD": the metric of the sentence before, in the paragraph,
    # for a target or a figure said reached ("The new bridge cost 120 million USD" is none),
    # not one said of another quantity ("Investment reached US$5.63 billion")
    if (f.status != "target" and not _said_reached(text, f)) or g.other_quantity.search(text, s, a):
        return None
    ps, _pe = f.previous_sentence
    earlier = list(g.flow.finditer(text, ps, s)) if ps < s else []
    flow = earlier[-1] if earlier else None
    if flow is None or g.flows[_key(flow[0])] not in ("turnover", "capital"):
        return None
    return _flow_metric(g, text, s, flow, f)


def _head_flow(g: _Grammar, text: str, before: list[re.Match[str]]) -> re.Match[str]:
    """
    The last flow word before a figure, or the surplus or deficit it completes: in "a surplus in
    its trade with Vietnam: about US$732.7 million", the trade is the surplus's.
    """
    last = before[-1]
    if len(before) > 1 and g.flows[_key(last[0])] == "turnover":
        head = before[-2]
        between = text[head.end() : last.start()]
        if g.flows[_key(head[0])] in ("surplus", "deficit") and _FEW_WORDS.fullmatch(between):
            return head
    return last


#: A digit, any script's.
_DIGIT: Final = re.compile(r"\d")
#: At most two words between spaces ("in its", "trong"), nothing else.
_FEW_WORDS: Final = re.compile(r"\s++(?:[^\W\d_]++\s++){0,2}")


#: The flows whose sum is the trade between the two countries.
_TRADE_FLOWS: Final = frozenset({"exports", "imports", "turnover"})


def _a_sum(g: _Grammar, text: str, after: int, a: int, *, several: bool) -> bool:
    """
    Whether the words between the last flow word (ending at ``after``) and a figure at ``a``
    open a part of their own with a sum word, or, after ``several`` flow words, of five words at
    most with one among them ("; total ", ", tổng cộng ", ", for a quarter total of "): the figure
    sums the flows before it ("trade ..., and the nine-month total was ..." is the trade's own).
    """
    stretch = text[after:a]
    cut = max(stretch.rfind(mark) for mark in ";,\n")
    if cut < 0:
        return False
    words = stretch[cut + 1 :].strip(" \t:").lower()
    if words in g.sums or any(words.startswith(w + " ") and len(words) <= len(w) + 6 for w in g.sums):
        return True
    # a few words around it: ", for a quarter total of ", ", making a combined "
    padded = f" {' '.join(words.split())} "
    return several and len(words.split()) <= 5 and any(f" {w} " in padded for w in g.sums)


def _row_metric(
    g: _Grammar, text: str, row: Row, line: tuple[int, int], f: FigureMention, *, figures: list[FigureMention]
) -> str | None:
    """
    The metric of a figure in a table's ``row`` (its line ``text[s:e]``): the figure's own cell's,
    else its column header's, the row's first cell's (``| Kim ngạch thương mại | 2,2 tỷ USD |``) or
    the caption's, else the row's.  Another cell's words are another figure's: in ``| 2024 | 2,52
    tỷ USD | Lào xuất siêu khoảng 732,7 triệu USD |`` the sum is no surplus.  A cell of several
    sums that names none's metric is a note of other things ("Việt Nam xuất 346 triệu USD, nhập
    633 triệu USD"): none is the caption's.
    """
    a = f.span[0]
    i = row.cell_at(a)
    if i is None:
        return _metric(g, text, *line, f)
    metric = _metric(g, text, *row.cells[i], f)
    cs, ce = row.cells[i]
    if metric is None and sum(o.shape == f.shape and cs <= o.span[0] < ce for o in figures) > 1:
        f.own_metric = True
        return None
    if metric is None:
        leads = row.leads(a)
        if i:
            leads.insert(min(1, len(leads)), row.cells[0])
        metric = _lead_metric(g, text, leads, f)
    return _metric(g, text, *line, f) if metric is None else metric


def _lead_metric(g: _Grammar, text: str, leads: list[tuple[int, int]], f: FigureMention) -> str | None:
    """The metric a table row's figure takes from its column's header or the caption (``leads``, in turn)."""
    if f.shape == "count":
        return None
    for start, end in leads:
        # the lead's most specific flow: "Laos' trade surplus with Vietnam" counts a surplus, not
        # the trade its first word names
        flows = list(g.flow.finditer(text, start, end))
        flow = next((m for m in flows if g.flows[_key(m[0])] != "turnover"), flows[0] if flows else None)
        if flow is not None:
            return _flow_metric(g, text, start, flow, f)
    return None


def _flow_metric(g: _Grammar, text: str, s: int, flow: re.Match[str], f: FigureMention) -> str | None:
    """The metric a flow word names for a figure (``s``: where the flow's subject may stand from)."""
    key = _key(flow[0])
    kind = g.flows[key] if key in g.flows else g.flow_verbs[key]
    if kind == "turnover":
        return "bilateral-trade-turnover"
    if kind == "capital":
        if not _vietnams_in_laos(g, text, flow):
            return None
        f.cumulative = True
        return "investment-vn-in-la-capital"
    exporter = _exporter(g, text, s, flow, kind)
    if exporter is None:
        return None
    other = "LA" if exporter == "VN" else "VN"
    if kind in ("exports", "imports"):
        return f"exports-{exporter.lower()}-to-{other.lower()}"
    return f"trade-surplus-{exporter.lower()}"


def _vietnams_in_laos(g: _Grammar, text: str, flow: re.Match[str]) -> bool:
    """
    Whether capital a flow word names may be Vietnam's in Laos, the only capital the record
    holds: not another owner's ("Lao investment", "đầu tư của Lào"), nor invested elsewhere
    ("investment in Vietnam", "investment in the railway project"; "in" a period says nothing).
    """
    of = g.of_flow.match(text, flow.end())
    if of is not None and g.countries[_key(of["c"])] != "VN":
        return False
    owner = g.owner_before.search(text, max(0, flow.start() - 24), flow.start())
    if owner is not None and g.countries[_key(owner[0].strip())] != "VN":
        return False
    host = g.invested_in_country.search(text, flow.end(), flow.end() + 40)
    if host is not None:
        return bool(g.countries[_key(host["c"])] == "LA")
    where = g.invested_in.match(text, flow.end())
    if where is None:
        return True
    after = where.end()
    return g.period.search(text, after, after + 16) is not None or text[after : after + 1].isdigit()


def _exporter(g: _Grammar, text: str, s: int, flow: re.Match[str], kind: str) -> str | None:
    """
    The country whose exports a flow word counts (for a surplus: the country with the surplus).

    "exports to Laos" and "imports from Laos" name it after the word; else it is the subject,
    the nearest country before the word that no "to" or "from" stands before; the first, after
    "its" or "and" ("Laos sold Vietnam goods worth ... and bought ... from it": Laos bought).
    """
    of = g.of_flow.match(text, flow.end())
    if of is not None:  # "xuất khẩu của Việt Nam sang Lào": Vietnam's exports
        owner = g.countries[_key(of["c"])]
        return _other(owner) if kind in ("imports", "deficit") else owner
    after = g.after_flow.match(text, flow.end())
    subject: str | None = None
    if after is not None:
        # goods come "from" the exporter and go "to" the other country, whatever the word
        named = g.countries[_key(after["c"])]
        return named if after["fr"] else _other(named)
    named = list(g.country.finditer(text, s, flow.start()))
    # "its surplus", "thặng dư của mình": the sentence's subject, the first country it names
    own = (
        g.own_before.search(text, max(s, flow.start() - 12), flow.start())
        or g.own_after.match(text, flow.end(), flow.end() + 16)
        or g.joined_before.search(text, max(s, flow.start() - 8), flow.start())
    )
    for m in named if own else reversed(named):
        if g.toward.search(text, max(s, m.start() - 8), m.start()) is None and not g.origin.search(
            text, max(s, m.start() - 8), m.start()
        ):
            subject = g.countries[_key(m[0])]
            break
    if subject is None:
        return None
    # the subject imports, or has the deficit: the other country exports more
    return _other(subject) if kind in ("imports", "deficit") else subject


def _other(country: str) -> str:
    return "LA" if country == "VN" else "VN"


def _respectively(
    g: _Grammar,
    text: str,
    figures: list[FigureMention],
    horizons: tuple[tuple[Horizon, tuple[int, int], str], ...],
    sentence: tuple[int, int],
) -> dict[int, tuple[Horizon, str]]:
    """
    Horizons named in turn after sums named in turn, each its own: "5 ຕື້ໂດລາແລະ 10 ຕື້ໂດລາ:
    ຄາດໝາຍການຄ້າໄລຍະໃກ້ແລະໄລຍະຍາວ" (5 and 10 billion: the near- and the longer-term target),
    or before them, where none follow ("Mục tiêu trước mắt / lâu dài | 5 tỷ USD / 10 tỷ USD",
    "the near- and longer-term targets of 5 and 10 billion USD"), by the figures' places in the
    sentence; none where the counts differ.
    """
    s, e = sentence
    out: dict[int, tuple[Horizon, str]] = {}
    i = 0
    while i < len(figures):
        j = i  # the run of sums joined by "and" or a comma only
        while j + 1 < len(figures) and g.joined.fullmatch(text, figures[j].span[1], figures[j + 1].span[0]):
            j += 1
        if j > i:
            end = figures[j + 1].span[0] if j + 1 < len(figures) else e
            after = sorted(
                (h for h in horizons if figures[j].span[1] <= h[1][0] and h[1][1] <= end), key=lambda h: h[1]
            )
            if not after:  # named before the sums, since the sum before them
                start = figures[i - 1].span[1] if i else s
                after = sorted(
                    (h for h in horizons if start <= h[1][0] and h[1][1] <= figures[i].span[0]),
                    key=lambda h: h[1],
                )
            if len(after) == j - i + 1 and len({h[0].kind for h in after}) == len(after):
                out.update({i + k: (h[0], h[2]) for k, h in enumerate(after)})
        i = j + 1
    return out


def _nearest_horizon(
    horizons: tuple[tuple[Horizon, tuple[int, int], str], ...],
    f: FigureMention,
    lo: int,
    hi: int,
    *,
    after_first: bool,
    text: str,
    second: bool,
    link: re.Pattern[str],
    right_before: bool = False,
    cut: re.Pattern[str] | None = None,
    binds: re.Pattern[str] | None = None,
) -> tuple[Horizon, str] | None:
    """
    The horizon words of a figure, between the figures before and after it.

    English puts them before the figure ("a near-term goal of 5 billion"), Vietnamese after
    ("5 tỷ USD trước mắt, 10 tỷ USD về lâu dài"): those are looked for first, and in
    Vietnamese and Lao taken only right after the figure (nothing but spaces, a comma or
    ``link`` words between): in "lên 5 tỷ USD và về lâu dài 10 tỷ USD" or "2,56 ຕື້ໂດລາ;
    ຄາດໝາຍໄລຍະໃກ້ 4 ຕື້ໂດລາ" they are the next figure's.  Words right after the figure before
    (``lo``, when this one is not the first, ``second``: only spaces, a comma or ``link``
    words between) are that figure's, in either order: in "5 billion USD in the near term and
    10 billion USD in the longer term", or "5 billion USD as a near-term goal and 10 billion USD
    ...", the near term is not the second figure's.  Words ``right_before`` the figure (nothing
    but a space or a copula between: "mục tiêu trước mắt 5 tỷ USD và lâu dài 10 tỷ USD",
    "ໄລຍະໃກ້ແມ່ນ 5 ຕື້ໂດລາ") are its own in any language, and so are words right after a figure
    after the first ("... and 10 billion USD for the longer term").  Words before it with words
    of a clause of its own between (``cut``: "... ໃນໄລຍະຍາວ, ທຽບກັບ 2,36 ຕື້ໂດລາ", compared
    with) are not, nor those before a semicolon; nor are words after it that stand right before
    the next figure (``binds`` between, at ``hi``: "mục tiêu trước mắt ... 5 tỷ USD, lâu dài là
    10 tỷ USD").
    """
    a, b = f.span
    # words right before this figure are its own, even right after the one before ("ໄລຍະໃກ້
    # 4 ຕື້ໂດລາ, ໄລຍະຍາວ 10 ຕື້ໂດລາ")
    own = max((h[1][1] for h in horizons if h[1][1] <= a), default=None) if right_before else None

    def of_the_figure_before(h: tuple[Horizon, tuple[int, int], str]) -> bool:
        return second and h[1][1] != own and link.fullmatch(text, lo, h[1][0]) is not None

    before = [
        h
        for h in horizons
        if lo <= h[1][0]
        and h[1][1] <= a
        and not of_the_figure_before(h)
        and (cut is None or cut.search(text, h[1][1], a) is None)
        and ";" not in text[h[1][1] : a]  # "a longer-term goal; the nearer one is USD 5 billion"
        # a span of years in another cell of a table's row is that cell's ("| Trade montage,
        # 2019-2025 | 1.1-1.2 billion dollars (2019, estimate)"), where a row's label of a term
        # ("| Mục tiêu trước mắt | – | 5 tỷ USD |") is its figures'
        and not (h[0].kind is HorizonKind.PERIOD and "|" in text[h[1][1] : a])
    ]
    after = [
        h
        for h in horizons
        if h[1][0] >= b and h[1][1] <= hi and not (binds is not None and binds.fullmatch(text, h[1][1], hi))
    ]
    first = min(after, key=lambda h: h[1][0]) if after else None
    last = max(before, key=lambda h: h[1][1]) if before else None
    if last is not None and last[1][1] == own:
        return last[0], last[2]  # right before it: its own, in any language
    linked = first is not None and link.fullmatch(text, b, first[1][0]) is not None
    if linked and (second or after_first):
        # "5 billion USD of trade as the goal for the near term and 10 billion USD for the longer
        # term": words right after a figure after the first are its own in English too
        assert first is not None
        return first[0], first[2]
    if after_first and not linked:
        first = None  # after a conjunction or a clause's end: the next figure's
    h = (first or last) if after_first and not (right_before and last) else (last or first)
    return (h[0], h[2]) if h is not None else None


def _right_before(
    g: _Grammar, text: str, horizons: tuple[tuple[Horizon, tuple[int, int], str], ...], a: int
) -> bool:
    """Whether horizon words stand right before a figure at ``a`` (``g.horizon_right_before`` between)."""
    ends = [h[1][1] for h in horizons if h[1][1] <= a]
    return bool(ends) and g.horizon_right_before.fullmatch(text, max(ends), a) is not None


# --------------------------------------------------------------------------- periods
#: A period a sentence names: (start, end, months or ``None`` for "currently", words, a base?).
_Found = tuple[int, int, Period | None, str, bool]
#: A period's words that cannot be placed: (start, end, whether they say a whole year).
_Unplaced = tuple[int, int, bool]


def _periods(ctx: Context, g: _Grammar, s: int, e: int) -> tuple[list[_Found], list[_Unplaced]]:
    """
    The periods a sentence names: (start, end, months or ``None`` for "currently", words, a
    base?); and where it names periods that cannot be placed ("after nine months", "by the end
    of July").
    """
    text = ctx.text
    published = ctx.published
    out: list[_Found] = []
    unplaced: list[_Unplaced] = []
    # "In 2025, Vietnam's exports to Laos in the first quarter alone ...": that year's quarter
    frame = g.frame_year.match(text, s, e)
    yearless: list[int] = []  # the months of a year they do not say, unframed: where in ``out``
    for m in g.period.finditer(text, s, e):
        whole = bool(m["pw"]) and g.period_words[_key(m["pw"])] == "full-year"
        if whole and _year_by(text, m.start(), m.end(), (s, e)):
            continue  # "2025, full year", "full-year 2025": the year's whole, read from the year
        period = _period(g, m, published)
        if period is False:
            unplaced.append((m.start(), m.end(), whole))
            continue
        if frame is not None and period is not True and m.start() > frame.end() and _yearless(m):
            year = int(frame["fy"])
            period = (year, period[1], year, period[3])
        elif period is not True and _yearless(m):
            yearless.append(len(out))
        a, b = m.span()
        before = g.base_before.search(text, max(s, a - 32), a)
        base = (
            # (not a word that opens the sentence: "Over January–October 2025, trade came to ...")
            bool(before is not None and text[s : before.start()].strip())
            or bool(g.base_right_before.search(text, max(s, a - 16), a))
            or bool(g.base_after.match(text, b, min(e, b + 12)))
            or bool(g.same_period.search(text, max(s, a - 32), a))
        )
        out.append((a, b, period if period is not True else None, m[0], base))
    return _framed(text, out, yearless, s), unplaced


#: What parts a sentence's clauses (:data:`_CLAUSE_MARKS`), and a line's end.
_CLAUSE_MARK: Final = re.compile(r"[,;·•\n]")
#: A number's digits.
_NUMBER: Final = re.compile(r"\d+(?:[.,]\d+)*")


def _framed(text: str, found: list[_Found], yearless: list[int], s: int) -> list[_Found]:
    """
    ``found``, with months of a year they do not say (at ``yearless``) put in the year said
    before them in their clause, the one number of the sentence's figure at most between, and
    that year dropped: it is the months' frame ("Trade grew fast last year: about 2 billion USD in
    the first seven months", "In 2025 trade reached about 2 billion USD in the first seven
    months").  Not a year after a number of its own clause ("2.98 billion USD in 2025 and 2
    billion USD in the first seven months": the year is that sum's).
    """
    drop: set[int] = set()
    out = list(found)
    for i in yearless:
        a, _b, months, _words, _base = out[i]
        years = [
            j
            for j, (_ya, yb, p, _w, base) in enumerate(out[:i])
            if p is not None and not base and (p[1], p[3]) == (1, 12) and p[0] == p[2] and j not in drop
        ]
        if months is None or not years:
            continue
        ya, yb, year, _w, _base = out[years[-1]]
        assert year is not None
        opens = max([s, *(m.end() for m in _CLAUSE_MARK.finditer(text, s, ya))])
        if (
            _CLAUSE_MARK.search(text, yb, a) is not None
            or len(_NUMBER.findall(text, yb, a)) > 1
            or _NUMBER.search(text, opens, ya) is not None
        ):
            continue
        out[i] = (a, out[i][1], (year[0], months[1], year[0], months[3]), out[i][3], out[i][4])
        drop.add(years[-1])
    return [p for j, p in enumerate(out) if j not in drop]


#: The first two digits of a year of these centuries, in Arabic or Lao digits ("໒໐໒໕").
_CENTURY: Final = f"(?:19|20|{LAO_DIGITS[1]}{LAO_DIGITS[9]}|{LAO_DIGITS[2]}{LAO_DIGITS[0]})"
#: A year's number right before or after a "full year" word, a comma, a dash or words of a
#: year between at most ("2025, full year", "full-year 2025", "cả năm 2025"): the year's whole.
_YEAR_BEFORE: Final = re.compile(rf"(?<!\d){_CENTURY}\d\d[\s,:–—-]*+$")
_YEAR_AFTER: Final = re.compile(rf"[\s,:–—-]*+(?:[^\W\d_]{{1,5}}\s++)?{_CENTURY}\d\d(?!\d)")


def _year_by(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether a year stands right by words of a whole year at ``text[start:end]`` (:data:`_YEAR_BEFORE`)."""
    s, e = sentence
    return bool(
        _YEAR_BEFORE.search(text[max(s, start - 12) : start])
        or _YEAR_AFTER.match(text, end, min(e, end + 12))
    )


#: The quarters' numbers in Roman numerals ("quý I", "Q.III").
_ROMAN_QUARTERS: Final = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _period(g: _Grammar, m: re.Match[str], published: date | None) -> Period | bool:  # noqa: PLR0911 - one per form
    """Months of a period match; ``True`` for "currently"; ``False`` when it cannot be placed."""
    year_now = published.year if published else None
    if m["asof"]:
        return _as_of(g, m, year_now)
    if m["mrange"] or m["mr1"]:
        return _month_span(g, m, published)
    if m["mw"]:  # "January 2026", "tháng 1 năm 2026": that month
        month, year = g.month_names[_key(m["mw"])], int(m["mwy"])
        return (year, month, year, month)
    if m["mn"]:
        n = g.number_words.get(_key(m["mn"]))
        count = int(n) if n is not None else int(m["mn"])
        if not 1 <= count <= 12:
            return False
        # "ເດືອນຕົ້ນປີນີ້": the months words of this year, written as one ("ປີນີ້", this year)
        this = m["mthis"] or any(_key(m["mword"]).endswith(w) for w in g.this_year_words)
        first = m["mfirst"] or m["mafter"] or _key(m["mword"]) in g.first_months
        if not (first or m["my"] or this or "-" in m[0]):
            return False  # "over 12 months" is no span of a calendar year
        named = _relative_year(g, m["mthis"], year_now) if m["mthis"] else year_now
        months = int(m["my"]) if m["my"] else (named if this else _year_of(count, published))
        return (months, 1, months, count) if months else False
    if m["mone"]:  # "the first month of 2026": its January
        january = (
            int(m["my1"])
            if m["my1"]
            else (_relative_year(g, m["mthis1"], year_now) if m["mthis1"] else _year_of(1, published))
        )
        return (january, 1, january, 1) if january else False
    if m["qord"]:
        n = g.number_words.get(_key(m["qord"]))
        q = int(n) if n is not None else g.ordinals[_key(m["qord"])]
        quarter = int(m["qy"]) if m["qy"] else _year_of(q * 3, published)
        return (quarter, q * 3 - 2, quarter, q * 3) if quarter and 1 <= q <= 4 else False
    if m["qr"]:
        said = g.number_words.get(_key(m["qr"]))
        q = (
            int(said)
            if said is not None
            else g.quarter_ordinals.get(_key(m["qr"])) or _ROMAN_QUARTERS.get(m["qr"].upper()) or int(m["qr"])
        )
        year = int(m["qy2"])
        return (year, q * 3 - 2, year, q * 3) if 1 <= q <= 4 else False
    if m["q0"]:  # "quý I": of the publication's year, or the one before's if not over
        q = _ROMAN_QUARTERS.get(m["q0"].upper()) or int(m["q0"])
        year_q = _year_of(q * 3, published)
        return (year_q, q * 3 - 2, year_q, q * 3) if year_q else False
    if m["mo"]:
        month, year = int(m["mo"]), int(m["moy"])
        return (year, month, year, month) if 1 <= month <= 12 else False
    if m["pw"]:
        if g.period_words[_key(m["pw"])] == "latest":
            return True
        # ("for the full year": the whole of a year it does not name)
        named = _relative_year(g, m["pw"], year_now)
        return (named, 1, named, 12) if named is not None else False
    year = int(m["year"])
    return (year, 1, year, 12)


def _as_of(g: _Grammar, m: re.Match[str], year_now: int | None) -> Period | bool:
    """
    The month of a period said "as of" ("by the end of September 2025", "tính đến tháng 4/2025";
    "by the end of September last year": of the year the words name), or ``False``: "by the end of
    July" may be a stock then or the months to then, and is not placed.
    """
    year = _relative_year(g, m["apw"], year_now) if m["apw"] else None
    if year is None:
        if not (m["ay"] or m["ay2"]):
            return False
        year = int(m["ay"] or m["ay2"])
    month = g.month_names.get(_key(m["am_w"])) if m["am_w"] else int(m["am"])
    return (year, month, year, month) if month and 1 <= month <= 12 else False


def _month_span(g: _Grammar, m: re.Match[str], published: date | None) -> Period | bool:
    """
    The months of a span of months ("January to September 2025", "tháng 1-9/2025"); with no
    year, those of the publication's year, or the year before's if not over.
    """
    relative = None
    if m["mrange"]:
        first, last = g.month_names[_key(m["mrange"])], g.month_names[_key(m["mrange2"])]
        said, relative = m["ry"], m["rrel"]
    else:
        first, last, said = int(m["mr1"]), int(m["mr2"]), m["mry"]
    if said:
        year: int | None = int(said)
    elif relative:  # "January to September last year"
        year = _relative_year(g, relative, published.year if published else None)
    else:
        year = _year_of(last, published)
    return (year, first, year, last) if year and 1 <= first <= last <= 12 else False


def _relative_year(g: _Grammar, words: str, year_now: int | None) -> int | None:
    """
    The year "this year" or "last year" names (``amounts.period_words``), by the publication's;
    ``None`` for other period words ("the full year") or with no publication year.
    """
    meaning = g.period_words[_key(words)]
    if year_now is None or meaning not in ("this-year", "last-year"):
        return None
    return year_now - 1 if meaning == "last-year" else year_now


def _stock_month(g: _Grammar, text: str, unplaced: list[_Unplaced], published: date | None) -> Period | None:
    """
    The month of a stock said "as of" a month with no year ("267 projects ... as of April"), the
    last such month by the publication date; ``None`` unless the sentence says one such month.
    A flow's months to then are not placed so ("by the end of July trade had reached ...").
    """
    if published is None:
        return None
    months = set()
    for a, _b, _whole in unplaced:
        m = g.period.match(text, a)
        if m is None or not m["asof"] or m["ay"] or m["ay2"]:
            continue
        month = g.month_names.get(_key(m["am_w"])) if m["am_w"] else int(m["am"] or 0)
        if month and 1 <= month <= 12:
            months.add(month)
    if len(months) != 1:
        return None
    (month,) = months
    year = published.year - (month > published.month)
    return (year, month, year, month)


def _yearless(m: re.Match[str]) -> bool:
    """Whether a period match names months of a year it does not say ("the first quarter", "Q1")."""
    if m["qord"]:
        return not m["qy"]
    if m["q0"]:
        return True
    if m["mn"]:
        return not (m["my"] or m["mthis"])
    if m["mone"]:
        return not (m["my1"] or m["mthis1"])
    if m["mrange"]:
        return not (m["ry"] or m["rrel"])
    return False


def _row_year(found: list[_Found]) -> list[_Found]:
    """
    A table row's periods, with a span of months written without its year ("Kim ngạch quý I") put
    in the one whole year the row names in another cell ("| Kim ngạch quý I | 2025 | 979 triệu
    USD |": the first quarter of 2025), and that year then dropped: it is the months' year.
    """
    years = [(p, m[0]) for p in found if (m := p[2]) is not None and (m[1], m[3]) == (1, 12) and m[0] == m[2]]
    spans = [
        (p, m)
        for p in found
        if (m := p[2]) is not None and (m[1], m[3]) != (1, 12) and not _YEAR_WRITTEN.search(p[3])
    ]
    if len(years) != 1 or len(spans) != 1:
        return found
    (whole, year), ((a, b, _m, words, base), months) = years[0], spans[0]
    moved = (a, b, (months[0] + year - months[2], months[1], year, months[3]), words, base)
    return [moved if p is spans[0][0] else p for p in found if p is not whole]


#: A year's number written in a period's words.
_YEAR_WRITTEN: Final = re.compile(rf"(?<!\d){_CENTURY}\d\d(?!\d)")


def _year_of(last_month: int, published: date | None) -> int | None:
    """The year of a span of months with no year: the publication's, or the one before if not over."""
    if published is None:
        return None
    return published.year if last_month < published.month else published.year - 1


def _place(
    g: _Grammar,
    text: str,
    f: FigureMention,
    *,
    periods: list[_Found],
    last_money: FigureMention | None,
    s: int,
    e: int,
    later: int | None = None,
    unplaced: list[_Unplaced] | None = None,
) -> None:
    """
    A figure's period (and a change's or ratio's base) from the periods of its sentence; none
    from another clause where its own names one that cannot be placed (``unplaced``: "Bảy tháng
    đầu năm đạt 2 tỷ USD; chín tháng đạt 2,63 tỷ USD": the nine months are not the seven).
    """
    a, b = f.span
    clause = _clause(text, s, e, a, b)
    own_unplaced = any(clause[0] <= u[0] < clause[1] for u in unplaced or ())
    if f.shape in ("percent", "ratio"):
        # a period of its own clause after the last sum is its own ("1,65 ຕື້ໂດລາ, ເພີ່ມຂຶ້ນ 24,1%;
        # ປີ 2024 ເພີ່ມຂຶ້ນປະມານ 34%"): not the sum's
        since = max(clause[0], last_money.span[1] if last_money is not None else s)
        own_clause = [p for p in periods if not p[4] and since <= p[0] and p[1] <= a]
        if own_clause:
            _set_period(f, own_clause[-1])
        elif last_money is not None and last_money.period is not None:
            f.period, f.period_text, f.latest = last_money.period, last_money.period_text, last_money.latest
        elif not own_unplaced and not (last_money is not None and last_money.period_unplaced):
            own = [p for p in periods if not p[4]]
            if own:
                _set_period(f, min(own, key=lambda p: abs(p[0] - a)))
        # its base: a base period after it in its clause ("on 2024", "so với năm 2024"), or right
        # after it, before the next figure ("tăng 32,7%, gần gấp đôi năm 2023": the ratio's), and
        # before a semicolon ("tăng 50,4% so với cùng kỳ; riêng quý I/2025 ...": the next clause's)
        bases = [
            p
            for p in periods
            if p[4]
            and b <= p[0] < max(clause[1], b + 40)
            and (p[0] < clause[1] or later is None or p[0] < later)
            and ";" not in text[b : p[0]]
        ]
        opening = None if bases else g.base_opening.match(text, s, e)
        if opening is not None and opening.end() <= a:
            # a base the sentence opens with, in a clause of its own ("Compared with USD 1.6 billion
            # in 2023, trade in 2025 nearly doubled", "So với 1,6 tỷ USD của năm 2023, ...")
            # (the sums' own periods there, "So với mức 2,25 tỷ USD của năm 2024", are no bases
            # for the sums, and the ratio's base all the same)
            head = opening.end()
            bases = [p for p in periods if p[1] <= head and p[2] not in (None, f.period)][-1:]
        if bases and bases[0][2] is not None:
            base, f.base_text = bases[0][2], bases[0][3]
            same = g.same_period.search(text, max(s, bases[0][0] - 32), bases[0][0])
            if same and f.period is not None and base[1:4:2] == (1, 12) and base[0] == base[2]:
                # "the same period of 2024": the months of the figure's period, in that year
                base = (base[0], f.period[1], base[0], f.period[3])
            # "the same period of 2024" for a period the reader could not place: not the year
            f.base = None if same and f.period is None else base
        elif f.shape == "ratio" and later is not None:
            # a ratio to a sum of its own year: "gần gấp đôi mức 1,6 tỷ USD của năm 2023", "double
            # the 1.6 billion USD of 2023": the sum's year is the base
            compared = [p for p in periods if b <= later < p[0] < later + 40 and p[2] and p[2] != f.period]
            if compared:
                f.base, f.base_text = compared[0][2], compared[0][3]
        if g.year_on_year.search(text, b, clause[1]) or g.same_period.search(text, b, clause[1]):
            f.year_on_year = True
        return
    right_after = next(
        (u for u in unplaced or () if b <= u[0] <= b + _UNPLACED_REACH and u[0] < clause[1]), None
    ) or next(
        # "the year as a whole reached USD 2.98 billion": words of a whole year before it in its clause
        (u for u in unplaced or () if u[2] and clause[0] <= u[0] and u[1] <= a),
        None,
    )
    if right_after is not None:
        # "USD 2.98 billion for the whole year", after "USD 2.63 billion for January-September
        # 2025": the words right after it are its period, not the months before
        _whole_year(text, f, right_after, periods)
        return
    inside = [p for p in periods if clause[0] <= p[0] < clause[1] and (not p[4] or p[1] <= a)] or _when_of(
        g, text, periods, clause[0]
    )
    inside = _after_later(g, text, f, inside, s)
    if len(inside) > 1 and last_money is not None:
        # "from US$1.6 billion in 2023 to US$2.2 billion in 2024": the period right after the sum
        # before is that sum's, not this one's
        theirs = [p for p in inside if p[1] <= a and _right_after(text, last_money.span[1], p[0])]
        inside = [p for p in inside if p not in theirs] or inside
    if len(inside) > 1 and any(p[1] <= a for p in inside):
        # "ປີ 2024 ບັນລຸ2,2 ຕື້ໂດລາແລະປີ 2025 ບັນລຸ2,98 ຕື້ໂດລາ": a figure with a period before it,
        # as these languages put it; a period after it that leads to the next figure, or lies
        # past it, is that one's or a later one's ("ບັນລຸ 2 ຕື້ ໂດລາ ເພີ່ມຂຶ້ນ 79% ແລະ ເກົ້າ ເດືອນ
        # ທຳອິດ ..."), unless the sums put their periods right after them, as the one before did
        # ("from USD 1.6 billion in 2023 to USD 2.2 billion in 2024 and USD 2.98 billion in 2025")
        after = last_money is not None and any(_right_after(text, last_money.span[1], p[0]) for p in periods)
        inside = [
            p
            for p in inside
            if not (
                p[0] >= b
                and (_leads(text, p, later) or (later is not None and later < p[0]))
                and not (after and _right_after(text, b, p[0]))
            )
        ] or inside
    if inside:
        _set_period(f, min(inside, key=lambda p: p[0] - b if p[0] >= b else a - p[1]))
        return
    if (
        own_unplaced
        or f.period_unplaced
        or g.year_earlier.search(text, clause[0], a)
        or g.year_later.search(text, clause[0], a)
        or _when_a_year_before(g, text, clause[0])
    ):
        return  # "; a year later it had grown to 2.2 billion USD": a year on from the figure before's
    _outside_clause(g, text, f, periods=periods, bounds=(clause, (s, e)), later=later)


def _outside_clause(
    g: _Grammar,
    text: str,
    f: FigureMention,
    *,
    periods: list[_Found],
    bounds: tuple[tuple[int, int], tuple[int, int]],
    later: int | None,
) -> None:
    """
    A figure's period from outside its clause (``bounds``: the clause's and the sentence's): a
    period after it whose own clause goes on to the next figure is that figure's ("đạt 2,98 tỷ
    USD, trong khi năm 2024 là 2,2 tỷ USD"; "1,65 tỷ USD; năm 2023 đạt 1,6"); one in the figure's
    part of the sentence, before a semicolon, before another's ("In 2025, trade grew to 2.98
    billion USD; in 2024, when ...": 2025's); none past a semicolon when its own part names a month
    of its own ("...; by October it had passed USD 2.5 billion": not the nine months before).
    """
    (clause, (s, e)), (a, b) = bounds, f.span
    own = [p for p in periods if not p[4] and not (p[0] >= clause[1] and _leads(text, p, later))]
    lo, hi = text.rfind(";", s, a), text.find(";", b, e)
    part = (s if lo < 0 else lo + 1, e if hi < 0 else hi)
    in_part = [p for p in own if ";" not in (text[b : p[0]] if p[0] >= b else text[p[1] : a])]
    if not in_part and g.month_named.search(text, *part):
        f.period_unplaced = True  # a month of its own the reader cannot place: no other's
        return
    own = in_part or own
    if own:
        _set_period(f, min(own, key=lambda p: p[0] - b if p[0] >= b else a - p[1]))


def _after_later(g: _Grammar, text: str, f: FigureMention, inside: list[_Found], s: int) -> list[_Found]:
    """
    The periods of a figure's clause that it may be of (``inside``), but those before a word of
    "later" before it ("; it later passed USD 2.9 billion", "and later rose to ..."): after them,
    at a time it does not say; with none left, the figure's period is marked as not placed.
    """
    later_word = _later_word(g, text, s, f.span[0])
    if later_word is None:
        return inside
    left = [p for p in inside if p[0] > later_word]
    f.period_unplaced = f.period_unplaced or not left
    return left


def _later_word(g: _Grammar, text: str, s: int, a: int) -> int | None:
    """
    Where a word of "later" stands in a figure's sentence (from ``s``) before it (at ``a``), not
    one of "a year later", which the figure before dates (:attr:`_Grammar.year_later`); or ``None``.
    """
    found = None
    for m in g.later.finditer(text, s, a):
        found = m
    if found is None:
        return None
    year_later = g.year_later.search(text, max(s, found.start() - 16), min(a, found.end() + 16))
    return None if year_later is not None else found.start()


def _when_a_year_before(g: _Grammar, text: str, clause: int) -> bool:
    """
    Whether a figure's clause starting at ``clause`` opens with a word of when right after words
    of the year before ("up 37.2 per cent on the year before, when it stood at about 2.2
    billion"): a clause of that year, a year back from the figure before's.
    """
    if not g.when_clause.match(text, clause):
        return False
    before = text[max(0, clause - _YEAR_BEFORE_REACH) : clause].rstrip(" ,")
    return any(m.end() == len(before) for m in g.year_earlier.finditer(before))


#: How far before a when-clause the words of the year before are looked for.
_YEAR_BEFORE_REACH: Final = 40


def _when_of(g: _Grammar, text: str, periods: list[_Found], clause: int) -> list[_Found]:
    """
    The period a figure's clause starting at ``clause`` is a clause of, when it opens with a word
    of when and the period ends right before its comma ("... than in 2023, when the figure stood
    at USD 1.6 billion": 2023, though a base of the comparison), in a list; else none.
    """
    if not g.when_clause.match(text, clause):
        return []
    of = [p for p in periods if p[1] < clause and not text[p[1] : clause].strip(" ,")]
    return of[-1:]


def _right_after(text: str, end: int, at: int) -> bool:
    """
    Whether a period at ``text[at]`` follows a sum ending at ``end`` with a word at most between
    ("in", "năm") and no comma ("1,6 ຕື້ໂດລາ,ປີ 2024 ..." starts the next figure's part), nor
    an arrow or a bar, which lead to the next entry of a series ("2024: 2,2 tỷ USD → 2025: ...").
    """
    between = text[end:at]
    return at >= end and len(between.split()) <= 1 and at - end <= 8 and not any(c in between for c in _PARTS)


#: What parts a sum from a period right after it: a list's separators, an arrow, a bar.
_PARTS: Final = frozenset(",;·•→⇒➔➜>|")


def _leads(text: str, p: _Found, later: int | None) -> bool:
    """Whether a period stands in the clause of the figure that starts at ``later``, before it."""
    if later is None or later < p[1]:
        return False
    between = text[p[1] : later]
    return "," not in between and ";" not in between


#: The flows that go the other way of each other: one country's exports and the other's, one's
#: trade surplus and the other's.
_OPPOSITE: Final = {
    "exports-vn-to-la": "exports-la-to-vn",
    "exports-la-to-vn": "exports-vn-to-la",
    "trade-surplus-vn": "trade-surplus-la",
    "trade-surplus-la": "trade-surplus-vn",
}


def _turned(
    g: _Grammar, text: str, f: FigureMention, metric: str | None, sentence: tuple[int, int]
) -> str | None:
    """
    A sum's ``metric``, turned the other way by words right after the sum at the end of its clause
    ("633 million USD, against 346 million USD going the other way") or before it in its clause
    ("633 triệu USD, còn chiều ngược lại đạt 346 triệu USD").
    """
    if metric not in _OPPOSITE:
        return metric
    a, b = f.span
    lo = _clause(text, *sentence, a, b)[0]
    if g.other_way_after.match(text, b) is not None or g.other_way_before.search(text, lo, a) is not None:
        return _OPPOSITE[metric]
    return metric


#: How far after a figure the words of a period it cannot place may stand and be its own
#: ("USD 2.98 billion for the whole year").
_UNPLACED_REACH: Final = 12


def _whole_year(text: str, f: FigureMention, said: _Unplaced, periods: list[_Found]) -> None:
    """
    The period of a figure whose own period's words cannot be placed alone (``said``): the
    whole of the one year the sentence's other periods lie in, for words of a whole year ("for
    the whole year" after "for January-September 2025"); else none.
    """
    years = {p[2][0] for p in periods if p[2] is not None and p[2][0] == p[2][2]}
    if said[2] and len(years) == 1:
        year = years.pop()
        f.period, f.period_text = (year, 1, year, 12), text[said[0] : said[1]]


def _set_period(f: FigureMention, p: _Found) -> None:
    if p[2] is None:
        f.latest = True
    f.period, f.period_text = p[2], p[3]


def _said_reached(text: str, f: FigureMention) -> bool:
    """
    Whether a figure is said reached, an actual word at most two words before it ("đạt",
    "was only", "ບັນລຸ"), or named a figure, a figure noun before it in its clause ("this
    figure", "so với mức 2,25 tỷ USD", "ຕົວເລກ ດັ່ງກ່າວ ເທົ່າກັບ"):
    only such a figure takes its metric from the sentence before.  "The new bridge cost 120
    million USD in 2024", after a sentence about trade, is no trade figure.
    """
    a = f.span[0]
    if _actual_near().search(text[max(0, a - 48) : a]) is not None:
        return True
    s, e = f.sentence
    lo = _clause(text, s, e, a, f.span[1])[0]
    return _figure_nouns().search(text, lo, a) is not None


@functools.cache
def _figure_nouns() -> re.Pattern[str]:
    """The word files' ``amounts.figure_nouns``, as words."""
    return re.compile(_word(merged("amounts", "figure_nouns")), re.IGNORECASE)


@functools.cache
def _actual_near() -> re.Pattern[str]:
    """An actual word at most two words before the end ("was only ", "đạt khoảng ", unspaced "ບັນລຸ")."""
    return re.compile(
        rf"(?:{_word(merged('amounts', 'actual_words'))})(?:\s+[^\W\d_]+){{0,2}}\s*$", re.IGNORECASE
    )


def _trade_targets(ctx: Context, g: _Grammar, figures: list[FigureMention]) -> None:
    """
    A sum of money set as a target with a horizon, whose sentence and the one before name no
    metric ("Our leaders have set us a near-term target of US$10 billion"), or only the sentence
    before one the record has no targets of (investment), in a text that has spoken of trade
    before it, is a trade target: the record's targets in money are all trade's.
    Not one said of another quantity ("the near-term target for tourism revenue").
    """
    text = ctx.text
    trade: int | None = None  # where the text first names trade, looked for once
    targeted = ctx.index.targets  # the metrics the record has targets in money of
    for f in figures:
        if f.shape != "money" or f.status != "target" or f.horizon is None:
            continue
        if f.metric is not None and (f.metric in targeted or g.flow.search(text, *f.sentence) is not None):
            continue  # a metric of its own, or one taken from the sentence before that has targets
        if g.other_quantity.search(text, f.sentence[0], f.sentence[1]) is not None:
            continue
        if trade is None:
            first = next((m for m in g.flow.finditer(text) if g.flows[_key(m[0])] == "turnover"), None)
            trade = len(text) if first is None else first.start()
        if trade < f.span[0]:
            f.metric, f.assumed = "bilateral-trade-turnover", True


def _that(g: _Grammar, text: str, f: FigureMention, previous: FigureMention) -> None:
    """
    A change or ratio in a sentence that opens with words standing for the sum said in the
    sentence before ("... came to 2.56 billion USD. That is up 15.4 percent on the same period
    of 2024.") is that sum's: it takes its metric and period.
    """
    if (
        f.metric in (None, previous.metric)
        and f.period is None
        and f.shape in {"percent", "ratio"}
        and previous.shape == "money"
        and previous.metric is not None
        and previous.sentence == f.previous_sentence
        and g.that.match(text, f.sentence[0]) is not None
    ):
        f.metric, f.period, f.period_text = previous.metric, previous.period, previous.period_text
        f.period_inherited = True


def _carry(ctx: Context, g: _Grammar, figures: list[FigureMention]) -> None:
    """
    A sentence without a period or a metric takes them from the figure before it in the
    paragraph; a metric from another sentence is that sentence's first, its topic ("In 2024,
    trade reached 2.2 billion USD, with a Lao surplus of 732.7 million. In 2023, the figure
    was 1.6 billion": trade's, not the surplus's), and only for a figure said reached
    (:func:`_said_reached`); never to a sum said of another quantity ("Investment reached ...").
    """
    text = ctx.text
    previous: FigureMention | None = None
    topic: str | None = None  # the first metric of the sentence before the figure's
    first: str | None = None  # the first metric of the figure's own sentence
    # by the start of a list's item, the first metric of its sums
    lines: dict[int, str] = {}
    for f in figures:
        if previous is not None and previous.sentence != f.sentence:
            topic, first = first, None
        if previous is not None and "\n\n" not in text[previous.span[1] : f.span[0]]:
            if (
                f.period is None
                and not f.latest
                and not f.period_unplaced
                and previous.period is not None
                and f.shape in {"money", "count"}
                and f.status in {"actual", "estimate"}
                and f.metric is not None
            ):
                f.period, f.period_text, f.period_inherited = previous.period, previous.period_text, True
                earlier = g.year_earlier.search(text, f.sentence[0], f.span[0])
                later = None if earlier is not None else g.year_later.search(text, f.sentence[0], f.span[0])
                if earlier is not None or later is not None:
                    # "A year earlier the figure was 2.2 billion USD", "a year later it had grown to
                    # 2.2 billion USD": the period a year back, or on
                    shift, said = (-1, earlier) if earlier is not None else (1, later)
                    assert said is not None
                    y1, m1, y2, m2 = previous.period
                    f.period, f.period_text = (y1 + shift, m1, y2 + shift, m2), said[0]
            if f.metric is None and f.shape == "money" and not f.own_metric:
                # not a sum said of another quantity ("..., while GDP reached US$15 billion")
                if previous.sentence == f.sentence:
                    other = g.other_quantity.search(text, previous.span[1], f.span[0])
                    f.metric = previous.metric if other is None else None
                else:
                    # a sum said reached, or an item of a list right after another ("- 7 tháng
                    # ...: 2 tỷ USD\n- 9 tháng ...: 2,36 tỷ USD", the sums of one quantity): the
                    # topic of the sentence before; for an item, the topic of the item
                    # before, its first sum's, even where a later sentence of it says another
                    # ("- trade ... 2,2 tỷ USD. Lào xuất siêu ... 732,7 triệu USD.\n- Năm 2025 đạt
                    # 2,98 tỷ USD": trade's)
                    sibling = next_items(text, previous.span[0], f.span[0])
                    if (_said_reached(text, f) or sibling) and g.other_quantity.search(
                        text, f.sentence[0], f.span[0]
                    ) is None:
                        item = lines.get(item_line(text, previous.span[0]) or 0) if sibling else None
                        f.metric = topic if item is None else item
            _that(g, text, f, previous)
        elif previous is not None:
            topic = None  # a new paragraph
        if first is None and f.shape == "money" and f.metric is not None:
            first = f.metric
        if f.shape == "money" and f.metric is not None and (at := item_line(text, f.span[0])) is not None:
            lines.setdefault(at, f.metric)
        previous = f

# SPDX-License-Identifier: MIT
"""
Figures, dates and ordinals in English and Vietnamese news text, with their places in it.

vnla's checks re-read the evidence with these parsers instead of trusting what
the data says a quote states; the same parsers read whole articles.  Each
parser makes one pass over the text with one regular expression that has no
nested repetition, so it runs in time linear in the length of the text.  Every
record carries the ``span`` (``text[start:end]``) it was read from.

The words are data.  Number scales, currency names and signs, month and weekday
names are CLDR's, read through babel; the spellings of news CLDR lacks ("bn",
"tỉ", "dollars"), horizon words ("near-term", "trước mắt"), the words around a
year ("early", "by", "đầu năm") and the nouns ordinals count are in the language
files (:mod:`vnla.lang.words`).  The patterns are built from them on first use.

>>> [(str(a.value), a.unit) for a in parse_amounts("a target of US$10 billion, 2,5 tỷ USD")]
[('10000000000', 'USD'), ('2500000000', 'USD')]
>>> from datetime import date
>>> [str(d.when) for d in parse_dates("from January 26 to 27", published=date(2026, 2, 2))]
['2026-01-26/2026-01-27']
>>> [(o.number, o.noun) for o in parse_ordinals("Đại hội XIV và 40 years of Đổi mới")]
[(14, 'congress'), (40, 'years')]

.. versionadded:: 0.1
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal

from attrs import frozen

from vnla.lang import lao
from vnla.lang.months import relative_months
from vnla.lang.words import LANGUAGES, merged
from vnla.lang.words import words as word_file
from vnla.model.errors import DataError, Problem
from vnla.model.records import Horizon, HorizonKind, When

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping

__all__ = [
    "Amount",
    "DateMention",
    "OrdinalMention",
    "infer_year",
    "parse_amounts",
    "parse_dates",
    "parse_horizons",
    "parse_lao_dates",
    "parse_ordinals",
    "roman_to_int",
]

Span = tuple[int, int]


# --------------------------------------------------------------------------- records
@frozen(kw_only=True)
class Amount:
    """
    A sum of money a text states: its exact value, its currency, and its horizon if one is near.

    ``value`` is the whole amount (``10 billion`` is ``Decimal("10000000000")``);
    ``unit`` an ISO 4217 code (``"USD"``, ``"VND"``, ``"LAK"``); ``horizon``
    the horizon words next to it ("near-term", "by 2030"), when there are any.

    >>> a = parse_amounts("a longer-term target of 10 billion USD")[0]
    >>> (a.value, a.unit, a.text, a.horizon.kind.value)
    (Decimal('10000000000'), 'USD', '10 billion USD', 'longer-term')
    """

    value: Decimal
    unit: str
    span: Span
    text: str
    horizon: Horizon | None = None
    horizon_text: str | None = None


@frozen(kw_only=True)
class DateMention:
    """
    A date a text states, as a :class:`~vnla.model.records.When` as precise as the text.

    ``weekday`` is the weekday the text names with it (0 is Monday, as in
    :meth:`datetime.date.weekday`); ``needs_year`` says the text gives no
    year, so it was inferred from the publication date (see :func:`infer_year`);
    ``relative`` says the text gives only a weekday ("on Monday"), resolved to
    the most recent such day on or before the publication date, or a day word
    ("yesterday", "hôm qua", "chiều nay": this afternoon), counted from it
    (``weekday`` is then ``None``).  ``when`` is ``None`` when the date cannot
    be resolved without a publication date.

    >>> from datetime import date
    >>> m = parse_dates("talks on Monday in Hà Nội", published=date(2026, 1, 26))[0]
    >>> (m.text, str(m.when), m.weekday, m.relative)
    ('on Monday', '2026-01-26', 0, True)
    """

    when: When | None
    span: Span
    text: str
    weekday: int | None = None
    needs_year: bool = False
    relative: bool = False


@frozen(kw_only=True)
class OrdinalMention:
    """
    An ordinal and the noun it counts: "14th National Congress" is ``(14, "congress")``.

    ``noun`` is one of ``anniversary``, ``congress``, ``national-day``,
    ``plan``, ``central-committee``, ``committee``, ``meeting``, ``term``,
    ``national-assembly``, ``plenum`` and ``years`` ("40 years of Đổi mới").

    >>> o = parse_ordinals("the 10th five-year socio-economic development plan")[0]
    >>> (o.number, o.noun, o.text)
    (10, 'plan', '10th five-year socio-economic development plan')
    """

    number: int
    noun: str
    span: Span
    text: str


# --------------------------------------------------------------------------- scanning
#: Runs of digits ("\d+", written so that the engine skips to a digit before it tries a match).
_DIGITS: Final = re.compile(r"\d\d*")
#: How far a window may reach past the end of an anchor before it is cut at the next space.
_REACH_CAP: Final = 200
_NOT_SPACES: Final = re.compile(r"\S*")


def _scan_at(pattern: re.Pattern[str], text: str, anchors: Iterable[Span], ahead: int) -> list[re.Match[str]]:
    """
    The matches of ``pattern`` in ``text`` that start at an anchor, as ``pattern.finditer(text)``
    gives them when every match starts at one, only faster.

    Searching a whole text with an expression of many alternatives tries each alternative at
    every character; most characters can start no match.  Here only the anchors (sorted spans
    a much cheaper expression found) are tried, each up to ``ahead`` characters past its end
    and on to the next space, so a lookahead never sees a token cut in half.
    """
    out: list[re.Match[str]] = []
    last_end = 0
    for start, end in anchors:
        if start >= last_end:
            found = pattern.match(text, start, _cut(text, end + ahead))
            if found is not None and found.end() > start:
                last_end = found.end()
                out.append(found)
    return out


@functools.cache
def _digit_regions(gap: int) -> re.Pattern[str]:
    """Runs of text from a digit to a digit, each two digits in a run at most ``gap`` characters apart."""
    return re.compile(rf"\d(?:\D{{0,{gap}}}+\d)*+")


def _scan_digits(pattern: re.Pattern[str], text: str, back: int, ahead: int) -> Iterator[re.Match[str]]:
    """
    The matches of ``pattern`` in ``text``, as ``pattern.finditer(text)`` gives them, only faster,
    when every match holds a digit, starts at most ``back`` characters before its first digit and
    ends at most ``ahead`` characters after its last.

    ``pattern`` runs only over the regions around digits: a run of digits no more than
    ``back + ahead`` characters apart (found by one cheap expression, so a text dense with
    digits makes no object per digit), from ``back`` before it to ``ahead`` after it and on to
    the next space, so a lookahead never sees a token cut in half.  Matches come one by one.
    """
    last_end = 0
    for region in _digit_regions(back + ahead).finditer(text):
        stop = _cut(text, region.end() + ahead)
        for m in pattern.finditer(text, max(region.start() - back, last_end, 0), stop):
            if m.end() > m.start():
                last_end = m.end()
                yield m


def _cut(text: str, stop: int) -> int:
    """Where a region that may reach ``stop`` ends: at the space after it (at most :data:`_REACH_CAP` on)."""
    stop = min(len(text), stop)
    found = _NOT_SPACES.match(text, stop, stop + _REACH_CAP)
    assert found is not None  # "\S*" matches anywhere
    return found.end()


def _spans(pattern: re.Pattern[str], text: str) -> list[Span]:
    return [m.span() for m in pattern.finditer(text)]


# --------------------------------------------------------------------------- amounts
def _has_letters(word: str) -> bool:
    return any(c.isalpha() for c in word)


class _Money:
    """
    The words of amounts, built on first use.

    Scales are CLDR's long compact forms ("billion", "tỷ") and currencies CLDR's names and
    signs ("US dollars", "đô la Mỹ", "US$") of the ISO codes the word files use, read through
    babel for the locales the files name (``amounts.cldr_locales``); the files add the
    spellings of news CLDR lacks (``scale_words`` and ``currency_codes``, shared with the
    checker's figures reader, and the parser's own ``quote_scale_words`` and
    ``quote_currency_codes``).  A word of a language that writes a decimal comma
    (``amounts.decimal_marks``) reads the number next to it that way ("2,5 tỷ").  A sign
    without letters ("$", "₫") stands before the number, a word after it; a code either way.
    """

    def __init__(self) -> None:
        from babel import Locale  # delayed: babel's data loads slowly
        from babel.numbers import get_currency_name

        langs = [lang for lang in LANGUAGES if word_file(lang).get("amounts", "cldr_locales")]
        files = [word_file(lang) for lang in langs]
        codes = sorted({code for file in files for code in file.get("amounts", "currency_codes").values()})
        self.scales: dict[str, int] = {}
        self.currencies: dict[str, str] = {code.lower(): code for code in codes}
        self.comma: set[str] = set()  # words of a language that writes a decimal comma
        before: dict[str, None] = dict.fromkeys(codes)
        after: dict[str, None] = dict.fromkeys(codes)
        for file in files:
            amounts = functools.partial(file.get, "amounts")
            scales: dict[str, int] = {}
            currencies: dict[str, str] = {}
            for name in amounts("cldr_locales"):
                locale = Locale.parse(name)
                for plural in locale.compact_decimal_formats["long"].values():
                    for key, pattern in plural.items():
                        zeros = pattern.pattern.count("0")
                        word = pattern.pattern.replace("0", "").strip()
                        if word and zeros:
                            scales.setdefault(word, len(key) - zeros)
                for code in codes:
                    sign = locale.currency_symbols.get(code)
                    if sign:
                        currencies[sign] = code
                        before[sign] = None
                    for count in (None, 1, 2):
                        currencies[get_currency_name(code, count, locale=locale)] = code
            scales |= amounts("scale_words") | amounts("quote_scale_words")
            currencies |= amounts("currency_codes") | amounts("quote_currency_codes")
            comma = "," in amounts("decimal_marks")
            for word, power in scales.items():
                if word.lower() not in self.scales:  # the first language that has a word reads it
                    self.scales[word.lower()] = power
                    if comma:
                        self.comma.add(word.lower())
            for word, code in currencies.items():
                if word.lower() not in self.currencies:
                    self.currencies[word.lower()] = code
                    if comma:
                        self.comma.add(word.lower())
                (after if _has_letters(word) else before)[word] = None
        self.pattern = re.compile(
            rf"""
            (?<![\w.,$])
            (?:(?P<pre>{_literal(before)})\s?)?
            (?P<num>\d{{1,3}}(?:[.,]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)
            (?:\s?(?P<scale>{_literal(self.scales)})(?!\w))?
            (?:\s?(?P<post>{_literal(after)})(?![\w])(?![^\S\n]?\d))?
            """,
            re.VERBOSE | re.IGNORECASE,
        )


@functools.cache
def _money() -> _Money:
    """The amount grammar's words and pattern (see :class:`_Money`), built on first use."""
    return _Money()


#: The marks that group or part a number's digits.
_SEPARATORS: Final = re.compile(r"[.,]")


def _number(digits: str, *, vi: bool) -> Decimal:
    """
    Read ``2,5`` / ``2.5`` / ``1,000`` / ``1.000`` by the conventions of the language around them.

    English groups thousands with ``,`` and marks decimals with ``.``;
    Vietnamese does the opposite.  A single separator followed by other than
    exactly three digits is a decimal mark in either language ("2,5 billion");
    with both separators, the last one is the decimal mark.
    """
    separators = _SEPARATORS.findall(digits)
    if not separators:
        return Decimal(digits)
    if len(set(separators)) == 2:
        cut = max(digits.rfind("."), digits.rfind(","))
        return Decimal(re.sub(r"[.,]", "", digits[:cut]) + "." + digits[cut + 1 :])
    if len(separators) == 1:
        head, tail = re.split(r"[.,]", digits)
        if len(tail) == 3 and separators[0] == ("." if vi else ","):
            return Decimal(head + tail)
        return Decimal(f"{head}.{tail}")
    return Decimal(re.sub(r"[.,]", "", digits))


@functools.cache
def _horizon_pattern() -> re.Pattern[str]:
    """
    Horizon phrases, from the language files' ``horizons`` words (built on first use): a
    kind's words, a year after a deadline word ("by 2030"), or a span of years ("2026–2030")
    with the words around it ("the 2026–2030 period").
    """
    h = functools.partial(merged, "horizons")
    worded = [*h("near_term"), *h("longer_term"), *h("soon"), *h("period_before"), *h("by_year")]
    firsts = "".join(sorted({re.escape(w[0].lower()) for w in worded}))
    return re.compile(
        rf"""
        \b(?=[{firsts}\d])  # the first letters of the branches: a quick test before trying them
        (?:
          (?P<near>{_literal(h("near_term"))})
        | (?P<longer>{_literal(h("longer_term"))})
        | (?P<soon>{_literal(h("soon"))})
        | (?P<period>(?:(?:{_literal(h("period_before"))})\ )?
            (?P<p1>\d{{4}})\s?[-–—]\s?(?P<p2>\d{{4}}|\d{{2}})
            (?:\ (?:{_literal(h("period_after"))}))?)
        | (?P<by>(?:{_literal(h("by_year"))})\ (?P<by_year>\d{{4}}))
        )(?!\w)
        """,
        re.VERBOSE | re.IGNORECASE,
    )


#: How far from an amount (in characters) horizon words still belong to it.
_HORIZON_BEFORE: Final = 80
_HORIZON_AFTER: Final = 60


def parse_horizons(text: str) -> tuple[tuple[Horizon, Span, str], ...]:
    """
    Every horizon phrase in ``text``: ``(horizon, span, words)``.

    "near-term" and "longer-term" give those kinds; "soon", "in the coming
    period" and "in the coming time" give :attr:`~vnla.model.records.HorizonKind.SOON`;
    "by 2030" a dated horizon, "the 2026–2030 period" a period.

    >>> [(h.kind.value, w) for h, _, w in parse_horizons("soon, and by 2030; the 2026–2030 period")]
    [('soon', 'soon'), ('by-date', 'by 2030'), ('period', 'the 2026–2030 period')]
    >>> str(parse_horizons("the 2026–2030 period")[0][0].when)
    'not before 2026-01-01, not after 2030-12-31'
    """
    return _horizons(text, 0, len(text))


def _horizons(text: str, start: int, stop: int) -> tuple[tuple[Horizon, Span, str], ...]:
    out: list[tuple[Horizon, Span, str]] = []
    matches = list(_horizon_pattern().finditer(text, start, stop))
    if lao.has_lao(text[start:stop]):  # "ໃນໄລຍະສັ້ນ", "ຮອດປີ 2030"
        matches = sorted([*matches, *lao.HORIZON.finditer(text, start, stop)], key=lambda m: m.start())
    for m in matches:
        horizon: Horizon | None
        if m["near"]:
            horizon = Horizon(kind=HorizonKind.NEAR_TERM)
        elif m["longer"]:
            horizon = Horizon(kind=HorizonKind.LONGER_TERM)
        elif m["soon"]:
            horizon = Horizon(kind=HorizonKind.SOON)
        elif m["by"]:
            horizon = Horizon(kind=HorizonKind.BY_DATE, when=When.in_year(int(m["by_year"])))
        else:
            span = _year_span(m["p1"], m["p2"])
            horizon = None if span is None else Horizon(kind=HorizonKind.PERIOD, when=span)
        if horizon is not None:
            out.append((horizon, m.span(), m[0]))
    return tuple(out)


def parse_amounts(text: str) -> tuple[Amount, ...]:
    """
    Every sum of money in ``text``, with the horizon words next to it.

    Reads "10 billion USD", "US$10 billion", "$2.98 billion", "USD 1.9 bn",
    "10 tỷ USD", "10 tỷ US$" and "2,5 tỷ USD" (a Vietnamese decimal comma).
    A number without a currency is not an amount.  Horizon words belong to
    the nearest amount: those just before it first ("a near-term target of 5
    billion USD"), else those just after ("10 billion USD in the coming
    period"), never across another amount.

    >>> [
    ...     (str(a.value), a.horizon.kind.value)
    ...     for a in parse_amounts(
    ...         "the near-term turnover target of 5 billion USD and a longer-term target of 10 billion USD"
    ...     )
    ... ]
    [('5000000000', 'near-term'), ('10000000000', 'longer-term')]
    >>> [str(a.value) for a in parse_amounts("USD 1.9 bn, 10 tỷ US$, 554 km")]
    ['1900000000', '10000000000']

    A currency between two numbers is the second's ("2023 USD 1.9 billion", a year and its sum):

    >>> [str(a.value) for a in parse_amounts("2022 USD 1.65 billion · 2023 USD 1.9 billion")]
    ['1650000000', '1900000000']
    """
    return tuple(_amounts(text))


def _amounts(text: str, shift: int = 0) -> list[Amount]:
    """:func:`parse_amounts`, with every span moved by ``shift`` (``text`` is a part of a longer text)."""
    found: list[tuple[Decimal, str, Span, str]] = []
    money = _money()
    for m in _scan_digits(money.pattern, text, back=6, ahead=48):
        pre, post, scale = m["pre"], m["post"], m["scale"]
        if not pre and not post:
            continue
        if scale and len(scale) == 1 and not pre:
            continue  # "$5 m" is five million dollars; "5 m USD" is rare, "5 m" more often metres
        currency = money.currencies[(pre or post).lower()]
        comma = bool(scale and scale.lower() in money.comma) or bool(post and post.lower() in money.comma)
        value = _number(m["num"], vi=comma)
        if scale:
            value *= 10 ** money.scales[scale.lower()]
        found.append((_plain(value), currency, m.span(), m[0]))
    out: list[Amount] = []
    for i, (value, unit, span, words) in enumerate(found):
        previous_end = found[i - 1][2][1] if i else 0
        next_start = found[i + 1][2][0] if i + 1 < len(found) else len(text)
        window = (max(previous_end, span[0] - _HORIZON_BEFORE), min(next_start, span[1] + _HORIZON_AFTER))
        near = _nearest_horizon(_horizons(text, *window), span, previous_end, next_start)
        out.append(
            Amount(
                value=value,
                unit=unit,
                span=(span[0] + shift, span[1] + shift),
                text=words,
                horizon=near[0] if near else None,
                horizon_text=near[2] if near else None,
            )
        )
    return out


def _plain(value: Decimal) -> Decimal:
    """
    ``Decimal('1E+10')`` -> ``Decimal('10000000000')``: integers print in full.

    Built from the digits, not through ``int``, whose conversion of a long run of digits takes
    time growing with its square.

    >>> _plain(Decimal("1E+3")), _plain(Decimal("12.00")), _plain(Decimal("1.5"))
    (Decimal('1000'), Decimal('12'), Decimal('1.5'))
    """
    if value != value.to_integral_value():
        return value
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # a finite number
    digits = digits + (0,) * exponent if exponent >= 0 else digits[:exponent]
    return Decimal((value < 0, digits, 0)) if any(digits) else Decimal(0)


def _nearest_horizon(
    horizons: tuple[tuple[Horizon, Span, str], ...], span: Span, previous_end: int, next_start: int
) -> tuple[Horizon, Span, str] | None:
    before = [
        h
        for h in horizons
        if h[1][1] <= span[0] and h[1][0] >= previous_end and span[0] - h[1][1] <= _HORIZON_BEFORE
    ]
    if before:
        return max(before, key=lambda h: h[1][1])
    after = [
        h
        for h in horizons
        if h[1][0] >= span[1] and h[1][1] <= next_start and h[1][0] - span[1] <= _HORIZON_AFTER
    ]
    return min(after, key=lambda h: h[1][0]) if after else None


# --------------------------------------------------------------------------- dates
@functools.cache
def _day_word_table() -> tuple[Mapping[str, int], dict[str, list[str]], re.Pattern[str]]:
    """
    Days named by their distance from the publication day, in days (the language files'
    ``dates.day_words``, read on first use), the words by their last three letters, the
    longest first, and a pattern of those endings when they end a word (a literal
    alternation, which the regex engine scans quickly): "today", not "today's", which is
    mostly "of our time".
    """
    table = merged("dates", "day_words")
    by_end = {
        end: sorted((w for w in table if w.endswith(end)), key=len, reverse=True)
        for end in sorted({w[-3:] for w in table})
    }
    # Lao runs its words together ("ຈະມາຮອດໃນມື້ອື່ນ"): a Lao word ends where no other script's
    # letter follows, nor the repetition mark ("ມື້ອື່ນໆ", other days)
    lao_ends = [e for e in by_end if lao.is_lao(e[-1])]
    other_ends = [e for e in by_end if not lao.is_lao(e[-1])]
    other = "|".join(map(re.escape, other_ends)) or "(?!)"
    lao_words = "|".join(map(re.escape, lao_ends)) or "(?!)"
    again = re.escape(lao.repetition_mark())
    pattern = re.compile(
        f"(?:{other})(?![^\\W_]|['’]s\\b)|(?:{lao_words})(?![^\\W\\d_\u0e80-\u0eff]|{again})"
    )
    return table, by_end, pattern


_SUFFIX: Final = r"(?:st|nd|rd|th|er)?"

#: The most characters a date has before its first digit ("Wednesday, September. 2"; "the
#: beginning of 2026" has 17): where no digit is this near, a lookahead (possessive, so it never
#: backtracks) rules out every branch before any is tried.
_DATE_LEAD: Final = 22


def _range_joins() -> tuple[str, str]:
    """
    The patterns between the two ends of a range of days: between two full dates (a dash or a
    range word), and between two days (the words that join two days of one month too: "1 and 2
    December").  A dash that opens a line is a list's bullet, not a range's ("... 2/12/2025\n-
    3/12/2025: ...").
    """
    ranges = merged("dates", "range_words")
    within = (*ranges, *merged("dates", "range_words_within_a_month"))
    return (
        rf"(?:[^\S\n]?(?:-|–|—)|\s?(?:{_literal(ranges)}))\s?",
        rf"(?:[^\S\n]?(?:-|–|—)|\s?(?:{_literal(within)}))\s?",
    )


class _Calendar:
    """
    The month and weekday names the date grammar reads, from CLDR (through babel) for the
    locales the word files name (``dates.month_locales``, ``dates.weekday_locales``), with
    the other spellings news use (``dates.month_spellings``, ``dates.weekday_spellings``).
    """

    def __init__(self) -> None:
        from babel.dates import get_date_format, get_day_names, get_month_names

        months: dict[str, int] = {}
        first: dict[str, None] = {}  # month names of a language that writes the month first ("December 3")
        other: dict[str, None] = {}
        for locale in merged("dates", "month_locales"):
            month_first = get_date_format("long", locale=locale).pattern.startswith("M")
            kinds: tuple[Literal["wide", "abbreviated"], ...] = (
                ("wide", "abbreviated") if month_first else ("wide",)
            )
            for kind in kinds:  # the abbreviations of a month-first language: news agencies' "Dec. 3"
                for number, name in get_month_names(kind, locale=locale).items():
                    months[name.rstrip(".").lower()] = number
                    (first if month_first else other)[name.rstrip(".")] = None
        for spelling in merged("dates", "month_spellings"):  # "Sept"
            if _cldr_month(spelling) not in months:
                where = "$.dates.month_spellings"
                problem = Problem(
                    file="vnla/data/lang", path=where, reason=f"{spelling!r} is no month CLDR names"
                )
                raise DataError([problem])
            months[spelling.lower()] = months[_cldr_month(spelling)]
            first[spelling] = None
        for names in (first, other):  # a heading's, in capitals: "5 SEPTEMBER 1962", "THÁNG 12"
            names.update(dict.fromkeys(name.upper() for name in list(names)))
        weekdays: dict[str, int] = {}
        spelled: dict[str, None] = {}
        for locale in merged("dates", "weekday_locales"):
            for number, name in get_day_names("wide", locale=locale).items():  # 0 is Monday
                weekdays[" ".join(name.lower().split())] = number
                spelled[name] = None
        for name in list(spelled):  # a heading's, in capitals: "THỨ BA", "TUESDAY"
            spelled[name.upper()] = None
        _spaced_weekdays(weekdays, spelled)
        short = _short_weekdays(weekdays)
        for spelling in merged("dates", "weekday_spellings"):  # "thứ Hai", "Chủ nhật"
            if " ".join(spelling.lower().split()) not in weekdays:
                where = "$.dates.weekday_spellings"
                problem = Problem(
                    file="vnla/data/lang", path=where, reason=f"{spelling!r} is no weekday CLDR names"
                )
                raise DataError([problem])
            spelled[spelling] = None
        self.months = months
        self.weekdays = weekdays
        # English month names are capitalised; matching them case-sensitively keeps "may" a verb.
        # an abbreviation's full stop before the day or year ("Dec. 3", "3 Dec. 2025") or a range's
        # dash ("25 Jan.-1 Feb. 2021"), not the sentence's after a month ("... on 2 December. The
        # talks ..."): a span ends before it
        self.first = f"(?:{_literal(first)})(?:\\.(?=[^\\S\\n]?(?:[-–—][^\\S\\n]?)?\\d))?"
        self.month = f"(?:{self.first}|{_literal(other)})"
        self.weekday = f"(?:{_literal(spelled)}|{short})"
        #: a weekday on a Vietnamese page's header, in either case ("Thứ Hai, 26/01/2026")
        header = get_day_names("wide", locale="vi").values()
        self.header_weekday = "|".join(
            r"\s".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in name.split())
            for name in header
        )
        #: weekday names as literal alternatives, which the regex engine scans for quickly
        self.weekday_word = re.compile(_literal(spelled).replace("\\ ", " "))
        #: a date after a weekday, which reads the weekday with it ("Monday, January 26", "Monday 26
        #: January"); not an ordinal that no month follows ("2026-12-02  Thursday   51st   Lao
        #: National Day", a table's columns)
        self.date_after = re.compile(
            rf",?\s(?:{self.month}|\d(?!\d{{0,2}}(?:st|nd|rd|th)(?![^\S\n]++(?:of[^\S\n]++)?(?:{self.month}))))"
        )
        #: between two days, a dash or a range word ("December 1 to 2"); between two full dates,
        #: the words that join two days of one month ("1 and 2 December") make no range
        self.to_once, self.to = _range_joins()
        #: between two days of one month before their month ("ngày 3 và 4/12")
        self.and_days = _literal(merged("dates", "range_words_within_a_month")) or "(?!)"
        #: before a weekday, which week it is in: 1 the next, -1 the last, 0 the nearest before
        self.prefixes = {word.lower(): shift for word, shift in merged("dates", "weekday_prefixes").items()}
        either = "|".join(
            f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}"
            for w in sorted(self.prefixes, key=len, reverse=True)
        )
        self.prefix = re.compile(rf"(?<![\w])(?P<p>{either})\s\Z")
        self.prefix_reach = max(map(len, self.prefixes), default=0) + 2  # the word, a space, one more
        self._week_words()
        self._year_words()
        self._day_first_words()
        #: between two years ("2026 to 2030"), and between a day and its month ("2 of December")
        self.years_to, self.day_of = _spaced(merged("dates", "years_to")), _spaced(merged("dates", "day_of"))
        #: after a span of years, the words that make it a period ("2026-30 period": no month)
        self.period_after = _literal(merged("horizons", "period_after"))
        #: every weekday name contains one of these: a text with none of them names no weekday
        self.weekday_parts = _common_parts(spelled)
        self.date = _date_pattern(self)

    def _week_words(self) -> None:
        """
        Before a weekday, words that make it a day of the story's week ("on the Monday"); right
        after it, the words of a week (``dates.relative_weeks``: "Thursday last week", "ວັນພະຫັດ
        ອາທິດແລ້ວ"), which say the week it is of: by the words without their spaces, the week (-1
        the last); Lao ones are read with or without spaces.
        """
        narrated = merged("dates", "weekday_narrated")
        self.narrated = re.compile(rf"(?<![\w])(?:{_literal(narrated) or '(?!)'})\s\Z", re.IGNORECASE)
        self.narrated_reach = max(map(len, narrated), default=0) + 2
        words = merged("dates", "relative_weeks")
        self.weeks = {"".join(w.lower().split()): n for w, n in words.items()}
        alternatives = [
            "[^\\S\\n]?".join(re.escape(c) for c in "".join(w.split()))
            if lao.is_lao(w[0])
            else r"\s+".join(map(re.escape, w.split()))
            for w in sorted(words, key=len, reverse=True)
        ]
        self.week_after = re.compile(
            rf"[^\S\n]*+,?[^\S\n]*+(?P<k>{'|'.join(alternatives) or '(?!)'})(?![^\W\d_])", re.IGNORECASE
        )

    def _year_words(self) -> None:
        #: before a year, which part of it ("early 2026"), and words that make it a date ("in 2027")
        qualifiers = merged("dates", "year_qualifiers")
        exact_qualifiers = merged("dates", "year_qualifiers_as_written")
        any_case, exact_words = merged("dates", "year_words"), merged("dates", "year_words_as_written")
        self.qualifiers = {
            " ".join(w.lower().split()): part for w, part in (qualifiers | exact_qualifiers).items()
        }
        self.year_words = {w.lower(): meaning for w, meaning in (any_case | exact_words).items()}
        self.qualifier = _either_case(qualifiers, exact_qualifiers)
        # the words read as written may start a sentence ("Năm 2024, ..."): their first letter in either case
        parts = (_either_case(any_case, ()), _initial(exact_words))
        self.year_word = "|".join(part for part in parts if part)
        self.filler = "|".join(
            r"\s".join(map(re.escape, w.split()))
            for w in sorted(merged("dates", "year_fillers"), key=len, reverse=True)
        )

    def _day_first_words(self) -> None:
        #: the words of day-first dates ("ngày 2/12", "Chiều 26/1", "2 tháng 12 năm 2025", "từ ngày 1
        #: đến 2/12"): at a date's start, their first letter in either case
        dated = functools.partial(merged, "dates")
        self.day_before, self.day_before_first = _spaced(dated("day_before")), _initial(dated("day_before"))
        self.times_of_day = _initial(dated("times_of_day"))
        self.times_before = _initial(dated("times_of_day_before"))
        self.times_after = _spaced(dated("times_of_day_after"))
        self.today = _initial(dated("today_words"))
        self.month_before, self.month_alone = _spaced(dated("month_before")), _initial(dated("month_alone"))
        self.year_before = _spaced(dated("year_before"))
        self.range_from, self.range_to = _initial(dated("range_from")), _spaced(dated("range_to"))


def _spaced_weekdays(weekdays: dict[str, int], spelled: dict[str, None]) -> None:
    """
    Weekdays with a space after the word for a day that opens their names (the word files'
    ``dates.weekday_day_words``: Lao's "ວັນ ເສົາ", as Lao spaced word by word writes them), added to
    ``weekdays`` (name to number) and ``spelled``.
    """
    for word in merged("dates", "weekday_day_words"):
        for name, number in list(weekdays.items()):
            if name.startswith(word) and len(name) > len(word) and not name[len(word)].isspace():
                spaced = f"{word} {name[len(word) :]}"
                weekdays[spaced] = number
                spelled[spaced] = None


def _short_weekdays(weekdays: dict[str, int]) -> str:
    """
    CLDR's abbreviations of the weekdays of ``dates.weekday_locales`` ("Tue"), added to
    ``weekdays`` (name to number), as an alternation read only before a day ("Tue 26 Jan"; a
    word alone, "Sun", "Sat", is no weekday) and not after an article ("The Sun 26 January
    edition": a name).
    """
    from babel.dates import get_day_names  # delayed: babel's data loads slowly

    short: dict[str, None] = {}
    for locale in merged("dates", "weekday_locales"):
        for number, name in get_day_names("abbreviated", locale=locale).items():
            if name.isalpha() and name.lower() not in weekdays:
                weekdays[name.lower()] = number
                short[name] = None
    if not short:
        return "(?!)"
    articles = [a for w in merged("dates", "name_articles") for a in (w, w.capitalize())]
    not_after = "".join(f"(?<!{re.escape(a)} )" for a in articles)
    return f"{not_after}(?:{_literal(short)})"


def _date_pattern(c: _Calendar) -> re.Pattern[str]:
    """Every form of a date the parser reads, with the names of ``c`` (each branch read by ``_BRANCHES``)."""
    return re.compile(
        rf"""
    # (not the minutes of a time: "12:30 January 2026" is a chapter's time stamp, then a month)
    (?<![\w/.-])(?<!\d:)(?=\D{{0,{_DATE_LEAD}}}+\d)(?:
      # 2026-01-26, 2026-01-06..08, 2025-12-01/2025-12-02
      (?P<iso_y>\d{{4}})-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}})
        (?:\.\.(?P<iso_d2>\d{{2}})|/(?P<iso_y2>\d{{4}})-(?P<iso_m2>\d{{2}})-(?P<iso_d3>\d{{2}}))?(?![\d])
      # 2025-12 (a month), 2026–2030 / 2026-30 (a span of years), on one line ("Calendar 2024\n- 11
      # July" is a heading's year and a list's entry)
    | (?P<ys_y>\d{{4}})[^\S\n]?(?P<ys_sep>-|–|—|{c.years_to})[^\S\n]?
        (?P<ys_y2>\d{{4}}|(?<![^\W\d_][^\S\n])\d{{2}})  # two digits after a dash only ("2026-30")
        (?![\d.,]\d|[\d-])
        (?P<ys_period>\ (?:{c.period_after}))?
      # December 30, 2025 to January 2, 2026 / Dec 2, 2025 – Jan 27, 2026 (CLDR's range across a year)
    | (?:(?P<mx_w>{c.weekday}),?\s)?(?P<mx_m>{c.first})\s(?P<mx_d>\d{{1,2}}){_SUFFIX},\s(?P<mx_y>\d{{4}})
        {c.to_once}(?:{c.weekday},?\s)?(?P<mx_m2>{c.first})\s(?P<mx_d2>\d{{1,2}}){_SUFFIX},?\s(?P<mx_y2>\d{{4}})(?!\d)
      # [Monday,] December 1 to 2, 2025 / November 30 to December 2, 2025 / Dec. 2 ("and" joins
      # two days of one month only: "January 26 and February 5" are two dates)
    | (?:(?P<md_w>{c.weekday}),?\s)?(?P<md_m>{c.first})\s(?P<md_d>\d{{1,2}}){_SUFFIX}(?!\d)
        (?:(?:{c.to_once}(?P<md_m2>{c.first})\s|{c.to})(?P<md_d2>\d{{1,2}}){_SUFFIX}(?!\d))?
        (?:,?\s(?P<md_y>\d{{4}})(?!\d))?
      # December 2025
    | (?P<my_m>{c.month}),?\s(?P<my_y>\d{{4}})(?!\d)
      # 30 December 2025 – 2 January 2026
    | (?:(?P<dx_w>{c.weekday}),?\s)?(?P<dx_d>\d{{1,2}}){_SUFFIX}
        \s(?:(?:{c.day_of})\s)?(?P<dx_m>{c.month}),?\s(?P<dx_y>\d{{4}})
        {c.to_once}(?:{c.weekday},?\s)?(?P<dx_d2>\d{{1,2}}){_SUFFIX}\s(?:(?:{c.day_of})\s)?(?P<dx_m2>{c.month}),?\s(?P<dx_y2>\d{{4}})(?!\d)
      # [Monday] 2 December 2025 / 26–27 January 2026 / 30 November – 2 December / 5 février / 2 ທັນວາ 1975
      # ("1 and 2 December" is a range; "26 January and 5 February", two dates)
    | (?:(?P<dm_w>{c.weekday}),?\s)?(?P<dm_d>\d{{1,2}}){_SUFFIX}
        (?:{c.to}(?P<dm_d2>\d{{1,2}}){_SUFFIX})?\s(?:(?:{c.day_of})\s)?(?P<dm_m>{c.month})
        (?:{c.to_once}(?P<dm_d3>\d{{1,2}}){_SUFFIX}\s(?P<dm_m3>{c.month}))?
        (?:,?\s(?P<dm_y>\d{{4}})(?!\d))?
      # early 2026, mid-2026, the end of 2025, đầu năm 2026
    | (?P<q_q>{c.qualifier})[\s-](?P<q_y>\d{{4}})(?!\d)
      # [Chủ nhật,] ngày 2/12/2025, ngày 26-27/1/2026, ngày 3 và 4/12, ngày 1-12, ngày 2 tháng 12 năm 2025,
      # ngày 2 tháng 12, 2025;
      # news's time of day before a day: Chiều 26/1, Sáng nay (2/12), tối ngày 1/12, Hôm nay (26/1);
      # từ 26-28/1
    | (?:(?P<vd_w>{c.weekday}),?\s(?=(?:{c.day_before_first})\s))?(?:(?:{c.day_before_first})\s
        |(?:(?:(?:{c.times_before})\s)?(?:{c.times_of_day})(?:\s(?:{c.times_after}))?(?:\s(?:{c.day_before}))?
        |{c.today})\s(?P<vd_p>\()?
        # from and a range of days of one month: từ 26-28/1 (a day alone after it may be a fraction)
        |(?:{c.range_from})\s(?=\d{{1,2}}\s?[-–]\s?\d{{1,2}}\s?/\s?\d))
        (?P<vd_d>\d{{1,2}})(?:(?:\s?[-–]\s?|\s(?:{c.and_days})\s)(?P<vd_d2>\d{{1,2}}))?
        (?:\s?[/.-]\s?|\s(?P<vd_word>{c.month_before})\s)(?P<vd_m>\d{{1,2}})(?!\d)
        (?:(?:\s?[/.-]\s?|\s(?:{c.year_before})\s|(?(vd_word),\s?|(?!)))(?P<vd_y>\d{{4}})(?!\d))?(?(vd_p)\))
      # a Vietnamese page's header: Thứ Hai, 26/01/2026 (the Vietnamese weekday puts the day first);
      # a headline's "thứ Năm 3/12"; "Hôm thứ Tư (5/2)"
    | (?P<vw_w>{c.header_weekday})(?:,\s?|\s)(?P<vw_p>\()?
        (?P<vw_d>\d{{1,2}})/(?P<vw_m>\d{{1,2}})(?:/(?P<vw_y>\d{{4}}))?(?![\d/])(?(vw_p)\))
      # CLDR's Vietnamese: [Thứ Ba,] 2 tháng 12, 2025 / 2 thg 12, 2025 / 2 – 5 thg 12, 2025 /
      # 30 thg 11 – 2 thg 12, 2025 / 2 thg 12, 2025 – 27 thg 1, 2026 / 2 tháng 12 năm 2025
    | (?:(?P<vc_w>{c.weekday}),?\s)?(?P<vc_d>\d{{1,2}})(?:\s?[-–]\s?(?P<vc_d2>\d{{1,2}}))?
        \s(?:{c.month_before})\s(?P<vc_m>\d{{1,2}})(?!\d)(?:(?:,\s?|\s(?:{c.year_before})\s)(?P<vc_y>\d{{4}})(?!\d))?
        (?:\s?[-–]\s?(?P<vc_d3>\d{{1,2}})\s(?:{c.month_before})\s(?P<vc_m3>\d{{1,2}})(?!\d))?
        (?:(?:,\s?|\s(?:{c.year_before})\s)(?P<vc_y3>\d{{4}})(?!\d))?
      # từ ngày 1 đến 2/12, từ ngày 30/11 đến ngày 2/12/2025
    | (?:{c.range_from})\s(?:(?:{c.day_before})\s)?(?P<vr_d>\d{{1,2}})(?:\s?/\s?(?P<vr_m>\d{{1,2}}))?
        \s(?:{c.range_to})\s(?:(?:{c.day_before})\s)?
        (?P<vr_d2>\d{{1,2}})\s?/\s?(?P<vr_m2>\d{{1,2}})(?!\d)(?:\s?/\s?(?P<vr_y>\d{{4}})(?!\d))?
      # tháng 12/2025, tháng 12 năm 2025
    | (?:{c.month_alone})\s(?P<vm_m>\d{{1,2}})(?:\s?/\s?|\s(?:{c.year_before})\s)(?P<vm_y>\d{{4}})(?!\d)
      # in 2027, by 2030, năm 2026
    | (?P<y_p>{c.year_word})\s(?:(?:{c.filler})\s)?(?P<y_y>\d{{4}})
        (?![\d.,]\d|\d|\s?[-–—/]\s?\d|[^\S\n]?(?:{c.years_to})[^\S\n]?(?:19|20)\d{{2}}(?!\d))
    )
    """,
        re.VERBOSE,
    )


def _common_parts(names: Iterable[str], size: int = 3) -> tuple[str, ...]:
    """
    A few strings of ``size`` characters, one of which is in every name: a quick test for all of them.

    Chosen greedily, the part in the most names first: English weekdays all end in "day".

    >>> _common_parts(["Monday", "Tuesday", "Friday", "thứ Hai", "thứ Ba", "Chủ nhật"])
    ('day', 'thứ', 'ủ n')
    """
    left = [n for n in dict.fromkeys(names) if n]
    parts: list[str] = []
    while left:
        counts: dict[str, int] = {}
        for name in left:
            for part in {name[i : i + size] for i in range(max(1, len(name) - size + 1))}:
                counts[part] = counts.get(part, 0) + 1
        best = max(counts, key=lambda part: (counts[part], part))
        parts.append(best)
        left = [n for n in left if best not in n]
    return tuple(parts)


def _spaced(words: Iterable[str], space: str = r"\s") -> str:
    """Words as an alternation, the longest first, a space between words matching ``space`` (any space)."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    return "|".join(space.join(map(re.escape, w.split())) for w in ordered) or "(?!)"


def _initial(words: Iterable[str], space: str = r"\s") -> str:
    """
    :func:`_spaced`, with each word's first letter in either case (a word that starts a date),
    or all in capitals (a heading's: "THỨ BA, NGÀY 1/12/2025").

    >>> print(_initial(["ngày", "hôm nay"]))
    [Hh]ôm\\snay|HÔM\\sNAY|[Nn]gày|NGÀY
    """
    out = []
    for word in sorted(dict.fromkeys(words), key=len, reverse=True):
        first, *rest = word.split()
        head = f"[{first[0].upper()}{first[0].lower()}]{re.escape(first[1:])}"
        out.append(space.join([head, *map(re.escape, rest)]))
        if word[1:].upper() != word[1:]:  # else the first alternative matches it in capitals
            out.append(space.join(map(re.escape, word.upper().split())))
    return "|".join(out) or "(?!)"


def _either_case(words: Iterable[str], as_written: Iterable[str]) -> str:
    """An alternation of ``words`` in any case and of ``as_written`` only as written."""
    parts = [f"(?i:{_literal(words)})" if words else "", _literal(as_written)]
    return "|".join(part for part in parts if part)


def _literal(words: Iterable[str]) -> str:
    """Words as a case-sensitive alternation, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _cldr_month(spelling: str) -> str:
    """The CLDR name another spelling of a month abbreviates ("Sept": "sep")."""
    return spelling.lower()[:3]


@functools.cache
def _calendar() -> _Calendar:
    """The date grammar's names and patterns, built on first use."""
    return _Calendar()


def infer_year(month: int, day: int, published: date) -> int:
    """
    The year of a day given without one, from the publication date of the text.

    The rule: the year that puts the day **nearest the publication date**,
    the earlier year on a tie.  News reports mostly look back ("on January
    26" in a report of 2 February is this year's) and sometimes ahead ("will
    visit on February 5"); the nearest day is right for both, within six
    months either way.  29 February counts only in leap years.

    >>> infer_year(1, 26, date(2026, 2, 2))
    2026
    >>> infer_year(12, 2, date(2026, 1, 10))
    2025
    >>> infer_year(1, 3, date(2025, 12, 28))
    2026
    """
    best: tuple[int, int] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            distance = abs((date(year, month, day) - published).days)
        except ValueError:
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    if best is None:
        msg = f"no year has {month:02d}-{day:02d}"
        raise ValueError(msg)
    return best[1]


def _month(name: str) -> int:
    return _calendar().months[name.rstrip(".").lower()]


def _weekday(name: str | None) -> int | None:
    return None if name is None else _calendar().weekdays[" ".join(name.lower().split())]


@functools.lru_cache(maxsize=4096)  # news name the same few days again and again
def _day_range(
    start: tuple[int, int, int | None],
    end: tuple[int, int, int | None] | None,
    published: date | None,
) -> tuple[When | None, bool]:
    """Build a day or a range of days; infer a missing year; ``(when, needs_year)``."""
    (m1, d1, y1) = start
    m2, d2, y2 = end if end is not None else (m1, d1, y1)
    crosses = (m2, d2) < (m1, d1)  # "December 30 to January 2": the range crosses New Year
    needs_year = y1 is None and y2 is None
    try:
        if needs_year:
            if published is None:
                return None, True
            start_year = infer_year(m1, d1, published)
            end_year = start_year + crosses
        elif y2 is not None:
            end_year = y2
            start_year = y1 if y1 is not None else y2 - crosses
        else:
            assert y1 is not None
            start_year, end_year = y1, y1 + crosses
        first, last = date(start_year, m1, d1), date(end_year, m2, d2)
    except ValueError:  # no such day ("February 30")
        return None, needs_year
    if last < first:
        return None, needs_year
    return When.between(first, last), needs_year


def _year_span(first: str, second: str) -> When | None:
    y1 = int(first)
    y2 = int(second) if len(second) == 4 else (y1 // 100) * 100 + int(second)
    if not y1 < y2 <= y1 + 50:
        return None
    return When.bounded(not_before=date(y1, 1, 1), not_after=date(y2, 12, 31))


def _coming_weekday(weekday: int, published: date) -> When:
    """
    The first ``weekday`` (Monday 0) after ``published``: "next Monday", "will meet on Monday".

    >>> str(_coming_weekday(3, date(2026, 2, 2))), str(_coming_weekday(0, date(2026, 2, 2)))
    ('2026-02-05', '2026-02-09')
    """
    return When.on(published + timedelta(days=(weekday - published.weekday()) % 7 or 7))


def _resolve_weekday(
    weekday: int, prefix: str | None, published: date | None, *, week: int | None = None
) -> When | None:
    """
    The day a weekday said alone means, counted from ``published``: the nearest before it, or
    the one of the week its prefix says ("last Monday", "next Monday"); with ``week``, the one of
    that week, counted from the publication's (-1: "Thursday last week"; weeks start on Monday).

    >>> friday = date(2026, 2, 13)
    >>> str(_resolve_weekday(3, None, friday)), str(_resolve_weekday(3, None, friday, week=-1))
    ('2026-02-12', '2026-02-05')
    """
    if published is None:
        return None
    if week is not None:
        return When.on(published + timedelta(days=weekday - published.weekday(), weeks=week))
    back = (published.weekday() - weekday) % 7
    week = _calendar().prefixes.get((prefix or "").lower(), 0)
    if week > 0:  # "next Monday"
        return _coming_weekday(weekday, published)
    if week < 0 and back == 0:  # "last Monday", said on a Monday
        back = 7
    return When.on(published - timedelta(days=back))


# Each branch of _DATE reads its groups into (when, needs_year, weekday); None drops the match.
_Read = tuple[When | None, bool, int | None] | None
_Groups = re.Match[str]
_Triple = tuple[int, int, int | None]


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


def _iso(g: _Groups, published: date | None) -> _Read:
    y, mo, d = int(g["iso_y"] or 0), int(g["iso_m"] or 0), int(g["iso_d"] or 0)
    end: _Triple | None = None
    if g["iso_d2"]:
        end = (mo, int(g["iso_d2"]), y)
    elif g["iso_y2"]:
        end = (int(g["iso_m2"] or 0), int(g["iso_d3"] or 0), int(g["iso_y2"]))
    if end is not None and end[2] != y:
        try:
            return When.between(date(y, mo, d), date(int(end[2] or 0), end[0], end[1])), False, None
        except ValueError:
            return None
    when, _ = _day_range((mo, d, y), end, published)
    return None if when is None else (when, False, None)


def _years(g: _Groups, _published: date | None) -> _Read:
    first, second = g["ys_y"] or "", g["ys_y2"] or ""
    if g["ys_sep"] == "-" and len(second) == 2 and 1 <= int(second) <= 12 and not g["ys_period"]:
        return When.in_month(int(first), int(second)), False, None
    when = _year_span(first, second)
    return None if when is None else (when, False, None)


def _across_years(first: _Triple, last: _Triple) -> When | None:
    """A range whose both ends carry their year; ``None`` when the end is before the start."""
    try:
        start, end = date(int(first[2] or 0), first[0], first[1]), date(int(last[2] or 0), last[0], last[1])
    except ValueError:
        return None
    return When.between(start, end) if start <= end else None


def _ends_with_years(prefix: str) -> Callable[[_Groups, date | None], _Read]:
    """The reader of a branch ``mx`` or ``dx``: a range whose both ends carry a month name and a year."""

    def read(g: _Groups, _published: date | None) -> _Read:
        when = _across_years(
            (_month(g[f"{prefix}_m"] or ""), int(g[f"{prefix}_d"] or 0), _int(g[f"{prefix}_y"])),
            (_month(g[f"{prefix}_m2"] or ""), int(g[f"{prefix}_d2"] or 0), _int(g[f"{prefix}_y2"])),
        )
        return None if when is None else (when, False, _weekday(g[f"{prefix}_w"]))

    return read


def _month_day(g: _Groups, published: date | None) -> _Read:
    m1 = _month(g["md_m"] or "")
    y = _int(g["md_y"])
    end: _Triple | None = None
    if g["md_d2"]:
        end = (_month(g["md_m2"]) if g["md_m2"] else m1, int(g["md_d2"]), y)
    when, needs_year = _day_range((m1, int(g["md_d"] or 0), None if end else y), end, published)
    return when, needs_year, _weekday(g["md_w"])


def _month_year(g: _Groups, _published: date | None) -> _Read:
    return When.in_month(int(g["my_y"] or 0), _month(g["my_m"] or "")), False, None


def _day_month(g: _Groups, published: date | None) -> _Read:
    m_last = _month(g["dm_m3"] or g["dm_m"] or "")
    y = _int(g["dm_y"])
    end: _Triple | None
    if g["dm_d3"]:
        if g["dm_d2"]:  # "1-2 December – 3 January": too odd to be a date
            return None
        start: _Triple = (_month(g["dm_m"] or ""), int(g["dm_d"] or 0), None)
        end = (m_last, int(g["dm_d3"]), y)
    elif g["dm_d2"]:
        start, end = (m_last, int(g["dm_d"] or 0), None), (m_last, int(g["dm_d2"]), y)
    else:
        start, end = (m_last, int(g["dm_d"] or 0), y), None
    when, needs_year = _day_range(start, end, published)
    return when, needs_year, _weekday(g["dm_w"])


def _qualified(g: _Groups, _published: date | None) -> _Read:
    qualifier = _calendar().qualifiers[" ".join((g["q_q"] or "").lower().split())]
    return When.in_year(int(g["q_y"] or 0), qualifier=qualifier), False, None


def _vi_day(g: _Groups, published: date | None) -> _Read:
    month = int(g["vd_m"] or 0)
    if not 1 <= month <= 12:
        return None
    y = _int(g["vd_y"])
    end: _Triple | None = (month, int(g["vd_d2"]), y) if g["vd_d2"] else None
    when, needs_year = _day_range((month, int(g["vd_d"] or 0), None if end else y), end, published)
    return when, needs_year, _weekday(g["vd_w"])


def _vi_weekday_day(g: _Groups, published: date | None) -> _Read:
    year = int(g["vw_y"]) if g["vw_y"] else None
    when, needs_year = _day_range((int(g["vw_m"] or 0), int(g["vw_d"] or 0), year), None, published)
    return None if when is None and not needs_year else (when, needs_year, _weekday(g["vw_w"]))


def _vi_cldr(g: _Groups, _published: date | None) -> _Read:
    """CLDR's Vietnamese days and ranges, which always carry a year (without "ngày" before them)."""
    m1, d1, y1 = int(g["vc_m"] or 0), int(g["vc_d"] or 0), _int(g["vc_y"])
    y_last = _int(g["vc_y3"]) or y1
    if y_last is None or not 1 <= m1 <= 12:
        return None  # "2 tháng 12" alone may be a count of months; ngày-dates are read above
    if g["vc_d3"]:
        m3 = int(g["vc_m3"] or 0)
        if g["vc_d2"] or not 1 <= m3 <= 12 or (y1 is not None and g["vc_y3"] is None):
            return None
        when = _across_years((m1, d1, y1 if y1 is not None else y_last), (m3, int(g["vc_d3"]), y_last))
        if y1 is None and when is None:  # "30 thg 12 – 2 thg 1, 2026": the range crosses New Year
            when = _across_years((m1, d1, y_last - 1), (m3, int(g["vc_d3"]), y_last))
    else:
        end = (m1, int(g["vc_d2"]), y_last) if g["vc_d2"] else (m1, d1, y_last)
        when = _across_years((m1, d1, y_last), end)
    return None if when is None else (when, False, _weekday(g["vc_w"]))


def _vi_range(g: _Groups, published: date | None) -> _Read:
    m2 = int(g["vr_m2"] or 0)
    m1 = int(g["vr_m"]) if g["vr_m"] else m2
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    y = _int(g["vr_y"])
    when, needs_year = _day_range((m1, int(g["vr_d"] or 0), None), (m2, int(g["vr_d2"] or 0), y), published)
    return when, needs_year, None


def _vi_month(g: _Groups, _published: date | None) -> _Read:
    month = int(g["vm_m"] or 0)
    if not 1 <= month <= 12:
        return None
    return When.in_month(int(g["vm_y"] or 0), month), False, None


def _year(g: _Groups, _published: date | None) -> _Read:
    return _year_phrase(g["y_p"] or "", int(g["y_y"] or 0)), False, None


#: The group that starts each branch of _DATE, and the function that reads it.
_BRANCHES: Final[tuple[tuple[str, Callable[[_Groups, date | None], _Read]], ...]] = (
    ("iso_y", _iso),
    ("ys_y", _years),
    ("mx_m", _ends_with_years("mx")),
    ("md_m", _month_day),
    ("my_m", _month_year),
    ("dx_d", _ends_with_years("dx")),
    ("dm_d", _day_month),
    ("q_q", _qualified),
    ("vd_d", _vi_day),
    ("vw_w", _vi_weekday_day),
    ("vc_d", _vi_cldr),
    ("vr_d", _vi_range),
    ("vm_m", _vi_month),
    ("y_y", _year),
)


def _mention(m: re.Match[str], published: date | None, shift: int) -> DateMention | None:
    for key, read in _BRANCHES:
        if m[key] is not None:
            found = read(m, published)
            break
    else:  # pragma: no cover - every match takes a branch
        return None
    if found is None:
        return None
    when, needs_year, weekday = found
    if when is None and not needs_year:
        return None  # no such day (31 February)
    return DateMention(
        when=when,
        span=(m.start() + shift, m.end() + shift),
        text=m[0],
        weekday=weekday,
        needs_year=needs_year,
    )


def _relative(text: str, m: re.Match[str], published: date | None, shift: int) -> DateMention | None:
    """A weekday standing alone ("on Monday"), or ``None`` when it is a word inside another."""
    start, end = m.span()
    # (unspaced Lao runs words together: a Lao weekday may stand right after or before Lao letters)
    if (start and text[start - 1] == "_") or not _starts_a_word(text, start):
        return None
    after = text[end] if end < len(text) else ""
    if after == "_" or (after.isalnum() and not (lao.is_lao(after) and lao.is_lao(text[end - 1]))):
        return None
    if _calendar().date_after.match(text, end):
        return None  # "Monday, January 26": the date reads it with its weekday
    weekday = _weekday(m[0])
    assert weekday is not None
    calendar = _calendar()
    if calendar.narrated.search(text, max(0, start - calendar.narrated_reach), start):
        return None  # "talks on the Monday": a day of the story's week, which the text does not date
    prefix = calendar.prefix.search(text, max(0, start - calendar.prefix_reach), start)
    if prefix is not None:
        start = prefix.start()
    week = calendar.week_after.match(text, end)
    return DateMention(
        when=_resolve_weekday(
            weekday,
            prefix["p"] if prefix else None,
            published,
            week=None if week is None else calendar.weeks["".join(week["k"].lower().split())],
        ),
        span=(start + shift, end + shift),
        text=text[start:end],
        weekday=weekday,
        needs_year=True,
        relative=True,
    )


def _starts_a_word(text: str, start: int) -> bool:
    """Whether a day word at ``start`` has no letter before it (a Lao one, no other script's: "ໃນມື້ອື່ນ")."""
    if not start or not text[start - 1].isalnum():
        return True
    return lao.is_lao(text[start]) and lao.is_lao(text[start - 1])


def _day_words(text: str, published: date | None, shift: int) -> list[DateMention]:
    """The days ``text`` names by their distance from the publication day ("yesterday", "chiều nay")."""
    found: list[DateMention] = []
    table, by_end, pattern = _day_word_table()
    for m in pattern.finditer(text):
        end = m.end()
        for word in by_end[m[0]]:
            start = end - len(word)
            if start >= 0 and text[start:end].lower() == word and _starts_a_word(text, start):
                days = table[word]
                # a day word inside a longer one found after it ("ມື້ວານ" in "ມື້ວານຊືນ",
                # unspaced Lao: the matches come by their ends): the longer
                while found and found[-1].span[0] >= start + shift:
                    found.pop()
                found.append(
                    DateMention(
                        when=None if published is None else When.on(published + timedelta(days=days)),
                        span=(start + shift, end + shift),
                        text=text[start:end],
                        needs_year=True,
                        relative=True,
                    )
                )
                break
    return found


@functools.lru_cache(maxsize=1024)
def _year_phrase(word: str, year: int) -> When:
    meaning = _calendar().year_words[word.lower()]  # the language files' dates.year_words
    first, last = date(year, 1, 1), date(year, 12, 31)
    if meaning == "by":
        return When.bounded(not_after=last)
    if meaning == "before":
        return When.bounded(before=first)
    if meaning == "since":
        return When.bounded(not_before=first)
    if meaning == "after":
        return When.bounded(after=last)
    return When.in_year(year)


def parse_dates(text: str, *, published: date | None = None) -> tuple[DateMention, ...]:
    """
    Every date in ``text``, in English, Vietnamese (and French or Lao day-month dates).

    Reads days ("December 2, 2025", "2 December 2025", "Dec. 2", "ngày
    2/12/2025", "Chiều 26/1", "2 thg 12, 2025"), ranges ("December 1 to 2,
    2025", "from January 26 to 27", "ngày 26-27/1/2026", "từ ngày 1 đến
    2/12"), months ("December 2025",
    "tháng 12/2025"), years ("in 2027", "early 2026", "đầu năm 2026"), spans
    of years ("the 2026–2030 period"), ISO dates ("2026-01-06..08") and
    weekdays ("on Monday") and day words ("yesterday", "hôm qua").  A date
    without a year takes the year
    :func:`infer_year` gives for ``published``; a weekday alone is the most
    recent such day on or before ``published`` ("next Monday": the first
    after it).  Without ``published`` such dates have ``when=None``.

    Args:
        text: any text.
        published: the day the text was published, to resolve relative dates.

    Returns:
        The dates in the order they appear.

    >>> from datetime import date
    >>> [
    ...     str(m.when)
    ...     for m in parse_dates(
    ...         "from December 1 to 2, 2025; ngày 26-27/1/2026; tháng 12/2025; early 2026; in 2027"
    ...     )
    ... ]
    ['2025-12-01/2025-12-02', '2026-01-26/2026-01-27', '2025-12', 'early 2026', '2027']
    >>> m = parse_dates("on December 2", published=date(2025, 12, 3))[0]
    >>> (m.text, str(m.when), m.needs_year)
    ('December 2', '2025-12-02', True)
    >>> parse_dates("January 26")[0].when is None
    True
    """
    return tuple(_dates(text, published))


@functools.cache
def _lao_calendar() -> tuple[re.Pattern[str], dict[str, int], dict[str, int]]:
    """The Lao date grammar with CLDR's Lao months (wide and abbreviated) and weekdays, built on first use."""
    from babel.dates import get_day_names, get_month_names  # delayed: babel's data loads slowly

    months = {
        name: number
        for width in ("wide", "abbreviated")
        for context in ("format", "stand-alone")
        for number, name in get_month_names(width, context=context, locale="lo").items()
    }
    wide, short = get_day_names("wide", locale="lo"), get_day_names("abbreviated", locale="lo")
    weekdays = {name: number for names in (wide, short) for number, name in names.items()}
    eras = [w for w in _eras()[1] if lao.is_lao(w[0])]
    # a count before a short weekday makes it a word of weeks ("ສອງ ອາທິດ", two weeks)
    counts = [w for w in merged("amounts", "number_words") if lao.is_lao(w[0])]
    return lao.date_pattern(months, wide.values(), short.values(), eras, counts=counts), months, weekdays


def parse_lao_dates(text: str, *, published: date | None = None) -> tuple[DateMention, ...]:
    """
    Every date of Lao text, spaced or not, with CLDR's Lao month and weekday names.

    Reads days ("ວັນທີ 2 ທັນວາ 2025", "2 ທ.ວ. 2025", "ວັນທີ3ທັນວາ2025", Lao digits "໒ ທັນວາ
    ໒໐໒໕"), ranges ("1-2 ທັນວາ 2025", "6 ຫາ 8 ມັງກອນ 2026", "30 ພະຈິກ - 2 ທັນວາ 2025"),
    numeric days day-first ("03/02/2026", "30/11 – 2/12/2025"), months ("ທັນວາ 2025"),
    years ("ປີ 2024") and weekdays ("ວັນອັງຄານ, 2 ທັນວາ 2025").  A day without a year takes
    the year :func:`infer_year` gives for ``published``.

    >>> [str(m.when) for m in parse_lao_dates("ວັນທີ 1-2 ທັນວາ 2025, ແຕ່ວັນທີ 6 ຫາ 8 ມັງກອນ 2026, 03/02/2026")]
    ['2025-12-01/2025-12-02', '2026-01-06/2026-01-08', '2026-02-03']
    """
    return tuple(_lao_dates(text, published))


def _lao_dates(text: str, published: date | None, shift: int = 0) -> list[DateMention]:
    """:func:`parse_lao_dates`, with every span moved by ``shift``."""
    pattern, months, weekdays = _lao_calendar()
    out = []
    for m in pattern.finditer(text):
        when, needs_year = _lao_when(m, months, published)
        if when is None and not needs_year:
            continue
        named = m["w"] or m["ws"]
        weekday = _lookup(weekdays, named) if named else None
        span = (m.start() + shift, m.end() + shift)
        out.append(DateMention(when=when, span=span, text=m[0], weekday=weekday, needs_year=needs_year))
    return out


def _lookup(table: Mapping[str, int], written: str) -> int:
    """A Lao month's or weekday's number, however the name is spaced ("ກັນ ຍາ", "ວັນ ອາທິດ")."""
    return table["".join(written.split())]


#: The first year a Lao text writes in the Buddhist era without its era's words: a table of
#: both eras ("19 ພຶດສະພາ 2433 | 19 ພຶດສະພາ 1890"), an old paper's date. No news writes a year
#: of the Christian era so far ahead.
_BUDDHIST_FROM: Final = 2400


def _lao_int(value: str | None) -> int | None:
    """
    A year of the Lao grammar in the Christian era: one of :data:`_BUDDHIST_FROM` or later is
    the Buddhist era's (the Lao words' ``dates.era_years`` shift).

    >>> _lao_int("2433"), _lao_int("1890"), _lao_int(None)
    (1890, 1890, None)
    """
    year = _int(value)
    if year is None or year < _BUDDHIST_FROM:
        return year
    shifts = {shift for words, shift in _eras()[1].items() if lao.is_lao(words[0])}
    return year + shifts.pop() if len(shifts) == 1 else year


def _lao_year(m: re.Match[str]) -> When:
    """The year, from its start on or to a later year, one match of the Lao grammar states."""
    year = int(m["yy"]) + _eras()[1][" ".join(m["ye"].lower().split())] if m["ye"] else _lao_int(m["yy"]) or 0
    last = (_lao_int(m["yy2"]) or 0) if m["yy2"] and not m["ye"] else 0
    if year < last <= year + 50:  # "ປີ 2016 ຫາ 2021": a span of years
        return When.bounded(not_before=date(year, 1, 1), not_after=date(last, 12, 31))
    if m["ys"]:  # "ຕັ້ງແຕ່ປີ 2016": from its start on
        return When.bounded(not_before=date(year, 1, 1))
    return When.in_year(year)


def _lao_when(m: re.Match[str], months: Mapping[str, int], published: date | None) -> _Built:
    """The day, range, month or year one match of the Lao grammar states, and whether it had no year."""
    if m["yy"]:
        return _lao_year(m), False
    if m["mm"]:
        return When.in_month(_lao_int(m["my"]) or 0, _lookup(months, m["mm"])), False
    if not m["m"]:
        return _lao_numeric(m, published)
    end: _Triple | None
    month, y = _lookup(months, m["m"]), _lao_int(m["y"])
    if m["d3"]:
        if m["d2"]:  # "1-2 ທັນວາ – 3 ມັງກອນ": too odd to be a date
            return None, False
        start: _Triple = (month, int(m["d"]), y if m["y3"] else None)
        end = (_lookup(months, m["m3"]), int(m["d3"]), _lao_int(m["y3"]) or y)
    elif m["d2"]:
        start, end = (month, int(m["d"]), None), (month, int(m["d2"]), y)
    else:
        start, end = (month, int(m["d"]), y), None
    return _day_range(start, end, published)


def _lao_numeric(m: re.Match[str], published: date | None) -> _Built:
    """A numeric day or range, day first ("03/02/2026", "30/11 – 2/12/2025"); a year is needed."""
    if not 1 <= int(m["nm"]) <= 12 or (m["nm2"] and not 1 <= int(m["nm2"]) <= 12):
        return None, False
    if m["ny"] is None and m["ny2"] is None:
        return None, False  # "2/3" alone may be no date
    start: _Triple = (int(m["nm"]), int(m["nd"]), _lao_int(m["ny"]))
    end = (int(m["nm2"]), int(m["nd2"]), _lao_int(m["ny2"])) if m["nd2"] else None
    return _day_range(start, end, published)


_Built = tuple[When | None, bool]


def _overlaps_any(taken: Iterable[Span], span: Span) -> bool:
    """
    Whether ``span`` overlaps any of the ``taken`` spans (a later reading never takes words an
    earlier one read).

    >>> _overlaps_any([(0, 4), (10, 14)], (3, 6)), _overlaps_any([(0, 4)], (4, 6))
    (True, False)
    """
    return any(a < span[1] and span[0] < b for a, b in taken)


def _dates(
    text: str, published: date | None, shift: int = 0, *, day_first: bool = False, worded: bool = True
) -> list[DateMention]:
    """
    :func:`parse_dates`, with every span moved by ``shift`` (``text`` is a part of a longer
    text); with ``day_first``, numeric days with their year alone read too ("(2/12/1975)",
    "(2/12/1975 – 2/12/2025)", as Vietnamese writes them; English may write the month first).
    Without ``worded`` (the caller knows the text holds no day word, weekday or relative month:
    the matcher found none), only the dates with digits are read.
    """
    out: list[DateMention] = []
    for m in _scan_digits(_calendar().date, text, back=32, ahead=64):
        mention = _mention(m, published, shift)
        if mention is not None:
            out.append(mention)
    if day_first and "/" in text:
        taken = [d.span for d in out]
        for found in _DAY_FIRST.finditer(text):
            m = _item_number_apart(text, found)
            span = (m.start() + shift, m.end() + shift)
            if _overlaps_any(taken, span):
                continue
            when, needs_year = _day_first(m, published)
            if when is None and not needs_year:
                continue  # no such day, or a range that ends before it starts
            out.append(DateMention(when=when, span=span, text=m[0], needs_year=needs_year))
        out.sort(key=lambda d: d.span)
    elif not day_first and ("." in text or "/" in text):
        out = _numeric_days(text, published, shift, out)
    out = _with_eras(text, out, shift)
    if not worded:
        return out
    relative = _day_words(text, published, shift)
    relative += [
        DateMention(when=when, span=(start + shift, end + shift), text=words, needs_year=True, relative=True)
        for when, start, end, words in relative_months(text, published)
    ]
    if any(part in text for part in _calendar().weekday_parts):
        relative += [
            r
            for m in _calendar().weekday_word.finditer(text)
            if (r := _relative(text, m, published, shift)) is not None
        ]
    if not relative:
        return out
    taken = [m.span for m in out]
    merged = out + [r for r in relative if not _overlaps_any(taken, r.span)]
    return sorted(merged, key=lambda d: d.span)


@functools.cache
def _eras() -> tuple[re.Pattern[str] | None, Mapping[str, int], re.Pattern[str]]:
    """
    The years of other eras (``dates.era_years``: "ພ.ສ. 2520", "B.E. 2520"), as a pattern with
    the era's words and the year in groups, each era's words (in lower case, the longest first)
    with what to add to its years for the Christian era, and a pattern of their first two
    characters in either case (a text with none of them has no such year); no pattern when no
    language has such words.
    """
    read = {" ".join(w.lower().split()): shift for w, shift in merged("dates", "era_years").items()}
    eras = dict(sorted(read.items(), key=lambda ws: len(ws[0]), reverse=True))
    probes = re.compile(
        "|".join(sorted({re.escape(p) for w in eras for p in (w[:2], w[:2].upper())})) or "(?!)"
    )
    if not eras:
        return None, eras, probes
    # Latin words stand as words; Lao ones anywhere, as Lao writes no spaces ("ໃນພ.ສ. 2499")
    latin = "|".join(re.escape(w) for w in eras if not lao.is_lao(w[0]))
    lao_words = [re.escape(w) for w in eras if lao.is_lao(w[0])]
    words = "|".join(([rf"(?<![^\W\d_])(?:{latin})"] if latin else []) + lao_words)
    # (a year of four digits, Lao ones too, after the era's words and a space at most)
    return re.compile(rf"(?P<era>{words})\s?(?P<year>\d{{4}})(?!\d)", re.IGNORECASE), eras, probes


def _with_eras(text: str, out: list[DateMention], shift: int) -> list[DateMention]:
    """
    ``out`` and the years of other eras ``text`` states, as years of the Christian era, in order
    of position: "ພ.ສ. 2520" is 1977.

    >>> [(m.text, str(m.when)) for m in _with_eras("ລົງນາມໃນປີ ພ.ສ. 2520.", [], 0)]
    [('ພ.ສ. 2520', '1977')]
    >>> [(m.text, str(m.when)) for m in _with_eras("signed in B.E. ໒໕໒໐", [], 0)]
    [('B.E. ໒໕໒໐', '1977')]
    """
    pattern, eras, probes = _eras()
    if pattern is None or probes.search(text) is None:
        return out
    taken = [d.span for d in out]
    found = []
    for m in pattern.finditer(text):
        span = (m.start() + shift, m.end() + shift)
        if _overlaps_any(taken, span):
            continue
        year = int(m["year"]) + eras[" ".join(m["era"].lower().split())]
        found.append(DateMention(when=When.in_year(year), span=span, text=m[0]))
    return sorted(out + found, key=lambda d: d.span) if found else out


def _item_number_apart(text: str, m: re.Match[str]) -> re.Match[str]:
    """
    A :data:`_DAY_FIRST` match of days of a month ("2 - 5/2/2026"), or the day after its dash
    alone where the first number is an item's ("Mục 2 - 5/2/2026: ...", "Thẻ 9 - 3/8/2025"): a
    label heading its line right before it and a space either side of the dash, or a first day
    after the second.

    >>> [_item_number_apart(t, _DAY_FIRST.search(t))[0] for t in ("Mục 2 - 5/2/2026", "ngày 2-5/2/2026")]
    ['5/2/2026', '2-5/2/2026']
    """
    if m["dd"] is None:
        return m
    spaced = m.start("dd") - m.end("d") > 1 and text[m.end("d")].isspace()
    line = text.rfind("\n", 0, m.start()) + 1
    label = _LABEL_BEFORE.fullmatch(text, line, m.start())
    labelled = label is not None and label["w"][0].isupper()
    if (spaced and labelled) or int(m["dd"]) < int(m["d"]):
        again = _DAY_FIRST.match(text, m.start("dd"))
        if again is not None:
            return again
    return m


#: An item's label that heads its line, one word in capitals first and a space before its
#: number ("Mục 2", "Thẻ 9", "- Step 3").
_LABEL_BEFORE: Final = re.compile(r"[^\S\n]*+(?:[-–•*][^\S\n]*+)?(?P<w>[^\W\d_]++)[^\S\n]")


def _day_first(m: re.Match[str], published: date | None) -> tuple[When | None, bool]:
    """The days a :data:`_DAY_FIRST` match names, and whether its year was inferred."""
    first, last = (m["bd"], m["bd2"]) if m["bd"] else (m["d"], m["dd"])
    if last is not None and int(last) < int(first):
        return None, False  # days of one month the wrong way round ("28-27/1")
    if m["bd"]:
        month = int(m["bm"])
        return _day_range((month, int(m["bd"]), None), (month, int(m["bd2"]), None), published)
    year, month = int(m["y"]), int(m["m"])
    if m["y2"]:
        end: tuple[int, int, int | None] | None = (int(m["m2"]), int(m["d2"]), int(m["y2"]))
    else:
        end = (month, int(m["dd"]), year) if m["dd"] else None
    return _day_range((month, int(m["d"]), year), end, published)


#: A numeric day with its year, day first, standing alone ("2/12/1975", "22/12/1944"), or days
#: of a month ("5-6/2/2026"); or days of a month in brackets, the year unsaid ("thăm Hà Nội
#: (27–28/1)"; one day so may be a part's number, "(1/2)").
_DAY_FIRST: Final = re.compile(
    r"(?<![\w/.-])(?P<d>\d{1,2})(?:\s?[-–]\s?(?P<dd>\d{1,2}))?/(?P<m>\d{1,2})/(?P<y>\d{4})"
    r"(?:[^\S\n]?[-–—]\s?(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4}))?(?![\w/])"
    r"|(?<=\()(?P<bd>\d{1,2})\s?[-–]\s?(?P<bd2>\d{1,2})/(?P<bm>\d{1,2})(?=\))"
)


#: A numeric day with its year in a text that may put the month first (English): read only when
#: it can only be day first, with dots ("13.12.1921", "19.5.1890 - 2.9.1969": a month-first
#: writer does not use them) or a first number above 12 ("13/12/1921").
_NUMERIC_DAY: Final = re.compile(
    # (a digit first, its edge tested after it: searched at C speed)
    r"(?P<d>\d(?<![\w/.-]\d)\d?)(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})"
    r"(?:[^\S\n]?[-–—][^\S\n]?(?P<d2>\d{1,2})(?P=sep)(?P<m2>\d{1,2})(?P=sep)(?P<y2>\d{4}))?(?![\w/]|\.\d)"
)


def _numeric_days(text: str, published: date | None, shift: int, out: list[DateMention]) -> list[DateMention]:
    """
    ``out`` with the numeric days of ``text`` that can only be day first (:data:`_NUMERIC_DAY`)
    and that no date of ``out`` overlaps.

    >>> [str(d.when) for d in _numeric_days("born 13.12.1921; 2/9/1969 (ambiguous)", None, 0, [])]
    ['1921-12-13']
    """
    if _NUMERIC_DAY.search(text) is None:
        return out  # most windows: no numeric day with its year (asked at C speed first)
    taken = [d.span for d in out]
    found = list(out)
    for m in _NUMERIC_DAY.finditer(text):
        if m["sep"] != "." and int(m["d"]) <= 12 and not (m["d2"] and int(m["d2"]) > 12):
            continue  # "2/9/1969": the 2nd of September or February 9th
        span = (m.start() + shift, m.end() + shift)
        if _overlaps_any(taken, span):
            continue
        end = (int(m["m2"]), int(m["d2"]), int(m["y2"])) if m["y2"] else None
        when, needs_year = _day_range((int(m["m"]), int(m["d"]), int(m["y"])), end, published)
        if when is not None:
            found.append(DateMention(when=when, span=span, text=m[0], needs_year=needs_year))
    return sorted(found, key=lambda d: d.span) if len(found) > len(out) else out


# --------------------------------------------------------------------------- ordinals
@functools.cache
def _counted() -> Mapping[str, str]:
    """The nouns an ordinal counts ("14th National Congress"), folded, and what each is."""
    return {" ".join(w.lower().split()): noun for w, noun in merged("ordinals", "counted").items()}


@functools.cache
def _ordinal_words() -> Mapping[str, int]:
    """
    English ordinal words and their numbers (the language files' ``ordinals.words``, and the
    tens of ``ordinals.tens`` before a unit's, with a hyphen or a space), read on first use.

    >>> _ordinal_words()["sixty-fifth"], _ordinal_words()["twenty first"]
    (65, 21)
    """
    table: dict[str, int] = dict(merged("ordinals", "words"))
    units = {w: n for w, n in table.items() if n < 10}
    for tens, value in merged("ordinals", "tens").items():
        for unit, number in units.items():
            for joint in ("-", " "):
                table[f"{tens}{joint}{unit}"] = value + number
    return dict(sorted(table.items(), key=lambda item: -len(item[0])))


@functools.cache
def _tens_before() -> re.Pattern[str]:
    """The tens of a compound ordinal right before its unit's word ("sixty-" of "sixty-fifth")."""
    tens = "|".join(map(re.escape, merged("ordinals", "tens")))
    return re.compile(rf"(?<![^\W\d_])(?:{tens or '(?!)'})[- ]\Z", re.IGNORECASE)


def _named_anniversary_lead() -> str:
    """
    What makes a word that names an anniversary ("centenary") one of something: a possessive
    right before it ("'s", ``ordinals.possessives``: "the LPRP's centenary", "its centenary"),
    or "of" right after it (``ordinals.of_words``: "the centenary of the LPRP").
    """
    before = "|".join(rf"(?<={re.escape(w)}\ )" for w in ("'s", "’s", *merged("ordinals", "possessives")))
    names = _literal(merged("ordinals", "anniversaries")) or "(?!)"
    of = _literal(merged("ordinals", "of_words")) or "(?!)"
    return rf"(?i:{before}|(?=(?:{names})\ (?:{of})\ ))"


@functools.cache
def _ordinal_pattern() -> re.Pattern[str]:
    """An ordinal and what it counts (built on first use, from the ordinal words and heads)."""
    h = _ordinal_heads()
    words = "|".join(map(re.escape, _ordinal_words()))  # spaces escaped: the pattern is verbose
    named = _literal(merged("ordinals", "anniversaries")) or "(?!)"
    return re.compile(
        rf"""
        (?<![\w.,])(?:
          # 14th National Congress, 10th five-year socio-economic development plan, first Congress
          # (words between that start with a letter and are none of ``ordinals.not_between``)
          (?:(?P<n_num>\d{{1,4}})(?:st|nd|rd|th)|(?P<n_word>(?i:{words})))
            \s(?P<n_mods>(?:(?!(?i:{_literal(merged("ordinals", "not_between"))})\s)
              [^\W\d][\w'’–-]*\s){{0,4}}?)
            (?P<n_noun>(?i:{_literal(_counted())}))(?!\w)
          # the centenary of the LPRP, the LPRP's centenary, its centenary (words that name an
          # anniversary with its number, said of something: not "a centenary goal")
        | (?:{_named_anniversary_lead()})(?P<w_name>(?i:{named}))(?!\w)
          # 40 years of Đổi mới, over 80 years of national construction
        | (?P<y_num>\d{{1,4}})\s(?i:{h.counted_years})(?!\w)
          # Đại hội XIV, Đại hội Đảng lần thứ XIV, Đại hội lần thứ 12
        | (?P<c_head>(?:{h.congress})(?:\ (?:{h.congress_of})){{0,3}})\s(?:(?:{h.nth})\s)?
            (?P<c_num>{_ROMAN_NUMERAL}|\d{{1,3}})(?!\w)
          # khóa XIV, nhiệm kỳ khóa XIII
        | (?P<t_head>(?:(?:{h.term_before})\ )?(?:{h.term}))\s(?P<t_num>{_ROMAN_NUMERAL}|\d{{1,3}})(?!\w)
          # kỷ niệm 50 năm, ຄົບຮອບ 50 ປີ, kỷ niệm lần thứ 65 (ngày thiết lập ...)
        | (?P<a_head>{h.anniversary})\s(?:(?P<a_num>\d{{1,4}})\s(?:{h.anniversary_years})
            |(?:{h.nth})\s(?P<a_nth>\d{{1,3}}))(?!\w)
          # (the LPRP) turns 71: an age, its founding's anniversary (not "turns 50%", "turns 2.5")
        | (?P<ag_head>{h.age})\s(?P<ag_num>\d{{1,3}})(?![\w%]|[.,]\d)
            (?=[^\S\n]*(?:[.,;:!?)]|$)|\s(?i:{h.age_after})(?!\w))
          # 40 năm Đổi mới
        | (?P<vy_num>\d{{1,3}})\s(?:{h.counted_years_as_written})
          # 96 năm Ngày thành lập Đảng, 63 năm thiết lập quan hệ ngoại giao (a list's entry)
        | (?P<at_num>\d{{1,3}})\s(?:{h.anniversary_years})(?=\s(?:{h.anniversary_tails})(?!\w))
          # kỳ họp thứ 10, Hội nghị Trung ương lần thứ 15
        | (?P<s_head>{h.session})\s(?:{h.session_nth})\s
            (?P<s_num>{_ROMAN_NUMERAL}|\d{{1,3}})(?!\w)
          # Quốc khánh lần thứ 80, Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam lần thứ 80
        | (?P<nd_head>{h.national_day})(?:\s[^\W\d][\w-]*){{0,10}}?\s(?:{h.national_day_nth})\s
            (?P<nd_num>\d{{1,3}})(?!\w)
        )
        """,
        re.VERBOSE,
    )


class _OrdinalHeads:
    """
    The words of ordinals with a head before their number (``ordinals.congress_heads``,
    ``term_heads``, ``anniversary_heads``, ``session_heads``... of the word files), as pieces of
    :func:`_ordinal_pattern`, and ``anchors``: those heads in either case of their first letter,
    where an ordinal without digits before its number may start (a fast first pass, with the
    endings of English ordinal words, which are rarer in running text than their first letters).
    """

    def __init__(self) -> None:
        o = functools.partial(merged, "ordinals")
        space = r"\ "  # a head is written with plain spaces, as the anchors find it
        self.counted_years = _spaced(o("counted_years"))
        self.counted_years_as_written = _spaced(o("counted_years_as_written"))
        self.congress = _initial(o("congress_heads"), space)
        self.congress_of = _spaced(o("congress_of"), space)
        self.nth = _spaced(o("number_words"), space)
        self.term, self.term_before = _initial(o("term_heads")), _spaced(o("term_before"), space)
        self.anniversary = _initial(o("anniversary_heads"), space)
        self.anniversary_years = _spaced(o("anniversary_years"))
        self.anniversary_tails = _initial(o("anniversary_tails"))
        self.age = _spaced(o("age_heads"), space) or "(?!)"
        self.age_after = _spaced(o("age_after"))
        self.session, self.session_nth = _initial(o("session_heads"), space), _spaced(o("session_nth"))
        # a national day's, of the languages that say "the nth national day" so
        nth_day = o("national_day_nth")
        self.national_day = _initial(o("national_day_words"), space) if nth_day else "(?!)"
        self.national_day_nth = _spaced(nth_day)
        heads = (
            *o("congress_heads"),
            *o("term_heads"),
            *o("term_before"),
            *o("anniversary_heads"),
            *o("age_heads"),
            *o("anniversaries"),
        )
        either = {
            case(w[0]) + w[1:]
            for w in (*heads, *o("session_heads"), *(o("national_day_words") if nth_day else ()))
            for case in (str.upper, str.lower)
        }
        self.anchors = re.compile(_literal(either) or "(?!)")


@functools.cache
def _ordinal_heads() -> _OrdinalHeads:
    """The words of ordinals with a head (see :class:`_OrdinalHeads`), built on first use."""
    return _OrdinalHeads()


@functools.cache
def _ordinal_word_end() -> re.Pattern[str]:
    """The last four letters of the ordinal words ("…enth"), where they end a word (built on first use)."""
    return re.compile(rf"(?:{_literal({w[-4:].lower() for w in _ordinal_words()})})\b")


def _word_anchors(text: str) -> Iterator[Span]:
    """Where English ordinal words start (found by their endings, walked back to their start)."""
    words = _ordinal_words()
    longest = max(map(len, words))  # "seventeenth"
    for m in _ordinal_word_end().finditer(text):
        start, end = m.span()
        floor = max(0, end - longest)
        while start > floor and text[start - 1].isalpha():
            start -= 1
        tens = _tens_before().search(text, max(0, start - 9), start)  # "sixty-fifth": one word
        if tens is not None:
            start = tens.start()
        if text[start:end].lower() in words:
            yield start, end


_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
#: A Roman numeral, as an ordinal's number ("Đại hội XIV", "khóa XIII"): its letters.
_ROMAN_NUMERAL: Final = f"[{''.join(_ROMAN)}]+"
_ROMAN_FORM: Final = re.compile(r"^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")


def roman_to_int(numeral: str) -> int:
    """
    The value of a Roman numeral up to 399 ("XIV" is 14); :class:`ValueError` for a malformed one.

    >>> roman_to_int("XIV"), roman_to_int("XII")
    (14, 12)
    """
    if not numeral or not _ROMAN_FORM.match(numeral):
        msg = f"not a Roman numeral: {numeral!r}"
        raise ValueError(msg)
    total = 0
    for i, char in enumerate(numeral):
        value = _ROMAN[char]
        if i + 1 < len(numeral) and _ROMAN[numeral[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


def _number_of(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    try:
        return roman_to_int(token)
    except ValueError:
        return None


def parse_ordinals(text: str) -> tuple[OrdinalMention, ...]:
    """
    Every ordinal that counts a congress, an anniversary, a plan, a term or a meeting.

    Reads "50th anniversary", "14th National Congress", "12th Congress",
    "13th Party Congress term", "10th five-year plan", "first Congress",
    "40 years of Đổi mới" (noun ``years``), "Đại hội XIV", "khóa XIV"
    (noun ``term``), "kỷ niệm 50 năm" and "ຄົບຮອບ 50 ປີ" (noun
    ``anniversary``), and "the centenary of the LPRP" (100, ``anniversary``:
    words that name an anniversary, said of something).  Up to four words may
    stand between the ordinal and its noun ("48th Vietnam–Laos
    Intergovernmental Committee").  Ordinals of other nouns ("the first
    country") are left out.

    >>> [
    ...     (o.number, o.noun)
    ...     for o in parse_ordinals(
    ...         "the 14th National Congress, the LPRP's 12th Congress, the 50th Anniversary, khóa XIV"
    ...     )
    ... ]
    [(14, 'congress'), (12, 'congress'), (50, 'anniversary'), (14, 'term')]

    A Roman numeral before a congress counts it too ("the LPRP's XII Congress"):

    >>> [
    ...     (o.number, o.text)
    ...     for o in parse_ordinals("the LPRP's XII Congress and the CPV's XIV National Congress")
    ... ]
    [(12, 'XII Congress'), (14, 'XIV National Congress')]

    A line written in capitals, a banner's or a heading's, is read as in lower case (its text
    is as written):

    >>> [(o.number, o.noun, o.text) for o in parse_ordinals("Mặt sau:\\n65 NĂM QUAN HỆ NGOẠI GIAO")]
    [(65, 'anniversary', '65 NĂM')]
    """
    found = _ordinals_any_case(text)
    roman = _roman_congresses(text)
    return tuple(sorted(_unique_spans([*found, *roman]), key=lambda o: o.span) if roman else found)


def _unique_spans(found: list[OrdinalMention]) -> list[OrdinalMention]:
    """``found`` without a mention whose span overlaps one before it (the longer first)."""
    out: list[OrdinalMention] = []
    for o in sorted(found, key=lambda o: (o.span[0], -o.span[1])):
        if not out or o.span[0] >= out[-1].span[1]:
            out.append(o)
    return out


@functools.cache
def _roman_congress_pattern() -> re.Pattern[str]:
    """
    A Roman numeral before a congress noun (``ordinals.counted`` nouns that are congresses, in
    Latin letters), with at most two words between that are none of ``ordinals.not_between``:
    "XIII Congress", "XIV National Congress".  (Vietnamese and Lao put the numeral after: "Đại
    hội XIV", "ຄັ້ງທີ XII".)
    """
    nouns = [w for w, noun in _counted().items() if noun == "congress" and w.isascii()]
    between = _literal(merged("ordinals", "not_between"))
    return re.compile(
        # (the numeral's first letter first, its edge tested after it: a pattern that opens with a
        # set of letters is searched at C speed, one that opens with a lookbehind at every place)
        rf"(?P<num>[IVXLC](?<![\w.,'’][IVXLC])[IVXLC]{{1,6}})\s(?:(?!(?i:{between})\s)[^\W\d][\w'’–-]*+\s){{0,2}}?"
        rf"(?P<noun>(?i:{_literal(nouns) or '(?!)'}))(?!\w)"
    )


def _roman_congresses(text: str, shift: int = 0) -> list[OrdinalMention]:
    """
    The congresses a Roman numeral before them counts (:func:`_roman_congress_pattern`).

    >>> [(o.number, o.span) for o in _roman_congresses("at its XII Congress", shift=10)]
    [(12, (17, 29))]
    """
    out = []
    for m in _roman_congress_pattern().finditer(text):
        number = _number_of(m["num"])
        if number is not None and number > 0:
            span = (m.start() + shift, m.end() + shift)
            out.append(OrdinalMention(number=number, noun="congress", span=span, text=m[0]))
    return out


@functools.cache
def _coordinated() -> tuple[re.Pattern[str], ...]:
    """
    The next anniversary after an anniversary's ordinal and what it counts from (the word
    files' ``ordinals.coordinated``): "and the 45th", "và 45 năm", "ແລະ 45 ປີ"; the number is
    group ``n`` ("{n}" in a pattern; "{n}" and an ending of ``ordinals.suffixes``: any such
    ending), and what a pattern reads, from it on, is the mention.
    """
    suffixes = merged("ordinals", "suffixes")
    ending = "|".join(map(re.escape, suffixes))
    out = []
    for pattern in merged("ordinals", "coordinated"):
        space = r"\s*" if lao.is_lao(pattern[0]) else r"\s+"
        piece = space.join(re.escape(w) for w in pattern.split())
        for suffix in suffixes:
            piece = piece.replace(re.escape("{n}" + suffix), rf"(?P<n>\d{{1,3}})(?:{ending})(?!\w)")
        out.append(re.compile(piece.replace(re.escape("{n}"), r"(?P<n>\d{1,3})"), re.IGNORECASE))
    return tuple(out)


#: What ends the stretch after an anniversary where a coordinated one may stand: the end of a
#: clause, or a bracket that does not close soon (a short aside, "(5/9/2026)", does not).
_STRETCH_END: Final = re.compile(r"[.;:!?\n]|\((?![^()\n]{0,40}\))")


def _with_coordinated(text: str, found: list[OrdinalMention], shift: int) -> list[OrdinalMention]:
    """
    ``found`` (spans moved by ``shift``) with the anniversaries coordinated after each
    anniversary, in the same clause, before the next ordinal ("kỷ niệm 65 năm quan hệ ngoại
    giao và 45 năm Hiệp ước ...": the 45th too).

    >>> [
    ...     (o.number, o.text)
    ...     for o in parse_ordinals("the 60th anniversary of diplomatic ties and the 45th of the Treaty")
    ... ]
    [(60, '60th anniversary'), (45, '45th')]
    """
    if not found or not any(o.noun == "anniversary" for o in found):
        return found
    out = list(found)
    starts = [o.span[0] - shift for o in found]
    for k, o in enumerate(found):
        if o.noun != "anniversary":
            continue
        end = o.span[1] - shift
        stop = _STRETCH_END.search(text, end, end + 160)
        hi = min(stop.start() if stop else end + 160, starts[k + 1] if k + 1 < len(found) else len(text))
        matches = [m for p in _coordinated() if (m := p.search(text, end, hi)) is not None]
        if not matches:
            continue
        m = min(matches, key=lambda m: m.start())
        a = m.start("n")
        span = (a + shift, m.end() + shift)
        out.append(OrdinalMention(number=int(m["n"]), noun="anniversary", span=span, text=text[a : m.end()]))
    return sorted(out, key=lambda o: o.span)


def _lao_ordinals(text: str, shift: int = 0) -> list[OrdinalMention]:
    """
    The Lao ordinals of congresses, meetings and terms (:func:`vnla.lang.lao.ordinals`).

    >>> [(o.number, o.noun) for o in _lao_ordinals("ກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ XII, ກອງປະຊຸມຄັ້ງທີ 48")]
    [(12, 'congress'), (48, 'meeting')]
    """
    out = []
    for numeral, noun, start, end in lao.ordinals(text):
        number = _number_of(numeral)
        if number is not None and number > 0:
            span = (start + shift, end + shift)
            out.append(OrdinalMention(number=number, noun=noun, span=span, text=text[start:end]))
    return _with_coordinated(text, out, shift)


def _ordinals_any_case(text: str, shift: int = 0) -> list[OrdinalMention]:
    """
    :func:`_ordinals`, and those of ``text``'s lines written in capitals read in lower case
    ("65 NĂM QUAN HỆ NGOẠI GIAO", a banner's) where they overlap none found as written; in
    order of their starts.
    """
    found = _ordinals(text, shift)
    lowered = _capitals_lowered(text)
    if lowered is None:
        return found
    taken = [o.span for o in found]
    found += [
        OrdinalMention(
            number=o.number, noun=o.noun, span=o.span, text=text[o.span[0] - shift : o.span[1] - shift]
        )
        for o in _ordinals(lowered, shift)
        if not _overlaps_any(taken, o.span)
    ]
    return sorted(found, key=lambda o: o.span[0])


def _capitals_lowered(text: str) -> str | None:
    """
    ``text`` with each line written in capitals lowered, the same length, but for its Roman
    numerals ("ĐẠI HỘI XIV" -> "đại hội XIV"); ``None`` when it has none (most texts: a line's
    first lower-case letter ends the look at it).

    >>> _capitals_lowered("Mặt sau:\\n65 NĂM QUAN HỆ NGOẠI GIAO")
    'Mặt sau:\\n65 năm quan hệ ngoại giao'
    >>> _capitals_lowered("the 50th anniversary") is None
    True
    """
    lines = text.split("\n")
    capitals = [line.isupper() and len(line.lower()) == len(line) for line in lines]
    if not any(capitals):
        return None
    return "\n".join(
        _WORD.sub(_lowered, line) if upper else line for line, upper in zip(lines, capitals, strict=True)
    )


#: A word of letters; one that may be a Roman numeral is kept in capitals.
_WORD: Final = re.compile(r"[^\W\d_]+")
_ROMAN_WORD: Final = re.compile(_ROMAN_NUMERAL)


def _lowered(word: re.Match[str]) -> str:
    """A word in lower case, unless it may be a Roman numeral."""
    return word[0] if _ROMAN_WORD.fullmatch(word[0]) else word[0].lower()


def _ordinals(text: str, shift: int = 0) -> list[OrdinalMention]:
    """:func:`parse_ordinals`, with every span moved by ``shift`` (``text`` is a part of a longer text)."""
    out: list[OrdinalMention] = []
    anchors = sorted([*_spans(_DIGITS, text), *_word_anchors(text), *_spans(_ordinal_heads().anchors, text)])
    for m in _scan_at(_ordinal_pattern(), text, anchors, ahead=64):
        number: int | None
        if m["n_noun"]:
            number = int(m["n_num"]) if m["n_num"] else _ordinal_words()[m["n_word"].lower()]
            noun = _counted()[" ".join(m["n_noun"].lower().split())]
        elif m["w_name"]:
            number, noun = merged("ordinals", "anniversaries")[m["w_name"].lower()], "anniversary"
        elif m["y_num"]:
            number, noun = int(m["y_num"]), "years"
        elif m["c_num"]:
            number, noun = _number_of(m["c_num"]), "congress"
        elif m["t_num"]:
            number, noun = _number_of(m["t_num"]), "term"
        elif m["a_num"] or m["a_nth"]:
            number, noun = int(m["a_num"] or m["a_nth"]), "anniversary"
        elif m["ag_num"]:
            number, noun = int(m["ag_num"]), "anniversary"
        elif m["vy_num"]:
            number, noun = int(m["vy_num"]), "years"
        elif m["at_num"]:
            number, noun = int(m["at_num"]), "anniversary"
        elif m["nd_num"]:
            number, noun = int(m["nd_num"]), "national-day"
        else:
            number, noun = _number_of(m["s_num"]), "meeting"
        if number is not None and number > 0:
            out.append(
                OrdinalMention(number=number, noun=noun, span=(m.start() + shift, m.end() + shift), text=m[0])
            )
    return _with_coordinated(text, out, shift)

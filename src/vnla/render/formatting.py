# SPDX-License-Identifier: MIT
"""
Rendering model objects for readers of English, Vietnamese and Lao, through babel.

Dates, date ranges, months, amounts of money, list patterns and country names
come from CLDR by way of :mod:`babel`; dates are written by
:func:`vnla.render.dates.format_when`, the one way vnla writes a date.  babel is
imported on first use, never at ``import vnla``.

>>> import vnla
>>> framework = vnla.dataset().framework()
>>> vnla.to_text(framework, "vi")
'hữu nghị vĩ đại, đoàn kết đặc biệt, hợp tác toàn diện và gắn kết chiến lược'

.. versionadded:: 0.1
"""

from __future__ import annotations

import decimal
import enum
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from vnla.model.arithmetic import Qualifier
from vnla.model.figures import Change, ChangeKind, Figure, FigureStatus
from vnla.model.records import (
    Anniversary,
    Citation,
    Clause,
    Country,
    DateConstraint,
    Erratum,
    Event,
    Evidence,
    FrameworkStage,
    Horizon,
    Label,
    Mentions,
    Name,
    NameKind,
    Office,
    Participant,
    ParticipantRole,
    Source,
    Target,
    When,
)
from vnla.record.loading import dataset as _bundled
from vnla.render.dates import format_day, format_when
from vnla.render.i18n import N_, mark, translate, word

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from babel import Locale

    from vnla.record.dataset import Dataset

__all__ = ["format", "format_money", "title_of", "to_text"]

#: Separates the parts of a one-line summary (a sign, not a word: nothing to translate).
_SEPARATOR: Final = " · "
#: Amounts from this size up are written in words ("10 billion", "10 tỷ").
_COMPACT_FROM: Final = Decimal(1_000_000)
#: Numbers further than this many places from the decimal point are left in
#: scientific notation ("1E+999"): writing out all their digits helps no reader.
_MAX_PLACES: Final = 400
#: An amount with the word that makes it approximate or a bound, in English words for the catalogs.
_QUALIFIED: Final = {
    Qualifier.ABOUT: N_("about {amount}"),
    Qualifier.ALMOST: N_("almost {amount}"),
    Qualifier.OVER: N_("over {amount}"),
    Qualifier.UNDER: N_("under {amount}"),
}
#: A change against an earlier period, in English words for the catalogs.
_CHANGES: Final = {
    ChangeKind.INCREASE: N_("up {change} on {period}"),
    ChangeKind.DECREASE: N_("down {change} on {period}"),
    ChangeKind.RATIO: N_("{change} times the value of {period}"),
}
#: Units that are no currency, counted: ``{number}`` is the count.
_UNITS: Final = {"projects": N_("{number} projects")}
#: The participants a one-line event summary names.
_PRINCIPALS: Final = frozenset(
    {ParticipantRole.HOST, ParticipantRole.VISITOR, ParticipantRole.CO_CHAIR, ParticipantRole.COUNTERPART}
)


def _locale(locale: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError, AttributeError):
        msg = f"unknown locale {locale!r}; expected a CLDR locale such as 'en', 'vi' or 'lo'"
        raise ValueError(msg) from None


def _exact(value: Decimal) -> decimal.Context | None:
    """
    A decimal context precise enough for babel to write ``value`` out, or ``None``.

    babel quantizes in the current context (28 digits by default), which
    fails for amounts like ``Decimal("1E+25")``.
    """
    if not value.is_finite() or abs(value.adjusted()) > _MAX_PLACES:
        return None
    digits = len(value.as_tuple().digits) + abs(value.adjusted()) + 10
    return decimal.Context(prec=max(28, digits), Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)


def _list(items: Iterable[str], locale: Locale) -> str:
    from babel.lists import format_list

    shown = [item for item in items if item]
    return format_list(shown, locale=locale) if shown else ""


# --------------------------------------------------------------------------- money
def _money(amount: Decimal, currency: str, locale: Locale) -> str:
    from babel.numbers import (
        format_compact_decimal,
        format_currency,
        format_decimal,
        get_currency_symbol,
        is_currency,
    )

    context = _exact(amount)
    if context is None:
        return f"{amount} {currency}"
    with decimal.localcontext(context):
        if not is_currency(currency, locale=locale):
            return f"{format_decimal(amount, locale=locale, decimal_quantization=False)} {currency}"
        if abs(amount) < _COMPACT_FROM:
            return format_currency(amount, currency, locale=locale)
        number = format_compact_decimal(abs(amount), format_type="long", fraction_digits=2, locale=locale)
    # babel's compact currency format is the short one ("10 T US$" in Vietnamese);
    # readers expect the long number words with the symbol where the locale's
    # currency pattern puts it: "$10 billion", "10 tỷ US$", "US$10 ຕື້".
    symbol = get_currency_symbol(currency, locale=locale)
    pattern = locale.currency_formats["standard"]
    sign = 1 if amount < 0 else 0
    prefix = pattern.prefix[sign].replace("¤", symbol)
    suffix = pattern.suffix[sign].replace("¤", symbol)
    return f"{prefix}{number}{suffix}"


def format_money(amount: Decimal | int, currency: str, locale: str = "en") -> str:
    """
    An amount of money in ``locale``'s words: "10 tỷ US$", not "10.000.000.000,00 US$".

    Amounts of a million and more are written with the locale's number words
    and currency symbol; smaller ones with the full currency format.  A unit
    that is not an ISO 4217 currency code follows the number.

    Args:
        amount: the amount, exact.
        currency: an ISO 4217 code such as ``"USD"``, or another unit.
        locale: a CLDR locale: ``"en"``, ``"vi"``, ``"lo"``…

    Returns:
        The amount as text.

    Raises:
        ValueError: ``locale`` is not a locale babel knows.

    >>> from decimal import Decimal
    >>> [format_money(Decimal("10000000000"), "USD", lang) for lang in ("en", "vi", "lo")]
    ['$10 billion', '10 tỷ\\xa0US$', 'US$10 ຕື້']
    >>> format_money(Decimal("5630000000"), "USD", "vi")
    '5,63 tỷ\\xa0US$'
    >>> format_money(126, "km", "vi")
    '126 km'

    .. versionadded:: 0.1
    """
    return _money(Decimal(amount), currency, _locale(locale))


# --------------------------------------------------------------------------- records
class _Renderer:
    """Formats one object for one locale, looking up referenced ids in a dataset when needed."""

    def __init__(self, locale: Locale, dataset: Dataset | None) -> None:
        self.locale = locale
        self.lang = locale.language
        self._dataset = dataset
        self._loaded = dataset is not None

    @property
    def dataset(self) -> Dataset | None:
        if not self._loaded:
            self._loaded = True
            try:
                self._dataset = _bundled()
            except Exception:  # noqa: BLE001 - without the bundled data, ids stay ids
                self._dataset = None
        return self._dataset

    def name_of(self, id: str | None) -> str:
        """The display name of the record ``id``, or the id itself."""
        if id is None:
            return ""
        record = self.dataset.get(id) if self.dataset is not None else None
        return self.render(record) if record is not None else id

    def render(self, obj: object) -> str:
        """``obj`` as text; whatever fails to render falls back to plain text, part by part."""
        handler = self._handler(obj)
        if handler is not None:
            try:
                return handler(obj)
            except Exception:  # noqa: BLE001 - rendering never fails: fall back to plain text
                pass
        return _plain(obj)

    def _handler(self, obj: object) -> Callable[[Any], str] | None:  # noqa: PLR0911, PLR0912 - one branch per type
        if obj is None:
            return lambda _o: ""
        if isinstance(obj, str):
            return str
        if isinstance(obj, bool | enum.Enum):
            if self.lang != "en":
                return lambda o: word(o, self.lang)
            return lambda o: str(o.value if isinstance(o, enum.Enum) else o)
        if isinstance(obj, datetime):
            return self.datetime
        if isinstance(obj, date):
            return lambda o: format_day(o, self.locale)
        if isinstance(obj, When):
            return lambda o: format_when(o, self.locale)
        if isinstance(obj, Decimal | int | float):
            return self.number
        if isinstance(obj, Country):
            return self.country
        if isinstance(obj, Label):
            return lambda o: self.names(o.names)
        if isinstance(obj, Name):
            return lambda o: o.text
        if isinstance(obj, Event):
            return self.event
        if isinstance(obj, Target):
            return self.target
        if isinstance(obj, Figure):
            return self.figure
        if isinstance(obj, Change):
            return self.change
        if isinstance(obj, tuple | list | frozenset | set):
            return lambda o: _list((self.render(item) for item in o), self.locale)
        for cls, handler in self._simple():
            if isinstance(obj, cls):
                return handler
        if isinstance(getattr(obj, "name", None), Label):
            return lambda o: self.names(o.name.names)
        return None

    def _simple(self) -> tuple[tuple[type[Any], Callable[[Any], str]], ...]:
        return (
            (Horizon, lambda o: self.render(o.when) if o.when is not None else self.render(o.kind)),
            (Participant, self.participant),
            (Office, lambda o: _SEPARATOR.join(filter(None, (self.english(o.title), self.render(o.held))))),
            (Source, lambda o: self.english(o.title)),
            (Evidence, self.evidence),
            (Citation, lambda o: self.evidence(o.evidence)),
            (Clause, lambda o: f"{o.number}. {self.english(o.text)}"),
            (DateConstraint, lambda o: self.render(o.when)),
            (Erratum, lambda o: f"{self.english(o.says)} → {self.english(o.correction)}"),
            (Anniversary, self.anniversary),
            (FrameworkStage, self.framework_stage),
            (Mentions, lambda o: _list((self.name_of(i) for i in o.all_ids()), self.locale)),
        )

    # the language of each piece of text ------------------------------------------------
    def english(self, text: str) -> str:
        """English text as a reader of the locale sees it: itself in English, else marked as English."""
        return text if self.lang == "en" or not text else mark(text, "en")

    def in_language(self, text: str, lang: str) -> str:
        """Text written in ``lang``: marked with it unless the reader reads it (or reads English)."""
        return text if self.lang in ("en", lang) or not text else mark(text, lang)

    def names(self, names: Iterable[Name]) -> str:
        """The preferred name in the locale's language; else the English one, marked as English."""
        english = ""
        for name in names:
            if name.kind is NameKind.PREFERRED:
                if name.lang == self.lang:
                    return name.text
                if name.lang == "en":
                    english = name.text
        return self.english(english)

    def title(self, obj: object) -> str:
        """A record's name or title alone (an event's title, a person's name), in the locale's words."""
        if isinstance(obj, Event):
            for name in obj.names:
                if name.kind is NameKind.PREFERRED and name.lang == self.lang:
                    return name.text
            return self.english(obj.title)
        return self.render(obj)

    def evidence(self, evidence: Evidence) -> str:
        if evidence.is_note:
            note = translate(self.lang, "note:")
            return f"{note} {self.english(evidence.note or '')}"
        source = self.dataset.get(evidence.source) if self.dataset is not None else None
        lang = source.lang if isinstance(source, Source) else "en"
        return self.in_language(evidence.quote, lang)

    # one method per kind of object -------------------------------------------------------
    def datetime(self, moment: datetime) -> str:
        from babel.dates import format_datetime

        return format_datetime(moment, "medium", locale=self.locale)

    def number(self, value: Decimal | float) -> str:
        from babel.numbers import format_decimal

        # repr() gives a float's shortest digits: 0.1, not 0.1000000000000000055…
        exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        context = _exact(exact)
        if context is None:
            return str(value)
        with decimal.localcontext(context):
            return format_decimal(exact, locale=self.locale, decimal_quantization=False)

    def country(self, country: Country) -> str:
        # CLDR has every country's name in every language: prefer it to our own.
        territory = self.locale.territories.get(country.id)
        return territory or country.name.display(self.lang)

    def participant(self, participant: Participant) -> str:
        for id in (participant.person, participant.organization, participant.country):
            if id is not None:
                return self.name_of(id)
        return self.english(participant.description or "")

    def event(self, event: Event) -> str:
        title = self.title(event)
        principals = [p for p in event.participants if p.role in _PRINCIPALS] or list(event.participants)
        people = dict.fromkeys(self.participant(p) for p in principals)
        return _SEPARATOR.join(
            part
            for part in (
                format_when(event.when, self.locale),
                title,
                self.name_of(event.place),
                _list(people, self.locale),
            )
            if part
        )

    def target(self, target: Target) -> str:
        metric = self.name_of(target.metric)
        parts = [metric]
        if target.value is not None and target.unit is not None:
            parts = [f"{metric}: {_money(target.value, target.unit, self.locale)}"]
        if target.horizon.when is not None:
            parts.append(format_when(target.horizon.when, self.locale))
        return _SEPARATOR.join(parts)

    def amount(self, value: Decimal, unit: str, upper: Decimal | None = None) -> str:
        """An amount in ``unit`` (a currency, or a count like "projects"); a range when ``upper`` is given."""

        def one(number: Decimal) -> str:
            template = _UNITS.get(unit)
            if template is not None:
                return translate(self.lang, template).format(number=self.number(number))
            return _money(number, unit, self.locale)

        return one(value) if upper is None else f"{one(value)} – {one(upper)}"

    def qualified(self, text: str, qualifier: Qualifier | None) -> str:
        """``text`` with the word that makes it approximate or a bound: "almost $2.5 billion"."""
        return text if qualifier is None else translate(self.lang, _QUALIFIED[qualifier]).format(amount=text)

    def figure(self, figure: Figure) -> str:
        metric = word(figure.metric, self.lang)  # the catalogs name every metric, the terms some
        amount = self.qualified(self.amount(figure.value, figure.unit, figure.upper), figure.qualifier)
        if figure.status is not FigureStatus.ACTUAL:
            amount = f"{amount} ({word(figure.status, self.lang)})"
        return _SEPARATOR.join((metric, format_when(figure.period, self.locale), amount))

    def change(self, change: Change) -> str:
        from babel.numbers import format_percent

        if change.kind is ChangeKind.RATIO:
            number = self.number(change.value)
        else:
            with decimal.localcontext(_exact(change.value) or decimal.Context()):
                number = format_percent(change.value / 100, locale=self.locale, decimal_quantization=False)
        stated = self.qualified(number, change.qualifier)
        return translate(self.lang, _CHANGES[change.kind]).format(
            change=stated, period=format_when(change.base, self.locale)
        )

    def anniversary(self, anniversary: Anniversary) -> str:
        return _SEPARATOR.join(
            (self.name_of(anniversary.founding), self.number(anniversary.ordinal), str(anniversary.year))
        )

    def framework_stage(self, stage: FrameworkStage) -> str:
        elements = _list((self.name_of(e) for e in stage.elements), self.locale)
        return f"{format_when(stage.since, self.locale)}: {elements}"


def to_text(obj: object, locale: str = "en", *, dataset: Dataset | None = None) -> str:
    """
    Any vnla object as text for a reader of ``locale`` (``vnla.to_text``; ``format`` before 0.2).

    * dates, in the locale's long form; :class:`~vnla.model.records.When` as a
      day, a range (babel's interval formats), a month, a year ("đầu năm
      2026") or bounds ("after 2 February 2026"), by
      :func:`~vnla.render.dates.format_when`;
    * numbers and amounts (:func:`format_money` for targets: "10 tỷ US$");
    * a figure as metric · period · amount, with its qualifier and status in
      the locale's words ("gần 2,5 tỷ US$" for a page's "gần 2,5 tỷ USD"), and a
      change against its base period ("tăng 50,4% so với …");
    * countries by their CLDR name; people, places, bodies and every other
      named record by their name in the locale's language (English when there
      is none);
    * an event as a one-line summary: date · title · place · principals;
    * a tuple or list (the framework) joined with the locale's list pattern.

    Referenced ids (an event's place, a target's metric) are looked up in
    ``dataset``, by default the bundled one.  For any model object and for
    ``en``, ``vi`` and ``lo`` this never raises: whatever cannot be rendered
    falls back to ``str(obj)``.

    Args:
        obj: the object to render.
        locale: a CLDR locale: ``"en"``, ``"vi"``, ``"lo"``, ``"vi_VN"``…
        dataset: where to look up ids; the bundled dataset if not given.

    Returns:
        The text.

    Raises:
        ValueError: ``locale`` is not a locale babel knows.

    >>> import vnla
    >>> from datetime import date
    >>> from vnla.model.records import When
    >>> visit = When.between(date(2025, 12, 1), date(2025, 12, 2))
    >>> [vnla.to_text(visit, lang) for lang in ("en", "vi", "lo")]
    ['Dec 1\\u2009–\\u20092, 2025', '1\\u2009–\\u20092 thg 12, 2025', '1 –\\u20092 ທັນວາ 2025']
    >>> [vnla.to_text(When.in_year(2026, qualifier="early"), lang) for lang in ("en", "vi", "lo")]
    ['early 2026', 'đầu năm 2026', 'ຕົ້ນປີ 2026']
    >>> vnla.to_text(When.bounded(after=date(2026, 2, 2)), "vi")
    'sau 2 tháng 2, 2026'
    >>> [vnla.to_text(vnla.dataset().get("VN"), lang) for lang in ("en", "vi", "lo")]
    ['Vietnam', 'Việt Nam', 'ຫວຽດນາມ']
    >>> vnla.to_text(vnla.dataset().get("target-trade-10bn-usd"), "vi")
    'Kim ngạch thương mại song phương: 10 tỷ\\xa0US$'
    >>> vnla.to_text(vnla.dataset().get("visit-2025-12-laos"), "lo").split(" · ")[2:]
    ['ວຽງຈັນ', 'ໂຕເລິມ ແລະ ທອງລຸນ ສີສຸລິດ']

    .. versionadded:: 0.1
    """
    return _Renderer(_locale(locale), dataset).render(obj)


def title_of(obj: object, locale: str = "en", *, dataset: Dataset | None = None) -> str:
    """
    A record's name or title alone, in ``locale``'s words: an event's title rather than its summary line.

    A title no source gives in the locale's language is the English one, marked as
    English (``[en: …]``), never passed off as Vietnamese or Lao.

    >>> import vnla
    >>> talks = vnla.dataset().get("talks-2026-01-26-hanoi")
    >>> title_of(talks, "en")
    'Talks between To Lam and Thongloun Sisoulith in Hanoi'
    >>> title_of(vnla.dataset().get("wto"), "lo")
    '[en: World Trade Organization]'

    .. versionadded:: 0.2
    """
    return _Renderer(_locale(locale), dataset).title(obj)


#: The 0.1 name of :func:`to_text`, which shadows the builtin on ``from ... import *``;
#: ``vnla.format`` warns (``vnla.__getattr__``), this module's name stays for the room's own callers.
format = to_text


def _plain(obj: object) -> str:
    try:
        return str(obj)
    except Exception:  # noqa: BLE001 - a broken __str__ still gets a name
        return object.__repr__(obj)

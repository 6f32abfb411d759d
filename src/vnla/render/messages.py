# SPDX-License-Identifier: MIT
"""
Explanations that can be written in the reader's language: a :class:`Message` is an English
sentence that keeps its template (a msgid of vnla's gettext catalogs) and what fills it.

The checker's judges explain each finding in English (the ``message`` of a finding, the same
in the JSON output whatever the reader's language).  A :class:`Message` *is* that English
string, and it also knows how it was made: ``Message("{name}, called {title}, is not in the
record", name=..., title=...)``.  :meth:`Message.written` fills the catalog's translation of the
template with the arguments written in the reader's language:

* :class:`Day` and :class:`Period`: a date, as every command writes it in that language (CLDR);
* :class:`Named`: a record's name or title as the record gives it in that language, marked
  ``[en: …]`` where no source gives one (:func:`vnla.render.formatting.title_of`);
* :class:`Weekday`: CLDR's name of a weekday; :class:`Word`: a word of the record's closed
  vocabularies (a horizon, an event kind) from the catalogs;
* :class:`Localized`: words the judge knows in each language (a role's title);
* :class:`Quoted`: words quoted from the text, marked with their language for another reader;
* :class:`English`: text only the record's English has (a note, a description): marked;
* another :class:`Message`: written the same way;
* anything else (an id, a number, words quoted from the text): as it is.

A template the catalog does not translate gives the English, marked.

>>> from datetime import date
>>> m = Message(
...     "{day} is a {real}, not a {said}", day=Day(date(2025, 12, 2)), real=Weekday(1), said=Weekday(2)
... )
>>> m
'December 2, 2025 is a Tuesday, not a Wednesday'
>>> m == "December 2, 2025 is a Tuesday, not a Wednesday", m.template
(True, '{day} is a {real}, not a {said}')
>>> m.written("vi")
'2 tháng 12, 2025 là Thứ Ba, không phải Thứ Tư'
>>> Message("not in any catalog").written("lo")
'[en: not in any catalog]'

.. versionadded:: 0.2
"""

from __future__ import annotations

import functools
import re
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from attrs import frozen

from vnla.lang.dates import format_day, format_when
from vnla.model.records import Horizon, When
from vnla.render.i18n import N_, mark, translation, word

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from vnla.record.dataset import Dataset

__all__ = [
    "Amount",
    "Day",
    "English",
    "Localized",
    "Message",
    "Named",
    "Ordinal",
    "Period",
    "Qualified",
    "Quoted",
    "Weekday",
    "Word",
    "horizon_message",
    "joined",
    "written",
]


@frozen
class Day:
    """
    One day, written in the reader's language (``format_day``).

    >>> Day(date(2026, 1, 26)).text("lo")
    '26 ມັງກອນ 2026'
    """

    day: date
    iso: bool = False

    def text(self, lang: str, dataset: Dataset | None = None) -> str:
        """The day in ``lang`` (in ISO form in English, where ``iso`` says a message always wrote it so)."""
        if lang == "en" and self.iso:
            return self.day.isoformat()
        return format_day(self.day, lang)


@frozen
class Period:
    """
    A recorded date, written in the reader's language (``format_when``); ``iso`` keeps the ISO
    form in English, where a message has always written it so.

    >>> Period(When.on(date(2025, 12, 3)), iso=True).text("en"), Period(When.on(date(2025, 12, 3))).text("vi")
    ('2025-12-03', '3 tháng 12, 2025')
    """

    when: When
    iso: bool = False

    def text(self, lang: str, dataset: Dataset | None = None) -> str:
        """The date in ``lang``."""
        if lang == "en" and self.iso:
            return str(self.when)
        return format_when(self.when, lang)


@frozen
class Weekday:
    """
    A weekday (0 is Monday), by CLDR's name in the reader's language.

    >>> Weekday(0).text("en"), Weekday(0).text("lo")
    ('Monday', 'ວັນຈັນ')
    """

    number: int

    def text(self, lang: str, dataset: Dataset | None = None) -> str:
        """The weekday's name in ``lang``."""
        from babel.dates import get_day_names  # delayed: babel loads when a message is written

        return str(get_day_names("wide", locale=lang)[self.number])


@frozen
class Named:
    """
    A record's name or title: ``english`` as the English message has always written it, the
    record's own name or title in another language (marked English where the record has none).

    >>> import vnla
    >>> Named("to-lam", "To Lam").text("lo", vnla.dataset())
    'ໂຕເລິມ'
    >>> Named("wto", "World Trade Organization").text("vi", vnla.dataset())
    '[en: World Trade Organization]'
    """

    record: str
    english: str

    def text(self, lang: str, dataset: Dataset | None = None) -> str:
        """The name in ``lang``."""
        if lang == "en":
            return self.english
        # delayed: the renderer is needed only to write a message in another language
        from vnla.render.formatting import title_of

        found = (dataset if dataset is not None else _bundled()).get(self.record)
        return mark(self.english, "en") if found is None else title_of(found, lang, dataset=dataset)


@frozen
class Ordinal:
    """
    An ordinal number: "48th" in English, the catalog's pattern elsewhere ("thứ 48").

    >>> Ordinal(48).text("en"), Ordinal(22).text("en"), Ordinal(12).text("en"), Ordinal(48).text("vi")
    ('48th', '22nd', '12th', 'thứ 48')
    """

    number: int

    def text(self, lang: str, dataset: Dataset | None = None) -> str:
        """The ordinal in ``lang``."""
        n = self.number
        if lang != "en":
            return translation(lang).gettext(N_("ordinal {n}")).format(n=n)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"


@frozen
class Amount:
    """
    An amount: ``english`` as the English message has always written it ("2.98 bn USD"), the
    locale's long number words (CLDR) elsewhere, with its unit, and its qualifier's word.

    >>> from decimal import Decimal
    >>> a = Amount("about 2.98 bn USD", Decimal("2980000000"), "USD", qualifier="about")
    >>> a.text("en"), a.text("vi"), a.text("lo")
    ('about 2.98 bn USD', 'khoảng 2,98 tỷ US$', 'ປະມານ US$2,98 ຕື້')
    """

    english: str
    value: Decimal
    unit: str | None = None
    qualifier: str | None = None

    def text(self, lang: str, dataset: Dataset | None = None) -> str:
        """The amount in ``lang``."""
        if lang == "en":
            return self.english
        # delayed: babel and the renderer load when a message is written in another language
        from babel.numbers import format_compact_decimal

        from vnla.render.formatting import format_money

        if self.unit is not None and len(self.unit) == 3 and self.unit.isalpha() and self.unit.isupper():
            amount = format_money(self.value, self.unit, lang)  # a currency: CLDR's symbol and words
        else:
            amount = format_compact_decimal(self.value, format_type="long", locale=lang, fraction_digits=3)
            amount += f" {mark(self.unit, 'en')}" if self.unit else ""
        return _qualified(self.qualifier, amount.replace("\xa0", " "), lang)


def _qualified(qualifier: str | None, amount: str, lang: str) -> str:
    """``amount`` after its qualifier's word in ``lang`` ("khoảng 2,98 tỷ USD")."""
    template = _QUALIFIED.get(qualifier or "")
    return translation(lang).gettext(template).format(amount=amount) if template else amount


@frozen
class Qualified:
    """
    A figure written with a qualifier ("about +34%"): ``english`` in English, the qualifier's
    words around ``text`` elsewhere.

    >>> Qualified("about +34%", "about", "+34%").text("vi")
    'khoảng +34%'
    """

    english: str
    qualifier: str
    value: str

    def text(self, lang: str, dataset: Dataset | None = None) -> str:
        """The figure in ``lang``."""
        return self.english if lang == "en" else _qualified(self.qualifier, self.value, lang)


#: An amount with its qualifier ("about 2.98 bn USD"), by qualifier.
_QUALIFIED: Final = {
    "about": N_("about {amount}"),
    "almost": N_("almost {amount}"),
    "over": N_("over {amount}"),
    "under": N_("under {amount}"),
}


@frozen
class Word:
    """
    A value of one of the record's closed vocabularies ("longer-term", "state-visit"): as it is
    in English, the catalog's word elsewhere (:func:`vnla.render.i18n.word`).

    >>> Word("longer-term").text("en"), Word("longer-term").text("vi")
    ('longer-term', 'lâu dài')
    """

    value: str
    #: the English words where a message has always written others than the value ("bilateral trade turnover")
    english: str | None = None

    def text(self, lang: str, dataset: Dataset | None = None) -> str:
        """The word in ``lang``."""
        if lang == "en":
            return self.english or self.value
        return word(self.value, lang)


@frozen
class Quoted:
    """
    Words quoted from a text or a record in its language ``lang``: as they are for a reader of
    that language (and in English messages), marked with their language for another reader.

    >>> (
    ...     Quoted("hôm nay", "vi").text("vi"),
    ...     Quoted("hôm nay", "vi").text("lo"),
    ...     Quoted("today", "en").text("en"),
    ... )
    ('hôm nay', '[vi: hôm nay]', 'today')
    """

    words: str
    lang: str

    def text(self, lang: str, dataset: Dataset | None = None) -> str:
        """The words, marked unless ``lang`` is theirs."""
        if lang in ("en", self.lang) or not self.words:
            return self.words
        return mark(self.words, self.lang)


@frozen
class Localized:
    """
    Words the judge already knows in each language (a role's title from the record or the word
    files): ``english`` in English, ``texts``' word elsewhere, marked English where it has none.

    >>> role = Localized("Prime Minister", (("vi", "Thủ tướng"),))
    >>> role.text("vi"), role.text("lo")
    ('Thủ tướng', '[en: Prime Minister]')
    """

    english: str
    texts: tuple[tuple[str, str], ...] = ()

    def text(self, lang: str, dataset: Dataset | None = None) -> str:
        """The words in ``lang``."""
        if lang == "en":
            return self.english
        return next((t for code, t in self.texts if code == lang), None) or mark(self.english, "en")


@frozen
class English:
    """
    Text the record has only in English (a description, a reason): marked in another language.

    >>> English("within the term").text("vi")
    '[en: within the term]'
    """

    english: str

    def text(self, lang: str, dataset: Dataset | None = None) -> str:
        """The text, marked as English outside English."""
        return self.english if lang == "en" or not self.english else mark(self.english, "en")


def horizon_message(horizon: Horizon) -> Message:
    """
    A target's horizon as ``str(horizon)`` writes it in English ("by-date 2030"), its kind and
    date in the reader's words elsewhere.

    >>> from vnla.model.records import Horizon, HorizonKind
    >>> h = Horizon(kind=HorizonKind.BY_DATE, when=When.in_year(2030))
    >>> horizon_message(h), horizon_message(h).written("vi")
    ('by-date 2030', 'đến 2030')
    """
    kind = Word(horizon.kind.value)
    if horizon.when is None:
        return Message("{kind}", kind=kind)
    return Message("{kind} {when}", kind=kind, when=Period(horizon.when, iso=True))


def _bundled() -> Dataset:
    from vnla.record.loading import dataset  # delayed: only a message without a dataset loads it

    return dataset()


#: A placeholder of a template, and a letter outside them (a word to translate).
_FIELD: Final = re.compile(r"\{[^{}]*\}")
_WORD: Final = re.compile(r"[^\W\d_]")
#: The argument kinds written in the reader's language.
_KINDS: Final = (Day, Period, Weekday, Named, Ordinal, Amount, Qualified, Quoted, Word, Localized, English)


_KIND_TYPES: Final = frozenset(_KINDS)


def _arg(value: Any, lang: str, dataset: Dataset | None) -> Any:
    if isinstance(value, Message):
        return value.written(lang, dataset)
    if isinstance(value, _KINDS):
        return value.text(lang, dataset)
    return value


class Message(str):
    """
    An explanation in English that can be written in another language (see the module).

    ``template`` is English with named placeholders (``str.format`` fields, conversions such as
    ``!r`` included); ``args`` are what fills them.  It compares, hashes, prints and encodes
    to JSON as its English text; it pickles with its template and arguments.

    >>> import pickle
    >>> m = Message("the record dates {event!r}", event=Named("to-lam", "To Lam"))
    >>> again = pickle.loads(pickle.dumps(m))
    >>> again, again.args == m.args
    ("the record dates 'To Lam'", True)
    """

    template: str
    args: Mapping[str, Any]

    def __new__(cls, template: str, /, **args: Any) -> Message:
        if args:
            values = args
            for key, value in args.items():  # the arguments' English: most are plain text already
                if type(value) in _KIND_TYPES:
                    if values is args:
                        values = dict(args)
                    values[key] = value.text("en")
            english = template.format_map(values)
        else:
            english = template
        self = super().__new__(cls, english)
        state = self.__dict__
        state["template"] = template
        state["args"] = MappingProxyType(args)  # read-only: a finding's message cannot be edited
        return self

    def __setattr__(self, name: str, value: object) -> None:
        msg = f"a Message is immutable: cannot set {name!r}"
        raise AttributeError(msg)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt, (self.template, tuple(self.args.items())))

    def written(self, lang: str, dataset: Dataset | None = None) -> str:
        """
        The explanation in ``lang``: the catalog's template filled with the arguments in ``lang``.

        English is the message itself; a template the catalog lacks is the English, marked.
        """
        if lang == "en" or lang.startswith(("en_", "en-")):
            return str(self)
        template = translation(lang).gettext(self.template) if self.template else ""
        if template == self.template and _WORD.search(_FIELD.sub("", template)):
            return mark(str(self), "en")  # English words no catalog translates
        return template.format_map({k: _arg(v, lang, dataset) for k, v in self.args.items()})


def joined(separator: str, parts: Iterable[Any]) -> Message:
    """
    Parts (messages, arguments, plain text) joined by punctuation, each written in the reader's language.

    >>> joined("; ", [Message("no office"), "x"])
    'no office; x'
    """
    values = list(parts)
    template, names = _joining(separator, len(values))
    return Message(template, **dict(zip(names, values, strict=True)))


@functools.lru_cache(maxsize=64)
def _joining(separator: str, n: int) -> tuple[str, tuple[str, ...]]:
    """The template of ``n`` parts joined by ``separator``, and its placeholders' names."""
    if any(c.isalpha() for c in separator):
        msg = f"a separator of parts is punctuation, not words: {separator!r}"
        raise ValueError(msg)
    names = tuple(f"p{i}" for i in range(n))
    escaped = separator.replace("{", "{{").replace("}", "}}")
    return escaped.join(f"{{{name}}}" for name in names), names


def _rebuilt(template: str, args: tuple[tuple[str, Any], ...]) -> Message:
    return Message(template, **dict(args))


def written(message: str, lang: str, dataset: Dataset | None = None) -> str:
    """
    A finding's ``message`` in ``lang``: a :class:`Message` written there, other English text marked.

    >>> written("", "vi"), written("plain English", "vi"), written("plain English", "en")
    ('', '[en: plain English]', 'plain English')
    """
    if isinstance(message, Message):
        return message.written(lang, dataset)
    if not message or lang == "en":
        return message
    return mark(message, "en")

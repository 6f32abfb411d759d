# SPDX-License-Identifier: MIT
"""
The typed model of the Vietnam–Laos relationship.

Every class is a frozen :mod:`attrs` class with keyword-only arguments and
validators, so a value that exists is a value that is well formed.  Fields
that refer to another record hold its id (a string) and carry the kinds of
record they may point at in their metadata (``metadata={"ref": (...)}``);
:class:`vnla.Dataset` resolves them and refuses to load a dataset with a
dangling reference.

>>> from datetime import date
>>> When.between(date(2025, 12, 1), date(2025, 12, 2)).contains(date(2025, 12, 2))
True
>>> Evidence(source="joint-statement-2025", quote="from December 1 to 2, 2025").source
'joint-statement-2025'
"""

from __future__ import annotations

import enum
import re
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Protocol

import attrs

from vnla.model.arithmetic import amount_problem
from vnla.model.classes import field, frozen
from vnla.model.coerce import as_language
from vnla.model.normal import is_normalized

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

__all__ = [
    "Agreement",
    "Anniversary",
    "Citation",
    "Clause",
    "Country",
    "DateConstraint",
    "Document",
    "DocumentKind",
    "Erratum",
    "ErratumKind",
    "Event",
    "EventKind",
    "Evidence",
    "FirstVisit",
    "Founding",
    "FrameworkElement",
    "FrameworkStage",
    "HolderList",
    "Horizon",
    "HorizonKind",
    "Invitation",
    "Label",
    "Mechanism",
    "MechanismKind",
    "Mentions",
    "Name",
    "NameKind",
    "NameOrder",
    "Office",
    "OfficeTerm",
    "OrgKind",
    "Organization",
    "Participant",
    "ParticipantRole",
    "Person",
    "Place",
    "PlaceKind",
    "Precision",
    "Project",
    "ProjectKind",
    "Side",
    "Sighting",
    "Source",
    "SourceKind",
    "Target",
    "Term",
    "Vocabulary",
    "When",
]

#: Ids are short, stable slugs: ``to-lam``, ``visit-2025-12-laos``, ``VN``.
ID_PATTERN: Final = re.compile(r"^[A-Za-z0-9]+(?:[-._:][A-Za-z0-9]+)*$")
#: BCP 47 language tags, as far as the data needs them: ``vi``, ``lo``, ``en``, ``vi-Latn``.
LANG_PATTERN: Final = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


# --------------------------------------------------------------------------- validators
def _on_field(error: Exception, attribute: attrs.Attribute[Any]) -> Exception:
    """``error``, marked with the field it is about, so that a data error's path can name it."""
    error.vnla_field = attribute.name  # type: ignore[attr-defined]
    return error


def _check_id(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
        msg = f"{attribute.name} must be an id like 'to-lam' or 'VN', got {value!r}"
        raise _on_field(ValueError(msg), attribute)


def _check_optional_id(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _check_id(inst, attribute, value)


def _check_ids(inst: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for item in value:
        _check_id(inst, attribute, item)
    if len(set(value)) != len(value):
        msg = f"{attribute.name} lists an id twice: {value!r}"
        raise _on_field(ValueError(msg), attribute)


def _check_text(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        msg = f"{attribute.name} must be a string, got {value!r}"
        raise _on_field(TypeError(msg), attribute)
    if not value.strip():
        msg = f"{attribute.name} must not be empty or blank, got {value!r}"
        raise _on_field(ValueError(msg), attribute)
    if value[0].isspace() or value[-1].isspace():
        msg = f"{attribute.name} must not start or end with spaces or newlines, got {value!r}"
        raise _on_field(ValueError(msg), attribute)
    if not is_normalized("NFC", value):
        msg = f"{attribute.name} must be in Unicode NFC, got {value!r}"
        raise _on_field(ValueError(msg), attribute)


def _check_quote(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # empty: the evidence is a note, not a quote
    if value != "":
        _check_text(inst, attribute, value)


def _check_optional_text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _check_text(inst, attribute, value)


def _check_lang(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not LANG_PATTERN.fullmatch(value):
        msg = f"{attribute.name} must be a BCP 47 language tag like 'vi' or 'lo', got {value!r}"
        raise _on_field(ValueError(msg), attribute)


def _check_file_name(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A file named relative to a folder, that cannot lead out of it (no ``..``, not absolute)."""
    if value is None:
        return
    _check_text(inst, attribute, value)
    name = str(value)
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or ":" in parts[0] or ".." in parts or "\0" in name:
        msg = f"{attribute.name} must name a file inside its folder (no '..', not absolute), got {value!r}"
        raise _on_field(ValueError(msg), attribute)


#: The largest number a count, ordinal or year field holds.
MAX_COUNT: Final = 999_999_999


def _check_optional_amount(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An amount that is ``None`` or a ``Decimal`` written and read back exactly (:func:`amount_problem`)."""
    if value is None:
        return
    if not isinstance(value, Decimal):
        msg = f"{attribute.name} must be a Decimal, got {value!r}"
        raise TypeError(msg)
    problem = amount_problem(value)
    if problem is not None:
        msg = f"{attribute.name}: {problem}"
        raise ValueError(msg)


def _check_positive(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (
        not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_COUNT
    ):
        msg = f"{attribute.name} must be a positive integer up to {MAX_COUNT:,}, got {value!r}"
        raise _on_field(ValueError(msg), attribute)


def _ref(*kinds: str) -> dict[str, tuple[str, ...]]:
    """Field metadata: the record kinds an id field may point at."""
    return {"ref": kinds}


def _tuple(value: Any) -> tuple[Any, ...]:
    """Converter: accept any iterable (lists from TOML) and keep a tuple."""
    return tuple(value)


# --------------------------------------------------------------------------- evidence
@frozen(kw_only=True)
class Evidence:
    """
    What a source says for a fact: a verbatim quote, or a note that paraphrases it.

    ``quote`` must appear in the source's text, whitespace aside; ``note`` says
    how the quote supports the fact when that is not plain (a derivation, a
    translation slip).  Evidence without a quote (``quote`` empty) is a *note*:
    a paraphrase of the source at its address, shown as such (:attr:`is_note`).

    >>> Evidence(source="vns-2026-01-26", quote="on Monday in Hà Nội").quote
    'on Monday in Hà Nội'
    >>> Evidence(source="web:vns-1730802", note="the hosts at Wattay airport").is_note
    True
    """

    source: str = field(validator=_check_id, metadata=_ref("source"))
    quote: str = field(default="", validator=_check_quote)
    note: str | None = field(default=None, validator=_check_optional_text)

    def __attrs_post_init__(self) -> None:
        if not self.quote and self.note is None:
            msg = "evidence needs a quote or a note"
            raise ValueError(msg)

    @property
    def is_note(self) -> bool:
        """Whether this is a note (a paraphrase) rather than a verbatim quote."""
        return not self.quote

    @property
    def text(self) -> str:
        """The words it gives for the fact: the quote, or a note's paraphrase."""
        return self.quote or self.note or ""


@frozen(kw_only=True)
class Citation:
    """
    A piece of evidence and where it sits: the record's id and the path inside it.

    >>> Citation(
    ...     record="to-lam",
    ...     path="$.names[0].evidence[0]",
    ...     evidence=Evidence(source="vns-2026-01-26", quote="Tô Lâm"),
    ... ).record
    'to-lam'
    """

    record: str
    path: str
    evidence: Evidence


def _evidence_field() -> Any:
    return field(default=(), converter=_tuple)


# --------------------------------------------------------------------------- dates
class Precision(enum.Enum):
    """How precisely a :class:`When` is known."""

    DAY = "day"
    RANGE = "range"
    MONTH = "month"
    YEAR = "year"
    BOUNDS = "bounds"


_QUALIFIERS: Final = frozenset({"early", "mid", "late"})


@frozen(kw_only=True)
class When:
    """
    A date as precisely as the sources give it, and never more.

    An exact day, a range of days, a month, a year (optionally "early",
    "mid" or "late" in it), or only bounds ("after 2026-02-02").
    ``earliest`` and ``latest`` are always the inclusive bounds (``None``
    when open); ``start`` and ``end`` are set only when the days are known.

    >>> from datetime import date
    >>> w = When.in_month(2025, 12)
    >>> (w.start, w.earliest, w.latest)
    (None, datetime.date(2025, 12, 1), datetime.date(2025, 12, 31))
    >>> When.bounded(after=date(2026, 2, 2)).earliest
    datetime.date(2026, 2, 3)
    >>> str(When.in_year(2026, qualifier="early"))
    'early 2026'
    """

    precision: Precision
    earliest: date | None = None
    latest: date | None = None
    qualifier: str | None = None

    def __attrs_post_init__(self) -> None:
        lo, hi, p = self.earliest, self.latest, self.precision
        if lo is not None and hi is not None and hi < lo:
            msg = f"end before start: {lo.isoformat()} > {hi.isoformat()}"
            raise ValueError(msg)
        if self.qualifier is not None and (p is not Precision.YEAR or self.qualifier not in _QUALIFIERS):
            msg = f"qualifier {self.qualifier!r} is only for years, one of {sorted(_QUALIFIERS)}"
            raise ValueError(msg)
        if p is Precision.BOUNDS:
            if lo is None and hi is None:
                msg = "bounds need at least one of 'not_before'/'after' or 'not_after'/'before'"
                raise ValueError(msg)
            return
        if lo is None or hi is None:
            msg = f"a {p.value} date needs both bounds"
            raise ValueError(msg)
        if p is Precision.DAY and lo != hi:
            msg = f"a day has one date, got {lo.isoformat()} and {hi.isoformat()}"
            raise ValueError(msg)
        if p is Precision.RANGE and lo == hi:
            msg = f"a range needs two different days, got {lo.isoformat()} twice"
            raise ValueError(msg)
        if p is Precision.MONTH and (
            lo.day != 1 or (hi.year, hi.month) != (lo.year, lo.month) or hi != _month_end(lo)
        ):
            msg = f"a month runs from its first to its last day, got {lo} to {hi}"
            raise ValueError(msg)
        if p is Precision.YEAR and (lo != date(lo.year, 1, 1) or hi != date(lo.year, 12, 31)):
            msg = f"a year runs from 1 January to 31 December, got {lo} to {hi}"
            raise ValueError(msg)

    # constructors ---------------------------------------------------------------
    @classmethod
    def on(cls, day: date) -> When:
        """An exact day."""
        return cls(precision=Precision.DAY, earliest=day, latest=day)

    @classmethod
    def between(cls, start: date, end: date) -> When:
        """A range of days, both ends included (one day if they are equal)."""
        if start == end:
            return cls.on(start)
        return cls(precision=Precision.RANGE, earliest=start, latest=end)

    @classmethod
    def in_month(cls, year: int, month: int) -> When:
        """Some day in a month."""
        first = date(year, month, 1)
        return cls(precision=Precision.MONTH, earliest=first, latest=_month_end(first))

    @classmethod
    def in_year(cls, year: int, *, qualifier: str | None = None) -> When:
        """Some day in a year; ``qualifier`` is ``"early"``, ``"mid"`` or ``"late"``."""
        return cls(
            precision=Precision.YEAR,
            earliest=date(year, 1, 1),
            latest=date(year, 12, 31),
            qualifier=qualifier,
        )

    @classmethod
    def bounded(
        cls,
        *,
        after: date | None = None,
        before: date | None = None,
        not_before: date | None = None,
        not_after: date | None = None,
    ) -> When:
        """Only bounds: ``after``/``before`` exclude the day, ``not_before``/``not_after`` include it."""
        if after is not None and not_before is not None:
            msg = "give 'after' or 'not_before', not both"
            raise ValueError(msg)
        if before is not None and not_after is not None:
            msg = "give 'before' or 'not_after', not both"
            raise ValueError(msg)
        lo = after + timedelta(days=1) if after is not None else not_before
        hi = before - timedelta(days=1) if before is not None else not_after
        return cls(precision=Precision.BOUNDS, earliest=lo, latest=hi)

    # views ----------------------------------------------------------------------
    @property
    def start(self) -> date | None:
        """The first day, when the days are known exactly."""
        return self.earliest if self.precision in (Precision.DAY, Precision.RANGE) else None

    @property
    def end(self) -> date | None:
        """The last day, when the days are known exactly."""
        return self.latest if self.precision in (Precision.DAY, Precision.RANGE) else None

    @property
    def is_exact(self) -> bool:
        """Whether the days are known (a day or a range)."""
        return self.precision in (Precision.DAY, Precision.RANGE)

    @property
    def year(self) -> int | None:
        """The year, when both bounds fall in the same one."""
        if self.earliest is not None and self.latest is not None and self.earliest.year == self.latest.year:
            return self.earliest.year
        return None

    def contains(self, day: date) -> bool:
        """Whether ``day`` may be (for a range: is) one of the days meant."""
        if self.earliest is not None and day < self.earliest:
            return False
        return not (self.latest is not None and day > self.latest)

    def within(self, other: When) -> bool:
        """Whether every day this may be lies inside ``other``'s bounds."""
        if other.earliest is not None and (self.earliest is None or self.earliest < other.earliest):
            return False
        return not (other.latest is not None and (self.latest is None or self.latest > other.latest))

    def moved_to(self, year: int) -> When | None:
        """
        The same days of the year in another ``year``, the span and the precision kept ("30
        December - 2 January" ends in the year after); ``None`` for open bounds, or for a 29
        February in a year without one.

        >>> from datetime import date
        >>> str(When.between(date(2025, 12, 30), date(2026, 1, 2)).moved_to(2026))
        '2026-12-30/2027-01-02'
        >>> str(When.in_month(2024, 2).moved_to(2025)), When.on(date(2024, 2, 29)).moved_to(2025)
        ('2025-02', None)
        """
        lo, hi = self.earliest, self.latest
        if lo is None or hi is None:
            return None
        if self.precision is Precision.MONTH:
            return When.in_month(year, lo.month)
        try:
            return attrs.evolve(
                self, earliest=lo.replace(year=year), latest=hi.replace(year=year + hi.year - lo.year)
            )
        except ValueError:
            return None

    def overlaps(self, other: When) -> bool:
        """Whether the two could share a day."""
        if self.latest is not None and other.earliest is not None and self.latest < other.earliest:
            return False
        return not (other.latest is not None and self.earliest is not None and other.latest < self.earliest)

    def __str__(self) -> str:
        lo, hi = self.earliest, self.latest
        if self.precision is Precision.DAY and lo is not None:
            return lo.isoformat()
        if self.precision is Precision.RANGE and lo is not None and hi is not None:
            return f"{lo.isoformat()}/{hi.isoformat()}"
        if self.precision is Precision.MONTH and lo is not None:
            return f"{lo.year:04d}-{lo.month:02d}"
        if self.precision is Precision.YEAR and lo is not None:
            return f"{self.qualifier} {lo.year:04d}" if self.qualifier else f"{lo.year:04d}"
        parts = []
        if lo is not None:
            parts.append(f"not before {lo.isoformat()}")
        if hi is not None:
            parts.append(f"not after {hi.isoformat()}")
        return ", ".join(parts)


def _month_end(day: date) -> date:
    # The day before the first of the next month (without calendar, which imports locale).
    if day.month == 12:
        return date(day.year, 12, 31)
    return date(day.year, day.month + 1, 1) - timedelta(days=1)


@frozen(kw_only=True)
class DateConstraint:
    """
    What a source implies about a date without stating it.

    Source 004, published 2026-02-02, calls a visit "upcoming": the visit
    falls after 2026-02-02.  Constraints are checked against the date a
    record states; they never replace it.
    """

    when: When
    evidence: tuple[Evidence, ...] = _evidence_field()
    note: str | None = field(default=None, validator=_check_optional_text)


# --------------------------------------------------------------------------- names
class NameKind(enum.Enum):
    """What kind of name a :class:`Name` is."""

    #: The name to use in its language (at most one per language).
    PREFERRED = "preferred"
    #: The full official form ("Lao People's Democratic Republic").
    FORMAL = "formal"
    #: The short form a source uses ("Lâm", "Sisoulith").
    SHORT = "short"
    #: An abbreviation ("LPRP", "CPV").
    ABBREVIATION = "abbreviation"
    #: Another spelling or translation of the same name.
    VARIANT = "variant"
    #: A romanization of a name written natively in another script.
    ROMANIZATION = "romanization"
    #: A spelling a source uses by mistake; resolvable, never displayed.
    MISSPELLING = "misspelling"


class NameOrder(enum.Enum):
    """The order in which a culture writes a person's name parts."""

    #: Vietnamese: Tô (family) Lâm (given).
    FAMILY_FIRST = "family-first"
    #: Lao: Thongloun (given) Sisoulith (family).
    GIVEN_FIRST = "given-first"


@frozen(kw_only=True)
class Name:
    """
    One written form of a name, with its language tag and its sources.

    >>> Name(text="Viêng Chăn", lang="vi", kind=NameKind.VARIANT).lang
    'vi'
    """

    text: str = field(validator=_check_text)
    lang: str = field(validator=_check_lang)
    kind: NameKind = NameKind.PREFERRED
    evidence: tuple[Evidence, ...] = _evidence_field()


@frozen(kw_only=True)
class Label:
    """
    All the names of one entity, and for a person the parts of the name.

    >>> label = Label(names=(Name(text="To Lam", lang="en"), Name(text="Tô Lâm", lang="vi")))
    >>> label.preferred("vi")
    'Tô Lâm'
    >>> label.preferred("lo")
    'To Lam'
    """

    names: tuple[Name, ...] = field(converter=_tuple)
    given: str | None = field(default=None, validator=_check_optional_text)
    family: str | None = field(default=None, validator=_check_optional_text)
    order: NameOrder | None = None

    @names.validator
    def _check_names(self, _attribute: attrs.Attribute[Any], value: tuple[Name, ...]) -> None:
        seen: set[str] = set()
        for name in value:
            if name.kind is NameKind.PREFERRED:
                if name.lang in seen:
                    msg = f"two preferred names in {name.lang!r}"
                    raise ValueError(msg)
                seen.add(name.lang)
        if "en" not in seen:
            msg = "every entity needs a preferred English name (lang 'en')"
            raise ValueError(msg)

    def preferred(self, lang: str = "en") -> str:
        """
        The preferred name in ``lang``, falling back to English when none is recorded in it.

        ``lang`` is a language or locale tag: ``"vi"``, ``"vi-VN"``, ``"lo_LA"``, or an
        ISO 639-2/3 code (``"lao"`` is ``"lo"``); see :func:`vnla.model.coerce.as_language`.

        Raises:
            UnknownLanguage: ``lang`` is not a language (``"xx"``), with suggestions.
        """
        base = as_language(lang)
        fallback = ""
        for name in self.names:
            if name.kind is NameKind.PREFERRED:
                if name.lang == base:
                    return name.text
                if name.lang == "en":
                    fallback = name.text
        return fallback

    def of_kind(self, kind: NameKind, lang: str | None = None) -> tuple[Name, ...]:
        """The names of one kind, optionally in one language."""
        return tuple(n for n in self.names if n.kind is kind and (lang is None or n.lang == lang))

    def display(self, locale: str = "en", style: str = "full") -> str:
        """
        The name a reader of ``locale`` expects, in one of three styles.

        ``"full"`` is the preferred name in the locale's language (else
        English); ``"short"`` is, for a person, the given name each culture
        uses on its own (the last word of a Vietnamese name, the first of a
        Lao one); ``"formal"`` is the formal name, if one is recorded.  See
        :func:`vnla.names.display`.

        Args:
            locale: a locale or language tag: ``"en"``, ``"vi"``, ``"lo"``…
            style: ``"full"``, ``"short"`` or ``"formal"``.

        Returns:
            The name to show.

        Raises:
            ValueError: ``style`` is not one of the three.

        >>> label = Label(
        ...     names=(Name(text="To Lam", lang="en"), Name(text="Tô Lâm", lang="vi")),
        ...     given="Lâm",
        ...     family="Tô",
        ...     order=NameOrder.FAMILY_FIRST,
        ... )
        >>> label.display("vi"), label.display("vi", style="short"), label.display("en", "short")
        ('Tô Lâm', 'Lâm', 'Lam')

        .. versionadded:: 0.1
        """
        return display(self, locale, style)

    def __str__(self) -> str:
        return self.preferred("en")


def _check_entity_names(_inst: object, attribute: attrs.Attribute[Any], value: tuple[Name, ...]) -> None:
    """An entity's names: at least one, one preferred name per language, and a preferred English one."""
    if not value:
        msg = "names is empty: every entity needs at least its preferred English name (lang 'en')"
        raise _on_field(ValueError(msg), attribute)
    preferred: set[str] = set()
    for name in value:
        if name.kind is NameKind.PREFERRED:
            if name.lang in preferred:
                msg = f"two preferred names in {name.lang!r}"
                raise _on_field(ValueError(msg), attribute)
            preferred.add(name.lang)
    if "en" not in preferred:
        msg = "no preferred English name: every entity needs one (lang 'en', kind 'preferred')"
        raise _on_field(ValueError(msg), attribute)


def _names_field() -> Any:
    return field(converter=_tuple, validator=_check_entity_names)


def _check_untranslated(inst: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    """
    ``untranslated``: languages no source gives the record's name in (never English, never twice).

    A language cannot be both: a record with a preferred name in ``lo`` is not untranslated in ``lo``.
    """
    for lang in value:
        _check_lang(inst, attribute, lang)
        if lang == "en":
            msg = "untranslated lists 'en': the English name is the one every record has"
            raise _on_field(ValueError(msg), attribute)
    if len(set(value)) != len(value):
        msg = f"untranslated lists a language twice: {value!r}"
        raise _on_field(ValueError(msg), attribute)
    named = {n.lang for n in getattr(inst, "names", ()) if n.kind is NameKind.PREFERRED}
    both = [lang for lang in value if lang in named]
    if both:
        msg = (
            f"untranslated lists {', '.join(map(repr, both))}, but a preferred name in that language is "
            "recorded: drop it from untranslated, or the name from names"
        )
        raise _on_field(ValueError(msg), attribute)


def _untranslated_field() -> Any:
    """
    Languages in which no source gives the record's name: it is shown in English, marked as English.

    Saying so is part of the record: a renderer never passes the English off as Vietnamese or Lao.
    """
    return field(default=(), converter=_tuple, validator=_check_untranslated)


class _Named:
    """Mixin for records that carry ``names`` and optional name parts."""

    __slots__ = ()
    names: tuple[Name, ...]

    @property
    def name(self) -> Label:
        """The entity's names as a :class:`Label`."""
        return Label(
            names=self.names,
            given=getattr(self, "given_name", None),
            family=getattr(self, "family_name", None),
            order=getattr(self, "name_order", None),
        )

    def __str__(self) -> str:
        return self.name.preferred("en")


# --------------------------------------------------------------------------- sources
class SourceKind(enum.Enum):
    """What kind of text a :class:`Source` is."""

    NEWS_REPORT = "news-report"
    NEWS_SUMMARY = "news-summary"
    JOINT_STATEMENT = "joint-statement"
    WEB_PAGE = "web-page"
    REFERENCE_NOTES = "reference-notes"


@frozen(kw_only=True)
class Source:
    """
    A document the data cites.

    ``file`` names the seed file a source is (for the five documents);
    ``url`` the address a web page was read from; ``published`` is a
    :class:`When` because one of the seeds carries no date line and is
    only known to come after 2026-02-02.
    """

    id: str = field(validator=_check_id)
    title: str = field(validator=_check_text)
    kind: SourceKind
    lang: str = field(default="en", validator=_check_lang)
    publisher: str | None = field(default=None, validator=_check_optional_text)
    byline: str | None = field(default=None, validator=_check_optional_text)
    published: When | None = None
    dateline: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("place"))
    url: str | None = field(default=None, validator=_check_optional_text)
    file: str | None = field(default=None, validator=_check_file_name)
    #: Whether the whole text is bundled (the joint statement is; news reports are not).
    text_bundled: bool = False
    note: str | None = field(default=None, validator=_check_optional_text)
    evidence: tuple[Evidence, ...] = _evidence_field()
    date_constraints: tuple[DateConstraint, ...] = field(default=(), converter=_tuple)


# --------------------------------------------------------------------------- vocabularies
class Vocabulary(enum.Enum):
    """The closed word lists that the data defines and code interprets."""

    ROLE = "role"
    TOPIC = "topic"
    METRIC = "metric"


@frozen(kw_only=True)
class Term(_Named):
    """
    A word of a vocabulary: a role ("prime-minister"), a clause topic, a metric.

    A role with ``one_holder`` is held by one person at a time in each body (a head of state
    or government, a party's leader, a minister): while the record has one person in it, no
    other holds it.  A deputy's, a vice-president's or an ambassador's role has several holders.
    A role that is its body's ``head`` (a party's leader, a head of state, of government, of a
    national assembly or a front) has one holder, who holds no office of several holders
    besides: no head is also a deputy or a vice-president.  A deputy's role names the head of
    its body in ``deputy_of`` (a vice-president's the president's): who was last seen heading a
    body is not taken to have become its deputy later.

    >>> role = Term(
    ...     id="prime-minister",
    ...     vocabulary=Vocabulary.ROLE,
    ...     names=(Name(text="Prime Minister", lang="en"),),
    ...     one_holder=True,
    ... )
    >>> role.one_holder
    True
    """

    id: str = field(validator=_check_id)
    vocabulary: Vocabulary
    names: tuple[Name, ...] = _names_field()
    unit: str | None = field(default=None, validator=_check_optional_text)
    note: str | None = field(default=None, validator=_check_optional_text)
    one_holder: bool = field(default=False, validator=attrs.validators.instance_of(bool))
    head: bool = field(default=False, validator=attrs.validators.instance_of(bool))
    deputy_of: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("term"))

    @one_holder.validator
    def _check_role(self, _attribute: attrs.Attribute[Any], value: bool) -> None:
        if value and self.vocabulary is not Vocabulary.ROLE:
            msg = f"only a role has one holder at a time; {self.id!r} is a {self.vocabulary.value} term"
            raise ValueError(msg)

    @head.validator
    def _check_head(self, _attribute: attrs.Attribute[Any], value: bool) -> None:
        if value and not self.one_holder:
            msg = f"a body's head has one holder at a time; set one_holder = true for {self.id!r}"
            raise ValueError(msg)

    @deputy_of.validator
    def _check_deputy(self, _attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is not None and (self.vocabulary is not Vocabulary.ROLE or self.head or self.one_holder):
            msg = f"only a role of several holders is a deputy of a head; {self.id!r} is not one"
            raise ValueError(msg)


# --------------------------------------------------------------------------- entities
@frozen(kw_only=True)
class Country(_Named):
    """A country, keyed by its ISO 3166-1 alpha-2 code (``VN``, ``LA``)."""

    id: str = field(validator=_check_id)
    names: tuple[Name, ...] = _names_field()
    evidence: tuple[Evidence, ...] = _evidence_field()

    @id.validator
    def _check_iso(self, _attribute: attrs.Attribute[Any], value: str) -> None:
        if not re.fullmatch(r"[A-Z]{2}", value):
            msg = f"a country id is an ISO 3166-1 alpha-2 code like 'VN', got {value!r}"
            raise ValueError(msg)


class OrgKind(enum.Enum):
    """What kind of body an :class:`Organization` is."""

    PARTY = "party"
    CENTRAL_COMMITTEE = "central-committee"
    POLITBURO = "politburo"
    STATE = "state"
    GOVERNMENT = "government"
    NATIONAL_ASSEMBLY = "national-assembly"
    MINISTRY = "ministry"
    FRONT = "front"
    ACADEMY = "academy"
    NEWS_MEDIA = "news-media"
    INTERNATIONAL_BODY = "international-body"
    COMMITTEE = "committee"


@frozen(kw_only=True)
class HolderList:
    """
    Every holder of a role in a body from ``start`` to ``end``, as sources name them: the
    people an assembly elected to an office several hold at once (a state's Vice Presidents),
    or the one holder of an office that has one at a time in this body though several in
    others.  Anyone else given the role in the body in that span is wrong.

    ``end`` is the last day the sources show the list whole, not the end of anyone's term.

    >>> from datetime import date
    >>> vps = HolderList(
    ...     role="vice-president",
    ...     holders=("bounthong-chitmany", "pany-yathotou"),
    ...     start=When.on(date(2021, 3, 22)),
    ...     end=When.on(date(2025, 12, 1)),
    ... )
    >>> vps.covers(date(2024, 7, 11)), vps.covers(date(2026, 3, 1))
    (True, False)
    """

    role: str = field(validator=_check_id, metadata=_ref("term"))
    holders: tuple[str, ...] = field(converter=_tuple, validator=_check_ids, metadata=_ref("person"))
    start: When
    end: When
    evidence: tuple[Evidence, ...] = _evidence_field()

    def __attrs_post_init__(self) -> None:
        if not self.holders:
            msg = f"a list of the holders of {self.role!r} names at least one"
            raise ValueError(msg)
        lo, hi = self.start.latest, self.end.earliest
        if lo is None or hi is None or hi < lo:
            msg = f"holders of {self.role!r} listed from {self.start} to {self.end}: no start before the end"
            raise ValueError(msg)

    def covers(self, day: date) -> bool:
        """Whether ``day`` falls surely within the span: from the start's last day to the end's first."""
        lo, hi = self.start.latest, self.end.earliest
        return lo is not None and hi is not None and lo <= day <= hi


@frozen(kw_only=True)
class Organization(_Named):
    """A party, a committee, a government, an assembly, a ministry, a newspaper…"""

    id: str = field(validator=_check_id)
    kind: OrgKind
    names: tuple[Name, ...] = _names_field()
    untranslated: tuple[str, ...] = _untranslated_field()
    country: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("country"))
    parent: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("organization"))
    founding: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("founding"))
    holder_lists: tuple[HolderList, ...] = field(default=(), converter=_tuple)
    evidence: tuple[Evidence, ...] = _evidence_field()


@frozen(kw_only=True)
class OfficeTerm:
    """
    One term of an office: when it began and ended, as precisely as a source gives them.

    ``label`` is the term as sources name it ("14th term", "2021–2026 tenure");
    ``start`` and ``end`` are partial dates (a day, a month, a year, or bounds), left
    unset when no source gives them: a day a source merely shows the office held
    is a :class:`Sighting`, never a bound.

    >>> from datetime import date
    >>> t = OfficeTerm(label="13th term", start=When.on(date(2024, 8, 3)), end=When.on(date(2026, 1, 23)))
    >>> t.status(date(2025, 12, 20)), t.status(date(2024, 8, 1))
    ('held', 'not-held')
    >>> OfficeTerm(start=When.in_month(2016, 4)).status(date(2016, 4, 10))
    'unknown'
    """

    label: str | None = field(default=None, validator=_check_optional_text)
    start: When | None = None
    end: When | None = None
    evidence: tuple[Evidence, ...] = _evidence_field()

    def __attrs_post_init__(self) -> None:
        lo = self.start.earliest if self.start is not None else None
        hi = self.end.latest if self.end is not None else None
        if lo is not None and hi is not None and hi < lo:
            msg = f"a term that ends ({hi.isoformat()}) before it starts ({lo.isoformat()})"
            raise ValueError(msg)

    def status(self, day: date) -> str:
        """``"held"`` when the known start and end enclose ``day``, ``"not-held"`` when either excludes it."""
        if self.start is not None and self.start.earliest is not None and day < self.start.earliest:
            return "not-held"
        if self.end is not None and self.end.latest is not None and day > self.end.latest:
            return "not-held"
        started = self.start is not None and self.start.latest is not None and self.start.latest <= day
        ended = self.end is not None and self.end.earliest is not None and day <= self.end.earliest
        return "held" if started and ended else "unknown"

    def __str__(self) -> str:
        return self.describe()

    def describe(self, write: Callable[[When], str] = str) -> str:
        """
        The term in words, its dates written by ``write`` (ISO by default; a renderer passes its own).

        >>> from datetime import date
        >>> OfficeTerm(label="14th term", start=When.on(date(2026, 1, 23))).describe()
        '14th term (2026-01-23 to end not recorded)'
        """
        start = write(self.start) if self.start is not None else "?"
        end = write(self.end) if self.end is not None else "end not recorded"
        span = f"{start} to {end}" if self.start is not None else f"until {end}"
        return f"{self.label} ({span})" if self.label else span


@frozen(kw_only=True)
class Sighting:
    """
    A day (or days) on which a source shows an office held: evidence of the office, not a bound of its term.

    >>> from datetime import date
    >>> Sighting(on=When.on(date(2024, 7, 11))).on.start
    datetime.date(2024, 7, 11)
    """

    on: When
    evidence: tuple[Evidence, ...] = _evidence_field()


@frozen(kw_only=True)
class Office:
    """
    An office a person held: a role in a body, its terms, and the days sources show it held.

    ``title`` is the title as the sources write it; ``role`` is a
    :class:`Term` of the role vocabulary that checks compare.  A continuous
    tenure with a re-election is one office with two ``terms``; ``seen`` holds
    the days a source shows the office held.  ``held`` is the legacy form: the
    bounds of the whole tenure, read as one term when ``terms`` is empty.

    >>> from datetime import date
    >>> office = Office(
    ...     role="president",
    ...     organization="vn-state",
    ...     title="President",
    ...     seen=(Sighting(on=When.on(date(2024, 7, 11))),),
    ... )
    >>> office.status(date(2024, 7, 11))
    ('held', 'shown held on 2024-07-11')
    >>> office.status(date(2024, 10, 1))
    ('unknown', 'held on 2024-07-11; term dates not recorded')
    """

    role: str = field(validator=_check_id, metadata=_ref("term"))
    organization: str = field(validator=_check_id, metadata=_ref("organization"))
    title: str = field(validator=_check_text)
    term: str | None = field(default=None, validator=_check_optional_text)
    held: When | None = None
    terms: tuple[OfficeTerm, ...] = field(default=(), converter=_tuple)
    seen: tuple[Sighting, ...] = field(default=(), converter=_tuple)
    evidence: tuple[Evidence, ...] = _evidence_field()

    @property
    def all_terms(self) -> tuple[OfficeTerm, ...]:
        """The terms, with the legacy ``held`` read as one term when none is given."""
        if self.terms or self.held is None:
            return self.terms
        held = self.held
        return (
            OfficeTerm(
                label=self.term,
                start=When.on(held.earliest) if held.earliest is not None else None,
                end=When.on(held.latest) if held.latest is not None else None,
            ),
        )

    @property
    def span(self) -> When | None:
        """The outer bounds of the tenure that the known starts and ends allow (``None``: no bound known)."""
        terms = self.all_terms
        if not terms:
            return None
        starts = [t.start.earliest if t.start is not None else None for t in terms]
        ends = [t.end.latest if t.end is not None else None for t in terms]
        lo = None if None in starts else min(d for d in starts if d is not None)
        hi = None if None in ends else max(d for d in ends if d is not None)
        if lo is None and hi is None:
            return None
        return When.bounded(not_before=lo, not_after=hi)

    def status(self, day: date, *, write: Callable[[When], str] = str) -> tuple[str, str]:
        """
        Whether the office was held on ``day``, and why: ``"held"``, ``"not-held"`` or ``"unknown"``.

        Held when a source shows it on that day or a known term encloses it; not held when
        every known term's start or end excludes it (and no source shows it); else unknown.
        The reason's dates are written by ``write`` (ISO by default; the checker writes them
        as every command does).
        """
        exact = [s.on for s in self.seen if s.on.is_exact]
        if any(w.contains(day) for w in exact):
            return "held", f"shown held on {write(When.on(day))}"
        terms = self.all_terms
        states = [t.status(day) for t in terms]
        for i, t in enumerate(terms):
            # a term whose end is not recorded runs at least to the last day a source shows the office
            started = t.start.latest if t.start is not None else None
            shown_later = any(w.earliest is not None and day <= w.earliest for w in exact)
            if states[i] == "unknown" and t.end is None and started is not None and started <= day:
                states[i] = "held" if shown_later else "unknown"
        if "held" in states:
            return "held", f"within the term {terms[states.index('held')].describe(write)}"
        if terms and all(s == "not-held" for s in states):
            return "not-held", "terms: " + "; ".join(t.describe(write) for t in terms)
        shown = " and ".join(dict.fromkeys(write(w) for w in exact))
        open_since = self.open_term(day)
        if open_since is not None and open_since.start is not None:
            last = self.last_seen()
            since = f"the term begun {write(open_since.start)} has no recorded end"
            # the record cannot say whether it still ran on ``day``
            return (
                "unknown",
                f"{since}, and no source shows the office held after {write(last)}" if last else since,
            )
        if terms:
            known = "; ".join(t.describe(write) for t in terms)
            why = f"terms: {known}"
            return "unknown", f"held on {shown}; {why}" if shown else why
        return "unknown", f"held on {shown}; term dates not recorded" if shown else "dates not recorded"

    def open_term(self, day: date) -> OfficeTerm | None:
        """
        A term begun by ``day`` whose end is not recorded, when no source shows the office
        held on ``day`` or later: the record cannot say whether it still ran (see :meth:`status`).
        """
        exact = [s.on for s in self.seen if s.on.is_exact]
        if any(w.earliest is not None and day <= w.earliest for w in exact):
            return None
        for term in self.all_terms:
            started = term.start.latest if term.start is not None else None
            if term.end is None and started is not None and started <= day:
                return term
        return None

    def last_seen(self) -> When | None:
        """The last day a source shows the office held, if any."""
        exact = [s.on for s in self.seen if s.on.is_exact and s.on.latest is not None]
        return max(exact, key=lambda w: w.latest or date.min, default=None)

    def may_hold(self, day: date) -> bool:
        """Whether the office may have been held on ``day`` (held, or not known not to be)."""
        return self.status(day)[0] != "not-held"

    def may_hold_during(self, when: When) -> bool:
        """Whether the office may have been held on some day ``when`` may be."""
        span = self.span
        if span is not None and not span.overlaps(when):
            return False
        lo, hi = when.earliest, when.latest
        if lo is None or hi is None or (hi - lo).days > 62:
            return True
        return any(self.may_hold(lo + timedelta(days=i)) for i in range((hi - lo).days + 1))


@frozen(kw_only=True)
class Person(_Named):
    """
    A person, with names in several languages and the offices held.

    >>> import vnla
    >>> vnla.dataset().get("to-lam").name.preferred("vi")
    'Tô Lâm'
    """

    id: str = field(validator=_check_id)
    names: tuple[Name, ...] = _names_field()
    country: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("country"))
    given_name: str | None = field(default=None, validator=_check_optional_text)
    family_name: str | None = field(default=None, validator=_check_optional_text)
    name_order: NameOrder | None = None
    offices: tuple[Office, ...] = field(default=(), converter=_tuple)
    spouse: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("person"))
    born: When | None = None
    died: When | None = None
    note: str | None = field(default=None, validator=_check_optional_text)
    evidence: tuple[Evidence, ...] = _evidence_field()

    def offices_on(self, day: date) -> tuple[Office, ...]:
        """The offices that may have been held on ``day``: all but those a known start or end excludes."""
        return tuple(o for o in self.offices if o.may_hold(day))


class PlaceKind(enum.Enum):
    """What kind of place a :class:`Place` is."""

    CAPITAL = "capital"
    CITY = "city"
    PROVINCE = "province"
    REGION = "region"
    PORT = "port"
    BORDER_GATE = "border-gate"
    BORDER_AREA = "border-area"
    MEMORIAL = "memorial"
    RELIC_SITE = "relic-site"
    PARK = "park"
    CORRIDOR = "corridor"
    BUILDING = "building"
    RIVER = "river"
    SEA = "sea"


@frozen(kw_only=True)
class Place(_Named):
    """A capital, a port, a border gate, a memorial, a park, a corridor…"""

    id: str = field(validator=_check_id)
    kind: PlaceKind
    names: tuple[Name, ...] = _names_field()
    country: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("country"))
    within: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("place"))
    evidence: tuple[Evidence, ...] = _evidence_field()


# --------------------------------------------------------------------------- framework
@frozen(kw_only=True)
class FrameworkElement(_Named):
    """
    One element of the relationship framework ("great friendship"…).

    Its English translation variants ("strategic alignment", "strategic
    connectivity"…) are names of kind ``VARIANT`` with their sources.
    """

    id: str = field(validator=_check_id)
    names: tuple[Name, ...] = _names_field()
    evidence: tuple[Evidence, ...] = _evidence_field()


@frozen(kw_only=True)
class FrameworkStage:
    """The framework as it stood from a date: its elements, in the order the sources give them."""

    id: str = field(validator=_check_id)
    since: When
    elements: tuple[str, ...] = field(
        converter=_tuple, validator=_check_ids, metadata=_ref("framework-element")
    )
    event: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("event"))
    document: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("document"))
    note: str | None = field(default=None, validator=_check_optional_text)
    evidence: tuple[Evidence, ...] = _evidence_field()

    @property
    def began(self) -> date | None:
        """The day it counts from: the last ``since`` may be ("2019-10": 31 October 2019)."""
        return self.since.latest or self.since.earliest

    @staticmethod
    def in_force(stages: Iterable[FrameworkStage], day: date | None) -> FrameworkStage | None:
        """
        The stage of ``stages`` in force on ``day`` (``None``: the latest), or ``None`` before the first.

        >>> from datetime import date
        >>> old = FrameworkStage(id="a", since=When.in_year(2017), elements=("x",))
        >>> new = FrameworkStage(id="b", since=When.in_year(2019), elements=("y",))
        >>> (
        ...     FrameworkStage.in_force([new, old], date(2018, 6, 1)).id,
        ...     FrameworkStage.in_force([new, old], None).id,
        ... )
        ('a', 'b')
        """
        current = None
        for stage in sorted(stages, key=lambda s: (s.began or date.min, s.id)):
            if day is None or (stage.began is not None and stage.began <= day):
                current = stage
        return current


# --------------------------------------------------------------------------- events
class EventKind(enum.Enum):
    """What kind of event an :class:`Event` is."""

    STATE_VISIT = "state-visit"
    OFFICIAL_VISIT = "official-visit"
    TALKS = "talks"
    PARTY_MEETING = "party-meeting"
    MEETING = "meeting"
    COURTESY_VISIT = "courtesy-visit"
    WELCOME_CEREMONY = "welcome-ceremony"
    #: A ceremony seeing a visitor off at a visit's end (no welcome's date is its).
    FAREWELL_CEREMONY = "farewell-ceremony"
    NATIONAL_DAY_CEREMONY = "national-day-ceremony"
    BRIEFING = "briefing"
    SIGNING = "signing"
    DOCUMENT_EXCHANGE = "document-exchange"
    WREATH_LAYING = "wreath-laying"
    INAUGURATION = "inauguration"
    SPEECH = "speech"
    CONGRESS = "congress"
    COMMITTEE_SESSION = "committee-session"
    CEREMONY = "ceremony"
    #: A year the two countries name for their relations ("the Vietnam - Laos, Laos - Vietnam
    #: Solidarity Year in 2027"), dated by its year.
    COMMEMORATIVE_YEAR = "commemorative-year"

    @property
    def is_visit(self) -> bool:
        """Whether the kind is a visit that contains other events."""
        return self in (EventKind.STATE_VISIT, EventKind.OFFICIAL_VISIT)


class Side(enum.Enum):
    """Which side of a bilateral event a participant is on."""

    HOST = "host"
    GUEST = "guest"
    BOTH = "both"
    THIRD = "third"


class ParticipantRole(enum.Enum):
    """What a participant did at an event."""

    HOST = "host"
    VISITOR = "visitor"
    CO_CHAIR = "co-chair"
    COUNTERPART = "counterpart"
    ATTENDEE = "attendee"
    WITNESS = "witness"
    SPEAKER = "speaker"
    DELEGATION = "delegation"
    SPOUSE = "spouse"
    ELECTED = "elected"


@frozen(kw_only=True)
class Participant:
    """
    Who took part, on which side, in what role, and with what title the sources used.

    A participant is a person, a body, or (for an unnamed spouse or a whole
    delegation) only a ``description``.
    """

    role: ParticipantRole
    side: Side
    person: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("person"))
    organization: str | None = field(
        default=None, validator=_check_optional_id, metadata=_ref("organization")
    )
    country: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("country"))
    description: str | None = field(default=None, validator=_check_optional_text)
    title_used: str | None = field(default=None, validator=_check_optional_text)
    evidence: tuple[Evidence, ...] = _evidence_field()

    def __attrs_post_init__(self) -> None:
        if self.person is None and self.organization is None and self.description is None:
            msg = "a participant needs a person, an organization or a description"
            raise ValueError(msg)


def _check_visit_kind(inst: object, attribute: attrs.Attribute[Any], value: EventKind | None) -> None:
    """``visit``: a kind of visit (state or official), or ``None`` when the source gives no level."""
    if value is not None and not value.is_visit:
        msg = f"an invitation is to a visit (state-visit or official-visit), not to {value.value!r}"
        raise _on_field(ValueError(msg), attribute)


def _check_roles(inst: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    """``roles``: at least one office, each an id, none twice."""
    if not value:
        msg = "roles is empty: name the office (a term id such as 'general-secretary') of the capacity"
        raise _on_field(ValueError(msg), attribute)
    _check_ids(inst, attribute, value)


@frozen(kw_only=True)
class Invitation:
    """
    An invitation extended at an event, and the visit that answered it.

    ``visit`` is the kind of visit invited to (``None`` when the source gives no level: "a return
    visit"), ``country`` where it was to go, ``answered_by`` the visit that took it up.  The rule
    ``events.invitation-answered`` checks the link: the answer is a visit to that country, after the
    invitation, with the one invited as its visitor; a level other than the one invited to (an
    official visit answered by a state visit) is reported as information.

    >>> import vnla
    >>> [invitation] = vnla.dataset().get("visit-2025-12-laos").invitations
    >>> invitation.visit.value, invitation.answered_by
    ('official-visit', 'visit-2026-01-vietnam')
    """

    by: str = field(validator=_check_id, metadata=_ref("person"))
    to: str = field(validator=_check_id, metadata=_ref("person"))
    #: Where the visit was to go, when the source says.
    country: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("country"))
    visit: EventKind | None = field(default=None, validator=_check_visit_kind)
    accepted: bool = False
    answered_by: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("event"))
    evidence: tuple[Evidence, ...] = _evidence_field()


@frozen(kw_only=True)
class FirstVisit:
    """
    A visit a source calls a person's first abroad in an office ("the first country to visit in his
    capacity as General Secretary of the 14th term").

    ``roles`` are the offices of that capacity (term ids), ``capacity`` the source's words.  The rule
    ``events.first-visit`` checks that the person was its visitor, held every one of the offices on
    its day, and made no other recorded visit abroad since the term began.

    >>> import vnla
    >>> [first] = vnla.dataset().get("visit-2026-02-laos").first_visits
    >>> first.person, first.roles
    ('to-lam', ('general-secretary',))
    """

    person: str = field(validator=_check_id, metadata=_ref("person"))
    roles: tuple[str, ...] = field(converter=_tuple, validator=_check_roles, metadata=_ref("term"))
    capacity: str = field(validator=_check_text)
    evidence: tuple[Evidence, ...] = _evidence_field()


@frozen(kw_only=True)
class Agreement:
    """
    What a source says the sides agreed at an event, and the records it is about.

    ``summary`` is in the project's own words; the evidence quotes the source.  The rule
    ``events.agreed-about`` checks that a target or a mechanism it is about names the event too.

    >>> import vnla
    >>> [a.about for a in vnla.dataset().get("talks-2026-02-05-vientiane").agreed][:2]
    [('joint-statement-2025-12-02',), ('government-monitoring-mechanisms',)]
    """

    summary: str = field(validator=_check_text)
    about: tuple[str, ...] = field(default=(), converter=_tuple, validator=_check_ids, metadata=_ref("*"))
    evidence: tuple[Evidence, ...] = _evidence_field()


@frozen(kw_only=True)
class Event:
    """
    Something that happened: a visit, talks, a meeting, a ceremony, a congress.

    ``when`` is as precise as the sources allow; ``date_constraints`` keep
    what other sources imply about the date.  ``parent`` is the visit (or
    meeting) the event belonged to; ``subject`` the event it was about (the
    congress whose outcomes a briefing reported).

    >>> import vnla
    >>> talks = vnla.dataset().get("talks-2026-01-26-hanoi")
    >>> talks.start, talks.kind.value
    (datetime.date(2026, 1, 26), 'talks')
    """

    id: str = field(validator=_check_id)
    kind: EventKind
    title: str = field(validator=_check_text)
    when: When
    place: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("place"))
    host_country: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("country"))
    participants: tuple[Participant, ...] = field(default=(), converter=_tuple)
    parent: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("event"))
    mechanism: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("mechanism"))
    organization: str | None = field(
        default=None, validator=_check_optional_id, metadata=_ref("organization")
    )
    ordinal: int | None = field(default=None, validator=_check_positive)
    #: The event this one was about: the congress whose outcomes a briefing reported.
    subject: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("event"))
    names: tuple[Name, ...] = field(default=(), converter=_tuple)
    untranslated: tuple[str, ...] = _untranslated_field()
    documents: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("document")
    )
    summary: str | None = field(default=None, validator=_check_optional_text)
    evidence: tuple[Evidence, ...] = _evidence_field()
    date_evidence: tuple[Evidence, ...] = _evidence_field()
    date_constraints: tuple[DateConstraint, ...] = field(default=(), converter=_tuple)
    #: Invitations extended at the event, each with the visit that answered it.
    invitations: tuple[Invitation, ...] = field(default=(), converter=_tuple)
    #: The people for whom the sources call this visit their first abroad in an office.
    first_visits: tuple[FirstVisit, ...] = field(default=(), converter=_tuple)
    #: What the sources say the sides agreed at the event.
    agreed: tuple[Agreement, ...] = field(default=(), converter=_tuple)

    @property
    def start(self) -> date | None:
        """First day, or ``None`` when the days are not known exactly."""
        return self.when.start

    @property
    def end(self) -> date | None:
        """Last day, or ``None`` when the days are not known exactly."""
        return self.when.end

    @property
    def earliest(self) -> date | None:
        """The earliest day the event may have been on."""
        return self.when.earliest

    @property
    def latest(self) -> date | None:
        """The latest day the event may have been on."""
        return self.when.latest

    def people(self) -> tuple[str, ...]:
        """Ids of the people who took part, in the order recorded."""
        return tuple(p.person for p in self.participants if p.person is not None)

    def __str__(self) -> str:
        return f"{self.when} {self.title}"


# --------------------------------------------------------------------------- documents
@frozen(kw_only=True)
class Mentions:
    """What a clause (or any text) mentions, by id."""

    people: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("person")
    )
    organizations: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("organization")
    )
    places: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("place")
    )
    events: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("event")
    )
    projects: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("project")
    )
    documents: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("document")
    )
    targets: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("target")
    )
    mechanisms: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("mechanism")
    )

    def all_ids(self) -> tuple[str, ...]:
        """Every id mentioned, in field order."""
        return (
            self.people
            + self.organizations
            + self.places
            + self.events
            + self.projects
            + self.documents
            + self.targets
            + self.mechanisms
        )


@frozen(kw_only=True)
class Clause:
    """
    A numbered section of a document, its full text, its topics and what it mentions.

    >>> import vnla
    >>> clause = vnla.dataset().get("joint-statement-2025-12-02").clause(6)
    >>> "5 billion USD" in clause.text
    True
    """

    number: int = field(validator=_check_positive)
    text: str = field(validator=_check_text)
    topics: tuple[str, ...] = field(default=(), converter=_tuple, validator=_check_ids, metadata=_ref("term"))
    mentions: Mentions = field(factory=Mentions)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The clause's paragraphs, one per line of its text."""
        return tuple(line for line in self.text.split("\n") if line.strip())


class DocumentKind(enum.Enum):
    """What kind of document a :class:`Document` is."""

    JOINT_STATEMENT = "joint-statement"
    AGREEMENT = "agreement"
    PROTOCOL = "protocol"
    CONVENTION = "convention"
    MEMORANDUM = "memorandum"
    PLAN = "plan"
    PROGRAMME = "programme"
    PROJECT = "project"
    RESOLUTION = "resolution"
    DECLARATION = "declaration"
    VISION = "vision"
    COLLECTION = "collection"


@frozen(kw_only=True)
class Document(_Named):
    """
    A joint statement, agreement, protocol, convention, plan or programme.

    ``period`` is the span a document covers ("2022 - 2027"); ``signed``
    when it was signed or issued.  A joint statement holds its numbered
    sections as :class:`Clause` objects.
    """

    id: str = field(validator=_check_id)
    kind: DocumentKind
    names: tuple[Name, ...] = _names_field()
    untranslated: tuple[str, ...] = _untranslated_field()
    parties: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("country", "organization")
    )
    signed: When | None = None
    place: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("place"))
    period: When | None = None
    event: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("event"))
    source: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("source"))
    clauses: tuple[Clause, ...] = field(default=(), converter=_tuple)
    note: str | None = field(default=None, validator=_check_optional_text)
    evidence: tuple[Evidence, ...] = _evidence_field()

    @clauses.validator
    def _check_clauses(self, _attribute: attrs.Attribute[Any], value: tuple[Clause, ...]) -> None:
        numbers = [c.number for c in value]
        if numbers != list(range(1, len(numbers) + 1)):
            msg = f"clauses must be numbered 1, 2, 3… in order, got {numbers}"
            raise ValueError(msg)

    def clause(self, number: int) -> Clause:
        """The clause numbered ``number``; :class:`KeyError` if there is none."""
        if 1 <= number <= len(self.clauses):
            return self.clauses[number - 1]
        msg = f"{self.id!r} has no clause {number!r} (it has {len(self.clauses)})"
        raise KeyError(msg)


# --------------------------------------------------------------------------- targets
class HorizonKind(enum.Enum):
    """When a target is meant to be met."""

    NEAR_TERM = "near-term"
    LONGER_TERM = "longer-term"
    BY_DATE = "by-date"
    PERIOD = "period"
    SOON = "soon"
    UNSPECIFIED = "unspecified"


@frozen(kw_only=True)
class Horizon:
    """A target's horizon: a kind, and for dated ones the date or period."""

    kind: HorizonKind
    when: When | None = None

    def __attrs_post_init__(self) -> None:
        dated = self.kind in (HorizonKind.BY_DATE, HorizonKind.PERIOD)
        if dated and self.when is None:
            msg = f"a {self.kind.value} horizon needs 'when'"
            raise ValueError(msg)

    def __str__(self) -> str:
        return f"{self.kind.value} {self.when}" if self.when else self.kind.value


@frozen(kw_only=True)
class Target:
    """
    A goal the two sides set: a metric, an amount, a horizon, and who set it where.

    >>> import vnla
    >>> t = vnla.dataset().get("target-trade-10bn-usd")
    >>> (t.value, t.unit, t.horizon.kind.value)
    (Decimal('10000000000'), 'USD', 'longer-term')
    """

    id: str = field(validator=_check_id)
    metric: str = field(validator=_check_id, metadata=_ref("term"))
    description: str = field(validator=_check_text)
    horizon: Horizon
    value: Decimal | None = field(default=None, validator=_check_optional_amount)
    unit: str | None = field(default=None, validator=_check_optional_text)
    set_by: tuple[str, ...] = field(
        default=(),
        converter=_tuple,
        validator=_check_ids,
        metadata=_ref("person", "organization", "country"),
    )
    events: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("event")
    )
    documents: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("document")
    )
    projects: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("project")
    )
    country: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("country"))
    anniversary: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("anniversary"))
    evidence: tuple[Evidence, ...] = _evidence_field()

    def __attrs_post_init__(self) -> None:
        if self.value is not None:
            if not self.value.is_finite() or self.value < 0:
                msg = f"value must be a finite, non-negative amount, got {self.value!r}"
                raise ValueError(msg)
            if self.unit is None:
                msg = "a target with a value needs a unit"
                raise ValueError(msg)


# --------------------------------------------------------------------------- projects
class ProjectKind(enum.Enum):
    """What kind of project a :class:`Project` is."""

    EXPRESSWAY = "expressway"
    EXPRESSWAY_SECTION = "expressway-section"
    RAILWAY = "railway"
    PORT = "port"
    POWER_LINE = "power-line"
    INDUSTRIAL_PARK_MODEL = "industrial-park-model"
    ECONOMIC_ZONE_MODEL = "economic-zone-model"
    STORAGE = "storage"
    PARK = "park"
    RESTORATION = "restoration"
    #: the search for and repatriation of the remains of those who died in the other country
    REPATRIATION = "repatriation"
    #: groups of experts sent to the other country
    EXPERT_GROUPS = "expert-groups"


@frozen(kw_only=True)
class Project(_Named):
    """An infrastructure or cooperation project, possibly a section of another."""

    id: str = field(validator=_check_id)
    kind: ProjectKind
    names: tuple[Name, ...] = _names_field()
    untranslated: tuple[str, ...] = _untranslated_field()
    parent: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("project"))
    places: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("place")
    )
    countries: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("country")
    )
    status: str | None = field(default=None, validator=_check_optional_text)
    evidence: tuple[Evidence, ...] = _evidence_field()


# --------------------------------------------------------------------------- mechanisms
class MechanismKind(enum.Enum):
    """What kind of cooperation mechanism a :class:`Mechanism` is."""

    PARTY_HIGH_LEVEL_MEETING = "party-high-level-meeting"
    INTERGOVERNMENTAL_COMMITTEE = "intergovernmental-committee"
    GOVERNMENT_MONITORING = "government-monitoring"
    STRATEGIC_POLICY_CONSULTATION = "strategic-policy-consultation"
    TRILATERAL_PARTY_MEETING = "trilateral-party-meeting"


@frozen(kw_only=True)
class Mechanism(_Named):
    """
    A standing mechanism of cooperation; its sittings are events.

    ``status`` is ``"existing"`` or ``"agreed"`` (to be set up);
    ``frequency`` how often it sits, when a source says so.
    """

    id: str = field(validator=_check_id)
    kind: MechanismKind
    names: tuple[Name, ...] = _names_field()
    untranslated: tuple[str, ...] = _untranslated_field()
    status: str = field(default="existing", validator=attrs.validators.in_(("existing", "agreed")))
    frequency: str | None = field(default=None, validator=_check_optional_text)
    agreed_at: str | None = field(
        default=None, validator=_check_optional_id, metadata=_ref("event", "document")
    )
    parties: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("organization", "country")
    )
    evidence: tuple[Evidence, ...] = _evidence_field()


# --------------------------------------------------------------------------- anniversaries
class _Records(Protocol):
    """What a model method needs of a dataset: records by id (a :class:`vnla.Dataset` is one)."""

    def get(self, id: str, /) -> object: ...


def _check_death_of(inst: Any, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """``death_of``: an id, and never with ``person`` (a founding is a birth or a death, not both)."""
    _check_optional_id(inst, attribute, value)
    if value is not None and inst.person is not None:
        msg = f"a founding is a birth (person = {inst.person!r}) or a death (death_of = {value!r}), not both"
        raise ValueError(msg)


@frozen(kw_only=True)
class Founding(_Named):
    """A founding or a starting point that anniversaries count from."""

    id: str = field(validator=_check_id)
    names: tuple[Name, ...] = _names_field()
    when: When
    country: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("country"))
    #: The person whose birth this is, for a birth ("the 105th birth anniversary of President Kaysone").
    person: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("person"))
    #: The person whose death this is ("the 56th anniversary of President Ho Chi Minh's death").
    death_of: str | None = field(default=None, validator=_check_death_of, metadata=_ref("person"))
    evidence: tuple[Evidence, ...] = _evidence_field()


@frozen(kw_only=True)
class Anniversary:
    """
    The n-th anniversary of a founding, in a year: ordinal and year must agree.

    >>> import vnla
    >>> a = vnla.dataset().get("anniversary-lao-national-day-50")
    >>> (a.ordinal, a.year, a.expected_year(vnla.dataset()))
    (50, 2025, 2025)
    """

    id: str = field(validator=_check_id)
    founding: str = field(validator=_check_id, metadata=_ref("founding"))
    ordinal: int = field(validator=_check_positive)
    year: int = field(validator=_check_positive)
    #: ``"anniversary"`` ("50th anniversary") or ``"years"`` ("40 years of Đổi mới").
    wording: str = field(default="anniversary", validator=attrs.validators.in_(("anniversary", "years")))
    event: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("event"))
    evidence: tuple[Evidence, ...] = _evidence_field()

    def expected_year(self, dataset: _Records) -> int | None:
        """The year the founding's date and the ordinal give, if the founding's year is known."""
        founding = dataset.get(self.founding)
        year = founding.when.year if isinstance(founding, Founding) else None
        return None if year is None else year + self.ordinal


# --------------------------------------------------------------------------- errata
class ErratumKind(enum.Enum):
    """What kind of slip an :class:`Erratum` records."""

    TYPO = "typo"
    MISTRANSLATION = "mistranslation"
    WRONG_NAME = "wrong-name"
    OMISSION = "omission"
    REPETITION = "repetition"


@frozen(kw_only=True)
class Erratum:
    """
    A slip in a source, recorded with what the source says and what it means.

    The quote stays as the source has it; ``correction`` says what is meant
    and ``evidence`` (other quotes) shows why.
    """

    id: str = field(validator=_check_id)
    kind: ErratumKind
    source: str = field(validator=_check_id, metadata=_ref("source"))
    quote: str = field(validator=_check_text)
    says: str = field(validator=_check_text)
    correction: str = field(validator=_check_text)
    about: str | None = field(default=None, validator=_check_optional_id, metadata=_ref("*"))
    note: str | None = field(default=None, validator=_check_optional_text)
    evidence: tuple[Evidence, ...] = _evidence_field()

    @property
    def quoted(self) -> Evidence:
        """The erroneous passage as :class:`Evidence` of its source."""
        return Evidence(source=self.source, quote=self.quote)


# --------------------------------------------------------------------------- walking
def iter_fields(obj: object, path: str = "$") -> Iterator[tuple[str, attrs.Attribute[Any], Any]]:
    """
    Walk an attrs object depth-first, yielding ``(path, attribute, value)``.

    Paths use the ``$.events[3].when`` form that errors and findings show.
    """
    cls: Any = type(obj)
    for attribute in attrs.fields(cls):
        value = getattr(obj, attribute.name)
        here = f"{path}.{attribute.name}"
        yield here, attribute, value
        if isinstance(value, tuple):
            for i, item in enumerate(value):
                if attrs.has(type(item)):
                    yield from iter_fields(item, f"{here}[{i}]")
        elif attrs.has(type(value)):
            yield from iter_fields(value, here)


# =========================================================================== display
_STYLES: Final = ("full", "short", "formal")


def _language(locale: str) -> str:
    """The language of a locale tag: ``"vi"`` for ``"vi_VN"``, ``"vi-VN"`` or ``"vie"``."""
    return as_language(locale)


def _has_preferred(label: Label, lang: str) -> bool:
    return any(n.kind is NameKind.PREFERRED and n.lang == lang for n in label.names)


def _short(label: Label, lang: str) -> str:
    full = label.preferred(lang)
    if label.order is not None:
        # A person: the given name, which Vietnamese write last and Lao first.
        words = full.split()
        if len(words) > 1:
            return words[0] if label.order is NameOrder.GIVEN_FIRST else words[-1]
        if _has_preferred(label, lang) or label.given is None:
            return full  # "ໂຕເລິມ" is written as one word: keep the reader's script
        return label.given
    recorded = label.of_kind(NameKind.SHORT, lang) or label.of_kind(NameKind.SHORT, "en")
    return recorded[0].text if recorded else full


def display(label: Label, locale: str = "en", style: str = "full") -> str:
    """
    The form of a name a reader of ``locale`` expects.

    ``style`` is:

    * ``"full"``: the preferred name in the locale's language, else English;
    * ``"short"``: for a person, the given name, which each culture uses on
      its own: the last word of a Vietnamese name ("Lâm"), the first of a Lao
      one ("Thongloun"), in Lao script for ``lo`` where the Lao name has
      its words apart; otherwise a recorded short name, else the full name;
    * ``"formal"``: the formal name in the locale's language if one is
      recorded, else the full name.

    Args:
        label: the names of an entity (``record.name``).
        locale: a locale or language tag: ``"en"``, ``"vi"``, ``"lo"``, ``"vi_VN"``…
        style: ``"full"``, ``"short"`` or ``"formal"``.

    Returns:
        The name to show.

    Raises:
        ValueError: ``style`` is not one of the three.

    >>> import vnla
    >>> to_lam = vnla.dataset().get("to-lam").name
    >>> [display(to_lam, lang, "short") for lang in ("en", "vi", "lo")]
    ['Lam', 'Lâm', 'ໂຕເລິມ']
    >>> thongloun = vnla.dataset().get("thongloun-sisoulith").name
    >>> [display(thongloun, lang, "short") for lang in ("en", "vi", "lo")]
    ['Thongloun', 'Thongloun', 'ທອງລຸນ']
    >>> laos = vnla.dataset().get("LA").name
    >>> display(laos, "vi", "formal")
    'Cộng hòa Dân chủ Nhân dân Lào'

    .. versionadded:: 0.1
    """
    lang = _language(locale)
    if style == "full":
        return label.preferred(lang)
    if style == "short":
        return _short(label, lang)
    if style == "formal":
        formal = label.of_kind(NameKind.FORMAL, lang)
        return formal[0].text if formal else label.preferred(lang)
    msg = f"unknown display style {style!r}; expected one of {', '.join(_STYLES)}"
    raise ValueError(msg)


# =========================================================================== reprs
#: The longest name or title a repr shows; longer ones end in "…".
_REPR_TEXT: Final = 60
#: The fields a repr takes a record's date from, in order of preference.
_DATE_FIELDS: Final = ("when", "since", "signed", "published", "period", "held", "born", "announced")
#: The fields a repr takes a record's words from, when it has no names.
_TEXT_FIELDS: Final = ("title", "description", "says", "quote", "text")


def _clip(text: str, limit: int = _REPR_TEXT) -> str:
    """``text`` on one line, cut to ``limit`` characters with "…"."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _record_words(obj: object) -> str | None:
    names = getattr(obj, "names", None)
    if names:
        preferred = [n.text for n in names if n.kind is NameKind.PREFERRED and n.lang == "en"]
        title = getattr(obj, "title", None)  # an event's names may hold only its Vietnamese or Lao title
        return str(preferred[0] if preferred else title if isinstance(title, str) else names[0].text)
    for attribute in _TEXT_FIELDS:
        value = getattr(obj, attribute, None)
        if isinstance(value, str):
            return value
    return None


def short_repr(obj: object) -> str:
    """
    A one-line repr: the class, the id, the date, the name (``<Person to-lam 'To Lam'>``).

    Every model class uses it, so a record prints in a line however much it holds
    (``<Event visit-2025-12-laos 2025-12-01/2025-12-02 'State visit of …'>``; bounds
    are written as EDTF's ``[2025-12-01..2025-12-02]``, one of those days).
    """
    parts = [type(obj).__name__]
    record_id = getattr(obj, "id", None)
    if isinstance(record_id, str):
        parts.append(record_id)
    for attribute in ("kind", "metric", "role", "vocabulary"):
        value = getattr(obj, attribute, None)
        if isinstance(value, enum.Enum) and record_id is None:
            parts.append(str(value.value))
            break
    for attribute in _DATE_FIELDS:
        value = getattr(obj, attribute, None)
        if isinstance(value, When):
            parts.append(_when_token(value))
            break
    if isinstance(obj, Anniversary):
        parts.append(f"{obj.ordinal}/{obj.year}")
    words = _record_words(obj)
    if words is not None:
        parts.append(repr(_clip(words)))
    return f"<{' '.join(parts)}>"


def _when_token(when: When) -> str:
    """
    A date in one word: ISO for a day, a range, a month or a year; EDTF's ``[a..b]`` for bounds.

    >>> from datetime import date
    >>> _when_token(When.bounded(not_before=date(2026, 2, 3)))
    '[2026-02-03..]'
    """
    if when.precision is Precision.BOUNDS:
        lo = when.earliest.isoformat() if when.earliest else ""
        hi = when.latest.isoformat() if when.latest else ""
        return f"[{lo}..{hi}]"
    return str(when).replace(" ", "-")


def _when_repr(self: When) -> str:
    return f"<When {_when_token(self)}>"


def _name_repr(self: Name) -> str:
    return f"<Name {self.lang} {self.kind.value} {self.text!r}>"


def _label_repr(self: Label) -> str:
    return f"<Label {self.preferred('en')!r}, {len(self.names)} names>"


def _evidence_repr(self: Evidence) -> str:
    return f"<Evidence {self.source} {_clip(self.quote or f'note: {self.note}', 40)!r}>"


def _office_repr(self: Office) -> str:
    held = f" {_when_token(self.held)}" if self.held is not None else ""
    return f"<Office {self.role} {self.organization}{held} {_clip(self.title)!r}>"


def _participant_repr(self: Participant) -> str:
    who = self.person or self.organization or repr(_clip(self.description or "", 40))
    return f"<Participant {self.role.value} {self.side.value} {who}>"


def _clause_repr(self: Clause) -> str:
    return f"<Clause {self.number} {_clip(self.text, 50)!r}>"


def _mentions_repr(self: Mentions) -> str:
    ids = self.all_ids()
    shown = ", ".join(ids[:4]) + (f", … {len(ids) - 4} more" if len(ids) > 4 else "")
    return f"<Mentions {shown}>" if ids else "<Mentions none>"


def _citation_repr(self: Citation) -> str:
    return f"<Citation {self.record} {self.path} {self.evidence.source}>"


def _horizon_repr(self: Horizon) -> str:
    return f"<Horizon {self}>"


def _constraint_repr(self: DateConstraint) -> str:
    return f"<DateConstraint {_when_token(self.when)}>"


for _cls, _repr in (
    (When, _when_repr),
    (Name, _name_repr),
    (Label, _label_repr),
    (Evidence, _evidence_repr),
    (Office, _office_repr),
    (Participant, _participant_repr),
    (Clause, _clause_repr),
    (Mentions, _mentions_repr),
    (Citation, _citation_repr),
    (Horizon, _horizon_repr),
    (DateConstraint, _constraint_repr),
    (Source, short_repr),
    (Term, short_repr),
    (Country, short_repr),
    (Organization, short_repr),
    (Person, short_repr),
    (Place, short_repr),
    (FrameworkElement, short_repr),
    (FrameworkStage, short_repr),
    (Event, short_repr),
    (Document, short_repr),
    (Target, short_repr),
    (Project, short_repr),
    (Mechanism, short_repr),
    (Founding, short_repr),
    (Anniversary, short_repr),
    (Erratum, short_repr),
):
    # attrs wrote a repr of every field (34,000 characters for the joint statement); one line instead.
    setattr(_cls, "__repr__", _repr)  # noqa: B010 - mypy refuses assigning to a method
del _cls, _repr


def _field_token(value: object) -> str | None:  # noqa: PLR0911 - one return per kind of value
    if value is None or value == ():
        return None
    if isinstance(value, When):
        return _when_token(value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str):
        return repr(_clip(value, 40))
    if isinstance(value, tuple):
        return f"{len(value)} {type(value[0]).__name__}"
    if attrs.has(type(value)):
        return type(value).__name__
    return str(value)


def value_repr(obj: object) -> str:
    """
    The one-line repr of a model class without a repr of its own: its set fields, shortened.

    >>> value_repr(Evidence(source="vns-2026-01-26", quote="Tô Lâm"))
    "<Evidence source='vns-2026-01-26' quote='Tô Lâm'>"
    """
    cls: Any = type(obj)
    parts = [type(obj).__name__]
    for attribute in attrs.fields(cls):
        token = _field_token(getattr(obj, attribute.name))
        if token is not None:
            parts.append(f"{attribute.name}={token}")
    text = " ".join(parts)
    return f"<{text if len(text) <= 148 else text[:147] + '…'}>"


# Every other attrs class of the model (those added later too) gets a one-line repr as well:
# vnla.model.classes.frozen writes none (repr=False), so a class without one of its own has object's.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type) and attrs.has(_value) and "__repr__" not in vars(_value):
        setattr(_value, "__repr__", value_repr)  # noqa: B010


# =========================================================================== str: what a person reads
def _target_str(self: Target) -> str:
    return self.description


def _office_str(self: Office) -> str:
    span = self.span
    held = f", {span}" if span is not None else ""
    return f"{self.title} ({self.organization}{held})"


def _evidence_str(self: Evidence) -> str:
    if self.is_note:
        return f"note: {self.note} ({self.source})"
    return f"“{self.quote}” ({self.source})"


def _source_str(self: Source) -> str:
    published = f", {self.published}" if self.published is not None else ""
    return f"{self.title} ({self.publisher or self.kind.value}{published})"


def _name_str(self: Name) -> str:
    return self.text


def _clause_str(self: Clause) -> str:
    return f"{self.number}. {self.text}"


def _erratum_str(self: Erratum) -> str:
    return f"{self.source} says “{self.says}”, meaning “{self.correction}”"


def _anniversary_str(self: Anniversary) -> str:
    return f"{self.ordinal} {self.wording} of {self.founding} in {self.year}"


def _stage_str(self: FrameworkStage) -> str:
    return f"{', '.join(self.elements)} (since {self.since})"


def _participant_str(self: Participant) -> str:
    who = self.person or self.organization or self.description or ""
    return f"{who}, {self.role.value} ({self.side.value})"


def _citation_str(self: Citation) -> str:
    return f"{self.record} {self.path}: {self.evidence}"


def _constraint_str(self: DateConstraint) -> str:
    return str(self.when)


for _cls, _str in (
    (Target, _target_str),
    (Office, _office_str),
    (Evidence, _evidence_str),
    (Source, _source_str),
    (Name, _name_str),
    (Clause, _clause_str),
    (Erratum, _erratum_str),
    (Anniversary, _anniversary_str),
    (FrameworkStage, _stage_str),
    (Participant, _participant_str),
    (Citation, _citation_str),
    (DateConstraint, _constraint_str),
):
    setattr(_cls, "__str__", _str)  # noqa: B010 - mypy refuses assigning to a method
del _cls, _str


# =========================================================================== notebooks
def _escape(text: str) -> str:
    """:func:`html.escape`, without importing :mod:`html`, whose entity table costs a first load."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def _html_value(value: object) -> str:
    """One field's value in a notebook's table: short, escaped."""
    if isinstance(value, enum.Enum):
        text = str(value.value)
    elif isinstance(value, When | Label):
        text = str(value)
    elif isinstance(value, tuple):
        if value and all(isinstance(v, str) for v in value):
            text = ", ".join(value)
        elif value and all(isinstance(v, Name) for v in value):
            text = "; ".join(f"{n.text} ({n.lang}, {n.kind.value})" for n in value)
        else:
            text = f"{len(value)} × {type(value[0]).__name__}" if value else "—"
    elif value is None:
        text = "—"
    else:
        text = str(value) if not attrs.has(type(value)) else repr(value)
    return _escape(_clip(text, 200))


def html_table(caption: str, header: tuple[str, ...], rows: Iterable[tuple[object, ...]]) -> str:
    """
    An HTML table for a notebook's ``_repr_html_``: every cell escaped and shortened.

    >>> html_table("two", ("a", "b"), [(1, "<x>")])
    '<table><caption>two</caption><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>&lt;x&gt;</td></tr></tbody></table>'
    """
    head = "".join(f"<th>{_escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_html_value(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f"<table><caption>{_escape(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def record_html(obj: object) -> str:
    """
    A record as an HTML table of its fields, for Jupyter (``_repr_html_``).

    >>> "<th>source</th>" in record_html(Evidence(source="vns-2026-01-26", quote="Tô Lâm"))
    True
    """
    cls: Any = type(obj)
    rows = "".join(
        f"<tr><th>{_escape(a.name)}</th><td>{_html_value(getattr(obj, a.name))}</td></tr>"
        for a in attrs.fields(cls)
        if getattr(obj, a.name) not in (None, ())
    )
    return f"<table><caption>{_escape(repr(obj))}</caption><tbody>{rows}</tbody></table>"


for _cls in (
    Source,
    Term,
    Country,
    Organization,
    Person,
    Place,
    FrameworkElement,
    FrameworkStage,
    Mechanism,
    Event,
    Document,
    Target,
    Project,
    Founding,
    Anniversary,
    Erratum,
    Evidence,
    Office,
    Participant,
):
    setattr(_cls, "_repr_html_", record_html)  # noqa: B010 - Jupyter looks the method up by name
del _cls

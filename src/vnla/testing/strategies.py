# SPDX-License-Identifier: MIT
"""
Hypothesis strategies for every vnla model, for consistent datasets, and for planted inconsistencies.

Install with the ``hypothesis`` extra (``pip install vnla[hypothesis]``); this
is the only vnla module that imports hypothesis.  Every strategy is valid by
construction: dates are ordered, text is non-blank Unicode NFC (drawn in NFC
or NFD and normalised), names carry Vietnamese diacritics and Lao script.
Options are keyword-only; a bad option raises
:class:`hypothesis.errors.InvalidArgument`.

>>> from hypothesis import given
>>> @given(events())
... def test_event_dates_are_ordered(event):
...     assert (
...         event.when.earliest is None
...         or event.when.latest is None
...         or (event.when.earliest <= event.when.latest)
...     )
>>> test_event_dates_are_ordered()

:func:`datasets` draws whole datasets that pass every rule of
:func:`vnla.rules.checks.check`; :func:`datasets_with_violation` draws one with
exactly one planted inconsistency of a chosen rule.  With the entry point
``[project.entry-points.hypothesis] vnla = "vnla.testing.hypothesis_hook:_hypothesis_setup_hook"``
``st.from_type(Event)`` (and every other model class) uses these strategies.

.. versionadded:: 0.1
"""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs
import hypothesis.strategies as st
from hypothesis.errors import InvalidArgument

from vnla.model.arithmetic import Qualifier, change_percent
from vnla.model.figures import Change, ChangeKind, Figure, FigureStatus, Metric
from vnla.model.records import (
    ID_PATTERN,
    Agreement,
    Anniversary,
    Citation,
    Clause,
    Country,
    DateConstraint,
    Document,
    DocumentKind,
    Erratum,
    ErratumKind,
    Event,
    EventKind,
    Evidence,
    FirstVisit,
    Founding,
    FrameworkElement,
    FrameworkStage,
    Horizon,
    HorizonKind,
    Invitation,
    Label,
    Mechanism,
    MechanismKind,
    Mentions,
    Name,
    NameKind,
    NameOrder,
    Office,
    OfficeTerm,
    Organization,
    OrgKind,
    Participant,
    ParticipantRole,
    Person,
    Place,
    PlaceKind,
    Precision,
    Project,
    ProjectKind,
    Side,
    Sighting,
    Source,
    SourceKind,
    Target,
    Term,
    Vocabulary,
    When,
)
from vnla.record.dataset import Dataset

if TYPE_CHECKING:
    from collections.abc import Callable

    from hypothesis.strategies import DrawFn, SearchStrategy

__all__ = [
    "PLANTABLE_RULES",
    "agreements",
    "anniversaries",
    "changes",
    "citations",
    "clauses",
    "countries",
    "datasets",
    "datasets_with_violation",
    "date_constraints",
    "documents",
    "errata",
    "events",
    "evidence",
    "figures",
    "first_visits",
    "foundings",
    "framework_elements",
    "framework_stages",
    "horizons",
    "ids",
    "invitations",
    "labels",
    "mechanisms",
    "mentions",
    "names",
    "office_terms",
    "offices",
    "organizations",
    "participants",
    "people",
    "places",
    "projects",
    "sightings",
    "sources",
    "targets",
    "terms",
    "texts",
    "whens",
]

T = TypeVar("T")

# --------------------------------------------------------------------------- alphabets and pools
_LATIN: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: Precomposed Vietnamese letters; NFD inputs decompose them into a base and combining marks.
_VIETNAMESE: Final = "ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_LAO: Final = "ກຂຄງຈສຊຍດຕຖທນບປຜຝພຟມຢຣລວຫອຮະັາິີຶືຸູົຼຽເແໂໃໄ່້໊໋"
_PUNCTUATION: Final = " -–,.'’()"
_ALPHABETS: Final = {"latin": _LATIN, "vi": _VIETNAMESE, "lo": _LAO}

#: (English, native, language, family, given): real names, so drawn data reads like the real thing.
_PEOPLE: Final[tuple[tuple[str, str, str, str, str], ...]] = (
    ("To Lam", "Tô Lâm", "vi", "Tô", "Lâm"),
    ("Pham Minh Chinh", "Phạm Minh Chính", "vi", "Phạm", "Chính"),
    ("Tran Thanh Man", "Trần Thanh Mẫn", "vi", "Trần", "Mẫn"),
    ("Nguyen Thi Huong", "Nguyễn Thị Hương", "vi", "Nguyễn", "Hương"),
    ("Le Duc Thang", "Lê Đức Thắng", "vi", "Lê", "Thắng"),
    ("Thongloun Sisoulith", "ທອງລຸນ ສີສຸລິດ", "lo", "Sisoulith", "Thongloun"),
    ("Sonexay Siphandone", "ສອນໄຊ ສີພັນດອນ", "lo", "Siphandone", "Sonexay"),
    ("Xaysomphone Phomvihane", "ໄຊສົມພອນ ພົມວິຫານ", "lo", "Phomvihane", "Xaysomphone"),
    ("Bounnhang Vorachith", "ບຸນຍັງ ວໍລະຈິດ", "lo", "Vorachith", "Bounnhang"),
)
#: (English, Vietnamese, Lao).
_PLACES: Final[tuple[tuple[str, str, str], ...]] = (
    ("Vientiane", "Viêng Chăn", "ວຽງຈັນ"),
    ("Hanoi", "Hà Nội", "ຮ່າໂນ້ຍ"),
    ("Luang Prabang", "Luông Pha Băng", "ຫຼວງພະບາງ"),
    ("Da Nang", "Đà Nẵng", "ດານັງ"),
)
_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MIN_DAY: Final = date(1800, 1, 1)
_MAX_DAY: Final = date(2200, 12, 31)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _either_form(text: str) -> SearchStrategy[str]:
    """The text in NFC or NFD, normalised back to NFC: inputs come in both forms."""
    forms = (text, unicodedata.normalize("NFD", text))
    return st.sampled_from(forms).map(_nfc)


def _check_type(name: str, value: object, expected: type[Any]) -> None:
    if value is not None and not isinstance(value, expected):
        msg = f"{name} must be a {expected.__name__} or None, got {value!r}"
        raise InvalidArgument(msg)


def _check_size(name: str, low: int, high: int) -> None:
    if low < 0 or high < low:
        msg = f"need 0 <= min_{name} <= max_{name}, got {low} and {high}"
        raise InvalidArgument(msg)


# --------------------------------------------------------------------------- building blocks
def ids() -> SearchStrategy[str]:
    """
    Record ids: one to three lowercase words joined by ``-``, like ``to-lam``.

    Shrinks towards ``"0"``.

    >>> from hypothesis import find
    >>> find(ids(), lambda i: "-" in i)
    '0-0'
    """
    word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)
    return st.lists(word, min_size=1, max_size=3).map("-".join)


def texts(
    *, min_size: int = 1, max_size: int = 30, alphabets: tuple[str, ...] = ("latin", "vi", "lo")
) -> SearchStrategy[str]:
    """
    Non-blank text in Unicode NFC, drawn from Latin letters, Vietnamese letters and Lao script.

    The text is drawn in NFC or NFD and normalised to NFC, which is what the
    models require.  ``alphabets`` picks from ``"latin"``, ``"vi"`` and
    ``"lo"``.  Shrinks towards one letter: ``"A"``, ``"Â"`` or ``"ກ"``.

    >>> import unicodedata
    >>> from hypothesis import find
    >>> [find(texts(alphabets=(a,)), lambda t: True) for a in ("latin", "vi", "lo")]
    ['A', 'Â', 'ກ']
    >>> unicodedata.is_normalized("NFC", find(texts(), lambda t: len(t) > 3))
    True
    """
    _check_size("size", min_size, max_size)
    if min_size < 1:
        msg = f"text must not be empty, so min_size must be at least 1, got {min_size}"
        raise InvalidArgument(msg)
    unknown = sorted(set(alphabets) - set(_ALPHABETS))
    if not alphabets or unknown:
        msg = f"alphabets must name some of {sorted(_ALPHABETS)}, got {alphabets!r}"
        raise InvalidArgument(msg)
    letters = "".join(_ALPHABETS[a] for a in alphabets)
    raw = st.text(alphabet=letters + _PUNCTUATION, min_size=min_size, max_size=max_size)
    return raw.flatmap(_either_form).map(lambda t: " ".join(t.split())).filter(bool)


def _optional(strategy: SearchStrategy[T]) -> SearchStrategy[T | None]:
    return st.none() | strategy


def _id_tuples(*, min_size: int = 0, max_size: int = 3) -> SearchStrategy[tuple[str, ...]]:
    return st.lists(ids(), min_size=min_size, max_size=max_size, unique=True).map(tuple)


def _langs() -> SearchStrategy[str]:
    return st.sampled_from(("en", "vi", "lo", "fr", "th"))


def evidence(*, sources: tuple[str, ...] | None = None) -> SearchStrategy[Evidence]:
    """
    An :class:`~vnla.model.records.Evidence`: a source id (one of ``sources`` if given) and a quote.

    Shrinks towards the quote ``"A"`` of source ``"0"``, with no note.
    """
    if sources is not None and not sources:
        msg = "sources must name at least one source id, or be None"
        raise InvalidArgument(msg)
    source = st.sampled_from(sources) if sources else ids()
    return st.builds(Evidence, source=source, quote=texts(), note=_optional(texts()))


def _evidence_tuples(max_size: int = 2) -> SearchStrategy[tuple[Evidence, ...]]:
    return st.lists(evidence(), max_size=max_size).map(tuple)


def citations() -> SearchStrategy[Citation]:
    """A :class:`~vnla.model.records.Citation`: a record id, a path in it, and evidence."""
    path = st.sampled_from(("$.evidence[0]", "$.names[0].evidence[1]", "$.date_evidence[0]"))
    return st.builds(Citation, record=ids(), path=path, evidence=evidence())


def whens(
    *,
    precisions: tuple[Precision, ...] | None = None,
    min_value: date = _MIN_DAY,
    max_value: date = _MAX_DAY,
) -> SearchStrategy[When]:
    """
    A :class:`~vnla.model.records.When` of the given precisions, its days within ``[min_value, max_value]``.

    Ranges have two different days in order; bounds have at least one end;
    years may be early, mid or late.  Shrinks towards a single day near
    2000-01-01.

    >>> from hypothesis import find
    >>> str(find(whens(), lambda w: True))
    '2000-01-01'
    >>> str(find(whens(precisions=(Precision.RANGE,)), lambda w: True))
    '2000-01-01/2000-01-02'
    """
    if min_value > max_value:
        msg = f"min_value {min_value} is after max_value {max_value}"
        raise InvalidArgument(msg)
    wanted = tuple(Precision) if precisions is None else precisions
    if not wanted or not all(isinstance(p, Precision) for p in wanted):
        msg = f"precisions must be Precision members, got {precisions!r}"
        raise InvalidArgument(msg)
    day = st.dates(min_value=min_value, max_value=max_value)
    options: dict[Precision, SearchStrategy[When]] = {
        Precision.DAY: day.map(When.on),
        Precision.RANGE: st.tuples(day, day)
        .filter(lambda p: p[0] != p[1])
        .map(lambda p: When.between(min(p), max(p))),
        Precision.MONTH: day.map(lambda d: When.in_month(d.year, d.month)),
        Precision.YEAR: st.builds(
            When.in_year,
            day.map(lambda d: d.year),
            qualifier=st.none() | st.sampled_from(("early", "mid", "late")),
        ),
        Precision.BOUNDS: st.tuples(_optional(day), _optional(day))
        .filter(lambda p: p != (None, None))
        .map(lambda p: When.bounded(not_before=_lower(p), not_after=_upper(p))),
    }
    return st.one_of([options[p] for p in wanted]).filter(
        lambda w: (
            (w.earliest is None or w.earliest >= min_value) and (w.latest is None or w.latest <= max_value)
        )
    )


def _lower(pair: tuple[date | None, date | None]) -> date | None:
    lo, hi = pair
    return lo if hi is None or lo is None else min(lo, hi)


def _upper(pair: tuple[date | None, date | None]) -> date | None:
    lo, hi = pair
    return hi if hi is None or lo is None else max(lo, hi)


def date_constraints() -> SearchStrategy[DateConstraint]:
    """A :class:`~vnla.model.records.DateConstraint` with its evidence; shrinks towards a bare day."""
    return st.builds(DateConstraint, when=whens(), evidence=_evidence_tuples(), note=_optional(texts()))


# --------------------------------------------------------------------------- names
def _name_text(lang: str | None) -> SearchStrategy[str]:
    if lang == "vi":
        pool = [p[1] for p in _PEOPLE if p[2] == "vi"] + [p[1] for p in _PLACES]
        return st.sampled_from(pool).flatmap(_either_form) | texts(alphabets=("latin", "vi"))
    if lang == "lo":
        return st.sampled_from([p[1] for p in _PEOPLE if p[2] == "lo"] + [p[2] for p in _PLACES]) | texts(
            alphabets=("lo",)
        )
    return st.sampled_from([p[0] for p in _PEOPLE] + [p[0] for p in _PLACES]) | texts(alphabets=("latin",))


def names(
    *, lang: str | None = None, kind: NameKind | None = None, max_evidence: int = 1
) -> SearchStrategy[Name]:
    """
    A :class:`~vnla.model.records.Name`: a real or random name in ``lang`` (any if ``None``), of ``kind``.

    Vietnamese names come with diacritics (drawn in NFC or NFD), Lao names in
    Lao script.  Shrinks towards ``Name(text="To Lam", lang="en")``.

    >>> from hypothesis import find
    >>> [find(names(lang=lang), lambda n: True).text for lang in ("en", "vi", "lo")]
    ['To Lam', 'Tô Lâm', 'ທອງລຸນ ສີສຸລິດ']
    """
    if max_evidence < 0:
        msg = f"max_evidence must be at least 0, got {max_evidence}"
        raise InvalidArgument(msg)
    _check_type("lang", lang, str)
    _check_type("kind", kind, NameKind)
    language = st.just(lang) if lang is not None else _langs()
    return language.flatmap(
        lambda code: st.builds(
            Name,
            text=_name_text(code),
            lang=st.just(code),
            kind=st.just(kind) if kind is not None else st.sampled_from(NameKind),
            evidence=st.lists(evidence(), max_size=max_evidence).map(tuple),
        )
    )


@st.composite
def _name_lists(draw: DrawFn) -> tuple[Name, ...]:
    """A preferred English name, at most one preferred name per other language, and variants."""
    out = [draw(names(lang="en", kind=NameKind.PREFERRED, max_evidence=0))]
    for lang in draw(st.lists(st.sampled_from(("vi", "lo", "fr")), unique=True, max_size=2)):
        out.append(draw(names(lang=lang, kind=NameKind.PREFERRED, max_evidence=1)))
    others = st.sampled_from([k for k in NameKind if k is not NameKind.PREFERRED])
    out.extend(draw(st.lists(others.flatmap(lambda k: names(kind=k, max_evidence=0)), max_size=2)))
    return tuple(out)


def labels() -> SearchStrategy[Label]:
    """A :class:`~vnla.model.records.Label`: names with one preferred English name; shrinks to that alone."""
    return st.builds(
        Label,
        names=_name_lists(),
        given=_optional(texts()),
        family=_optional(texts()),
        order=_optional(st.sampled_from(NameOrder)),
    )


# --------------------------------------------------------------------------- records
def sources() -> SearchStrategy[Source]:
    """A :class:`~vnla.model.records.Source`; shrinks towards an undated news report with no evidence."""
    return st.builds(
        Source,
        id=ids(),
        title=texts(),
        kind=st.sampled_from(SourceKind),
        lang=_langs(),
        publisher=_optional(texts()),
        byline=_optional(texts()),
        published=_optional(whens()),
        dateline=_optional(ids()),
        url=_optional(ids().map(lambda s: f"https://example.org/{s}.html")),
        file=_optional(ids().map(lambda s: f"{s}.txt")),
        text_bundled=st.booleans(),
        note=_optional(texts()),
        evidence=_evidence_tuples(),
        date_constraints=st.lists(date_constraints(), max_size=1).map(tuple),
    )


def terms(*, vocabulary: Vocabulary | None = None) -> SearchStrategy[Term]:
    """A :class:`~vnla.model.records.Term` of ``vocabulary`` (any if ``None``); shrinks towards a role."""
    _check_type("vocabulary", vocabulary, Vocabulary)
    return st.builds(
        Term,
        id=ids(),
        vocabulary=st.just(vocabulary) if vocabulary else st.sampled_from(Vocabulary),
        names=_name_lists(),
        unit=_optional(st.sampled_from(("USD", "VND", "LAK", "%"))),
        note=_optional(texts()),
    )


def countries() -> SearchStrategy[Country]:
    """A :class:`~vnla.model.records.Country` keyed by two capital letters; shrinks towards ``AA``."""
    code = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)
    return st.builds(Country, id=code, names=_name_lists(), evidence=_evidence_tuples())


def organizations() -> SearchStrategy[Organization]:
    """An :class:`~vnla.model.records.Organization`; shrinks towards a party with no parent."""
    return st.builds(
        Organization,
        id=ids(),
        kind=st.sampled_from(OrgKind),
        names=_name_lists(),
        country=_optional(st.sampled_from(("VN", "LA"))),
        parent=_optional(ids()),
        founding=_optional(ids()),
        evidence=_evidence_tuples(),
    )


def office_terms() -> SearchStrategy[OfficeTerm]:
    """An :class:`~vnla.model.records.OfficeTerm`: a start before its end, either may be unknown."""
    return st.builds(
        OfficeTerm,
        label=_optional(texts()),
        start=_optional(st.dates(date(1945, 1, 1), date(2040, 12, 31)).map(When.on)),
        evidence=_evidence_tuples(1),
    )


def sightings() -> SearchStrategy[Sighting]:
    """A :class:`~vnla.model.records.Sighting`: a day a source shows an office held."""
    return st.builds(
        Sighting, on=st.dates(date(1945, 1, 1), date(2040, 12, 31)).map(When.on), evidence=_evidence_tuples(1)
    )


def offices() -> SearchStrategy[Office]:
    """An :class:`~vnla.model.records.Office`; shrinks towards an undated one."""
    return st.builds(
        Office,
        role=ids(),
        organization=ids(),
        title=texts(),
        term=_optional(texts()),
        held=_optional(whens()),
        terms=st.lists(office_terms(), max_size=2).map(tuple),
        seen=st.lists(sightings(), max_size=2).map(tuple),
        evidence=_evidence_tuples(1),
    )


def people() -> SearchStrategy[Person]:
    """
    A :class:`~vnla.model.records.Person` with names in English, Vietnamese or Lao, and offices.

    Shrinks towards a person with only an English name.
    """
    return st.builds(
        Person,
        id=ids(),
        names=_name_lists(),
        country=_optional(st.sampled_from(("VN", "LA"))),
        given_name=_optional(_name_text("vi")),
        family_name=_optional(_name_text("vi")),
        name_order=_optional(st.sampled_from(NameOrder)),
        offices=st.lists(offices(), max_size=2).map(tuple),
        spouse=_optional(ids()),
        born=_optional(whens()),
        note=_optional(texts()),
        evidence=_evidence_tuples(),
    )


def places() -> SearchStrategy[Place]:
    """A :class:`~vnla.model.records.Place`; shrinks towards a capital within nothing."""
    return st.builds(
        Place,
        id=ids(),
        kind=st.sampled_from(PlaceKind),
        names=_name_lists(),
        country=_optional(st.sampled_from(("VN", "LA"))),
        within=_optional(ids()),
        evidence=_evidence_tuples(),
    )


def framework_elements() -> SearchStrategy[FrameworkElement]:
    """A :class:`~vnla.model.records.FrameworkElement`; shrinks towards one with one English name."""
    return st.builds(FrameworkElement, id=ids(), names=_name_lists(), evidence=_evidence_tuples())


def framework_stages() -> SearchStrategy[FrameworkStage]:
    """A :class:`~vnla.model.records.FrameworkStage` of one to four elements; shrinks towards one element."""
    return st.builds(
        FrameworkStage,
        id=ids(),
        since=whens(),
        elements=_id_tuples(min_size=1, max_size=4),
        event=_optional(ids()),
        document=_optional(ids()),
        note=_optional(texts()),
        evidence=_evidence_tuples(),
    )


def mechanisms() -> SearchStrategy[Mechanism]:
    """A :class:`~vnla.model.records.Mechanism`; shrinks towards an existing one."""
    return st.builds(
        Mechanism,
        id=ids(),
        kind=st.sampled_from(MechanismKind),
        names=_name_lists(),
        status=st.sampled_from(("existing", "agreed")),
        frequency=_optional(texts()),
        agreed_at=_optional(ids()),
        parties=_id_tuples(),
        evidence=_evidence_tuples(),
    )


def participants() -> SearchStrategy[Participant]:
    """
    A :class:`~vnla.model.records.Participant`: a person, a body or a description, with a title used.

    Shrinks towards a host person with no title.
    """
    common: dict[str, Any] = {
        "role": st.sampled_from(ParticipantRole),
        "side": st.sampled_from(Side),
        "country": _optional(st.sampled_from(("VN", "LA"))),
        "title_used": _optional(texts()),
        "evidence": _evidence_tuples(1),
    }
    return st.one_of(
        st.builds(Participant, person=ids(), organization=_optional(ids()), **common),
        st.builds(Participant, organization=ids(), **common),
        st.builds(Participant, description=texts(), **common),
    )


def agreements() -> SearchStrategy[Agreement]:
    """An :class:`~vnla.model.records.Agreement`: what was agreed, about which records; shrinks to none."""
    return st.builds(Agreement, summary=texts(), about=_id_tuples(), evidence=_evidence_tuples(1))


def invitations() -> SearchStrategy[Invitation]:
    """
    An :class:`~vnla.model.records.Invitation`: who invited whom, to what level of visit, and the
    visit that answered it; shrinks towards an unanswered invitation of no stated level.
    """
    return st.builds(
        Invitation,
        by=ids(),
        to=ids(),
        country=_optional(st.sampled_from(("VN", "LA"))),
        visit=_optional(st.sampled_from([k for k in EventKind if k.is_visit])),
        accepted=st.booleans(),
        answered_by=_optional(ids()),
        evidence=_evidence_tuples(1),
    )


def first_visits() -> SearchStrategy[FirstVisit]:
    """A :class:`~vnla.model.records.FirstVisit`: a person, the offices of the capacity, its words."""
    return st.builds(
        FirstVisit,
        person=ids(),
        roles=st.lists(ids(), min_size=1, max_size=2, unique=True).map(tuple),
        capacity=texts(),
        evidence=_evidence_tuples(1),
    )


def events(*, min_value: date = _MIN_DAY, max_value: date = _MAX_DAY) -> SearchStrategy[Event]:
    """
    An :class:`~vnla.model.records.Event` dated within ``[min_value, max_value]``, with participants.

    Shrinks towards a state visit on one day with no participants.
    """
    return st.builds(
        Event,
        id=ids(),
        kind=st.sampled_from(EventKind),
        title=texts(),
        when=whens(min_value=min_value, max_value=max_value),
        place=_optional(ids()),
        host_country=_optional(st.sampled_from(("VN", "LA"))),
        participants=st.lists(participants(), max_size=2).map(tuple),
        parent=_optional(ids()),
        mechanism=_optional(ids()),
        organization=_optional(ids()),
        ordinal=_optional(st.integers(1, 200)),
        names=st.lists(names(max_evidence=0), max_size=1).map(tuple),
        documents=_id_tuples(),
        summary=_optional(texts()),
        evidence=_evidence_tuples(),
        date_evidence=_evidence_tuples(1),
        date_constraints=st.lists(date_constraints(), max_size=1).map(tuple),
        invitations=st.lists(invitations(), max_size=1).map(tuple),
        first_visits=st.lists(first_visits(), max_size=1).map(tuple),
        agreed=st.lists(agreements(), max_size=1).map(tuple),
    )


def mentions() -> SearchStrategy[Mentions]:
    """A :class:`~vnla.model.records.Mentions` of ids; shrinks towards mentioning nothing."""
    return st.builds(
        Mentions,
        people=_id_tuples(),
        organizations=_id_tuples(),
        places=_id_tuples(),
        events=_id_tuples(),
        projects=_id_tuples(),
        documents=_id_tuples(),
        targets=_id_tuples(),
        mechanisms=_id_tuples(),
    )


def clauses(*, number: int | None = None) -> SearchStrategy[Clause]:
    """A :class:`~vnla.model.records.Clause` (numbered ``number``, or 1 to 20); shrinks towards clause 1."""
    if number is not None and number < 1:
        msg = f"clauses are numbered from 1, got {number!r}"
        raise InvalidArgument(msg)
    return st.builds(
        Clause,
        number=st.just(number) if number is not None else st.integers(1, 20),
        text=texts(max_size=60),
        topics=_id_tuples(),
        mentions=mentions(),
    )


def documents(*, max_clauses: int = 3) -> SearchStrategy[Document]:
    """
    A :class:`~vnla.model.records.Document` with up to ``max_clauses`` clauses numbered 1, 2, 3…

    Shrinks towards a joint statement with no clauses.
    """
    if max_clauses < 0:
        msg = f"max_clauses must be at least 0, got {max_clauses}"
        raise InvalidArgument(msg)
    numbered = st.integers(0, max_clauses).flatmap(
        lambda n: st.tuples(*(clauses(number=i + 1) for i in range(n)))
    )
    return st.builds(
        Document,
        id=ids(),
        kind=st.sampled_from(DocumentKind),
        names=_name_lists(),
        parties=_id_tuples(),
        signed=_optional(whens()),
        place=_optional(ids()),
        period=_optional(whens()),
        event=_optional(ids()),
        source=_optional(ids()),
        clauses=numbered,
        note=_optional(texts()),
        evidence=_evidence_tuples(),
    )


def horizons() -> SearchStrategy[Horizon]:
    """A :class:`~vnla.model.records.Horizon`; dated kinds get a date.  Shrinks towards near-term."""
    return st.sampled_from(HorizonKind).flatmap(
        lambda kind: st.builds(
            Horizon,
            kind=st.just(kind),
            when=whens() if kind in (HorizonKind.BY_DATE, HorizonKind.PERIOD) else _optional(whens()),
        )
    )


def targets() -> SearchStrategy[Target]:
    """
    A :class:`~vnla.model.records.Target`: an exact non-negative amount with a unit, or no amount.

    Shrinks towards a target with no amount.
    """
    amount = st.decimals(min_value=0, max_value=10**13, allow_nan=False, allow_infinity=False, places=2)
    common: dict[str, Any] = {
        "id": ids(),
        "metric": ids(),
        "description": texts(),
        "horizon": horizons(),
        "set_by": _id_tuples(),
        "events": _id_tuples(),
        "documents": _id_tuples(),
        "projects": _id_tuples(),
        "country": _optional(st.sampled_from(("VN", "LA"))),
        "anniversary": _optional(ids()),
        "evidence": _evidence_tuples(),
    }
    return st.one_of(
        st.builds(Target, value=st.none(), unit=_optional(st.sampled_from(("USD", "%"))), **common),
        st.builds(Target, value=amount, unit=st.sampled_from(("USD", "VND", "LAK")), **common),
    )


def changes(*, before: date | None = None) -> SearchStrategy[Change]:
    """
    A :class:`~vnla.model.figures.Change`: a percentage up or down, or a ratio, against a bounded period.

    ``before`` makes the base period start before that day.  The value has one
    decimal, written as the source would or not at all.  Shrinks towards an
    increase of 0.0% on 1 January 2000, written as such, with no qualifier.
    """
    if before is not None and before <= _MIN_DAY:
        msg = f"before must be after {_MIN_DAY}, got {before}"
        raise InvalidArgument(msg)
    latest = _MAX_DAY if before is None else before - timedelta(days=1)
    bases = whens(
        precisions=(Precision.DAY, Precision.RANGE, Precision.MONTH, Precision.YEAR), max_value=latest
    ).filter(lambda w: w.earliest is not None and (before is None or w.earliest < before))

    def build(kind: ChangeKind) -> SearchStrategy[Change]:
        top = 100 if kind is ChangeKind.DECREASE else 1000
        value = st.decimals(min_value=0, max_value=top, places=1, allow_nan=False, allow_infinity=False)
        return value.flatmap(
            lambda v: st.builds(
                Change,
                kind=st.just(kind),
                value=st.just(v),
                base=bases,
                written=st.sampled_from((format(v, "f"), format(v, "f").replace(".", ","), None)),
                qualifier=_optional(st.sampled_from(Qualifier)),
            )
        )

    return st.sampled_from(ChangeKind).flatmap(build)


_CURRENCIES: Final = ("USD", "VND", "LAK")


@st.composite
def _figure(draw: DrawFn, metrics: tuple[Metric, ...]) -> Figure:
    metric = draw(st.sampled_from(metrics))
    period = draw(
        whens(
            precisions=(Precision.DAY, Precision.RANGE, Precision.MONTH, Precision.YEAR),
            min_value=date(1900, 1, 1),
        )
    )
    places = draw(st.integers(0, 3))
    whole = draw(st.integers(0, 99_999))
    fraction = draw(st.integers(0, 10**places - 1)) if places else 0
    written = f"{whole}.{fraction:0{places}d}" if places else str(whole)
    number = Decimal(written)
    k = draw(st.sampled_from((0, 3, 6, 9))) if metric.is_money else 0
    upper = None
    if draw(st.booleans()):
        top = number + Decimal(draw(st.integers(1, 50))).scaleb(-places)
        top_text = format(top, "f")
        written = f"{written}{draw(st.sampled_from(('–', '-')))}{top_text}"
        upper = top.scaleb(k)
    mark = draw(st.sampled_from((".", ",")))
    before = period.earliest
    source = draw(ids())
    figure_id = draw(ids())
    return Figure(
        id=figure_id,
        metric=metric,
        period=period,
        value=number.scaleb(k),
        upper=upper,
        unit=draw(st.sampled_from(_CURRENCIES)) if metric.is_money else "projects",
        written=written.replace(".", mark),
        qualifier=draw(_optional(st.sampled_from(Qualifier))),
        status=draw(st.sampled_from(FigureStatus)),
        cumulative=draw(st.booleans()),
        changes=draw(st.lists(changes(before=before), max_size=2).map(tuple))
        if before is not None and before > _MIN_DAY
        else (),
        announced=draw(_optional(whens())),
        conflicts=draw(_id_tuples(max_size=2).filter(lambda c: figure_id not in c)),
        note=draw(_optional(texts())),
        evidence=draw(st.lists(evidence(sources=(source,)), max_size=2).map(tuple)),
    )


def figures(*, metrics: tuple[Metric, ...] | None = None) -> SearchStrategy[Figure]:
    """
    A :class:`~vnla.model.figures.Figure`: a value written with 0 to 3 decimals (a point or a comma),
    in units, thousands, millions or billions, perhaps a range, qualified, with changes and one source.

    ``metrics`` limits the metrics drawn.  Shrinks towards an actual figure of
    0 for bilateral trade turnover on 1 January 2000, with no changes.

    >>> from hypothesis import find
    >>> f = find(figures(), lambda f: f.upper is not None)
    >>> (f.written, f.value, f.upper)
    ('0–1', Decimal('0'), Decimal('1'))
    """
    chosen = tuple(Metric) if metrics is None else metrics
    if not chosen or not all(isinstance(m, Metric) for m in chosen):
        msg = f"metrics must be Metric members, got {metrics!r}"
        raise InvalidArgument(msg)
    return _figure(chosen)


def projects() -> SearchStrategy[Project]:
    """A :class:`~vnla.model.records.Project`; shrinks towards an expressway with no parent."""
    return st.builds(
        Project,
        id=ids(),
        kind=st.sampled_from(ProjectKind),
        names=_name_lists(),
        parent=_optional(ids()),
        places=_id_tuples(),
        countries=_id_tuples(),
        status=_optional(texts()),
        evidence=_evidence_tuples(),
    )


def foundings() -> SearchStrategy[Founding]:
    """A :class:`~vnla.model.records.Founding`; shrinks towards one on a single day."""
    return st.builds(
        Founding,
        id=ids(),
        names=_name_lists(),
        when=whens(),
        country=_optional(st.sampled_from(("VN", "LA"))),
        evidence=_evidence_tuples(),
    )


def anniversaries() -> SearchStrategy[Anniversary]:
    """An :class:`~vnla.model.records.Anniversary`; shrinks towards the 1st, in year 1."""
    return st.builds(
        Anniversary,
        id=ids(),
        founding=ids(),
        ordinal=st.integers(1, 200),
        year=st.integers(1, 3000),
        wording=st.sampled_from(("anniversary", "years")),
        event=_optional(ids()),
        evidence=_evidence_tuples(),
    )


def errata() -> SearchStrategy[Erratum]:
    """An :class:`~vnla.model.records.Erratum`; shrinks towards a typo about nothing."""
    return st.builds(
        Erratum,
        id=ids(),
        kind=st.sampled_from(ErratumKind),
        source=ids(),
        quote=texts(),
        says=texts(),
        correction=texts(),
        about=_optional(ids()),
        note=_optional(texts()),
        evidence=_evidence_tuples(),
    )


# --------------------------------------------------------------------------- consistent datasets
def _en_day(day: date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _day_text(day: date, style: int) -> str:
    """A day as a news text writes it, in one of four styles the parsers read."""
    if style == 1:
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    if style == 2:
        return f"ngày {day.day}/{day.month}/{day.year}"
    if style == 3:
        return f"{_WEEKDAYS[day.weekday()]}, {_en_day(day)}"
    return _en_day(day)


def _range_text(first: date, last: date, style: int) -> str:
    if first == last:
        return _day_text(first, style)
    if style == 2:
        if (first.year, first.month) == (last.year, last.month):
            return f"từ ngày {first.day} đến {last.day}/{last.month}/{last.year}"
        return f"từ ngày {first.day}/{first.month} đến ngày {last.day}/{last.month}/{last.year}"
    if (first.year, first.month) == (last.year, last.month):
        return f"from {_MONTHS[first.month - 1]} {first.day} to {last.day}, {last.year}"
    return f"from {_MONTHS[first.month - 1]} {first.day} to {_MONTHS[last.month - 1]} {last.day}, {last.year}"


def _nth(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class _World:
    """
    A consistent dataset under construction: records, and the statement whose text holds the quotes.

    Every fact is stated by a quote that vnla's parsers read back: dates in
    one of several styles, amounts with their horizon, ordinals with their
    noun.  The statement is a bundled text (a joint statement's clauses), so
    the quote rule checks every quote it is cited for.
    """

    def __init__(self, p: dict[str, Any]) -> None:
        self.p = p
        pre = p["prefix"]
        self.pre = pre
        self.records: dict[str, list[Any]] = {}
        self.statement_quotes: list[str] = []
        self.statement = f"{pre}-statement"
        self.report = f"{pre}-report"
        self.archive = f"{pre}-archive"
        start: date = p["start"]
        self.start = start
        self.end = start + timedelta(days=p["length"])
        self.published = self.end + timedelta(days=2)

    # recording --------------------------------------------------------------------------
    def add(self, key: str, record: Any) -> Any:
        self.records.setdefault(key, []).append(record)
        return record

    def said(self, quote: str, source: str | None = None) -> Evidence:
        """Evidence of ``source`` (the statement by default); the statement's quotes become its text."""
        source = source or self.statement
        if source == self.statement and quote not in self.statement_quotes:
            self.statement_quotes.append(quote)
        return Evidence(source=source, quote=quote)

    def replace(self, key: str, record_id: str, **changes: Any) -> None:
        self.records[key] = [
            attrs.evolve(r, **changes) if r.id == record_id else r for r in self.records[key]
        ]

    def get(self, key: str, record_id: str) -> Any:
        return next(r for r in self.records[key] if r.id == record_id)

    def dataset(self) -> Dataset:
        clauses = tuple(Clause(number=i + 1, text=q) for i, q in enumerate(self.statement_quotes))
        document = Document(
            id=f"{self.pre}-statement-doc",
            kind=DocumentKind.JOINT_STATEMENT,
            names=(Name(text="Joint Statement", lang="en"), Name(text="Tuyên bố chung", lang="vi")),
            signed=When.on(self.published),
            event=f"{self.pre}-visit",
            source=self.statement,
            clauses=clauses,
            evidence=(Evidence(source=self.statement, quote=self.signature),),
        )
        collections: dict[str, Any] = {k: tuple(v) for k, v in self.records.items()}
        collections["documents"] = (*collections.get("documents", ()), document)
        return Dataset(**collections)

    # the world --------------------------------------------------------------------------
    def build(self) -> _World:  # noqa: PLR0915 - one fact after another
        p, pre = self.p, self.pre
        place_en, _place_vi, place_lo = _PLACES[p["place"]]
        self.place_en = place_en
        self.signature = f"{place_en}, {_en_day(self.published)}"
        self.said(self.signature)
        archive_day: date = p["archive_day"]
        report_day: date = p["report_day"]
        if p["relative"] and p["subevents"]:
            # The report, published a few days after the first talks, says only "on <weekday>".
            report_day = self.start + timedelta(days=p["subevents"][0] + p["report_lag"])
        self.add(
            "sources",
            Source(
                id=self.statement,
                title="Joint Statement",
                kind=SourceKind.JOINT_STATEMENT,
                published=When.on(self.published),
                text_bundled=True,
                evidence=(Evidence(source=self.statement, quote=self.signature),),
            ),
        )
        self.add(
            "sources",
            Source(
                id=self.report,
                title="A news report",
                kind=SourceKind.NEWS_REPORT,
                published=When.on(report_day),
                evidence=(Evidence(source=self.report, quote=f"date {report_day.isoformat()}"),),
            ),
        )
        self.add(
            "sources",
            Source(
                id=self.archive,
                title="An older report",
                kind=SourceKind.NEWS_REPORT,
                published=When.on(archive_day),
                evidence=(Evidence(source=self.archive, quote=f"date {archive_day.isoformat()}"),),
            ),
        )
        roles = {
            "gs": ("General Secretary", "Tổng Bí thư"),
            "pm": ("Prime Minister", "Thủ tướng"),
        }
        for key, (en, vi) in roles.items():
            self.add(
                "terms",
                Term(
                    id=f"{pre}-role-{key}",
                    vocabulary=Vocabulary.ROLE,
                    names=(Name(text=en, lang="en"), Name(text=vi, lang="vi")),
                ),
            )
        self.add(
            "terms",
            Term(
                id=f"{pre}-trade",
                vocabulary=Vocabulary.METRIC,
                unit="USD",
                names=(Name(text="Bilateral trade turnover", lang="en"),),
            ),
        )
        self.add(
            "organizations",
            Organization(
                id=f"{pre}-party",
                kind=OrgKind.PARTY,
                names=(Name(text="The Party", lang="en"), Name(text="Đảng", lang="vi")),
            ),
        )
        self.add(
            "places",
            Place(
                id=f"{pre}-capital",
                kind=PlaceKind.CAPITAL,
                names=(
                    Name(text=place_en, lang="en"),
                    Name(text=p["place_vi"], lang="vi"),
                    Name(text=place_lo, lang="lo"),
                ),
            ),
        )
        # people, each holding one office since before anything they attend
        self.people: list[tuple[str, str, str]] = []  # (id, English name, role key)
        for i, (index, role) in enumerate(zip(p["people"], p["roles"], strict=True)):
            en, native, lang, family, given = _PEOPLE[index]
            person_id = f"{pre}-person-{i}"
            title, _vi = roles[role]
            self.add(
                "people",
                Person(
                    id=person_id,
                    names=(
                        Name(text=en, lang="en"),
                        Name(text=p["native"][i] if lang == "vi" else native, lang=lang),
                    ),
                    family_name=family,
                    given_name=given,
                    name_order=NameOrder.FAMILY_FIRST if lang == "vi" else NameOrder.GIVEN_FIRST,
                    offices=(
                        Office(
                            role=f"{pre}-role-{role}",
                            organization=f"{pre}-party",
                            title=title,
                            held=When.bounded(not_before=p["office_from"]),
                        ),
                    ),
                ),
            )
            self.people.append((person_id, en, role))
        # the visit and what happened during it
        visit_id = f"{pre}-visit"
        visitor_id, visitor_en, visitor_role = self.people[0]
        visit_quote = self.said(
            f"{roles[visitor_role][0]} {visitor_en} paid a state visit to {place_en} "
            f"{_range_text(self.start, self.end, p['styles'][0])}"
        )
        self.add(
            "events",
            Event(
                id=visit_id,
                kind=EventKind.STATE_VISIT,
                title=f"State visit to {place_en}",
                when=When.between(self.start, self.end),
                place=f"{pre}-capital",
                participants=(
                    Participant(
                        role=ParticipantRole.VISITOR,
                        side=Side.GUEST,
                        person=visitor_id,
                        title_used=roles[visitor_role][0],
                        evidence=(visit_quote,),
                    ),
                ),
                evidence=(visit_quote,),
                date_constraints=(
                    DateConstraint(
                        when=When.bounded(after=archive_day),
                        evidence=(self.said("ahead of the upcoming state visit", self.archive),),
                        note="the older report calls the visit upcoming",
                    ),
                ),
            ),
        )
        for i, offset in enumerate(p["subevents"]):
            day = self.start + timedelta(days=offset)
            person_id, person_en, role = self.people[i % len(self.people)]
            title = roles[role][0]
            quote = self.said(
                f"{title} {person_en} held talks ({i + 1}) in {place_en} on "
                f"{_day_text(day, p['styles'][(i + 1) % len(p['styles'])])}"
            )
            date_evidence: tuple[Evidence, ...] = ()
            if i == 0 and p["relative"]:
                date_evidence = (
                    quote,
                    Evidence(source=self.report, quote=f"the talks on {_WEEKDAYS[day.weekday()]}"),
                )
            self.add(
                "events",
                Event(
                    id=f"{pre}-talks-{i}",
                    kind=EventKind.TALKS,
                    title=f"Talks {i + 1}",
                    when=When.on(day),
                    parent=visit_id,
                    participants=(
                        Participant(
                            role=ParticipantRole.HOST,
                            side=Side.HOST,
                            person=person_id,
                            title_used=title,
                            evidence=(quote,),
                        ),
                    ),
                    evidence=(quote,),
                    date_evidence=date_evidence,
                ),
            )
        if p["partial"]:
            visit_text = _range_text(self.start, self.end, 0)
            self.add(
                "events",
                Event(
                    id=f"{pre}-wreath",
                    kind=EventKind.WREATH_LAYING,
                    title="Wreath laying",
                    when=When.bounded(not_before=self.start, not_after=self.end)
                    if self.start != self.end
                    else When.on(self.start),
                    parent=visit_id,
                    evidence=(self.said("laid wreaths at the memorial"),),
                    date_evidence=(
                        Evidence(
                            source=self.statement,
                            quote=visit_quote.quote,
                            note=f"during the visit ({visit_text}); the day is not given",
                        ),
                    ),
                ),
            )
        # congresses of the party, in order, before the visit
        for i in range(p["congresses"]):
            ordinal = p["first_ordinal"] + i
            first = self.start - timedelta(days=400 * (p["congresses"] - i))
            last = first + timedelta(days=3)
            self.add(
                "events",
                Event(
                    id=f"{pre}-congress-{ordinal}",
                    kind=EventKind.CONGRESS,
                    title=f"{_nth(ordinal)} National Congress",
                    when=When.between(first, last),
                    organization=f"{pre}-party",
                    ordinal=ordinal,
                    evidence=(
                        self.said(
                            f"the {_nth(ordinal)} National Congress of the Party, "
                            f"{_range_text(first, last, 0)}"
                        ),
                    ),
                ),
            )
        # a founding and its anniversary, marked by the visit
        founded: date = p["founded"]
        self.add(
            "foundings",
            Founding(
                id=f"{pre}-founding",
                names=(Name(text="Founding of the Party", lang="en"),),
                when=When.on(founded),
                evidence=(self.said(f"founded on {_en_day(founded)}", self.archive),),
            ),
        )
        ordinal = self.start.year - founded.year
        self.add(
            "anniversaries",
            Anniversary(
                id=f"{pre}-anniversary",
                founding=f"{pre}-founding",
                ordinal=ordinal,
                year=self.start.year,
                event=visit_id,
                evidence=(self.said(f"the {_nth(ordinal)} anniversary of the founding of the Party"),),
            ),
        )
        # trade targets, one per horizon
        for kind, value in zip(p["targets"], p["values"], strict=True):
            amount = f"{value} billion USD"
            if kind == "near":
                horizon, words = Horizon(kind=HorizonKind.NEAR_TERM), f"a near-term target of {amount}"
            elif kind == "longer":
                horizon, words = Horizon(kind=HorizonKind.LONGER_TERM), f"a longer-term target of {amount}"
            else:
                year = self.start.year + 5
                horizon = Horizon(kind=HorizonKind.BY_DATE, when=When.in_year(year))
                words = f"{amount} by {year}"
            self.add(
                "targets",
                Target(
                    id=f"{pre}-target-{kind}",
                    metric=f"{pre}-trade",
                    description=f"Trade target ({kind})",
                    horizon=horizon,
                    value=Decimal(value) * 10**9,
                    unit="USD",
                    evidence=(self.said(words),),
                ),
            )
        # the framework: three elements since long ago, four since the visit
        elements = (
            ("great-friendship", "great friendship", "hữu nghị vĩ đại"),
            ("special-solidarity", "special solidarity", "đoàn kết đặc biệt"),
            ("comprehensive-cooperation", "comprehensive cooperation", "hợp tác toàn diện"),
            ("strategic-cohesion", "strategic cohesion", "gắn kết chiến lược"),
        )
        for slug, en, vi in elements:
            extra = (
                (Name(text="strategic alignment", lang="en", kind=NameKind.VARIANT),)
                if slug[0] == "s"
                else ()
            )
            self.add(
                "framework_elements",
                FrameworkElement(
                    id=f"{pre}-{slug}",
                    names=(
                        Name(text=en, lang="en"),
                        Name(text=vi, lang="vi"),
                        *extra[: slug == "strategic-cohesion"],
                    ),
                ),
            )
        ids3 = tuple(f"{pre}-{e[0]}" for e in elements[:3])
        self.add(
            "framework_stages",
            FrameworkStage(
                id=f"{pre}-framework-1",
                since=When.on(archive_day - timedelta(days=30)),
                elements=ids3,
                evidence=(
                    self.said(
                        "the great friendship, special solidarity and comprehensive cooperation", self.archive
                    ),
                ),
            ),
        )
        self.add(
            "framework_stages",
            FrameworkStage(
                id=f"{pre}-framework-2",
                since=When.on(self.start),
                elements=(*ids3, f"{pre}-strategic-cohesion"),
                evidence=(
                    self.said(
                        "great friendship, special solidarity, comprehensive cooperation "
                        "and strategic cohesion"
                    ),
                ),
            ),
        )
        if p["trade"] is not None:
            self._trade_series(*p["trade"])
        return self

    def _trade_series(self, total: int, share: int, earlier: int) -> None:
        """A year's turnover (in millions of USD), its two parts, its first quarter and its change."""
        pre, year = self.pre, self.start.year
        exports = total * share // 100
        percent = change_percent(Decimal(earlier), Decimal(total)).quantize(Decimal("0.1"))
        kind = ChangeKind.INCREASE if percent >= 0 else ChangeKind.DECREASE
        first_quarter = When.between(date(year, 1, 1), date(year, 3, 31))
        series = (
            ("trade", Metric.TRADE_TURNOVER, When.in_year(year), total, f"up {abs(percent)}%"),
            ("trade-before", Metric.TRADE_TURNOVER, When.in_year(year - 1), earlier, ""),
            ("exports-vn", Metric.EXPORTS_VN_TO_LA, When.in_year(year), exports, "exports to Laos"),
            ("exports-la", Metric.EXPORTS_LA_TO_VN, When.in_year(year), total - exports, "imports from Laos"),
            ("trade-q1", Metric.TRADE_TURNOVER, first_quarter, total // 4, "in the first quarter"),
        )
        for slug, metric, period, value, words in series:
            stated = (Change(kind=kind, value=abs(percent), base=When.in_year(year - 1)),)
            quote = f"{value} million USD for {slug.replace('-', ' ')} in {period}"
            self.add(
                "figures",
                Figure(
                    id=f"{pre}-figure-{slug}",
                    metric=metric,
                    period=period,
                    value=Decimal(value).scaleb(6),
                    unit="USD",
                    written=str(value),
                    changes=stated if slug == "trade" else (),
                    evidence=(self.said(f"{quote}, {words}" if words else quote),),
                ),
            )


@st.composite
def _world_parameters(
    draw: DrawFn,
    *,
    prefix: str,
    min_events: int,
    max_events: int,
    max_people: int,
    max_targets: int,
    figures: bool = False,
) -> dict[str, Any]:
    year = draw(st.integers(2000, 2080))
    start = date(year, draw(st.integers(1, 12)), draw(st.integers(1, 28)))
    length = draw(st.integers(0, 3))
    n_sub = draw(st.integers(max(0, min_events - 1), max(0, max_events - 1)))
    n_people = draw(st.integers(1, max_people))
    people = draw(
        st.lists(st.integers(0, len(_PEOPLE) - 1), min_size=n_people, max_size=n_people, unique=True)
    )
    native = [draw(_either_form(_PEOPLE[i][1])) for i in people]
    founded = date(year - draw(st.integers(1, 100)), draw(st.integers(1, 12)), draw(st.integers(1, 28)))
    archive_day = start - timedelta(days=draw(st.integers(1, 300)))
    kinds = draw(st.lists(st.sampled_from(("near", "longer", "by")), unique=True, max_size=max_targets))
    place = draw(st.integers(0, len(_PLACES) - 1))
    return {
        "prefix": prefix,
        "start": start,
        "length": length,
        "subevents": [draw(st.integers(0, length)) for _ in range(n_sub)],
        "styles": draw(st.lists(st.integers(0, 3), min_size=1, max_size=4)),
        "people": people,
        "native": native,
        "roles": draw(st.lists(st.sampled_from(("gs", "pm")), min_size=n_people, max_size=n_people)),
        "office_from": min(start, archive_day) - timedelta(days=draw(st.integers(0, 2000))),
        "relative": draw(st.booleans()),
        "report_lag": draw(st.integers(0, 6)),
        "report_day": start + timedelta(days=length + draw(st.integers(0, 30))),
        "partial": draw(st.booleans()),
        "congresses": draw(st.integers(0, 2)),
        "first_ordinal": draw(st.integers(1, 30)),
        "founded": founded,
        "archive_day": archive_day,
        "targets": kinds,
        "values": [draw(st.integers(1, 50)) for _ in kinds],
        "place": place,
        "place_vi": draw(_either_form(_PLACES[place][1])),
        "trade": draw(st.tuples(st.integers(100, 5000), st.integers(1, 99), st.integers(100, 5000)))
        if figures
        else None,
    }


def _check_dataset_options(
    prefix: str, min_events: int, max_events: int, max_people: int, max_targets: int
) -> None:
    if not isinstance(prefix, str) or not ID_PATTERN.match(prefix):
        msg = f"prefix must be an id like 'gen', got {prefix!r}"
        raise InvalidArgument(msg)
    if min_events < 1 or max_events < min_events:
        msg = f"need 1 <= min_events <= max_events, got {min_events} and {max_events}"
        raise InvalidArgument(msg)
    if not 1 <= max_people <= len(_PEOPLE):
        msg = f"max_people must be between 1 and {len(_PEOPLE)}, got {max_people}"
        raise InvalidArgument(msg)
    if not 0 <= max_targets <= 3:
        msg = f"max_targets must be between 0 and 3 (one per horizon), got {max_targets}"
        raise InvalidArgument(msg)


def datasets(
    *,
    prefix: str = "gen",
    min_events: int = 1,
    max_events: int = 6,
    max_people: int = 3,
    max_targets: int = 3,
    figures: bool = False,
) -> SearchStrategy[Dataset]:
    """
    Consistent datasets: every reference resolves and :func:`vnla.rules.checks.check` finds nothing.

    Each dataset has a state visit (with ``min_events`` to ``max_events``
    events in all, counting the visit and its talks, plus congresses), up to
    ``max_people`` people holding offices, up to ``max_targets`` trade
    targets, a founding and its anniversary, and a framework of three then
    four elements; three sources state every fact, and the joint statement's
    clauses are the text its quotes are checked against.  With ``figures=True``
    it also has a year's trade turnover, its two parts, its first quarter and
    the year before, with the change between them; they are off by default
    because two datasets' figures for one year disagree when merged.  Every id starts
    with ``prefix``, so datasets drawn with different prefixes merge.

    Shrinks towards a one-day visit on 1 January 2000 by one person, with no
    targets and no congresses.

    >>> from hypothesis import find
    >>> from vnla.rules.checks import check
    >>> ds = find(datasets(), lambda ds: len(ds.targets) == 2)
    >>> str(ds.get("gen-visit").when), check(ds).findings
    ('2000-01-01', ())
    >>> ds.get("gen-capital").name.preferred("lo")
    'ວຽງຈັນ'
    """
    _check_dataset_options(prefix, min_events, max_events, max_people, max_targets)
    parameters = _world_parameters(
        prefix=prefix,
        min_events=min_events,
        max_events=max_events,
        max_people=max_people,
        max_targets=max_targets,
        figures=figures,
    )
    return parameters.map(lambda p: _World(p).build().dataset())


# --------------------------------------------------------------------------- planted inconsistencies
def _plant_quote(w: _World) -> None:
    place = w.get("places", f"{w.pre}-capital")
    w.replace(
        "places",
        place.id,
        evidence=(Evidence(source=w.statement, quote="words the statement never says"),),
    )


def _plant_figure(w: _World) -> None:
    w.add(
        "targets",
        Target(
            id=f"{w.pre}-target-planted",
            metric=f"{w.pre}-trade",
            description="A target no quote states",
            horizon=Horizon(kind=HorizonKind.UNSPECIFIED),
            value=Decimal(7) * 10**9,
            unit="USD",
            evidence=(w.said("the two sides agreed to expand bilateral trade"),),
        ),
    )


def _plant_date(w: _World) -> None:
    w.add(
        "events",
        Event(
            id=f"{w.pre}-planted",
            kind=EventKind.MEETING,
            title="An undated meeting",
            when=When.on(w.start),
            evidence=(w.said("the two sides held a working session"),),
        ),
    )


def _plant_figures_consistent(w: _World) -> None:
    year = w.start.year + 7
    w.add(
        "targets",
        Target(
            id=f"{w.pre}-target-planted",
            metric=f"{w.pre}-trade",
            description="A target two sources disagree on",
            horizon=Horizon(kind=HorizonKind.BY_DATE, when=When.in_year(year)),
            value=Decimal(10) * 10**9,
            unit="USD",
            evidence=(w.said(f"10 billion USD by {year}"), w.said(f"8 billion USD by {year}", w.report)),
        ),
    )


def _dated_event(w: _World, event_id: str, day: date, **extra: Any) -> Event:
    return Event(
        id=event_id,
        kind=EventKind.MEETING,
        title="A meeting",
        when=When.on(day),
        evidence=(w.said(f"a meeting ({event_id}) on {_en_day(day)}"),),
        **extra,
    )


def _plant_subevent(w: _World) -> None:
    w.add("events", _dated_event(w, f"{w.pre}-planted", w.end + timedelta(days=1), parent=f"{w.pre}-visit"))


def _plant_published(w: _World) -> None:
    w.add("events", _dated_event(w, f"{w.pre}-planted", w.published + timedelta(days=5)))


def _plant_weekday(w: _World) -> None:
    wrong = _WEEKDAYS[(w.start.weekday() + 1) % 7]
    w.add(
        "events",
        Event(
            id=f"{w.pre}-planted",
            kind=EventKind.MEETING,
            title="A meeting",
            when=When.on(w.start),
            evidence=(w.said(f"a meeting on {wrong}, {_en_day(w.start)}"),),
        ),
    )


def _plant_constraint(w: _World) -> None:
    constraint = DateConstraint(
        when=When.bounded(after=w.start + timedelta(days=3)),
        evidence=(w.said("a meeting to be held after the visit", w.archive),),
    )
    w.add("events", _dated_event(w, f"{w.pre}-planted", w.start, date_constraints=(constraint,)))


def _plant_partial(w: _World) -> None:
    recorded = w.start - timedelta(days=60)
    stated = w.start - timedelta(days=150)
    w.add(
        "events",
        Event(
            id=f"{w.pre}-planted",
            kind=EventKind.MEETING,
            title="A meeting known to the month",
            when=When.in_month(recorded.year, recorded.month),
            evidence=(w.said("a preparatory meeting took place"),),
            date_evidence=(w.said(f"a preparatory meeting in {_MONTHS[stated.month - 1]} {stated.year}"),),
        ),
    )


def _plant_anniversary(w: _World) -> None:
    founding = w.get("foundings", f"{w.pre}-founding")
    ordinal = w.start.year - founding.when.earliest.year + 1
    w.add(
        "anniversaries",
        Anniversary(
            id=f"{w.pre}-anniversary-planted",
            founding=founding.id,
            ordinal=ordinal,
            year=founding.when.earliest.year + ordinal + 1,
            evidence=(w.said(f"the {_nth(ordinal)} anniversary of the founding"),),
        ),
    )


def _front(w: _World) -> str:
    front = f"{w.pre}-front"
    w.add(
        "organizations",
        Organization(id=front, kind=OrgKind.FRONT, names=(Name(text="The Front", lang="en"),)),
    )
    return front


def _congress(w: _World, front: str, ordinal: int, day: date, stated: int) -> Event:
    return Event(
        id=f"{w.pre}-front-congress-{ordinal}",
        kind=EventKind.CONGRESS,
        title="A congress of the Front",
        when=When.on(day),
        organization=front,
        ordinal=ordinal,
        evidence=(w.said(f"the {_nth(stated)} National Congress of the Front, on {_en_day(day)}"),),
    )


def _plant_ordinal(w: _World) -> None:
    front = _front(w)
    w.add("events", _congress(w, front, 5, w.start - timedelta(days=100), stated=6))


def _plant_sequence(w: _World) -> None:
    front = _front(w)
    w.add("events", _congress(w, front, 3, w.start - timedelta(days=100), stated=3))
    w.add("events", _congress(w, front, 4, w.start - timedelta(days=900), stated=4))


def _plant_office(w: _World) -> None:
    visitor_id, _en, role = w.people[0]
    wrong = "Prime Minister" if role == "gs" else "General Secretary"
    visit = w.get("events", f"{w.pre}-visit")
    extra = Participant(role=ParticipantRole.ATTENDEE, side=Side.GUEST, person=visitor_id, title_used=wrong)
    w.replace("events", visit.id, participants=(*visit.participants, extra))


def _plant_wording(w: _World) -> None:
    stage = w.get("framework_stages", f"{w.pre}-framework-2")
    quote = w.said(
        "great friendship, special solidarity, comprehensive cooperation and strategic partnership"
    )
    w.replace("framework_stages", stage.id, evidence=(*stage.evidence, quote))


def _plant_count(w: _World) -> None:
    stage = w.get("framework_stages", f"{w.pre}-framework-2")
    quote = w.said(
        "the great friendship, special solidarity and comprehensive cooperation of the two peoples"
    )
    w.replace("framework_stages", stage.id, evidence=(*stage.evidence, quote))


def _planted_figure(
    w: _World, slug: str, metric: Metric, period: When, millions: int, **extra: Any
) -> Figure:
    """A figure of ``millions`` of USD, stated by the report (whose text is not bundled)."""
    figure: Figure = w.add(
        "figures",
        Figure(
            id=f"{w.pre}-planted-{slug}",
            metric=metric,
            period=period,
            value=Decimal(millions).scaleb(6),
            unit="USD",
            written=str(millions),
            evidence=(w.said(f"{millions} million USD", w.report),),
            **extra,
        ),
    )
    return figure


def _plant_sources_agree(w: _World) -> None:
    year = When.in_year(w.start.year + 5)
    w.add(
        "figures",
        Figure(
            id=f"{w.pre}-planted-a",
            metric=Metric.TRADE_TURNOVER,
            period=year,
            value=Decimal(230).scaleb(7),
            unit="USD",
            written="2.3",
            evidence=(w.said(f"trade reached 2.3 billion USD in {year}"),),
        ),
    )
    _planted_figure(w, "b", Metric.TRADE_TURNOVER, year, 2560)


def _plant_change_stated(w: _World) -> None:
    year = w.start.year + 5
    _planted_figure(w, "before", Metric.TRADE_TURNOVER, When.in_year(year - 1), 100)
    change = Change(kind=ChangeKind.INCREASE, value=Decimal(50), base=When.in_year(year - 1))
    _planted_figure(w, "after", Metric.TRADE_TURNOVER, When.in_year(year), 200, changes=(change,))


def _plant_parts_sum(w: _World) -> None:
    year = When.in_year(w.start.year + 5)
    _planted_figure(w, "whole", Metric.TRADE_TURNOVER, year, 100)
    _planted_figure(w, "vn", Metric.EXPORTS_VN_TO_LA, year, 30)
    _planted_figure(w, "la", Metric.EXPORTS_LA_TO_VN, year, 30)


def _plant_period_contains(w: _World) -> None:
    year = w.start.year + 5
    _planted_figure(w, "year", Metric.TRADE_TURNOVER, When.in_year(year), 100)
    quarter = When.between(date(year, 1, 1), date(year, 3, 31))
    _planted_figure(w, "quarter", Metric.TRADE_TURNOVER, quarter, 300)


def _plant_erratum(w: _World) -> None:
    quote = w.signature
    w.add(
        "errata",
        Erratum(
            id=f"{w.pre}-erratum",
            kind=ErratumKind.TYPO,
            source=w.statement,
            quote=quote,
            says=quote.split(",")[0],
            correction="the place of signing, as the other sources spell it",
        ),
    )


def _plant_invitation(w: _World) -> None:
    """An invitation answered by talks, not by a visit."""
    visitor_id, _en, _role = w.people[0]
    visit = w.get("events", f"{w.pre}-visit")
    answer = f"{w.pre}-planted"
    w.add(
        "events",
        Event(
            id=answer,
            kind=EventKind.MEETING,
            title="A meeting",
            when=When.on(w.start),
            evidence=(w.said(f"a meeting ({answer}) on {_en_day(w.start)}"),),
        ),
    )
    invitation = Invitation(
        by=visitor_id, to=visitor_id, answered_by=answer, evidence=(w.said("invited to pay a visit"),)
    )
    w.replace("events", visit.id, invitations=(invitation,))


def _plant_first_visit(w: _World) -> None:
    """A visit called the visitor's first in an office they did not hold."""
    visitor_id, _en, role = w.people[0]
    other = "pm" if role == "gs" else "gs"
    visit = w.get("events", f"{w.pre}-visit")
    first = FirstVisit(
        person=visitor_id,
        roles=(f"{w.pre}-role-{other}",),
        capacity="in another office",
        evidence=(w.said("the first country to visit in another office"),),
    )
    w.replace("events", visit.id, first_visits=(first,))


def _plant_person_dates(w: _World) -> None:
    """A birth that anniversaries count from, on another day than the person's record gives."""
    person_id, _en, _role = w.people[0]
    born = date(1950, 5, 19)
    w.replace("people", person_id, born=When.on(born))
    w.add(
        "foundings",
        Founding(
            id=f"{w.pre}-birth",
            names=(Name(text="Birth of the leader", lang="en"),),
            when=When.on(born + timedelta(days=1)),
            person=person_id,
            evidence=(w.said(f"born on {_en_day(born + timedelta(days=1))}", w.archive),),
        ),
    )


def _plant_plan_period(w: _World) -> None:
    """A five-year plan whose period covers six calendar years."""
    year = w.start.year
    w.add(
        "documents",
        Document(
            id=f"{w.pre}-plan",
            kind=DocumentKind.PLAN,
            names=(Name(text="five-year development plan", lang="en"),),
            period=When.between(date(year, 1, 1), date(year + 5, 12, 31)),
            evidence=(w.said("the five-year development plan"),),
        ),
    )


def _plant_agreed(w: _World) -> None:
    """An agreement at a talks about a target that names only the visit's other events."""
    agreement = Agreement(
        summary="a trade target", about=(f"{w.pre}-planted-target",), evidence=(w.said("agreed on a target"),)
    )
    w.add(
        "targets",
        Target(
            id=f"{w.pre}-planted-target",
            metric=f"{w.pre}-trade",
            description="A target agreed elsewhere",
            horizon=Horizon(kind=HorizonKind.SOON),
            evidence=(w.said("a target to be met soon"),),
        ),
    )
    w.add(
        "events",
        Event(
            id=f"{w.pre}-planted",
            kind=EventKind.MEETING,
            title="A meeting",
            when=When.on(w.start),
            evidence=(w.said(f"a meeting ({w.pre}-planted) on {_en_day(w.start)}"),),
            agreed=(agreement,),
        ),
    )


_PLANTS: Final[dict[str, Callable[[_World], None]]] = {
    "evidence.quote-in-source": _plant_quote,
    "evidence.figure-stated": _plant_figure,
    "evidence.date-stated": _plant_date,
    "figures.consistent": _plant_figures_consistent,
    "dates.subevent-within-parent": _plant_subevent,
    "dates.published-after-reported": _plant_published,
    "dates.weekday-matches": _plant_weekday,
    "dates.constraints": _plant_constraint,
    "dates.partial-bounds": _plant_partial,
    "ordinals.anniversary-year": _plant_anniversary,
    "ordinals.stated": _plant_ordinal,
    "ordinals.congress-sequence": _plant_sequence,
    "offices.held-on-date": _plant_office,
    "framework.wording": _plant_wording,
    "framework.element-count": _plant_count,
    "figures.sources-agree": _plant_sources_agree,
    "figures.change-stated": _plant_change_stated,
    "figures.parts-sum": _plant_parts_sum,
    "figures.period-contains": _plant_period_contains,
    "errata.recorded": _plant_erratum,
    "events.invitation-answered": _plant_invitation,
    "events.first-visit": _plant_first_visit,
    "events.agreed-about": _plant_agreed,
    "foundings.person-dates": _plant_person_dates,
    "documents.plan-period": _plant_plan_period,
}
#: The rules :func:`datasets_with_violation` can plant a violation of: every rule of :mod:`vnla.rules.checks`.
PLANTABLE_RULES: Final[tuple[str, ...]] = tuple(_PLANTS)


def datasets_with_violation(
    rule: str, *, prefix: str = "gen", max_events: int = 4
) -> SearchStrategy[Dataset]:
    """
    A dataset drawn by :func:`datasets` with exactly one inconsistency of ``rule`` planted in it.

    :func:`vnla.rules.checks.check` reports it under ``rule`` and nothing else (for
    ``errata.recorded``, the planted slip is an ``info`` finding).  ``rule``
    is one of :data:`PLANTABLE_RULES`.  Shrinks as :func:`datasets` does.

    >>> from hypothesis import given, settings
    >>> from vnla.rules.checks import check
    >>> @settings(max_examples=10)
    ... @given(datasets_with_violation("dates.weekday-matches"))
    ... def test_weekday_rule_fires(ds):
    ...     assert {f.rule for f in check(ds).findings} == {"dates.weekday-matches"}
    >>> test_weekday_rule_fires()
    """
    if rule not in _PLANTS:
        msg = f"no way to plant a violation of {rule!r}; expected one of {', '.join(PLANTABLE_RULES)}"
        raise InvalidArgument(msg)
    _check_dataset_options(prefix, 1, max_events, 3, 3)
    plant = _PLANTS[rule]
    parameters = _world_parameters(
        prefix=prefix, min_events=1, max_events=max_events, max_people=3, max_targets=3
    )

    def planted(p: dict[str, Any]) -> Dataset:
        world = _World(p).build()
        plant(world)
        return world.dataset()

    return parameters.map(planted)


# --------------------------------------------------------------------------- st.from_type

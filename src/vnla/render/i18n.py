# SPDX-License-Identifier: MIT
"""
vnla's own words in Vietnamese and Lao: gettext catalogs, and the mark of English.

The command line's headers and messages, and the closed vocabularies of the
record (event kinds, horizons, roles, the names of fields and collections), are
translated with gettext catalogs made with babel's own toolchain: the sources
are ``vnla/data/locale/{vi,lo}/LC_MESSAGES/vnla.po``, compiled to the ``.mo``
files beside them (shipped in the wheel, committed, and checked against the
``.po`` by the tests); :mod:`vnla.render.catalogs` extracts, updates and
compiles them.  Names come from the record, never from a catalog.

Text that is only in English (a record no source names in the reader's language,
a note, a quote from an English source) is never passed off as Vietnamese or Lao:
:func:`mark` writes it with its language, ``[en: …]``.

>>> translate("lo", "Visits:")
'ການຢ້ຽມຢາມ:'
>>> word("state-visit", "vi"), word("state-visit", "lo"), word("state-visit", "en")
('thăm cấp Nhà nước', 'ການຢ້ຽມຢາມທາງລັດຖະກິດ', 'state visit')
>>> mark("State visit of President To Lam to Laos", "en")
'[en: State visit of President To Lam to Laos]'

gettext is imported on first use, never at ``import vnla``.

.. versionadded:: 0.2
"""

from __future__ import annotations

import enum
import functools
import os
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import gettext as _gettext

__all__ = [
    "DOMAIN",
    "LOCALE_DIR",
    "N_",
    "field_label",
    "is_marked",
    "mark",
    "plural",
    "translate",
    "translation",
    "word",
]

#: The gettext domain of vnla's catalogs.
DOMAIN: Final = "vnla"
#: Where the catalogs live: ``<LOCALE_DIR>/<lang>/LC_MESSAGES/vnla.{po,mo}``.
LOCALE_DIR: Final = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "locale"
)


def N_(message: str) -> str:  # noqa: N802 - gettext's name for a message marked for extraction only
    """Mark ``message`` for the catalogs without translating it (it is translated where it is shown)."""
    return message


def _base(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].lower()


@functools.cache
def translation(lang: str) -> _gettext.NullTranslations:
    """
    The catalog of ``lang`` (``"vi"``, ``"lo"``, ``"vi_VN"``…).

    English, and a language without a catalog, translate nothing.

    >>> translation("en").gettext("Visits:")
    'Visits:'
    """
    import gettext  # delayed: `import vnla` stays light

    base = _base(lang)
    if base == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[base], fallback=True)


def translate(lang: str, message: str) -> str:
    """``message`` (an English msgid) in ``lang``; the message itself when the catalog lacks it."""
    return translation(lang).gettext(message)


def plural(lang: str, singular: str, plural: str, n: int) -> str:
    """The form of a message for ``n`` things, by the plural rule of ``lang``'s catalog."""
    return translation(lang).ngettext(singular, plural, n)


def mark(text: str, lang: str = "en") -> str:
    """
    ``text`` marked as written in ``lang``: how English is shown to a reader of Vietnamese or Lao.

    >>> mark("Lao National Day")
    '[en: Lao National Day]'
    """
    return f"[{lang}: {text}]"


def is_marked(text: str) -> bool:
    """
    Whether ``text`` is wholly one marked span: the bracket that opens it closes at its end.

    >>> is_marked("[en: Lao National Day]"), is_marked("ວຽງຈັນ")
    (True, False)
    >>> is_marked("[en: Vo Thi Anh Xuan] với chức vụ Phó Chủ tịch nước: [en: held on ...]")
    False
    """
    head, _, rest = text.partition(": ")
    if not (text.startswith("[") and text.endswith("]") and bool(rest) and head[1:].isalpha()):
        return False
    depth = 0
    for i, char in enumerate(text):
        depth += (char == "[") - (char == "]")
        if depth == 0:
            return i == len(text) - 1
    return False


#: The closed vocabularies of the record (enum values) in English words, for the catalogs.
_VOCABULARY: Final[dict[str, str]] = {
    # event kinds
    "state-visit": N_("state visit"),
    "official-visit": N_("official visit"),
    "talks": N_("talks"),
    "party-meeting": N_("party meeting"),
    "meeting": N_("meeting"),
    "courtesy-visit": N_("courtesy visit"),
    "welcome-ceremony": N_("welcome ceremony"),
    "national-day-ceremony": N_("national day ceremony"),
    "briefing": N_("briefing"),
    "signing": N_("signing"),
    "document-exchange": N_("exchange of documents"),
    "wreath-laying": N_("wreath-laying"),
    "inauguration": N_("inauguration"),
    "speech": N_("speech"),
    "congress": N_("congress"),
    "committee-session": N_("committee session"),
    "ceremony": N_("ceremony"),
    "commemorative-year": N_("commemorative year"),
    # horizons of targets
    "near-term": N_("near term"),
    "longer-term": N_("longer term"),
    "by-date": N_("by"),
    "period": N_("in"),
    "soon": N_("soon"),
    "unspecified": N_("unspecified"),
    # participants
    "host": N_("host"),
    "visitor": N_("visitor"),
    "co-chair": N_("co-chair"),
    "counterpart": N_("counterpart"),
    "attendee": N_("attendee"),
    "witness": N_("witness"),
    "speaker": N_("speaker"),
    "delegation": N_("delegation"),
    "spouse": N_("spouse"),
    "elected": N_("elected"),
    "guest": N_("guest"),
    "both": N_("both sides"),
    "third": N_("third party"),
    # kinds of names
    "preferred": N_("preferred"),
    "formal": N_("formal"),
    "short": N_("short"),
    "abbreviation": N_("abbreviation"),
    "variant": N_("variant"),
    "romanization": N_("romanization"),
    "misspelling": N_("misspelling"),
    "family-first": N_("family name first"),
    "given-first": N_("given name first"),
    # bodies
    "party": N_("party"),
    "central-committee": N_("central committee"),
    "politburo": N_("politburo"),
    "state": N_("state"),
    "government": N_("government"),
    "national-assembly": N_("national assembly"),
    "ministry": N_("ministry"),
    "front": N_("front"),
    "academy": N_("academy"),
    "news-media": N_("news media"),
    "international-body": N_("international body"),
    "committee": N_("committee"),
    # documents
    "joint-statement": N_("joint statement"),
    "agreement": N_("agreement"),
    "protocol": N_("protocol"),
    "convention": N_("convention"),
    "memorandum": N_("memorandum"),
    "plan": N_("plan"),
    "programme": N_("programme"),
    "project": N_("project"),
    "resolution": N_("resolution"),
    "declaration": N_("declaration"),
    "vision": N_("vision"),
    "collection": N_("collection"),
    # projects
    "expressway": N_("expressway"),
    "expressway-section": N_("expressway section"),
    "railway": N_("railway"),
    "port": N_("port"),
    "power-line": N_("power line"),
    "industrial-park-model": N_("industrial park model"),
    "economic-zone-model": N_("economic zone model"),
    "storage": N_("storage"),
    "park": N_("park"),
    "restoration": N_("restoration"),
    # figures: the words that make one approximate, and how a change is stated
    "about": N_("approximately"),
    "almost": N_("almost"),
    "over": N_("over"),
    "under": N_("under"),
    "increase": N_("increase"),
    "decrease": N_("decrease"),
    "ratio": N_("multiple"),
    "actual": N_("actual"),
    "estimate": N_("estimate"),
    "forecast": N_("forecast"),
    # mechanisms
    "party-high-level-meeting": N_("high-level meeting of the two Parties"),
    "intergovernmental-committee": N_("intergovernmental committee"),
    "government-monitoring": N_("government monitoring"),
    "strategic-policy-consultation": N_("strategic policy consultation"),
    "trilateral-party-meeting": N_("trilateral party meeting"),
    "existing": N_("existing"),
    "agreed": N_("agreed"),
    "annual": N_("annual"),
    # places
    "capital": N_("capital"),
    "city": N_("city"),
    "province": N_("province"),
    "region": N_("region"),
    "border-gate": N_("border gate"),
    "border-area": N_("border area"),
    "memorial": N_("memorial"),
    "relic-site": N_("relic site"),
    "corridor": N_("corridor"),
    "building": N_("building"),
    "river": N_("river"),
    "sea": N_("sea"),
    # sources
    "news-report": N_("news report"),
    "news-summary": N_("news summary"),
    "web-page": N_("web page"),
    "reference-notes": N_("reference notes"),
    # terms
    "role": N_("role"),
    "topic": N_("topic"),
    "metric": N_("metric"),
    # errata
    "typo": N_("typo"),
    "mistranslation": N_("mistranslation"),
    "wrong-name": N_("wrong name"),
    "omission": N_("omission"),
    "repetition": N_("repetition"),
    # precision of dates
    "day": N_("day"),
    "range": N_("range"),
    "month": N_("month"),
    "year": N_("year"),
    "bounds": N_("bounds"),
    # verdicts of the checker
    "ok": N_("ok"),
    "contradiction": N_("contradiction"),
    "unknown": N_("unknown"),
    # kinds of records
    "source": N_("source"),
    "term": N_("term"),
    "country": N_("country"),
    "organization": N_("organization"),
    "person": N_("person"),
    "place": N_("place"),
    "framework-element": N_("framework element"),
    "framework-stage": N_("framework stage"),
    "mechanism": N_("mechanism"),
    "event": N_("event"),
    "document": N_("document"),
    "target": N_("target"),
    "figure": N_("figure"),
    "founding": N_("founding"),
    "anniversary": N_("anniversary"),
    "erratum": N_("erratum"),
    # measured metrics (the checker's explanations)
    "bilateral-trade-turnover": N_("bilateral trade turnover"),
    "exports-vn-to-la": N_("Vietnam's exports to Laos"),
    "exports-la-to-vn": N_("Laos' exports to Vietnam"),
    "trade-surplus-la": N_("Laos' trade surplus with Vietnam"),
    "trade-surplus-vn": N_("Vietnam's trade surplus with Laos"),
    "investment-vn-in-la-capital": N_("Vietnamese investment capital registered in Laos"),
    "investment-vn-in-la-projects": N_("Vietnamese investment projects in Laos"),
    "years": N_("years"),
}


def word(value: enum.Enum | str | bool, lang: str = "en") -> str:
    """
    A value of one of the record's closed vocabularies (an enum's value) in ``lang``'s words.

    A value the catalogs do not know is returned as it is: an id, not a word.

    >>> word("talks", "lo"), word(True, "vi"), word("no-such-kind", "lo")
    ('ການເຈລະຈາ', 'có', 'no-such-kind')
    """
    if isinstance(value, bool):
        return translate(lang, N_("yes") if value else N_("no"))
    key = value.value if isinstance(value, enum.Enum) else value
    if not isinstance(key, str):
        return str(key)
    english = _VOCABULARY.get(key)
    return key if english is None else translate(lang, english)


#: The fields of the records, in English words, for ``vnla show``.
_FIELDS: Final[dict[str, str]] = {
    "about": N_("about"),
    "accepted": N_("accepted"),
    "agreed": N_("agreements"),
    "agreed_at": N_("agreed at"),
    "answered_by": N_("answered by"),
    "announced": N_("announced"),
    "anniversary": N_("anniversary"),
    "base": N_("base"),
    "born": N_("born"),
    "by": N_("by whom"),
    "capacity": N_("capacity"),
    "byline": N_("byline"),
    "changes": N_("changes"),
    "clauses": N_("clauses"),
    "conflicts": N_("conflicts"),
    "correction": N_("correction"),
    "countries": N_("countries"),
    "country": N_("country"),
    "cumulative": N_("cumulative"),
    "date_constraints": N_("date constraints"),
    "date_evidence": N_("evidence of the date"),
    "death_of": N_("death of"),
    "dateline": N_("dateline"),
    "description": N_("description"),
    "died": N_("died"),
    "document": N_("document"),
    "documents": N_("documents"),
    "earliest": N_("earliest"),
    "elements": N_("elements"),
    "end": N_("end"),
    "event": N_("event"),
    "events": N_("events"),
    "evidence": N_("evidence"),
    "family": N_("family name"),
    "family_name": N_("family name"),
    "file": N_("file"),
    "first_visits": N_("first visits"),
    "founding": N_("founding"),
    "frequency": N_("frequency"),
    "given": N_("given name"),
    "given_name": N_("given name"),
    "held": N_("held"),
    "high": N_("high"),
    "horizon": N_("horizon"),
    "host_country": N_("host country"),
    "id": N_("id"),
    "invitations": N_("invitations"),
    "kind": N_("kind"),
    "label": N_("label"),
    "lang": N_("language"),
    "latest": N_("latest"),
    "low": N_("low"),
    "mechanism": N_("mechanism"),
    "mechanisms": N_("mechanisms"),
    "mentions": N_("mentions"),
    "metric": N_("metric"),
    "name_order": N_("name order"),
    "names": N_("names"),
    "note": N_("note"),
    "number": N_("number"),
    "offices": N_("offices"),
    "on": N_("on"),
    "one_holder": N_("one holder at a time"),
    "holder_lists": N_("lists of every holder"),
    "holders": N_("holders"),
    "head": N_("head of its body"),
    "deputy_of": N_("deputy of"),
    "order": N_("order"),
    "ordinal": N_("ordinal"),
    "organization": N_("organization"),
    "organizations": N_("organizations"),
    "parent": N_("part of"),
    "participants": N_("participants"),
    "parties": N_("parties"),
    "path": N_("path"),
    "people": N_("people"),
    "period": N_("period"),
    "person": N_("person"),
    "place": N_("place"),
    "places": N_("places"),
    "precision": N_("precision"),
    "projects": N_("projects"),
    "published": N_("published"),
    "publisher": N_("publisher"),
    "qualifier": N_("qualifier"),
    "quote": N_("quote"),
    "record": N_("record"),
    "role": N_("role"),
    "roles": N_("roles"),
    "says": N_("says"),
    "seen": N_("seen"),
    "set_by": N_("set by"),
    "side": N_("side"),
    "signed": N_("signed"),
    "since": N_("since"),
    "source": N_("source"),
    "spouse": N_("spouse"),
    "start": N_("start"),
    "status": N_("status"),
    "subject": N_("about"),
    "summary": N_("summary"),
    "targets": N_("targets"),
    "term": N_("term"),
    "terms": N_("terms"),
    "text": N_("text"),
    "text_bundled": N_("text bundled"),
    "title": N_("title"),
    "title_used": N_("title used"),
    "to": N_("to whom"),
    "topics": N_("topics"),
    "unit": N_("unit"),
    "untranslated": N_("no name in"),
    "upper": N_("upper"),
    "url": N_("address"),
    "value": N_("value"),
    "visit": N_("visit"),
    "visits": N_("visits"),
    "vocabulary": N_("vocabulary"),
    "when": N_("when"),
    "within": N_("within"),
    "wording": N_("wording"),
    "written": N_("as written"),
    "year": N_("year"),
}


def field_label(name: str, lang: str = "en") -> str:
    """
    The name of a record's field in ``lang``'s words; an unknown field keeps its own name.

    >>> field_label("host_country", "vi"), field_label("evidence", "lo")
    ('nước chủ nhà', 'ຫຼັກຖານ')
    """
    english = _FIELDS.get(name)
    if english is None:
        return name
    return name if _base(lang) == "en" else translate(lang, english)

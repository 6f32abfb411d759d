# SPDX-License-Identifier: MIT
"""
The checker's patterns, built once per process from the words of every language file
(:mod:`vnla.lang.words`, ``vnla/data/lang/*.toml``) and from CLDR's month and weekday names.

The code here keeps only grammar: how words join ("a space is any run of spaces"), where a
word must end, what may stand between a title and a name.  The words are data; a language is
added by adding its file to :data:`vnla.lang.words.LANGUAGES`.  This module is imported when
the checker is first used, never by ``import vnla``.
"""

from __future__ import annotations

import functools
import re
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Final

from babel.dates import get_day_names, get_month_names

from vnla.checker.folding import _pattern_key
from vnla.lang.lao import is_lao, syllables, unspaced
from vnla.lang.parsing import _money
from vnla.lang.words import merged

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__: list[str] = []


#: What "**" in a word file's pattern stands for: one to six words ("đưa ** lên").
_SOME_WORDS: Final = r"\w+(?:\s+\w+){0,5}"


def _lao_spaced(word: str) -> str:
    """
    A Lao word as a regular expression that reads it with spaces or none between its syllables
    (:func:`vnla.lang.lao.syllables`: "ປີກາຍ" and "ປີ ກາຍ"): Lao is written both ways.

    >>> bool(re.fullmatch(_lao_spaced("ປີກາຍ"), "ປີ ກາຍ")), bool(re.fullmatch(_lao_spaced("ປີ ກາຍ"), "ປີກາຍ"))
    (True, True)
    """
    return r"\s*+".join(re.escape(syllable) for syllable in syllables(unspaced(word).replace(" ", "")))


def _alternation(words: Iterable[str], *, star: str = r"\w+") -> str:
    """
    Words as a regular-expression alternation, the longest first: a space is any run of
    spaces (in a Lao word, any run or none, as Lao is written both ways), "*" is ``star``
    (one word) and "**" one to six words.
    """
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    parts = []
    for word in ordered:
        if word and is_lao(word[0]):
            parts.append(_lao_spaced(word))
            continue
        # (a run of spaces taken whole: no word starts with one, so no match is lost, and a failed
        # match does not step back through a long run, which cost the most at the largest sizes)
        piece = r"\s++".join(re.escape(w) for w in word.split())
        piece = piece.replace(re.escape("**"), _SOME_WORDS).replace(re.escape("*"), star)
        parts.append(piece.replace("'", "['’]"))
    return "|".join(parts)


def _ascii_alternation(words: Iterable[str]) -> str:
    """
    Folded words (lower case, single spaces) as an alternation, in their files' order.

    These patterns are only searched for ("is there a currency near?"), so no word need come
    before another that starts it; an alternation of plain words, each starting with a letter
    or sign, lets the regex engine skip quickly to where one may start.
    """
    return "|".join(re.escape(w) for w in dict.fromkeys(words))


# --------------------------------------------------------------------------- titles
#: Title words the record's role names miss, each with the role it names ("" a head of a body).
_ROLE_WORDS: Final[tuple[tuple[str, str], ...]] = (
    *merged("titles", "roles").items(),
    *merged("titles", "plural_roles").items(),
)
#: A head ("Chairman of ...", "President of ...") is the role of the body it heads.
_HEAD_OF_ORG_KIND: Final = {
    "national-assembly": "national-assembly-chairman",
    "front": "front-president",
    "state": "president",
    "government": "prime-minister",
}
#: Before a title: it is not the role itself ("Deputy Prime Minister").
_NOT_THE_ROLE: Final = re.compile(rf"(?:\b(?:{_alternation(merged('titles', 'not_the_role'))})[\s-]+)$")
#: Country adjectives and possessives, and the country each names (lower case, spaces single).
_COUNTRIES: Final = {**merged("countries", "adjectives"), **merged("countries", "possessives")}
_QUALIFIER_COUNTRY: Final = {" ".join(word.lower().split()): country for word, country in _COUNTRIES.items()}
#: Country words and words that may stand in a title ("Lao Party General Secretary").
_QUALIFIER_WORDS: Final = (*_COUNTRIES, *merged("titles", "qualifiers"))
_QUALIFIER: Final = re.compile(rf"(?:\b(?P<q>{_alternation(_QUALIFIER_WORDS)})\s+)$")
#: Before a title: a role once held ("former President", "Former Lao President", "nguyên").
_FORMER: Final = re.compile(
    rf"(?:\b(?:{_alternation(merged('titles', 'former'))})[\s-]+)"
    rf"(?:(?:{_alternation(_QUALIFIER_WORDS)})\s+)?$",
    re.IGNORECASE,
)
#: Before a title: the one held at the time ("then Acting Foreign Minister"; ``titles.at_the_time``).
_AT_THE_TIME: Final = re.compile(
    rf"(?:\b(?:{_alternation(merged('titles', 'at_the_time') or ['(?!)'])})[\s-]+)"
    rf"(?:(?:{_alternation(_QUALIFIER_WORDS)})\s+)?$",
    re.IGNORECASE,
)
#: The last characters of the qualifiers (either apostrophe for a possessive).
_QUALIFIER_ENDS: Final = frozenset(w[-1] for w in _QUALIFIER_WORDS) | (
    {"’"} if "'" in "".join(_QUALIFIER_WORDS) else set()
)
#: What joins two titles: a comma (and words that may follow it), or a connector.
_JOIN: Final = re.compile(
    rf"^\s*(?:,\s*(?:(?:{_alternation(merged('titles', 'after_comma'))})\s+)?"
    rf"|(?:{_alternation(merged('titles', 'connectors'))})\s+)$"
)
#: Between a title and the body it heads ("Chairman of the National Assembly").
_OF: Final = re.compile(rf"^\s+(?:{_alternation(merged('titles', 'of'))})\s+$")
#: Between an ambassador's title and the country that hosts the ambassador ("Ambassador to
#: Laos", "Đại sứ Việt Nam tại Lào", "ປະຈຳ"), and the roles whose titles take a host.
_HOST: Final = re.compile(rf"^\s*+(?:{_alternation(merged('titles', 'host'))})\s*+$")
_HOSTED_ROLES: Final = frozenset(merged("titles", "hosted_roles"))
#: Between a name and the titles after it, in English and Vietnamese: a comma (or a dash with a
#: space either side, as a list of who's who writes: "Tô Lâm – Tổng Bí thư"), the word files'
#: ``titles.appositive_lead`` and qualifiers ("To Lam, general secretary", "Sonexay Siphandone,
#: Lao Prime Minister", "Thongloun, who is also president"); the lead and the qualifier are
#: :data:`_LEAD_WORDS`, after a bracket and a list's colon too.
_LEAD_WORDS: Final = (
    rf"(?:(?:{_alternation(merged('titles', 'appositive_lead'))})\s++)?"
    rf"(?:(?P<q>{_alternation(_QUALIFIER_WORDS)})\s++)?"
)
_APPOSITIVE_LEAD: Final = re.compile(
    rf"(?:\s*+,|(?<=\S)\s++[–—-](?=\s))\s*+{_LEAD_WORDS}",
    re.IGNORECASE,
)
#: Right after titles set off or said of a name, the word that starts their tenure ("To Lam,
#: General Secretary since 2024", "là Tổng Bí thư từ năm 2024"; ``dates.since_words``, Latin
#: ones): the titles end there, and the tenure judge reads the date after it.
_SINCE_AFTER: Final = (
    rf"\s++(?:{_alternation(w for w in merged('dates', 'since_words') if not is_lao(w[0]))})\s"
)
#: After such titles: where the apposition ends (a comma, a bracket or a sentence's end; a line's
#: end before a list's next item or a blank line: "- Vilay Lakhamphong - Minister of ...\n- ...";
#: a quotation's end that ends its line: "\"Sonexay Siphandone – Thủ tướng Lào\"\n"), or a
#: tenure's start.
_APPOSITIVE_END: Final = re.compile(
    rf"[^\S\n]*+\n(?=[^\S\n]*+(?:[-–—•*]|\d{{1,2}}[.)]|\n|$))|\s*+(?:[,.;:()!?|]|$)"
    rf"|[^\S\n]*+[\"”»][^\S\n]*+(?:\n|$)|{_SINCE_AFTER}",
    re.IGNORECASE,
)
#: Right after a name, a bracket that holds its titles ("Luong Tam Quang (Minister of Public
#: Security)", "Lương Tam Quang (Bộ trưởng Công an)"), as after an apposition's comma: the bracket's
#: opening, a lead and a country's adjective at most; the titles end at its close or a tenure's start.
_BRACKET_LEAD: Final = re.compile(
    rf"[^\S\n]*+\([^\S\n]*+{_LEAD_WORDS}",
    re.IGNORECASE,
)
_BRACKET_END: Final = re.compile(rf"[^\S\n]*+\)|{_SINCE_AFTER}", re.IGNORECASE)
#: A list's line that opens with a name, then a colon and titles ("- Saleumxay Kommasith: Deputy
#: Prime Minister; ..."): after the colon, as after an apposition's comma, the titles are the
#: name's, up to the line's end, a semicolon, a bracket, a full stop or a tenure's start; not a
#: comma, as a speaker's label may be followed by words to a title ("TO LAM: President, ...").
_LIST_LEAD: Final = re.compile(
    rf":[^\S\n]*+{_LEAD_WORDS}",
    re.IGNORECASE,
)
_LIST_END: Final = re.compile(
    # (a comma before the days of the term: "- Vo Van Thuong: Prime Minister, 2 March 2023 to ...")
    rf"[^\S\n]*+(?:[.;!?]?[^\S\n]*+(?:\n|$)|[;(]|\.\s|,[^\S\n]*+(?=\d))|{_SINCE_AFTER}",
    re.IGNORECASE,
)
#: In a line that opens with a bullet or a number, a comma ends the titles too ("- Vilay
#: Lakhamphong: Phó Chủ tịch nước Lào, trong đoàn ..."): a speaker's label opens no list item.
_ITEM_END: Final = re.compile(rf"(?:{_LIST_END.pattern})|[^\S\n]*+,", re.IGNORECASE)
#: What may open a list's line before a name: spaces, a bullet or a number.
_LINE_HEAD: Final = re.compile(r"[^\S\n]*+(?:(?:[-•*–—·>]|\d{1,3}[.)])[^\S\n]*+)?")
#: What opens a list's item before a name: a bullet or a number.
_ITEM_HEAD: Final = re.compile(r"[^\S\n]*+(?:[-•*–—·>]|\d{1,3}[.)])[^\S\n]*+")
#: Between the name of a year named for the relations and the year written right after it
#: ("Năm Đoàn kết hữu nghị Việt Nam – Lào 2027", "..., 2027"): spaces, a comma.
_YEAR_LINK: Final = re.compile(r"[^\S\n]*+,?[^\S\n]*+")
#: Right after a name, the words that say what the person is now ("is", "là"; ``titles.predicates``,
#: Latin ones: Lao is read by the Lao chain), maybe with a country's adjective after them.
_PREDICATE_LEAD: Final = re.compile(
    rf"\s++(?:{_alternation(w for w in merged('titles', 'predicates') if not is_lao(w[0]))})\s++"
    rf"(?:(?P<q>{_alternation(_QUALIFIER_WORDS)})\s++)?",
    re.IGNORECASE,
)
#: After the titles such words lead: the end of an apposition, or "and" before the next clause.
_PREDICATE_END: Final = re.compile(
    rf"\s*+(?:[,.;:)!?]|$)|\s++(?:{_alternation(merged('countries', 'joiners'))})\s|{_SINCE_AFTER}",
    re.IGNORECASE,
)
#: Between the body a title names and the name: "(CPV)", "'s 14th Central Committee".
#: The endings of ordinal numbers ("14th").
_SUFFIXES: Final = _alternation(merged("ordinals", "suffixes"))
_TAIL: Final = re.compile(
    rf"^(?:\s*\([^()\n]{{1,24}}\))?(?:['’]s)?(?:\s++(?:\d{{1,3}}(?:{_SUFFIXES})|[A-Z][\w’'-]*+))*+\s+$"
)
_CAPITAL_WORDS: Final = re.compile(r"\s+([^\W\d_][\w’'-]*(?:\s[^\W\d_][\w’'-]*){0,4})")
#: Capitalised words after a title that start no person's name.
_NOT_A_NAME: Final = frozenset(merged("titles", "not_a_name"))

# --------------------------------------------------------------------------- dates
#: Event words, and the kinds of recorded event a date next to them may be.
_CUE_WORDS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = tuple(merged("dates", "cue_words").items())
#: Weekday names (CLDR's, of the locales the language files name): anchors of the dates reader.
_WEEKDAY_WORDS: Final = tuple(
    dict.fromkeys(
        name
        for locale in merged("dates", "weekday_locales")
        for name in get_day_names("wide", locale=locale).values()
    )
)
#: Month names, abbreviated as CLDR does, lower case and without their full stop.
_MONTH_WORDS: Final = tuple(
    dict.fromkeys(
        name.lower().rstrip(".")
        for locale in merged("dates", "month_locales")
        for name in get_month_names("abbreviated", locale=locale).values()
    )
)
_NEAR_WORDS: Final = (*merged("dates", "near_words"),)
#: Between a bracket, a colon or an answer's label and the date after it: nothing, or a day word
#: ("(ວັນທີ 2 ທັນວາ 1975)", "(on", "Quốc khánh Lào: ngày").
_DAY_WORDS_ONLY: Final = re.compile(rf"\s*(?:(?:{_alternation(_NEAR_WORDS)})\s*)?", re.IGNORECASE)
_NEAR_AS_WRITTEN: Final = (*merged("dates", "near_words_as_written"),)
#: A number near these is a date: a month, a date word, Lao script, or digits with a separator.
_DATE_NEAR: Final = re.compile(
    rf"\b(?:{_alternation((*_MONTH_WORDS, *_NEAR_WORDS, *_NEAR_AS_WRITTEN))})|[\u0e80-\u0eff]|\d[/.-]\d",
    re.IGNORECASE,
)
#: The same, in the folded text (the words that fold to common syllables left out), as two
#: patterns that each start with a plain character, which the regex engine skips to at C speed:
#: the words (each must start a word: see :func:`date_near_folded`) and digits with a separator.
#: (Lao words are left out: the folded path reads Lao only through the Lao readers to come.)
_DATE_WORDS_FOLDED: Final = re.compile(
    _ascii_alternation(k for k in map(_pattern_key, (*_MONTH_WORDS, *_NEAR_WORDS)) if k.isascii())
)
_DATE_DIGITS_FOLDED: Final = re.compile(r"[0-9][/.-][0-9]")


def date_near_folded(folded: str, start: int, end: int) -> bool:
    """
    Whether the folded text has a month, a date word or digits with a separator in ``[start, end)``.

    A word counts where it starts a word: what a pattern that starts with ``\\b`` finds, but
    that pattern is tried at every character of the stretch.

    >>> date_near_folded("on 2 dec 2025", 0, 13), date_near_folded("undecided", 0, 9)
    (True, False)
    >>> date_near_folded("x 12/5 y", 0, 8), date_near_folded("ddec", 1, 4)
    (True, False)
    """
    if _DATE_DIGITS_FOLDED.search(folded, start, end) is not None:
        return True
    found = _DATE_WORDS_FOLDED.search(folded, start, end)
    while found is not None:
        at = found.start()
        if not at or not _is_word(folded[at - 1]):
            return True
        found = _DATE_WORDS_FOLDED.search(folded, at + 1, end)
    return False


def _is_word(char: str) -> bool:
    """Whether a character is a word's, as ``\\w`` of a regular expression has it."""
    return char.isalnum() or char == "_"


#: Words that report speech ("said", "phát biểu", "ກ່າວ"): the language files' ``dates.speech_words``,
#: lower-cased, each with whether it must stand as a word of its own (the ASCII ones: "said",
#: not the "said" of "aforesaid"; Vietnamese and Lao words are looked for wherever they stand).
_SPEECH: Final = tuple(
    (w.lower(), w.isascii()) for w in sorted(merged("dates", "speech_words"), key=len, reverse=True)
)


def _reports_speech(text: str, start: int, end: int) -> bool:
    """
    Whether a word that reports speech stands in ``text[start:end]``, in any case.

    A string search per word in the lower-cased stretch: a regular expression of the words
    that ignores case tries every character, at a tenth of a microsecond each.

    >>> _reports_speech("Talks, he Said, went well", 0, 25), _reports_speech("the aforesaid talks", 0, 19)
    (True, False)
    """
    before = start > 0 and _is_word(text[start - 1])
    piece = text[start:end].lower()
    for word, whole in _SPEECH:
        at = piece.find(word)
        while at >= 0:
            if not whole:
                return True
            after = at + len(word)
            if not (_is_word(piece[at - 1]) if at else before) and not (
                after < len(piece) and _is_word(piece[after])
            ):
                return True
            at = piece.find(word, at + 1)
    return False


_YEAR: Final = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _any_word(words: Iterable[str]) -> re.Pattern[str]:
    """Words in any case, those in Latin letters standing as words, Lao ones wherever they stand."""
    words = list(words)
    parts = [rf"(?<!\w)(?:{_alternation(w for w in words if not is_lao(w[0]))})(?!\w)"]
    lao = [w for w in words if is_lao(w[0])]
    if lao:
        parts.append(_alternation(lao))
    return re.compile("|".join(parts), re.IGNORECASE)


#: A person's pronoun that stands as a word (the word files' ``dates.life_pronouns``: "he",
#: "his", "ông", "ທ່ານ"; not an ending, "'s").
_LIFE_PRONOUNS: Final = _any_word([w for w in merged("dates", "life_pronouns") if w[0].isalpha()])
#: Words that make trade bilateral ("two-way", "song phương", "ສອງຝ່າຍ").
_BILATERAL: Final = _any_word(merged("amounts", "bilateral_words"))
#: Words that make trade a whole ("total", "global", "ngoại thương"), unless it is bilateral too.
_WHOLE: Final = _any_word(merged("amounts", "whole_words"))
#: Words of a single country's total trade ("Laos' total trade"): a sentence of one country with
#: them does not go on with the two countries' trade of the sentences before it.
_COUNTRY_TOTAL: Final = _any_word(merged("amounts", "country_total_words") or ["(?!)"])
#: Words that make trade a part of the two countries' (a province's, a border gate's).
_PART: Final = _any_word(merged("amounts", "part_words"))


def _around(template: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """
    A template's words before and after its ``{}``, as patterns that end right before a name
    and start after the spaces right after it (the caller steps over those, so that a search
    never tries a run of spaces from each of its places); a space before ``{}``: spaces.

    >>> before, after = _around("between {} and")
    >>> bool(before.search("trade between ", 0)), bool(after.match("and Laos"))
    (True, True)
    """
    head, _, tail = template.partition("{}")
    gap = r"[^\S\n]*+"
    before = (
        (rf"(?:{_alternation([head.strip()])})" + (gap if head != head.rstrip() else ""))
        if head.strip()
        else ""
    )
    after = rf"(?:{_alternation([tail.strip()])})" if tail.strip() else ""
    return re.compile(before + r"\Z", re.IGNORECASE), re.compile(after, re.IGNORECASE)


#: Around the name of a recorded place, words that make trade that place's ("Nghe An's trade",
#: ``amounts.part_places``): each template's words before the name and after it.
_PART_PLACES: Final = tuple(_around(t) for t in merged("amounts", "part_places"))
#: A partner word before a country's name, at most two words before it ("trade with Laos",
#: "with our Lao friends", "với nước bạn Lào").
_PARTNER_BEFORE: Final = re.compile(
    rf"(?<!\w)(?:{_alternation(merged('amounts', 'partner_words'))})(?:\s+\w+){{0,2}}\s*$", re.IGNORECASE
)
#: A ranking word right before another country's name ("behind China", "chỉ sau Trung Quốc").
_RANKING_BEFORE: Final = re.compile(
    rf"(?:{_any_word(merged('countries', 'ranking_words')).pattern})\s*$", re.IGNORECASE
)
#: What joins the names of countries a subject is ranked against: a comma, "and", "or".
_JOINED: Final = re.compile(
    rf"\s*(?:,\s*(?:(?:{_any_word(merged('countries', 'joiners')).pattern})\s*)?"
    rf"|(?:{_any_word(merged('countries', 'joiners')).pattern})\s*)",
    re.IGNORECASE,
)
#: "And" or "or" between two things: in Lao, a founding named after an anniversary's ordinal
#: and such a word is the next ordinal's ("ວັນຊາດ ຄົບຮອບ 50 ປີ ແລະ ພັກ ... ຄົບຮອບ 70 ປີ").
_JOINER: Final = _any_word(merged("countries", "joiners"))
#: A comma and "and" (the word files' ``countries.joiners``), which open another clause.
_COMMA_AND: Final = re.compile(rf",\s*+(?:{_JOINER.pattern})", re.IGNORECASE)
#: Between two names of a list: a comma or "and" (the word files' ``countries.joiners``), not
#: both, which open another clause ("talks with A, and B welcomed him").
_NEXT_IN_LIST: Final = re.compile(rf"[^\S\n]*+(?:,|{_JOINER.pattern})[^\S\n]*+", re.IGNORECASE)
#: Words that name Vietnam and Laos together without their names ("the two countries", "hai
#: nước", "ສອງປະເທດ").
_BOTH: Final = _any_word(merged("countries", "both_words"))
#: After a founding of the two named without them, the word that puts them after it (the word
#: files' ``countries.between_words``: "diplomatic relations between the two countries").
_BETWEEN: Final = re.compile(
    rf"[\s,]*+(?:{_any_word(merged('countries', 'between_words')).pattern})\s*+", re.IGNORECASE
)
#: What joins the two countries' names after those words: a joiner or a dash.
_PAIR_JOINER: Final = re.compile(
    rf"\s*+(?:[-–—&]|{_any_word(merged('countries', 'joiners')).pattern})\s*+", re.IGNORECASE
)
#: Words that count an anniversary: the word files' ``ordinals.anniversary_heads`` ("kỷ niệm",
#: "ຄົບຮອບ") and the nouns ``ordinals.counted`` reads as anniversaries ("anniversary").
_ANNIVERSARY_WORDS: Final = _any_word(
    (
        *merged("ordinals", "anniversary_heads"),
        *(w for w, noun in merged("ordinals", "counted").items() if noun == "anniversary"),
    )
)
#: Right after the titles that follow a name: they name a place in a line of holders ("ປະທານ
#: ປະເທດຄົນທຳອິດ", the first President), not an office held at the sentence's date.
_NTH_HOLDER: Final = re.compile(
    rf"\s*+(?:{_any_word(merged('titles', 'nth_holder')).pattern})", re.IGNORECASE
)
#: What may end a run of ranked-against names: punctuation, or the end of the sentence.
_RUN_END: Final = re.compile(r"\s*(?:[,.;:)!?]|$)")

#: Words of a verb in the future ("will", "sẽ", "ຈະ"): a bare weekday after one is the coming one.
_FUTURE_TENSE: Final = _any_word(merged("dates", "future_tense"))
#: Words of a verb in the past ("paid", "đã", "ໄດ້"), and of a plan told in the past ("would",
#: "was to", "dự kiến", "ມີກຳນົດ"), which may tell of a day still to come.
_PAST_TENSE: Final = _any_word(merged("dates", "past_tense"))
_FUTURE_IN_PAST: Final = _any_word(merged("dates", "future_in_past"))


#: How far after the publication a day without a year, read as the nearest, must fall for a verb
#: in the past to make it the year before's: nearer, the publication day is more likely off than
#: the year ("the target was repeated on Jan. 26" in a report dated 16 January).
LOOKS_BACK_BEYOND: Final = timedelta(days=31)


def looks_back(text: str, start: int, end: int) -> bool:
    """
    Whether ``text[start:end]`` tells of the past: a verb in the past, and no verb in the
    future nor a plan told in the past ("was to visit on 5 February").

    >>> looks_back("On 5 February, To Lam paid a visit", 0, 35)
    True
    >>> looks_back("On 5 February, To Lam was to pay a visit", 0, 40)
    False
    """
    return (
        _PAST_TENSE.search(text, start, end) is not None
        and _FUTURE_TENSE.search(text, start, end) is None
        and _FUTURE_IN_PAST.search(text, start, end) is None
    )


#: Words that date a sentence by the one before it ("that day", "that year", "năm đó", "ມື້ນັ້ນ").
_THAT_TIME: Final = _any_word([*merged("dates", "that_day_words"), *merged("ordinals", "that_year_words")])
#: A pronoun that opens a sentence (``dates.opening_pronouns``: "He", "Ông"), whole: it goes on
#: with the sentence before, whose date dates it, unless words of the present stand in it
#: (``dates.present_words``: "now", "hiện nay").
_OPENING_PRONOUN: Final = re.compile(
    rf"[^\w]{{0,3}}(?:{_any_word(merged('dates', 'opening_pronouns') or ['(?!)']).pattern})\s",
    re.IGNORECASE,
)
_PRESENT: Final = re.compile(_any_word(merged("dates", "present_words") or ["(?!)"]).pattern, re.IGNORECASE)

#: The words of the year before the publication date ("last year", "năm ngoái"): the amounts
#: reader's period words that mean it, for a sentence that states no other date.
_LAST_YEAR: Final = _any_word(
    w for w, meaning in merged("amounts", "period_words").items() if meaning == "last-year"
)

#: Words that count an anniversary's years up to the publication day ("47 năm đã trôi qua", "so
#: far"; ``ordinals.up_to_now``), or say it was just marked ("vừa kỷ niệm", "has just marked";
#: ``ordinals.just_marked``): in a sentence that states no year, the last one by that day.
_UP_TO_NOW: Final = _any_word(
    [*merged("ordinals", "up_to_now"), *merged("ordinals", "just_marked")] or ["(?!)"]
)

#: After a month or an anniversary, the words that make it the one just past ("tháng 12 vừa qua",
#: "kỷ niệm 71 năm ... vừa qua", "ທີ່ຜ່ານມາ"): the "last" of ``dates.month_suffixes``.
_JUST_PAST: Final = _any_word(
    w for w, meaning in merged("dates", "month_suffixes").items() if meaning == "last"
)

#: The words of the year after the publication's ("next year", "năm tới", "ປີໜ້າ"): the
#: "next-year" of ``dates.month_suffixes``.
_NEXT_YEAR: Final = _any_word(
    w for w, meaning in merged("dates", "month_suffixes").items() if meaning == "next-year"
)

#: Words that say an anniversary has been marked ("celebrated", "đã kỷ niệm", "ໄດ້ສະເຫຼີມສະຫຼອງ"),
#: and those they do not say so right after ("to be marked").
_MARKED: Final = _any_word(merged("ordinals", "marked_words"))
_NOT_MARKED_AFTER: Final = re.compile(
    rf"(?<!\w)(?:{_alternation(merged('ordinals', 'not_marked_after')) or '(?!)'})\s+$", re.IGNORECASE
)

#: The words of the publication's year ("this year", "năm nay", "ປີນີ້").
_THIS_YEAR: Final = _any_word(
    w for w, meaning in merged("amounts", "period_words").items() if meaning == "this-year"
)
# --------------------------------------------------------------------------- amounts
#: Words that make an amount next to metric words a target.
_TARGET_WORDS: Final = re.compile(
    rf"\b(?:{_alternation(merged('amounts', 'target_words'))})\b", re.IGNORECASE
)
#: Words of metrics the vocabulary's names miss: two-way trade, trade value.
_METRIC_EXTRA: Final = merged("amounts", "metric_words")
_CURRENCY_WORDS: Final = merged("amounts", "currency_words")
_CURRENCY_WHOLE: Final = merged("amounts", "currency_whole_words")
#: A currency near a number makes it an amount.
_CURRENCY_NEAR: Final = re.compile(
    rf"{_alternation(_CURRENCY_WORDS)}|\b(?:{_alternation(_CURRENCY_WHOLE)})\b", re.IGNORECASE
)
#: The same in the folded text, where a whole word needs no boundary test: a currency word
#: inside another word only makes a number near it read as a possible amount, in vain.
_CURRENCY_FOLDED: Final = re.compile(
    _ascii_alternation(map(_pattern_key, (*_CURRENCY_WORDS, *_CURRENCY_WHOLE)))
)

#: Between a change or ratio and the sum it came to ("doubled to", "tăng gấp đôi lên", "ເປັນ").
_RESULT: Final = re.compile(
    rf"\s*+(?:{_alternation(merged('amounts', 'result_before')) or '(?!)'})\s*+", re.IGNORECASE
)

# --------------------------------------------------------------------------- ordinals
#: English ordinal words, anchors of the ordinals reader.
_ORDINAL_WORDS: Final = tuple(merged("ordinals", "words"))
#: Heads of ordinals, which may be followed by a Roman numeral ("Đại hội XIV").
_ORDINAL_HEADS: Final = merged("ordinals", "heads")
#: The nouns an ordinal counts (vnla.lang.parsing reads no other), folded: "first" alone is no
#: ordinal.  A noun marked "*" may go on ("anniversaries"); the others end there.
_ORDINAL_NOUN: Final = re.compile(
    "|".join(
        re.escape(_pattern_key(n[:-1])) if n.endswith("*") else re.escape(_pattern_key(n)) + r"\b"
        for n in merged("ordinals", "nouns")
    )
)
#: After "Đại hội", "khóa", "kỷ niệm"…: up to four words, then a number (folded).
_NUMBER_WORDS: Final = _ascii_alternation(map(_pattern_key, merged("ordinals", "number_words")))
_HEAD_NUMBER: Final = re.compile(
    rf"(?: [a-z]+){{0,4}}? (?:(?:{_NUMBER_WORDS}) )?"
    r"(?:[ivxlc]+|[0-9]{1,4})\b"
)
#: After a number, what makes it an ordinal: an ending ("50th"), years counted ("40 years of"),
#: or an anniversary's years and what they count from ("96 năm Ngày thành lập").
_ORDINAL_AFTER: Final = re.compile(
    rf"(?:{_SUFFIXES})\b|\s+(?:{_alternation(merged('ordinals', 'years_after'))}"
    rf"|(?:{_alternation(merged('ordinals', 'anniversary_years'))})\s+"
    rf"(?:{_alternation(merged('ordinals', 'anniversary_tails')) or '(?!)'}))\b",
    re.IGNORECASE,
)
#: Words that say a congress is still to come.
_FUTURE: Final = re.compile(rf"\b(?:{_alternation(merged('ordinals', 'future'))})\b", re.IGNORECASE)
#: The writer's own party ("Đảng ta", "ພັກເຮົາ"; ``ordinals.own_party``): in a Vietnamese sentence
#: the CPV, in a Lao one the LPRP (the party of :data:`_WRITERS_COUNTRY` by the sentence's language).
_OWN_PARTY: Final = re.compile(_alternation(merged("ordinals", "own_party")) or "(?!)", re.IGNORECASE)
#: The one word of the writer's party as written, with nothing but a bracket, a comma or a stop
#: after it (``ordinals.own_party_alone``: "Đại hội XIV của Đảng (19–23/1/2026)"), or a word that
#: opens a clause about it (``ordinals.own_party_then``: Lao's "ຂອງພັກທີ່ໄຂຂຶ້ນ...", which opened).
_OWN_PARTY_ALONE: Final = re.compile(
    rf"(?:{_alternation(merged('ordinals', 'own_party_alone')) or '(?!)'})"
    rf"(?=[^\S\n]*+(?:[(),.;:]|$|(?:{_alternation(merged('ordinals', 'own_party_then')) or '(?!)'})))",
    re.MULTILINE,
)
#: The country a sentence's writer is of, by its language, for the words of :data:`_OWN_PARTY`.
_WRITERS_COUNTRY: Final = {"vi": "VN", "lo": "LA"}
#: Between a document's name and its date: spaces, a comma, maybe one of the word files'
#: ``dates.document_date_words`` ("of", "dated", "signed on").
_DOCUMENT_DATE: Final = re.compile(
    rf"[\s,]*+(?:(?:{_alternation(merged('dates', 'document_date_words'))})\s*+)?", re.IGNORECASE
)
#: Between a congress's ordinal and the party it is of: "of the", or nothing ("Đại hội XIII Đảng ...").
_OF_PARTY: Final = re.compile(
    rf"[\s,]*+(?:(?:{_alternation(merged('ordinals', 'of_party'))})\s*+)?", re.IGNORECASE
)


def own_party_after(text: str, end: int) -> bool:
    """
    Whether the writer's own party follows a congress's ordinal that ends at ``end``: "Đại hội
    XIV của Đảng ta" (our Party's 14th Congress).

    >>> own_party_after("Đại hội XIV của Đảng ta", 11), own_party_after("Đại hội XIV của Đảng Cộng sản", 11)
    (True, False)
    >>> own_party_after("Đại hội XIV của Đảng (19–23/1/2026)", 11)
    True
    """
    of = _OF_PARTY.match(text, end)
    return (
        of is not None
        and of.end() > end
        and (
            _OWN_PARTY.match(text, of.end()) is not None or _OWN_PARTY_ALONE.match(text, of.end()) is not None
        )
    )


#: The words of a national day ("National Day", "Quốc khánh", "ວັນຊາດ"), in any case.
_NATIONAL_DAY: Final = re.compile(_alternation(merged("ordinals", "national_day_words")), re.IGNORECASE)


#: Founding words right before a country's name ("the founding of the Lao PDR", "thành lập nước
#: CHDCND Lào", "ວັນສ້າງຕັ້ງ ສປປ ລາວ"): its founding, the national day, is what an anniversary counts from.
_FOUNDING_BEFORE: Final = re.compile(
    rf"(?:{_any_word(merged('ordinals', 'founding_words')).pattern})\s*$", re.IGNORECASE
)

#: Right before a date, the words of a founding, a birth or a death (the word files'
#: ``dates.founded_words``, ``born_words``, ``died_words``): "was founded on March 22, 1955".
_FOUNDED_WORDS: Final = (
    rf"(?:(?P<died>{_any_word(merged('dates', 'died_words')).pattern})"
    rf"|(?P<born>{_any_word(merged('dates', 'born_words')).pattern})"
    rf"|(?P<founded>{_any_word(merged('dates', 'founded_words')).pattern}))"
)
_FOUNDED_BEFORE: Final = re.compile(rf"{_FOUNDED_WORDS}\s*$", re.IGNORECASE)
#: What may stand between a record's name and such words, its subject ("the LPRP, which was
#: officially founded on", "Souphanouvong (born 13 July 1909)", a card's "LPRP: founded ..."):
#: spaces, commas, an opening bracket, a colon and the word files' ``dates.subject_links``.
_LINKS: Final = rf"(?:[\s,(:]|{_any_word(merged('dates', 'subject_links')).pattern})*+"
#: A timeline's entry: after a date that opens its line, a dash (or a full stop: "13 Dec 1920.
#: Birth of ..."), the name of what was founded and the words of its founding ("18 July 1977 – The
#: Treaty of Amity and Cooperation is signed").
_TIMELINE_DASH: Final = re.compile(r"[^\S\n]*+(?:[–—:-][^\S\n]*+|\.[^\S\n]++)")
_FOUNDED_AFTER: Final = re.compile(rf"{_LINKS}{_FOUNDED_WORDS}", re.IGNORECASE)
#: Those words in lower case, for a look at a date's last 40 characters before the expression's
#: search (``str.endswith`` with them costs a tenth of a search from each position); the Lao
#: ones without their spaces, to be looked for in text without its spaces, as Lao is written
#: both ways
_FOUNDED_WORD_LIST: Final = [
    w for key in ("died_words", "born_words", "founded_words") for w in merged("dates", key)
]
_FOUNDED_ENDINGS: Final = tuple(w.lower() for w in _FOUNDED_WORD_LIST if not is_lao(w[0]))
_LAO_FOUNDED_ENDINGS: Final = tuple(
    dict.fromkeys(w.replace(" ", "") for w in _FOUNDED_WORD_LIST if is_lao(w[0]))
)
_SUBJECT_LINK: Final = re.compile(_LINKS, re.IGNORECASE)
#: Right after a date, a clause of what happened on it: a comma at most, then ``dates.when_words``
#: ("on 18 July 1977, when ...", "ngày 5/9/1962, khi ...").
_WHEN_AFTER: Final = re.compile(
    rf"[^\S\n]*+,?[^\S\n]*+(?:{_any_word(merged('dates', 'when_words') or ['(?!)']).pattern})[^\S\n]*+",
    re.IGNORECASE,
)
#: Between a place and a date after founding words: nothing, a comma, or the word files'
#: ``dates.after_place`` and day words ("signed in Vientiane on 2 December 2025").
_AFTER_PLACE: Final = re.compile(
    rf"[\s,]*+(?:(?:{_alternation([*merged('dates', 'after_place'), *merged('dates', 'near_words')])})\s*+)?",
    re.IGNORECASE,
)
#: What may stand before a person's name at the head of a timeline's entry: titles and honorifics
#: (the word files' ``names.titles``: "ທ່ານ", "President", "Prince"), "the" among them.
_HONORIFICS_ONLY: Final = re.compile(
    rf"(?:[\s,]*+(?:the|{_alternation(merged('names', 'titles'))})(?![^\W\u0e80-\u0eff]))*+[\s,]*+",
    re.IGNORECASE,
)
#: A place's locative right before it ("in", "tại", "ທີ່"; the word files' ``places.locatives``).
_LOCATIVE_BEFORE: Final = re.compile(
    rf"(?:{_any_word(merged('places', 'locatives')).pattern})\s*+$", re.IGNORECASE
)
#: An article right before a name (the word files' ``dates.name_articles``: "signed the Treaty").
_ARTICLE_BEFORE: Final = re.compile(
    rf"(?:{_any_word(merged('dates', 'name_articles') or ['(?!)']).pattern})\s++$", re.IGNORECASE
)
#: Between a year and a name it is said to be ("2027 is the ...", "Năm 2027 là ...", "ປີ 2027
#: ແມ່ນ..."): a copula (the word files' ``dates.copulas``) and an article at most.
_YEAR_IS: Final = re.compile(
    rf"[^\S\n]*+(?:{_any_word(merged('dates', 'copulas')).pattern})[^\S\n]*+"
    rf"(?:(?:{_any_word(merged('dates', 'name_articles') or ['(?!)']).pattern})[^\S\n]++)?",
    re.IGNORECASE,
)


def words_end(text: str, at: int) -> int:
    """
    Where the words before ``at`` end: ``at`` less the spaces before it (a look back at most a
    short way, not a copy of the text before it).

    >>> words_end("the LPRP   (22 March 1955)", 11)
    8
    """
    lo = at
    while lo > 0 and text[lo - 1].isspace():
        lo -= 1
    return lo


def founded_ending(text: str, at: int) -> bool:
    """Whether founding, birth or death words end right before ``text[at]`` (asked at C speed first)."""
    before = text[max(0, at - 40) : at].rstrip().lower()
    if before and is_lao(before[-1]):
        return before.replace(" ", "").endswith(_LAO_FOUNDED_ENDINGS)
    return before.endswith(_FOUNDED_ENDINGS)


#: A comma or semicolon and words that open a clause about another subject (the word files'
#: ``countries.contrast_joins``: "while", "còn", "ສ່ວນ").
_CONTRAST_JOIN: Final = re.compile(
    rf"[,;][^\S\n]*+(?:{_any_word(merged('countries', 'contrast_joins') or ['(?!)']).pattern})(?![^\W\d_])",
    re.IGNORECASE,
)
#: The head of a clause a country's name may follow as such a subject: a clause mark, an
#: opening quotation mark or a table's cell bar (or the start of the text looked at) and the word
#: files' ``dates.country_before`` at most.
_COUNTRY_SUBJECT_HEAD: Final = re.compile(
    rf"(?:^|[,;:(\[.\"\u201c\u00ab|])\s*(?:(?:{_any_word(merged('dates', 'country_before')).pattern})\s*)?$",
    re.IGNORECASE,
)
#: Right after a country's name, passive words of its founding (the word files'
#: ``ordinals.founded_after``): "since the Lao PDR was proclaimed".
_FOUNDED_RIGHT_AFTER: Final = re.compile(
    rf"[^\S\n]*+(?:{_any_word(merged('ordinals', 'founded_after')).pattern})", re.IGNORECASE
)
#: After such a country's name, what makes the name part of a longer one ("the founding of
#: Vietnam's People's Army", "of Vietnam People's Army"): not the country's founding.
_NAME_GOES_ON: Final = re.compile(r"\s*[’']s\b|\s+[A-Z]")
#: A possessive right before an ordinal ("marks its 75th anniversary"): the subject's founding.
_POSSESSIVE_BEFORE: Final = re.compile(
    rf"\b(?:{_alternation(merged('ordinals', 'possessives'))})\s+$", re.IGNORECASE
)
#: Right after an ordinal, the words of the subject's founding ("kỷ niệm 75 năm ngày thành lập").
_FOUNDING_AFTER: Final = re.compile(
    rf"(?<!\s)\s*+(?:{_alternation(merged('ordinals', 'founding_after'))})(?:(?!\w)|(?<=[\u0e80-\u0eff]))",
    re.IGNORECASE,
)
#: Right after an ordinal, the word that names what it is of ("the 62nd anniversary of ...").
_OF_AFTER: Final = re.compile(
    rf"(?<!\s)\s*+(?:{_alternation(merged('ordinals', 'of_words'))})(?:(?!\w)|(?<=[\u0e80-\u0eff]))",
    re.IGNORECASE,
)
#: Right after an ordinal, "of" and a life that a pronoun owns ("the 106th anniversary of his
#: birth"): the life of the person the text has just dated, not a thing it names after it.
_OF_A_LIFE: Final = re.compile(
    rf"(?<!\s)\s*+(?:{_alternation(merged('ordinals', 'of_words'))})\s++"
    rf"(?:{_alternation(w for w in merged('dates', 'life_pronouns') if w[0].isalpha())})\s++"
    rf"(?:{_alternation(merged('ordinals', 'life_words'))})(?!\w)",
    re.IGNORECASE,
)
#: Between an anniversary's ordinal and a country's state name it is of ("the 51st anniversary of
#: the Lao PDR", "ຄົບຮອບ 50 ປີ ແຫ່ງ ສປປ ລາວ"): "of" and an article at most (the word files'
#: ``ordinals.of_words`` and ``state_before``: "the", "nước").
_OF_STATE: Final = re.compile(
    rf"\s*+(?:(?:{_alternation(merged('ordinals', 'of_words'))})\s*+)?"
    rf"(?:(?:{_alternation(merged('ordinals', 'state_before'))})\s*+)?",
    re.IGNORECASE,
)
#: Right after such a name, what ends its noun phrase: a stop, a comma, a bracket, a line's
#: end, or a word that goes on the sentence (the word files' ``ordinals.state_ends``).
_STATE_END: Final = re.compile(
    rf"[^\S\n]*+(?:[,;.:!?)\]–—]|\n|$|(?:{_alternation(merged('ordinals', 'state_ends'))})"
    r"(?:(?!\w)|(?<=[\u0e80-\u0eff])))",
    re.IGNORECASE,
)
#: Before a Lao ordinal, a word that links its clause to the sentence's subject ("ເຊິ່ງ", which).
_RELATIVE: Final = re.compile(_alternation(merged("ordinals", "relatives")) or "(?!)")
#: Country words in a sentence, for the countries it names.
_COUNTRY_WORD: Final = re.compile(rf"\b({_alternation(merged('countries', 'adjectives'))})\b")


class OtherCountries:
    """
    The names of countries and blocs other than Vietnam and Laos, in every language, and where
    they stand in a stretch of text: CLDR's territory names through babel (the word files'
    ``countries.other_locales``), each also without its parenthesis ("Myanmar (Burma)"), and
    the word files' ``countries.others`` ("Thai", "Mỹ", "ASEAN"), less their ``not_others``
    (CLDR names that are common words: Lao "ຊາດ", Chad, is "nation").

    They are matched as written, by one pass of an automaton: a regular expression of some 600
    names costs a microsecond a character.  A name in Latin letters must stand as a word;
    a Lao one, in text without spaces, wherever it stands.

    >>> [(m[0], m[1]) for m in other_countries().find("Vietnam-Cambodia and Thai trade, Laos", 0, 37)]
    [(8, 'Cambodia'), (21, 'Thai')]
    """

    def __init__(self) -> None:
        import ahocorasick  # type: ignore[import-not-found]  # the checker's matcher, a dependency
        from babel import Locale

        own = {"VN", "LA"}
        names = set(merged("countries", "others"))
        for tag in merged("countries", "other_locales"):
            for code, name in Locale.parse(tag).territories.items():
                if len(code) == 2 and code.isalpha() and code not in own:
                    names.add(name)
                    names.add(re.sub(r"\s*\(.*\)$", "", name))
        names -= set(merged("countries", "not_others"))
        self.given = frozenset(merged("countries", "given_names"))
        # The automaton tries each letter a name starts with in turn, at each character of the
        # text: the names that start with an ASCII letter are one automaton, and the others two,
        # each asked only of a stretch where a letter they start with may stand (a Lao one where
        # its UTF-8 has their first byte, another where one of their first letters stands).
        lao = {name for name in names if name and is_lao(name[0])}
        rest = {name for name in names if name and not name[0].isascii()} - lao
        self.automaton = _automaton(names - lao - rest)
        self.lao = _automaton(lao) if lao else None
        self.lao_bytes = tuple({name[0].encode()[:1] for name in lao})
        self.rest = _automaton(rest) if rest else None
        self.rest_letters = tuple({name[0] for name in rest})
        # Currencies named for a country ("U.S. dollars", "đô la Mỹ", "ໂດລາສະຫະລັດ") shield the
        # name inside them, in any case: a sum in US dollars is no figure of the United States.
        self.shields = ahocorasick.Automaton()
        words = {
            *_money().currencies,
            *merged("amounts", "currency_codes"),
            *merged("amounts", "currency_words"),
        }
        for word in {w.lower() for w in words}:
            self.shields.add_word(word, len(word))
        self.shields.make_automaton()

    def find(self, text: str, start: int, end: int) -> list[tuple[int, str]]:
        """Each ``(position, name)`` of ``text[start:end]``, in order (a name inside a longer one too)."""
        found: list[tuple[int, str]] = []
        # the stretch alone: the automaton reads the whole string it is given, start and end aside
        stretch = text[start:end]
        matches = list(self.automaton.iter(stretch))
        if not stretch.isascii():
            if self.rest is not None and any(letter in stretch for letter in self.rest_letters):
                matches += self.rest.iter(stretch)
            if self.lao is not None:
                encoded = stretch.encode("utf-8", "surrogatepass")
                if any(first in encoded for first in self.lao_bytes):
                    matches += self.lao.iter(stretch)
        for last, (length, name) in matches:
            at = start + last + 1 - length
            after = at + length
            if not is_lao(name[0]) and (
                (at > 0 and _is_word(text[at - 1])) or (after < len(text) and _is_word(text[after]))
            ):
                continue  # "Thai" in "Thailand" counts once, as Thailand
            if name in self.given and _in_a_full_name(text, at, after):
                continue  # "Trần Đức Lộc": a person's name, no Germany
            found.append((at, name))
        if found:
            low = text[start:end].lower()
            if len(low) == end - start:  # lower case kept every offset (it does for these scripts)
                shields = [(start + last + 1 - n, start + last + 1) for last, n in self.shields.iter(low)]
                found = [
                    (at, n) for at, n in found if not any(a <= at and at + len(n) <= b for a, b in shields)
                ]
        found.sort()
        return found


def _capitalised(word: str) -> bool:
    """Whether ``word`` is written as a name is: a capital, then small letters only ("Đức", not "CHLB")."""
    return bool(word) and word[0].isupper() and (len(word) == 1 or word[1:].islower())


def _in_a_full_name(text: str, at: int, end: int) -> bool:
    """
    Whether the word at ``text[at:end]`` stands in a run of three capitalised words or more,
    joined by single spaces: a person's full name ("Trần Đức Lộc", "Trịnh Thu Nga"), where a
    country's name that is a given name too is no country.  Two words are not enough: "Tại
    Đức" (in Germany) opens a sentence.

    >>> _in_a_full_name("Ông Trần Đức Lộc nhắn", 9, 12), _in_a_full_name("Tại Đức, ...", 4, 7)
    (True, False)
    """
    words = 1
    i = at
    while words < 3 and i > 1 and text[i - 1] == " ":  # the words before it
        k = i - 1
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        if not _capitalised(text[k : i - 1]):
            break
        words, i = words + 1, k
    i = end
    while words < 3 and i < len(text) - 1 and text[i] == " ":  # and after it
        k = i + 1
        while k < len(text) and text[k].isalpha():
            k += 1
        if not _capitalised(text[i + 1 : k]):
            break
        words, i = words + 1, k
    return words >= 3


def _automaton(names: set[str]) -> Any:
    """An automaton of ``names``, each giving its length and itself."""
    import ahocorasick  # the checker's matcher, a dependency

    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, (len(name), name))
    automaton.make_automaton()
    return automaton


@functools.cache
def other_countries() -> OtherCountries:
    """The names of other countries, built on first use (babel's territory names load slowly)."""
    return OtherCountries()


# --------------------------------------------------------------------------- titles' bodies
#: A capitalised word or an acronym right before a title ("NA President", "Club President"):
#: maybe a body the record does not name, whose head the title is.
_WORD_BEFORE: Final = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]*) $")
#: Capitalised words before a title that name no body (lower case): the word files'
#: ``titles.not_a_body``, ``not_a_name``, ``former``, ``not_the_role``, qualifiers, CLDR's
#: months and weekdays.
_NOT_A_BODY: Final = frozenset(
    w.lower()
    for w in (
        *merged("titles", "not_a_body"),
        *_NOT_A_NAME,
        *merged("titles", "former"),
        *merged("titles", "not_the_role"),
        *_QUALIFIER_WORDS,
        *_WEEKDAY_WORDS,
        *_MONTH_WORDS,
        *(
            name
            for locale in merged("dates", "month_locales")
            for name in get_month_names("wide", locale=locale).values()
        ),
    )
)

# --------------------------------------------------------------------------- sentences
_ABBREVIATIONS: Final = merged("sentences", "abbreviations")
#: A full stop after these (or after an initial) ends no sentence.
_ABBREVIATION: Final = re.compile(rf"(?<![\w.])(?:[A-Z]|{_alternation(_ABBREVIATIONS)})$")
#: The Lao abbreviations with their full stops, wherever they stand (Lao may write no space
#: before one): "ສປປ.", "ພ.ສ.".
_LAO_ABBREVIATION: Final = re.compile(
    "|".join(
        re.escape(a) + r"\."
        for a in sorted((a for a in _ABBREVIATIONS if is_lao(a[0])), key=len, reverse=True)
    )
    or "(?!)"
)
#: The last characters of the abbreviations and initials, and a line break (before which "$" matches too).
_ABBREVIATION_ENDS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ\n") | {a[-1] for a in _ABBREVIATIONS}

# --------------------------------------------------------------------------- framework
_LIST_WORDS: Final = _alternation(w for w in merged("framework", "connectors") if not is_lao(w[0]))
_LAO_LIST_WORDS: Final = _alternation(w for w in merged("framework", "connectors") if is_lao(w[0]))
#: Words that name the newest element without its wording (``framework.new_element_words``:
#: "the fourth element", "yếu tố thứ tư").
_NEW_ELEMENT: Final = _any_word(merged("framework", "new_element_words") or ["(?!)"])
#: Words of an element's joining the framework, or of its upgrade (``framework.added_words``).
_ADDED: Final = _any_word(merged("framework", "added_words") or ["(?!)"])
#: Right before an element's wording, words that say the framework gained it (``framework.added_before``:
#: "the addition of", "bổ sung").
_ADDED_BEFORE: Final = _any_word(merged("framework", "added_before") or ["(?!)"])
#: Words after an element's wording that say the framework gained it (``framework.added_after``:
#: "strategic cohesion, added in ...").
_ADDED_AFTER_WORDS: Final = _any_word(merged("framework", "added_after") or ["(?!)"])
#: Right after an element's wording: a closing quotation mark, a comma and those words.
_ADDED_AFTER: Final = re.compile(
    r"[\"”’'»]?[^\S\n]*+,?[^\S\n]*+(?:" + _ADDED_AFTER_WORDS.pattern + ")", re.IGNORECASE
)
#: Any words that say which element the framework gained, or name the newest element: before a
#: link that names it ("The element added on 2 December 2025 was ...").
_SAID_ADDED: Final = _any_word(
    [
        *merged("framework", "added_before"),
        *merged("framework", "added_after"),
        *merged("framework", "new_element_words"),
    ]
    or ["(?!)"]
)
#: Quotation marks, a colon and spaces before a wording.
_OPENING: Final = re.compile(r"[\s\"“‘'«:]*+")
#: Between words of adding and the wording they name: a few words of ``framework.added_between``
#: ("of the term"), with quotation marks and a colon.
_ADDED_BETWEEN: Final = re.compile(
    r"[\s\"“‘'«:]*+(?:(?:"
    + _any_word(merged("framework", "added_between") or ["(?!)"]).pattern
    + r")[\s\"“‘'«:]*+){0,3}",
    re.IGNORECASE,
)
#: The links before a wording that name it the element added (``framework.added_links``: "is", "là").
_ADDED_LINK: Final = _any_word(merged("framework", "added_links") or ["(?!)"])
#: What separates the elements of a listing (Lao may write no space around its "and", and lists
#: with spaces alone: "ມິດຕະພາບອັນຍິ່ງໃຫຍ່ ຄວາມສາມັກຄີພິເສດ ..."): a comma or a semicolon, "and", a
#: dash between spaces, a middle dot or a slash ("hữu nghị truyền thống – đoàn kết đặc biệt – ...").
_LIST_SEP: Final = re.compile(
    rf"\s*[,;]\s*(?:(?:{_LIST_WORDS})\s+)?|\s+(?:{_LIST_WORDS})\s+"
    r"|[^\S\n]++[–—-][^\S\n]++|[^\S\n]*+[·•/][^\S\n]*+"
    + (rf"|\s*+,?\s*+(?:{_LAO_LIST_WORDS})\s*+" if _LAO_LIST_WORDS else "")
    + r"|(?<=[\u0e80-\u0eff])[^\S\n]++"
)
_ELEMENT: Final = "|".join(
    [
        *(rf"(?:{_alternation([w])})\s+[^\W\d_]+" for w in merged("framework", "element_before")),
        # a noun of one or two words (Vietnamese syllables: "tin cậy chiến lược"), or Lao run together
        *(
            rf"(?:[\u0e80-\u0eff]{{1,30}}?\s*+|(?:[^\W\d_]++\s++){{1,2}})(?:{_alternation([w])})"
            for w in merged("framework", "element_after")
        ),
    ]
)
#: The next element of a listing: a separator, then a wording of the shape elements have.
_NEXT_ELEMENT: Final = re.compile(
    rf"(?:\s*,\s*(?:(?:{_LIST_WORDS})\s+)?|\s+(?:{_LIST_WORDS})\s+"
    + (rf"|\s*+,?\s*+(?:{_LAO_LIST_WORDS})\s*+" if _LAO_LIST_WORDS else "")
    + rf")({_ELEMENT})",
    re.IGNORECASE,
)
#: Translation variants that are also common terms for other things ("strategic partnership"), lower case.
_COMMON_TERMS: Final = frozenset(" ".join(w.lower().split()) for w in merged("framework", "common_terms"))
#: Right after a wording, a word of the field it is limited to ("strategic partnership in energy");
#: a Lao one may follow with no space.
_FIELD_AFTER: Final = re.compile(
    "|".join(
        rf"\s*+{_lao_spaced(w)}" if is_lao(w[0]) else rf"\s+{re.escape(w)}\b"
        for w in sorted(merged("framework", "field_words"), key=len, reverse=True)
    ),
    re.IGNORECASE,
)


#: A log's entry whose head sets its fields apart by middle dots ("Flight 2 · 1 December 2025 ·
#: ATR72 · Luang Prabang-Vientiane", "ຖ້ຽວທີ 3 · 3 ທັນວາ 2025 · A320"), its body on the same line
#: once the text is unwrapped: a short label and a dot before the date ...
_FIELDS_LABEL: Final = re.compile(r"[^\S\n]*+[^\n·|]{1,24}?[^\S\n]*+·[^\S\n]*+")
#: ... and a dot right after it.
_FIELD_MARK: Final = re.compile(r"[^\S\n]*+·")


#: A chat log's message head: a bracket that opens its line and holds the message's day and time,
#: the time before the day or after it ("[8 May, 21:30] Minh: ...", "[21:30, 8/5/2026] ...").
_CLOCK: Final = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[^\S\n]*+[AaPp]\.?[Mm]\.?)?"
_MESSAGE_OPEN: Final = re.compile(rf"[^\S\n]*+\[[^\S\n]*+(?P<clock>{_CLOCK}[^\S\n]*+,?[^\S\n]*+)?")
_MESSAGE_CLOSE: Final = re.compile(rf"(?:[^\S\n]*+,?[^\S\n]*+(?P<clock>{_CLOCK}))?[^\S\n]*+\]")


def in_a_message_head(text: str, start: int, end: int) -> bool:
    """
    Whether the date at ``text[start:end]`` is a chat message's day, in the bracket with its time
    that opens its line.

    >>> in_a_message_head("[8 May, 21:30] Minh: I read that ...", 1, 6)
    True
    >>> in_a_message_head("[8 May] Minh: I read that ...", 1, 6)
    False
    """
    line = text.rfind("\n", 0, start) + 1
    opened = _MESSAGE_OPEN.fullmatch(text, line, start)
    if opened is None:
        return False
    closed = _MESSAGE_CLOSE.match(text, end)
    return closed is not None and (opened["clock"] is not None or closed["clock"] is not None)


def in_a_fields_head(text: str, start: int, end: int) -> bool:
    """
    Whether the date at ``text[start:end]`` is a field of a log entry's head: a short label and a
    middle dot open its line before it, and another dot follows it.  A table's row sets its cells
    apart by bars, and is none.

    >>> in_a_fields_head("Flight 3 · 3 December 2025 · A320 · Hanoi", 11, 26)
    True
    >>> in_a_fields_head("5 | 3/12/2025 | 48th meeting |", 4, 13)
    False
    """
    line = text.rfind("\n", 0, start) + 1
    return _FIELDS_LABEL.fullmatch(text, line, start) is not None and _FIELD_MARK.match(text, end) is not None

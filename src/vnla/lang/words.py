# SPDX-License-Identifier: MIT
"""
Each language's words as data: ``vnla/data/lang/<lang>.toml``, read and validated here.

A language file has sections named for the checker's readers (``titles``, ``dates``,
``amounts``, ``ordinals``, ``framework``, ``sentences``, ``language``, ``countries``), each
with lists of words or tables of words and what they mean; :data:`SCHEMA` says which keys
exist and of what type.  A section may belong to one language (``lao``, the words of
:mod:`vnla.lang.lao`'s grammar, see :data:`OWN_SECTIONS`), and a language may need keys
(:data:`REQUIRED`).  Every problem of a file (an unknown key, a wrong type, an empty or
repeated word) is reported in one :class:`~vnla.model.errors.DataError` with the file and
the path of the value (``$.dates.cue_words.visit[3]``).  Month and weekday names, number
scales and currency names are CLDR's, read through babel; they are not in these files.

Files are read on first use and cached: ``import vnla`` parses none of them.

>>> words("vi").get("titles", "former")
('nguyên', 'cựu', 'cố')
>>> words("en").get("dates", "day_words")["tomorrow"]
1
>>> words("lo").lang
'lo'
"""

from __future__ import annotations

import functools
import os
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from vnla.model.errors import DataError, Problem

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

__all__ = [
    "CHOICES",
    "LANGUAGES",
    "OWN_SECTIONS",
    "PATTERNS",
    "REQUIRED",
    "SCHEMA",
    "WRITTEN",
    "Words",
    "load_words",
    "merged",
    "words",
]

#: The languages with a word file, in the order their words are merged.
LANGUAGES: Final = ("en", "vi", "lo")

#: The folder of the bundled word files.
WORDS_DIR: Final = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "lang")

#: What each key of a section holds: ``list`` (distinct non-empty strings), ``text`` (a
#: non-empty string), ``words->text`` (a table of words to strings, which may be empty),
#: ``words->int`` (words to integers), ``words->list`` (words to lists of distinct strings).
SCHEMA: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {
        "language": {"common_words": "list", "letters": "text"},
        "sentences": {
            "abbreviations": "list",
            "denials": "list",
            "not_denials": "list",
            "rating_labels": "list",
            "correction_words": "list",
            "denying_sentences": "list",
            "error_sentences": "list",
            "false_ratings": "list",
            "dismissals": "list",
            "corrections": "list",
            "truth_questions": "list",
            "truth_question_openers": "list",
            "other_texts": "list",
            "report_verbs": "list",
        },
        "countries": {
            "adjectives": "words->text",
            "possessives": "words->text",
            "other_locales": "list",
            "others": "list",
            "not_others": "list",
            "given_names": "list",
            "ranking_words": "list",
            "joiners": "list",
            "both_words": "list",
            "between_words": "list",
            "contrast_joins": "list",
        },
        "names": {"titles": "list", "qualifiers": "list", "others": "list"},
        "titles": {
            "roles": "words->text",
            "host": "list",
            "hosted_roles": "list",
            "plural_roles": "words->text",
            "plural_before": "list",
            "not_the_role": "list",
            "former": "list",
            "at_the_time": "list",
            "qualifiers": "list",
            "connectors": "list",
            "after_comma": "list",
            "of": "list",
            "appositive_lead": "list",
            "predicates": "list",
            "named_as": "list",
            "named_as_lead": "list",
            "past_predicates": "list",
            "term_words": "list",
            "nth_holder": "list",
            "first_before": "list",
            "first_after": "list",
            "first_clause_joins": "list",
            "capacity": "list",
            "not_a_name": "list",
            "not_a_body": "list",
            "became": "list",
            "took_office": "list",
            "reelected": "list",
            "first_time": "list",
        },
        "dates": {
            "month_locales": "list",
            "that_day_words": "list",
            "opening_pronouns": "list",
            "present_words": "list",
            "relative_months": "words->int",
            "relative_weeks": "words->int",
            "month_prefixes": "words->text",
            "month_suffixes": "words->text",
            "coming_before": "list",
            "coming_after": "list",
            "coming_not_after": "list",
            "month_names_locales": "list",
            "month_names_before": "list",
            "then_words": "list",
            "since_words": "list",
            "span_to_words": "list",
            "month_spellings": "list",
            "weekday_locales": "list",
            "weekday_spellings": "list",
            "weekday_day_words": "list",
            "day_words": "words->int",
            "days_from_words": "words->int",
            "apart_words": "list",
            "report_words": "list",
            "near_words": "list",
            "near_words_as_written": "list",
            "cue_words": "words->list",
            "leader_words": "words->list",
            "leader_words_before": "words->list",
            "welcome_words": "words->list",
            "dateline_labels": "list",
            "stamp_labels": "list",
            "subject_words": "list",
            "subject_clause": "list",
            "subject_clause_nouns": "list",
            "alongside_words": "list",
            "sequence_words": "list",
            "return_words": "list",
            "relative_words": "list",
            "verb_links": "list",
            "era_years": "words->int",
            "range_words": "list",
            "range_words_within_a_month": "list",
            "weekday_prefixes": "words->int",
            "weekday_articles": "list",
            "weekday_narrated": "list",
            "document_date_words": "list",
            "document_indefinite": "list",
            "founded_words": "list",
            "founding_nouns": "list",
            "born_words": "list",
            "birthday_words": "list",
            "answer_labels": "list",
            "when_questions": "list",
            "died_words": "list",
            "after_place": "list",
            "name_articles": "list",
            "subject_links": "list",
            "signers": "list",
            "document_words": "list",
            "life_pronouns": "list",
            "reverent_pronouns": "list",
            "until_words": "list",
            "country_before": "list",
            "speech_words": "list",
            "plan_words": "list",
            "closing_words": "list",
            "opening_words": "list",
            "calendar_words": "list",
            "year_as_adjective": "list",
            "copulas": "list",
            "when_words": "list",
            "founding_appositions": "list",
            "founding_date_after": "list",
            "written": "words->text",
            "year_qualifiers": "words->text",
            "year_qualifiers_as_written": "words->text",
            "year_words": "words->text",
            "year_words_as_written": "words->text",
            "year_fillers": "list",
            "years_to": "list",
            "day_of": "list",
            "day_before": "list",
            "times_of_day": "list",
            "times_of_day_before": "list",
            "times_of_day_after": "list",
            "today_words": "list",
            "month_before": "list",
            "month_alone": "list",
            "year_before": "list",
            "range_from": "list",
            "range_to": "list",
            "years_long": "list",
            "future_words": "list",
            "future_tense": "list",
            "past_tense": "list",
            "people_cues": "list",
            "indefinite_before": "list",
            "party_founding_words": "list",
            "party_before_country": "list",
            "party_after_country": "list",
            "party_not_after": "list",
            "future_in_past": "list",
            "plan_period_gap": "list",
        },
        "amounts": {
            "clause_joins": "list",
            "figure_nouns": "list",
            "target_words": "list",
            "metric_words": "words->list",
            "currency_words": "list",
            "currency_whole_words": "list",
            "actual_words": "list",
            "forecast_words": "list",
            "forecast_over_horizon": "list",
            "estimate_words": "list",
            "target_after": "list",
            "qualifiers": "words->text",
            "number_words": "words->text",
            "scale_words": "words->int",
            "decimal_marks": "list",
            "percent_words": "list",
            "increase_words": "list",
            "change_by_words": "list",
            "increase_after": "list",
            "result_before": "list",
            "decrease_words": "list",
            "range_words": "list",
            "ratio_words": "words->text",
            "times_after": "list",
            "not_times": "list",
            "times_before": "list",
            "rate_words": "list",
            "flow_words": "words->text",
            "flow_verbs": "words->text",
            "flow_verb_compounds": "list",
            "bilateral_words": "list",
            "partner_words": "list",
            "whole_words": "list",
            "country_total_words": "list",
            "part_words": "list",
            "part_places": "list",
            "sum_words": "list",
            "count_words": "words->text",
            "country_words": "words->text",
            "toward_words": "list",
            "from_words": "list",
            "of_words": "list",
            "glued_scales": "words->int",
            "year_glued_before": "list",
            "glued_scales_after_currency": "words->int",
            "base_right_before": "list",
            "base_before": "list",
            "base_opening": "list",
            "base_fillers": "list",
            "base_after": "list",
            "same_period_words": "list",
            "own_words": "list",
            "year_on_year_words": "list",
            "over_years": "list",
            "period_words": "words->text",
            "months_words": "list",
            "first_months_words": "list",
            "month_words": "list",
            "quarter_words": "list",
            "quarter_ordinals": "words->int",
            "as_of_words": "list",
            "month_span_words": "list",
            "other_quantities": "list",
            "that_words": "list",
            "year_earlier_words": "list",
            "year_later_words": "list",
            "later_words": "list",
            "other_way_words": "list",
            "invested_in": "list",
            "month_span_between": "words->text",
            "month_span_from": "list",
            "month_span_before": "list",
            "year_words": "list",
            "clause_words": "list",
            "flow_after": "list",
            "months_after": "list",
            "currency_codes": "words->text",
            "cldr_locales": "list",
            "quote_scale_words": "words->int",
            "quote_currency_codes": "words->text",
        },
        "ordinals": {
            "words": "words->int",
            "tens": "words->int",
            "anniversaries": "words->int",
            "heads": "list",
            "nouns": "list",
            "future": "list",
            "suffixes": "list",
            "years_after": "list",
            "counted": "words->text",
            "counted_years": "list",
            "counted_years_as_written": "list",
            "congress_heads": "list",
            "congress_of": "list",
            "term_heads": "list",
            "term_before": "list",
            "anniversary_heads": "list",
            "age_heads": "list",
            "age_after": "list",
            "national_day_words": "list",
            "founding_words": "list",
            "possessives": "list",
            "subject_articles": "list",
            "person_possessives": "list",
            "that_year_words": "list",
            "year_after_words": "list",
            "count_words": "list",
            "founding_after": "list",
            "founded_after": "list",
            "relatives": "list",
            "of_words": "list",
            "state_before": "list",
            "state_ends": "list",
            "anniversary_years": "list",
            "anniversary_tails": "list",
            "session_heads": "list",
            "session_nth": "list",
            "national_day_nth": "list",
            "number_words": "list",
            "death_words": "list",
            "birth_words": "list",
            "life_words": "list",
            "marked_words": "list",
            "up_to_now": "list",
            "just_marked": "list",
            "not_marked_after": "list",
            "coordinated": "list",
            "not_between": "list",
            "count_from_words": "list",
            "outcome_words": "list",
            "outcome_heads": "list",
            "of_party": "list",
            "own_party": "list",
            "own_party_alone": "list",
            "own_party_then": "list",
        },
        "framework": {
            "connectors": "list",
            "element_before": "list",
            "element_after": "list",
            "field_words": "list",
            "common_terms": "list",
            "element_heads": "words->text",
            "confused_wordings": "list",
            "added_words": "list",
            "new_element_words": "list",
            "added_before": "list",
            "added_between": "list",
            "added_after": "list",
            "added_links": "list",
            "current_words": "list",
        },
        "places": {
            "locatives": "list",
            "region_words": "list",
            "region_before": "list",
            "region_after": "list",
            "lies_in": "list",
            "of_region": "list",
            "held_words": "list",
            "time_words": "list",
            "thing_of": "list",
        },
        "spouses": {"words": "list", "of": "list", "links": "list"},
        "periods": {"connectors": "list", "parties": "list"},
        "references": {
            "heads": "list",
            "before": "list",
            "after": "list",
            "between": "list",
            "not_after": "list",
            "proper_verbs": "list",
        },
        "horizons": {
            "near_term": "list",
            "longer_term": "list",
            "soon": "list",
            "by_year": "list",
            "period_before": "list",
            "period_after": "list",
            "after_figure": "list",
            "before_figure": "list",
            "deed_words": "words->list",
        },
        # The words of vnla.lang.lao's own grammar (ordinals, dates, horizons in Lao script).
        # A section of its own, read from the Lao file only: the general grammars merge the
        # shared keys of every file, and Lao words there would change English and Vietnamese.
        "lao": {
            "ordinal_heads": "words->text",
            "ordinal_mark": "text",
            "ordinal_nth": "text",
            "anniversary": "text",
            "full_years": "list",
            "year": "text",
            "day_words": "list",
            "from_words": "list",
            "since_year": "list",
            "month_words": "list",
            "range_words": "list",
            "near_term": "list",
            "longer_term": "list",
            "soon": "list",
            "by_year": "list",
            "repetition": "text",
        },
        # Vietnamese written without its accents (vnla.lang.accents), read from the Vietnamese
        # file only: the single words whose accents are put back wherever they stand, those put
        # back only beside a number, and the phrases never put back.
        "unaccented": {"words": "list", "beside_numbers": "list", "never": "list"},
    }
)
_TOP: Final = ("schema_version", "lang", *SCHEMA)

#: The keys a language's file must give (its grammar cannot be built without them), by language.
REQUIRED: Final[Mapping[str, tuple[tuple[str, str], ...]]] = MappingProxyType(
    {"lo": tuple(("lao", key) for key in SCHEMA["lao"])}
)
#: The sections only one language's file may have, and that language.
OWN_SECTIONS: Final[Mapping[str, str]] = MappingProxyType({"lao": "lo", "unaccented": "vi"})

#: The meanings a table of words may give, for the tables whose meanings the grammar reads.
CHOICES: Final[Mapping[tuple[str, str], frozenset[str]]] = MappingProxyType(
    {
        ("dates", "year_qualifiers"): frozenset({"early", "mid", "late"}),
        ("dates", "year_qualifiers_as_written"): frozenset({"early", "mid", "late"}),
        ("dates", "year_words"): frozenset({"in", "by", "before", "since", "after"}),
        ("dates", "year_words_as_written"): frozenset({"in", "by", "before", "since", "after"}),
        ("dates", "month_prefixes"): frozenset({"last", "past", "this", "next"}),
        ("dates", "month_suffixes"): frozenset(
            {"last", "past", "this", "next", "last-year", "this-year", "next-year"}
        ),
        ("lao", "ordinal_heads"): frozenset({"congress", "meeting", "term"}),
        ("ordinals", "counted"): frozenset(
            {
                "anniversary",
                "congress",
                "national-day",
                "plan",
                "central-committee",
                "committee",
                "meeting",
                "term",
                "national-assembly",
                "plenum",
            }
        ),
    }
)

#: The words around a date that CLDR has no pattern for (``dates.written``, see
#: :func:`vnla.lang.dates.format_when`), and the one placeholder each must hold: ``{date}`` a
#: day, ``{days}`` a range of days, ``{year}`` a year, all as babel writes them.
WRITTEN: Final[Mapping[str, str]] = MappingProxyType(
    {
        "after": "{date}",
        "before": "{date}",
        "within": "{days}",
        "early": "{year}",
        "mid": "{year}",
        "late": "{year}",
    }
)
#: Lists of patterns of words around a number (``dates.years_long``: ``"{n}-year"``), and the
#: one placeholder each pattern must hold.
PATTERNS: Final[Mapping[tuple[str, str], str]] = MappingProxyType({("dates", "years_long"): "{n}"})
_SCHEMA_VERSION: Final = 1


class Words:
    """
    One language's words, by section and key; a key the file leaves out is empty.

    >>> Words("xx", {"titles": {"former": ("ex",)}}).get("titles", "former")
    ('ex',)
    >>> Words("xx", {}).get("ordinals", "words")
    {}
    """

    __slots__ = ("_sections", "lang")

    def __init__(self, lang: str, sections: Mapping[str, Mapping[str, Any]]) -> None:
        self.lang = lang
        self._sections = {name: dict(keys) for name, keys in sections.items()}

    def get(self, section: str, key: str) -> Any:
        """The value of ``section.key``: a tuple of words, a text or a table (empty when absent)."""
        kind = SCHEMA[section][key]  # a KeyError names a key no reader may use
        value = self._sections.get(section, {}).get(key)
        if value is not None:
            return value
        if kind == "list":
            return ()
        return "" if kind == "text" else {}

    def strings(self) -> Iterator[str]:
        """
        Every word and text of the file, in the order of its sections and keys: the words of
        each list, and the words of each table with what they mean when that is words.

        >>> list(Words("xx", {"titles": {"former": ("ex",)}, "dates": {"day_words": {"today": 0}}}).strings())
        ['ex', 'today']
        """
        for keys in self._sections.values():
            for value in keys.values():
                if isinstance(value, str):
                    yield value
                elif isinstance(value, tuple):
                    yield from value
                else:
                    for word, meaning in value.items():
                        yield word
                        if isinstance(meaning, str):
                            yield meaning
                        elif isinstance(meaning, tuple):
                            yield from meaning

    def __repr__(self) -> str:
        return f"Words({self.lang!r})"


def load_words(path: str | os.PathLike[str], lang: str | None = None) -> Words:
    """
    Read and validate one word file; every problem is listed in one :class:`DataError`.

    Args:
        path: the TOML file.
        lang: the language the file must declare (default: its name without ``.toml``).

    Raises:
        DataError: the file cannot be read, is not TOML, or has unknown keys, values of the
            wrong type, empty words or a word twice in one list.

    >>> import pathlib, tempfile
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "xx.toml"
    >>> _ = bad.write_text('lang = "xx"\\n[dates.cue_words]\\nvisit = ["a", "b", "a"]\\n', encoding="utf-8")
    >>> try:
    ...     load_words(bad)
    ... except DataError as error:
    ...     print(error.problems[0].path, error.problems[0].reason)
    $.dates.cue_words.visit[2] 'a' is listed twice
    """
    import tomllib  # delayed: vnla.lang.parsing imports this module on the first vnla.dataset()

    name = os.fspath(path)
    file = os.path.basename(name)
    lang = lang or file.removesuffix(".toml")
    try:
        with open(name, "rb") as handle:
            raw = tomllib.load(handle)
    except OSError as error:
        raise DataError(
            [Problem(file=file, path="$", reason=f"cannot read: {error.strerror or error}")]
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise DataError([Problem(file=file, path="$", reason=f"not valid TOML: {error}")]) from None
    problems: list[Problem] = []

    def problem(path: str, reason: str) -> None:
        problems.append(Problem(file=file, path=path, reason=reason))

    for key in raw:
        if key not in _TOP:
            problem(f"$.{key}", f"unknown key {key!r}; expected one of {', '.join(_TOP)}")
    version = raw.get("schema_version", _SCHEMA_VERSION)
    if type(version) is not int or version != _SCHEMA_VERSION:
        problem("$.schema_version", f"schema_version must be {_SCHEMA_VERSION}, got {version!r}")
    if raw.get("lang", lang) != lang:
        problem("$.lang", f"the file of {lang!r} says lang = {raw.get('lang')!r}")
    sections: dict[str, dict[str, Any]] = {}
    for section, keys in SCHEMA.items():
        table = raw.get(section, {})
        if not isinstance(table, dict):
            problem(f"$.{section}", f"must be a table, got {type(table).__name__}")
            continue
        owner = OWN_SECTIONS.get(section, lang)
        if table and owner != lang:
            problem(f"$.{section}", f"only the file of {owner!r} may have a {section!r} section")
            continue
        sections[section] = {}
        for key, value in table.items():
            where = f"$.{section}.{key}"
            kind = keys.get(key)
            if kind is None:
                problem(where, f"unknown key {key!r}; expected one of {', '.join(keys)}")
                continue
            checked = _checked(value, kind, where, problem)
            if checked is not None and (section, key) == ("dates", "written"):
                checked = _written(checked, where, problem)
            if checked is not None and (section, key) in PATTERNS:
                checked = _patterns(checked, PATTERNS[section, key], where, problem)
            if checked is not None and (section, key) in CHOICES:
                checked = _chosen(checked, CHOICES[section, key], where, problem)
            if checked is not None:
                sections[section][key] = checked
    _required(raw, lang, problem)
    if problems:
        raise DataError(problems)
    return Words(lang, sections)


def _required(raw: Mapping[str, Any], lang: str, problem: Any) -> None:
    """Report each key of :data:`REQUIRED` that the file of ``lang`` leaves out or leaves empty."""
    missing: set[str] = set()
    for section, key in REQUIRED.get(lang, ()):
        table = raw.get(section)
        if table is None:
            if section not in missing:
                missing.add(section)
                problem(f"$.{section}", f"the {section!r} section is missing; the {lang!r} grammar needs it")
        elif isinstance(table, dict) and key not in table:
            problem(f"$.{section}.{key}", f"{key!r} is missing; the {lang!r} grammar needs it")
        elif isinstance(table, dict) and isinstance(table[key], (list, dict)) and not table[key]:
            problem(f"$.{section}.{key}", "must list at least one word; the grammar needs it")


def _checked(value: Any, kind: str, where: str, problem: Any) -> Any:
    """``value`` as ``kind`` holds it (tuples for lists), or ``None`` after reporting why not."""
    if kind == "list":
        return _word_list(value, where, problem)
    if kind == "text":
        if not isinstance(value, str) or not value.strip():
            problem(where, f"must be a non-empty string, got {value!r}")
            return None
        return value
    if not isinstance(value, dict):
        problem(where, f"must be a table of words, got {type(value).__name__}")
        return None
    out: dict[str, Any] = {}
    for word, meaning in value.items():
        at = f"{where}.{word}" if word.isidentifier() else f'{where}["{word}"]'
        if not word.strip():
            problem(at, "a word must not be empty")
            continue
        if kind == "words->int":
            if type(meaning) is not int:
                problem(at, f"must be an integer, got {meaning!r}")
                continue
        elif kind == "words->text":
            if not isinstance(meaning, str):
                problem(at, f"must be a string, got {meaning!r}")
                continue
        else:
            listed = _word_list(meaning, at, problem)
            if listed is None:
                continue
            if not listed:
                problem(at, "must list at least one value")
                continue
            out[word] = listed
            continue
        out[word] = meaning
    return out


def _written(table: dict[str, str], where: str, problem: Any) -> dict[str, str] | None:
    """``dates.written``: every one of :data:`WRITTEN`'s keys, each with its one placeholder."""
    ok = True
    for key in table:
        if key not in WRITTEN:
            problem(f"{where}.{key}", f"unknown key {key!r}; expected one of {', '.join(WRITTEN)}")
            ok = False
    for key, placeholder in WRITTEN.items():
        text = table.get(key)
        if text is None:
            problem(where, f"{key!r} is missing; the keys are {', '.join(WRITTEN)}")
            ok = False
        elif text.count("{") != 1 or text.count("}") != 1 or placeholder not in text:
            problem(f"{where}.{key}", f"must hold {placeholder} once and no other braces, got {text!r}")
            ok = False
    return table if ok else None


def _patterns(value: tuple[str, ...], placeholder: str, where: str, problem: Any) -> tuple[str, ...] | None:
    """A list of :data:`PATTERNS`: each holds its placeholder once, no other braces, and a word."""
    ok = True
    for i, text in enumerate(value):
        if text.count("{") != 1 or text.count("}") != 1 or placeholder not in text:
            problem(f"{where}[{i}]", f"must hold {placeholder} once and no other braces, got {text!r}")
            ok = False
        elif not text.replace(placeholder, "").strip(" -"):
            problem(f"{where}[{i}]", f"must hold a word besides {placeholder}, got {text!r}")
            ok = False
    return value if ok else None


def _chosen(
    table: dict[str, str], choices: frozenset[str], where: str, problem: Any
) -> dict[str, str] | None:
    """A table whose every meaning is one of ``choices``."""
    ok = True
    for word, meaning in table.items():
        if meaning not in choices:
            at = f"{where}.{word}" if word.isidentifier() else f'{where}["{word}"]'
            problem(at, f"{meaning!r} is not one of {', '.join(sorted(choices))}")
            ok = False
    return table if ok else None


def _word_list(value: Any, where: str, problem: Any) -> tuple[str, ...] | None:
    if not isinstance(value, list):
        problem(where, f"must be a list of strings, got {type(value).__name__}")
        return None
    seen: set[str] = set()
    ok = True
    for i, word in enumerate(value):
        if not isinstance(word, str):
            problem(f"{where}[{i}]", f"must be a string, got {word!r}")
            ok = False
        elif not word.strip():
            problem(f"{where}[{i}]", "a word must not be empty")
            ok = False
        elif word in seen:
            problem(f"{where}[{i}]", f"{word!r} is listed twice")
            ok = False
        else:
            seen.add(word)
    return tuple(value) if ok else None


@functools.cache
def words(lang: str) -> Words:
    """
    The bundled words of ``lang`` (``en``, ``vi`` or ``lo``), read once.

    Raises:
        ValueError: no word file for ``lang``.
        DataError: the bundled file is broken.
    """
    if lang not in LANGUAGES:
        msg = f"no word file for {lang!r}; the languages are {', '.join(LANGUAGES)}"
        raise ValueError(msg)
    return load_words(os.path.join(WORDS_DIR, f"{lang}.toml"), lang)


def merged(section: str, key: str) -> Any:
    """
    ``section.key`` of every language, merged in the order of :data:`LANGUAGES`.

    Lists are concatenated (a word repeated across languages kept once), tables updated (the
    lists of a word in several languages concatenated).

    >>> merged("titles", "former")
    ('former', 'late', 'ex', 'nguyên', 'cựu', 'cố', 'ອະດີດ')
    """
    values = [words(lang).get(section, key) for lang in LANGUAGES]
    if isinstance(values[0], tuple):
        return tuple(dict.fromkeys(w for v in values for w in v))
    if isinstance(values[0], str):
        return "".join(values)
    out: dict[str, Any] = {}
    for v in values:
        for word, meaning in v.items():
            if isinstance(meaning, tuple) and word in out:  # a list of each language: all of them
                out[word] = tuple(dict.fromkeys((*out[word], *meaning)))
            else:
                out[word] = meaning
    return out

# SPDX-License-Identifier: MIT
"""
Words are data: no word of a language the grammar reads is written into vnla.lang's code, nor
into the consistency rules' (vnla.rules).

Two scans of the string literals of ``src/vnla/lang/parsing.py`` and ``src/vnla/lang/lao.py``
(docstrings, the comments of verbose patterns and identifiers aside):

* no word of the kinds that now come from CLDR or the word files (number scales, currency
  names, horizon words, year qualifiers and year words, the nouns ordinals count, ordinal
  words, month and weekday names) is written there;
* every other word in them is a grammar token on :data:`GRAMMAR` or a meaning the word files
  give their words (:data:`MEANINGS`), so a word added to the code fails here until it is
  data, or declared grammar.  Lao's grammar has its own allowlist, :data:`LAO_GRAMMAR`: the
  letter tables of its syllable rule, orthography rather than words.

The rules room (``src/vnla/rules/*.py``) and the checker's judges (``checker/judges/*.py``)
write English messages, so they have the first scan only, over the literals that are data
rather than prose: not a docstring, not part of an f-string, not a message, description or
reason (a keyword argument or a variable of those names), not a catalog template (the first
argument of ``Message``), not a rule id or a path (:func:`_data_strings`).  A word list written there
(``{"five-year": 5}``, a pattern of "upcoming|soon") fails until it is in the word files.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path
from typing import Final

import pytest

from vnla import rules
from vnla.checker import judges
from vnla.lang import lao, parsing
from vnla.lang.words import CHOICES, LANGUAGES, SCHEMA, merged, words

PARSING: Final = Path(parsing.__file__)
LAO: Final = Path(lao.__file__)
#: The modules scanned.
SCANNED: Final = (PARSING, LAO)
#: The modules of the rules room and the checker's judges, scanned for words in their data literals.
RULES: Final = (
    *sorted(Path(rules.__file__).parent.glob("*.py")),
    *sorted(Path(judges.__file__).parent.glob("*.py")),
)

#: Letters in the grammar that are no word of a language: Roman numerals, the suffixes of
#: ordinal numbers ("14th", French "1er"), babel's names of widths and contexts, locale codes.
GRAMMAR: Final = frozenset(
    {
        *("I", "V", "X", "L", "C", "M", "IV", "IX", "XL", "XC", "IVXLC"),
        *("st", "nd", "rd", "th", "er"),
        *("wide", "abbreviated", "format", "stand", "alone", "long", "lo", "vi"),
    }
)

#: Messages of errors (English, as every message of vnla) and where they point, not words the
#: parser reads.
MESSAGES: Final = frozenset(
    {
        "not a Roman numeral: ",
        "no year has ",
        " is no month CLDR names",
        " is no weekday CLDR names",
        "vnla/data/lang",
        "$.dates.month_spellings",
        "$.dates.weekday_spellings",
        "module ",
        " has no attribute ",
    }
)

#: The letters of vnla.lang.lao's syllable rule (leading vowels, attached vowel signs and
#: following vowels, consonants, sonorants, finals, ຫ ວ ອ າ) and the edges of its ranges
#: ("A-Za-z" in a class): orthography, not words.  A Lao word in lao.py is no such table.
LAO_GRAMMAR: Final = frozenset(
    {
        *("ເແໂໃໄ", "ະາຳຽໆ", "ໜໝໞໟ", "ງຍນມລວຣ", "ກງຍດນບມວ", "ຫ", "ວ", "ອ", "າ"),
        *("A", "Za", "z"),
    }
)

#: The meanings the word files give their words ("congress", "early", "since"): the grammar's tokens.
MEANINGS: Final = frozenset(m for choices in CHOICES.values() for m in choices)


def _code_strings(path: Path) -> list[str]:
    """The string literals of a module that are not docstrings (parts of f-strings included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


#: Keyword arguments and variables whose strings are a rule's prose (English messages), not data.
PROSE: Final = frozenset({"message", "description", "reason", "note", "msg", "verdict"})
#: Calls whose first argument is an English template of vnla's catalogs (a judge's explanation).
TEMPLATES: Final = frozenset({"Message", "N_"})
#: A rule id ("events.first-visit") or a path into a record ("$.period"): names, not words.
_ID: Final = re.compile(r"[a-z]+(?:\.[a-z0-9-]+)+|\$[.\w\[\]]*")


def _data_strings(path: Path) -> list[str]:
    """
    The string literals of a rules module that are data: :func:`_code_strings` without prose.

    Prose is a docstring, a part of an f-string, the value of a keyword argument or a variable
    named in :data:`PROSE`, or a catalog template (:data:`TEMPLATES`); rule ids, paths and the
    values of the record's enums are left out too.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    prose: set[int] = set()

    def leave_out(node: ast.AST) -> None:
        prose.update(id(sub) for sub in ast.walk(node))

    for node in ast.walk(tree):
        if (
            isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        ):
            leave_out(node.body[0])
        elif isinstance(node, ast.JoinedStr) or (isinstance(node, ast.keyword) and node.arg in PROSE):
            leave_out(node)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in TEMPLATES
            and node.args
        ):
            leave_out(node.args[0])  # an explanation's template, translated by the catalogs
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in PROSE for t in targets):
                leave_out(node.value)
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in prose
        and not _ID.fullmatch(node.value)
        and node.value not in _ENUM_VALUES
    ]


def _enum_values() -> frozenset[str]:
    """The values of the record's closed vocabularies ("committee-session"): names, not words."""
    import enum

    from vnla.model import figures, records

    return frozenset(
        member.value
        for module in (records, figures)
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, enum.Enum)
        for member in value
        if isinstance(member.value, str)
    )


_ENUM_VALUES: Final = _enum_values()


_NAMES: Final = frozenset(
    {
        *SCHEMA,
        *(k for keys in SCHEMA.values() for k in keys),
        *parsing.__all__,
        *lao.__all__,
        *lao._BUILT,  # the names lao.py builds on first use
    }
)
#: What each scanned module may hold besides :data:`GRAMMAR` and :data:`MEANINGS`.
ALLOWED: Final = {PARSING: frozenset(), LAO: LAO_GRAMMAR}


def _group_names(source: str) -> set[str]:
    """The groups of the patterns (and of vnla.lang.lao's, which parsing reads), and their prefixes."""
    source += (PARSING.parent / "lao.py").read_text(encoding="utf-8")
    names = set(re.findall(r"\(\?P<(\w+)>", source)) | set(re.findall(r"\(\?\((\w+)\)", source))
    return names | {name.split("_")[0] for name in names}


def _text(literal: str, groups: set[str]) -> str:
    """A literal as a pattern reads it: no comments, escapes or groups; names and messages left out."""
    if literal in MESSAGES or literal in _NAMES or literal in groups or literal in MEANINGS:
        return ""  # an error message, a name (a section or key of the word files, a group), a meaning
    # a raw literal's code points ("\u0e9b\u0eb5") as the pattern reads them
    literal = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m[1], 16)), literal)
    if "\n" in literal:  # a verbose pattern: its comments are comments
        literal = "\n".join(re.sub(r"(?<!\\)#.*", "", line) for line in literal.splitlines())
    literal = re.sub(r"\(\?P<\w+>|\(\?P=\w+\)|\(\?\(\w+\)|\(\?[aiLmsux]+[:)]|\\[dDsSwWbBAZ]", " ", literal)
    return re.sub(r"\\(.)", r"\1", literal)


def _tokens(literal: str, groups: set[str]) -> list[str]:
    """The words of a literal (see :func:`_text`), names and groups' prefixes left out."""
    literal = _text(literal, groups)
    # a token with "_" is a name (a key, a group, a function); two ASCII letters a group's prefix
    return [
        t for t in re.findall(r"[^\W\d]+", literal) if t not in groups and t not in _NAMES and "_" not in t
    ]


def _as_words(value: object) -> list[str]:
    """The words of a value of a word file: a text, a list's words or a table's words."""
    if isinstance(value, str):
        return [value]
    return list(value)  # type: ignore[call-overload]


@functools.cache
def _listed_words() -> dict[str, str]:
    """Every word of the listed kinds, from the word files and CLDR, by the kind it is."""
    from babel import Locale
    from babel.dates import get_day_names, get_month_names
    from babel.numbers import get_currency_name

    meanings = MEANINGS
    kinds: dict[str, list[str]] = {
        "horizon word": [
            w
            for key in ("near_term", "longer_term", "soon", "by_year", "period_before", "period_after")
            for w in merged("horizons", key)
        ],
        "year qualifier": [
            *merged("dates", "year_qualifiers"),
            *merged("dates", "year_qualifiers_as_written"),
        ],
        "year word": [*merged("dates", "year_words"), *merged("dates", "year_words_as_written")],
        "ordinal noun": list(merged("ordinals", "counted")),
        "ordinal head": [
            w
            for key in (
                "congress_heads",
                "congress_of",
                "term_heads",
                "term_before",
                "anniversary_heads",
                "anniversary_years",
                "session_heads",
                "session_nth",
                "number_words",
                "counted_years",
                "counted_years_as_written",
                "of_party",
            )
            for w in merged("ordinals", key)
        ],
        "date word": [
            w
            for key in (
                "day_before",
                "times_of_day",
                "times_of_day_before",
                "times_of_day_after",
                "today_words",
                "month_before",
                "month_alone",
                "year_before",
                "range_from",
                "range_to",
                "year_fillers",
                "years_to",
                "day_of",
                "plan_period_gap",
            )
            for w in merged("dates", key)
        ],
        "ordinal word": list(merged("ordinals", "words")),
        "scale": [*merged("amounts", "scale_words"), *merged("amounts", "quote_scale_words")],
        "currency": [*merged("amounts", "currency_codes"), *merged("amounts", "quote_currency_codes")],
        "month or weekday": [],
        # words of a length of years ("five-year"), each shape with the file's number words and
        # some numbers in digits; words that make a quote speak of what is to come
        "length of years": [
            shape.replace("{n}", n)
            for lang in LANGUAGES
            for shape in words(lang).get("dates", "years_long")
            for n in (*words(lang).get("amounts", "number_words"), *map(str, range(1, 21)))
        ],
        "future word": list(merged("dates", "future_words")),
        # vnla.lang.lao's own words (the Lao file's [lao] section): heads, markers, day,
        # range and horizon words, and the meanings' words (the heads of the ordinal table)
        "Lao grammar word": [w for key in SCHEMA["lao"] for w in _as_words(words("lo").get("lao", key))],
    }
    codes = set(merged("amounts", "currency_codes").values())
    for lang in LANGUAGES:
        for name in words(lang).get("amounts", "cldr_locales"):
            locale = Locale.parse(name)
            for plural in locale.compact_decimal_formats["long"].values():
                kinds["scale"] += [p.pattern.replace("0", "").strip() for p in plural.values()]
            for code in codes:
                kinds["currency"] += [get_currency_name(code, n, locale=locale) for n in (None, 1, 2)]
        for name in (
            *words(lang).get("dates", "month_locales"),
            *words(lang).get("dates", "weekday_locales"),
        ):
            kinds["month or weekday"] += [*get_month_names("wide", locale=name).values()]
            kinds["month or weekday"] += [*get_day_names("wide", locale=name).values()]
    out: dict[str, str] = {}
    for kind, found in kinds.items():
        for word in found:
            # a meaning ("congress", "early") is the grammar's own token; two ASCII letters
            # ("bn", "by") are too common in patterns to tell a word from regex syntax
            if word and word not in meanings and (len(word) > 2 or not word.isascii()):
                out.setdefault(word, kind)
    return out


@pytest.mark.parametrize("module", SCANNED, ids=lambda p: p.name)
def test_no_word_of_a_listed_kind_is_written_in_the_grammar(module: Path) -> None:
    source = module.read_text(encoding="utf-8")
    groups = _group_names(source)
    listed = _listed_words()
    assert {"billion", "tỷ", "US dollars", "đô la", "near-term", "trước mắt", "the end of"} <= set(listed)
    assert {"ໄລຍະສັ້ນ", "ຄັ້ງທີ", "ວັນທີ", "ເຖິງ", "ກອງປະຊຸມໃຫຍ່"} <= set(listed)
    found = []
    for literal in _code_strings(module):
        text = _text(literal, groups)
        for word, kind in listed.items():
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
                found.append(f"{kind} {word!r} in {literal[:60]!r}")
    assert not found, f"word literals in vnla/lang/{module.name}:\n" + "\n".join(sorted(set(found)))


@pytest.mark.parametrize("module", SCANNED, ids=lambda p: p.name)
def test_every_other_letter_in_the_grammar_is_a_known_token(module: Path) -> None:
    source = module.read_text(encoding="utf-8")
    groups = _group_names(source)
    unknown = sorted(
        {t for literal in _code_strings(module) for t in _tokens(literal, groups)}
        - GRAMMAR
        - MEANINGS
        - ALLOWED[module]
    )
    assert not unknown, f"words in vnla/lang/{module.name} that are neither data nor grammar: {unknown}"


@pytest.mark.parametrize(
    ("module", "planted", "kind"),
    [
        (PARSING, '_SCALES = {"billion": 10**9}', "scale"),
        (PARSING, '_CURRENCY = re.compile(r"(?:US\\ dollars|đô\\ la)")', "currency"),
        (PARSING, '_HORIZON = re.compile(r"short[- ]term|(?P<x>long-term)")', "horizon word"),
        (PARSING, '_Q = re.compile(r"(?i:the\\ end\\ of)\\s\\d{4}")', "year qualifier"),
        (PARSING, '_N = "(?:congress|plenum|tenure)"', "ordinal noun"),
        (PARSING, '_D = re.compile(r"(?:ngày|tháng)\\s(?P<d>\\d+)")', "date word"),
        (PARSING, '_H = ("Đại hội", "kỷ niệm")', "ordinal head"),
        # Lao words written back into lao.py: plain, escaped, or as a raw pattern's escapes
        (LAO, '_DAY = "ວັນທີ"', "Lao grammar word"),
        (LAO, '_SOON = "\\u0ec3\\u0e99\\u0ec4\\u0ea7\\u0ec6\\u0e99\\u0eb5\\u0ec9"', "Lao grammar word"),
        (LAO, '_TO = re.compile(r"(?:\\u0eab\\u0eb2|\\u0ec0\\u0e96\\u0eb4\\u0e87)")', "Lao grammar word"),
        (LAO, '_HEADS = {"ສະໄໝ": "term"}', "Lao grammar word"),
    ],
    ids=lambda v: v.name if isinstance(v, Path) else None,
)
def test_the_scans_catch_a_planted_literal(tmp_path: Path, module: Path, planted: str, kind: str) -> None:
    path = tmp_path / module.name
    path.write_text(module.read_text(encoding="utf-8") + "\n" + planted + "\n", encoding="utf-8")
    groups = _group_names(path.read_text(encoding="utf-8"))
    listed = _listed_words()
    hits = {
        listed[word]
        for literal in _code_strings(path)
        for word in listed
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", _text(literal, groups), re.IGNORECASE)
    }
    assert kind in hits
    tokens = {t for literal in _code_strings(path) for t in _tokens(literal, groups)}
    new_tokens = tokens - GRAMMAR - MEANINGS - ALLOWED[module]
    assert new_tokens  # the allowlist scan sees it too


def _hits(literals: list[str], groups: set[str]) -> list[tuple[str, str, str]]:
    """(kind, word, literal) for each listed word in the literals."""
    listed = _listed_words()
    return [
        (kind, word, literal)
        for literal in literals
        for word, kind in listed.items()
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", _text(literal, groups), re.IGNORECASE)
    ]


@pytest.mark.parametrize("module", RULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_word_of_a_listed_kind_is_written_in_the_rules(module: Path) -> None:
    assert {"five-year", "5-year", "5 năm", "ten-year", "soon", "sắp tới"} <= set(_listed_words())
    found = [
        f"{kind} {word!r} in {literal[:60]!r}" for kind, word, literal in _hits(_data_strings(module), set())
    ]
    assert not found, f"word literals in {module.parent.name}/{module.name}:\n" + "\n".join(
        sorted(set(found))
    )


EVENTS: Final = Path(rules.__file__).parent / "events.py"
DATES: Final = Path(judges.__file__).parent / "dates.py"
ORDINALS: Final = Path(judges.__file__).parent / "ordinals.py"
CHECKS: Final = Path(rules.__file__).parent / "checks.py"


@pytest.mark.parametrize(
    ("module", "planted", "kind"),
    [
        # the table this scan was written for, as it stood in events.py
        (
            EVENTS,
            '_PLAN_YEARS = {"five-year": 5, "five year": 5, "5-year": 5, "ten-year": 10}',
            "length of years",
        ),
        (EVENTS, 'if "5 năm" in name.text:\n    pass', "length of years"),
        (CHECKS, '_FUTURE = re.compile(r"(?i:\\b(?:upcoming|soon)\\b)|sắp tới")', "future word"),
        (CHECKS, 'WHEN = ("early", "the end of")', "year qualifier"),
        (CHECKS, '_M = ("January", "February")', "month or weekday"),
        # the judges: the English between a plan's name and its period, as dates.py had it
        (DATES, '_GAP = re.compile(r"(?:for|in|over)\\s++(?:the\\s++)?(?:period\\s++)?")', "horizon word"),
        (DATES, '_GAP = ("for the period", "over")', "date word"),
        (ORDINALS, '_OF = ("of the",)', "ordinal head"),
    ],
    ids=lambda v: v.name if isinstance(v, Path) else None,
)
def test_the_rules_scan_catches_a_planted_literal(
    tmp_path: Path, module: Path, planted: str, kind: str
) -> None:
    path = tmp_path / module.name
    path.write_text(module.read_text(encoding="utf-8") + "\n" + planted + "\n", encoding="utf-8")
    assert kind in {k for k, _w, _l in _hits(_data_strings(path), set())}
    assert not _hits(_data_strings(module), set())  # and not without it


def test_the_rules_scan_leaves_prose_alone(tmp_path: Path) -> None:
    """A message that says "the first visit" or "within rounding" is prose, not a word list."""
    path = tmp_path / "prose.py"
    path.write_text(
        "def f(x):\n"
        '    """Early in the year, the upcoming visit."""\n'
        '    verdict = "within rounding"\n'
        '    return Issue(rule="events.first-visit", message=f"{x} is soon", path="$.period")\n',
        encoding="utf-8",
    )
    assert _data_strings(path) == []

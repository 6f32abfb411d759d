# SPDX-License-Identifier: MIT
"""
Line breaks of the normal form (:mod:`vnla.checker.normal`) in tables laid out with spaces and
in indented, hard-wrapped paragraphs.

A table's rows whose columns the spaces show (a gap of two spaces or more ending at the same
column in both lines) are no sentence wrapped: the normal form writes the next row's indentation
as a blank line, so that its spaces made one do not hide the columns from a second reading.  An
indented line that goes on a wrapped sentence leaves one space between the words.  The normal
form of the normal form is itself, and every character maps back to where it stands.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnla import check_text
from vnla.checker.normal import normal

TIMELINE = (
    "Timeline\n"
    "  Oct 2019      Formula: great friendship, special solidarity, comprehensive cooperation\n"
    '  1-2 Dec 2025  To Lam\'s state visit to Laos; "strategic cohesion" added\n'
    "  6-8 Jan 2026  LPRP 12th Congress, Vientiane\n"
    "  19-23 Jan 2026 CPV 14th Congress, Hanoi\n"
)


def test_a_tables_rows_are_not_one_sentence() -> None:
    checked, _mapping = normal(TIMELINE)
    assert "added\n\n6-8 Jan 2026" in checked
    report = check_text(TIMELINE, published="2026-03-01", lang="en")
    dates = {f.text: (f.verdict.value, f.rule) for f in report.findings if f.kind == "date"}
    # the row after the adding is the LPRP congress's, not the day "strategic cohesion" was added
    assert dates["6-8 Jan 2026"] == ("ok", "dates.event")


@pytest.mark.parametrize(
    "respaced",
    [
        lambda t: t.replace(" ", "  "),
        lambda t: t.replace(" ", "\u00a0"),
        lambda t: t.replace(" ", "\u202f"),
        lambda t: t.replace("  ", "\t"),
    ],
    ids=["two spaces", "no-break spaces", "narrow no-break spaces", "tabs"],
)
def test_a_tables_rows_are_seen_however_its_spaces_are_typed(respaced: Callable[[str], str]) -> None:
    def findings(text: str) -> list[tuple[str, str, str]]:
        report = check_text(text, published="2026-03-01", lang="en")
        return [(f.kind, f.verdict.value, f.rule) for f in report.findings]

    assert findings(respaced(TIMELINE)) == findings(TIMELINE)


def test_a_slip_in_a_tables_row_is_still_caught() -> None:
    report = check_text(TIMELINE.replace("6-8 Jan 2026", "6-9 Jan 2026"), published="2026-03-01", lang="en")
    assert [f.verdict.value for f in report.findings if f.text == "6-9 Jan 2026"] == ["contradiction"]


def test_an_indented_wrapped_line_leaves_one_space() -> None:
    text = "He said the talks were held in the capital and it went very well for all of\n   them in the end."
    checked, mapping = normal(text)
    assert (
        checked
        == "He said the talks were held in the capital and it went very well for all of them in the end."
    )
    assert mapping is not None and text[mapping[checked.index("them")] :].startswith("them")


def test_lines_of_fields_are_no_sentence_wrapped() -> None:
    text = (
        "   ໄຕມາດ I / 2025: 979 ລ້ານ ໂດລາ; ລາວ ສົ່ງອອກ ໄປ ຫວຽດນາມ 633 ລ້ານ ໂດລາ\n"
        "   ການລົງທຶນ ຂອງ ຫວຽດນາມ ຢູ່ ລາວ ເຖິງ ເດືອນ ເມສາ 2025: 267 ໂຄງການ, ທຶນຈົດທະບຽນ 5,63 ຕື້ ໂດລາ"
    )
    assert "\n" in normal(text)[0]
    report = check_text(text, published="2026-08-18", lang="lo")
    # Laos's exports to Vietnam in the first quarter of 2025, not the investment of the next field
    assert [(f.text, f.verdict.value) for f in report.findings if f.text == "633 ລ້ານ ໂດລາ"] == [
        ("633 ລ້ານ ໂດລາ", "ok")
    ]


def test_a_labelled_line_wrapped_into_an_unlabelled_one_goes_on() -> None:
    text = (
        "Announcer: today, Wednesday 2 December 2026, people across the country celebrate the\n"
        "51st National Day of the Lao PDR with joy.\nMai: Grandpa!"
    )
    assert normal(text)[0].startswith(
        "Announcer: today, Wednesday 2 December 2026, people across the country celebrate the 51st"
    )


def test_prose_with_two_spaces_after_its_stops_is_no_table() -> None:
    text = "The talks were held in Vientiane.  Both sides agreed on the new wording of the\nframework.  It was late."
    assert normal(text)[0].count("\n") == 0


_WORDS = st.sampled_from(["talks", "held", "in", "Vientiane", "2025", "Dec", "LPRP", "added", "Lam's", "-"])
_LINE = st.builds(
    lambda indent, words, gap, rest: " " * indent + " ".join(words) + " " * gap + " ".join(rest),
    st.integers(0, 4),
    st.lists(_WORDS, min_size=1, max_size=6),
    st.integers(1, 4),
    st.lists(_WORDS, min_size=1, max_size=12),
)


@given(st.lists(_LINE, min_size=1, max_size=5))
def test_the_normal_form_of_laid_out_lines_is_idempotent_and_mapped(lines: list[str]) -> None:
    text = "\n".join(lines)
    checked, mapping = normal(text)
    assert normal(checked) == (checked, None)
    if mapping is not None:
        assert len(mapping) == len(checked) + 1
        for i, char in enumerate(checked):
            if not char.isspace():
                assert text[mapping[i]] == char


@pytest.mark.parametrize("space", [" ", "  ", "\t", "\u00a0", "\u202f"])
def test_a_dot_leader_is_a_colon_however_the_spaces_beside_it_are_typed(space: str) -> None:
    rows = "ປີ ໒໐໒໒ ......... ໑,໖໕ ຕື້ ໂດລາ\nປີ ໒໐໒໓ ......... ໑,໖ ຕື້ ໂດລາ"
    assert normal(rows.replace(" ", space))[0] == "ປີ ໒໐໒໒: ໑,໖໕ ຕື້ ໂດລາ\nປີ ໒໐໒໓: ໑,໖ ຕື້ ໂດລາ"

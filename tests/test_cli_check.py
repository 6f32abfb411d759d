# SPDX-License-Identifier: MIT
"""``vnla check``: articles checked from the command line, as a CI job runs it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from vnla.cli import main

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
VNA = SEEDS / "003_ed1d6924f378d886.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["check", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    """Source 003 with the meeting moved to December 3 (its date line gives the publication date)."""
    path = tmp_path / "planted.txt"
    path.write_text(VNA.read_text(encoding="utf-8").replace("December 2", "December 3"), encoding="utf-8")
    return path


def test_a_clean_article(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(VNA))
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0].startswith(f"{VNA}:33:1: variant errata.reproduced 'Looking back on major")
    assert (
        lines[-1]
        == f"{VNA}: 89 ok, 2 variant, 0 contradiction, 0 unknown (9196 characters, en, published 2025-12-03)"
    )


def test_a_contradiction_fails_the_check(capsys: pytest.CaptureFixture[str], planted: Path) -> None:
    code, out, _ = run(capsys, str(planted))
    assert code == 1
    contradictions = [line for line in out.splitlines() if ": contradiction " in line]
    assert contradictions == [
        f"{planted}:1:290: contradiction dates.event 'December 3' -> December 2, 2025: the record dates "
        '"High-level Meeting between the Communist Party of Vietnam and the Lao People\'s Revolutionary Party" '
        "(party-meeting-2025-12-02) December 2, 2025; the text says December 3, 2025",
        f"{planted}:3:272: contradiction dates.event 'December 3' -> December 2, 2025: the record dates "
        '"High-level Meeting between the Communist Party of Vietnam and the Lao People\'s Revolutionary Party" '
        "(party-meeting-2025-12-02) December 2, 2025; the text says December 3, 2025",
    ]
    assert (
        "    vna-2025-12-03: 'co-chaired a high-level meeting between the two Parties in Vientiane on December 2'"
        in out
    )


def test_json(capsys: pytest.CaptureFixture[str], planted: Path) -> None:
    code, out, _ = run(capsys, str(planted), str(VNA), "--format", "json")
    document = json.loads(out)
    assert code == document["exit_code"] == 1
    assert (document["format"], document["version"]) == ("vnla-check", 1)
    assert [f["path"] for f in document["files"]] == [str(planted), str(VNA)]
    first = document["files"][0]
    assert first["counts"] == {"ok": 87, "variant": 2, "contradiction": 2, "unknown": 0}
    assert len(first["findings"]) == sum(first["counts"].values())
    [finding] = [f for f in first["findings"] if f["verdict"] == "contradiction"][:1]
    assert (finding["span"], finding["line"], finding["column"], finding["text"]) == (
        [289, 299],
        1,
        290,
        "December 3",
    )
    assert document["totals"] == {
        "files": 2,
        "checked": 2,
        "failed": 0,
        "characters": 2 * 9196,
        "ok": 176,
        "variant": 4,
        "contradiction": 2,
        "unknown": 0,
    }


def test_bad_files_are_named_and_the_others_checked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Hà Nam".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.touch()
    code, out, err = run(capsys, str(binary), str(latin), str(empty), str(VNA), str(tmp_path / "nope.txt"))
    assert code == 2
    assert err.splitlines() == [
        f"vnla check: {binary}: binary file (a NUL byte at byte offset 4), not text",
        f"vnla check: {latin}: not UTF-8: invalid byte 0xe0 at byte offset 1 (line 1); convert the file to "
        "UTF-8 (for example with iconv) and check it again",
        f"vnla check: {empty}: empty file: nothing to check",
        f"vnla check: {tmp_path / 'nope.txt'}: no such file",
    ]
    assert f"{VNA}: 89 ok" in out
    assert out.splitlines()[-1] == "total: 1 of 5 files checked: 89 ok, 2 variant, 0 contradiction, 0 unknown"
    code, out, _ = run(capsys, str(binary), str(VNA), "--format", "json")
    document = json.loads(out)
    assert code == document["exit_code"] == 2
    assert document["files"][0]["error"].startswith("binary file")
    assert document["files"][0]["findings"] == []
    assert document["totals"]["failed"] == 1


def test_house_style(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("The two sides deepened their strategic alignment.", encoding="utf-8")
    assert run(capsys, str(article))[0] == 0
    style = tmp_path / "style.toml"
    style.write_text('prefer = ["strategic cohesion"]\nfail-on = "warning"\n', encoding="utf-8")
    code, out, _ = run(capsys, str(article), "--config", str(style))
    assert code == 1
    assert "variant framework.wording 'strategic alignment' -> strategic cohesion" in out
    style.write_text('[severity]\n"framework.*" = "error"\n', encoding="utf-8")
    assert run(capsys, str(article), "--config", str(style))[0] == 1
    style.write_text('ignore = ["framework.wording"]\n', encoding="utf-8")
    code, out, _ = run(capsys, str(article), "--config", str(style))
    assert (code, out) == (0, f"{article}: 0 ok, 0 variant, 0 contradiction, 0 unknown (49 characters, en)\n")


def test_bad_config_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    style = tmp_path / "style.toml"
    style.write_text('prefer = ["strategic cohesoin"]\n', encoding="utf-8")
    code, out, err = run(capsys, str(VNA), "--config", str(style))
    assert (code, out) == (2, "")
    assert f"{style}: 1 problem(s)" in err
    assert "'strategic cohesoin' is no recorded name; did you mean 'strategic cohesion'" in err


def test_show_and_options(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "bài.txt"
    article.write_text("Thủ tướng Trần Thanh Mẫn hội đàm vào thứ Hai.", encoding="utf-8")
    code, out, _ = run(capsys, str(article), "--show", "all", "--published", "2026-02-05", "--lang", "vi")
    assert code == 1
    # --lang vi: the verdicts, counts and dates in Vietnamese (the judges' English messages marked)
    assert "khớp names.recorded 'Trần Thanh Mẫn'" in out
    assert "mâu thuẫn titles.office 'Thủ tướng Trần Thanh Mẫn' -> Chủ tịch Quốc hội" in out
    assert out.splitlines()[-1].endswith("(45 ký tự, Tiếng Việt, đăng ngày 5 tháng 2, 2026)")
    code, _, err = run(capsys, str(article), "--show", "wrong")
    assert code == 2 and "--show 'wrong'" in err
    with pytest.raises(SystemExit) as info:
        main(["check", str(article), "--published", "yesterday"])
    assert info.value.code == 2


def test_standard_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Prime Minister Tran Thanh Man, 2026-02-05"))
    )
    code, out, _ = run(capsys, "-", "--published", "2026-02-05")
    assert code == 1
    assert out.startswith("<stdin>:1:1: contradiction titles.office 'Prime Minister Tran Thanh Man'")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_only(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["check", str(VNA)]) == 0
    shown = terminal.getvalue()
    assert "[##############################] 100% 0.0/0.0 MB" in shown
    assert shown.endswith("\r" + " " * 72 + "\r")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["check", str(VNA), "--no-progress"]) == 0
    assert terminal.getvalue() == ""
    capsys.readouterr()


def test_python_dash_m_check(planted: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vnla", "check", str(planted), "--format", "json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""  # not a terminal: no progress bar
    assert json.loads(result.stdout)["totals"]["contradiction"] == 2


def test_a_folder_stands_for_its_text_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    (articles / "2026" / "january").mkdir(parents=True)
    (articles / ".git").mkdir()
    clean = VNA.read_text(encoding="utf-8")
    (articles / "a.txt").write_text(clean, encoding="utf-8")
    (articles / "2026" / "january" / "b.md").write_text(
        clean.replace("December 2", "December 3"), encoding="utf-8"
    )
    (articles / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00")  # not a text file: left out
    (articles / ".notes.txt").write_text("hidden", encoding="utf-8")
    (articles / ".git" / "HEAD.txt").write_text("hidden", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = run(capsys, str(articles), str(empty), "--format", "json")
    document = json.loads(out)
    assert [f["path"] for f in document["files"]] == [
        str(articles / "2026" / "january" / "b.md"),
        str(articles / "a.txt"),
        str(empty),
    ]
    missing = "a folder with no text file or page in it (.txt, .md, .html, .htm, .xhtml)"
    assert document["files"][2]["error"] == missing
    assert err == f"vnla check: {empty}: {missing}\n"
    assert code == 2  # a path that could not be checked


def test_help_gives_the_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "exit status: 0 when no finding is as severe as the house style's fail-on" in text


def test_json_findings_are_the_api_s(capsys: pytest.CaptureFixture[str], planted: Path) -> None:
    from vnla.checker import check_file

    # the writer makes each kind of finding's JSON once: what it writes must still be each finding's own
    code, out, _ = run(capsys, str(planted), str(VNA), str(planted), "--format", "json")
    document = json.loads(out)
    for path, written in zip((planted, VNA, planted), document["files"], strict=True):
        expected = [f.to_dict() for f in check_file(path).findings]
        assert written["findings"] == expected
    assert code == 1


def test_a_table_of_records_is_checked_record_by_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A JSON Lines archive in the text output: each record a text of its own, named TABLE#ID."""
    article = VNA.read_text(encoding="utf-8")
    table = tmp_path / "archive.jsonl"
    rows = [
        {"key": "vna-1", "body": article.replace("December 2", "December 3"), "outlet": "A"},
        {"key": "bad", "body": 5},
        {"key": "vi-1", "body": "Thủ tướng Trần Thanh Mẫn thăm Lào.", "day": "2026-02-05"},
    ]
    table.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    loose = tmp_path / "loose.txt"
    loose.write_text("Tô Lâm thăm Lào.", encoding="utf-8")
    options = ("--id-column", "key", "--text-column", "body", "--date-column", "day")
    code, out, err = run(capsys, str(table), str(loose), *options)
    assert code == 2  # a record that could not be read, as with --format jsonl
    # the findings of the first record are where the same text checked as a file has them
    planted = tmp_path / "planted.txt"
    planted.write_text(rows[0]["body"], encoding="utf-8")  # type: ignore[arg-type]
    _, alone, _ = run(capsys, str(planted))
    assert [line.replace(f"{table}#vna-1", "X") for line in out.splitlines()[: len(alone.splitlines())]] == [
        line.replace(str(planted), "X") for line in alone.splitlines()
    ]
    lines = out.splitlines()
    assert f"{table}#bad: not checked: line 2: 'body' is not a string (int)" in lines
    assert any(
        line.startswith(f"{table}#vi-1:1:1: contradiction titles.office 'Thủ tướng Trần Thanh Mẫn'")
        for line in lines
    )
    assert (
        f"{table}#vi-1: 2 ok, 0 variant, 1 contradiction, 0 unknown (34 characters, vi, published 2026-02-05)"
        in lines
    )
    assert lines[-2] == f"{loose}: 2 ok, 0 variant, 0 contradiction, 0 unknown (16 characters, vi)"
    assert lines[-1].startswith("total: 3 of 4 texts checked: ")
    assert err == f"vnla check: {table}#bad: line 2: 'body' is not a string (int)\n"
    # the JSON document names each record the same way
    code, out, _ = run(capsys, str(table), *options, "--format", "json")
    document = json.loads(out)
    assert [f["path"] for f in document["files"]] == [f"{table}#vna-1", f"{table}#bad", f"{table}#vi-1"]
    assert document["files"][1]["error"] == "line 2: 'body' is not a string (int)"
    assert document["totals"]["failed"] == 1


def test_a_parquet_table_in_the_text_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(
        pa.table({"id": ["p1"], "text": ["Prime Minister Tran Thanh Man spoke."]}), tmp_path / "t.parquet"
    )
    code, out, _ = run(capsys, str(tmp_path / "t.parquet"), "--published", "2026-02-05")
    assert code == 1
    assert out.splitlines()[0].startswith(f"{tmp_path / 't.parquet'}#p1:1:1: contradiction titles.office ")
    # a column that is not there: the table is named as not checked, and the run goes on
    code, out, err = run(capsys, str(tmp_path / "t.parquet"), "--text-column", "body")
    assert code == 2
    assert out.startswith(f"{tmp_path / 't.parquet'}: not checked: no text column 'body' (columns: id, text)")
    assert "no text column 'body'" in err
    # a table with no row: nothing to report, and said so
    pq.write_table(
        pa.table({"id": pa.array([], pa.string()), "text": pa.array([], pa.string())}), tmp_path / "e.parquet"
    )
    assert run(capsys, str(tmp_path / "e.parquet")) == (
        0,
        "",
        f"vnla check: {tmp_path / 'e.parquet'}: no rows to check\n",
    )


def test_column_options_with_no_table_to_read_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    for option in (("--date-column", "day"), ("--text-column", "body"), ("--meta-column", "outlet")):
        for output in ("text", "jsonl"):
            code, _, err = run(capsys, str(VNA), *option, "--format", output)
            assert code == 2
            assert "--meta-column read a .jsonl or .parquet input" in err

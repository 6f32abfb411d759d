# SPDX-License-Identifier: MIT
"""
One grammar for every command: each command with each format and language it offers, the
global options before and after its name, and bad input that must never show a traceback.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vnla.cli import app, main
from vnla.cli.app import EXIT_STATUS, FORMATS, LANGS, _Progress, _Style, _width

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "tests" / "fixtures" / "seeds" / "002_00e3922e169d0842.txt"

#: The arguments each command is driven with (a good run of it).
ARGS: dict[str, list[str]] = {
    "summary": [],
    "show": ["to-lam"],
    "events": ["--kind", "state-visit"],
    "export": [],
    "validate": [],
    "schema": [],
    "check": [str(ARTICLE), "--published", "2025-12-02"],
}
#: The exit status of each good run (the bundled data has no broken rule; the article no contradiction).
GOOD: dict[str, int] = dict.fromkeys(ARGS, 0)


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    """Run the CLI as the console script does: a SystemExit's code is the exit status."""
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


def test_every_command_has_a_driver() -> None:
    assert set(ARGS) == set(FORMATS)


@pytest.mark.parametrize("command", sorted(FORMATS))
@pytest.mark.parametrize("where", ["before", "after"])
def test_every_format_and_language_before_and_after_the_command(
    capsys: pytest.CaptureFixture[str], command: str, where: str, tmp_path: Path
) -> None:
    for fmt in FORMATS[command]:
        for lang in LANGS:
            options = ["--format", fmt, "--lang", lang]
            # a binary format goes to a file, a command's own option (tests/test_batch.py reads it)
            own = ["-o", str(tmp_path / f"{where}-{lang}.parquet"), "-q"] if fmt == "parquet" else []
            if command == "export" and fmt in ("csv", "datapackage"):  # a folder of tables
                own = ["-o", str(tmp_path / f"{where}-{lang}.{fmt}"), "-q"]
            argv = (
                [*options, command, *ARGS[command], *own]
                if where == "before"
                else [command, *ARGS[command], *own, *options]
            )
            code, out, err = run(capsys, argv)
            assert code == GOOD[command], (argv, err)
            assert "Traceback" not in err
            if fmt == "parquet":
                assert (tmp_path / f"{where}-{lang}.parquet").stat().st_size > 0
                continue
            if command == "export" and fmt in ("csv", "datapackage"):
                assert (tmp_path / f"{where}-{lang}.{fmt}" / "datapackage.json").stat().st_size > 0
                continue
            assert out.strip(), argv
            if fmt in ("json", "sarif", "claimreview", "popolo"):
                json.loads(out)  # every JSON output is JSON
            elif fmt == "jsonl":
                [json.loads(line) for line in out.splitlines()]  # one JSON object a line
            else:
                with pytest.raises(ValueError):  # and a text output is not JSON in disguise
                    json.loads(out)


@pytest.mark.parametrize("command", sorted(FORMATS))
def test_a_format_a_command_cannot_write_is_refused(capsys: pytest.CaptureFixture[str], command: str) -> None:
    for fmt in {"text", "json"} - set(FORMATS[command]):
        for argv in ([command, *ARGS[command], "--format", fmt], ["--format", fmt, command, *ARGS[command]]):
            code, out, err = run(capsys, argv)
            assert (code, out) == (2, ""), argv
            assert "--format" in err and "Traceback" not in err


def test_the_option_after_the_command_wins_only_when_given(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, ["--lang", "vi", "summary"])
    assert code == 0 and "Các chuyến thăm:" in out and "Viêng Chăn" in out
    code, out_after, _ = run(capsys, ["summary", "--lang", "vi"])
    assert (code, out_after) == (0, out)
    code, out, _ = run(capsys, ["--lang", "vi", "events", "--lang", "lo", "--kind", "state-visit"])
    assert code == 0 and "ກຸມພາ" in out and "tháng" not in out


def test_lang_changes_show_and_events(capsys: pytest.CaptureFixture[str]) -> None:
    outputs = {}
    for lang in LANGS:
        code, out, _ = run(capsys, ["show", "visit-2026-02-laos", "--lang", lang])
        assert code == 0
        code, events, _ = run(capsys, ["events", "--kind", "state-visit", "--lang", lang])
        assert code == 0
        outputs[lang] = (out, events)
    assert "when: February 5, 2026" in outputs["en"][0]
    assert "thời gian: 5 tháng 2, 2026" in outputs["vi"][0] and "Viêng Chăn" in outputs["vi"][0]
    assert "ເວລາ: 5 ກຸມພາ 2026" in outputs["lo"][0]
    assert len({events for _, events in outputs.values()}) == 3


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--version"], ["summary", "--version"]):
        code, out, _ = run(capsys, argv)
        assert code == 0 and re.fullmatch(r"vnla \S+\n", out), out


def test_help_gives_the_exit_status_table(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["summary", "--help"]):
        code, out, _ = run(capsys, argv)
        assert code == 0
        for status, meaning in EXIT_STATUS.items():
            assert f"{status}  {meaning}" in " ".join(out.split()).replace(f" {status} ", f"\n{status}  "), (
                status
            )


#: Bad input: a bad path, a bad date, an unknown id, kind or name; each exits 2, with no traceback.
BAD: list[list[str]] = [
    ["validate", "nonexist/"],
    ["summary", "--data", "nonexist/"],
    ["--data", "nonexist/", "events"],
    ["check", "nonexist.txt"],
    ["check", str(ARTICLE), "--config", "nonexist.toml"],
    ["export", "-o", "/no/such/folder/x.json"],
    ["validate", "--texts", "nonexist/"],
    ["events", "--from", "yesterday"],
    ["events", "--to", "2026-13-01"],
    ["check", str(ARTICLE), "--published", "2026-02-30"],
    ["show", "no-such-id"],
    ["show", "Nobody Atall"],
    ["events", "--within", "no-such-visit"],
    ["events", "--with", "Nobody Atall"],
    ["events", "--place", "Atlantis"],
    ["events", "--kind", "talk"],
    ["check", str(ARTICLE), "--show", "wrong"],
    ["summary", "--lang", "fr"],
    ["summary", "--color", "sometimes"],
    ["nosuchcommand"],
    [],
]


@pytest.mark.parametrize("argv", BAD, ids=[" ".join(a) or "(nothing)" for a in BAD])
def test_bad_input_exits_2_without_a_traceback(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, argv)
    assert code == 2, err
    assert "Traceback" not in err
    assert err.startswith(("vnla: error:", "vnla check:", "usage: vnla")), err


def test_an_unknown_kind_lists_the_kinds_and_suggests_one(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, ["events", "--kind", "talk"])
    assert "did you mean 'talks'?" in err and "state-visit" in err


def test_validate_and_check_agree_on_a_missing_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, ["validate", "nonexist/"])[0] == run(capsys, ["check", "nonexist/"])[0] == 2


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> int:
        message = "planted"
        raise ZeroDivisionError(message)

    monkeypatch.setitem(app._COMMANDS, "schema", broken)
    code, _, err = run(capsys, ["schema"])
    assert code == 2 and "Traceback" not in err
    assert err.startswith("vnla: error: ZeroDivisionError: planted") and "--debug" in err
    code, _, err = run(capsys, ["schema", "--debug"])
    assert code == 2 and "Traceback (most recent call last)" in err and "planted" in err


def test_no_traceback_from_the_console_script() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vnla", "export", "-o", "/no/such/folder/x.json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("vnla: error: ") and "Traceback" not in result.stderr
    assert "/no/such/folder" in result.stderr


# --------------------------------------------------------------------------- colour and progress
class _Terminal:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_colour_on_a_terminal_only_and_never_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert _Style("auto", _Terminal(True)).on  # type: ignore[arg-type]
    assert not _Style("auto", _Terminal(False)).on  # type: ignore[arg-type]
    assert not _Style("never", _Terminal(True)).on  # type: ignore[arg-type]
    assert _Style("always", _Terminal(False)).on  # type: ignore[arg-type]
    monkeypatch.setenv("NO_COLOR", "1")
    assert not _Style("auto", _Terminal(True)).on  # type: ignore[arg-type]
    assert _Style("always", _Terminal(True))("x", "red") == "\x1b[31;1mx\x1b[0m"


def test_color_always_colours_the_verdicts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Prime Minister To Lam met Thongloun Sisoulith in Vientiane.\n", encoding="utf-8")
    code, out, _ = run(capsys, ["check", str(article), "--color", "always", "--show", "all"])
    assert ": \x1b[32mok\x1b[0m names." in out
    code, plain, _ = run(capsys, ["check", str(article), "--show", "all"])
    assert "\x1b[" not in plain and code in (0, 1)


def test_the_progress_bar_leaves_no_debris() -> None:
    class Stream:
        def __init__(self) -> None:
            self.text = ""

        def write(self, text: str) -> None:
            self.text += text

        def flush(self) -> None:
            pass

    stream = Stream()
    bar = _Progress([], stream)  # type: ignore[arg-type]
    bar._draw("[###] 10% 12.0/100.0 MB 10.0 MB/s")
    bar._draw("[###] 11% 13.0/100.0 MB 9.0 MB/s")
    # a terminal honours "\r" by going back to the line's start: replay it
    screen = ""
    for part in re.split(r"(\r)", stream.text):
        screen = "" if part == "\r" else part + screen[len(part) :]
    assert screen.rstrip() == "[###] 11% 13.0/100.0 MB 9.0 MB/s"
    bar.clear()
    assert stream.text.endswith("\r") and stream.text.split("\r")[-2].strip() == ""


# --------------------------------------------------------------------------- check reads regular files only
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_check_names_a_fifo_and_checks_the_other_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("To Lam met Thongloun Sisoulith.\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    named = tmp_path / "named.txt"
    os.mkfifo(named)
    code, out, err = run(capsys, ["check", str(folder), str(named), "--format", "json"])
    assert code == 2
    report = json.loads(out)
    errors = {Path(f["path"]).name: f["error"] for f in report["files"]}
    assert errors["a.txt"] is None
    assert errors["pipe.txt"] == errors["named.txt"] == "not a regular file (a named pipe (FIFO))"
    assert f"{folder / 'pipe.txt'}: not a regular file" in err and f"{named}: not a regular file" in err
    assert report["totals"]["checked"] == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_as_config_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pipe = tmp_path / "style.toml"
    os.mkfifo(pipe)
    code, out, err = run(capsys, ["check", str(ARTICLE), "--config", str(pipe)])
    assert (code, out) == (2, "")
    assert f"--config {pipe}: not a regular file (a named pipe (FIFO))" in err


def test_a_device_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    code, _, err = run(capsys, ["check", "/dev/zero", "--format", "json"])
    assert code == 2 and "/dev/zero: not a regular file (a character device)" in err
    code, _, err = run(capsys, ["validate", "/dev/zero"])
    assert code == 2 and "not a regular file or folder (a character device)" in err


def test_symlinks_leaving_the_folder_and_hidden_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("To Lam met Thongloun Sisoulith.\n", encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("To Lam visited Laos.\n", encoding="utf-8")
    (folder / ".a.txt.swp.txt").write_text("hidden\n", encoding="utf-8")
    (folder / "inside.txt").symlink_to(folder / "a.txt")
    (folder / "out.txt").symlink_to(outside)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text("Thongloun Sisoulith visited Hanoi.\n", encoding="utf-8")
    (folder / "linked").symlink_to(elsewhere, target_is_directory=True)
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)  # a loop, inside
    code, out, err = run(capsys, ["check", str(folder), "--format", "json"])
    report = json.loads(out)
    errors = {Path(f["path"]).name: f["error"] for f in report["files"]}
    assert set(errors) == {"a.txt", "inside.txt", "out.txt", "linked"}  # the hidden file is skipped
    assert errors["a.txt"] is None and errors["inside.txt"] is None
    for name in ("out.txt", "linked"):
        assert "leading out of" in errors[name] and "--follow-symlinks" in errors[name]
    assert code == 2 and "out.txt" in err
    code, out, _ = run(capsys, ["check", str(folder), "--format", "json", "--follow-symlinks"])
    files = json.loads(out)["files"]
    assert code == 0 and all(f["error"] is None for f in files)
    assert sorted(Path(f["path"]).name for f in files) == ["a.txt", "b.txt", "inside.txt", "out.txt"]


# --------------------------------------------------------------------------- events in time order
def columns(line: str) -> list[str]:
    """A row of ``vnla events``: date, kind, id, title (columns are two spaces or more apart)."""
    return re.split(r" {2,}", line.strip())


def test_events_in_true_time_order_each_parent_before_its_sub_events(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import vnla

    code, out, _ = run(capsys, ["events"])
    assert code == 0
    lines = out.splitlines()
    ids = [columns(line)[2] for line in lines]
    ds = vnla.dataset()
    position = {id_: i for i, id_ in enumerate(ids)}
    assert set(position) == {e.id for e in ds.events}
    for event in ds.events:
        if event.parent is not None:
            parent = position[event.parent]
            assert parent < position[event.id]  # the parent first, and its sub-events indented under it
            depth = len(lines[parent]) - len(lines[parent].lstrip())
            for line in lines[parent + 1 : position[event.id] + 1]:
                assert len(line) - len(line.lstrip()) > depth, line
    # bounds-only events where their bounds put them
    assert position["trilateral-party-meeting-before-2025-12"] < position["intergovernmental-committee-48"]
    assert (
        position["visit-2025-12-laos"]
        < position["talks-2025-12-vientiane"]
        < position["party-meeting-2025-12-02"]
    )
    assert position["congress-cpv-6"] == 0


@pytest.mark.parametrize("lang", LANGS)
def test_events_columns_are_aligned_in_every_language(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out, _ = run(capsys, ["events", "--lang", lang])
    assert code == 0
    lines = out.splitlines()
    for column in (1, 2, 3):  # kind, id, title start at the same terminal column on every line
        starts = set()
        for line in lines:
            cells = columns(line)
            starts.add(_width(line[: line.index("  " + cells[column]) + 2]))
        assert len(starts) == 1, (column, starts)


def test_quiet_and_verbose(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, ["summary", "-v"])
    assert code == 0 and "records loaded in" in err and "summary done in" in err
    code, _, err = run(capsys, ["-v", "summary", "-q"])
    assert code == 0 and err == ""
    target = tmp_path / "x.json"
    code, _, err = run(capsys, ["export", "-o", str(target), "--verbose"])
    assert code == 0 and f"wrote {target}" in err

# SPDX-License-Identifier: MIT
"""Atomic writes: a file vnla writes is the whole new content or the old file, never a mix."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import TextIO

import pytest

from vnla.cli import app, main
from vnla.record.atomic import WriteError, atomic_writer, write_text_atomic

OLD = '{"old": true}\n'


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_export_replaces_the_file_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "x.json"
    target.write_text(OLD, encoding="utf-8")
    os.chmod(target, 0o640)
    code, out, _ = run(capsys, "export", "-o", str(target))
    assert (code, out) == (0, "")
    assert "events" in json.loads(target.read_text(encoding="utf-8"))
    assert os.stat(target).st_mode & 0o777 == 0o640  # the old file's permissions are kept
    assert leftovers(tmp_path) == []


def test_a_failure_mid_write_leaves_the_old_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "x.json"
    target.write_text(OLD, encoding="utf-8")
    written: list[int] = []

    def full_disk(handle: TextIO, text: str) -> None:
        written.append(handle.write(text[: len(text) // 2]))
        handle.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(app, "_write_text", full_disk)
    code, out, err = run(capsys, "export", "-o", str(target))
    assert written and written[0] > 1000  # the failure came after bytes were written
    assert (code, out) == (2, "")
    assert target.read_text(encoding="utf-8") == OLD
    assert leftovers(tmp_path) == []
    assert err.startswith("vnla: error: ") and "Traceback" not in err
    assert str(target) in err and "No space left on device" in err and "unchanged" in err


@pytest.mark.parametrize(
    ("where", "says"),
    [
        ("folder", "is a folder"),
        ("missing/x.json", "does not exist"),
        ("afile/x.json", "is not a folder"),
    ],
)
def test_export_to_a_place_that_cannot_hold_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str, says: str
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    code, out, err = run(capsys, "export", "-o", str(tmp_path / where))
    assert (code, out) == (2, "")
    assert err.startswith(f"vnla: error: {tmp_path / where}") and says in err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "folder"]


def test_the_writer_keeps_the_old_file_when_the_block_raises(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old", encoding="utf-8")

    def interrupted() -> None:
        with atomic_writer(target) as handle:
            handle.write("new, half")
            raise KeyError

    with pytest.raises(KeyError):
        interrupted()
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "new.txt", "x")
    finally:
        os.umask(umask)
    assert os.stat(tmp_path / "new.txt").st_mode & 0o777 == 0o644


def test_write_error_is_an_oserror_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="is a folder") as info:
        write_text_atomic(tmp_path, "x")
    assert isinstance(info.value, WriteError) and str(tmp_path) in str(info.value)

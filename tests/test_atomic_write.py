"""Atomic writes: through symbolic links, never over a read-only file unless forced, with
the parts of killed writes cleaned up and the folder flushed after the rename."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from timeline_app import atomic_write
from timeline_app.atomic_write import WriteError, write_text_atomically


def test_a_symbolic_link_is_written_through_and_stays_a_link(tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_text_atomically(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "new"


def test_a_read_only_file_is_refused_unless_forced(tmp_path):
    target = tmp_path / "kept.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(WriteError, match=r"read-only \(use --force"):
        write_text_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    write_text_atomically(target, "new", force=True)
    assert target.read_text(encoding="utf-8") == "new"


def test_the_part_left_by_a_killed_write_is_removed_by_the_next_write(tmp_path):
    target = tmp_path / "out.png"
    stale = tmp_path / ".out.png.k1ll3d.part"
    stale.write_bytes(b"x" * 1000)
    old = time.time() - 2 * atomic_write.STALE_PART_SECONDS
    os.utime(stale, (old, old))
    fresh = tmp_path / ".out.png.inprogress.part"  # another write may still be at it
    fresh.write_bytes(b"y")
    other = tmp_path / ".other.png.k1ll3d.part"
    other.write_bytes(b"z")
    os.utime(other, (old, old))
    write_text_atomically(target, "done")
    assert not stale.exists() and fresh.exists() and other.exists()


def test_the_folder_is_flushed_after_the_rename(tmp_path, monkeypatch):
    flushed: list[int] = []
    real_fsync = os.fsync

    def record(descriptor: int) -> None:
        flushed.append(descriptor)
        real_fsync(descriptor)

    opened: dict[int, str] = {}
    real_open = os.open

    def remember(path, flags, *args):
        descriptor = real_open(path, flags, *args)
        opened[descriptor] = str(path)
        return descriptor

    monkeypatch.setattr(atomic_write.os, "fsync", record)
    monkeypatch.setattr(atomic_write.os, "open", remember)
    write_text_atomically(tmp_path / "out.json", "{}")
    assert any(opened.get(d) == str(tmp_path) for d in flushed)
    assert Path(tmp_path / "out.json").read_text(encoding="utf-8") == "{}"


def test_a_name_that_nearly_fills_the_file_system_limit_can_be_written(tmp_path):
    target = tmp_path / ("a" * 245 + ".csv")  # 249 characters: its part file is shortened
    write_text_atomically(target, "x")
    assert target.read_text(encoding="utf-8") == "x"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]

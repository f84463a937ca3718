"""Atomic file replacement: a failed write never damages the file already there.

Everything the app writes (exports, data files) goes through here: write a
temporary file in the target's own folder, flush it to disk, then rename it
over the target and flush the folder, so that a power loss cannot undo a write
that finished. ``os.replace`` is atomic on one file system.

- A symbolic link is written through: the file it points to is replaced, and the
  link stays.
- A read-only target is refused, as ``cp`` refuses it, unless ``force``.
- A temporary file left by a write that was killed (``.NAME.XXXX.part``) is
  removed by the next write to the same target.
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from timeline_app.wording import translate


class WriteError(OSError):
    """A write that could not be done; the message names the path and the reason."""


def _cannot_write(path: Path, error: OSError) -> WriteError:
    return WriteError(f"{path}: " + translate("FileWriting", "cannot write: {reason}").format(
        reason=error.strerror or error))


PART_SUFFIX = ".part"
STALE_PART_SECONDS = 60.0
"""A part file older than this is left from a killed write, not one in progress."""


@contextlib.contextmanager
def atomic_target(path: str | os.PathLike[str], *, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success rename it over ``path``.

    The caller writes the whole file to the yielded path (Qt writers need a
    file name). If the body raises, the temporary file is removed and the
    original file is left exactly as it was.
    """
    named = Path(path)
    target = Path(os.path.realpath(named)) if named.is_symlink() else named
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError(f"{named}: " + translate(
            "FileWriting", "cannot write: the folder {folder} does not exist").format(
            folder=folder))
    if target.exists() and not target.stat().st_mode & 0o222 and not force:  # as root too
        raise WriteError(f"{named}: " + translate(
            "FileWriting", "cannot write: the file is read-only (use --force to replace it "
            "anyway)"))
    _remove_stale_parts(target, folder)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{_part_stem(target.name)}.",
                                             suffix=PART_SUFFIX, dir=folder)
    except OSError as error:
        raise _cannot_write(target, error) from error
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        _fsync(temp)
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(temp, target.stat().st_mode & 0o7777)
        else:
            _apply_umask(temp)
        os.replace(temp, target)
        _fsync_folder(folder)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise _cannot_write(target, error) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes, *,
                           force: bool = False) -> None:
    with atomic_target(path, force=force) as temp:
        temp.write_bytes(data)


def write_text_atomically(path: str | os.PathLike[str], text: str, *,
                          force: bool = False) -> None:
    write_bytes_atomically(path, text.encode("utf-8"), force=force)


NAME_MAX = 255
"""The longest file name most file systems allow, in bytes."""
_PART_EXTRA = 1 + 1 + 8 + len(PART_SUFFIX)  # ".", ".", mkstemp's 8 random characters


def _part_stem(name: str) -> str:
    """``name``, shortened (by whole characters) so that its part file's name still fits
    the file system when ``name`` itself nearly fills it."""
    room = NAME_MAX - _PART_EXTRA
    while len(name.encode("utf-8", "surrogateescape")) > room:
        name = name[:-1]
    return name


def _remove_stale_parts(target: Path, folder: Path) -> None:
    """The part files of earlier writes to ``target`` that were killed before renaming."""
    now = time.time()
    for part in folder.glob(f".{glob.escape(_part_stem(target.name))}.*{PART_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - part.stat().st_mtime > STALE_PART_SECONDS:
                part.unlink()


def _fsync_folder(folder: Path) -> None:
    """Flush the rename itself to disk (where the system lets a folder be opened)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(handle)
    finally:
        os.close(handle)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _apply_umask(path: Path) -> None:
    """mkstemp creates files 0600; a new export should get the usual 0666 & ~umask."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)

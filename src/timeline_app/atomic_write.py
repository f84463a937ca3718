"""Atomic file replacement: a failed write never damages the file already there.

Everything the app writes (exports, data files) goes through here: write a
temporary file in the target's own folder, flush it to disk, then rename it
over the target. ``os.replace`` is atomic on one file system.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


class WriteError(OSError):
    """A write that could not be done; the message names the path and the reason."""


@contextlib.contextmanager
def atomic_target(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success rename it over ``path``.

    The caller writes the whole file to the yielded path (Qt writers need a
    file name). If the body raises, the temporary file is removed and the
    original file is left exactly as it was.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError(f"{target}: cannot write: the folder {folder} does not exist")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                             dir=folder)
    except OSError as error:
        raise WriteError(f"{target}: cannot write: {error.strerror or error}") from error
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
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise WriteError(f"{target}: cannot write: {error.strerror or error}") from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    with atomic_target(path) as temp:
        temp.write_bytes(data)


def write_text_atomically(path: str | os.PathLike[str], text: str) -> None:
    write_bytes_atomically(path, text.encode("utf-8"))


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _apply_umask(path: Path) -> None:
    """mkstemp creates files 0600; a new export should get the usual 0666 & ~umask."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)

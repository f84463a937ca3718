"""Byte masks over event positions (1 = selected), combined as NumPy arrays.

A filter's result is such a mask (``query.filters``), and the index and the
density counts narrow themselves with it (``query.interval_index``,
``query.density``). A mask travels as ``bytes``, which every consumer can count,
slice and ``compress`` with at C speed, and is worked on as a NumPy view of the
same memory (``as_array``, no copy): no helper here loops over positions in Python.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

Positions = npt.NDArray[np.intp]
"""Positions into a column, as an index array."""


def as_array(mask: bytes) -> npt.NDArray[np.bool_]:
    """The mask as booleans, sharing its memory (read-only)."""
    return np.frombuffer(mask, dtype=np.bool_)


def as_mask(selected: npt.NDArray[np.bool_]) -> bytes:
    return selected.tobytes()


def intersect(a: bytes | None, b: bytes) -> bytes:
    """The positions set in both masks (``a`` None: all of ``b``)."""
    if a is None:
        return b
    return as_mask(as_array(a) & as_array(b))


def from_positions(positions: Iterable[int] | Positions, size: int) -> bytes:
    """A mask of ``size`` bytes with ``positions`` set."""
    selected = np.zeros(size, dtype=np.bool_)
    indexes = positions if isinstance(positions, np.ndarray) else \
        np.fromiter(positions, dtype=np.intp)
    selected[indexes] = True
    return as_mask(selected)


def positions_of(mask: bytes) -> Positions:
    """The positions set in ``mask``, ascending."""
    return np.flatnonzero(as_array(mask))


def gather(mask: bytes, positions: Positions) -> bytes:
    """``mask`` read at ``positions``, in their order: ``bytes(mask[p] for p in positions)``."""
    return as_mask(as_array(mask)[positions])

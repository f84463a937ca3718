"""Building long-lived objects with the cyclic garbage collector paused, then frozen.

A loaded timeline and the tables built over it are millions of objects that
live until the next timeline replaces them, and contain no cycles. Building
them with the collector running means repeated full passes over everything
built so far; leaving them unfrozen means the next full collections scan them
all again, a pause in the middle of the next user action. Frozen objects are
skipped by the cyclic collector and still freed by reference counting when
they are dropped. This is the one place that pauses and freezes.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def building_long_lived() -> Iterator[None]:
    """Pause the collector for the block; afterwards freeze what survived it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()

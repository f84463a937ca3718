"""Search without a Python call per event: every search text in one byte array.

The casefolded texts are the store's (``model.event_store``): UTF-8 in one byte
string, each followed by a separator no search word holds, read here as a NumPy
byte array without a copy. A word's matches are found as positions in it: the
positions of its rarest byte (one vectorised comparison over the array), kept
where each other byte matches too (a gather per byte, over the survivors only).
Since UTF-8 is self-synchronising, a match of the bytes is a match of the
characters. The positions give the events by binary search, of the matches in the
texts' offsets or of the offsets in the matches, whichever are fewer.

Typing forwards narrows: when the word extends one searched before, only that
word's match positions are checked further, so each keystroke after the first
costs a gather over the previous matches rather than a pass over all the text.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from timeline_app.model.event_store import Offsets
from timeline_app.query.masks import as_array, as_mask

KEPT_WORDS = 32
"""How many words' matches are kept for narrowing (a backspace finds its shorter word)."""

_SAMPLE_STEP = 61

Matches = npt.NDArray[np.intp]


class SearchIndex:
    """The search texts of a sequence of events, as one byte array with offsets."""

    def __init__(self, texts: memoryview | bytes, offsets: Offsets) -> None:
        """``texts``: the casefolded texts in UTF-8, each followed by ``SEARCH_SEPARATOR``
        (a store's, ``model.event_store``); ``offsets``: where each text starts, and
        after the last one the end."""
        self._bytes = np.frombuffer(texts, dtype=np.uint8)
        self._count = len(offsets) - 1
        #: where each event's text starts in the array, and where the next one does
        self._starts, self._ends = offsets[:-1], offsets[1:]
        #: how often each byte value occurs (in a sample: it only picks where a fresh word
        #: starts, from its rarest byte)
        self._frequency = np.bincount(self._bytes[::_SAMPLE_STEP], minlength=256)
        self._kept: dict[bytes, Matches] = {}

    def select(self, needle: str, within: bytes | None = None) -> bytes:
        """A byte per event: 1 where its text contains ``needle`` (already casefolded,
        not empty) and ``within`` (if given) is set."""
        matches = self._matches(needle.encode("utf-8", "surrogatepass"))
        starts = self._starts
        if len(matches) > len(starts):  # search the fewer values in the more
            first = np.searchsorted(matches, starts)  # each event's first match at or after it
            found = np.append(matches, len(self._bytes))[first]
            selected = found < self._ends
        else:
            selected = np.zeros(self._count, dtype=np.bool_)
            selected[np.searchsorted(starts, matches, "right") - 1] = True
        if within is not None:
            selected &= as_array(within)
        return as_mask(selected)

    def _matches(self, word: bytes) -> Matches:
        """The start of every occurrence of ``word`` in the array, ascending."""
        data = self._bytes
        known = max((w for w in self._kept if word.startswith(w)), key=len, default=b"")
        unchecked: Sequence[int]
        if known:
            matches, unchecked = self._kept[known], range(len(known), len(word))
        else:
            rarest = min(range(len(word)), key=lambda k: self._frequency[word[k]])
            matches = np.flatnonzero(data == word[rarest]) - rarest
            unchecked = [k for k in range(len(word)) if k != rarest]
        if unchecked:
            matches = matches[(matches >= 0) & (matches <= len(data) - len(word))]
            for offset in unchecked:
                matches = matches[data[matches + offset] == word[offset]]
        if len(self._kept) >= KEPT_WORDS:
            self._kept.clear()
        self._kept[word] = matches
        return matches

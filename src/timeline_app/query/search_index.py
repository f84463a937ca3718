"""Search without a Python call per event: every search text in one byte array.

The casefolded texts are the store's (``model.event_store``): UTF-8 in one byte
string, each followed by a separator no search word holds, read here as a NumPy
byte array without a copy. Since UTF-8 is self-synchronising, a match of the bytes
is a match of the characters, and since no word holds the separator, no match runs
from one text into the next.

A word is found one of three ways, whichever is cheapest:

- **narrowing**: when the word extends one searched before (typing forwards), only
  that word's match positions are checked further, a gather per new byte;
- **from the rarest byte**: when the word holds a byte that few texts hold, the
  positions of that byte (one comparison over the array), kept where each other
  byte matches too, give the events by binary search;
- **scanning**: otherwise (a first letter, most second ones) the array is compared
  with each byte of the word in turn, a block of events at a time so that the
  scratch arrays stay small and in cache, and each text is asked whether a match
  starts in it by a maximum over its part of the block.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from timeline_app.model.event_store import Offsets
from timeline_app.query.masks import as_array, as_mask

KEPT_WORDS = 32
"""How many words' matches are kept for narrowing (a backspace finds its shorter word)."""

_SAMPLE_STEP = 61
_BLOCK = 65536
"""Events scanned at a time."""
_PART = 1 << 22
"""Bytes of the array compared at a time when listing a byte's positions."""
_NONE = np.zeros(0, dtype=np.intp)

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
        #: how often each byte value occurs, in a sample: enough to tell a rare byte
        self._frequency = np.bincount(self._bytes[::_SAMPLE_STEP], minlength=256)
        self._kept: dict[bytes, Matches] = {}

    def select(self, needle: str, within: bytes | None = None) -> bytes:
        """A byte per event: 1 where its text contains ``needle`` (already casefolded,
        not empty) and ``within`` (if given) is set."""
        word = needle.encode("utf-8", "surrogatepass")
        known = max((w for w in self._kept if word.startswith(w)), key=len, default=b"")
        rarest = min(range(len(word)), key=lambda k: self._frequency[word[k]])
        if known:
            selected = self._selected(self._narrowed(word, self._kept[known], len(known)))
        elif self._frequency[word[rarest]] * _SAMPLE_STEP < self._count:
            selected = self._selected(self._from_byte(word, rarest))
        else:
            selected = self._scanned(word)
        if within is not None:
            selected &= as_array(within)
        return as_mask(selected)

    def _keep(self, word: bytes, matches: Matches) -> Matches:
        if len(self._kept) >= KEPT_WORDS:
            self._kept.clear()
        self._kept[word] = matches
        return matches

    def _narrowed(self, word: bytes, matches: Matches, checked: int) -> Matches:
        """``matches`` of the word's first ``checked`` bytes, kept where the rest match."""
        data = self._bytes
        matches = matches[matches <= len(data) - len(word)]
        for offset in range(checked, len(word)):
            matches = matches[data[matches + offset] == word[offset]]
        return self._keep(word, matches)

    def _from_byte(self, word: bytes, rarest: int) -> Matches:
        """The start of every occurrence of ``word``, from the positions of its byte at
        ``rarest``, ascending."""
        data = self._bytes
        # a part of the array at a time: a comparison of all of it would be an array too
        # large to come from memory already in use, all new pages
        matches = np.concatenate([np.flatnonzero(data[low:low + _PART] == word[rarest]) + low
                                  for low in range(0, len(data), _PART)] or [_NONE]) - rarest
        matches = matches[(matches >= 0) & (matches <= len(data) - len(word))]
        for offset in range(len(word)):
            if offset != rarest:
                matches = matches[data[matches + offset] == word[offset]]
        return self._keep(word, matches)

    def _selected(self, matches: Matches) -> npt.NDArray[np.bool_]:
        """Each event: whether one of ``matches`` lies in its text, by binary search of
        the fewer values among the more."""
        starts = self._starts
        if len(matches) > len(starts):
            first = np.searchsorted(matches, starts)  # each event's first match at or after it
            return np.append(matches, len(self._bytes))[first] < self._ends
        selected = np.zeros(self._count, dtype=np.bool_)
        selected[np.searchsorted(starts, matches, "right") - 1] = True
        return selected

    def _scanned(self, word: bytes) -> npt.NDArray[np.bool_]:
        """Each event: whether its text holds ``word``, by the block scan of the module's
        docstring. A longer word's match positions are kept for narrowing; a single
        byte's would be most of the array's, so they are not."""
        data, starts, ends = self._bytes, self._starts, self._ends
        selected = np.zeros(self._count, dtype=np.bool_)
        found: list[Matches] = []
        for first in range(0, self._count, _BLOCK):
            last = min(first + _BLOCK, self._count)
            low, high = int(starts[first]), int(ends[last - 1])
            block = data[low:high]
            here = block == word[0]
            for offset in range(1, len(word)):
                here[:len(here) - offset] &= block[offset:] == word[offset]
                here[len(here) - offset:] = False
            selected[first:last] = np.maximum.reduceat(here.view(np.uint8),
                                                       starts[first:last] - low) != 0
            if len(word) > 1:
                found.append(np.flatnonzero(here) + low)
        if len(word) > 1:
            self._keep(word, np.concatenate(found) if found else np.zeros(0, np.intp))
        return selected

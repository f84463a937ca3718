"""The search index must select exactly the texts that contain the word."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.model.event_store import SEARCH_SEPARATOR
from timeline_app.query.search_index import SearchIndex

_CHARACTERS = "ab é中\x00\x1f😀"
_TEXTS = st.lists(st.text(alphabet=_CHARACTERS, max_size=10), max_size=40)
_WORD = st.text(alphabet=_CHARACTERS, min_size=1, max_size=4)


def _index(texts: list[str]) -> SearchIndex:
    """The index over ``texts`` laid out as a store lays them out."""
    encoded = [t.encode("utf-8") + bytes([SEARCH_SEPARATOR]) for t in texts]
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(e) for e in encoded])
    return SearchIndex(b"".join(encoded), offsets)


def _reference(texts: list[str], word: str, within: bytes | None = None) -> bytes:
    return bytes(word in text and (within is None or bool(within[p]))
                 for p, text in enumerate(texts))


@settings(max_examples=300, deadline=None)
@given(texts=_TEXTS, words=st.lists(_WORD, min_size=1, max_size=8),
       keep=st.lists(st.booleans(), min_size=40, max_size=40))
def test_every_word_selects_exactly_the_texts_that_contain_it(texts, words, keep) -> None:
    """Words in any order, so that narrowing from a kept word is checked along the way."""
    index = _index(texts)
    within = bytes(keep[:len(texts)])
    for word in words:
        assert index.select(word) == _reference(texts, word)
        assert index.select(word, within) == _reference(texts, word, within)


@settings(max_examples=200, deadline=None)
@given(texts=_TEXTS, word=st.text(alphabet=_CHARACTERS, min_size=2, max_size=6))
def test_typing_a_word_and_deleting_it_letter_by_letter_selects_as_a_fresh_search(
        texts, word) -> None:
    index = _index(texts)
    typed = [word[:end] for end in range(1, len(word) + 1)]
    for prefix in typed + typed[-2::-1]:
        assert index.select(prefix) == _index(texts).select(prefix)
        assert index.select(prefix) == _reference(texts, prefix)


def test_a_word_never_matches_across_two_events_or_past_the_end() -> None:
    index = _index(["ab", "cd", "abc"])
    assert index.select("bc") == bytes([0, 0, 1])
    assert index.select("abcd") == bytes(3)
    assert index.select("d") == bytes([0, 1, 0])


def test_no_texts_select_nothing() -> None:
    assert _index([]).select("a") == b""


@pytest.mark.parametrize("seed", range(5))
def test_common_and_rare_bytes_select_exactly_by_every_path(seed) -> None:
    """Thousands of texts, so that a common letter is scanned for, a rare one found from
    its positions, and a longer word narrowed from a shorter one."""
    rng = random.Random(seed)
    texts = ["".join(rng.choice("aab c中") for _ in range(rng.randrange(12)))
             + ("z" if rng.random() < 0.01 else "") for _ in range(140_000 // 20)]
    index = _index(texts)
    within = bytes(rng.random() < 0.5 for _ in texts)
    for word in ["a", "ab", "aba", "ab c", "z", "za", "中", "中a", "b", "ba", "c中c"]:
        assert index.select(word) == _reference(texts, word)
        assert index.select(word, within) == _reference(texts, word, within)

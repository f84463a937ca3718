"""A timeline whose authors translated some of its texts into Chinese, and the interface
in another language for the length of a test (English again after it, whatever happens)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from timeline_app.render.interface_language import install_language

CHINESE_TITLE = "南宁司法合作论坛"
CHINESE_SUMMARY = "法官们在南宁会面。"
CHINESE_TRAINING = "书记员培训班"
CHINESE_FORUMS = "论坛"
CHINESE_TIMELINE = "测试年表"


@contextmanager
def interface_in(language: str) -> Iterator[None]:
    """The window's words (and the data's translations) in ``language`` inside the block."""
    install_language(language)
    try:
        yield
    finally:
        install_language("en")


def translated(document: dict[str, Any]) -> dict[str, Any]:
    """The fixture document in English, with the authors' Chinese (zh-Hans) for its title,
    the Forums category, forum-2019's title and summary and training-2024's title only."""
    document["language"] = "en"
    document["translations"] = {"zh-Hans": {"title": CHINESE_TIMELINE}}
    forums = next(c for c in document["categories"] if c["id"] == "forums")
    forums["translations"] = {"zh-Hans": {"label": CHINESE_FORUMS}}
    events = {e["id"]: e for e in document["events"]}
    events["forum-2019"]["translations"] = {
        "zh-Hans": {"title": CHINESE_TITLE, "summary": CHINESE_SUMMARY}}
    events["training-2024"]["translations"] = {"zh-Hans": {"title": CHINESE_TRAINING}}
    return document

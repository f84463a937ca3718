"""Data text shown as itself in widgets that would read it otherwise: Qt takes a tooltip or
a label that looks like HTML as rich text, and an ``&`` in a check box or menu item as a
keyboard mnemonic. Titles, labels and file names from a file are plain text everywhere."""

from __future__ import annotations

import html


def plain_tip(text: str) -> str:
    """A tooltip showing ``text`` literally (``<b>`` stays ``<b>``), line breaks kept."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def no_mnemonic(text: str) -> str:
    """``text`` for a check box or a menu item: "R&D" stays "R&D", not "RD"."""
    return text.replace("&", "&&")

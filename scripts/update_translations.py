"""Bring the translation files up to date with the source, and compile them.

    .venv/bin/python scripts/update_translations.py          # update .ts, compile .qm
    .venv/bin/python scripts/update_translations.py --check  # fail if anything is missing

``pyside6-lupdate`` finds every ``translate("Context", "text")`` and ``tr("text")`` in
src/timeline_app. Its Python reader does not see that a call with a count is a plural
(it does for C++), so this script marks every text with ``%n`` as one; it keeps every
translation already made, adds the new texts unfinished and drops the ones the source no
longer has. English gets only the plural forms, made by ``wording.english_plural``.
``pyside6-lrelease`` then writes the ``.qm`` files the app loads.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from timeline_app.wording import english_plural  # noqa: E402

SOURCE = ROOT / "src" / "timeline_app"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
"""Every language but English is complete; English holds the plural forms only."""

Key = tuple[str, str, str]  # context, source, comment


@dataclass
class Message:
    numerus: bool
    forms: list[str]  # one string, or the plural forms
    finished: bool


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def extracted() -> list[Key]:
    """Every translatable text in the source, as lupdate finds it."""
    files = sorted(str(p) for p in SOURCE.rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "all.ts"
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", *files,
                        "-ts", str(target)], check=True)
        return list(read_ts(target))


def read_ts(path: Path) -> dict[Key, Message]:
    messages: dict[Key, Message] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = Message(numerus=message.get("numerus") == "yes",
                                    forms=forms or [translation.text or ""],
                                    finished=translation.get("type") is None)
    return messages


def merged(keys: list[Key], language: str, old: dict[Key, Message]) -> dict[Key, Message]:
    result: dict[Key, Message] = {}
    for key in keys:
        numerus = "%n" in key[1]
        if language == "en":
            if numerus:  # English: singular and plural
                result[key] = Message(True, [english_plural(key[1], 1),
                                             english_plural(key[1], 2)], True)
            continue
        before = old.get(key)
        if before is not None and any(before.forms):
            forms = before.forms[:1]  # Chinese has a single form
            result[key] = Message(numerus, forms, before.finished)
        else:
            result[key] = Message(numerus, [""], False)
    return result


def write_ts(path: Path, language: str, messages: dict[Key, Message]) -> None:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    for context in sorted({key[0] for key in messages}):
        lines += ["<context>", f"    <name>{_escape(context)}</name>"]
        for key in sorted(k for k in messages if k[0] == context):
            message = messages[key]
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            lines.append(f"        <source>{_escape(key[1])}</source>")
            if key[2]:
                lines.append(f"        <comment>{_escape(key[2])}</comment>")
            state = "" if message.finished else ' type="unfinished"'
            if message.numerus:
                lines.append(f"        <translation{state}>")
                lines += [f"            <numerusform>{_escape(f)}</numerusform>"
                          for f in message.forms]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{state}>{_escape(message.forms[0])}"
                             "</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"timeline_app_{language}.ts"


def missing(keys: list[Key], language: str) -> list[str]:
    """What the committed file of ``language`` lacks: texts not in it, or unfinished."""
    messages = read_ts(ts_path(language))
    wanted = [k for k in keys if language != "en" or "%n" in k[1]]
    return [f"{language}: {k[0]}: {k[1]!r}" for k in wanted
            if k not in messages or not messages[k].finished or not all(messages[k].forms)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report texts that have no finished translation")
    arguments = parser.parse_args()
    keys = extracted()
    if arguments.check:
        gaps = [gap for language in LANGUAGES for gap in missing(keys, language)]
        print("\n".join(gaps) or f"all {len(keys)} texts are translated")
        return 1 if gaps else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        path = ts_path(language)
        old = read_ts(path) if path.exists() else {}
        write_ts(path, language, merged(keys, language, old))
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(path),
                        "-qm", str(path.with_suffix(".qm"))], check=True)
    gaps = [gap for language in LANGUAGES for gap in missing(keys, language)]
    print(f"{len(keys)} texts; {len(gaps)} without a finished translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())

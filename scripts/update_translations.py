"""Bring the translation files up to date with the source, and compile them.

    .venv/bin/python scripts/update_translations.py          # update .ts, compile .qm
    .venv/bin/python scripts/update_translations.py --check  # fail if anything is missing

The convention for translatable strings is in docs/translating.md. Every
``QCoreApplication.translate("Context", "text")`` of src/timeline_app, and every
``translate("Context", "text")`` of the Qt-free core, is found by reading the source's
syntax tree (``translatable_texts``); a call with a count is a plural. ``pyside6-lupdate``
is not used to find them: its Python reader skips, without a word, any call whose count
is an expression (``len(rows)``, ``part.digits``), and marks none as a plural. The
translations already made are kept, new texts are added unfinished, and texts the source
no longer has are dropped. English holds only the plural forms, made by
``wording.english_form``. ``pyside6-lrelease`` writes the ``.qm`` files the app loads;
the ``.ts`` files are Qt Linguist's own format, so Linguist can edit them.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from timeline_app.wording import english_form  # noqa: E402

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


def _counted(text: str) -> bool:
    """A text with a count (``%n``, or ``%Ln`` with grouped digits) is a plural."""
    return "%n" in text or "%Ln" in text


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def translatable_texts(root: Path = SOURCE) -> list[Key]:
    """Every text passed to a translate call under ``root``, in source order; a call
    whose context or text is not a literal is a ``ValueError`` naming its place."""
    keys: list[Key] = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and _is_translate(node.func):
                keys.append(_key(node, path))
    return list(dict.fromkeys(keys))


def _is_translate(func: ast.expr) -> bool:
    if isinstance(func, ast.Attribute):
        return func.attr == "translate" and isinstance(func.value, ast.Name) \
            and func.value.id == "QCoreApplication"
    return isinstance(func, ast.Name) and func.id == "translate"


def _key(call: ast.Call, path: Path) -> Key:
    texts = [a.value if isinstance(a, ast.Constant) else a for a in call.args[:3]]
    if len(texts) < 2 or not all(isinstance(t, str) for t in texts[:2]) \
            or (len(texts) == 3 and texts[2] is not None and not isinstance(texts[2], str)):
        raise ValueError(f"{path.relative_to(ROOT)}:{call.lineno}: a translate call needs "
                         "a literal context, text and comment")
    comment = texts[2] if len(texts) == 3 and isinstance(texts[2], str) else ""
    return (str(texts[0]), str(texts[1]), comment)


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
        numerus = _counted(key[1])
        if language == "en":
            if numerus:  # English: singular and plural
                result[key] = Message(True, [english_form(key[1], 1),
                                             english_form(key[1], 2)], True)
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
    wanted = [k for k in keys if language != "en" or _counted(k[1])]
    return [f"{language}: {k[0]}: {k[1]!r}" for k in wanted
            if k not in messages or not messages[k].finished or not all(messages[k].forms)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report texts that have no finished translation")
    parser.add_argument("--merge", nargs="+", default=[], metavar="JSON", type=Path,
                        help="take zh_CN translations from JSON files mapping "
                             "'context<US>text[<US>comment]' to the translation")
    arguments = parser.parse_args()
    keys = translatable_texts()
    if arguments.check:
        gaps = [gap for language in LANGUAGES for gap in missing(keys, language)]
        print("\n".join(gaps) or f"all {len(keys)} texts are translated")
        return 1 if gaps else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    given = {}
    for file in arguments.merge:
        for name, text in json.loads(file.read_text(encoding="utf-8")).items():
            context, source, *comment = name.split("\x1f")
            given[(context, source, comment[0] if comment else "")] = text
    unknown = sorted(set(given) - set(keys))
    if unknown:
        print("\n".join(f"not in the source: {key}" for key in unknown))
    for language in LANGUAGES:
        path = ts_path(language)
        old = read_ts(path) if path.exists() else {}
        if language != "en":
            old.update({key: Message(_counted(key[1]), [text], True)
                        for key, text in given.items() if text})
        write_ts(path, language, merged(keys, language, old))
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(path),
                        "-qm", str(path.with_suffix(".qm"))], check=True)
    gaps = [gap for language in LANGUAGES for gap in missing(keys, language)]
    print(f"{len(keys)} texts; {len(gaps)} without a finished translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())

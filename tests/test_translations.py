"""The interface's translations: every text has its Chinese, the compiled files match the
sources, and no text of the window bypasses translation."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytest.importorskip("PySide6")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()
TEXTS = SCRIPT.translatable_texts()
CHINESE = SCRIPT.read_ts(SCRIPT.ts_path("zh_CN"))
ENGLISH = SCRIPT.read_ts(SCRIPT.ts_path("en"))
PLACEHOLDER = re.compile(r"\{(\w*)\}")
COUNT = re.compile(r"%L?n")
NUMBERED = {"number", "first_number", "last_number"}
"""Month numbers a date template may use instead of a month's name ('2024年4月')."""


def test_the_source_has_hundreds_of_translatable_texts():
    assert len(TEXTS) > 400


def test_every_text_of_the_source_has_a_finished_chinese_translation():
    assert SCRIPT.missing(TEXTS, "zh_CN") == []


def test_every_plural_text_has_its_english_singular_and_plural():
    assert SCRIPT.missing(TEXTS, "en") == []
    forms = ENGLISH[("DateWords", "%n significant digit(s): some year in {span}, estimated "
                     "as {year}.", "")].forms
    assert forms == ["%n significant digit: some year in {span}, estimated as {year}.",
                     "%n significant digits: some year in {span}, estimated as {year}."]


def test_the_translation_files_hold_no_text_the_source_no_longer_has():
    assert set(CHINESE) <= set(TEXTS)


FINISHED = sorted(key for key, message in CHINESE.items() if message.finished)


@pytest.mark.parametrize("key", FINISHED, ids=lambda key: f"{key[0]}:{key[1][:30]}")
def test_a_translation_keeps_the_placeholders_counts_and_mnemonic_of_its_text(key):
    _context, source, _comment = key
    translation = CHINESE[key].forms[0]
    wanted = set(PLACEHOLDER.findall(source))
    given = set(PLACEHOLDER.findall(translation))
    assert given <= wanted | NUMBERED, f"{translation!r} names a part {source!r} lacks"
    assert wanted - given <= {"month", "last_month", "first", "last"} and \
        (wanted - given == set() or given & NUMBERED), \
        f"{translation!r} leaves out a part of {source!r}"
    assert COUNT.findall(source) == COUNT.findall(translation)
    mnemonic = re.search(r"&(\w)", source)
    if mnemonic:
        assert f"&{mnemonic.group(1)}".lower() in translation.lower(), translation


def test_the_compiled_chinese_gives_every_translation_of_the_source_file(qapp):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(SCRIPT.ts_path("zh_CN").with_suffix(".qm")))
    for (context, source, comment), message in CHINESE.items():
        found = translator.translate(context, source, comment or None,
                                     3 if message.numerus else -1)
        assert found == message.forms[0], (context, source)


def test_the_compiled_english_gives_the_singular_for_one(qapp):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate(
        "DateWords", "%n significant digit(s): some year in {span}, estimated as {year}.",
        "", 1).startswith("1 significant digit:")


TEXT_SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "addMenu",
    "addAction", "setTitle", "setLabelText", "setHeaderLabels", "setHorizontalHeaderLabels",
    "showMessage", "addItem", "addItems", "setItemText", "addTab", "setTabText",
    "insertTab", "setSpecialValueText", "setSuffix", "setPrefix",
}
TEXT_WIDGETS = {"QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
                "QMenu", "QDockWidget", "QToolButton"}
DIALOG_CALLS = {"critical", "warning", "information", "question", "about",
                "getOpenFileName", "getSaveFileName", "getExistingDirectory"}


def _untranslated(node: ast.expr) -> bool:
    """A literal (or f-string) with words in it, shown as it was written."""
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.Constant) and isinstance(node.value, str) \
        and re.search(r"[A-Za-z]{2}", node.value) is not None


def _shown_texts(call: ast.Call) -> list[ast.expr]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else \
        func.id if isinstance(func, ast.Name) else ""
    if name in TEXT_SETTERS or name in TEXT_WIDGETS:
        return call.args[:1] if name not in ("addTab", "insertTab") else call.args[1:3]
    if name in DIALOG_CALLS:
        return list(call.args[1:4])
    return []


def test_no_text_of_the_window_or_an_export_is_shown_untranslated():
    packages = [ROOT / "src" / "timeline_app" / name for name in ("view", "render", "export")]
    found = []
    for path in [*(p for package in packages for p in package.rglob("*.py")),
                 ROOT / "src" / "timeline_app" / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                found += [f"{path.name}:{text.lineno}" for text in _shown_texts(node)
                          if _untranslated(text)]
    assert found == []

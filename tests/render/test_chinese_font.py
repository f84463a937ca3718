"""Chinese text draws with the bundled font on a machine with no CJK font: run with
fontconfig shown no font folder at all, two different characters still draw as two
different glyphs, not as the same empty box."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GLYPHS_SCRIPT = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPainter
from timeline_app.render.style import font_family, ui_font

app = QGuiApplication(sys.argv[:1])

def drawn(text, font):
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(4, 30, text)
    painter.end()
    return bytes(image.constBits())

latin_only = QFont(font_family())
latin_only.setPixelSize(24)
if drawn("中", latin_only) != drawn("国", latin_only):
    sys.exit("a system font with Chinese is still visible: the test would prove nothing")
font = ui_font(24)
if drawn("中", font) == drawn("国", font):
    sys.exit("Chinese draws as empty boxes without a system CJK font")
"""


def test_chinese_draws_with_the_bundled_font_when_the_system_has_no_cjk_font(tmp_path: Path):
    config = tmp_path / "fonts.conf"
    config.write_text(f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path / 'cache'}"
                      "</cachedir></fontconfig>", encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", GLYPHS_SCRIPT], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr + result.stdout


WINDOW_SCRIPT = """
import sys
from PySide6.QtWidgets import QLabel
from timeline_app.app import ensure_application

app = ensure_application("zh_CN")

def drawn(text):
    label = QLabel(text)
    label.resize(60, 40)
    return bytes(label.grab().toImage().constBits())

if drawn("文件") == drawn("视图"):
    sys.exit("the window's Chinese draws as empty boxes without a system CJK font")
"""


def test_the_windows_chinese_draws_with_the_bundled_font_when_the_system_has_none(
        tmp_path: Path):
    config = tmp_path / "fonts.conf"
    config.write_text(f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path / 'cache'}"
                      "</cachedir></fontconfig>", encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", WINDOW_SCRIPT], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr + result.stdout

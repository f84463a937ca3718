"""`timeline-app export` run as a subprocess with no display, and its error exits."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from timeline_app import cli

MINI = Path(__file__).parent / "fixtures" / "mini.json"
SVG_TEXT = "{http://www.w3.org/2000/svg}text"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # no language chosen in a window before
    return subprocess.run([sys.executable, "-m", "timeline_app", "export", *args],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)


def test_the_cli_writes_all_three_formats_with_no_display(tmp_path):
    outputs = [tmp_path / f"out.{ext}" for ext in ("png", "svg", "pdf")]
    for out in outputs:
        result = run(str(MINI), "-o", str(out), "--width", "1000", "--height", "500",
                     "--category", "forums", "--category", "cases", "--scale", "2")
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(out)
        assert result.stderr == ""
    assert outputs[0].read_bytes()[16:24] == (2000).to_bytes(4, "big") + (1000).to_bytes(4, "big")
    texts = " ".join("".join(t.itertext()) for t in ET.parse(outputs[1]).getroot().iter(SVG_TEXT))
    assert "Founding forum in Nanning" in texts and "Mediation programme" in texts
    assert "Border agreement signed" not in texts
    assert "Categories: Forums, Cases · 6 of 8 events" in texts
    reader = PdfReader(outputs[2])
    assert "Mediation programme" in " ".join(reader.pages[0].extract_text().split())
    assert reader.metadata.title.startswith("Mini chronology")
    assert reader.metadata.creator.startswith("Timeline App ")


def test_the_cli_exports_the_embedded_dataset_by_default_with_a_given_title(tmp_path):
    out = tmp_path / "default.svg"
    result = run("-o", str(out), "--title", "My <b>report</b>", "--from", "2019",
                 "--to", "2020", "--search", "forum", "--theme", "dark")
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    assert root.find("{http://www.w3.org/2000/svg}title").text == "My <b>report</b>"
    texts = " ".join("".join(t.itertext()) for t in root.iter(SVG_TEXT))
    assert '2019 to 2020 · search "forum"' in texts


def test_an_unknown_extension_is_a_usage_error(tmp_path):
    result = run(str(MINI), "-o", str(tmp_path / "out.gif"))
    assert result.returncode == 2
    assert "cannot tell the image format from '.gif'; use .png, .svg, .pdf" in result.stderr
    assert not (tmp_path / "out.gif").exists()


@pytest.mark.parametrize("args", [["--width", "10"], ["--category", "nope"],
                                  ["--from", "2020", "--to", "2019"]])
def test_bad_options_are_usage_errors(tmp_path, args):
    result = run(str(MINI), "-o", str(tmp_path / "out.png"), *args)
    assert result.returncode == 2
    assert "error:" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ["missing/out.png", "folder.svg"])
def test_an_unwritable_path_exits_1_with_a_clear_message(tmp_path, name):
    (tmp_path / "folder.svg").mkdir()
    result = run(str(MINI), "-o", str(tmp_path / name))
    assert result.returncode == 1
    assert result.stderr.startswith("timeline-app: error: ")
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_an_invalid_dataset_exits_1_naming_its_problems(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    result = run(str(bad), "-o", str(tmp_path / "out.png"))
    assert result.returncode == 1
    assert "bad.json" in result.stderr and "Traceback" not in result.stderr


def test_a_full_disk_exits_1_and_leaves_the_old_export_intact(qapp, tmp_path, monkeypatch,
                                                              capsys):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old pdf")

    def disk_full(self: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    assert cli.main(["export", str(MINI), "-o", str(target)]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert target.read_bytes() == b"old pdf"


def test_the_eras_of_a_timelinejs_template_are_drawn_behind_its_events(tmp_path):
    out = tmp_path / "eras.svg"
    example = Path(__file__).parents[2] / "docs" / "examples" / "apollo-11-timelinejs-template.csv"
    result = run(str(example), "-o", str(out), "--width", "1400")
    assert result.returncode == 0, result.stderr
    texts = " ".join("".join(t.itertext()) for t in ET.parse(out).getroot().iter(SVG_TEXT))
    assert "On the Moon" in texts and "Eagle lands in the Sea of Tranquility" in texts
    assert "imported from apollo-11-timelinejs-template.csv" in texts


def test_a_read_only_output_is_refused_unless_forced(tmp_path):
    out = tmp_path / "locked.png"
    out.write_bytes(b"kept")
    out.chmod(0o444)
    refused = run(str(MINI), "-o", str(out))
    assert refused.returncode == 1 and "read-only" in refused.stderr
    assert out.read_bytes() == b"kept"
    forced = run(str(MINI), "-o", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_an_empty_output_name_asks_for_one():
    result = run(str(MINI), "-o", "")
    assert result.returncode == 2
    assert "name the image to write, such as timeline.png" in result.stderr


def test_an_export_in_chinese_words_its_dates_legend_and_footer_in_chinese(tmp_path):
    out = tmp_path / "zh.svg"
    result = run(str(MINI), "-o", str(out), "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    texts = " ".join("".join(t.itertext()) for t in ET.parse(out).getroot().iter(SVG_TEXT))
    assert "年" in texts and "来源" in texts and "全部事件" in texts
    assert "Sources" not in texts and "All events" not in texts


def test_an_export_follows_the_language_chosen_in_the_window(tmp_path):
    config = tmp_path / "config" / "timeline-app"
    config.mkdir(parents=True)
    (config / "timeline-app.conf").write_text("[view]\nlanguage=zh_CN\n", encoding="utf-8")
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("DISPLAY", None)
    out = tmp_path / "zh.svg"
    result = subprocess.run([sys.executable, "-m", "timeline_app", "export", str(MINI), "-o",
                             str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "全部事件" in out.read_text(encoding="utf-8")


def test_an_unknown_language_is_a_usage_error_that_lists_the_choices(tmp_path):
    result = run(str(MINI), "-o", str(tmp_path / "x.png"), "--lang", "fr")
    assert result.returncode == 2
    assert "--lang: unknown language 'fr': choose one of en, zh_CN, system" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_language_given_before_export_is_the_exports(tmp_path):
    out = tmp_path / "zh.svg"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    result = subprocess.run([sys.executable, "-m", "timeline_app", "--lang", "zh", "export",
                             str(MINI), "-o", str(out)], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "全部事件" in out.read_text(encoding="utf-8")

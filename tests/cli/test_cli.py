"""The command line, run as a subprocess: exit codes, output and the embedded dataset."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

MINI = {
    "title": "Mini",
    "categories": [{"id": "f", "label": "Forums", "color": "#3366aa"},
                   {"id": "a", "label": "Agreements", "color": "#aa6633"}],
    "sources": [{"id": "s", "title": "T", "publisher": "Pub", "published": "2019-03-15"}],
    "events": [
        {"id": "e1", "title": 'April meeting, with "quotes", commas', "date": "2024-04",
         "category": "f", "sources": [{"source": "s", "locator": "para. 2"}]},
        {"id": "e2", "title": "Open <b>x</b>", "date": "2024/..", "category": "a",
         "sources": [{"source": "s"}]},
        {"id": "e0", "title": "Founded", "date": "2017", "category": "a",
         "sources": [{"source": "s"}], "summary": "The ARBITRATION base"},
    ],
}


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = run_bytes(*args, cwd=cwd)
    return subprocess.CompletedProcess(result.args, result.returncode,
                                       result.stdout.decode(), result.stderr.decode())


def run_bytes(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["COLUMNS"] = "80"
    return subprocess.run([sys.executable, "-m", "timeline_app", *args], capture_output=True,
                          cwd=cwd, env=env, stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    path = tmp_path / "mini.json"
    path.write_text(json.dumps(MINI), encoding="utf-8")
    return path


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0
    assert "validate" in result.stdout and "list" in result.stdout
    assert "timeline-app [--lang LANG] [FILE]" in result.stdout
    assert "--lang LANG" in result.stdout and "zh_CN" in result.stdout


def test_version_names_the_command_and_its_version():
    from timeline_app import __version__
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"timeline-app {__version__}"


@pytest.mark.parametrize("command", ["validate", "list", "export", "convert"])
def test_each_command_names_itself_in_its_usage(command):
    result = run(command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: timeline-app {command} [-h]")


def test_validate_prints_a_summary_line_per_good_file(mini):
    result = run("validate", str(mini), str(mini))
    assert result.returncode == 0
    assert result.stdout.count(f"{mini}: valid: 3 events, 2 categories, 1 source, 0 warnings") == 2


def test_validate_lists_every_problem_of_a_bad_file_and_exits_1(tmp_path, mini):
    bad = dict(MINI, events=[dict(MINI["events"][0], date="2024-13", category="zz")])
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    result = run("validate", str(mini), str(path))
    assert result.returncode == 1
    assert f"{path}: events[0].date: '2024-13' is not a date: there is no month 13" in result.stdout
    assert f"{path}: events[0].category: 'zz' is not one of the categories" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_validate_reports_a_syntax_error_with_line_and_column(tmp_path):
    path = tmp_path / "comma.json"
    path.write_text('{"title": "x",\n  "events": [],\n}', encoding="utf-8")
    result = run("validate", str(path))
    assert result.returncode == 1
    assert f"{path}:2:15: the JSON has a trailing comma" in result.stdout  # at the comma


def test_validate_exits_0_with_warnings_listed(tmp_path):
    document = dict(MINI, events=[dict(MINI["events"][0], sources=[], extra=1)])
    path = tmp_path / "warn.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = run("validate", str(path))
    assert result.returncode == 0
    assert "2 warnings" in result.stdout
    assert "warning: the event has no source" in result.stdout


@pytest.mark.parametrize("args", [["validate"], ["list", "--format", "xml"],
                                  ["list", "--from", "2024-13"], ["list", "--bogus"]])
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_list_defaults_to_the_embedded_dataset_from_any_directory(tmp_path):
    result = run("list", cwd=tmp_path)
    assert result.returncode == 0
    assert "Prosecutors" in result.stdout
    assert all(len(line) <= 80 for line in result.stdout.splitlines())


def test_list_is_chronological_by_span_start_then_id(mini):
    lines = run("list", str(mini)).stdout.splitlines()
    assert [line.split()[0] for line in lines[1:4]] == ["2017", "2024/..", "2024-04"]


def test_list_filters_are_anded_and_categories_ored(mini):
    result = run("list", str(mini), "--format", "csv", "--category", "f", "--category", "a",
                 "--from", "2024-05", "--search", "open")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["id"] for r in rows] == ["e2"]


def test_list_search_matches_the_summary_case_insensitively(mini):
    result = run("list", str(mini), "--format", "csv", "--search", "arbitration")
    assert [r["id"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["e0"]


def test_list_csv_quotes_fields_as_rfc_4180_with_a_header(mini):
    result = run("list", str(mini), "--format", "csv")
    assert result.stdout.splitlines()[0].startswith("id,date,start,end,precision")
    assert '"April meeting, with ""quotes"", commas"' in result.stdout
    assert b"\r\n" in run_bytes("list", str(mini), "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert rows[2]["title"] == 'April meeting, with "quotes", commas'
    assert rows[1]["end"] == "" and rows[1]["start"] == "2024-01-01"


def test_csv_has_a_byte_order_mark_only_when_asked_and_reads_back_the_same(tmp_path, mini):
    plain = run_bytes("list", str(mini), "--format", "csv").stdout
    marked = run_bytes("list", str(mini), "--format", "csv", "--bom").stdout
    assert not plain.startswith(b"\xef\xbb\xbf")
    assert marked == b"\xef\xbb\xbf" + plain
    with_bom, without = tmp_path / "with.csv", tmp_path / "without.csv"
    assert run("convert", str(mini), "-o", str(with_bom), "--bom").returncode == 0
    assert run("convert", str(mini), "-o", str(without)).returncode == 0
    assert with_bom.read_bytes() == b"\xef\xbb\xbf" + without.read_bytes()
    assert run("list", str(with_bom), "--format", "csv").stdout == \
        run("list", str(without), "--format", "csv").stdout
    assert run("list", str(mini), "--bom").returncode == 2
    assert run("convert", str(mini), "-o", str(tmp_path / "x.json"), "--bom").returncode == 2


def test_list_json_is_a_valid_dataset_of_the_selected_events(tmp_path, mini):
    result = run("list", str(mini), "--format", "json", "--category", "f")
    out = tmp_path / "x.json"
    out.write_text(result.stdout, encoding="utf-8")
    document = json.loads(result.stdout)
    assert [e["id"] for e in document["events"]] == ["e1"]
    assert [c["id"] for c in document["categories"]] == ["f"]
    assert run("validate", str(out)).returncode == 0


def test_list_of_the_embedded_dataset_round_trips_through_json(tmp_path):
    out = tmp_path / "all.json"
    out.write_text(run("list", "--format", "json").stdout, encoding="utf-8")
    result = run("validate", str(out))
    assert result.returncode == 0 and " 0 warnings" in result.stdout


def test_list_refuses_an_unknown_category_as_a_usage_error(mini):
    result = run("list", str(mini), "--category", "nope")
    assert result.returncode == 2 and "unknown id nope" in result.stderr


def test_list_of_a_bad_file_exits_1_without_a_traceback(tmp_path):
    path = tmp_path / "empty.json"
    path.write_text("", encoding="utf-8")
    result = run("list", str(path))
    assert result.returncode == 1
    assert f"{path}: the file is empty" in result.stderr and "Traceback" not in result.stderr


def test_the_script_entry_point_is_the_same_as_python_dash_m():
    from timeline_app import cli

    assert cli.main(["list", "--format", "json", "--search", "zzzz-no-match"]) == 0


def test_the_window_refuses_a_language_it_has_no_translation_for():
    result = run("--lang", "fr")
    assert result.returncode == 2
    assert "--lang: unknown language 'fr'" in result.stderr


def test_a_language_before_a_text_command_is_refused_since_it_writes_english(dataset_file):
    result = run("--lang", "zh_CN", "validate", str(dataset_file))
    assert result.returncode == 2
    assert "--lang names the language of the window and of export; validate always " \
        "writes English" in result.stderr

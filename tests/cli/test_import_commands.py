"""Every command reads every format: validate, list, export and convert, with --map,
--sheet, --input-format and --strict."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import run, run_bytes
from tests.formats.conftest import FIXTURES

CSV = "When,What,Kind\n2019-03,Forum,Meetings\n3/4/2019,Ambiguous,Meetings\n44 BC,Ides,History\n"


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "sheet.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_validate_opens_a_csv_and_lists_the_rows_left_out(sheet):
    result = run("validate", str(sheet))
    assert result.returncode == 0
    assert "valid: 2 events" in result.stdout and "1 row left out" in result.stdout
    assert f"{sheet}: row 3, column A (When): '3/4/2019' could be" in result.stdout


def test_strict_makes_a_left_out_row_fail(sheet):
    result = run("validate", "--strict", str(sheet))
    assert result.returncode == 1
    assert "row 3, column A (When)" in result.stdout and "invalid" in result.stdout


def test_list_reads_a_csv_with_a_mapping_and_tells_on_stderr_what_was_left_out(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Wann,Was\n2019-03,Forum\nsoon,Later\n", encoding="utf-8")
    result = run("list", str(path), "--map", "date=Wann", "--map", "title=B", "--format",
                 "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert [e["title"] for e in document["events"]] == ["Forum"]
    assert "1 row left out" in result.stderr


def test_a_map_to_a_missing_column_names_the_columns(tmp_path, sheet):
    result = run("list", str(sheet), "--map", "date=Nope")
    assert result.returncode == 1
    assert "there is no column 'Nope'; the columns are 'When', 'What', 'Kind'" in result.stderr
    assert run("list", str(sheet), "--map", "nonsense").returncode == 2


def test_input_format_reads_a_file_whatever_its_name(tmp_path):
    path = tmp_path / "export.dat"
    path.write_text((FIXTURES / "chronology.timelinejs.json").read_text(), encoding="utf-8")
    result = run("list", str(path), "--input-format", "timelinejs")
    assert result.returncode == 0, result.stderr
    assert "Moon landing" in result.stdout


def test_export_draws_a_csv(sheet, tmp_path):
    out = tmp_path / "sheet.png"
    result = run("export", str(sheet), "-o", str(out), "--width", "800", "--height", "400")
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000


def test_convert_writes_timelinejs_and_lists_what_it_cannot_hold(tmp_path):
    out = tmp_path / "out.json"
    result = run("convert", str(FIXTURES / "template.csv"), "-o", str(out), "--to",
                 "timelinejs")
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text())
    assert document["title"]["text"]["headline"] == "A Short History of a Harbour"
    assert document["eras"][0]["text"]["headline"] == "Founding decades"
    assert "timelinejs cannot hold" in result.stderr and "fields" in result.stderr


def test_convert_follows_the_extension_and_needs_to_when_it_cannot_tell(tmp_path, sheet):
    out = tmp_path / "out.json"
    assert run("convert", str(sheet), "-o", str(out)).returncode == 0
    assert run("validate", str(out)).returncode == 0  # the app's own format
    csv_out = tmp_path / "out.csv"
    assert run("convert", str(out), "-o", str(csv_out)).returncode == 0
    assert csv_out.read_text().startswith("id,date,start")
    unknown = run("convert", str(sheet), "-o", str(tmp_path / "out.xml"))
    assert unknown.returncode == 2 and "--to" in unknown.stderr


def test_a_file_that_is_not_a_chronology_gets_one_line(tmp_path):
    path = tmp_path / "prices.csv"
    path.write_text("Name,Price\n" + "Widget,3\n" * 100, encoding="utf-8")
    result = run("validate", str(path))
    assert result.returncode == 1
    problem_lines = [line for line in result.stdout.splitlines() if "no column holds" in line]
    assert len(problem_lines) == 1


def test_dates_from_text_keeps_only_or_hides_the_worded_dates():
    worded = str(FIXTURES / "worded.csv")
    only = run("list", worded, "--dates-from-text", "only", "--format", "json")
    hidden = run("list", worded, "--dates-from-text", "hide", "--format", "json")
    assert [e["title"] for e in json.loads(only.stdout)["events"]] == [
        "Mill ledger begun", "Letters catalogued"]
    assert [e["title"] for e in json.loads(hidden.stdout)["events"]] == ["Survey report filed"]


def test_list_filters_by_confidence_source_and_date_form_and_says_so_in_the_export(tmp_path):
    one = run("list", "--confidence", "single-source", "--precision", "one-bound",
              "--format", "json")
    assert one.returncode == 0, one.stderr
    events = json.loads(one.stdout)["events"]
    assert events and all(e["confidence"] == "single-source" for e in events)
    assert all(e["date"].startswith("..") or e["date"].endswith("..") for e in events)
    bad = run("list", "--source", "no-such-source")
    assert bad.returncode == 2 and "--source: unknown id no-such-source" in bad.stderr
    out = tmp_path / "one-source.svg"
    exported = run("export", "-o", str(out), "--one-source", "--confidence", "confirmed")
    assert exported.returncode == 0, exported.stderr
    assert "confidence: confirmed · resting on one source" in out.read_text(encoding="utf-8")


def test_json_and_csv_output_is_exact_utf8_whatever_the_terminal_encoding():
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C", "LANG": "C"}
    for fmt in ("json", "csv"):
        ascii_out = subprocess.run([sys.executable, "-m", "timeline_app", "list", "--format",
                                    fmt], capture_output=True, env=env, check=True).stdout
        assert ascii_out == run_bytes("list", "--format", fmt).stdout
        assert "Quảng".encode() in ascii_out or "–".encode() in ascii_out


def test_an_output_that_cannot_be_written_is_a_message_not_a_traceback():
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "timeline_app", "list", "--format",
                                 "csv"], stdout=full, stderr=subprocess.PIPE, text=True)
    assert result.returncode == 1
    assert result.stderr.strip() == ("timeline-app: error: cannot write the output: No space "
                                     "left on device")
    closed = subprocess.run(f"{sys.executable} -m timeline_app list 1>&-", shell=True,
                            stderr=subprocess.PIPE, text=True)
    assert closed.returncode == 1 and "standard output is closed" in closed.stderr
    assert "Traceback" not in closed.stderr

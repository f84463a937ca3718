"""Reading any JSON file takes at most about 150 MB plus ten times its size in memory
(docs/data-format.md): the files below, each built to make a whole-file parse take over
twenty times their size, are read by a separate process whose peak memory is measured."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HEAD = ('{"title": "t", "categories": [{"id": "c", "label": "C", "color": "#336699"}], '
        '"sources": [{"id": "s", "title": "S", "publisher": "P"}], ')
EVENT = '{"id": "a", "title": "A", "date": "2024", "category": "c", "sources": [{"source": "s"}]}'
COUNT = 3_000_000
MANY_EMPTY_LISTS = ",".join(["[]"] * COUNT)


MEASURED = """
import sys
from timeline_app import cli
try:
    cli.main(["validate", sys.argv[1]])
finally:
    sys.stdout.flush()
    status = open("/proc/self/status").read()
    print("peak", status.split("VmHWM:")[1].split()[0])
"""
"""``validate`` then its peak resident memory, from the process itself: a child's
``ru_maxrss`` would include the memory of the test process it was forked from."""


def peak_megabytes(path: Path) -> tuple[float, str]:
    """The peak resident memory of ``timeline-app validate PATH``, and what it printed."""
    result = subprocess.run([sys.executable, "-c", MEASURED, str(path)], capture_output=True,
                            text=True, check=False)
    output = result.stdout + result.stderr
    return int(output.rsplit("peak", 1)[1]) / 1024, output


@pytest.mark.parametrize(("name", "text", "said"), [
    ("empty events", HEAD + '"events": [' + ",".join(["{}"] * COUNT) + "]}",
     "events[0].title: missing"),
    ("events before the categories",
     '{"title": "t", "events": [' + ",".join(["{}"] * COUNT) + '], "categories": []}',
     "events[0].title: missing"),
    ("an unknown key holding empty lists",
     HEAD + '"junk": [' + MANY_EMPTY_LISTS + '], "events": [' + EVENT + "]}",
     "junk: this value holds about 3,000,001 lists and objects"),
    ("one event holding empty lists",
     HEAD + '"events": [{"id": "a", "places": [' + MANY_EMPTY_LISTS + "]}]}",
     "events[0]: this value holds about 3,000,002 lists and objects"),
    ("a top-level list of empty lists", "[" + MANY_EMPTY_LISTS + "]",
     "the file holds about 3,000,001 lists and objects"),
])
def test_a_file_of_many_small_lists_and_objects_is_read_within_the_memory_bound(
        tmp_path, name, text, said):
    path = tmp_path / "many.json"
    path.write_text(text, encoding="utf-8")
    size_mb = path.stat().st_size / 1048576
    peak, output = peak_megabytes(path)
    assert said in output, output[:2000]
    assert "Traceback" not in output
    assert peak <= 150 + 10 * size_mb, f"{name}: {peak:.0f} MB for {size_mb:.1f} MB"

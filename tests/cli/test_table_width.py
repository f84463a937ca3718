"""The `list` table measures text in terminal columns: a Chinese character takes two, so a
Chinese title is cut to fit and no row runs past the terminal's width."""

from __future__ import annotations

from timeline_app.list_formats import columns, format_table
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import Category, Citation, Event, Source, Timeline


def timeline_of(title: str, label: str) -> Timeline:
    event = Event("a", title, parse_edtf("2024-01"), "c", None, None, (), (), (), (),
                  (Citation("s", None),), None, (), (), (), False)
    return Timeline.build("t", None, [Category("c", label, "#336699", None)],
                          [Source("s", "S", "P", None, None, None, None)], [event], [])


def test_chinese_text_is_measured_in_terminal_columns():
    assert columns("中国—东盟") == 9
    assert columns("ASEAN") == 5
    assert columns("e\u0301") == 1  # a combining accent takes no column


def test_a_long_chinese_title_is_cut_to_fit_the_terminal_width():
    title = "中国—东盟法律合作与交流研讨会在广西南宁举行" * 3
    for width in (60, 80, 120):
        timeline = timeline_of(title, "司法合作")
        lines = format_table(timeline, timeline.events, width).splitlines()
        row = lines[1]
        assert columns(row) <= width, (width, row)
        assert row.endswith("…")
        header = lines[0]
        assert columns(header[:header.index("TITLE")]) == columns(row[:row.index("中")]), \
            "the title starts in the same terminal column as its heading"

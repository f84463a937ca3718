"""The phrasing table: dates written as words become EDTF at the precision the words
support, and anything else is refused rather than guessed."""

from __future__ import annotations

import pytest

from timeline_app.formats.date_phrases import read_phrase
from timeline_app.model.edtf import parse_edtf

PHRASES = [
    # a year, month, day, in words
    ("1850", "1850"), ("850", "0850"), ("March 2019", "2019-03"), ("Mar. 2019", "2019-03"),
    ("march, 2019", "2019-03"), ("3 March 2019", "2019-03-03"),
    ("3rd of March 2019", "2019-03-03"), ("March 3, 2019", "2019-03-03"),
    ("Sept 9 1850", "1850-09-09"),
    # eras: astronomical years
    ("44 BC", "-0043"), ("44 BCE", "-0043"), ("44 B.C.", "-0043"), ("AD 14", "0014"),
    ("14 CE", "0014"), ("10,000 BC", "-9999"), ("100,000 BC", "Y-99999"),
    # Chinese
    ("2019年", "2019"), ("2019年3月", "2019-03"), ("2019年3月5日", "2019-03-05"),
    ("公元前44年", "-0043"), ("2019年春", "2019-21"), ("约1850年", "1850~"),
    ("1860年代", "186X"), ("19世纪", "1801/1900"),
    # seasons and quarters
    ("Spring 1849", "1849-21"), ("summer of 1969", "1969-22"), ("autumn 1920", "1920-23"),
    ("Fall 1920", "1920-23"), ("winter 1941-42", "1941-24"), ("Q3 2020", "2020-35"),
    ("2020 Q1", "2020-33"),
    # decades and centuries
    ("the 1860s", "186X"), ("1860s", "186X"), ("1860's", "186X"),
    ("17th century", "1601/1700"), ("the 1st century", "0001/0100"),
    ("5th century BC", "-0499/-0400"),
    # early, mid, late: thirds, approximate
    ("early 2024", "2024-37~"), ("mid-2010", "2010-38~"), ("late 1990s", "1997~/1999~"),
    ("early 19th century", "1801~/1833~"),
    # qualifiers
    ("circa 1850", "1850~"), ("c. 1850", "1850~"), ("ca. 1850", "1850~"), ("c1850", "1850~"),
    ("about March 1850", "1850-03~"), ("circa 17th century", "1601~/1700~"),
    ("probably 1850", "1850?"), ("possibly June 1850", "1850-06?"),
    # ranges and sides
    ("between 1880 and 1885", "[1880..1885]"), ("1880-1885", "1880/1885"),
    ("1880–1885", "1880/1885"), ("from 1880 to 1885", "1880/1885"),
    ("March 2019 to May 2019", "2019-03/2019-05"), ("1850 or 1851", "[1850,1851]"),
    ("before 1900", "[..1899]"), ("after 1900", "[1901..]"), ("by 1900", "[..1900]"),
    ("since 2024", "2024/.."),
]

REFUSED = ["yesterday", "next Friday", "not a date", "", "TBD", "the 1800s", "1990s or 2000s",
           "12", "Room 12", "March", "31 February 2019", "3/4/2019 maybe", "Q5 2020",
           "winter 1941-43", "0 BC"]


@pytest.mark.parametrize(("words", "edtf"), PHRASES, ids=[w for w, _ in PHRASES])
def test_each_phrasing_reads_as_the_edtf_its_words_support(words, edtf):
    assert read_phrase(words) == edtf
    parse_edtf(edtf)  # and the app reads what the table writes


@pytest.mark.parametrize("words", REFUSED)
def test_words_that_are_not_a_date_or_could_be_two_are_not_read(words):
    assert read_phrase(words) is None

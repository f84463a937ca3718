"""The image format follows the output's extension, without Qt."""

import pytest

from timeline_app.export.formats import ImageFormat, image_format_for


@pytest.mark.parametrize(("name", "expected"), [
    ("out.png", ImageFormat.PNG), ("a/b/OUT.SVG", ImageFormat.SVG), ("x.Pdf", ImageFormat.PDF),
])
def test_the_extension_names_the_format_whatever_its_case(name, expected):
    assert image_format_for(name) is expected


@pytest.mark.parametrize("name", ["out.gif", "out", "out.png.bak"])
def test_an_unknown_extension_is_refused_with_the_accepted_ones_named(name):
    with pytest.raises(ValueError, match=r"\.png, \.svg, \.pdf"):
        image_format_for(name)

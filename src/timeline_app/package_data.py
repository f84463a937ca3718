"""Where the bundled resources and the embedded dataset live.

In an installed wheel they sit inside the package (``timeline_app/resources``
and ``timeline_app/data``); in a source checkout or an editable install they
sit at the top of the repository. Callers never need to know which.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_SOURCE_TREE = Path(__file__).resolve().parents[2]


def _locate(*parts: str, source_parts: tuple[str, ...] | None = None) -> Path:
    installed = Path(str(files("timeline_app").joinpath(*parts)))
    if installed.exists():
        return installed
    return _SOURCE_TREE.joinpath(*(source_parts or parts))


def resources_dir() -> Path:
    return _locate("resources")


def resource_path(name: str) -> Path:
    """A file inside resources/, e.g. ``resource_path("timeline.schema.json")``."""
    return resources_dir() / name


def default_dataset_path() -> Path:
    return _locate("data", "events.json")


def data_format_doc_path() -> Path:
    """docs/data-format.md; the wheel carries it as resources/data-format.md for Help."""
    return _locate("resources", "data-format.md", source_parts=("docs", "data-format.md"))

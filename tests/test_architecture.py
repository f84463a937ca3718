"""docs/architecture.md names every source module, so the map cannot drift from the tree."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "timeline_app"


def _listed_modules() -> set[str]:
    """The paths the tree listing of docs/architecture.md names, relative to the package."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    listing = text.split("src/timeline_app/\n", 1)[1].split("```", 1)[0]
    listed, folder = set(), ""
    for line in listing.splitlines():
        match = re.match(r"( *)(\S+)", line)
        if match is None:
            continue
        indent, name = len(match[1]), match[2]
        if name.endswith("/"):
            folder = name if indent == 2 else ""
        elif name.endswith(".py"):
            listed.add(f"{folder if indent > 2 else ''}{name}")
    return listed


def test_every_source_module_is_named_in_the_architecture_document():
    modules = {path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*.py")
               if path.name != "__init__.py" or path.parent == PACKAGE}
    missing = modules - _listed_modules()
    assert not missing, f"docs/architecture.md does not name {sorted(missing)}"


def test_the_architecture_document_names_no_module_that_is_gone():
    modules = {path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*.py")}
    gone = _listed_modules() - modules
    assert not gone, f"docs/architecture.md names {sorted(gone)}, which do not exist"

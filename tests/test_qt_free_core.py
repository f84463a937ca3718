"""The core layers (model, formats, query, layout) and the text commands import no Qt."""

import subprocess
import sys
import textwrap

BLOCK_QT_AND_RUN = textwrap.dedent("""
    import importlib, pkgutil, sys

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"Qt imported by the core: {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    for layer in ("model", "formats", "query", "layout"):
        package = importlib.import_module(f"timeline_app.{layer}")
        for module in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"timeline_app.{layer}.{module.name}")
    from timeline_app import cli, list_formats, atomic_write, package_data
    assert cli.main(["validate", str(package_data.default_dataset_path())]) == 0
    assert cli.main(["list", "--format", "csv", "--from", "2024"]) == 0
    import tempfile, pathlib
    out = pathlib.Path(tempfile.mkdtemp()) / "tl.json"
    assert cli.main(["convert", str(package_data.default_dataset_path()), "-o", str(out),
                     "--to", "timelinejs"]) == 0
    assert not [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
""")


def test_the_core_layers_and_the_text_commands_run_with_qt_unavailable():
    result = subprocess.run([sys.executable, "-c", BLOCK_QT_AND_RUN], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr

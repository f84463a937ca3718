"""A non-editable install carries its resources and dataset and works from any directory."""

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        # offline: the build backend of the test extra, no isolated build environment
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
         "-w", str(out), str(REPO)],
        capture_output=True, text=True, timeout=600,
    )
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stderr}")
    return next(out.glob("timeline_app-*.whl"))


def test_the_wheel_contains_the_resources_and_the_embedded_dataset(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "timeline_app/data/events.json" in names
    assert "timeline_app/resources/timeline.schema.json" in names
    assert "timeline_app/resources/data-format.md" in names
    assert any(n.startswith("timeline_app/resources/fonts/") for n in names)
    app_id = "io.github.timeline_app.TimelineApp"
    assert f"timeline_app/resources/desktop/{app_id}.desktop" in names
    assert f"timeline_app/resources/desktop/{app_id}.metainfo.xml" in names
    assert f"timeline_app/resources/icons/hicolor/scalable/apps/{app_id}.svg" in names
    assert f"timeline_app/resources/icons/hicolor/256x256/apps/{app_id}.png" in names
    for language in ("zh_CN", "en"):
        assert f"timeline_app/resources/translations/timeline_app_{language}.qm" in names


def test_the_wheel_carries_its_licences_and_a_full_summary(wheel):
    archive = zipfile.ZipFile(wheel)
    names = set(archive.namelist())
    info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    assert f"{info}/licenses/LICENSE" in names
    assert f"{info}/licenses/resources/fonts/LICENSE" in names
    metadata = archive.read(f"{info}/METADATA").decode()
    assert ("License-Expression: MIT AND Bitstream-Vera AND LicenseRef-Arev-Fonts AND OFL-1.1"
            in metadata)
    assert f"{info}/licenses/resources/fonts/LICENSE-NotoSansCJK.txt" in names
    for field in ("Author: ", "Keywords: ", "Classifier: Programming Language :: Python :: 3.13",
                  "Classifier: Environment :: X11 Applications :: Qt", "Summary: "):
        assert field in metadata, field
    entry_points = archive.read(f"{info}/entry_points.txt").decode()
    assert "[gui_scripts]" in entry_points and "[console_scripts]" in entry_points


def test_an_installed_wheel_validates_and_lists_the_embedded_dataset_from_any_folder(
        wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)],
                   check=True, timeout=600)
    _see_the_test_dependencies(python)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    script = env_dir / "bin" / "timeline-app"
    validate = subprocess.run([script, "validate", str(_installed_dataset(python))],
                              capture_output=True, text=True, cwd=elsewhere, env=env)
    assert validate.returncode == 0, validate.stderr
    listing = subprocess.run([script, "list", "--format", "csv"], capture_output=True,
                             text=True, cwd=elsewhere, env=env)
    assert listing.returncode == 0, listing.stderr
    assert "Prosecutors" in listing.stdout
    assert str(REPO) not in str(_installed_dataset(python))
    chinese = elsewhere / "zh.svg"
    export = subprocess.run([script, "export", "--lang", "zh_CN", "-o", str(chinese)],
                            capture_output=True, text=True, cwd=elsewhere,
                            env={**env, "XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert export.returncode == 0, export.stderr
    assert "全部事件" in chinese.read_text(encoding="utf-8")  # the wheel's own .qm


def _see_the_test_dependencies(python: Path) -> None:
    """Let the new venv import the dependencies installed here (offline: nothing is
    fetched), after its own packages, so that the wheel's timeline_app is the one run."""
    code = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    own = subprocess.run([python, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    here = sysconfig.get_paths()["purelib"]
    (Path(own) / "test_dependencies.pth").write_text(here + "\n", encoding="utf-8")


def _installed_dataset(python: Path) -> Path:
    code = "from timeline_app.package_data import default_dataset_path as p; print(p())"
    return Path(subprocess.run([python, "-c", code], capture_output=True, text=True,
                               check=True).stdout.strip())

"""Render the main window into docs/screenshots/ under a real X server.

Starts its own Xvfb when no DISPLAY is set (needs the `xvfb` package), uses
throwaway settings so neither the user's layout nor their theme leaks in,
and writes light.png, dark.png, zoomed-2024.png and filtered-one-category.png
of the embedded dataset, then one shot of each example in data/examples/:
roman-republic.png (BCE years), deep-time.png (the Big Bang to Homo sapiens)
and apollo-11.png (one day, to the second), with apollo-11-landing.png zoomed to
the descent. A second run in Simplified Chinese writes zh_CN.png (the window, an event's
details shown) and, beside docs/examples' exports, export-zh_CN.png (`export --lang
zh_CN`).

    python scripts/screenshots.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "examples"
SCREEN = "1400x900x24"
LOAD_TIMEOUT_MS = 10_000


@contextmanager
def x_display() -> Iterator[None]:
    """Use $DISPLAY if set, else run a private Xvfb on a free display for the duration."""
    if os.environ.get("DISPLAY"):
        yield
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        sys.exit("No DISPLAY and no Xvfb: install the xvfb package (apt-get install xvfb)")
    server = subprocess.Popen([xvfb, "-displayfd", "1", "-screen", "0", SCREEN, "-nolisten",
                               "tcp"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert server.stdout is not None
    number = server.stdout.readline().strip()  # -displayfd picks a free display and prints it
    if not number:
        server.kill()
        sys.exit("Xvfb did not start")
    os.environ["DISPLAY"] = f":{number.decode()}"
    try:
        yield
    finally:
        server.terminate()
        server.wait(timeout=10)


def render(out: Path) -> list[Path]:
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="timeline-shots-")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from timeline_app.app import create_main_window
    from timeline_app.layout.colouring import ColourBy
    from timeline_app.model.calendar import seconds_at
    from timeline_app.package_data import default_dataset_path
    from timeline_app.view.main_window import MainWindow
    from timeline_app.view.settings import ThemeChoice

    window = create_main_window(default_dataset_path())
    assert isinstance(window, MainWindow)
    window.show()
    if not QTest.qWaitForWindowExposed(window, 10_000):
        sys.exit("the window was never exposed")
    timeline = window.timeline()
    assert timeline is not None
    middle = timeline.events[len(timeline.events) // 2].id

    def select(event_id: str) -> None:
        window.state.select(event_id)

    def light() -> None:
        window.set_theme(ThemeChoice.LIGHT)
        window.view.fit_all()
        select(middle)

    def dark() -> None:
        window.set_theme(ThemeChoice.DARK)

    def zoomed() -> None:
        window.set_theme(ThemeChoice.LIGHT)
        start, end = seconds_at(2024), seconds_at(2025)
        window.view.set_visible_range(start, end)
        in_2024 = [e.id for e in timeline.events if start <= e.start < end]
        if in_2024:
            select(in_2024[len(in_2024) // 2])
            window.view.set_visible_range(start, end)

    def open_example(name: str) -> None:
        window.filter_panel.set_all_categories(True)
        window.open_file(EXAMPLES / name)
        waited = 0
        while window.is_loading():
            if waited > LOAD_TIMEOUT_MS:
                sys.exit(f"{name} did not load")
            QTest.qWait(20)
            waited += 20
        window.view.fit_all()

    def roman_republic() -> None:
        open_example("roman-republic.json")
        select("caesar-assassinated")

    def deep_time() -> None:
        open_example("deep-time.json")
        select("end-cretaceous-extinction")

    def apollo_11() -> None:
        open_example("apollo-11.json")
        select("eagle-lands")

    def apollo_11_landing() -> None:  # the powered descent, to the minute
        window.view.set_visible_range(seconds_at(1969, 7, 20, 20, 0),
                                      seconds_at(1969, 7, 20, 20, 25))

    def loosely_dated() -> None:  # the documents known only as "no later than Sep 2025"
        window.set_colour_by(ColourBy.CATEGORY)
        window.filter_panel.set_all_categories(True)
        window.open_file(default_dataset_path())
        window.view.set_visible_range(seconds_at(2025, 3), seconds_at(2025, 11))

    def evidence() -> None:  # coloured by confidence
        window.set_colour_by(ColourBy.CONFIDENCE)
        window.view.fit_all()

    def timelinejs_eras() -> None:  # a TimelineJS template, its eras drawn as periods
        window.filter_panel.set_all_categories(True)
        window.open_file(ROOT / "docs" / "examples" / "apollo-11-timelinejs-template.csv")
        window.view.fit_all()

    def small() -> None:  # a small window: the docks give way to the timeline
        window.set_colour_by(ColourBy.CATEGORY)
        window.open_file(default_dataset_path())
        window.resize(800, 500)
        window.view.fit_all()

    def grouped_bottom() -> None:  # grouped by category, scrolled to the last band
        window.resize(1280, 800)
        window.group_action.trigger()
        QTest.qWait(100)
        bar = window.view.scroll_bar()
        bar.setValue(bar.maximum())

    def one_category() -> None:
        window.filter_panel.set_all_categories(False)
        window.filter_panel.category_checkbox(timeline.categories[0].id).setChecked(True)
        window.view.fit_all()
        shown = window.event_list.shown_event_ids()
        if shown:
            select(shown[len(shown) // 2])

    shots: list[tuple[str, Callable[[], None]]] = [
        ("light.png", light), ("dark.png", dark), ("zoomed-2024.png", zoomed),
        ("filtered-one-category.png", one_category), ("roman-republic.png", roman_republic),
        ("deep-time.png", deep_time), ("apollo-11.png", apollo_11),
        ("apollo-11-landing.png", apollo_11_landing), ("timelinejs-eras.png", timelinejs_eras),
        ("loosely-dated.png", loosely_dated), ("evidence-confidence.png", evidence),
        ("window-800x500.png", small), ("grouped-scrolled-to-bottom.png", grouped_bottom)]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, prepare in shots:
        prepare()
        QTest.qWait(300)
        QApplication.processEvents()
        path = out / name
        if not window.grab().save(str(path)):
            sys.exit(f"could not write {path}")
        written.append(path)
    dialog = window.import_file(ROOT / "tests" / "formats" / "fixtures" / "worded.csv")
    QTest.qWait(300)
    path = out / "import-dialog.png"
    if not dialog.grab().save(str(path)):
        sys.exit(f"could not write {path}")
    written.append(path)
    dialog.reject()
    window.set_colour_by(ColourBy.CATEGORY)
    window.group_action.trigger()  # back to one band, as the settings had it
    window.close()
    return written


def render_scaled(out: Path) -> Path:
    """The default window at a 2× device pixel ratio: 1280×800 pixels, 640×400 logical."""
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="timeline-shots-")
    from PySide6.QtTest import QTest

    from timeline_app.app import create_main_window
    from timeline_app.package_data import default_dataset_path

    window = create_main_window(default_dataset_path())
    window.resize(640, 400)
    window.show()
    if not QTest.qWaitForWindowExposed(window, 10_000):
        sys.exit("the window was never exposed")
    QTest.qWait(300)
    path = out / "window-2x.png"
    if not window.grab().save(str(path)):
        sys.exit(f"could not write {path}")
    window.close()
    return path


def render_chinese(out: Path) -> list[Path]:
    """The window in Simplified Chinese on the embedded dataset, an event of April 2024
    chosen on the timeline, and the same view exported in Chinese."""
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="timeline-shots-")
    from PySide6.QtTest import QTest

    from timeline_app.app import create_main_window
    from timeline_app.package_data import default_dataset_path
    from timeline_app.view.main_window import MainWindow

    window = create_main_window(default_dataset_path(), "zh_CN")
    assert isinstance(window, MainWindow)
    window.resize(1400, 860)
    window.show()
    if not QTest.qWaitForWindowExposed(window, 10_000):
        sys.exit("the window was never exposed")
    timeline = window.timeline()
    assert timeline is not None
    chosen = next(e.id for e in timeline.events if e.date.text.startswith("2024-04"))
    window.state.select(chosen)
    window.details.raise_()  # as choosing it on the timeline does
    QTest.qWait(400)
    window_path = out / "zh_CN.png"
    if not window.grab().save(str(window_path)):
        sys.exit(f"could not write {window_path}")
    window.close()
    export_path = out / "export-zh_CN.png"
    subprocess.run([sys.executable, "-m", "timeline_app", "export", "--lang", "zh_CN",
                    "-o", str(export_path), "--force"], check=True)
    return [window_path, export_path]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scaled", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--chinese", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    with x_display():
        if args.scaled:  # the child run below, with Qt scaling set before Qt starts
            print(render_scaled(args.out))
            return 0
        if args.chinese:  # a child run of its own: the language is set before any widget
            for path in render_chinese(args.out):
                print(path)
            return 0
        for path in render(args.out):
            print(path)
        subprocess.run([sys.executable, __file__, "--out", str(args.out), "--scaled"],
                       env={**os.environ, "QT_SCALE_FACTOR": "2"}, check=True)
        subprocess.run([sys.executable, __file__, "--out", str(args.out), "--chinese"],
                       check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Desktop benchmark: how long the GUI event loop is blocked while the main screens work, at
100,000 demo applicants (issue 4: "the window never freezes for more than 100 ms").

Run from the repository root with the project's virtualenv:

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_responsiveness.py [--applicants 100000]
        [--cache DIR] [--only SCENARIO ...] [--profile SCENARIO]

It prints exactly one JSON object on stdout (progress goes to stderr).

The database is the one `bench/ui.py` builds and caches in `.bench/ui-<N>.db` (its
`build_cache`; built on the first run, about 1.5 minutes at 100k). The contract scenario drafts
one contract in it (a different case each run), so the cache grows by a row or two per run.

How a stall is seen: a heartbeat `QTimer` (precise, every HEARTBEAT_MS = 5 ms) records the time
of each tick on the GUI thread. Whatever keeps the event loop from running (a slot doing a
query, a constructor reading the database, a worker holding the GIL or the shared SQLite
connection) delays the next tick; a gap between ticks minus 5 ms is a stall. Each scenario is
driven as a person would (keys with pauses between them, waiting for the screen to finish its
work, background jobs included) while the heartbeat runs; it reports the largest stall, the
99th percentile over all ticks and how many stalls exceeded 100 ms, plus the scenario's
seconds and where its worst stall happened (the step that was running).

Scenarios (keys of the JSON):
- `unlock_to_main_window`: the unlock dialog, passphrase typed, Enter; the key is unwrapped
  on the worker, the store opened, the main window built and shown, its first page and the
  Home tab's list read;
- `home_tab`: back to the Home tab (Ctrl+1), today's work read again;
- `search_typing`: 8 realistic surname prefixes typed key by key (120-260 ms between keys),
  each left for the debounce and the count, then cleared with Esc;
- `registry_filters`: every filter combination of `bench/ui.py` applied in the filter bar,
  each until its count is in;
- `scroll_to_row_5000`: the whole list scrolled down until row 5,000 is loaded (fetchMore);
- `applicant_card`: the card of an applicant with cases opened, its History tab shown until
  the history is in, the card closed;
- `case_form_directions`: a new case form for that applicant, then each direction chosen
  with the keyboard (eligibility and calculation recomputed live);
- `reference_window`: the reference data window until its four lists are in;
- `monthly_report_preview`: the monthly report window until the preview is built;
- `contract_draft_and_pdf`: the contract window of an included case, the contract drafted
  and saved as PDF;
- `monitoring_window`: the monitoring window of a case in progress with a signed contract.

`--profile SCENARIO` runs cProfile on the GUI thread around that scenario and prints the top
functions by cumulative time to stderr (to find what a stall is made of).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ui import (  # noqa: E402 - bench/ui.py: the cached 100k database and its user
    DEFAULT_CACHE,
    PASSPHRASE,
    REFERENCE_DAY,
    USERNAME,
    build_cache,
    filter_cases,
    log,
    surname_prefixes,
)

HEARTBEAT_MS = 5
STALL_LIMIT_MS = 100.0
SCROLL_TARGET_ROW = 5000


class Heartbeat:
    """Ticks every HEARTBEAT_MS on the GUI thread; the gaps between ticks show the stalls."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.ticks: list[float] = []
        self.steps: list[tuple[float, str]] = []  # when each step of the scenario began

    @property
    def step(self) -> str:
        return self.steps[-1][1] if self.steps else ""

    @step.setter
    def step(self, name: str) -> None:
        self.steps.append((time.perf_counter(), name))

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def start(self) -> None:
        self.ticks, self.steps = [time.perf_counter()], []
        self.timer.start()

    def _steps_during(self, start: float, end: float) -> str:
        """The steps running between two ticks: the one going at `start`, and any begun
        before `end` (the blocking code belongs to one of them)."""
        names = [name for when, name in self.steps if start < when < end]
        before = [name for when, name in self.steps if when <= start]
        return " → ".join(before[-1:] + names)

    def stop(self) -> dict[str, Any]:
        self.timer.stop()
        self._tick()  # the time from the last tick to the end counts too
        stalls = [max(0.0, (b - a) * 1000 - HEARTBEAT_MS)
                  for a, b in zip(self.ticks, self.ticks[1:], strict=False)]
        if not stalls:
            stalls = [0.0]
        ordered = sorted(stalls)
        worst = max(range(len(stalls)), key=stalls.__getitem__)
        return {
            "max_ms": round(ordered[-1], 1),
            "p99_ms": round(ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))], 1),
            "stalls_over_100ms": sum(s > STALL_LIMIT_MS for s in stalls),
            "seconds": round(self.ticks[-1] - self.ticks[0], 2),
            "ticks": len(stalls),
            "worst_during": self._steps_during(self.ticks[worst], self.ticks[worst + 1]),
        }


class Driver:
    """Runs the event loop the way `app.exec()` would, between a person's actions."""

    def __init__(self, heartbeat: Heartbeat) -> None:
        self.heartbeat = heartbeat

    def step(self, name: str) -> None:
        self.heartbeat.step = name

    def begin(self) -> None:
        """The measured part starts here (after the benchmark has picked its sample rows)."""
        self.heartbeat.start()

    def wait(self, ms: int) -> None:
        """A pause: the event loop runs (QTest.qWait would sleep 10 ms at a time)."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def until(self, done: Callable[[], bool], timeout_s: float = 60.0, poll_ms: int = 2) -> bool:
        """Run the event loop until `done()` (checked every `poll_ms`) or the timeout."""
        from PySide6.QtCore import QEventLoop, QTimer

        if done():
            return True
        loop = QEventLoop()
        deadline = time.monotonic() + timeout_s
        result = {"ok": False}

        def check() -> None:
            if done():
                result["ok"] = True
                loop.quit()
            elif time.monotonic() > deadline:
                loop.quit()

        poll = QTimer()
        poll.setInterval(poll_ms)
        poll.timeout.connect(check)
        poll.start()
        loop.exec()
        poll.stop()
        if not result["ok"]:
            log(f"  timed out waiting during {self.heartbeat.step!r}")
        return result["ok"]

    def idle(self) -> None:
        """Background work done and the queue drained (between scenarios, not measured)."""
        from desktop.ui.tasks import wait_for_background

        wait_for_background()
        self.wait(50)
        wait_for_background()
        self.wait(150)


def type_text(driver: Driver, widget: Any, text: str, rng: random.Random) -> None:
    """Key by key with a person's pauses (QTest.keyClick asserts on non-Latin text, so the
    same key events are sent by hand)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
        driver.wait(rng.randint(120, 260))


def key(widget: Any, qt_key: Any, modifiers: Any = None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, qt_key, modifiers or Qt.KeyboardModifier.NoModifier)


@contextmanager
def profiled(enabled: bool) -> Iterator[None]:
    if not enabled:
        yield
        return
    profile = cProfile.Profile()
    profile.enable()
    try:
        yield
    finally:
        profile.disable()
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(45)
        print(out.getvalue(), file=sys.stderr)


# -- the scenarios ----------------------------------------------------------------------------
class Session:
    """What the scenarios share: the database path, the app, the window once unlocked."""

    def __init__(self, path: Path, rng: random.Random, work: Path) -> None:
        self.path, self.rng, self.work = path, rng, work
        self.store: Any = None
        self.window: Any = None

    def pick(self, sql: str, among: int = 200, row: bool = False) -> Any:
        """One of the first `among` rows of `sql` at random, or its first column (picked by
        the benchmark itself, before what is measured)."""
        rows = self.store.db.execute(f"{sql} ORDER BY 1 LIMIT {among}").fetchall()
        chosen = self.rng.choice(rows)
        return tuple(chosen) if row else chosen[0]


def check(ok: bool, error: Any, what: str) -> None:
    """A scenario that did not do its work is not measured silently."""
    if not ok:
        raise RuntimeError(f"{what}: {error.text() if error.isVisible() else 'no message'}")


def unlock_to_main_window(s: Session, d: Driver) -> None:
    from PySide6.QtCore import Qt

    from desktop.app import build_main_window
    from desktop.ui.unlock_dialog import UnlockDialog

    d.step("unlock dialog built")
    dialog = UnlockDialog(s.path)
    dialog.show()
    d.wait(100)
    d.step("passphrase typed")
    dialog.user.setCurrentText(USERNAME)
    dialog.passphrase.setText(PASSPHRASE)
    d.step("unwrap on the worker, open_store")
    key(dialog.passphrase, Qt.Key.Key_Return)
    d.until(lambda: dialog.result() != 0 or dialog.store is not None)
    s.store = dialog.store
    dialog.hide()
    d.step("MainWindow built and shown")
    window = build_main_window(s.store)  # as app.run_gui does once the dialog is accepted
    window.resize(1366, 740)
    window.show()
    s.window = window
    d.step("home list and first page")
    d.until(lambda: not window.home.loading)
    d.wait(300)


def home_tab(s: Session, d: Driver) -> None:
    from PySide6.QtCore import Qt

    w = s.window
    d.step("applicants tab")
    key(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    d.wait(300)
    d.step("Ctrl+1: today's work read again")
    key(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    d.until(lambda: not w.home.loading)
    d.wait(300)


def search_typing(s: Session, d: Driver) -> None:
    from PySide6.QtCore import Qt

    w = s.window
    typed = surname_prefixes(s.store, s.rng, 8)
    d.begin()
    d.step("Ctrl+F")
    key(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for text in typed:
        d.step(f"typing {len(text)} letters")
        type_text(d, w.search, text, s.rng)
        d.step("debounce, first page, count")
        d.until(lambda: not w._debounce.isActive() and w.model.match_count() is not None)
        d.wait(300)
        d.step("Esc clears")
        key(w.search, Qt.Key.Key_Escape)
        d.wait(400)


def registry_filters(s: Session, d: Driver) -> None:
    from desktop.services.registry import RegistryFilter

    w = s.window
    w.show_applicants()
    for label, text, filters, _sort in filter_cases():
        if text:
            d.step(f"search {text!r} for {label}")
            w.search.setText(text)
            d.until(lambda: not w._debounce.isActive())
        d.step(f"filter {label}")
        w.filters.set_value(filters)
        d.until(lambda: w.model.match_count() is not None)
        d.wait(250)
        if text:
            w.search.clear()
            d.until(lambda: not w._debounce.isActive())
    d.step("filters cleared")
    w.filters.set_value(RegistryFilter())
    d.wait(300)


def scroll_to_row_5000(s: Session, d: Driver) -> None:
    w = s.window
    w.show_applicants()
    bar = w.table.verticalScrollBar()
    d.step("scrolling (fetchMore)")
    while w.model.rowCount() <= SCROLL_TARGET_ROW and w.model.canFetchMore():
        bar.setValue(bar.maximum())  # a drag of the scroll bar to the bottom
        d.wait(30)
    d.step("row 5000 shown")
    w.table.scrollTo(w.model.index(SCROLL_TARGET_ROW, 0))
    w.table.selectRow(SCROLL_TARGET_ROW)
    d.wait(300)
    w.table.scrollToTop()
    d.wait(100)


def _person_with_cases(s: Session) -> str:
    return s.pick("SELECT person_id FROM cases WHERE deleted = 0 AND state = 'in_progress'")


def applicant_card(s: Session, d: Driver) -> None:
    w = s.window
    person_id = _person_with_cases(s)
    d.begin()
    d.step("card built and shown")
    card = w.open_applicant(person_id)
    d.wait(600)
    d.step("History tab: read on the worker")
    card.show_tab(1)
    d.until(lambda: card.history_table.rowCount() > 0)
    d.wait(300)
    d.step("card closed")
    card.done(0)
    d.wait(300)


def case_form_directions(s: Session, d: Driver) -> None:
    from PySide6.QtCore import Qt

    from desktop.ui.case_form import CaseForm

    person_id = _person_with_cases(s)
    d.begin()
    d.step("case form built and shown")
    form = CaseForm(s.store, person_id, parent=s.window)
    form.open()
    d.wait(400)
    form.direction.setFocus()
    for number in range(form.direction.count() - 1):
        d.step(f"direction {number + 2} chosen")
        key(form.direction, Qt.Key.Key_Down)
        d.wait(400)
    d.step("a category ticked")
    check = next(iter(form.category_checks.values()))
    check.setChecked(True)
    d.wait(300)
    form.autosave.discard()
    form.done(0)
    d.wait(200)


def reference_window(s: Session, d: Driver) -> None:
    d.step("reference window built and shown")
    window = s.window.open_reference()
    d.step("four lists read on the worker")
    d.until(lambda: not window.loading)
    d.wait(300)
    window.close()
    d.wait(100)


def monthly_report_preview(s: Session, d: Driver) -> None:
    d.step("report window built and shown")
    window = s.window.open_report()
    d.step("report built on the worker, preview filled")
    d.until(lambda: not window.busy.running, timeout_s=120)
    d.wait(300)
    window.close()
    d.wait(100)


def contract_draft_and_pdf(s: Session, d: Driver) -> None:
    from desktop.rules.youth_practice import youth_practice
    from desktop.services.contracts import rules
    from desktop.ui.contract_window import ContractWindow

    # The demo data planned each youth practice for a start on the first of some month before
    # REFERENCE_DAY; the contract starts then, so it agrees with the plan (contracts checks).
    case_id, planned = s.pick(
        "SELECT c.id, c.planned_amount FROM cases c WHERE c.deleted = 0"
        " AND c.state = 'included' AND c.measure = 'youth_practice'"
        " AND NOT EXISTS (SELECT 1 FROM social_contracts sc WHERE sc.case_id = c.id)", row=True)
    months = [date(REFERENCE_DAY.year - n // 12, 12 - n % 12, 1) for n in range(24)]
    start = next(m for m in months if str(youth_practice(rules(), m).amount) == planned)
    d.begin()
    d.step("contract window built and shown")
    window = ContractWindow(s.store, case_id, today=start, parent=s.window)
    window.open()
    d.wait(400)
    d.step("contract drafted on the worker")
    window.submit()
    d.until(lambda: not window.writing)
    d.wait(300)
    check(window.shown is not None, window.error, "no contract drafted")
    d.step("PDF written on the worker")
    pdf = s.work / "contract.pdf"
    window.save_pdf(pdf)
    d.until(lambda: not window.output.running)
    d.wait(300)
    check(pdf.exists(), window.error, "no PDF written")
    window.done(0)
    d.wait(100)


def monitoring_window(s: Session, d: Driver) -> None:
    from desktop.ui.monitoring_window import MonitoringWindow

    case_id = s.pick(
        "SELECT c.id FROM cases c JOIN social_contracts sc ON sc.case_id = c.id"
        " WHERE c.deleted = 0 AND c.state = 'in_progress' AND sc.signed_on IS NOT NULL")
    d.begin()
    d.step("monitoring window built and shown")
    window = MonitoringWindow(s.store, case_id, parent=s.window)
    window.open()
    d.wait(300)
    for index in (1, 2, 0):
        d.step(f"tab {index + 1}")
        window.tabs.setCurrentIndex(index)
        d.wait(200)
    window.done(0)
    d.wait(100)


SCENARIOS: dict[str, Callable[[Session, Driver], None]] = {
    "unlock_to_main_window": unlock_to_main_window,
    "home_tab": home_tab,
    "search_typing": search_typing,
    "registry_filters": registry_filters,
    "scroll_to_row_5000": scroll_to_row_5000,
    "applicant_card": applicant_card,
    "case_form_directions": case_form_directions,
    "reference_window": reference_window,
    "monthly_report_preview": monthly_report_preview,
    "contract_draft_and_pdf": contract_draft_and_pdf,
    "monitoring_window": monitoring_window,
}


def measure(path: Path, rng: random.Random, only: set[str], profile: str | None) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication, QSettings

    from desktop.app import application
    from desktop.ui import case_form, contract_window, monitoring_window, screen_fit  # noqa: F401
    from desktop.ui.tasks import wait_for_background

    # The windows' modules are imported first (the app imports most of them at start): the
    # figures are the screens' own work, not Python importing their code the first time.
    work = Path(tempfile.mkdtemp(prefix="qadam-bench-stalls-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = application([sys.argv[0]])
    screen_fit.uninstall(app)  # offscreen has an 800×800 screen; windows keep a laptop's size
    heartbeat = Heartbeat()
    driver = Driver(heartbeat)
    session = Session(path, rng, work)
    results: dict[str, Any] = {}
    try:
        for name, scenario in SCENARIOS.items():
            # Unlock always runs (the others need its window); the rest as asked.
            if name != "unlock_to_main_window" and only and name not in only:
                continue
            log(name)
            heartbeat.start()  # again in d.begin(), once a scenario has picked its rows
            with profiled(profile == name):
                scenario(session, driver)
            results[name] = heartbeat.stop()
            log(f"  {results[name]}")
            driver.idle()
    finally:
        if session.window is not None:
            session.window.close()
        wait_for_background()
        if session.store is not None:
            session.store.close()
        QCoreApplication.processEvents()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--applicants", type=int, default=100_000)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--only", nargs="*", default=[], choices=list(SCENARIOS))
    parser.add_argument("--profile", choices=list(SCENARIOS))
    args = parser.parse_args(argv)
    path = args.cache / f"ui-{args.applicants}.db"
    load = os.getloadavg()
    build = build_cache(path, args.applicants)
    from PySide6 import __version__ as pyside_version

    result: dict[str, Any] = {
        "applicants": args.applicants,
        "machine": {
            "cores": os.cpu_count(),
            "load_average_at_start": [round(x, 2) for x in load],
            "python": platform.python_version(),
            "pyside6": pyside_version,
            "platform": platform.platform(),
        },
        "heartbeat_ms": HEARTBEAT_MS,
        "database": str(path),
        "build_seconds": round(build, 1) if build else None,
    }
    result["scenarios"] = measure(path, random.Random(args.seed), set(args.only), args.profile)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

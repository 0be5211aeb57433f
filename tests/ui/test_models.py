"""Every item model of the app keeps Qt's model contract (pytest-qt's qtmodeltester).

The test finds the QAbstractItemModel subclasses in desktop/ui by itself: a new model fails
`test_every_model_has_a_check` until a factory for it is added to FACTORIES below.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

import desktop.ui
from desktop.reports.imports.problems import RowProblem
from desktop.services.monthly_report import build_monthly_report
from desktop.services.registry import RegistryFilter
from desktop.storage.store import Store
from desktop.ui.applicant_model import ApplicantTableModel
from desktop.ui.import_model import Duplicate, DuplicateTableModel, ProblemTableModel
from desktop.ui.report_model import ReportTableModel
from desktop.ui.tasks import wait_for_background


def _models_in_desktop_ui() -> set[type]:
    found = set()
    for info in pkgutil.iter_modules(desktop.ui.__path__):
        if info.name == "screenshots":
            continue
        module = importlib.import_module(f"desktop.ui.{info.name}")
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if (issubclass(value, QAbstractItemModel) and value.__module__ == module.__name__
                    and not value.__name__.startswith("_")):
                found.add(value)
    return found


def _applicants(store: Store, check: Callable[[Any], None]) -> None:
    """Checked once, then watched live (the tester stays connected) through filters, sorting,
    more pages, search, an empty result and a refresh."""
    model = ApplicantTableModel(store, page_size=20)
    check(model)
    model.set_filters(RegistryFilter(category="unemployed"))
    model.sort(ApplicantTableModel.COL_BIRTH_DATE, Qt.SortOrder.DescendingOrder)
    model.fetchMore(QModelIndex())
    model.set_search("а")
    model.set_filters(RegistryFilter(direction="4", state="withdrawn", category="orphan"))
    model.set_filters(RegistryFilter())
    model.retranslate()
    model.refresh()
    model.fetchMore(QModelIndex())
    wait_for_background()  # the worker's counts finish before the store closes


def _report(store: Store, check: Callable[[Any], None]) -> None:
    model = ReportTableModel()
    check(model)
    month = date.today().replace(day=1)
    model.set_report(build_monthly_report(store, f"{month.year:04d}-{month.month:02d}"))
    model.set_report(None)


def _problems(store: Store, check: Callable[[Any], None]) -> None:
    model = ProblemTableModel()
    check(model)  # empty, then watched live as rows arrive
    problem = RowProblem(row=3, column="ЖСН", code="required",
                         message="{column} is required.", params={"column": "ЖСН"})
    model.set_rows([problem, RowProblem(row=0, column="", code="x", message="Whole file.")])


def _duplicates(store: Store, check: Callable[[Any], None]) -> None:
    model = DuplicateTableModel()
    check(model)
    model.set_rows([Duplicate("900315400017", (2, 5), "Әлиева Дана"),
                    Duplicate("900315400018", (7, 9))])


FACTORIES: dict[type, Callable[[Store, Callable[[Any], None]], None]] = {
    ApplicantTableModel: _applicants,
    ReportTableModel: _report,
    ProblemTableModel: _problems,
    DuplicateTableModel: _duplicates,
}


def test_every_model_has_a_check() -> None:
    missing = {m.__name__ for m in _models_in_desktop_ui()} - {m.__name__ for m in FACTORIES}
    assert not missing, f"add a qtmodeltester factory to tests/ui/test_models.py: {missing}"


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "python-tester"])
@pytest.mark.parametrize("model", list(FACTORIES), ids=lambda m: m.__name__)
def test_the_model_keeps_qts_contract(qtmodeltester, store: Store, model: type, force_py: bool):
    FACTORIES[model](store, lambda m: qtmodeltester.check(m, force_py=force_py))

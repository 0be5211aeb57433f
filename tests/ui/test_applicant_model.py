"""ApplicantTableModel: Qt's model contract, columns, pages, search, translated headers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.services.applicants import find_applicants
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.applicant_model import ApplicantTableModel, format_date

M = ApplicantTableModel
DISPLAY = Qt.ItemDataRole.DisplayRole


def _column(model: ApplicantTableModel, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "python-tester"])
def test_the_model_keeps_qts_contract(qtmodeltester, store: Store, force_py: bool) -> None:
    model = ApplicantTableModel(store, page_size=20)
    qtmodeltester.check(model, force_py=force_py)
    model.set_search("а")
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=force_py)


def test_columns_show_what_the_service_found(store: Store) -> None:
    model = ApplicantTableModel(store)
    expected = find_applicants(store, "", 200)
    assert model.rowCount() == len(expected) == 50
    first = expected[0]
    assert model.data(model.index(0, M.COL_IIN)) == first["iin"]
    assert model.data(model.index(0, M.COL_SURNAME)) == first["last_name"]
    assert model.data(model.index(0, M.COL_FIRST_NAME)) == first["first_name"]
    assert model.data(model.index(0, M.COL_PATRONYMIC)) == (first["patronymic"] or "")
    assert model.data(model.index(0, M.COL_SETTLEMENT)) == first["settlement_kato"]
    assert model.data(model.index(0, 0), M.PersonIdRole) == first["id"]
    assert model.data(model.index(0, 0), M.RecordRole)["iin"] == first["iin"]
    assert set(_column(model, M.COL_SEX)) <= {"male", "female"}


def test_settlement_names_replace_codes_when_given(store: Store) -> None:
    first = find_applicants(store, "", 1)[0]
    model = ApplicantTableModel(store, {first["settlement_kato"]: "Көкпекті ауылы"})
    assert model.data(model.index(0, M.COL_SETTLEMENT)) == "Көкпекті ауылы"
    assert (
        model.data(model.index(0, M.COL_SETTLEMENT), Qt.ItemDataRole.ToolTipRole)
        == (first["settlement_kato"])
    )


def test_pages_load_as_the_view_asks(store: Store) -> None:
    model = ApplicantTableModel(store, page_size=20)
    assert model.rowCount() == 20 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 40
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 50
    assert not model.canFetchMore(QModelIndex())
    iins = _column(model, M.COL_IIN)
    assert len(set(iins)) == 50  # no page overlaps another


def test_search_narrows_the_list(store: Store) -> None:
    model = ApplicantTableModel(store)
    surname = find_applicants(store, "", 1)[0]["last_name"]
    model.set_search(surname)
    assert 0 < model.rowCount() < 50
    assert surname in _column(model, M.COL_SURNAME)
    model.set_search("Зззззз")
    assert model.rowCount() == 0
    model.set_search("")
    assert model.rowCount() == 50


def test_a_full_iin_finds_that_person(store: Store) -> None:
    person = find_applicants(store, "", 5)[3]
    model = ApplicantTableModel(store)
    model.set_search(person["iin"])
    assert _column(model, M.COL_IIN) == [person["iin"]]


def test_headers_and_values_follow_the_language(store: Store) -> None:
    model = ApplicantTableModel(store)
    changed = []
    model.headerDataChanged.connect(lambda *args: changed.append(args))
    i18n.apply_language("kk")
    model.retranslate()
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(7)]
    assert headers == [
        "ЖСН",
        "Тегі",
        "Аты",
        "Әкесінің аты",
        "Туған күні",
        "Жынысы",
        "Елді мекен",
    ]
    assert changed
    assert set(_column(model, M.COL_SEX)) <= {"ер", "әйел"}
    i18n.apply_language("ru")
    assert model.headerData(M.COL_SURNAME, Qt.Orientation.Horizontal, DISPLAY) == "Фамилия"
    assert model.headerData(M.COL_IIN, Qt.Orientation.Horizontal, DISPLAY) == "ИИН"


@pytest.mark.parametrize(
    ("code", "expected"), [("kk", "10.04.1987"), ("ru", "10.04.1987"), ("en", "10/04/1987")]
)
def test_birth_dates_use_the_locale_with_a_four_digit_year(code: str, expected: str) -> None:
    i18n.apply_language(code, remember=False)
    assert format_date("1987-04-10") == expected
    assert format_date(None) == ""
    assert format_date("not a date") == "not a date"

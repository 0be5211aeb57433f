"""The four lists the district hands out, their columns (headed in Kazakh, Russian or English)
and the checks that involve more than one cell of a row.

Headings match whatever their case, spacing and punctuation, and Kazakh letters match their
Russian neighbours ("ҚАТО" = "КАТО"), because both come out of `names.fold_name` the same.
docs/import.md lists every heading; a test keeps it complete.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.domain.kato import is_within, parse_kato
from desktop.domain.names import fold_name
from desktop.reports.imports import cells
from desktop.reports.imports.cells import Converter
from desktop.reports.imports.problems import MSG_DATES_ORDER, MSG_KATO_LEVEL, MSG_NOT_IN_OKRUG

NAME_CHARS = 100  # a surname or a first name
TITLE_CHARS = 300  # an organisation's or a settlement's name
ADDRESS_CHARS = 500
PHONE_CHARS = 40


class ListKind(StrEnum):
    VACANCIES = "vacancies"
    EDUCATION_ORGANISATIONS = "education_organisations"
    SETTLEMENTS = "settlements"
    APPLICANTS = "applicants"


@dataclass(frozen=True)
class Column:
    """One column of a list: the field it fills, its headings, and how a cell is read."""

    field: str
    kk: tuple[str, ...]  # the first heading of each language is the one the docs show
    ru: tuple[str, ...]
    en: tuple[str, ...]
    convert: Converter
    required: bool = False  # the column must be there and every row must fill it

    @property
    def headings(self) -> tuple[str, ...]:
        return (*self.kk, *self.ru, *self.en)

    @property
    def label(self) -> str:
        """How a message names the column when the file does not have it."""
        return " / ".join(dict.fromkeys((self.kk[0], self.ru[0], self.en[0])))


# A cross-cell check: takes the typed values, yields (field, code, message, params).
RowCheck = Callable[[dict[str, Any]], list[tuple[str, str, str, dict[str, object]]]]


@dataclass(frozen=True)
class ListSpec:
    kind: ListKind
    columns: tuple[Column, ...]
    # The natural key within the file (two rows with one key are the same record), and how
    # a duplicate message names what is repeated.
    key: Callable[[dict[str, Any]], tuple[Any, ...] | None]
    key_field: str
    what: str
    checks: tuple[RowCheck, ...] = field(default=())

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.field == name)


def fold(text: str | None) -> str:
    """The matching form of a name or a heading (case, punctuation, Kazakh letters folded)."""
    return fold_name(text or "")


# -- shared columns -----------------------------------------------------------------------------


def _settlement_kato(required: bool) -> Column:
    return Column(
        "settlement_kato",
        ("Елді мекен ҚАТО", "Елді мекеннің ҚАТО коды", "Елді мекен ӘАОЖ", "ӘАОЖ", "ҚАТО"),
        ("КАТО населённого пункта", "Код КАТО населённого пункта", "Населённый пункт КАТО",
         "КАТО", "Код КАТО"),
        ("Settlement KATO", "KATO"),
        cells.kato,
        required,
    )


def _bin(field_name: str, kk: tuple[str, ...], ru: tuple[str, ...], en: tuple[str, ...]) -> Column:
    return Column(field_name, kk, ru, en, cells.bin_number)


# -- applicants ---------------------------------------------------------------------------------

APPLICANTS = ListSpec(
    ListKind.APPLICANTS,
    (
        Column("iin", ("ЖСН",), ("ИИН",), ("IIN",), cells.iin, required=True),
        Column("last_name", ("Тегі",), ("Фамилия",), ("Surname", "Last name"),
               cells.text(NAME_CHARS), required=True),
        Column("first_name", ("Аты",), ("Имя",), ("First name", "Name"),
               cells.text(NAME_CHARS), required=True),
        Column("patronymic", ("Әкесінің аты",), ("Отчество",), ("Patronymic",),
               cells.text(NAME_CHARS)),
        Column("citizenship", ("Азаматтығы", "Азаматтық"), ("Гражданство",), ("Citizenship",),
               cells.citizenship, required=True),
        Column("phone", ("Телефон", "Телефоны", "Байланыс телефоны"),
               ("Телефон", "Контактный телефон"), ("Phone", "Telephone"),
               cells.text(PHONE_CHARS, numbers_allowed=True)),
        _settlement_kato(required=True),
        Column("address", ("Мекенжайы", "Мекенжай"), ("Адрес",), ("Address",),
               cells.text(ADDRESS_CHARS, numbers_allowed=True)),
    ),
    key=lambda v: (v["iin"],) if v.get("iin") else None,
    key_field="iin",
    what="applicant",
)


# -- settlements --------------------------------------------------------------------------------


def _settlement_levels(values: dict[str, Any]) -> list[tuple[str, str, str, dict[str, object]]]:
    found: list[tuple[str, str, str, dict[str, object]]] = []
    code, okrug = values.get("kato"), values.get("okrug_kato")
    if code and parse_kato(code).level != "settlement":
        level = parse_kato(code).level
        found.append(("kato", "kato_level", MSG_KATO_LEVEL,
                      {"kato": code, "level": level, "expected": "settlement"}))
    if okrug and parse_kato(okrug).level != "okrug":
        level = parse_kato(okrug).level
        found.append(("okrug_kato", "kato_level", MSG_KATO_LEVEL,
                      {"kato": okrug, "level": level, "expected": "okrug"}))
    elif code and okrug and not is_within(code, okrug):
        found.append(("okrug_kato", "not_in_okrug", MSG_NOT_IN_OKRUG,
                      {"kato": code, "okrug": okrug}))
    return found


SETTLEMENTS = ListSpec(
    ListKind.SETTLEMENTS,
    (
        Column("kato", ("ҚАТО", "ӘАОЖ", "ҚАТО коды"), ("КАТО", "Код КАТО"), ("KATO",),
               cells.kato, required=True),
        Column("name_kk", ("Атауы (қазақша)", "Қазақша атауы", "Атауы қаз"),
               ("Наименование на казахском", "Наименование (каз)", "Название на казахском"),
               ("Name (Kazakh)", "Name kk"), cells.text(TITLE_CHARS), required=True),
        Column("name_ru", ("Атауы (орысша)", "Орысша атауы", "Атауы орыс"),
               ("Наименование на русском", "Наименование (рус)", "Название на русском"),
               ("Name (Russian)", "Name ru"), cells.text(TITLE_CHARS), required=True),
        Column("okrug_kato", ("Округ ҚАТО", "Ауылдық округтің ҚАТО коды", "Округ ӘАОЖ"),
               ("КАТО округа", "КАТО сельского округа"), ("Okrug KATO",),
               cells.kato, required=True),
        Column("potential", ("Даму әлеуеті", "Әлеуеті"), ("Потенциал развития", "Потенциал"),
               ("Potential",), cells.potential),
        Column("support", ("Тірек елді мекен", "Тірек"),
               ("Опорный населённый пункт", "Опорный"), ("Support settlement", "Support"),
               cells.yes_no),
    ),
    key=lambda v: (v["kato"],) if v.get("kato") else None,
    key_field="kato",
    what="settlement",
    checks=(_settlement_levels,),
)


# -- education organisations --------------------------------------------------------------------


def organisation_key(bin_value: str | None, name: str | None) -> tuple[str, str] | None:
    """Two rows name one organisation if their БИН match, or, without a БИН, their names."""
    if bin_value:
        return ("bin", bin_value)
    if name:
        return ("name", fold(name))
    return None


EDUCATION_ORGANISATIONS = ListSpec(
    ListKind.EDUCATION_ORGANISATIONS,
    (
        _bin("bin", ("БСН",), ("БИН",), ("BIN",)),
        Column("name", ("Атауы", "Ұйымның атауы", "Білім беру ұйымы"),
               ("Наименование", "Наименование организации", "Организация образования"),
               ("Name", "Organisation"), cells.text(TITLE_CHARS), required=True),
        _settlement_kato(required=False),
        Column("licence", ("Лицензия", "Лицензия нөмірі"), ("Лицензия", "Номер лицензии"),
               ("Licence", "License"), cells.text(TITLE_CHARS, numbers_allowed=True)),
    ),
    key=lambda v: organisation_key(v.get("bin"), v.get("name")),
    key_field="name",
    what="organisation",
)


# -- vacancies ----------------------------------------------------------------------------------


def vacancy_key(values: dict[str, Any]) -> tuple[Any, ...] | None:
    """A vacancy is its employer, its specialty and its settlement."""
    employer = organisation_key(values.get("employer_bin"), values.get("employer_name"))
    specialty = values.get("specialty")
    if employer is None or not specialty:
        return None
    return (*employer, fold(specialty), values.get("settlement_kato"))


def _vacancy_dates(values: dict[str, Any]) -> list[tuple[str, str, str, dict[str, object]]]:
    posted, closes = values.get("posted_on"), values.get("closes_on")
    if posted and closes and closes < posted:
        return [("closes_on", "dates_order", MSG_DATES_ORDER,
                 {"posted": posted.strftime("%d.%m.%Y"), "closes": closes.strftime("%d.%m.%Y")})]
    return []


VACANCIES = ListSpec(
    ListKind.VACANCIES,
    (
        _bin("employer_bin", ("Жұмыс берушінің БСН", "БСН"), ("БИН работодателя", "БИН"),
             ("Employer BIN", "BIN")),
        Column("employer_name", ("Жұмыс беруші", "Жұмыс берушінің атауы"),
               ("Работодатель", "Наименование работодателя"), ("Employer",),
               cells.text(TITLE_CHARS), required=True),
        Column("specialty", ("Мамандық", "Лауазым", "Кәсіп"),
               ("Специальность", "Должность", "Профессия"), ("Specialty", "Position"),
               cells.text(TITLE_CHARS), required=True),
        _settlement_kato(required=False),
        Column("wage", ("Жалақы", "Жалақы мөлшері"), ("Заработная плата", "Зарплата"),
               ("Wage", "Salary"), cells.amount),
        Column("places", ("Орын саны", "Бос орын саны"), ("Количество мест", "Кол-во мест"),
               ("Places",), cells.places),
        Column("posted_on", ("Орналастырылған күні",), ("Дата размещения",), ("Posted on",),
               cells.date),
        Column("closes_on", ("Аяқталу күні", "Жарамдылық мерзімі"),
               ("Дата окончания", "Действует до"), ("Closes on",), cells.date),
    ),
    key=vacancy_key,
    key_field="specialty",
    what="vacancy",
    checks=(_vacancy_dates,),
)

SPECS: dict[ListKind, ListSpec] = {
    spec.kind: spec for spec in (VACANCIES, EDUCATION_ORGANISATIONS, SETTLEMENTS, APPLICANTS)
}
# Words that name what a duplicate repeats; translated like messages.
WHAT_WORDS = tuple(spec.what for spec in SPECS.values())

"""Demo reference data of the district: employers, their vacancies, education organisations.

A few believable rows for the demo district (Кокпектинский район, `desktop/resources/demo`), so the
reference window and vacancy matching show something. Deterministic: the same БИН and the
same dates (relative to `today`) every run. Two vacancies are already closed.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from desktop.domain.iin import make_bin
from desktop.storage.store import Transaction

# (name, settlement КАТО, registered, БИН serial)
EMPLOYERS = (
    ("ТОО «Көкпекті Агро»", "634603100", date(2008, 3, 1), 1201),
    ("КГУ «Кокпектинская средняя школа № 1»", "634603100", date(2001, 9, 1), 3307),
    ("КГП на ПХВ «Кокпектинская районная больница»", "634603100", date(1999, 1, 1), 4410),
    ("ГККП «Ясли-сад «Балапан»»", "634605100", date(2012, 6, 1), 5512),
    ("КХ «Тарбағатай»", "634607100", date(2010, 4, 1), 6619),
    ("ТОО «Самар Жол Құрылыс»", "634613100", date(2015, 2, 1), 7723),
    ("ТОО «Шығыс Энерго Сервис»", "634611100", date(2017, 11, 1), 8834),
)

# (employer index, specialty, wage, places, posted days ago, closes in days)
VACANCIES = (
    (0, "Тракторист-машинист", "150000", 3, 20, 40),
    (0, "Механизатор", "160000", 1, 12, 50),
    (0, "Сторож", "95000", 1, 30, 30),
    (1, "Учитель математики", "182500", 1, 15, 60),
    (1, "Бухгалтер", "140000", 1, 45, -5),  # closed five days ago
    (2, "Медицинская сестра", "155000", 2, 10, 45),
    (2, "Повар", "115000", 1, 40, -2),  # closed two days ago
    (3, "Воспитатель", "130000", 2, 8, 35),
    (4, "Тракторист", "120000", 2, 5, 25),
    (4, "Оператор машинного доения", "110000", 1, 18, 20),
    (5, "Водитель категории С", "200000", 2, 6, 30),
    (5, "Электрогазосварщик", "210000", 1, 9, 40),
    (6, "Электромонтёр", "190000", 1, 3, 55),
)

# (name, settlement КАТО, licence, registered, БИН serial)
EDUCATION_ORGANISATIONS = (
    ("Кокпектинский аграрно-технический колледж", "634603100", "KZ36LAA00011387",
     date(1996, 8, 1), 2101),
    ("Учебный центр «Білім» при ЦЗН Кокпектинского района", "634603100", "KZ81LAA00017720",
     date(2014, 1, 1), 2202),
    ("Самарский филиал Высшего колледжа ВКТУ", "634613100", "KZ05LAA00009914",
     date(2009, 9, 1), 2303),
)

# What demo applicants say their trade is: Russian and Kazakh, as people write it.
SPECIALTIES = (
    "тракторист", "водитель", "бухгалтер", "учитель", "повар", "продавец", "медсестра",
    "сварщик", "тракторшы", "жүргізуші", "мұғалім", "аспаз", "электрик", "воспитатель",
    "механизатор", "строитель", "оператор машинного доения", "сатушы",
)


def write_reference_data(tx: Transaction, today: date) -> None:
    """Employers with their vacancies and the education organisations, in one transaction."""
    employer_ids = []
    for name, kato, registered, serial in EMPLOYERS:
        employer_ids.append(tx.save("employers", {
            "name": name, "bin": make_bin(registered, 4, serial), "settlement_kato": kato,
        }).record_id)
    for employer, specialty, wage, places, posted, closes in VACANCIES:
        tx.save("vacancies", {
            "employer_id": employer_ids[employer],
            "specialty": specialty,
            "settlement_kato": EMPLOYERS[employer][1],
            "wage": Decimal(wage),
            "places": places,
            "posted_on": today - timedelta(days=posted),
            "closes_on": today + timedelta(days=closes),
        })
    for name, kato, licence, registered, serial in EDUCATION_ORGANISATIONS:
        tx.save("education_organisations", {
            "name": name, "bin": make_bin(registered, 4, serial), "settlement_kato": kato,
            "licence": licence,
        })

"""Generate realistic, reproducible demo applicants from name seeds and a settlement list.

Pure: all randomness comes from the caller's random.Random, so one seed always gives the same
people. The caller finds and passes the seed files (desktop/resources/demo/names.yaml and
settlements.yaml); this module only parses the file it is handed.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from desktop.domain.iin import make_iin

# Shares of the demo population; the region is mostly Kazakh with a Russian-speaking minority.
KAZAKH_SHARE = 0.75
# Oralmans (ethnic Kazakh immigrants, §4.3.1) are drawn among Kazakhs so that ~5 % of all are.
ORALMAN_SHARE_OF_KAZAKHS = 0.05 / KAZAKH_SHARE
# Modern Kazakh naming: surname Серікұлы / Серікқызы and no patronymic; more common among oralmans.
ULY_SURNAME_SHARE = 0.12
ULY_SURNAME_SHARE_ORALMAN = 0.5
KAZAKH_PATRONYMIC_STYLES = (("ovich", 0.7), ("uly", 0.18), ("none", 0.12))
KAZAKH_SPEAKS_RUSSIAN_SHARE = 0.2
# Pupils finishing school and young people are a programme priority, so a few appear.
YOUTH_SHARE = 0.08
YOUTH_AGES = (16, 17)
WORKING_AGES = (18, 63)
WORKING_AGE_MODE = 32
# Kazakhstan mobile operator codes (Beeline, Kcell/Activ, Tele2, Altel).
MOBILE_CODES = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778")

REQUIRED_SEED_LISTS = (
    "kazakh_male",
    "kazakh_female",
    "kazakh_surname_stems",
    "kazakh_patronymic_stems",
    "russian_male",
    "russian_female",
    "russian_surnames",
    "russian_patronymics",
)

# After these endings Russian-style suffixes take е: Жұмабай -> Жұмабаев, Мұса -> Мұсаев.
_SOFT_ENDINGS = frozenset("аеиоуыэюяәіөұүжшчщц")


def load_name_seeds(path: Path) -> dict[str, Any]:
    """Read the name seeds YAML and check that every list the generator needs is there."""
    with path.open(encoding="utf-8") as handle:
        seeds = yaml.safe_load(handle)
    if isinstance(seeds, dict):
        missing = [key for key in REQUIRED_SEED_LISTS if not seeds.get(key)]
    else:
        missing = list(REQUIRED_SEED_LISTS)
    if missing:
        raise ValueError(f"{path}: missing or empty name lists: {', '.join(missing)}")
    return seeds


def generate_people(
    rng: random.Random,
    count: int,
    settlements: Sequence[Mapping[str, Any]],
    today: datetime.date,
    *,
    names: Mapping[str, Any],
) -> Iterator[dict[str, Any]]:
    """Yield ``count`` demo applicants living in the given settlements.

    Each person is a dict with iin, last_name, first_name, patronymic (None for some Kazakh
    names), birth_date, sex, citizenship ("citizen" / "oralman"), phone, settlement_kato and
    language ("kk" / "ru"). Every ИИН is valid and unique within one call.
    """
    if not settlements:
        raise ValueError("generate_people needs at least one settlement")
    katos = [str(s["kato"]) for s in settlements]
    # Bigger villages get more applicants when the seed file gives populations.
    weights = [float(s.get("population") or 1) for s in settlements]
    next_serial: dict[datetime.date, int] = {}
    for _ in range(count):
        sex = "male" if rng.random() < 0.5 else "female"
        birth_date = _birth_date(rng, today)
        if rng.random() < KAZAKH_SHARE:
            person = _kazakh(rng, names, sex)
        else:
            person = _russian(rng, names, sex)
        person["iin"] = _unique_iin(rng, next_serial, birth_date, sex)
        person["birth_date"] = birth_date
        person["sex"] = sex
        person["phone"] = _phone(rng)
        person["settlement_kato"] = rng.choices(katos, weights=weights)[0]
        yield person


def _kazakh(rng: random.Random, names: Mapping[str, Any], sex: str) -> dict[str, Any]:
    male = sex == "male"
    oralman = rng.random() < ORALMAN_SHARE_OF_KAZAKHS
    first_name = rng.choice(names["kazakh_male" if male else "kazakh_female"])
    father = rng.choice(names["kazakh_patronymic_stems"])
    uly_share = ULY_SURNAME_SHARE_ORALMAN if oralman else ULY_SURNAME_SHARE
    patronymic: str | None
    if rng.random() < uly_share:
        # The surname already names the father, so there is no separate patronymic.
        last_name = _uly(father, male)
        patronymic = None
    else:
        last_name = _surname(rng.choice(names["kazakh_surname_stems"]), male)
        style = _weighted(rng, KAZAKH_PATRONYMIC_STYLES)
        if style == "ovich":
            patronymic = _ovich(father, male)
        elif style == "uly":
            patronymic = _uly(father, male)
        else:
            patronymic = None
    speaks_russian = not oralman and rng.random() < KAZAKH_SPEAKS_RUSSIAN_SHARE
    return {
        "last_name": last_name,
        "first_name": first_name,
        "patronymic": patronymic,
        "citizenship": "oralman" if oralman else "citizen",
        "language": "ru" if speaks_russian else "kk",
    }


def _russian(rng: random.Random, names: Mapping[str, Any], sex: str) -> dict[str, Any]:
    male = sex == "male"
    surname = rng.choice(names["russian_surnames"])
    patronymic = rng.choice(names["russian_patronymics"])
    return {
        "last_name": surname if male else _feminine_surname(surname),
        "first_name": rng.choice(names["russian_male" if male else "russian_female"]),
        "patronymic": patronymic["male" if male else "female"],
        "citizenship": "citizen",
        "language": "ru",
    }


def _surname(stem: str, male: bool) -> str:
    base, vowel = _russian_style_base(stem)
    return f"{base}{vowel}в" + ("" if male else "а")


def _ovich(stem: str, male: bool) -> str:
    base, vowel = _russian_style_base(stem)
    return f"{base}{vowel}в" + ("ич" if male else "на")


def _uly(stem: str, male: bool) -> str:
    return stem + ("ұлы" if male else "қызы")


def _russian_style_base(stem: str) -> tuple[str, str]:
    # Жұмабай -> (Жұмаба, е); Мұса -> (Мұса, е); Ахмет -> (Ахмет, о).
    last = stem[-1].lower()
    if last == "й":
        return stem[:-1], "е"
    return stem, "е" if last in _SOFT_ENDINGS else "о"


def _feminine_surname(surname: str) -> str:
    lower = surname.lower()
    if lower.endswith(("ский", "цкий")):
        return surname[:-2] + "ая"
    if lower.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    # Surnames such as Шевченко or Ким do not change for women.
    return surname


def _weighted(rng: random.Random, options: Sequence[tuple[str, float]]) -> str:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def _birth_date(rng: random.Random, today: datetime.date) -> datetime.date:
    if rng.random() < YOUTH_SHARE:
        age = rng.randint(*YOUTH_AGES)
    else:
        low, high = WORKING_AGES
        age = min(high, int(rng.triangular(low, high + 1, WORKING_AGE_MODE)))
    # Someone aged exactly `age` today was born after this day `age + 1` years ago.
    latest = _years_before(today, age)
    earliest = _years_before(today, age + 1) + datetime.timedelta(days=1)
    return earliest + datetime.timedelta(days=rng.randint(0, (latest - earliest).days))


def _years_before(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _unique_iin(
    rng: random.Random,
    next_serial: dict[datetime.date, int],
    birth_date: datetime.date,
    sex: str,
) -> str:
    # Serials run up from a random start for each birth date, so no two people share one.
    serial = next_serial.get(birth_date)
    if serial is None:
        serial = rng.randint(0, 4999)
    iin = make_iin(birth_date, sex, serial)
    next_serial[birth_date] = int(iin[7:11]) + 1
    return iin


def _phone(rng: random.Random) -> str:
    code = rng.choice(MOBILE_CODES)
    return f"+7 {code} {rng.randint(200, 999)} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"

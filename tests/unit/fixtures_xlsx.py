"""Build test spreadsheets at test time with openpyxl (no binary files in the repository).

Also builds the hostile files the importer must refuse: zip bombs, forged ZIP sizes, files
that lie about their kind, sheets whose XML was edited after openpyxl wrote them.
"""

from __future__ import annotations

import datetime
import struct
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from desktop.domain.iin import make_bin, make_iin

KATO = "634603100"  # a settlement of the demo territory (desktop/resources/demo/settlements.yaml)
KATO_2 = "634605100"
OKRUG = "634603000"

APPLICANT_HEADINGS = {
    "ru": ["ИИН", "Фамилия", "Имя", "Отчество", "Гражданство", "Телефон", "КАТО", "Адрес"],
    "kk": ["ЖСН", "Тегі", "Аты", "Әкесінің аты", "Азаматтығы", "Телефон", "ҚАТО",
           "Мекенжайы"],
    "en": ["IIN", "Surname", "First name", "Patronymic", "Citizenship", "Phone",
           "Settlement KATO", "Address"],
}
SURNAMES = ["Әлиев", "Иванова", "Нұрланов", "Сейітқали", "Петров", "Жұмабаев"]
FIRST_NAMES = ["Асқар", "Мария", "Әсел", "Ерлан", "Иван", "Гүлнар"]


def iin(serial: int) -> str:
    """A valid ИИН, different for every serial: each one is born on its own day from 1960."""
    day = datetime.date(1960, 1, 1) + datetime.timedelta(days=serial)
    return make_iin(day, "male" if serial % 2 else "female", 1)


def bin_number(serial: int) -> str:
    return make_bin(datetime.date(2012, 5, 1), 4, serial)


def applicant(serial: int, kato: str = KATO) -> list[Any]:
    """One applicant row in the column order of APPLICANT_HEADINGS."""
    return [
        iin(serial),
        SURNAMES[serial % len(SURNAMES)],
        FIRST_NAMES[serial % len(FIRST_NAMES)],
        None,
        "гражданин",
        f"8701{serial:07d}",
        kato,
        f"ул. Абая, {serial % 90 + 1}",
    ]


def applicants(count: int, start: int = 0) -> list[list[Any]]:
    return [applicant(start + n) for n in range(count)]


def write_xlsx(
    path: Path,
    rows: Iterable[Sequence[Any]],
    title: str = "Лист1",
    more_sheets: dict[str, list[list[Any]]] | None = None,
) -> Path:
    """Write rows (the first is usually the headings) to a new workbook; returns the path."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for name, extra in (more_sheets or {}).items():
        other = workbook.create_sheet(name)
        for row in extra:
            other.append(row)
    workbook.save(path)
    return path


def applicants_xlsx(
    path: Path, rows: Iterable[Sequence[Any]], language: str = "ru", title: str = "Лист1"
) -> Path:
    return write_xlsx(path, [APPLICANT_HEADINGS[language], *rows], title)


def rewrite_member(path: Path, member: str, old: bytes, new: bytes) -> None:
    """Replace bytes inside one part of an existing .xlsx (openpyxl cannot write such files)."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    assert old in parts[member], f"{old!r} not in {member}"
    parts[member] = parts[member].replace(old, new)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def minimal_parts() -> dict[str, bytes]:
    """The parts that make an archive look like a workbook to a first glance."""
    return {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types/>',
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook/>',
    }


def zip_bomb(path: Path, megabytes: int = 20) -> Path:
    """A workbook-looking archive whose worksheet unpacks to `megabytes` of one byte repeated.

    Deflate packs it about 1000 to 1, so a 20 MB member costs 20 kB on disk and well under a
    second to build.
    """
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in minimal_parts().items():
            archive.writestr(name, data)
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"0" * (1024 * 1024)
            for _ in range(megabytes):
                member.write(block)
    return path


def forged_size_zip(path: Path, declared: int = 0xFFFF_FFF0) -> Path:
    """A small archive whose central directory declares a huge worksheet (a lying bomb)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in minimal_parts().items():
            archive.writestr(name, data)
        archive.writestr("xl/worksheets/sheet1.xml", b"<worksheet/>" * 100)
    data = bytearray(path.read_bytes())
    target = b"xl/worksheets/sheet1.xml"
    start = 0
    while (found := data.find(b"PK\x01\x02", start)) >= 0:
        name_length = struct.unpack_from("<H", data, found + 28)[0]
        if bytes(data[found + 46 : found + 46 + name_length]) == target:
            struct.pack_into("<I", data, found + 24, declared)  # uncompressed size
        start = found + 4
    path.write_bytes(bytes(data))
    return path

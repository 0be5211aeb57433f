"""Checks on the file itself, made before openpyxl parses a byte of it.

A spreadsheet comes from outside (e-mail, a flash drive), so it is treated as hostile: its kind
is told from its first bytes, not its name; the ZIP's declared sizes and compression ratios
are checked with `zipfile` (a zip bomb is refused before anything is unpacked); every XML
part is streamed once as raw bytes, to refuse a DTD and, in a worksheet, to count its rows and
measure the longest, so neither a million rows nor one gigantic row can make the XML parser
build a huge tree in memory.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from desktop.reports.imports.problems import (
    MSG_CSV,
    MSG_DAMAGED,
    MSG_EMPTY_FILE,
    MSG_ENCRYPTED,
    MSG_FILE_TOO_BIG,
    MSG_HTML,
    MSG_LEGACY_XLS,
    MSG_NOT_WORKBOOK,
    MSG_NOT_XLSX,
    MSG_ROW_TOO_LONG,
    MSG_UNREADABLE,
    MSG_ZIP_BOMB,
    REASON_NO_WORKBOOK,
    REASON_OPENDOCUMENT,
    REASON_WORD,
    REASON_XLSB,
    SpreadsheetError,
)

MB = 1024 * 1024
# A 50,000-row list is a few MB as .xlsx; anything far bigger is not a list from the district.
MAX_FILE_BYTES = 100 * MB
MAX_UNCOMPRESSED_BYTES = 200 * MB  # all members together, as the central directory declares
MAX_RATIO = 100  # uncompressed ÷ compressed, for members big enough for the ratio to matter
RATIO_MIN_BYTES = 1 * MB
MAX_MEMBERS = 2_000
# Shared strings are loaded whole by openpyxl: a 50,000-row list needs about 20 MB.
MAX_SHARED_STRINGS_BYTES = 64 * MB
# openpyxl builds one row's XML elements in memory at a time: this bounds that tree.
MAX_ROW_BYTES = 4 * MB

SNIFF_BYTES = 4096
OLE2_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")  # .xls, and Office files encrypted with a password
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
WORKBOOK_PART = re.compile(r"^(?:xl/)?[^/]*workbook[^/]*\.xml$", re.IGNORECASE)
SHARED_STRINGS = "xl/sharedstrings.xml"
WORKSHEET_PART = re.compile(r"(?:^|/)worksheets/[^/]+\.xml$", re.IGNORECASE)
# A row start tag, with or without a namespace prefix ("<row " or "<x:row ").
ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?row[\s/>]")
SCAN_CHUNK = 1 * MB
SCAN_OVERLAP = 64  # longer than any row tag match, so a tag split across chunks is seen
DTD = re.compile(rb"<!(?i:doctype|entity)")
SHEET_DATA_END = re.compile(rb"</(?:[A-Za-z_][\w.\-]*:)?sheetData>")


@dataclass(frozen=True)
class SheetShape:
    """What the raw bytes of one worksheet part say: row elements and the longest one."""

    rows: int
    longest_row_bytes: int


def check_file(path: Path) -> dict[str, SheetShape]:
    """Refuse a file that is not a safe .xlsx; return each worksheet part's shape by name."""
    shown = path.name
    head = _head(path, shown)
    if not head:
        raise SpreadsheetError("empty_file", MSG_EMPTY_FILE, {"path": shown})
    if head.startswith(OLE2_MAGIC):
        raise SpreadsheetError("legacy_xls", MSG_LEGACY_XLS, {"path": shown})
    if not head.startswith(ZIP_MAGICS):
        raise _not_zip(head, shown)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise SpreadsheetError(
            "file_too_big",
            MSG_FILE_TOO_BIG,
            {"path": shown, "size_mb": size // MB, "limit_mb": MAX_FILE_BYTES // MB},
        )
    try:
        with zipfile.ZipFile(path) as archive:
            return _check_archive(archive, size, shown)
    except SpreadsheetError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError,
            zlib.error, NotImplementedError) as error:
        # A damaged central directory, a CRC mismatch or a damaged deflate stream found while
        # scanning, or a compression method zipfile cannot read (found by fuzzing).
        raise SpreadsheetError(
            "damaged", MSG_DAMAGED, {"path": shown, "detail": _reason(error)}
        ) from error


def _head(path: Path, shown: str) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(SNIFF_BYTES)
    except OSError as error:
        raise SpreadsheetError(
            "unreadable", MSG_UNREADABLE, {"path": shown, "detail": _reason(error)}
        ) from error


def _not_zip(head: bytes, shown: str) -> SpreadsheetError:
    text = _as_text(head)
    if text is not None:
        start = text.lstrip("\ufeff \t\r\n").lower()
        if start.startswith(("<", "<?xml", "<!doctype", "<html", "<table")):
            return SpreadsheetError("html", MSG_HTML, {"path": shown})
        if any(mark in text for mark in (",", ";", "\t", "\n")):
            return SpreadsheetError("csv", MSG_CSV, {"path": shown})
    return SpreadsheetError("not_xlsx", MSG_NOT_XLSX, {"path": shown})


def _as_text(head: bytes) -> str | None:
    """The sniffed bytes as text if they look like text (UTF-8, UTF-16 or a Cyrillic codepage)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    for encoding in ("utf-8", "cp1251"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            # The sniffed block may end inside a multi-byte character: allow that one.
            try:
                text = head[:-3].decode(encoding)
            except UnicodeDecodeError:
                continue
        printable = sum(1 for c in text if c.isprintable() or c in "\t\r\n")
        if text and printable >= 0.95 * len(text):
            return text
    return None


def _check_archive(archive: zipfile.ZipFile, size: int, shown: str) -> dict[str, SheetShape]:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise _bomb(shown, f"{len(members)} parts")
    names = {m.filename.lower(): m for m in members}
    if any(m.flag_bits & 0x1 for m in members):
        raise SpreadsheetError("encrypted", MSG_ENCRYPTED, {"path": shown})
    if "[content_types].xml" not in names or not any(WORKBOOK_PART.match(n) for n in names):
        raise SpreadsheetError(
            "not_workbook", MSG_NOT_WORKBOOK, {"path": shown, "reason": _what_archive(names)}
        )
    total = 0
    for member in members:
        if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # Excel writes only these two; bzip2 or LZMA could unpack gigabytes in one call.
            raise SpreadsheetError(
                "damaged", MSG_DAMAGED, {"path": shown, "detail": "unusual compression"}
            )
        total += member.file_size
        if total > MAX_UNCOMPRESSED_BYTES:
            raise _bomb(shown, f"more than {MAX_UNCOMPRESSED_BYTES // MB} MB")
        if member.file_size >= RATIO_MIN_BYTES and (
            member.file_size > MAX_RATIO * max(member.compress_size, 1)
        ):
            ratio = member.file_size // max(member.compress_size, 1)
            raise _bomb(shown, f"{member.filename}: compressed {ratio} to 1")
    if total >= RATIO_MIN_BYTES and total > MAX_RATIO * size:
        raise _bomb(shown, f"compressed {total // size} to 1")
    strings = names.get(SHARED_STRINGS)
    if strings is not None and strings.file_size > MAX_SHARED_STRINGS_BYTES:
        raise _bomb(shown, f"{strings.file_size // MB} MB of text")
    shapes: dict[str, SheetShape] = {}
    for member in members:
        if member.filename.lower().endswith((".xml", ".rels", ".vml")):
            worksheet = bool(WORKSHEET_PART.search(member.filename))
            shape = _scan_part(archive, member, shown, worksheet)
            if shape is not None:
                shapes[member.filename] = shape
    longest = max((s.longest_row_bytes for s in shapes.values()), default=0)
    if longest > MAX_ROW_BYTES:
        # Every sheet, not only the chosen one: openpyxl parses a sheet that declares no size
        # while it opens the workbook, to find that size.
        raise SpreadsheetError(
            "row_too_long", MSG_ROW_TOO_LONG, {"path": shown, "size_mb": max(longest // MB, 1)}
        )
    return shapes


def _what_archive(names: dict[str, zipfile.ZipInfo]) -> str:
    if "xl/workbook.bin" in names:
        return REASON_XLSB
    if "mimetype" in names or "content.xml" in names:
        return REASON_OPENDOCUMENT
    if "word/document.xml" in names:
        return REASON_WORD
    return REASON_NO_WORKBOOK


def _scan_part(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, shown: str, worksheet: bool
) -> SheetShape | None:
    """Stream one XML part: refuse a DTD; for a worksheet, count rows and find the longest.

    Office XML never declares a DTD, so one could only be an entity-expansion attack (expat
    limits those too; this refuses them outright). The whole part is searched, not only its
    start, since a prolog can be padded with comments.
    """
    scan = _RowScan() if worksheet else None
    offset = 0  # position in the part of the first byte of `chunk`
    tail = b""
    with archive.open(member) as part:
        while chunk := part.read(SCAN_CHUNK):
            data = tail + chunk
            if DTD.search(data):
                raise SpreadsheetError(
                    "damaged", MSG_DAMAGED, {"path": shown, "detail": "an XML part declares a DTD"}
                )
            if scan is not None:
                scan.feed(data, offset - len(tail), offset + len(chunk))
                if scan.too_long:
                    break  # one row is already too long: no need to read further
            offset += len(chunk)
            tail = data[-SCAN_OVERLAP:]
    return scan.shape(offset) if scan is not None else None


class _RowScan:
    """The row start tags of a worksheet part, found chunk by chunk."""

    def __init__(self) -> None:
        self.rows = 0
        self.last_start = -1
        self.longest = 0
        self.end: int | None = None  # where </sheetData> is: the last row ends there
        self.too_long = False

    def feed(self, data: bytes, base: int, reached: int) -> None:
        """Scan `data`, which starts at `base` in the part; the part is read up to `reached`."""
        if self.end is not None:
            return  # after the rows: merged cells, print setup and the like
        for match in ROW_TAG.finditer(data):
            start = base + match.start()
            if start <= self.last_start:
                continue  # already counted in the overlap of the previous chunk
            if self.last_start >= 0:
                self.longest = max(self.longest, start - self.last_start)
            self.rows += 1
            self.last_start = start
        closing = SHEET_DATA_END.search(data)
        if closing is not None:
            self.end = base + closing.start()
        elif self.last_start >= 0 and reached - self.last_start > MAX_ROW_BYTES:
            self.too_long = True

    def shape(self, reached: int) -> SheetShape:
        if self.last_start >= 0:
            end = self.end if self.end is not None else reached
            self.longest = max(self.longest, end - self.last_start)
        return SheetShape(rows=self.rows, longest_row_bytes=self.longest)


def _bomb(shown: str, reason: str) -> SpreadsheetError:
    # The detail is for logs and tests; the message itself needs no numbers to be clear.
    return SpreadsheetError("zip_bomb", MSG_ZIP_BOMB, {"path": shown, "detail": reason})


def _reason(error: BaseException) -> str:
    return str(error) or type(error).__name__

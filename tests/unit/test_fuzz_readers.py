"""Fuzzing the four readers of outside input: the sync wire, USB bundles, eligibility profiles
and Excel lists.

Property: whatever the bytes, each reader either returns a value or raises its own documented
error (WireError, BundleError, ProfileError, SpreadsheetError), never another exception, which
would be a traceback in front of a user or a 500 at the district. Hypothesis's `deadline`
catches a hang (an example that takes seconds instead of milliseconds fails); it is generous
because the machine may be busy, as it is a hang detector, not a performance figure.

The zip bombs (a tiny .xlsx declaring a huge sheet) are read in a child process whose address
space is capped, so a reader that tried to hold the declared sheet would die there instead of
passing.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import struct
import subprocess
import sys
import textwrap
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from fixtures_xlsx import applicants, applicants_xlsx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.reports.imports.problems import SpreadsheetError
from desktop.reports.imports.reader import read_list
from desktop.rules.eligibility.profile import (
    PROFILE_FIELDS,
    ProfileError,
    load_profile_json,
    parse_profile,
)
from desktop.sync import bundle, wire
from desktop.sync.bundle import BundleError
from desktop.sync.signing import DeviceKeys, b64
from desktop.sync.wire import Entry, WireError

# derandomize: the same examples every run, so CI never meets a new input by chance; a new
# find comes from raising max_examples or changing the strategies, on purpose.
FAST = settings(max_examples=200, deadline=timedelta(seconds=3), derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])
# Each Excel example writes and parses a workbook: fewer examples, a longer leash.
SLOW = settings(max_examples=60, deadline=timedelta(seconds=10), derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])

# JSON-like values: what json.loads could give, plus non-finite floats and huge integers.
SCALARS = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
           | st.integers(min_value=10**40, max_value=10**60))
JSONISH = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=5),
    max_leaves=25,
)
HLC = "001764000000000-00000"


def flipped(data: bytes, edits: list[tuple[int, int]]) -> bytes:
    """`data` with each (position, byte) edit applied; positions wrap around the length."""
    out = bytearray(data)
    for position, value in edits:
        out[position % len(out)] = value
    return bytes(out)


EDITS = st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=8)


# -- the wire decoder ---------------------------------------------------------------------------

@FAST
@given(st.binary(max_size=2000), st.sampled_from([None, wire.CONTENT_ENCODING]))
def test_any_bytes_as_a_body_are_json_or_a_wire_error(body: bytes, encoding: str | None) -> None:
    with contextlib.suppress(WireError):
        wire.decode_body(body, encoding)


@FAST
@given(st.sampled_from([{"protocol": 1, "entries": []},
                        {"entries": [{"t": "persons", "r": "x", "h": HLC, "d": "d",
                                      "f": {"a": "Әбенова", "b": 1.5, "c": None}, "s": 3}]}]),
       EDITS)
def test_a_damaged_zstd_body_is_json_or_a_wire_error(payload: dict, edits: list) -> None:
    with contextlib.suppress(WireError):
        wire.decode_body(flipped(wire.encode_body(payload), edits))


@FAST
@given(st.text(max_size=500) | JSONISH.map(json.dumps)
       | st.integers(1, 3000).map(lambda depth: "[" * depth + "]" * depth)
       | st.integers(1, 3000).map(lambda digits: "9" * digits))
def test_any_text_is_json_or_a_wire_error(text: str) -> None:
    with contextlib.suppress(WireError):
        wire.loads(text)


ENTRY_LIKE = st.fixed_dictionaries({}, optional={
    "t": JSONISH | st.sampled_from(wire.SYNC_TABLES), "r": JSONISH | st.text(min_size=1),
    "h": JSONISH | st.just(HLC), "d": JSONISH | st.text(min_size=1),
    "f": JSONISH | st.dictionaries(st.text(max_size=70), SCALARS, min_size=1, max_size=4),
    "s": JSONISH, "n": JSONISH,
})


@FAST
@given(JSONISH | ENTRY_LIKE)
def test_any_json_value_is_an_entry_or_a_wire_error(data: Any) -> None:
    try:
        entry = Entry.from_json(data)
    except WireError:
        return
    assert Entry.from_json(json.loads(json.dumps(entry.to_json()))) == entry


# -- the bundle reader --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def keys() -> tuple[DeviceKeys, DeviceKeys]:
    return DeviceKeys.generate(), DeviceKeys.generate()


def open_at_district(data: bytes, keys: tuple[DeviceKeys, DeviceKeys]) -> bundle.OpenedBundle:
    device, district = keys
    return bundle.open_bundle(
        data, recipient_encryption_private=district.encryption_private,
        sender_signing_public_for={"dev": device.signing_public}.get, expected_recipient="srv")


def sealed_anything(header: bytes, plain: bytes, keys: tuple[DeviceKeys, DeviceKeys],
                    nonce: bytes = b"\0" * bundle.NONCE_BYTES,
                    ephemeral: X25519PrivateKey | None = None) -> bytes:
    """A bundle signed by the known device with any header and any encrypted plaintext: what
    a stolen device key could produce, so every check after the signature is reached."""
    device, district = keys
    ephemeral = ephemeral or X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(district.encryption_public))
    ciphertext = ChaCha20Poly1305(bundle._key(shared)).encrypt(nonce, plain, header)
    signed = bundle.MAGIC + struct.pack(">I", len(header)) + header + ciphertext
    return signed + Ed25519PrivateKey.from_private_bytes(device.signing_private).sign(signed)


@FAST
@given(data=st.binary(max_size=3000) | st.binary(max_size=3000).map(bundle.MAGIC.__add__))
def test_any_file_is_a_bundle_or_a_bundle_error(tmp_path_factory, keys, data: bytes) -> None:
    path = tmp_path_factory.mktemp("stick") / "x.qadam-bundle"
    path.write_bytes(data)
    with contextlib.suppress(BundleError):
        open_at_district(bundle.read_file(path), keys)


@FAST
@given(edits=EDITS)
def test_a_damaged_bundle_is_a_bundle_error(keys, edits: list) -> None:
    device, district = keys
    data = bundle.seal("outbox", "b-1", "dev", device.signing_private,
                       district.encryption_public, "srv", {"entries": [1, "Ә"]}, 1)
    with contextlib.suppress(BundleError):
        open_at_district(flipped(data, edits), keys)


HEADER_LIKE = st.fixed_dictionaries({}, optional={
    "version": JSONISH | st.just(1), "kind": JSONISH | st.sampled_from(bundle.KINDS),
    "bundle_id": JSONISH, "sender_id": JSONISH | st.just("dev"),
    "recipient_id": JSONISH | st.just("srv"), "created_ms": JSONISH,
    "ephemeral_public": JSONISH | st.binary(min_size=32, max_size=32).map(b64),
    "nonce": JSONISH | st.binary(min_size=12, max_size=12).map(b64),
})


@FAST
@given(header=JSONISH | HEADER_LIKE, plain=st.binary(max_size=300) | JSONISH.map(
    lambda value: wire.encode_body(value)))
def test_a_signed_bundle_with_any_header_or_payload_is_a_bundle_error(keys, header: Any,
                                                                     plain: bytes) -> None:
    header_bytes = json.dumps(header).encode("ascii")
    with contextlib.suppress(BundleError):
        open_at_district(sealed_anything(header_bytes, plain, keys), keys)


@FAST
@given(plain=st.binary(max_size=300) | JSONISH.map(lambda value: wire.encode_body(value)))
def test_a_well_formed_bundle_with_any_payload_opens_or_is_a_bundle_error(keys,
                                                                         plain: bytes) -> None:
    ephemeral, nonce = X25519PrivateKey.generate(), os.urandom(bundle.NONCE_BYTES)
    raw = ephemeral.public_key().public_bytes(bundle._RAW, bundle._RAW_PUBLIC)
    header = json.dumps({"version": 1, "kind": "outbox", "bundle_id": "b", "sender_id": "dev",
                         "recipient_id": "srv", "created_ms": 1, "ephemeral_public": b64(raw),
                         "nonce": b64(nonce)}).encode("ascii")
    try:
        opened = open_at_district(sealed_anything(header, plain, keys, nonce, ephemeral), keys)
    except BundleError:
        return
    assert isinstance(opened.payload, dict)


# -- the profile reader -------------------------------------------------------------------------

PROFILE_LIKE = st.fixed_dictionaries({}, optional={
    name: JSONISH | st.sampled_from(["", "2013-02-29", "2000-01-01", "860101350011", "rural"])
    for name in PROFILE_FIELDS
})


@FAST
@given(st.text(max_size=500) | JSONISH.map(json.dumps) | PROFILE_LIKE.map(json.dumps)
       | st.integers(1, 3000).map(lambda depth: '{"household": ' * depth + "1" + "}" * depth)
       | st.integers(1, 6000).map(lambda digits: '{"school_graduation_year": ' + "9" * digits
                                  + "}"))
def test_any_text_is_a_profile_or_a_profile_error(text: str) -> None:
    with contextlib.suppress(ProfileError):
        load_profile_json(text)


@FAST
@given(PROFILE_LIKE | JSONISH)
def test_any_decoded_value_is_a_profile_or_a_profile_error(data: Any) -> None:
    with contextlib.suppress(ProfileError):
        parse_profile(data)


def test_a_profile_nested_2000_deep_is_refused_with_a_message() -> None:
    with pytest.raises(ProfileError) as raised:
        load_profile_json("[" * 2000 + "]" * 2000)
    assert (raised.value.code, str(raised.value)) == (
        "json_depth", "the profile nests deeper than 16 levels")
    with pytest.raises(ProfileError) as raised:  # under the parser's limit, over ours
        load_profile_json('{"household": {"members": [' + "[" * 20 + "]" * 20 + "]}}")
    assert raised.value.code == "json_depth"
    with pytest.raises(ProfileError) as raised:
        load_profile_json('{"school_graduation_year": ' + "1" * 5000 + "}")
    assert (raised.value.code, str(raised.value)) == (
        "json_number", "a number in the profile has more than 30 digits")
    # A real profile, household members included, still reads.
    profile = load_profile_json('{"birth_date": "1990-05-01", "household": {"members": '
                                '[{"working_age": true}, {"disabled": false}]}}')
    assert len(profile.household) == 2


# -- the Excel reader ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def valid_xlsx(tmp_path_factory) -> bytes:
    return applicants_xlsx(tmp_path_factory.mktemp("xlsx") / "a.xlsx", applicants(3)).read_bytes()


def read_bytes_as_list(folder: Path, data: bytes) -> None:
    path = folder / "list.xlsx"
    path.write_bytes(data)
    with contextlib.suppress(SpreadsheetError):
        read_list(path, "applicants")


@SLOW
@given(data=st.binary(max_size=3000) | st.binary(max_size=3000).map(b"PK\x03\x04".__add__))
def test_any_file_is_a_list_or_a_spreadsheet_error(tmp_path_factory, data: bytes) -> None:
    read_bytes_as_list(tmp_path_factory.mktemp("f"), data)


@SLOW
@given(edits=EDITS)
def test_a_damaged_xlsx_is_a_list_or_a_spreadsheet_error(tmp_path_factory, valid_xlsx,
                                                          edits: list) -> None:
    read_bytes_as_list(tmp_path_factory.mktemp("f"), flipped(valid_xlsx, edits))


def with_member(xlsx: bytes, member: str, content: bytes) -> bytes:
    """The workbook with one part replaced: a valid archive around hostile XML."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename,
                            content if info.filename == member else source.read(info))
    return out.getvalue()


CELL = st.builds(
    lambda ref, kind, value: f'<c r="{ref}"{kind}><v>{value}</v></c>',
    st.sampled_from(["A1", "B2", "XFD1", "A1048576", "ZZZ9", "A0", "1A", ""]),
    st.sampled_from(["", ' t="s"', ' t="n"', ' t="b"', ' t="d"', ' t="e"', ' t="str"',
                     ' t="inlineStr"', ' s="99"']),
    st.sampled_from(["0", "-1", "99999", "1e308", "NaN", "abc", "2024-13-45", "#REF!", ""]),
)
SHEET_XML = st.lists(
    st.tuples(st.sampled_from(["1", "2", "3", "1048576", "0", "-5", "x"]),
              st.lists(CELL, max_size=4)), max_size=5,
).map(lambda rows: (
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>'
    + "".join(f'<row r="{r}">{"".join(cells)}</row>' for r, cells in rows)
    + "</sheetData></worksheet>").encode())


@SLOW
@given(sheet=SHEET_XML | st.binary(max_size=500))
def test_hostile_sheet_xml_is_a_list_or_a_spreadsheet_error(tmp_path_factory, valid_xlsx,
                                                            sheet: bytes) -> None:
    read_bytes_as_list(tmp_path_factory.mktemp("f"),
                       with_member(valid_xlsx, "xl/worksheets/sheet1.xml", sheet))


# A tiny workbook declaring a huge sheet: one cell at the last row and column, and rows
# numbered from 1 to Excel's last with nothing between.
BOMB_SHEETS = {
    "last_cell": '<dimension ref="A1:XFD1048576"/><sheetData><row r="1048576">'
                 '<c r="XFD1048576"><v>1</v></c></row></sheetData>',
    "gap_rows": '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ИИН</t></is></c></row>'
                '<row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>',
    "wide_row": '<sheetData><row r="1">'
                + "".join(f'<c r="{col}1"><v>1</v></c>' for col in ("A", "ZZ", "XFD"))
                + "</row></sheetData>",
}

BOMB_READER = textwrap.dedent("""
    import resource, sys
    from pathlib import Path
    from desktop.reports.imports.problems import SpreadsheetError
    from desktop.reports.imports.reader import read_list
    # Everything is imported: from here on at most 300 MB more address space.
    with open("/proc/self/status") as status:
        vm = next(int(line.split()[1]) for line in status if line.startswith("VmSize"))
    cap = vm * 1024 + 300 * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    try:
        sheet = read_list(Path(sys.argv[1]), "applicants")
        print("read", len(sheet.rows))
    except SpreadsheetError as error:
        print("refused", error.code)
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS and /proc: Linux")
@pytest.mark.parametrize("name", sorted(BOMB_SHEETS))
def test_a_tiny_xlsx_declaring_a_huge_sheet_is_read_in_bounded_memory(
    tmp_path: Path, valid_xlsx: bytes, name: str
) -> None:
    sheet = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             f'spreadsheetml/2006/main">{BOMB_SHEETS[name]}</worksheet>').encode()
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(with_member(valid_xlsx, "xl/worksheets/sheet1.xml", sheet))
    assert path.stat().st_size < 20_000
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(  # the timeout is a hang detector, not a performance figure
        [sys.executable, "-c", BOMB_READER, str(path)], capture_output=True, text=True,
        timeout=120, cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[0] in ("read", "refused"), done.stdout


def test_a_damaged_deflate_stream_is_a_damaged_file(tmp_path: Path, valid_xlsx: bytes) -> None:
    """Found by the fuzzing above: zlib's own error escaped the reader as a traceback."""
    data = bytearray(valid_xlsx)
    name = b"xl/worksheets/sheet1.xml"
    header = next(at for at in range(len(data)) if data.startswith(b"PK\x03\x04", at)
                  and data[at + 30:at + 30 + len(name)] == name)
    name_length, extra_length = struct.unpack_from("<HH", data, header + 26)
    start = header + 30 + name_length + extra_length
    data[start:start + 5] = bytes(5)  # a stored block whose length and its complement disagree
    path = tmp_path / "list.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(SpreadsheetError) as raised:
        read_list(path, "applicants")
    assert raised.value.code == "damaged"
    assert "invalid stored block lengths" in str(raised.value.params["detail"])

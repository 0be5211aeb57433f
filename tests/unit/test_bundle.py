"""Offline USB bundles: only the intended recipient reads one, and only from a known sender.

Real keys and real cryptography; the bundle bytes are what would sit on the stick.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from fixtures_xlsx import applicant, write_xlsx

from desktop.sync import bundle
from desktop.sync.bundle import BundleError, open_bundle, seal
from desktop.sync.signing import DeviceKeys

DEVICE_ID = "0190a1b2-0000-7000-8000-000000000001"
DISTRICT_ID = "district-server"
PAYLOAD = {
    "protocol": 1,
    "entries": [{"t": "persons", "r": "0190…", "h": "001764000000000-00000",
                 "d": DEVICE_ID, "f": {"last_name": "Әбенова", "phone": None}, "s": 12}],
}


@pytest.fixture(scope="module")
def device() -> DeviceKeys:
    return DeviceKeys.generate()


@pytest.fixture(scope="module")
def district() -> DeviceKeys:
    return DeviceKeys.generate()


@pytest.fixture(scope="module")
def sealed(device: DeviceKeys, district: DeviceKeys) -> bytes:
    return seal("outbox", "b-1", DEVICE_ID, device.signing_private, district.encryption_public,
                DISTRICT_ID, PAYLOAD, 1_764_000_000_000)


def open_at_district(data: bytes, device: DeviceKeys, district: DeviceKeys,
                     known: dict[str, bytes] | None = None) -> bundle.OpenedBundle:
    keys = {DEVICE_ID: device.signing_public} if known is None else known
    return open_bundle(data, recipient_encryption_private=district.encryption_private,
                       sender_signing_public_for=keys.get, expected_recipient=DISTRICT_ID)


def refusal(data: bytes, device: DeviceKeys, district: DeviceKeys, **kw: object) -> str:
    with pytest.raises(BundleError) as raised:
        open_at_district(data, device, district, **kw)
    return raised.value.code


def test_the_district_reads_what_the_device_sealed(sealed, device, district) -> None:
    opened = open_at_district(sealed, device, district)
    assert opened == bundle.OpenedBundle("outbox", "b-1", DEVICE_ID, 1_764_000_000_000, PAYLOAD)


def test_a_return_bundle_goes_the_other_way(device, district) -> None:
    data = seal("return", "r-1", DISTRICT_ID, district.signing_private,
                device.encryption_public, DEVICE_ID, {"results": [], "cursor": 7}, 5)
    opened = open_bundle(data, recipient_encryption_private=device.encryption_private,
                         sender_signing_public_for={DISTRICT_ID: district.signing_public}.get,
                         expected_recipient=DEVICE_ID)
    assert (opened.kind, opened.payload) == ("return", {"results": [], "cursor": 7})


def test_nothing_of_the_payload_is_readable_on_the_stick(sealed) -> None:
    assert "Әбенова".encode() not in sealed and b"last_name" not in sealed
    assert sealed.startswith(bundle.MAGIC)


def test_two_bundles_of_the_same_changes_differ(device, district) -> None:
    """A fresh ephemeral key per bundle: equal payloads give unrelated ciphertexts."""
    args = ("outbox", "b-1", DEVICE_ID, device.signing_private, district.encryption_public,
            DISTRICT_ID, PAYLOAD, 1)
    assert seal(*args)[-200:] != seal(*args)[-200:]


def regions(data: bytes) -> dict[str, range]:
    start = len(bundle.MAGIC) + 4
    (length,) = struct.unpack_from(">I", data, len(bundle.MAGIC))
    return {
        "magic": range(0, len(bundle.MAGIC)),
        "length": range(len(bundle.MAGIC), start),
        "header": range(start, start + length),
        "ciphertext": range(start + length, len(data) - 64),
        "signature": range(len(data) - 64, len(data)),
    }


@pytest.mark.parametrize("mask", [0x01, 0x80, 0xFF])
def test_every_single_byte_change_is_refused(sealed, device, district, mask) -> None:
    """Every position of the file, in every region, with three different flips."""
    seen: dict[str, set[str]] = {}
    for name, positions in regions(sealed).items():
        assert len(positions) > 0, name
        for position in positions:
            changed = bytearray(sealed)
            changed[position] ^= mask
            seen.setdefault(name, set()).add(refusal(bytes(changed), device, district))
    assert seen["magic"] == {"not_a_bundle"}
    assert seen["ciphertext"] == {"bad_signature"}
    assert seen["signature"] == {"bad_signature"}
    assert seen["header"] <= set(bundle.MESSAGES)  # refused, for whichever reason comes first


@pytest.mark.parametrize("keep", [0, 5, 8, 11, 40, -65, -64, -1])
def test_a_truncated_file_is_refused(sealed, device, district, keep) -> None:
    code = refusal(sealed[:keep], device, district)
    assert code in ({"not_a_bundle"} if 0 <= keep < 40 else {"not_a_bundle", "bad_signature"})


def test_bytes_appended_to_the_file_are_refused(sealed, device, district) -> None:
    assert refusal(sealed + b"\0", device, district) == "bad_signature"


def test_a_bundle_signed_by_an_unknown_device_is_refused(device, district) -> None:
    stranger = DeviceKeys.generate()
    data = seal("outbox", "b-2", "0190ffff-0000-7000-8000-000000000009",
                stranger.signing_private, district.encryption_public, DISTRICT_ID, PAYLOAD, 1)
    with pytest.raises(BundleError) as raised:
        open_at_district(data, device, district)
    assert raised.value.code == "unknown_sender"
    assert "0190ffff-0000-7000-8000-000000000009" in str(raised.value)


def test_a_bundle_signed_with_another_key_in_a_known_name_is_refused(device, district) -> None:
    impostor = DeviceKeys.generate()
    data = seal("outbox", "b-3", DEVICE_ID, impostor.signing_private,
                district.encryption_public, DISTRICT_ID, PAYLOAD, 1)
    assert refusal(data, device, district) == "bad_signature"


def test_a_bundle_for_another_district_is_refused(device, district) -> None:
    other = DeviceKeys.generate()
    data = seal("outbox", "b-4", DEVICE_ID, device.signing_private, other.encryption_public,
                "district-other", PAYLOAD, 1)
    with pytest.raises(BundleError) as raised:
        open_at_district(data, device, district)
    assert raised.value.code == "wrong_recipient"
    assert raised.value.params == {"bundle_id": "b-4", "recipient": "district-other",
                                   "expected": DISTRICT_ID}


def test_a_bundle_sealed_to_a_different_key_cannot_be_decrypted(device, district) -> None:
    """Right name, wrong key: e.g. made before the district's keys were replaced."""
    old = DeviceKeys.generate()
    data = seal("outbox", "b-5", DEVICE_ID, device.signing_private, old.encryption_public,
                DISTRICT_ID, PAYLOAD, 1)
    assert refusal(data, device, district) == "cannot_decrypt"


def test_a_spreadsheet_is_not_a_bundle(tmp_path: Path, device, district) -> None:
    sheet = write_xlsx(tmp_path / "list.xlsx", [applicant(1), applicant(2)])
    assert refusal(sheet.read_bytes(), device, district) == "not_a_bundle"


@pytest.mark.parametrize("garbage", [b"", b"QADAMB1\n", b"QADAMB1\n\xff\xff\xff\xff" + b"x" * 200,
                                     bundle.MAGIC + struct.pack(">I", 2) + b"[]" + b"\0" * 100])
def test_garbage_after_the_magic_is_not_a_bundle(garbage, device, district) -> None:
    assert refusal(garbage, device, district) == "not_a_bundle"


def _resigned(data: bytes, signer: DeviceKeys, change) -> bytes:
    """The bundle with its header edited and signed again by the real sender."""
    start = len(bundle.MAGIC) + 4
    (length,) = struct.unpack_from(">I", data, len(bundle.MAGIC))
    header = json.loads(data[start:start + length])
    change(header)
    new = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    body = bundle.MAGIC + struct.pack(">I", len(new)) + new + data[start + length:-64]
    return body + signer.signing_key.sign(body)


def test_a_newer_bundle_format_says_so(sealed, device, district) -> None:
    data = _resigned(sealed, device, lambda h: h.update(version=2))
    with pytest.raises(BundleError) as raised:
        open_at_district(data, device, district)
    assert raised.value.code == "unsupported_version" and raised.value.params == {"version": 2}


def test_a_header_edited_and_signed_again_still_does_not_decrypt(sealed, device, district):
    """The header is the cipher's associated data: the sender cannot relabel old contents."""
    data = _resigned(sealed, device, lambda h: h.update(bundle_id="b-relabelled"))
    assert refusal(data, device, district) == "cannot_decrypt"


def test_every_message_fills_its_placeholders() -> None:
    params = {"sender": "s", "bundle_id": "b", "recipient": "r", "expected": "e", "version": 2}
    for code in bundle.MESSAGES:
        assert "{" not in BundleError(code, **params).text()


@pytest.mark.parametrize("bad", [{"kind": "inbox"}, {"bundle_id": ""}, {"created_ms": -1},
                                 {"payload": [1, 2]}])
def test_a_bundle_that_could_not_be_opened_is_never_written(device, district, bad) -> None:
    args = {"kind": "outbox", "bundle_id": "b", "sender_id": DEVICE_ID,
            "sender_signing_private": device.signing_private,
            "recipient_encryption_public": district.encryption_public,
            "recipient_id": DISTRICT_ID, "payload": PAYLOAD, "created_ms": 1} | bad
    with pytest.raises(ValueError):
        seal(**args)


def test_the_district_is_named_by_its_kato() -> None:
    assert bundle.district_party("551600000") == "district-551600000"
    assert bundle.district_party("551600000") != bundle.district_party("591600000")


def test_a_written_bundle_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "b.qadam"
    target.write_bytes(b"old")
    bundle.write_file(target, b"new bundle")
    assert target.read_bytes() == b"new bundle"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.qadam"]  # no partial file left


def test_a_failed_write_leaves_the_old_file_and_no_partial_one(tmp_path: Path) -> None:
    target = tmp_path / "b.qadam"
    target.write_bytes(b"old")
    Path(bundle.partial_path(target)).symlink_to("/dev/full")  # the disk fills up mid-write
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with pytest.raises(OSError) as raised:
        bundle.write_file(target, b"x" * 100_000)
    assert raised.value.errno == 28  # ENOSPC
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.qadam"]


def test_nothing_is_written_into_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        bundle.write_file(tmp_path / "gone" / "b.qadam", b"data")
    assert not (tmp_path / "gone").exists()


def test_a_bundle_file_is_read_whole(tmp_path: Path, sealed: bytes) -> None:
    (tmp_path / "b.qadam").write_bytes(sealed)
    assert bundle.read_file(tmp_path / "b.qadam") == sealed


@pytest.mark.parametrize(("start", "size"), [
    (bundle.MAGIC, bundle.MAX_BUNDLE_BYTES + 1), (bundle.MAGIC, 2 * 1024 ** 3),
    (b"PK\x03\x04", 100), (b"", 0), (bundle.MAGIC[:-1], len(bundle.MAGIC) - 1),
], ids=["one-byte-over", "2-GB", "zip", "empty", "short-magic"])
def test_a_file_too_big_or_not_a_bundle_is_refused_before_it_is_read(
        tmp_path: Path, start: bytes, size: int) -> None:
    path = tmp_path / "huge.qadam"
    with open(path, "wb") as handle:  # sparse: no room taken on the disk
        handle.write(start)
        handle.truncate(size)
    with pytest.raises(BundleError) as raised:
        bundle.read_file(path)
    assert raised.value.code == "not_a_bundle"


def test_a_missing_bundle_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        bundle.read_file(tmp_path / "gone.qadam")


def test_a_header_nested_absurdly_is_not_a_bundle(sealed: bytes) -> None:
    header = b"[" * 8000 + b"]" * 8000  # within MAX_HEADER_BYTES; the parser would recurse
    data = bundle.MAGIC + struct.pack(">I", len(header)) + header + bytes(80)
    with pytest.raises(BundleError) as raised:
        open_at_district(data, DeviceKeys.generate(), DeviceKeys.generate())
    assert raised.value.code == "not_a_bundle"

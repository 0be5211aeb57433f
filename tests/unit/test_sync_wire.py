"""The wire format, merge rule and request signature both sides share."""

from __future__ import annotations

import json

import pytest
import zstandard

from desktop.domain.hlc import Hlc
from desktop.sync import merge, signing, wire


def _row(field: str, value: object, hlc: str = "000000000001000-00000", record: str = "r1",
         table: str = "persons") -> dict:
    return {"table_name": table, "record_id": record, "hlc": hlc, "device_id": "dev-a",
            "field": field, "value": json.dumps(value)}


def test_one_save_of_a_record_travels_as_one_entry_without_local_only_columns() -> None:
    rows = [_row("last_name", "Әбенова"), _row("name_key", "x"), _row("phone", None),
            _row("last_name", "Әбен", hlc="000000000002000-00000")]
    entries = list(wire.group_changes(rows, seen=7))
    assert [e.fields for e in entries] == [{"last_name": "Әбенова", "phone": None},
                                          {"last_name": "Әбен"}]
    assert entries[0].seen == 7


def test_a_body_survives_compression_and_garbage_is_a_wire_error() -> None:
    entry = wire.Entry("cases", "c1", "000000000001000-00001", "dev", {"state": "draft"}, seen=3)
    body = wire.encode_body({"entries": [entry.to_json()]})
    decoded = wire.decode_body(body)
    assert wire.Entry.from_json(decoded["entries"][0]) == entry
    with pytest.raises(wire.WireError):
        wire.decode_body(b"\x28\xb5\x2f\xfd garbage")
    for bad in ({}, {"t": "x", "r": "y", "h": "bad", "d": "d", "f": {"a": 1}},
                {"t": "x", "r": "y", "h": "000000000001000-00001", "d": "d", "f": {}},
                {"t": "x", "r": "y", "h": "000000000001000-00001", "d": "d", "f": {"a": [1]}}):
        with pytest.raises(wire.WireError):
            wire.Entry.from_json(bad)


def test_checksums_are_order_free_sums_that_notice_one_changed_value() -> None:
    rows = [("persons", "a", "last_name", "Ким"), ("persons", "b", "phone", "+7701")]
    forward = sum(wire.field_digest(*r) for r in rows) & wire.MASK64
    backward = sum(wire.field_digest(*r) for r in reversed(rows)) & wire.MASK64
    assert forward == backward
    changed = (wire.field_digest("persons", "a", "last_name", "Кім")
               + wire.field_digest(*rows[1])) & wire.MASK64
    assert changed != forward
    assert wire.synchronised_fields("persons", {
        "id": "a", "created_at": "t", "updated_at": "t", "deleted": 0, "name_key": "k",
        "last_name": "Ким", "phone": None}) == {"last_name": "Ким"}


def test_last_writer_wins_by_clock_then_device_and_concurrent_edits_are_conflicts() -> None:
    old = merge.Stamp("000000000001000-00000", "dev-b")
    new = merge.Stamp("000000000002000-00000", "dev-a")
    tie = merge.Stamp("000000000001000-00000", "dev-c")
    assert merge.wins(new, old) and not merge.wins(old, new)
    assert merge.wins(tie, old) and not merge.wins(old, tie)
    # dev-a had pulled up to seq 5; the stored value came at seq 9: it had not seen it.
    assert merge.is_conflict(new, "x", 5, old, "y", 9)
    assert not merge.is_conflict(new, "x", 9, old, "y", 9)  # it had seen it: an ordinary edit
    assert not merge.is_conflict(new, "y", 5, old, "y", 9)  # the same value: nothing to choose


def test_a_clock_a_week_ahead_cannot_win_by_it() -> None:
    now = 1_764_000_000_000
    week_ahead = Hlc(now + 7 * 24 * 3600 * 1000, 0)
    stamped, restamped = merge.sane_stamp(week_ahead, Hlc(now - 10, 3), now)
    assert restamped and stamped.wall_ms == now
    honest, restamped = merge.sane_stamp(Hlc(now + 1000, 0), Hlc(now, 0), now)
    assert not restamped and honest.wall_ms == now + 1000
    assert merge.skew_warning(7 * 24 * 3600 * 1000) and not merge.skew_warning(30_000)


def test_a_signature_binds_method_path_time_nonce_and_body() -> None:
    keys = signing.DeviceKeys.generate()
    headers = signing.sign_request(keys, "dev", "POST", "/v1/push", b"body", 1000, 1)
    message = signing.request_message("POST", "/v1/push", 1000, headers[signing.HEADER_NONCE],
                                      b"body")
    signature = headers[signing.HEADER_SIGNATURE]
    assert signing.verify_signature(keys.signing_public, message, signature)
    for forged in (
        signing.request_message("POST", "/v1/push", 1000, headers[signing.HEADER_NONCE], b"x"),
        signing.request_message("GET", "/v1/push", 1000, headers[signing.HEADER_NONCE], b"body"),
        signing.request_message("POST", "/v1/push", 1001, headers[signing.HEADER_NONCE], b"body"),
    ):
        assert not signing.verify_signature(keys.signing_public, forged, signature)
    other = signing.DeviceKeys.generate()
    assert not signing.verify_signature(other.signing_public, message, signature)
    assert not signing.verify_signature(keys.signing_public, message, "not base64!")


def test_ids_and_field_names_keep_the_openapi_lengths() -> None:
    """The push route and the USB bundle import parse with from_json: 100,000-character ids
    and 10,000-character field names are refused there, as /openapi.json says."""
    def entry(record_id: str, name: str) -> dict[str, object]:
        return {"t": "persons", "r": record_id, "h": "000001733000000-00000", "d": "dev",
                "f": {name: "Ахметов"}}

    assert wire.Entry.from_json(entry("r" * 64, "f" * 63)).record_id == "r" * 64
    for record_id, name in (("r" * 65, "last_name"), ("r" * 100_000, "last_name"),
                            ("r1", "f" * 64), ("r1", "x" * 10_000), ("r1", "фамилия")):
        with pytest.raises(wire.WireError):
            wire.Entry.from_json(entry(record_id, name))


def _frame(size: int, declared: bool) -> bytes:
    """zstd of `size` zeros, stating its content size in the frame or not."""
    return zstandard.ZstdCompressor(write_content_size=declared).compress(bytes(size))


@pytest.mark.parametrize("declared", [True, False], ids=["size-stated", "size-unstated"])
def test_a_decompression_bomb_stops_at_the_cap_whatever_the_frame_states(
        declared: bool) -> None:
    cap = 4096
    assert wire.decompress_capped(_frame(cap, declared), cap) == bytes(cap)
    with pytest.raises(wire.WireError, match="more than 4096 bytes"):
        wire.decompress_capped(_frame(cap + 1, declared), cap)
    big = _frame(64 * 1024 * 1024, declared)  # a few KB on the wire
    assert len(big) < 64 * 1024
    with pytest.raises(wire.WireError):
        wire.decompress_capped(big, cap)


def test_a_frame_stating_more_than_the_body_cap_is_refused() -> None:
    """python-zstandard's one-shot decompress ignores max_output_size for such a frame."""
    frame = _frame(wire.MAX_BODY_BYTES + 1, declared=True)
    assert zstandard.get_frame_parameters(frame).content_size == wire.MAX_BODY_BYTES + 1
    with pytest.raises(wire.WireError, match="more than"):
        wire.decode_body(frame)


def test_two_frames_count_together_towards_the_cap() -> None:
    frame = _frame(3000, declared=True)
    assert len(wire.decompress_capped(frame + frame, 6000)) == 6000
    with pytest.raises(wire.WireError):
        wire.decompress_capped(frame + frame, 5999)


@pytest.mark.parametrize("text", [
    "[" * 100_000 + "]" * 100_000, "[" * 65 + "]" * 65, '{"a":' * 65 + "1" + "}" * 65,
    "7" * 5000, "-" + "7" * 31, '{"seq": ' + "9" * 31 + "}",
], ids=["deep-100000", "deep-65", "deep-objects", "5000-digits", "31-digits-negative",
        "31-digits-nested"])
def test_absurd_json_is_a_wire_error(text: str) -> None:
    with pytest.raises(wire.WireError):
        wire.loads(text)
    with pytest.raises(wire.WireError):
        wire.decode_body(zstandard.ZstdCompressor().compress(text.encode()))
    with pytest.raises(wire.WireError):
        wire.decode_body(text.encode(), None)


def test_json_at_the_limits_is_read() -> None:
    deepest = wire.loads("[" * 64 + "]" * 64)
    for _ in range(63):
        deepest = deepest[0]
    assert deepest == []
    assert wire.loads('{"seq": ' + "9" * 30 + "}") == {"seq": int("9" * 30)}
    assert wire.loads("-" + "9" * 30) == -int("9" * 30)
    assert wire.loads("1e400") == float("inf")  # a float never takes more than 8 bytes

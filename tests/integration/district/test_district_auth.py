"""Enrolment and signed requests against the real server: every refusal a device can meet."""

from __future__ import annotations

import base64
import logging
import socket
import time

import pytest
import requests

from desktop.sync import signing, wire
from district import admin
from tests.integration.district.conftest import District
from tests.integration.district.district_helpers import (
    SESSION,
    Device,
    SignAuth,
    body_of,
    now_ms,
)


def error_of(response: requests.Response) -> str:
    body = body_of(response)
    assert set(body) == {"error", "message", "server_time_ms"}
    assert signing.HEADER_SERVER_TIME in response.headers
    return body["error"]


def test_a_code_enrols_one_device_once(district: District) -> None:
    okrug = district.new_okrug()
    code = district.code(okrug)
    assert len(code) == 19 and code.count("-") == 3
    device = Device(district.base_url)
    response = device.enrol(code.lower())  # read aloud, typed in lower case: still good
    assert response.status_code == 200
    answer = response.json()
    db = district.db
    try:
        with db.transaction() as cur:
            from district.enrolment import load_district

            keys = load_district(cur).keys  # type: ignore[union-attr]
    finally:
        db.close()
    assert base64.b64decode(answer["server_signing_key"]) == keys.signing_public
    assert base64.b64decode(answer["server_encryption_key"]) == keys.encryption_public
    assert answer["district"]["kato"] == "551600000"
    again = Device(district.base_url).enrol(code)
    assert again.status_code == 403 and error_of(again) == "code_used"
    # the code is stored only as a hash
    assert district.query("SELECT COUNT(*) AS n FROM enrolment_codes WHERE code_hash = ?",
                          [code])[0]["n"] == 0


def test_an_expired_or_unknown_code_enrols_nothing(district: District) -> None:
    okrug = district.new_okrug()
    db = district.db
    try:
        with db.transaction() as cur:
            from district.enrolment import issue_code

            expired = issue_code(cur, okrug, now_ms() - 100 * 3_600_000, hours=72)
    finally:
        db.close()
    response = Device(district.base_url).enrol(expired)
    assert response.status_code == 403 and error_of(response) == "code_expired"
    response = Device(district.base_url).enrol("AAAA-BBBB-CCCC-DDDD")
    assert response.status_code == 403 and error_of(response) == "invalid_code"


def test_a_malformed_enrolment_is_invalid_not_a_crash(district: District) -> None:
    for body in (b"{", b"[]", b'{"code": 1}', b'{"code": "A", "device_id": "d", "name": "n",'
                 b' "signing_key": "!!", "encryption_key": "AA=="}'):
        response = SESSION.post(f"{district.base_url}/v1/enrol", data=body, timeout=30)
        assert response.status_code == 400 and error_of(response) == "invalid"


@pytest.fixture
def device(district: District) -> Device:
    return district.device(district.new_okrug())


def test_a_signed_pull_is_answered_in_zstd(device: Device) -> None:
    response = device.request("GET", "/v1/pull?after=0")
    assert response.status_code == 200
    assert response.headers["Content-Encoding"] == "zstd"
    assert int(response.headers[signing.HEADER_SERVER_TIME]) > 0
    plain = device.request("GET", "/v1/pull?after=0", zstd=False)
    assert plain.headers.get("Content-Encoding") is None and "cursor" in plain.json()


def test_a_revoked_device_is_refused(district: District, device: Device) -> None:
    db = district.db
    try:
        admin.revoke_device(db, device.device_id)
    finally:
        db.close()
    response = device.request("GET", "/v1/pull?after=0")
    assert response.status_code == 401 and error_of(response) == "revoked"


def test_an_unknown_device_is_refused(district: District) -> None:
    stranger = Device(district.base_url)
    response = stranger.request("GET", "/v1/pull?after=0")
    assert response.status_code == 401 and error_of(response) == "unknown_device"


def test_a_forged_or_altered_request_is_refused(district: District, device: Device) -> None:
    forger = Device(district.base_url, device_id=device.device_id)  # other keys, same id
    response = forger.request("GET", "/v1/pull?after=0")
    assert response.status_code == 401 and error_of(response) == "bad_signature"
    # a genuine signature moved to another query
    auth = SignAuth(device)
    prepared = SESSION.prepare_request(requests.Request(
        "GET", f"{district.base_url}/v1/pull?after=0", auth=auth))
    prepared.url = f"{district.base_url}/v1/pull?after=5"
    response = SESSION.send(prepared, timeout=30)
    assert response.status_code == 401 and error_of(response) == "bad_signature"


def test_a_replayed_request_is_refused(district: District, device: Device) -> None:
    body = wire.encode_body({"protocol": 1, "entries": []})
    prepared = SESSION.prepare_request(requests.Request(
        "POST", f"{district.base_url}/v1/push", data=body, auth=SignAuth(device),
        headers={"Content-Encoding": "zstd"}))
    assert SESSION.send(prepared, timeout=30).status_code == 200
    response = SESSION.send(prepared, timeout=30)
    assert response.status_code == 401 and error_of(response) == "replayed"


def test_a_request_outside_the_time_window_is_refused(device: Device) -> None:
    response = device.request("GET", "/v1/pull?after=0",
                              auth=SignAuth(device, time_ms=now_ms() - 6 * 60 * 1000))
    assert response.status_code == 401 and error_of(response) == "stale_time"
    # the client learns the offset from the server's time and retries
    server_time = int(response.headers[signing.HEADER_SERVER_TIME])
    assert device.request("GET", "/v1/pull?after=0",
                          auth=SignAuth(device, time_ms=server_time)).status_code == 200


def test_another_protocol_is_refused_with_426(device: Device) -> None:
    response = device.request("GET", "/v1/pull?after=0", auth=SignAuth(device, protocol=2))
    assert response.status_code == 426 and error_of(response) == "protocol"


@pytest.mark.parametrize("body", [b"not zstd", wire.encode_body([1]),
                                  wire.encode_body({"protocol": 1, "entries": [{"t": 1}]}),
                                  wire.encode_body({"protocol": 1, "entries": [1] * 401}),
                                  wire.encode_body({"protocol": 1, "entries": [{
                                      "t": "persons", "r": "x", "h": "001764000000000-00000",
                                      "d": "x", "f": {"amount": float("nan")}}]})])
def test_a_malformed_push_is_invalid(device: Device, body: bytes) -> None:
    response = device.request("POST", "/v1/push", body)
    assert response.status_code == 400 and error_of(response) == "invalid"


def test_an_unknown_table_and_a_bad_query_are_answered(device: Device) -> None:
    assert device.push(device.entry("change_log", "x", {"a": 1})) == [
        {"status": "rejected", "reason": "unknown_table"}]
    response = device.request("GET", "/v1/pull?after=-1")
    assert response.status_code == 400 and error_of(response) == "invalid"
    response = device.request("GET", "/v1/pull?after=0&table=meta")
    assert response.status_code == 400 and error_of(response) == "invalid"


def test_health_is_unsigned(district: District) -> None:
    response = SESSION.get(f"{district.base_url}/v1/health", timeout=30)
    assert response.json() == {"status": "ok", "protocol": 1}
    assert signing.HEADER_SERVER_TIME in response.headers
    missing = SESSION.get(f"{district.base_url}/v1/nothing", timeout=30)
    assert missing.status_code == 404 and error_of(missing) == "not_found"


def test_a_nul_character_is_invalid_not_a_database_error(district: District) -> None:
    device = Device(district.base_url, device_id="bad\x00id")
    response = device.enrol(district.code(district.new_okrug()))
    assert response.status_code == 400 and error_of(response) == "invalid"
    good = district.device(district.new_okrug())
    assert good.push(good.entry("persons", "p\x00", {"iin": "900315400017"})) == [
        {"status": "rejected", "reason": "invalid"}]


@pytest.mark.parametrize("path", ["/v1/push", "/v1/enrol"])
def test_a_client_gone_mid_body_is_one_quiet_line(district: District, path: str,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    """A 2G link dying mid-upload is routine: no traceback, no 500 logged, no data."""
    caplog.set_level(logging.INFO)
    host, port = district.base_url.removeprefix("http://").split(":")
    secret = "Құрманғазиева 870412400452"
    body = f'{{"last_name": "{secret}"'.encode()
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json"
                     f"\r\nContent-Length: {len(body) + 5000}\r\n"
                     f"{signing.HEADER_PROTOCOL}: {wire.PROTOCOL_VERSION}\r\n"
                     f"{signing.HEADER_DEVICE}: gone\r\n\r\n".encode() + body)
    deadline = time.monotonic() + 30  # the server notices the close on its own loop

    def said() -> list[logging.LogRecord]:
        return [r for r in caplog.records if "went away" in r.getMessage()
                or r.exc_info or r.levelno >= logging.ERROR]

    while not said() and time.monotonic() < deadline:
        time.sleep(0.02)
    records = said()
    assert len(records) == 1, [r.getMessage() for r in records]
    assert records[0].levelno == logging.INFO and records[0].exc_info is None
    assert path in records[0].getMessage()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Traceback" not in caplog.text and secret not in logged and "870412400452" not in logged

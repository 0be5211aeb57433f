"""Limits enforced while reading, before allocating (issue 12, item 1).

Hostile bodies, frames, headers and files against the real server on loopback and the real
`import-bundle` command: each is refused with a 4xx (or a refusal message) and one log line,
the server keeps serving, and the memory it takes stays far below what the attack declares.

The server runs in this process (conftest.ThreadServer), so its peak memory is this process's:
Linux lets a process reset its high-water mark (/proc/self/clear_refs, "5"), and VmHWM then
says how far memory rose during the attack alone.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from desktop.sync import bundle, signing, wire
from district import admin
from district.enrolment import load_district
from tests.integration.district.conftest import District
from tests.integration.district.district_helpers import SESSION, body_of
from tests.support import attacks

MB = attacks.MB
# The goal for the server under a body or decompression attack (issue 12): this much above
# what it held before. Each attack below would make today's code hold 256 MB or more.
MAX_RISE = 150 * MB
ATTACK_BYTES = 256 * MB


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise AssertionError(f"no {field} in /proc/self/status")


# Linux only (the district server's platform); elsewhere the refusals are still asserted.
MEASURABLE = Path("/proc/self/clear_refs").exists()


@contextmanager
def peak_memory() -> Iterator[list[int]]:
    """Yields a list that holds, afterwards, how many bytes the peak rose above the start."""
    if not MEASURABLE:
        yield []
        return
    Path("/proc/self/clear_refs").write_text("5")  # VmHWM := VmRSS now
    start = _status_kb("VmRSS")
    rise: list[int] = []
    yield rise
    rise.append((_status_kb("VmHWM") - start) * 1024)


def held_little(rise: list[int]) -> None:
    assert not MEASURABLE or rise[0] < MAX_RISE, f"the peak rose {rise[0] // MB} MB"


def bomb(declared: int = ATTACK_BYTES) -> bytes:
    return attacks.bomb(declared)


def refusals(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.startswith("qadam")
            and ("refused" in r.getMessage() or r.exc_info or r.levelno >= logging.ERROR)]


def refused_quietly(response: requests.Response, status: int, code: str,
                    caplog: pytest.LogCaptureFixture) -> None:
    """The refusal as documented, and one INFO line in the log (no traceback, no 500)."""
    assert response.status_code == status and error_of(response) == code, response.content
    one_quiet_line(caplog)


def one_quiet_line(caplog: pytest.LogCaptureFixture) -> None:
    records = refusals(caplog)
    assert len(records) == 1, [r.getMessage() for r in records]
    assert records[0].levelno == logging.INFO and records[0].exc_info is None
    assert "Traceback" not in caplog.text


def still_serving(district: District) -> None:
    assert SESSION.get(f"{district.base_url}/v1/health", timeout=30).status_code == 200


def error_of(response: requests.Response) -> str:
    return str(body_of(response)["error"])


def post_enrol(district: District, body: bytes, **headers: str) -> requests.Response:
    return SESSION.post(f"{district.base_url}/v1/enrol", data=body, timeout=60,
                        headers={"Content-Type": "application/json", **headers})


def test_a_huge_chunked_body_is_refused_at_the_cap_without_being_held(
        district: District, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    with peak_memory() as rise:
        host, port = district.base_url.removeprefix("http://").split(":")
        answer = attacks.chunked_post(host, int(port), "/v1/enrol", ATTACK_BYTES)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    held_little(rise)
    one_quiet_line(caplog)
    still_serving(district)


def test_a_frame_declaring_a_huge_size_is_refused_at_the_cap(
        district: District, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    body = bomb()
    assert len(body) < 64 * 1024  # what crosses the link: a few KB
    with peak_memory() as rise:
        response = post_enrol(district, body, **{"Content-Encoding": "zstd"})
    held_little(rise)
    refused_quietly(response, 400, "invalid", caplog)
    still_serving(district)


def test_a_signed_push_of_a_bomb_is_refused_at_the_cap(
        district: District, caplog: pytest.LogCaptureFixture) -> None:
    device = district.device(district.new_okrug())
    caplog.set_level(logging.INFO)
    with peak_memory() as rise:
        response = device.request("POST", "/v1/push", bomb())
    held_little(rise)
    refused_quietly(response, 400, "invalid", caplog)
    assert device.push() == []  # the device itself still syncs


@pytest.mark.parametrize(("headers", "body", "status"), [
    ({signing.HEADER_PROTOCOL: "\xb2"}, b"{}", 400),  # passes str.isdigit(), fails int()
    ({signing.HEADER_PROTOCOL: "1" * 5000}, b"{}", 400),
    ({}, b'{"code": ' + b"7" * 5000 + b"}", 400),  # over Python's int limit
    ({}, b'{"code": ' + b"7" * 31 + b"}", 400),
    ({}, b"[" * 100_000 + b"]" * 100_000, 400),  # the C parser's recursion
    ({}, b'{"code": ' + b"[" * 65 + b"]" * 65 + b"}", 400),
], ids=["superscript-protocol", "long-protocol", "5000-digits", "31-digits", "deep-100000",
        "deep-66"])
def test_a_malformed_header_or_body_is_a_4xx_with_one_line(
        district: District, caplog: pytest.LogCaptureFixture, headers: dict[str, str],
        body: bytes, status: int) -> None:
    caplog.set_level(logging.INFO)
    refused_quietly(post_enrol(district, body, **headers), status, "invalid", caplog)
    still_serving(district)


def test_a_malformed_time_header_is_refused_not_a_crash(
        district: District, caplog: pytest.LogCaptureFixture) -> None:
    device = district.device(district.new_okrug())
    caplog.set_level(logging.INFO)
    signed = signing.sign_request(device.keys, device.device_id, "GET", "/v1/pull", b"",
                                  0, wire.PROTOCOL_VERSION)
    signed[signing.HEADER_TIME] = "\xb2"
    response = SESSION.get(f"{district.base_url}/v1/pull", headers=signed, timeout=60)
    refused_quietly(response, 401, "bad_signature", caplog)
    assert device.pull_page(0)["cursor"] >= 0  # and the device's next request is served


def _import(district: District, source: Path, tmp_path: Path,
            capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = admin.main(["--database", district.url, "import-bundle", str(source),
                       "--answer", str(tmp_path / "answer.qadam")])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_a_signed_bundle_carrying_a_bomb_is_refused_at_the_cap(
        district: District, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    device = district.device(district.new_okrug())
    db = district.db
    try:
        with db.transaction() as cur:
            keys = load_district(cur)
        assert keys is not None
    finally:
        db.close()
    # Sealed as a device would seal it, but with the bomb as the compressed payload: what a
    # stolen device key (or a modified client) could put on a stick.
    monkeypatch.setattr(bundle, "encode_body", lambda payload: bomb())
    data = bundle.seal("outbox", "bomb-1", device.device_id, device.keys.signing_private,
                       keys.keys.encryption_public, bundle.district_party(keys.kato), {}, 1)
    monkeypatch.undo()
    assert len(data) < 64 * 1024
    source = tmp_path / "bomb.qadam"
    source.write_bytes(data)
    with peak_memory() as rise:
        code, said = _import(district, source, tmp_path, capsys)
    assert code != 0 and "not a Qadam sync bundle" in said, said
    held_little(rise)
    assert not (tmp_path / "answer.qadam").exists()


@pytest.mark.parametrize("start", [bundle.MAGIC, b"PK\x03\x04"], ids=["magic", "zip"])
def test_a_2_gb_file_is_refused_before_it_is_read(
        district: District, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        start: bytes) -> None:
    source = tmp_path / "huge.qadam"
    with open(source, "wb") as handle:  # sparse: takes no room on the disk
        handle.write(start)
        handle.truncate(2 * 1024 * MB)
    with peak_memory() as rise:
        code, said = _import(district, source, tmp_path, capsys)
    assert code != 0 and "not a Qadam sync bundle" in said, said
    held_little(rise)

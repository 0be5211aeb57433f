"""A small signed-request client for the district server tests (requests + signing)."""

from __future__ import annotations

import datetime
import random
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import requests

from desktop.domain.hlc import Hlc
from desktop.domain.iin import make_iin
from desktop.sync import signing, wire

SESSION = requests.Session()


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def new_id() -> str:
    return str(uuid.uuid4())


def valid_iin() -> str:
    """A ИИН with a valid check digit, unlikely to be any other test's (they share a server)."""
    r = uuid.uuid4().int
    born = datetime.date(1950 + r % 50, 1 + r // 50 % 12, 1 + r // 600 % 28)
    return make_iin(born, "female" if r % 2 else "male", r // 17_000 % 9000)


def unique_iin() -> str:
    """A valid ИИН no other test is likely to use (the PostgreSQL database is shared)."""
    born = datetime.date(1950, 1, 1) + datetime.timedelta(days=random.randrange(20_000))
    return make_iin(born, random.choice(("male", "female")), random.randrange(9000))


class SignAuth(requests.auth.AuthBase):
    """Signs the prepared request as sent: method, path and query, and the body's bytes."""

    def __init__(self, device: Device, time_ms: int | None = None,
                 protocol: int = wire.PROTOCOL_VERSION) -> None:
        self.device = device
        self.time_ms = time_ms
        self.protocol = protocol
        self.last_headers: dict[str, str] = {}

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode("utf-8")
        headers = signing.sign_request(
            self.device.keys, self.device.device_id, request.method or "GET",
            request.path_url, body, self.time_ms if self.time_ms is not None else now_ms(),
            self.protocol)
        request.headers.update(headers)
        self.last_headers = headers
        return request


@dataclass
class Device:
    """A test device: its keys and id, enrolled or not, with its own HLC."""

    base_url: str
    device_id: str = field(default_factory=new_id)
    keys: signing.DeviceKeys = field(default_factory=signing.DeviceKeys.generate)
    verify: Any = True
    clock: Hlc = Hlc(0, 0)
    cursor: int = 0
    enrolment: dict[str, Any] = field(default_factory=dict)

    def enrol(self, code: str, name: str = "Ноутбук") -> requests.Response:
        response = SESSION.post(f"{self.base_url}/v1/enrol", json={
            "code": code, "device_id": self.device_id, "name": name,
            "signing_key": signing.b64(self.keys.signing_public),
            "encryption_key": signing.b64(self.keys.encryption_public),
        }, verify=self.verify, timeout=30)
        if response.status_code == 200:
            self.enrolment = response.json()
        return response

    def hlc(self, offset_ms: int = 0) -> str:
        wall = now_ms() + offset_ms
        self.clock = Hlc(wall, 0) if wall > self.clock.wall_ms else Hlc(
            self.clock.wall_ms, self.clock.counter + 1)
        return self.clock.encode()

    def entry(self, table: str, record_id: str, fields: dict[str, Any], *,
              hlc: str | None = None, seen: int | None = None) -> dict[str, Any]:
        return wire.Entry(table, record_id, hlc or self.hlc(), self.device_id, fields,
                          seen=self.cursor if seen is None else seen).to_json()

    def request(self, method: str, path: str, body: bytes | None = None, *,
                auth: SignAuth | None = None, zstd: bool = True,
                headers: dict[str, str] | None = None) -> requests.Response:
        extra = {"Accept-Encoding": "zstd"} if zstd else {}
        if body is not None:
            extra["Content-Type"] = "application/json"
            if zstd:
                extra["Content-Encoding"] = "zstd"
        extra.update(headers or {})
        return SESSION.request(method, f"{self.base_url}{path}", data=body, headers=extra,
                               auth=auth or SignAuth(self), verify=self.verify, timeout=60)

    def push_raw(self, entries: list[dict[str, Any]], **kwargs: Any) -> requests.Response:
        body = wire.encode_body({"protocol": wire.PROTOCOL_VERSION, "entries": entries})
        return self.request("POST", "/v1/push", body, **kwargs)

    def push(self, *entries: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.push_raw(list(entries))
        assert response.status_code == 200, response.text
        return body_of(response)["results"]

    def pull_page(self, after: int, table: str | None = None,
                  limit: int | None = None) -> dict[str, Any]:
        query = f"/v1/pull?after={after}"
        if limit is not None:
            query += f"&limit={limit}"
        if table is not None:
            query += f"&table={table}"
        response = self.request("GET", query)
        assert response.status_code == 200, response.text
        return body_of(response)

    def pull_all(self, limit: int | None = None) -> tuple[list[dict[str, Any]], dict[str, str]]:
        """Every page after the device's cursor; the entries and the last page's checksum."""
        entries: list[dict[str, Any]] = []
        while True:
            page = self.pull_page(self.cursor, limit=limit)
            entries.extend(page["entries"])
            self.cursor = page["cursor"]
            if not page["more"]:
                return entries, page["checksum"]


def body_of(response: requests.Response) -> Any:
    """A response's JSON (requests does not undo zstd by itself)."""
    encoding = response.headers.get("Content-Encoding")
    return wire.decode_body(response.content, encoding)


def replica(entries: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """What a device holds after applying a feed in order: the latest value per field."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in entries:
        rows.setdefault((entry["t"], entry["r"]), {}).update(entry["f"])
    return rows


def checksums(rows: dict[tuple[str, str], dict[str, Any]]) -> dict[str, str]:
    """The checksum a device computes over its rows, with wire.field_digest."""
    totals: dict[str, int] = {}
    for (table, record_id), row in rows.items():
        for name, value in wire.synchronised_fields(table, row).items():
            totals[table] = totals.get(table, 0) + wire.field_digest(table, record_id, name,
                                                                     value)
    return {t: wire.checksum_hex(v) for t, v in totals.items()}

"""Cleartext and exposure (issue 12, item 4): the API's documents are off unless asked for,
plain HTTP is served on loopback only, and the lengths /openapi.json promises are enforced."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from district import admin
from district.app import create_app
from tests.integration.district.conftest import District
from tests.integration.district.district_helpers import SESSION, body_of, new_id


def test_the_api_documents_are_not_served_by_default(district: District) -> None:
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert SESSION.get(f"{district.base_url}{path}", timeout=30).status_code == 404


def test_serve_api_docs_turns_them_on(tmp_path: Path) -> None:
    # In-process (TestClient): `serve` would run uvicorn for ever; the app is the real one.
    with TestClient(create_app(f"sqlite:///{tmp_path / 'district.db'}", api_docs=True)) as web:
        assert web.get("/docs").status_code == 200
        assert web.get("/openapi.json").json()["info"]["title"] == "Qadam district server"


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "::"])
def test_serve_refuses_plain_http_off_loopback(
        host: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'district.db'}"
    assert admin.main(["--database", url, "serve", "--host", host]) == 2
    assert "plain HTTP is served on loopback only" in capsys.readouterr().err


def test_serve_allows_plain_http_on_loopback_and_tls_anywhere() -> None:
    for host in ("127.0.0.1", "::1", "localhost"):
        admin.check_listening(host, None, None)  # behind a TLS proxy on this machine
    admin.check_listening("0.0.0.0", "server.crt", "server.key")


def test_ids_longer_than_the_document_allows_are_refused(district: District) -> None:
    device = district.device(district.new_okrug())
    long_id = "p" * 100_000
    response = device.push_raw([device.entry("persons", long_id, {"last_name": "Ахметов"})])
    assert response.status_code == 400
    assert "at most 64 characters" in body_of(response)["message"]
    response = device.push_raw([device.entry("persons", new_id(), {"x" * 10_000: "Ахметов"})])
    assert response.status_code == 400
    assert "at most 63 ASCII characters" in body_of(response)["message"]
    # Nothing of either was stored.
    assert district.query("SELECT count(*) AS n FROM records WHERE record_id = ?",
                          [long_id])[0]["n"] == 0

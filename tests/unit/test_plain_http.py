"""Plain http:// is refused: enrolment and every sync carry personal data (issue 12, item 4).

Only an explicit opt-in (the tests' QADAM_ALLOW_PLAIN_HTTP_ON_LOOPBACK, set in conftest.py)
lets a district on 127.0.0.1, ::1 or localhost be reached over plain HTTP.
"""

from __future__ import annotations

import pytest

from desktop.services import sync
from desktop.storage.store import Store
from desktop.sync import errors, signing
from desktop.sync.client import PLAIN_HTTP_ON_LOOPBACK, DistrictClient, check_server_url


def test_enrolling_over_plain_http_is_refused_before_any_key_is_made(store: Store) -> None:
    with pytest.raises(errors.PlainHttp) as raised:
        sync.enrol(store, "http://qadam.district.kz", "ABCD-EFGH", "Okrug office")
    assert "https://" in raised.value.text()
    assert sync.enrolment(store) is None  # nothing stored: the computer is not enrolled


@pytest.mark.parametrize("url", ["http://qadam.district.kz", "http://10.0.0.5:8443",
                                 "ftp://qadam.district.kz", "qadam.district.kz", "https://"])
def test_a_client_refuses_any_address_but_https(url: str) -> None:
    with pytest.raises(errors.PlainHttp):
        DistrictClient(url, "device", signing.DeviceKeys.generate())


def test_plain_http_to_loopback_needs_the_explicit_opt_in(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PLAIN_HTTP_ON_LOOPBACK)
    for url in ("http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000"):
        with pytest.raises(errors.PlainHttp):
            check_server_url(url)
    monkeypatch.setenv(PLAIN_HTTP_ON_LOOPBACK, "1")
    for url in ("http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000"):
        check_server_url(url)
    # The opt-in never reaches past this computer.
    for url in ("http://192.168.1.10:8000", "http://127.0.0.1.example.kz"):
        with pytest.raises(errors.PlainHttp):
            check_server_url(url)


def test_https_is_accepted() -> None:
    check_server_url("https://qadam.district.kz")
    check_server_url("HTTPS://10.0.0.5:8443/")

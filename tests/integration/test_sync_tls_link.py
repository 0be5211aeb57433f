"""A TLS handshake cut by a bad link is a broken link (retried); only a certificate that is not
the pinned one is a certificate error. A real district server with TLS on loopback, the real
client, and the fault proxy cutting the handshake at a few byte offsets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.sync import errors
from desktop.sync.client import DistrictClient
from district import admin
from tests.integration.district.conftest import ThreadServer
from tests.integration.district.test_district_admin import self_signed
from tests.support.faultproxy import Direction, FaultProxy


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ThreadServer, Path]]:
    folder = tmp_path_factory.mktemp("tls")
    url = f"sqlite:///{folder / 'district.db'}"
    assert admin.main(["--database", url, "init-district", "--kato", "551600000",
                       "--name", "Район"]) == 0
    cert, key = self_signed(folder)
    server = ThreadServer(url, ssl_certfile=str(cert), ssl_keyfile=str(key)).start(
        verify=str(cert))
    yield server, cert
    server.stop()


def through(proxy: FaultProxy, pinned: Path, retries: int) -> DistrictClient:
    host, port = proxy.address or ("", 0)
    return DistrictClient(f"https://{host}:{port}", "device", None, str(pinned),
                          retries=retries, backoff_s=0.001)


# Down: inside the ServerHello / certificate flight; up: inside the ClientHello and the
# client's Finished. Each is a different error from ssl (EOF, reset, unexpected eof).
CUTS: list[tuple[int, Direction, bool]] = [
    (0, "down", False), (40, "down", False), (700, "down", False), (1200, "down", True),
    (100, "up", False), (600, "up", True)]


@pytest.mark.parametrize(("at", "direction", "reset"), CUTS)
def test_a_handshake_cut_is_a_broken_link_and_is_retried(
        tls_server: tuple[ThreadServer, Path], at: int, direction: Direction,
        reset: bool) -> None:
    server, cert = tls_server
    port = int(server.base_url.rsplit(":", 1)[1])
    with FaultProxy("127.0.0.1", port) as proxy:
        proxy.cut_after_bytes(at, direction=direction, reset=reset)
        with pytest.raises(errors.NoNetwork) as raised:
            through(proxy, cert, retries=0).health()
        assert "check the connection" in raised.value.text()
        assert proxy.connections[0].outcome in ("cut", "reset")
        # the next try over the mended link goes through: the retry is what a user gets
        proxy.cut_after_bytes(at, direction=direction, reset=reset)
        assert through(proxy, cert, retries=2).health()["status"] == "ok"
        assert len(proxy.connections) == 3


def test_another_certificate_is_still_a_certificate_error_and_not_retried(
        tls_server: tuple[ThreadServer, Path], tmp_path: Path) -> None:
    server, _ = tls_server
    impostor, _ = self_signed(tmp_path)  # the server shows a certificate other than this one
    port = int(server.base_url.rsplit(":", 1)[1])
    with FaultProxy("127.0.0.1", port) as proxy:
        with pytest.raises(errors.BadCertificate) as raised:
            through(proxy, impostor, retries=3).health()
        assert "Tell the district administrator" in raised.value.text()
        assert len(proxy.connections) == 1  # refused at once: retrying would not help


def test_a_name_that_is_not_the_certificates_is_a_certificate_error(
        tls_server: tuple[ThreadServer, Path]) -> None:
    server, cert = tls_server
    port = int(server.base_url.rsplit(":", 1)[1])
    client = DistrictClient(f"https://localhost:{port}", "device", None, str(cert), retries=2,
                            backoff_s=0.001)  # the certificate names 127.0.0.1 only
    with pytest.raises(errors.BadCertificate):
        client.health()

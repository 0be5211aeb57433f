"""The HTTP client against a port where nothing listens: what a cut 2G link looks like."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from desktop.sync import errors, signing
from desktop.sync.client import HEALTH_TIMEOUT_S, DistrictClient
from tests.support.faultproxy import FaultProxy


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # closed again when the block ends


def client(**options: object) -> DistrictClient:
    return DistrictClient(f"http://127.0.0.1:{closed_port()}", "device",
                          signing.DeviceKeys.generate(), None, 0, **options)


def test_no_server_is_a_no_network_error_after_the_retries() -> None:
    waits: list[float] = []
    with pytest.raises(errors.NoNetwork) as raised:
        client(retries=3, backoff_s=0.001, sleep=waits.append).pull(0)
    assert raised.value.code == "no_network"
    assert "nothing is lost" in raised.value.text()


def test_a_cancel_stops_the_retries() -> None:
    tries: list[int] = []

    def cancelled() -> bool:
        tries.append(1)
        return len(tries) > 2

    with pytest.raises(errors.Cancelled):
        client(retries=50, backoff_s=0.001, cancelled=cancelled).pull(0)
    assert len(tries) == 3


def test_every_sync_error_has_a_code_and_fills_its_message() -> None:
    params = {"status": 503, "reason": "replayed", "minutes": 12, "server": "district.kz"}
    for cls in errors.ALL_ERRORS:
        error = cls(**params)
        assert error.code and "{" not in error.text()
    assert len({cls.code for cls in errors.ALL_ERRORS}) == len(errors.ALL_ERRORS)


def test_the_health_check_gives_up_within_seconds_not_the_sync_timeouts() -> None:
    """A server that accepts and never answers (a stall): the status bar's check must not
    wait the 20 s connect and 90 s read timeouts a 2G sync gets."""
    with FaultProxy("127.0.0.1", closed_port(), stall_probability=1.0) as proxy:
        host, port = proxy.address or ("", 0)
        checker = DistrictClient(f"http://{host}:{port}", "device", None, retries=0)
        timeouts: list[object] = []
        request = checker.session.request

        def noted(*args: Any, **kwargs: Any) -> Any:
            timeouts.append(kwargs["timeout"])
            return request(*args, **kwargs)

        checker.session.request = noted  # type: ignore[method-assign]
        with pytest.raises(errors.NoNetwork):
            checker.health()
    assert timeouts == [(HEALTH_TIMEOUT_S, HEALTH_TIMEOUT_S)]
    assert HEALTH_TIMEOUT_S <= 5 and [c.outcome for c in proxy.connections] == ["stalled"]


@pytest.mark.parametrize("server_time", ["²", "9" * 5000, "-5", "12ab"])
def test_a_servers_malformed_time_header_is_ignored_not_a_crash(server_time: str) -> None:
    """A broken or hostile server: "²" passes str.isdigit() and then fails int(); a
    5,000-digit time would make the clock offset absurd. The answer is still read."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Hostile(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            body = json.dumps({"status": "ok"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header(signing.HEADER_SERVER_TIME, server_time)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        checker = DistrictClient(f"http://127.0.0.1:{server.server_address[1]}", "device",
                                 None, retries=0)
        assert checker.health() == {"status": "ok"}
        assert checker.clock_offset_ms == 0 and checker.last_server_time_ms is None
    finally:
        server.shutdown()
        server.server_close()

"""The fault proxy passes bytes unchanged, or slows, cuts, resets, drops and repeats them.

Against a real HTTP server on 127.0.0.1 and a real `requests` client: what the sync client will
meet through it. No timed assertions: shaping is checked through the proxy's own accounting.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from tests.support.faultproxy import FaultProxy, Faults


def pattern(n: int) -> bytes:
    return bytes(i * 7 % 251 for i in range(n))


class Upstream(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.seen: list[tuple[str, str, bytes]] = []
        self.lock = threading.Lock()

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # cut and reset connections are what these tests make on purpose


class Handler(BaseHTTPRequestHandler):
    server: Upstream

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def _answer(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        with self.server.lock:
            self.server.seen.append(("GET", self.path, b""))
        size = int(self.path.rsplit("/", 1)[1]) if self.path.startswith("/bytes/") else 2
        self._answer(pattern(size))

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        with self.server.lock:
            self.server.seen.append(("POST", self.path, body))
        self._answer(body)


@pytest.fixture(scope="module")
def upstream() -> Iterator[Upstream]:
    server = Upstream()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def make_proxy(upstream: Upstream) -> Iterator:
    upstream.seen.clear()
    started: list[FaultProxy] = []

    def make(**faults: object) -> tuple[FaultProxy, str]:
        faults.setdefault("seed", 1)
        proxy = FaultProxy("127.0.0.1", upstream.server_address[1], **faults)
        host, port = proxy.start()
        started.append(proxy)
        return proxy, f"http://{host}:{port}"

    yield make
    for proxy in started:
        proxy.stop()


def wait_for(condition, what: str, seconds: float = 20) -> None:
    """Poll (not a timed assertion: the deadline only stops a hung test)."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.01)


def test_bytes_pass_unchanged_both_ways(make_proxy) -> None:
    proxy, url = make_proxy()
    body = pattern(300_000)
    answer = requests.post(f"{url}/echo", data=body, timeout=30)
    assert answer.content == body
    assert proxy.bytes_up > len(body) and proxy.bytes_down > len(body)
    wait_for(lambda: proxy.connections[0].outcome != "open", "the proxy closing")
    assert proxy.connection_count == 1 and proxy.connections[0].outcome == "closed"


def test_latency_and_jitter_never_reorder_a_stream(make_proxy) -> None:
    proxy, url = make_proxy(latency_ms=2, jitter_ms=20)
    body = pattern(1_000_000)
    assert requests.post(f"{url}/echo", data=body, timeout=60).content == body


def test_bandwidth_is_shaped_to_the_given_rate(make_proxy) -> None:
    rate = 32 * 1024
    proxy, url = make_proxy(bandwidth_bytes_per_s=rate)
    started = time.monotonic()
    answer = requests.get(f"{url}/bytes/65536", timeout=60)
    elapsed = time.monotonic() - started
    assert answer.content == pattern(65536)
    expected = (proxy.bytes_down - Faults().burst_bytes) / rate  # the burst goes at once
    shaped = proxy.shaping_delay_s("down")
    print(f"64 KB at {rate} B/s: shaped {shaped:.2f} s of {expected:.2f} s, took {elapsed:.2f} s")
    assert 0.5 * expected <= shaped <= expected * 1.01
    assert proxy.shaping_delay_s("up") == 0  # the small request fits in the burst


def test_a_cut_mid_body_is_a_connection_error_and_happens_once(make_proxy) -> None:
    proxy, url = make_proxy()
    proxy.cut_after_bytes(1000)
    with pytest.raises((requests.ConnectionError, requests.exceptions.ChunkedEncodingError)):
        requests.get(f"{url}/bytes/65536", timeout=30)
    assert proxy.connections[0].outcome == "cut" and proxy.connections[0].bytes_down == 1000
    assert requests.get(f"{url}/bytes/65536", timeout=30).content == pattern(65536)


def test_a_cut_during_the_upload_is_a_connection_error_with_no_answer(make_proxy) -> None:
    proxy, url = make_proxy()
    proxy.cut_after_bytes(5000, direction="up")
    with pytest.raises(requests.ConnectionError):
        requests.post(f"{url}/echo", data=pattern(100_000), timeout=30)
    assert proxy.connections[0].bytes_up == 5000
    assert proxy.connections[0].bytes_down == 0


def test_a_reset_mid_body_is_a_connection_error(make_proxy) -> None:
    proxy, url = make_proxy()
    proxy.cut_after_bytes(2000, reset=True)
    with pytest.raises((requests.ConnectionError, requests.exceptions.ChunkedEncodingError)):
        requests.get(f"{url}/bytes/65536", timeout=30)
    assert proxy.connections[0].outcome == "reset"


def test_a_reset_is_a_real_rst_not_a_close(make_proxy) -> None:
    """Seen from a raw socket: a cut ends in EOF, a reset in ECONNRESET."""
    proxy, url = make_proxy(reset_probability=1, cut_max_bytes=1)  # reset before any byte
    host, port = proxy.address
    with socket.create_connection((host, port), timeout=30) as raw:
        raw.sendall(b"GET /bytes/10 HTTP/1.0\r\n\r\n")
        with pytest.raises(ConnectionResetError):
            while raw.recv(4096):
                pass
    proxy.set_faults(reset_probability=0, cut_probability=1)
    with socket.create_connection((host, port), timeout=30) as raw:
        raw.sendall(b"GET /bytes/10 HTTP/1.0\r\n\r\n")
        assert raw.recv(4096) == b""
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{url}/bytes/10", timeout=30)


def test_a_dropped_connection_never_reaches_the_server(make_proxy, upstream) -> None:
    proxy, url = make_proxy(drop_probability=1)
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{url}/bytes/10", timeout=30)
    assert upstream.seen == [] and proxy.connections[0].outcome == "dropped"


def test_a_stalled_connection_times_the_client_out(make_proxy, upstream) -> None:
    proxy, url = make_proxy(stall_probability=1)
    with pytest.raises(requests.Timeout):
        requests.get(f"{url}/bytes/10", timeout=0.5)
    assert upstream.seen == []


def test_faults_change_while_running(make_proxy) -> None:
    proxy, url = make_proxy(drop_probability=1)
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{url}/bytes/10", timeout=30)
    proxy.set_faults(drop_probability=0)
    assert requests.get(f"{url}/bytes/10", timeout=30).content == pattern(10)


def test_a_duplicated_request_reaches_the_server_twice(make_proxy, upstream) -> None:
    proxy, url = make_proxy(duplicate_probability=1)
    answer = requests.post(f"{url}/push", data=b'{"entries": [1]}', timeout=30)
    assert answer.content == b'{"entries": [1]}'  # the client sees one answer
    wait_for(lambda: len(upstream.seen) == 2, "the replay")
    assert upstream.seen == [("POST", "/push", b'{"entries": [1]}')] * 2
    assert proxy.connections[0].duplicated


def test_random_cuts_land_where_the_seed_says(make_proxy) -> None:
    proxy, url = make_proxy(cut_probability=1, cut_max_bytes=4000, cut_direction="down")
    for _ in range(3):
        with pytest.raises((requests.ConnectionError, requests.exceptions.ChunkedEncodingError)):
            requests.get(f"{url}/bytes/65536", timeout=30)
    assert [c.bytes_down for c in proxy.connections] == [c.cut_at for c in proxy.connections]


def decisions(make_proxy, seed: int) -> list[tuple[object, ...]]:
    proxy, url = make_proxy(seed=seed, cut_probability=0.3, reset_probability=0.3,
                            drop_probability=0.2, duplicate_probability=0.3, cut_max_bytes=3000)
    for _ in range(20):
        with contextlib.suppress(requests.RequestException):  # faults are expected here
            requests.get(f"{url}/bytes/5000", timeout=30)
    return [c.decisions() for c in proxy.connections]


def test_the_same_seed_gives_the_same_faults(make_proxy) -> None:
    first, again, other = (decisions(make_proxy, s) for s in (42, 42, 43))
    assert first == again
    assert first != other
    assert any(d[0] for d in first) and any(d[2] is not None for d in first)  # both happened


def test_impossible_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        Faults(cut_probability=1.5)


def test_a_one_shot_cut_waits_for_a_connection_long_enough(make_proxy) -> None:
    """A connection that ends before n bytes leaves the cut to the next one."""
    proxy, url = make_proxy()
    proxy.cut_after_bytes(100_000)
    assert requests.get(f"{url}/bytes/10", timeout=30).content == pattern(10)
    wait_for(lambda: proxy.connections[0].outcome != "open", "the first connection to end")
    with pytest.raises((requests.ConnectionError, requests.exceptions.ChunkedEncodingError)):
        requests.get(f"{url}/bytes/200000", timeout=30)
    assert [c.outcome for c in proxy.connections] == ["closed", "cut"]
    assert proxy.connections[1].bytes_down == 100_000


def test_the_nearer_of_two_cuts_wins(make_proxy) -> None:
    proxy, url = make_proxy(reset_probability=1, cut_max_bytes=50_000, cut_direction="down")
    proxy.cut_after_bytes(10)  # nearer than any random cut point but 0..9
    with pytest.raises((requests.ConnectionError, requests.exceptions.ChunkedEncodingError)):
        requests.get(f"{url}/bytes/65536", timeout=30)
    first = proxy.connections[0]
    assert first.bytes_down == min(10, first.cut_at)
    assert first.outcome == ("cut" if first.cut_at > 10 else "reset")

"""The HTTP client of the district server (requests; no storage: services.sync drives it).

Sized for a village 2G link: long timeouts, a bounded number of retries with exponential
back-off on anything transient (no connection, timeout, 5xx), zstd bodies both ways. Every
request but enrolment is signed (signing.py) with the time corrected by the server's offset;
a refusal for the time window teaches the offset and is retried once. Every failure raises a
`SyncError` whose message the UI translates; nothing here logs a body (personal data).
"""

from __future__ import annotations

import os
import ssl
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import requests
import urllib3

from desktop.sync import errors, signing, wire
from desktop.sync.wire import Entry

CONNECT_TIMEOUT_S = 20.0
READ_TIMEOUT_S = 90.0
# The background health check decides whether a quiet sync starts and what the status bar
# says: a server that does not answer within seconds counts as unreachable for now.
HEALTH_TIMEOUT_S = 5.0
RETRIES = 4  # tries after the first one
BACKOFF_S = 1.0  # doubled after each failed try
BACKOFF_MAX_S = 30.0


def never() -> bool:
    return False


# Tests run the district over plain HTTP on loopback (no certificate to make): they set this
# variable to "1" (tests/conftest.py). It is honoured for 127.0.0.1, ::1 and localhost only,
# so it can never send a village's data in the clear across a network.
PLAIN_HTTP_ON_LOOPBACK = "QADAM_ALLOW_PLAIN_HTTP_ON_LOOPBACK"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


def check_server_url(url: str) -> None:
    """Refuse any address but https:// (PlainHttp): every request carries personal data."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() == "https" and parts.hostname:
        return
    if (parts.scheme.lower() == "http" and parts.hostname in LOOPBACK_HOSTS
            and os.environ.get(PLAIN_HTTP_ON_LOOPBACK) == "1"):
        return
    raise errors.PlainHttp()


class DistrictClient:
    """One device talking to its district server."""

    def __init__(
        self,
        base_url: str,
        device_id: str,
        keys: signing.DeviceKeys | None,
        pinned_cert: str | None = None,
        clock_offset_ms: int = 0,
        *,
        retries: int = RETRIES,
        backoff_s: float = BACKOFF_S,
        cancelled: Callable[[], bool] = never,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        check_server_url(base_url)
        self.base_url = base_url.rstrip("/")
        self.device_id = device_id
        self.keys = keys
        # requests verifies against the PEM the district gave (its own CA or self-signed
        # certificate), not the system's store: a look-alike certificate is refused.
        self.verify: str | bool = pinned_cert if pinned_cert else True
        self.clock_offset_ms = clock_offset_ms
        self.retries = retries
        self.backoff_s = backoff_s
        self.cancelled = cancelled
        self.clock = clock
        self.sleep = sleep
        self.last_server_time_ms: int | None = None
        self.session = requests.Session()

    # -- the endpoints ----------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        return self._request("GET", "/v1/health", signed=False,
                             timeout=(HEALTH_TIMEOUT_S, HEALTH_TIMEOUT_S))

    def enrol(self, code: str, name: str) -> dict[str, Any]:
        if self.keys is None:
            raise ValueError("enrolment needs the device's keys")
        body = {
            "code": code,
            "device_id": self.device_id,
            "name": name,
            "signing_key": signing.b64(self.keys.signing_public),
            "encryption_key": signing.b64(self.keys.encryption_public),
        }
        return self._request("POST", "/v1/enrol", body, signed=False)

    def push(self, entries: list[Entry]) -> dict[str, Any]:
        body = {"protocol": wire.PROTOCOL_VERSION, "entries": [e.to_json() for e in entries]}
        answer = self._request("POST", "/v1/push", body)
        results = answer.get("results")
        if not isinstance(results, list) or len(results) != len(entries):
            raise errors.BadResponse()
        return answer

    def pull(self, after: int, limit: int = wire.PULL_PAGE_FIELDS,
             table: str | None = None) -> dict[str, Any]:
        query: dict[str, Any] = {"after": after, "limit": limit}
        if table:
            query["table"] = table
        answer = self._request("GET", "/v1/pull?" + urlencode(query))
        if not isinstance(answer.get("entries"), list) or not isinstance(
                answer.get("cursor"), int):
            raise errors.BadResponse()
        return answer

    # Recovery (docs/recovery.md): not signed, the device keys are locked in the database.
    def send_recovery_request(self, document: dict[str, Any]) -> dict[str, Any]:
        return self._request("POST", "/v1/recovery", document, signed=False)

    def recovery_status(self, request_id: str) -> dict[str, Any]:
        return self._request("GET", "/v1/recovery/" + quote(request_id, safe=""), signed=False)

    # -- the machinery ----------------------------------------------------------------

    def now_ms(self) -> int:
        return int(self.clock() * 1000) + self.clock_offset_ms

    def _request(self, method: str, path: str, payload: Any = None, signed: bool = True,
                 timeout: tuple[float, float] = (CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
                 ) -> dict[str, Any]:
        body = wire.encode_body(payload) if payload is not None else b""
        relearned = False
        delay = self.backoff_s
        tries = 0
        while True:
            if self.cancelled():
                raise errors.Cancelled()
            try:
                response = self._send(method, path, body, signed, timeout)
            except requests.exceptions.SSLError as error:
                if certificate_refused(error):
                    raise errors.BadCertificate() from error
                # Anything else in the handshake (EOF, reset, a bad record MAC from a cut
                # 2G link) is a broken link: retried, never "tell the administrator".
                transient: errors.SyncError = errors.NoNetwork()
                cause: BaseException | None = error
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as error:
                transient, cause = errors.NoNetwork(), error
            else:
                self._learn_time(response)
                if response.status_code < 400:
                    try:
                        return self._json(response)
                    except errors.NoNetwork:
                        # The link broke in the middle of the answer: as transient as no
                        # answer (a push sent again is answered from the server's receipts).
                        if tries >= self.retries:
                            raise
                        tries += 1
                        self._wait(delay)
                        delay = min(delay * 2, BACKOFF_MAX_S)
                        continue
                answer = self._error_body(response)
                code = str(answer.get("error") or "")
                if response.status_code == 401 and code == "stale_time" and not relearned:
                    relearned = True  # the offset was just learned: one more try
                    continue
                if response.status_code < 500:
                    raise self._refusal(response.status_code, code)
                transient, cause = errors.ServerError(status=response.status_code), None
            if tries >= self.retries:
                raise transient from cause
            tries += 1
            self._wait(delay)
            delay = min(delay * 2, BACKOFF_MAX_S)

    def _send(self, method: str, path: str, body: bytes, signed: bool,
              timeout: tuple[float, float]) -> requests.Response:
        headers = {
            "Accept-Encoding": wire.CONTENT_ENCODING,
            signing.HEADER_PROTOCOL: str(wire.PROTOCOL_VERSION),
        }
        if body:
            headers["Content-Encoding"] = wire.CONTENT_ENCODING
            headers["Content-Type"] = "application/json"
        if signed:
            if self.keys is None:
                raise errors.NotEnrolled()
            # The signature covers the path and query exactly as sent.
            headers.update(signing.sign_request(
                self.keys, self.device_id, method, path, body, self.now_ms(),
                wire.PROTOCOL_VERSION))
        return self.session.request(
            method, self.base_url + path, data=body or None, headers=headers,
            timeout=timeout, verify=self.verify,
            stream=True,  # requests must not decode zstd itself: we do (with a size limit)
        )

    def _wait(self, seconds: float) -> None:
        """Back off in short steps so a cancel is honoured quickly."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            if self.cancelled():
                raise errors.Cancelled()
            self.sleep(min(left, 0.25))

    def _learn_time(self, response: requests.Response) -> None:
        # A hostile or broken server's header is ignored, never a crash (wire.header_number).
        server_ms = wire.header_number(response.headers.get(signing.HEADER_SERVER_TIME, ""), 15)
        if server_ms is not None:
            self.last_server_time_ms = server_ms
            self.clock_offset_ms = server_ms - int(self.clock() * 1000)

    def _raw(self, response: requests.Response) -> bytes:
        try:
            data = response.raw.read(wire.MAX_BODY_BYTES + 1, decode_content=False)
        except (requests.exceptions.RequestException, OSError,
                urllib3.exceptions.HTTPError) as error:
            # urllib3 raises its own ProtocolError for a reset in the middle of a body
            raise errors.NoNetwork() from error
        expected = wire.header_number(response.headers.get("Content-Length", ""), 12)
        if expected is not None and len(data) < expected:
            # A cut (FIN) mid-body reads as a short body, not an error: the link failed,
            # the server did not send a bad answer.
            raise errors.NoNetwork()
        return data

    def _json(self, response: requests.Response) -> dict[str, Any]:
        encoding = response.headers.get("Content-Encoding")
        raw = self._raw(response)
        try:
            data = wire.decode_body(raw, encoding)
        except wire.WireError as error:
            if not raw or not _delimited(response):
                # Nothing, or a body whose end only the connection's close marked (a cut in
                # the headers loses Content-Length): the link failed, not the server.
                raise errors.NoNetwork() from error
            raise errors.BadResponse() from error
        if not isinstance(data, dict):
            raise errors.BadResponse()
        if isinstance(data.get("server_time_ms"), int):
            self.last_server_time_ms = data["server_time_ms"]
        return data

    def _error_body(self, response: requests.Response) -> dict[str, Any]:
        try:
            return self._json(response)
        except errors.SyncError:
            return {}

    def _refusal(self, status: int, code: str) -> errors.SyncError:
        if status == 426 or code == "protocol":
            return errors.ProtocolTooOld()
        if code in errors.SERVER_CODES:
            return errors.SERVER_CODES[code]()
        if code == "already_enrolled":
            return errors.AlreadyEnrolled(server=host_of(self.base_url))
        if code == "stale_time":
            return errors.ClockWrong(minutes=abs(self.clock_offset_ms) // 60000)
        if status == 403 and code == "revoked":
            return errors.Revoked()
        return errors.Refused(reason=code or f"HTTP {status}")


def certificate_refused(error: BaseException) -> bool:
    """Whether a TLS failure is the certificate's (not the one pinned, another host's name,
    expired): requests wraps ssl's verdict in urllib3's errors, so the chain is walked."""
    seen: set[int] = set()
    todo: list[object] = [error]
    while todo:
        item = todo.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        # ssl.CertificateError (a hostname mismatch) is the same class since Python 3.7
        if isinstance(item, ssl.SSLCertVerificationError):
            return True
        todo.extend([*item.args, item.__cause__, item.__context__,
                     getattr(item, "reason", None)])
    return False


def _delimited(response: requests.Response) -> bool:
    """Whether the answer said where its body ends (so a short one is already refused)."""
    headers = response.headers
    return wire.header_number(headers.get("Content-Length", ""), 12) is not None or (
        "chunked" in headers.get("Transfer-Encoding", "").lower())


def host_of(url: str) -> str:
    """The server's host, for messages (no path, no credentials)."""
    return urlsplit(url).hostname or url


def write_pem(pem: str, folder: Path) -> Path:
    """requests wants a file: the pinned certificate (public, not a secret) is written next
    to the database when a sync starts."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "district-server.pem"
    if not path.exists() or path.read_text(encoding="ascii") != pem:
        path.write_text(pem, encoding="ascii")
    return path


__all__ = ["DistrictClient", "certificate_refused", "check_server_url", "host_of", "write_pem"]

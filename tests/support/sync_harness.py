"""A real district server for sync tests: uvicorn in a thread on 127.0.0.1, stoppable, restartable.

    server = ServerThread(lambda url: create_app(url), database_url)
    base_url = server.start()        # answers GET /v1/health before this returns
    server.restart()                 # a new app (from the factory) on the same port
    server.stop(graceful=False)      # like a crash: open connections are not waited for

The server keeps its state only in its database, so a restart with a fresh app object from the
factory is what a real restart is. The port stays the same across restarts, so a client (or a
FaultProxy in front) keeps its URL.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import requests
import uvicorn

from tests.support.faultproxy import FaultProxy

AppFactory = Callable[[str], Any]  # database URL -> ASGI application
HEALTH_PATH = "/v1/health"


class ServerThread:
    def __init__(self, app_factory: AppFactory, database_url: str, *,
                 host: str = "127.0.0.1", port: int = 0, health_path: str = HEALTH_PATH,
                 start_timeout_s: float = 30) -> None:
        self.app_factory = app_factory
        self.database_url = database_url
        self.host = host
        self.port = port
        self.health_path = health_path
        self.start_timeout_s = start_timeout_s
        self.app: Any = None
        self.starts = 0
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def _bind(self) -> socket.socket:
        """The listening socket, made here so the port is ours before uvicorn starts."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        # A restart binds the port the last run just closed (its connections in TIME_WAIT).
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        return sock

    def start(self) -> str:
        """Start a new app from the factory; returns the base URL once health answers."""
        if self._thread is not None:
            raise RuntimeError("the server is already running")
        sock = self._bind()
        self.app = self.app_factory(self.database_url)
        config = uvicorn.Config(self.app, log_level="warning", lifespan="auto",
                                timeout_graceful_shutdown=5)
        server = uvicorn.Server(config)
        self._server, self._failure = server, None

        def run() -> None:
            try:
                server.run(sockets=[sock])
            except BaseException as error:  # seen by start() or stop()
                self._failure = error
            finally:
                sock.close()

        self._thread = threading.Thread(target=run, name=f"uvicorn-{self.port}", daemon=True)
        self._thread.start()
        self.starts += 1
        self._wait_healthy()
        return self.base_url

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + self.start_timeout_s
        while True:
            if self._failure is not None or not (self._thread and self._thread.is_alive()):
                self._thread = None
                raise RuntimeError(f"the server did not start: {self._failure!r}")
            try:
                if requests.get(self.base_url + self.health_path, timeout=2).ok:
                    return
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                self.stop(graceful=False)
                raise RuntimeError(f"{self.health_path} did not answer within "
                                   f"{self.start_timeout_s} s")
            time.sleep(0.02)

    def stop(self, *, graceful: bool = True) -> None:
        """Stop; graceful waits for requests in flight, otherwise they are dropped at once."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.should_exit = True
        if not graceful:
            server.force_exit = True
        thread.join(30)
        if thread.is_alive():
            raise RuntimeError("the server thread did not stop")
        self._server = self._thread = None
        close = getattr(self.app, "close", None)  # an app may hold a pool: let it go
        if callable(close):
            close()

    def restart(self, *, graceful: bool = True) -> str:
        """Stop, then start a new app on the same port and database."""
        self.stop(graceful=graceful)
        return self.start()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def __enter__(self) -> ServerThread:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop(graceful=False)


class CrashSwitch:
    """Wraps an ASGI app: the n-th request to one route brings the whole server down.

    `when="before"`: the request arrives and the server dies before the app sees it.
    `when="after"`: the app handles it (a push is committed) and the server dies before a
    byte of the answer leaves, so the client never learns the outcome. Either way every open
    connection through `proxy` is reset, as a crashed process's kernel would, and the proxy
    refuses new ones (`drop_probability` 1) until `recover()`; `server.stop(graceful=False)`
    runs on a thread of its own (it cannot be joined from the server's event loop). Fires
    once: the app the factory makes on restart passes everything through.

        switch = CrashSwitch(server, proxy, "POST", "/v1/push", nth=3, when="after")
        server.app_factory = switch.factory(lambda url: create_app(url))
    """

    def __init__(self, server: ServerThread, proxy: FaultProxy, method: str, path: str, *,
                 nth: int, when: str = "before") -> None:
        if when not in ("before", "after"):
            raise ValueError("when is 'before' or 'after'")
        self.server, self.proxy = server, proxy
        self.method, self.path, self.nth, self.when = method, path, nth, when
        self.seen = 0  # matching requests so far, the fatal one included
        self.targets: list[str] = []  # path and query of every matching request, in order
        self.fired = threading.Event()
        self._stopper: threading.Thread | None = None

    def factory(self, make: AppFactory) -> AppFactory:
        return lambda url: self.wrap(make(url))

    def wrap(self, app: Any) -> Any:
        async def switched(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if (scope["type"] != "http" or self.fired.is_set() or scope["method"] != self.method
                    or scope["path"] != self.path):
                await app(scope, receive, send)
                return
            self.seen += 1
            query = scope.get("query_string", b"").decode("latin-1")
            self.targets.append(scope["path"] + (f"?{query}" if query else ""))
            if self.seen < self.nth:
                await app(scope, receive, send)
                return
            held: list[Any] = []  # the answer the crash swallows

            async def swallow(message: Any) -> None:
                held.append(message)

            if self.when == "after":
                await app(scope, receive, swallow)
            else:
                held = [{"type": "http.response.start", "status": 503, "headers": []},
                        {"type": "http.response.body", "body": b""}]
            self._crash()
            # Into the void: the proxy has already reset both ends of this connection (the
            # app must still answer, or uvicorn logs a traceback for it).
            for message in held:
                await send(message)

        return switched

    def _crash(self) -> None:
        self.proxy.set_faults(drop_probability=1.0)
        self.proxy.reset_all()
        self.fired.set()
        self._stopper = threading.Thread(target=self.server.stop, kwargs={"graceful": False},
                                         name="crash")
        self._stopper.start()

    def recover(self) -> str:
        """Wait until the crash has stopped the server, start it again, open the link."""
        if not self.fired.wait(30):
            raise RuntimeError("the crash switch never fired")
        assert self._stopper is not None
        self._stopper.join(30)
        url = self.server.start()
        self.proxy.set_faults(drop_probability=0.0)
        return url


@contextmanager
def server_behind_proxy(app_factory: AppFactory, database_url: str, *, seed: int = 0,
                        **faults: object) -> Iterator[tuple[ServerThread, FaultProxy, str]]:
    """A server and a FaultProxy in front of it; yields both and the URL clients should use.

    The harness checks the server's health directly, so faults never delay the start; every
    request a client makes to the yielded URL goes through them.
    """
    server = ServerThread(app_factory, database_url)
    server.start()
    proxy = FaultProxy(server.host, server.port, seed=seed, **faults)
    try:
        host, port = proxy.start()
        yield server, proxy, f"http://{host}:{port}"
    finally:
        proxy.stop()
        server.stop(graceful=False)


__all__ = ["AppFactory", "CrashSwitch", "HEALTH_PATH", "ServerThread", "server_behind_proxy"]

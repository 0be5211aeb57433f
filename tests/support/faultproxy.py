"""A TCP proxy on loopback that makes a link as bad as a village's: slow, late, cut, repeated.

tc netem and toxiproxy are not available on the machines that run our tests, so this is our
own, in asyncio, in a thread of its own (the code under test may block: requests, uvicorn).

    proxy = FaultProxy("127.0.0.1", server_port, seed=7, latency_ms=300,
                       bandwidth_bytes_per_s=8_000, cut_probability=0.2)
    host, port = proxy.start()          # point the client at host:port
    proxy.set_faults(cut_probability=0) # change the weather while the test runs
    proxy.cut_after_bytes(1_000)        # one deterministic cut on the next bytes that flow
    proxy.stop()

Faults per connection are decided when it is accepted, from `random.Random(f"{seed}/{n}")`
for the n-th connection: the same seed gives the same decisions in the same connection order,
whatever the timing. They are kept in `proxy.connections` so a failing test can say which
connection was cut where.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import random
import socket
import struct
import threading
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Literal

Direction = Literal["up", "down", "both"]
CHUNK = 16 * 1024


@dataclass(frozen=True)
class Faults:
    """What the link does. Probabilities are per connection; delays per chunk."""

    latency_ms: float = 0  # one way, added to every chunk (pipelined, as on a real link)
    jitter_ms: float = 0  # a random extra 0..jitter per chunk: concurrent connections overtake
    bandwidth_bytes_per_s: float | None = None  # each direction, shared by all connections
    burst_bytes: int = 4096  # what the token bucket lets through at once
    drop_probability: float = 0  # accepted, then closed before anything is forwarded
    stall_probability: float = 0  # accepted, read, never answered (a black hole)
    cut_probability: float = 0  # closed (FIN) after a random number of bytes
    reset_probability: float = 0  # reset (RST) after a random number of bytes
    cut_max_bytes: int = 16 * 1024  # the random cut point is in [0, cut_max_bytes)
    cut_direction: Direction = "both"  # which bytes count towards the cut point
    duplicate_probability: float = 0  # the client's requests reach the server twice

    def __post_init__(self) -> None:
        for name in ("drop_probability", "stall_probability", "cut_probability",
                     "reset_probability", "duplicate_probability"):
            if not 0 <= getattr(self, name) <= 1:
                raise ValueError(f"{name} must be between 0 and 1")
        if self.cut_max_bytes < 1 or self.burst_bytes < 1:
            raise ValueError("cut_max_bytes and burst_bytes must be positive")


@dataclass
class Connection:
    """One accepted connection: what was decided for it and what happened."""

    index: int
    dropped: bool = False
    stalled: bool = False
    cut_at: int | None = None  # bytes (counted in `cut_direction`) before the cut
    reset: bool = False  # the cut is a reset
    duplicated: bool = False
    cut_direction: Direction = "both"
    bytes_up: int = 0
    bytes_down: int = 0
    outcome: str = "open"  # open, closed, dropped, stalled, cut, reset, upstream_refused

    def decisions(self) -> tuple[object, ...]:
        return (self.dropped, self.stalled, self.cut_at, self.reset, self.duplicated)


class _Bucket:
    """A token bucket (as a virtual schedule, GCRA): `rate` bytes per second, `burst` at once."""

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.theoretical = 0.0
        self.delayed_s = 0.0  # total time this bucket held bytes back: the shaping it did

    async def take(self, size: int, rate: float, burst: int) -> None:
        async with self.lock:  # first come first served across connections
            now = asyncio.get_running_loop().time()
            self.theoretical = max(self.theoretical, now)
            wait = self.theoretical - now - burst / rate
            self.theoretical += size / rate
            if wait > 0:
                self.delayed_s += wait
                await asyncio.sleep(wait)


class _Aborted(Exception):
    pass


class FaultProxy:
    def __init__(self, upstream_host: str, upstream_port: int, *, seed: int = 0,
                 listen_host: str = "127.0.0.1", listen_port: int = 0, **faults: object) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.listen = (listen_host, listen_port)
        self.seed = seed
        self.faults = Faults(**faults)  # type: ignore[arg-type]
        self.connections: list[Connection] = []
        self.duplicates_sent = 0  # requests bytes re-sent on second connections
        self._buckets: dict[str, _Bucket] = {}
        self._armed: tuple[int, Direction, bool] | None = None
        self._armed_owner: Connection | None = None
        self._armed_base = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.AbstractServer | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self.address: tuple[str, int] | None = None

    # -- control, from the test's thread ----------------------------------------------------
    def start(self) -> tuple[str, int]:
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            self._loop = loop
            self._buckets = {"up": _Bucket(), "down": _Bucket()}
            try:
                self._server = loop.run_until_complete(asyncio.start_server(
                    self._accept, *self.listen, reuse_address=True))
                sockname = self._server.sockets[0].getsockname()
                self.address = (sockname[0], sockname[1])
            except BaseException as error:  # reported to start()'s caller
                failure.append(error)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            leftovers = asyncio.all_tasks(loop)
            for task in leftovers:
                task.cancel()
            if leftovers:
                loop.run_until_complete(asyncio.gather(*leftovers, return_exceptions=True))
            loop.close()

        self._thread = threading.Thread(target=run, name="fault-proxy", daemon=True)
        self._thread.start()
        ready.wait(30)
        if failure:
            raise failure[0]
        assert self.address is not None
        return self.address

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(30)
        self._loop = self._thread = None

    def __enter__(self) -> FaultProxy:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def set_faults(self, **changes: object) -> None:
        """Change faults at run time; new connections and the next chunks see them."""
        self.faults = dataclasses.replace(self.faults, **changes)  # type: ignore[arg-type]

    def cut_after_bytes(self, n: int, *, direction: Direction = "down",
                        reset: bool = False) -> None:
        """Cut (or reset) the first connection carrying bytes from now on, after n of them."""
        self._armed = (n, direction, reset)
        self._armed_owner = None

    def reset_all(self) -> int:
        """Reset every open connection now (RST both ways): what a crashed server leaves.

        Safe from any thread but the proxy's own; returns how many sockets were reset.
        """
        loop = self._loop
        if loop is None:
            return 0

        async def reset() -> int:
            writers = list(self._writers)
            for writer in writers:
                _set_linger_zero(writer)
                writer.transport.abort()
            return len(writers)

        return asyncio.run_coroutine_threadsafe(reset(), loop).result(30)

    @property
    def bytes_up(self) -> int:
        return sum(c.bytes_up for c in self.connections)

    @property
    def bytes_down(self) -> int:
        return sum(c.bytes_down for c in self.connections)

    @property
    def connection_count(self) -> int:
        return len(self.connections)

    def shaping_delay_s(self, direction: Literal["up", "down"]) -> float:
        """Seconds the bandwidth limit held bytes back in one direction (computed, not timed)."""
        bucket = self._buckets.get(direction)
        return bucket.delayed_s if bucket else 0.0

    # -- the event loop's side --------------------------------------------------------------
    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def _spawn(self, coroutine: Coroutine[object, object, None]) -> asyncio.Task[None]:
        """A task stop() knows about (so none is left pending when the loop closes)."""
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _decide(self) -> Connection:
        faults = self.faults
        conn = Connection(len(self.connections), cut_direction=faults.cut_direction)
        rng = random.Random(f"{self.seed}/{conn.index}")
        # Always the same draws in the same order: one probability changing moves no other.
        drop, stall, cut, reset, dup = (rng.random() for _ in range(5))
        cut_at, reset_at = rng.randrange(faults.cut_max_bytes), rng.randrange(faults.cut_max_bytes)
        conn.dropped = drop < faults.drop_probability
        conn.stalled = not conn.dropped and stall < faults.stall_probability
        if cut < faults.cut_probability:
            conn.cut_at = cut_at
        elif reset < faults.reset_probability:
            conn.cut_at, conn.reset = reset_at, True
        conn.duplicated = dup < faults.duplicate_probability
        self.connections.append(conn)
        return conn

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)  # type: ignore[arg-type]
        self._writers.add(writer)
        conn = self._decide()
        try:
            await self._serve(conn, reader, writer)
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            conn.outcome = "closed" if conn.outcome == "open" else conn.outcome
        finally:
            self._writers.discard(writer)
            self._tasks.discard(task)  # type: ignore[arg-type]
            if conn.outcome == "reset":
                writer.transport.abort()
            else:
                writer.close()

    async def _serve(self, conn: Connection, reader: asyncio.StreamReader,
                     writer: asyncio.StreamWriter) -> None:
        if conn.dropped:
            conn.outcome = "dropped"
            return
        if conn.stalled:
            conn.outcome = "stalled"
            while await reader.read(CHUNK):
                pass  # swallowed: the client waits for an answer that never comes
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            conn.outcome = "upstream_refused"
            return
        self._writers.add(up_writer)
        duplicate = _Duplicate(self) if conn.duplicated else None
        pumps = [
            asyncio.create_task(self._pump(conn, "up", reader, up_writer, writer, duplicate)),
            asyncio.create_task(self._pump(conn, "down", up_reader, writer, writer, duplicate)),
        ]
        try:
            done, pending = await asyncio.wait(pumps, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                if task.exception() is not None:
                    raise task.exception()  # type: ignore[misc]
        except _Aborted:
            pass
        finally:
            for task in pumps:
                task.cancel()
            await asyncio.gather(*pumps, return_exceptions=True)
            self._writers.discard(up_writer)
            if self._armed_owner is conn:  # it ended before its cut: the next one takes it
                self._armed_owner = None
            if conn.outcome == "reset":
                _set_linger_zero(up_writer)
                up_writer.transport.abort()
                _set_linger_zero(writer)
            else:
                up_writer.close()
            if duplicate is not None:
                await duplicate.finish()
        if conn.outcome == "open":
            conn.outcome = "closed"

    async def _pump(self, conn: Connection, direction: Literal["up", "down"],
                    source: asyncio.StreamReader, target: asyncio.StreamWriter,
                    client: asyncio.StreamWriter, duplicate: _Duplicate | None) -> None:
        """Copy one direction: read into a queue stamped with release times, write in order."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[float, bytes | None]] = asyncio.Queue()
        rng = random.Random(f"{self.seed}/{conn.index}/{direction}")

        async def read() -> None:
            last_release = 0.0
            while True:
                try:
                    chunk = await source.read(CHUNK)
                except OSError:  # reset by the other side: end this connection, not the proxy
                    await queue.put((0.0, None))
                    return
                faults = self.faults
                delay = (faults.latency_ms + rng.uniform(0, faults.jitter_ms)) / 1000
                last_release = max(last_release, loop.time() + delay)  # never reorder a stream
                await queue.put((last_release, chunk))
                if not chunk:
                    return

        reading = asyncio.create_task(read())
        try:
            while True:
                release, chunk = await queue.get()
                if chunk is None:
                    raise ConnectionResetError("the other side reset the connection")
                if release > loop.time():
                    await asyncio.sleep(release - loop.time())
                if not chunk:  # the source finished: pass the half-close on
                    if target.can_write_eof():
                        with contextlib.suppress(OSError):
                            target.write_eof()
                    return
                await self._write(conn, direction, chunk, target, client, duplicate)
        finally:
            reading.cancel()
            await asyncio.gather(reading, return_exceptions=True)

    async def _write(self, conn: Connection, direction: Literal["up", "down"], chunk: bytes,
                     target: asyncio.StreamWriter, client: asyncio.StreamWriter,
                     duplicate: _Duplicate | None) -> None:
        faults = self.faults
        rate = faults.bandwidth_bytes_per_s
        piece_size = len(chunk) if not rate else max(256, min(faults.burst_bytes, int(rate / 20)))
        for start in range(0, len(chunk), piece_size):
            piece = chunk[start:start + piece_size]
            cut = self._cut_limit(conn, direction)
            if cut is not None:
                piece = piece[:cut[0]]
            if rate and piece:
                await self._buckets[direction].take(len(piece), rate, faults.burst_bytes)
            if piece:
                target.write(piece)
                await target.drain()
                if direction == "up":
                    conn.bytes_up += len(piece)
                    if duplicate is not None:
                        duplicate.pending += piece
                else:
                    conn.bytes_down += len(piece)
                    if duplicate is not None:
                        duplicate.flush(self.upstream)
            if cut is not None and cut[0] <= len(piece):
                self._abort(conn, client, reset=cut[1], one_shot=cut[2])

    def _counted(self, conn: Connection, direction: Direction) -> int:
        if direction == "up":
            return conn.bytes_up
        if direction == "down":
            return conn.bytes_down
        return conn.bytes_up + conn.bytes_down

    def _cut_limit(self, conn: Connection,
                   direction: Literal["up", "down"]) -> tuple[int, bool, bool] | None:
        """Before the next bytes this way: (bytes left before a cut, reset?, one-shot?).

        None when no cut lies ahead. The nearer of the connection's own cut and the one-shot
        armed by cut_after_bytes wins.
        """
        ahead: list[tuple[int, bool, bool]] = []
        if conn.cut_at is not None and conn.cut_direction in (direction, "both"):
            ahead.append((conn.cut_at - self._counted(conn, conn.cut_direction), conn.reset,
                          False))
        if self._armed is not None:
            n, armed_direction, reset = self._armed
            if armed_direction in (direction, "both"):
                if self._armed_owner is None:  # the first connection carrying bytes takes it
                    self._armed_owner = conn
                    self._armed_base = self._counted(conn, armed_direction)
                if self._armed_owner is conn:
                    left = n - (self._counted(conn, armed_direction) - self._armed_base)
                    ahead.append((left, reset, True))
        if not ahead:
            return None
        left, reset, one_shot = min(ahead, key=lambda a: a[0])
        return max(0, left), reset, one_shot

    def _abort(self, conn: Connection, client: asyncio.StreamWriter, reset: bool,
               one_shot: bool) -> None:
        if one_shot:
            self._armed, self._armed_owner = None, None
        conn.outcome = "reset" if reset else "cut"
        if reset:
            _set_linger_zero(client)
            client.transport.abort()  # with SO_LINGER 0 the kernel sends RST
        else:
            client.close()
        raise _Aborted


class _Duplicate:
    """A second upstream connection that replays what the client sent, answer discarded.

    The replay of a request starts once the server has begun answering the original (the
    first bytes back), as a client's retry after a lost answer would: the server sees the
    request twice, the second time after it has acted on the first.
    """

    def __init__(self, proxy: FaultProxy) -> None:
        self.proxy = proxy
        self.pending = b""
        self.writer: asyncio.StreamWriter | None = None
        self.opening: asyncio.Task[None] | None = None
        self.draining: asyncio.Task[None] | None = None
        self.queue: list[bytes] = []

    def flush(self, upstream: tuple[str, int]) -> None:
        if not self.pending:
            return
        data, self.pending = self.pending, b""
        self.proxy.duplicates_sent += len(data)
        self.queue.append(data)
        if self.opening is None:
            self.opening = self.proxy._spawn(self._open(upstream))
        elif self.writer is not None:
            self._send()

    async def _open(self, upstream: tuple[str, int]) -> None:
        reader, self.writer = await asyncio.open_connection(*upstream)
        self._send()
        self.draining = self.proxy._spawn(self._drain(reader))

    def _send(self) -> None:
        assert self.writer is not None
        for data in self.queue:
            self.writer.write(data)
        self.queue.clear()

    @staticmethod
    async def _drain(reader: asyncio.StreamReader) -> None:
        with contextlib.suppress(OSError):
            while await reader.read(CHUNK):
                pass

    async def finish(self) -> None:
        """Let the server answer the replay (the answer is dropped), then close."""
        with contextlib.suppress(OSError, asyncio.TimeoutError):
            if self.opening is not None:
                await asyncio.wait_for(self.opening, 10)
            if self.writer is not None and self.writer.can_write_eof():
                self.writer.write_eof()
            if self.draining is not None:
                await asyncio.wait_for(self.draining, 10)
        if self.writer is not None:
            self.writer.close()


def _set_linger_zero(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


__all__ = ["Connection", "FaultProxy", "Faults"]

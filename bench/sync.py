"""Sync benchmark: a village 2G link, cuts in the middle of a push, and 50 devices at once.

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/sync.py                 # 10,000 records, 20 cuts, 50 devices 2 x 30 s
    .venv/bin/python bench/sync.py --quick         # 1,000 records, 5 cuts, 2 x 10 s of load
    .venv/bin/python bench/sync.py --only link     # or: cuts, load
    .venv/bin/python bench/sync.py --rebuild       # build the cached device database again

It prints exactly one JSON object on stdout (progress goes to stderr). The district server runs
as a subprocess (`python -m district serve`) on a fresh PostgreSQL database, dropped afterwards:
on the server `--postgres URL` (or QADAM_BENCH_POSTGRES) names, or else on a throwaway cluster
made from Debian's PostgreSQL binaries as the tests do (tests/support/postgres.py: fsync off,
in a temporary folder, removed at the end).

1. `link`: the village device's database with N changed records (half persons from the demo
   generator, half draft cases, written through the audited writer; built once into
   `.bench/sync-<N>.db` and copied for each run) pushes through the FaultProxy throttled to
   8,000 bytes/s each way with 300 ms latency each way (the proxy adds it to every chunk in
   each direction, so a request and its answer cost 600 ms); then a second device of the okrug,
   enrolled fresh, pulls everything. Then a sync with nothing to do.
   - `bytes_ratio` = bytes on the wire (the proxy's counters, both directions, HTTP headers
     included) ÷ the zstd (level 3) size of the same records as JSON lines (one object per
     record: `{"t", "r", "f": synchronised fields}`); goal ≤ 1.2.
   - `time_ratio` = wall time ÷ (bytes ÷ bandwidth + requests × RTT); goal ≤ 1.3. Requests
     and responses do not overlap in this protocol, so bytes of both directions add up.
2. `cuts`: a fresh copy of the same database pushes (no throttling: a cut is placed by byte
   offset, so the link's speed does not change where it falls) while the proxy cuts the
   connection once at a random offset, CUTS times; the client does not retry, so each cut
   ends that sync with an error and the next sync must resume. Per cut: the entries sent again
   that had been sent before (goal ≤ PUSH_BATCH_ENTRIES); then one sync completes it all.
3. `load`: `python -m district serve --workers 2`; DEVICES simulated village devices (asyncio +
   httpx, each enrolled with its own keys and its own okrug) push batches of realistic person
   and case entries (made before the clock starts) and pull after each push, for SECONDS
   seconds, twice: `saturated` (each device pushes again as soon as answered: records answered
   within the window per second, goal >= 1,000) and `paced` (pushes spread so that all devices
   together offer `--rate` records/s: request latency p50/p95/p99, goal p99 <= 1 s). The load
   generator runs on the same 2 cores as the server.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# The benchmark's district runs on loopback without a certificate: the app's explicit opt-in
# for plain HTTP there (desktop/sync/client.py; refused for any other host).
os.environ["QADAM_ALLOW_PLAIN_HTTP_ON_LOOPBACK"] = "1"

import httpx  # noqa: E402
import psycopg  # noqa: E402
import requests  # noqa: E402
import zstandard  # noqa: E402

from desktop.domain.demo_people import generate_people, load_name_seeds  # noqa: E402
from desktop.domain.hlc import Hlc  # noqa: E402
from desktop.services import session, sync  # noqa: E402
from desktop.services.demo_data import DEMO_DIR, load_territory  # noqa: E402
from desktop.services.numbering import next_number  # noqa: E402
from desktop.storage.keys import KdfParams, Keyring  # noqa: E402
from desktop.storage.store import Store  # noqa: E402
from desktop.sync import errors, signing, wire  # noqa: E402
from district import admin  # noqa: E402
from district.db import Database  # noqa: E402
from district.migrations import migrate  # noqa: E402
from tests.support.faultproxy import FaultProxy  # noqa: E402
from tests.support.postgres import TemporaryCluster, find_binaries  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CACHE = ROOT / ".bench"
USERNAME = "bench"
PASSPHRASE = "bench passphrase 2020"
KDF = KdfParams()  # the minimum cost: unlocking is not what this measures
TODAY = date(2025, 12, 31)
DISTRICT = ("634600000", "Көкпекті ауданы")
OKRUG = "634603000"

BANDWIDTH = 8_000  # bytes/s each way: 64 kbit/s
LATENCY_MS = 300  # each way
RTT_S = 2 * LATENCY_MS / 1000
BASELINE_ZSTD_LEVEL = 3
BYTES_GOAL = 1.2
TIME_GOAL = 1.3
IDLE_REQUESTS_GOAL = 1
IDLE_BYTES_GOAL = 2048
RECORDS_PER_S_GOAL = 1000.0
P99_GOAL_S = 1.0


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- the device database ------------------------------------------------------------------


def build_cache(path: Path, records: int) -> float:
    """A village device's database with `records` unsynchronised records (built if absent)."""
    if path.exists():
        return 0.0
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    log(f"building {records} records into {path} (once; reused afterwards)")
    started = time.perf_counter()
    store = session.create(partial, USERNAME, "Бенчмарк Бенчмарков", PASSPHRASE, KDF,
                           okrug_kato=OKRUG)
    try:
        territory = load_territory()
        settlements = [s for s in territory["settlements"] if s["okrug_kato"] == OKRUG]
        rng = random.Random(2020)
        people = generate_people(rng, records // 2 + 1, settlements, TODAY,
                                 names=load_name_seeds(DEMO_DIR / "names.yaml"))
        persons, cases = records - records // 2, records // 2
        done = 0
        while done < persons:
            with store.transaction("create benchmark data") as tx:
                for _ in range(min(500, persons - done)):
                    person = next(people)
                    person["address"] = f"көшесі Абай, {rng.randint(1, 120)}"
                    person_id = tx.save("persons", person).record_id
                    done += 1
                    if done <= cases:
                        tx.save("cases", {
                            "number": next_number(tx, "case", OKRUG), "person_id": person_id,
                            "direction": "1", "measure": None, "state": "draft",
                            "applied_on": date(2025, 1 + done % 12, 1 + done % 28),
                            "settlement_kato": person["settlement_kato"],
                            "notes": "Өтініш қабылданды" if done % 3 == 0 else None,
                        })
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    Keyring.path_for(partial).rename(Keyring.path_for(path))
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    return time.perf_counter() - started


def open_copy(cached: Path, folder: Path) -> Store:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "qadam.db"
    shutil.copy(cached, target)
    shutil.copy(Keyring.path_for(cached), Keyring.path_for(target))
    keyring, user_id, key = session.unwrap_key(target, USERNAME, PASSPHRASE)
    return session.open_store(target, keyring, user_id, key)


def record_lines(store: Store, only_open: bool) -> tuple[int, int, int]:
    """(records, JSON-lines bytes, zstd level-3 bytes) of the records that travel."""
    lines = []
    for table in wire.SYNC_TABLES:
        if only_open:
            ids = {r[0] for r in store.db.execute(
                "SELECT DISTINCT record_id FROM change_log WHERE status = 'pending'"
                " AND table_name = ?", [table]).fetchall()}
            if not ids:
                continue
        cursor = store.db.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            if only_open and row["id"] not in ids:
                continue
            fields = wire.synchronised_fields(table, row)
            lines.append(json.dumps({"t": table, "r": row["id"], "f": fields},
                                    ensure_ascii=False, separators=(",", ":")))
    text = ("\n".join(lines) + "\n").encode("utf-8")
    packed = zstandard.ZstdCompressor(level=BASELINE_ZSTD_LEVEL).compress(text)
    return len(lines), len(text), len(packed)


# -- the district server ------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def postgres_server(url: str | None) -> Iterator[str]:
    """The server named, or a throwaway cluster for this run (as the tests make one)."""
    if url:
        yield url
        return
    binaries = find_binaries()
    if binaries is None:
        raise SystemExit("no PostgreSQL: pass --postgres URL or install the postgresql package")
    cluster = TemporaryCluster(binaries)
    started = cluster.start()
    log(f"throwaway PostgreSQL cluster on {started}")
    try:
        yield started
    finally:
        cluster.stop()


def _pg_admin(server_url: str, sql: str) -> None:
    with psycopg.connect(server_url, autocommit=True, connect_timeout=10) as conn:
        conn.execute(sql)


@contextlib.contextmanager
def district(postgres: str, workers: int, okrugs: list[str]) -> Iterator[tuple[str, str]]:
    """A fresh PostgreSQL database and `python -m district serve` on it: (database, base URL)."""
    name = f"bench_sync_{uuid.uuid4().hex[:12]}"
    _pg_admin(postgres, f'CREATE DATABASE "{name}"')
    url = postgres.rpartition("/")[0] + "/" + name
    process = None
    try:
        db = Database(url)
        try:
            migrate(db)
            admin.init_district(db, *DISTRICT)
            for kato in okrugs:
                admin.add_okrug(db, kato, f"Округ {kato}")
        finally:
            db.close()
        port = free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "district", "--database", url, "serve", "--port", str(port),
             "--workers", str(workers)], cwd=ROOT, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        for _ in range(600):
            with contextlib.suppress(requests.RequestException):
                if requests.get(base + "/v1/health", timeout=2).ok:
                    break
            if process.poll() is not None:
                raise RuntimeError("the district server did not start")
            time.sleep(0.05)
        yield url, base
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
        _pg_admin(postgres, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def code(url: str, okrug: str | None) -> str:
    db = Database(url)
    try:
        return admin.enrolment_code(db, okrug, 72)
    finally:
        db.close()


class Counting:
    """Counts the requests a device's client makes and the entries it pushes."""

    def __init__(self, client: Any) -> None:
        self.requests = 0
        self.sent: list[tuple[str, str, str, str]] = []
        original_request, original_push = client.session.request, client.push

        def request(*args: Any, **kwargs: Any) -> Any:
            self.requests += 1
            return original_request(*args, **kwargs)

        def push(entries: list[wire.Entry]) -> Any:
            self.sent.extend(e.key for e in entries)  # counted before the cut may hit
            return original_push(entries)

        client.session.request = request
        client.push = push


def wire_figures(proxy: FaultProxy, before: tuple[int, int, int]) -> dict[str, int]:
    up = sum(c.bytes_up for c in proxy.connections) - before[0]
    down = sum(c.bytes_down for c in proxy.connections) - before[1]
    return {"bytes_up": up, "bytes_down": down, "bytes": up + down,
            "connections": len(proxy.connections) - before[2]}


def counters(proxy: FaultProxy) -> tuple[int, int, int]:
    return (sum(c.bytes_up for c in proxy.connections),
            sum(c.bytes_down for c in proxy.connections), len(proxy.connections))


def timed_sync(store: Store, proxy: FaultProxy, label: str) -> dict[str, Any]:
    client = sync.client_for(store)
    counting = Counting(client)
    before = counters(proxy)
    started = time.perf_counter()
    report = sync.sync_now(store, client)
    seconds = time.perf_counter() - started
    figures = wire_figures(proxy, before)
    figures.update(requests=counting.requests, seconds=round(seconds, 2),
                   pushed=report.pushed, pulled=report.pulled, applied=report.applied)
    model = figures["bytes"] / BANDWIDTH + counting.requests * RTT_S
    figures["model_seconds"] = round(model, 2)
    figures["time_ratio"] = round(seconds / model, 3) if model else None
    log(f"{label}: {figures}")
    return figures


def measure_link(cached: Path, postgres: str, work: Path) -> dict[str, Any]:
    with district(postgres, 1, [OKRUG]) as (url, base):
        proxy = FaultProxy("127.0.0.1", int(base.rsplit(":", 1)[1]), latency_ms=LATENCY_MS,
                           bandwidth_bytes_per_s=BANDWIDTH)
        host, port = proxy.start()
        via = f"http://{host}:{port}"
        village = open_copy(cached, work / "village")
        second = session.create(work / "second" / "qadam.db", USERNAME, "Екінші Маман",
                                PASSPHRASE, KDF, okrug_kato=OKRUG)
        try:
            records, raw_push, packed_push = record_lines(village, only_open=True)
            sync.enrol(village, via, code(url, OKRUG), "village")
            sync.enrol(second, via, code(url, OKRUG), "second")
            push = timed_sync(village, proxy, "push")
            pull = timed_sync(second, proxy, "pull")
            pulled_records, raw_pull, packed_pull = record_lines(second, only_open=False)
            idle = timed_sync(second, proxy, "nothing to do")
        finally:
            village.close()
            second.close()
            proxy.stop()
    push["goal_bytes"] = round(BYTES_GOAL * packed_push)
    pull["goal_bytes"] = round(BYTES_GOAL * packed_pull)
    both_bytes = push["bytes"] + pull["bytes"]
    both_seconds = push["seconds"] + pull["seconds"]
    both_model = push["model_seconds"] + pull["model_seconds"]
    for part, packed in ((push, packed_push), (pull, packed_pull)):
        part["bytes_ratio"] = round(part["bytes"] / packed, 3)
        part["bytes_ok"] = part["bytes_ratio"] <= BYTES_GOAL
        part["time_ok"] = part["time_ratio"] <= TIME_GOAL
    together = {
        "bytes": both_bytes, "bytes_ratio": round(both_bytes / (packed_push + packed_pull), 3),
        "seconds": round(both_seconds, 2), "model_seconds": round(both_model, 2),
        "time_ratio": round(both_seconds / both_model, 3),
    }
    together["bytes_ok"] = together["bytes_ratio"] <= BYTES_GOAL
    together["time_ok"] = together["time_ratio"] <= TIME_GOAL
    idle["requests_ok"] = idle["requests"] <= IDLE_REQUESTS_GOAL
    idle["bytes_ok"] = idle["bytes"] <= IDLE_BYTES_GOAL
    return {
        "records": records, "records_pulled": pulled_records,
        "json_lines_bytes": {"push": raw_push, "pull": raw_pull},
        "zstd3_bytes": {"push": packed_push, "pull": packed_pull},
        "push": push, "pull": pull, "together": together, "nothing_to_do": idle,
        "goals": {"bytes_ratio": f"<= {BYTES_GOAL}", "time_ratio": f"<= {TIME_GOAL}",
                  "nothing_to_do_requests": IDLE_REQUESTS_GOAL,
                  "nothing_to_do_bytes": f"<= {IDLE_BYTES_GOAL}"},
    }


def measure_cuts(cached: Path, postgres: str, work: Path, cuts: int,
                 seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    with district(postgres, 1, [OKRUG]) as (url, base):
        proxy = FaultProxy("127.0.0.1", int(base.rsplit(":", 1)[1]))
        host, port = proxy.start()
        village = open_copy(cached, work / "cuts")
        try:
            sync.enrol(village, f"http://{host}:{port}", code(url, OKRUG), "village")
            outbox = sync._open_entries(village.db)
            # A push request of a full batch, to place the cuts within the next few batches.
            batch_bytes = len(wire.encode_body({"protocol": 1, "entries": [
                e.to_json() for e, _ in sync._outbox_batch(village.db, 0) if e]}))
            seen: Counter[tuple[str, str, str, str]] = Counter()
            per_cut, failures = [], 0
            for _ in range(cuts):
                offset = rng.randrange(0, 2 * batch_bytes)
                proxy.cut_after_bytes(offset, direction="both")
                client = sync.client_for(village)
                client.retries = 0
                counting = Counting(client)
                try:
                    sync.sync_now(village, client)
                except errors.SyncError:
                    failures += 1
                again = sum(1 for key in counting.sent if seen[key])
                seen.update(counting.sent)
                per_cut.append({"offset": offset, "resent": again})
            client = sync.client_for(village)
            counting = Counting(client)
            report = sync.sync_now(village, client)  # no cut armed: this one completes
            again = sum(1 for key in counting.sent if seen[key])
            seen.update(counting.sent)
            per_cut.append({"offset": None, "resent": again})
            left = sync._open_entries(village.db)
        finally:
            village.close()
            proxy.stop()
    resent = [c["resent"] for c in per_cut[1:]]  # what the sync after each cut sent again
    return {
        "outbox_entries": outbox, "cuts": cuts, "syncs_ended_by_cut": failures,
        "entries_sent": sum(seen.values()), "extra_entries": sum(seen.values()) - outbox,
        "resent_after_each_cut": resent, "max_resent": max(resent, default=0),
        "completed": report.pushed >= 0 and left == 0, "open_entries_left": left,
        "push_batch_entries": wire.PUSH_BATCH_ENTRIES, "batch_request_bytes": batch_bytes,
        "resent_ok": max(resent, default=0) <= wire.PUSH_BATCH_ENTRIES,
        "extra_ok": sum(seen.values()) - outbox <= cuts * wire.PUSH_BATCH_ENTRIES,
        "goals": {"max_resent": f"<= {wire.PUSH_BATCH_ENTRIES}",
                  "extra_entries": f"<= {cuts} x {wire.PUSH_BATCH_ENTRIES}"},
    }


# -- many devices at once -----------------------------------------------------------------


class SimDevice:
    """A village device as the server sees it: its keys, its HLC, its cursor."""

    def __init__(self, index: int, okrug: str, enrol_code: str) -> None:
        self.index = index
        self.okrug = okrug
        self.code = enrol_code
        self.device_id = str(uuid.uuid4())
        self.keys = signing.DeviceKeys.generate()
        self.clock = Hlc(0, 0)
        self.cursor = 0
        self.rng = random.Random(index)
        self.enrolled = False
        self.bodies: list[bytes] = []

    def hlc(self) -> str:
        wall = time.time_ns() // 1_000_000
        self.clock = Hlc(wall, 0) if wall > self.clock.wall_ms else Hlc(
            self.clock.wall_ms, self.clock.counter + 1)
        return self.clock.encode()

    def entries(self, people: Iterator[dict[str, Any]], count: int) -> list[dict[str, Any]]:
        out = []
        while len(out) < count:
            person = dict(next(people))
            person["settlement_kato"] = self.okrug[:6] + "100"
            person["birth_date"] = str(person["birth_date"])
            person_id = str(uuid.uuid4())
            out.append(wire.Entry("persons", person_id, self.hlc(), self.device_id,
                                  {k: v for k, v in person.items() if v is not None},
                                  seen=self.cursor).to_json())
            if len(out) < count:
                out.append(wire.Entry("cases", str(uuid.uuid4()), self.hlc(), self.device_id, {
                    "number": f"{self.okrug[:6]}-{self.index:02d}-{len(out):05d}",
                    "person_id": person_id, "direction": "1", "state": "draft",
                    "applied_on": "2025-06-01", "settlement_kato": person["settlement_kato"],
                    "after_training": 0}, seen=self.cursor).to_json())
        return out

    def headers(self, method: str, path: str, body: bytes) -> dict[str, str]:
        out = {"Accept-Encoding": wire.CONTENT_ENCODING,
               signing.HEADER_PROTOCOL: str(wire.PROTOCOL_VERSION)}
        if body:
            out["Content-Encoding"] = wire.CONTENT_ENCODING
            out["Content-Type"] = "application/json"
        out.update(signing.sign_request(self.keys, self.device_id, method, path, body,
                                        time.time_ns() // 1_000_000, wire.PROTOCOL_VERSION))
        return out


def answer_json(response: httpx.Response) -> Any:
    """httpx has already undone the zstd Content-Encoding (zstandard is installed)."""
    return wire.decode_body(response.content, None)


def make_bodies(sims: list[SimDevice], people: Iterator[dict[str, Any]], batch: int,
                per_device: int) -> None:
    """Push bodies made (and compressed) before the clock starts: the load generator shares
    the server's 2 cores, and making a body costs it ~40 ms (entries, then zstd)."""
    for device in sims:
        device.bodies = [wire.encode_body({"protocol": 1, "entries": device.entries(
            people, batch)}) for _ in range(per_device)]


async def run_device(device: SimDevice, base: str, window: dict[str, float], batch: int,
                     people: Iterator[dict[str, Any]], stats: dict[str, Any],
                     every_s: float) -> None:
    """Push a batch and pull to the end, again and again until the window ends: at once
    (`every_s` 0: as fast as the server answers) or one push every `every_s` seconds."""
    async with httpx.AsyncClient(base_url=base, timeout=120) as http:
        if not device.enrolled:
            answer = await http.post("/v1/enrol", json={
                "code": device.code, "device_id": device.device_id,
                "name": f"dev{device.index}",
                "signing_key": signing.b64(device.keys.signing_public),
                "encryption_key": signing.b64(device.keys.encryption_public)})
            answer.raise_for_status()
            device.enrolled = True
        stats["enrolled"] += 1
        await stats["ready"].wait()
        # Paced devices start spread over one period, as devices syncing on their own would.
        next_push = window["start"] + every_s * device.index / max(1, stats["devices"])
        while True:
            if every_s:
                await asyncio.sleep(max(0.0, next_push - time.monotonic()))
                next_push += every_s
            if time.monotonic() >= window["until"]:
                return
            body = device.bodies.pop() if device.bodies else wire.encode_body(
                {"protocol": 1, "entries": device.entries(people, batch)})
            started = time.monotonic()
            response = await http.post("/v1/push", content=body,
                                       headers=device.headers("POST", "/v1/push", body))
            stats["latency"].append(time.monotonic() - started)
            stats["push_latency"].append(time.monotonic() - started)
            if response.status_code != 200:
                stats["errors"][response.status_code] += 1
                continue
            results = answer_json(response)["results"]
            accepted = sum(1 for r in results if r["status"] == "accepted")
            stats["accepted"] += accepted
            if time.monotonic() <= window["until"]:
                stats["accepted_in_window"] += accepted
            stats["refused"] += sum(1 for r in results if r["status"] == "rejected")
            more = True
            while more:
                path = f"/v1/pull?after={device.cursor}&limit={wire.PULL_PAGE_FIELDS}"
                started = time.monotonic()
                response = await http.get(path, headers=device.headers("GET", path, b""))
                stats["latency"].append(time.monotonic() - started)
                if response.status_code != 200:
                    stats["errors"][response.status_code] += 1
                    break
                page = answer_json(response)
                device.cursor, more = page["cursor"], page["more"]
                stats["pulled"] += len(page["entries"])


async def _load(sims: list[SimDevice], base: str, seconds: float, batch: int,
                people: Iterator[dict[str, Any]], every_s: float) -> dict[str, Any]:
    stats: dict[str, Any] = {"latency": [], "push_latency": [], "accepted": 0, "refused": 0,
                             "accepted_in_window": 0,
                             "pulled": 0, "enrolled": 0, "devices": len(sims),
                             "errors": Counter(), "ready": asyncio.Event()}
    window = {"start": 0.0, "until": 0.0}
    tasks = [asyncio.create_task(run_device(d, base, window, batch, people, stats, every_s))
             for d in sims]
    while stats["enrolled"] < len(sims):  # every device enrolled before the clock starts
        for task in tasks:
            if task.done() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
        await asyncio.sleep(0.05)
    started = time.monotonic()
    window["start"], window["until"] = started, started + seconds
    stats["ready"].set()
    await asyncio.gather(*tasks)
    stats["elapsed"] = time.monotonic() - started  # includes the answers still awaited
    return stats


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def _latencies(values: list[float]) -> dict[str, float]:
    return {"p50": round(percentile(values, 0.5), 3), "p95": round(percentile(values, 0.95), 3),
            "p99": round(percentile(values, 0.99), 3), "max": round(max(values, default=0), 3)}


def _phase(stats: dict[str, Any], seconds: float) -> dict[str, Any]:
    # Records whose answer came within the window, per second of it: the pushes still queued
    # when it closes are answered later (their latency counts, their records do not).
    rate = stats["accepted_in_window"] / seconds
    p99 = percentile(stats["latency"], 0.99)
    return {
        "seconds_to_last_answer": round(stats["elapsed"], 1),
        "accepted_records": stats["accepted"],
        "accepted_in_window": stats["accepted_in_window"],
        "refused_records": stats["refused"], "pulled_entries": stats["pulled"],
        "requests": len(stats["latency"]), "http_errors": dict(stats["errors"]),
        "records_per_s": round(rate, 1), "latency_s": _latencies(stats["latency"]),
        "push_latency_s": _latencies(stats["push_latency"]),
        "records_per_s_ok": rate >= RECORDS_PER_S_GOAL, "p99_ok": p99 <= P99_GOAL_S,
    }


def measure_load(postgres: str, devices: int, seconds: float, batch: int,
                 rate: float) -> dict[str, Any]:
    """Two phases on one server: every device pushing as fast as it is answered (the most
    the server ingests), then pushes paced to `rate` records/s in all (the latency then)."""
    okrugs = [f"6346{20 + i:02d}000" for i in range(devices)]  # up to 80 okrugs
    territory = load_territory()
    people = generate_people(random.Random(7), 10**7, territory["settlements"], TODAY,
                             names=load_name_seeds(DEMO_DIR / "names.yaml"))
    every_s = devices * batch / rate
    out: dict[str, Any] = {
        "devices": devices, "entries_per_push": batch, "server_workers": 2,
        "window_seconds": seconds, "paced_rate_records_per_s": rate,
        "paced_push_every_s": round(every_s, 2),
        "goals": {"records_per_s": f">= {RECORDS_PER_S_GOAL:g}", "p99_s": f"<= {P99_GOAL_S}"},
    }
    with district(postgres, 2, okrugs) as (url, base):
        sims = [SimDevice(i, okrugs[i], code(url, okrugs[i])) for i in range(devices)]
        for name, pace, per_device in (
                ("saturated", 0.0, int(seconds * 2 * RECORDS_PER_S_GOAL / devices / batch) + 1),
                ("paced", every_s, int(seconds / every_s) + 2)):
            log(f"load {name}: {devices} devices for {seconds:g} s, {batch} entries per push"
                + (f", one push every {every_s:.1f} s each" if pace else ""))
            make_bodies(sims, people, batch, min(per_device, 12))
            stats = asyncio.run(_load(sims, base, seconds, batch, people, pace))
            out[name] = _phase(stats, seconds)
            log(f"load {name}: {out[name]['records_per_s']} records/s, "
                f"p99 {out[name]['latency_s']['p99']} s")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int)
    parser.add_argument("--cuts", type=int)
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--seconds", type=float)
    parser.add_argument("--batch", type=int, default=200, help="entries per push in `load`")
    parser.add_argument("--rate", type=float, default=RECORDS_PER_S_GOAL,
                        help="records/s offered in all by the paced phase of `load`")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", choices=("link", "cuts", "load"), action="append")
    parser.add_argument("--postgres", default=os.environ.get("QADAM_BENCH_POSTGRES"),
                        help="a PostgreSQL server URL (default: a throwaway cluster)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args(argv)
    records = args.records or (1000 if args.quick else 10_000)
    cuts = args.cuts or (5 if args.quick else 20)
    seconds = args.seconds or (10.0 if args.quick else 30.0)
    only = set(args.only or ("link", "cuts", "load"))
    result: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "cores": os.cpu_count(),
                    "load_average": [round(x, 2) for x in os.getloadavg()]},
        "link": {"bandwidth_bytes_per_s": BANDWIDTH, "latency_ms_each_way": LATENCY_MS,
                 "rtt_s": RTT_S, "push_batch_entries": wire.PUSH_BATCH_ENTRIES,
                 "pull_page_fields": wire.PULL_PAGE_FIELDS, "zstd_level": wire.ZSTD_LEVEL},
    }
    cached = args.cache / f"sync-{records}.db"
    if args.rebuild:
        for old in args.cache.glob(cached.name + "*"):
            old.unlink()
    if only & {"link", "cuts"}:
        result["build_seconds"] = round(build_cache(cached, records), 1)
    with postgres_server(args.postgres) as postgres, tempfile.TemporaryDirectory(
            prefix="qadam-bench-sync-") as folder:
        args.postgres = postgres
        work = Path(folder)
        if "link" in only:
            log(f"link: {records} records at {BANDWIDTH} B/s, {LATENCY_MS} ms each way")
            result["link_64kbit"] = measure_link(cached, args.postgres, work)
        if "cuts" in only:
            log(f"cuts: {cuts} random cuts during the push of {records} records")
            result["cuts"] = measure_cuts(cached, args.postgres, work, cuts, args.seed)
        if "load" in only:
            result["load"] = measure_load(postgres, args.devices, seconds, args.batch,
                                              args.rate)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

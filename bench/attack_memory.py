"""The district server's peak memory under body and decompression attacks (issue 12).

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/attack_memory.py              # 600 MB bodies, 1 GiB frames
    .venv/bin/python bench/attack_memory.py --quick      # 200 MB bodies, 256 MiB frames

It prints exactly one JSON object on stdout (progress goes to stderr). The server is a real
`python -m district serve` (one worker, so the process serving is the one measured) over a
SQLite database in a temporary folder. Before each attack the server's high-water mark is
reset (/proc/<pid>/clear_refs, "5"); after it, `VmHWM` minus the resident size when idle is the
attack's `rise_mb` (goal <= 150 MB). Each attack also says what the server answered and
whether it still answers /v1/health afterwards.

- `chunked_body`: a body of BODY MB sent chunked (no Content-Length) to /v1/enrol, 1 MB at a
  time, until the server answers; `chunked_body_x3`: three at once.
- `zstd_bomb`: a zstd frame of a few KB that states FRAME bytes of content, to /v1/enrol with
  Content-Encoding: zstd; `zstd_bomb_x3`: three at once.
- `import_bundle_bomb`: `python -m district import-bundle` of a bundle signed by an enrolled
  device whose payload is such a frame; `import_bundle_huge_file`: of a 2 GB (sparse) file.
  Their `rise_mb` is the command's peak (wait4's ru_maxrss) minus the same command's peak on
  an empty file.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import requests
import zstandard

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.sync import bundle, signing  # noqa: E402
from district import admin  # noqa: E402
from district.db import Database  # noqa: E402
from district.enrolment import load_district  # noqa: E402
from tests.support import attacks  # noqa: E402

MB = attacks.MB
KATO = "551600000"
GOAL_MB = 150


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} for process {pid}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def chunked_post(port: int, total: int) -> str:
    """The status line the server answered a chunked body of `total` bytes with."""
    answer = attacks.chunked_post("127.0.0.1", port, "/v1/enrol", total)
    return answer.split(b"\r\n", 1)[0].decode("latin-1") or "connection closed"


def bomb_post(port: int, body: bytes) -> str:
    response = requests.post(f"http://127.0.0.1:{port}/v1/enrol", data=body, timeout=300,
                             headers={"Content-Type": "application/json",
                                      "Content-Encoding": "zstd"})
    return f"{response.status_code}"


def at_once(count: int, attack: Any, *args: Any) -> str:
    answers: list[str] = [""] * count

    def run(index: int) -> None:
        try:
            answers[index] = attack(*args)
        except OSError as error:
            answers[index] = f"error {error.__class__.__name__}"

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return ", ".join(answers)


def measured(pid: int, idle_kb: int, port: int, attack: Any, *args: Any) -> dict[str, Any]:
    Path(f"/proc/{pid}/clear_refs").write_text("5")
    started = time.perf_counter()
    answer = attack(*args)
    seconds = time.perf_counter() - started
    rise = (status_kb(pid, "VmHWM") - idle_kb) / 1024
    healthy = requests.get(f"http://127.0.0.1:{port}/v1/health", timeout=60).status_code == 200
    return {"answer": answer, "rise_mb": round(rise, 1), "within_goal": rise <= GOAL_MB,
            "serving_after": healthy, "seconds": round(seconds, 2)}


def command_peak_mb(url: str, source: Path, answer: Path) -> tuple[float, str]:
    """`import-bundle`'s peak resident size (MB) and what it said."""
    with tempfile.TemporaryFile() as said:
        process = subprocess.Popen(
            [sys.executable, "-m", "district", "--database", url, "import-bundle",
             str(source), "--answer", str(answer)], cwd=ROOT, stdout=said, stderr=said,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        said.seek(0)
        text = said.read().decode("utf-8", "replace").strip()
    return usage.ru_maxrss / 1024, f"exit {process.returncode}: {text[-200:]}"


def bomb_bundle(url: str, port: int, frame: bytes) -> bytes:
    """A bundle signed by a freshly enrolled device, its payload `frame` (a stolen key's worth)."""
    db = Database(url)
    try:
        code = admin.enrolment_code(db, None, 1)
        with db.transaction() as cur:
            district = load_district(cur)
    finally:
        db.close()
    assert district is not None
    keys, device_id = signing.DeviceKeys.generate(), str(uuid.uuid4())
    enrolled = requests.post(f"http://127.0.0.1:{port}/v1/enrol", timeout=60, json={
        "code": code, "device_id": device_id, "name": "bench",
        "signing_key": signing.b64(keys.signing_public),
        "encryption_key": signing.b64(keys.encryption_public)})
    enrolled.raise_for_status()
    original = bundle.encode_body
    bundle.encode_body = lambda payload: frame  # type: ignore[assignment]
    try:
        return bundle.seal("outbox", "bomb", device_id, keys.signing_private,
                           district.keys.encryption_public, bundle.district_party(KATO), {}, 1)
    finally:
        bundle.encode_body = original  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    body = (200 if args.quick else 600) * MB
    frame = attacks.bomb((256 if args.quick else 1024) * MB)
    with tempfile.TemporaryDirectory(prefix="qadam-attack-") as folder:
        url = f"sqlite:///{Path(folder) / 'district.db'}"
        admin.main(["--database", url, "init-district", "--kato", KATO, "--name", "Район"])
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "district", "--database", url, "serve", "--port", str(port),
             "--log-level", "warning"], cwd=ROOT, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
        try:
            for _ in range(600):
                try:
                    if requests.get(f"http://127.0.0.1:{port}/v1/health", timeout=2).ok:
                        break
                except requests.RequestException:
                    pass
                time.sleep(0.05)
            else:
                raise SystemExit("the district server did not start")
            for _ in range(20):  # warm: the first requests import and allocate what they need
                requests.post(f"http://127.0.0.1:{port}/v1/enrol", json={}, timeout=60)
            idle_kb = status_kb(server.pid, "VmRSS")
            results: dict[str, Any] = {}
            log(f"idle: {idle_kb // 1024} MB")
            for name, attack, attack_args in (
                ("chunked_body", chunked_post, (port, body)),
                ("chunked_body_x3", at_once, (3, chunked_post, port, body)),
                ("zstd_bomb", bomb_post, (port, frame)),
                ("zstd_bomb_x3", at_once, (3, bomb_post, port, frame)),
            ):
                log(f"{name} ...")
                results[name] = measured(server.pid, idle_kb, port, attack, *attack_args)
                log(f"  {results[name]}")
            source, answer = Path(folder) / "bomb.qadam", Path(folder) / "answer.qadam"
            empty = Path(folder) / "empty.qadam"
            empty.write_bytes(b"")
            base_mb, _ = command_peak_mb(url, empty, answer)
            source.write_bytes(bomb_bundle(url, port, frame))
            huge = Path(folder) / "huge.qadam"
            with open(huge, "wb") as handle:
                handle.write(bundle.MAGIC)
                handle.truncate(2048 * MB)
            for name, path in (("import_bundle_bomb", source),
                               ("import_bundle_huge_file", huge)):
                log(f"{name} ...")
                peak, said = command_peak_mb(url, path, answer)
                results[name] = {"answer": said, "rise_mb": round(peak - base_mb, 1),
                                 "within_goal": peak - base_mb <= GOAL_MB,
                                 "command_peak_mb": round(peak, 1)}
                log(f"  {results[name]}")
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(json.dumps({
        "server_idle_rss_mb": round(idle_kb / 1024, 1), "goal_rise_mb": GOAL_MB,
        "body_mb": body // MB, "frame_declares_mb":
            zstandard.get_frame_parameters(frame).content_size // MB, "frame_bytes": len(frame),
        "import_bundle_empty_file_peak_mb": round(base_mb, 1), "attacks": results,
        "python": sys.version.split()[0],
    }, indent=2))


if __name__ == "__main__":
    main()

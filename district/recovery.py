"""The district's side of recovery: its recovery key pair, and answering a laptop's request.

The recovery private key lives in the `district` row beside the signing and encryption keys
(as safe as this database: see docs/district-server.md on backing it up). A district created
before the key existed gets it on first use. `answer-recovery` opens the laptop's wrap with it,
seals the data key to the request's one-time key, signs the response and records the answer
in `recovery_answers` (the district's audit of recoveries); the same request answered again
gets the very same response. See docs/recovery.md.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.sync.private_files import write_private
from desktop.sync.recovery import (
    RecoveryFileError,
    RecoveryRequest,
    RecoveryResponse,
    b64,
    key_id,
    open_sealed,
    public_bytes,
    seal_for_request,
    sign_recovery_key,
    unb64,
)
from district.db import Cursor, Database
from district.enrolment import load_district
from district.errors import now_ms


class RecoveryRefused(Exception):
    """A request the administrator must not (or cannot) answer; one line to print."""


def _private_key(cur: Cursor) -> X25519PrivateKey:
    row = cur.execute("SELECT recovery_private FROM district WHERE id = 1").fetchone()
    if row is None:
        raise RecoveryRefused("initialise the district first (init-district)")
    if row["recovery_private"] is None:
        # First use on a district made before recovery existed. The WHERE makes two
        # workers racing here agree on one key: the second finds it set and reads it.
        fresh = X25519PrivateKey.generate().private_bytes_raw()
        cur.execute("UPDATE district SET recovery_private = ? WHERE id = 1 AND "
                    "recovery_private IS NULL", [b64(fresh)])
        row = cur.execute("SELECT recovery_private FROM district WHERE id = 1").fetchone()
        assert row is not None
    return X25519PrivateKey.from_private_bytes(unb64(row["recovery_private"]))


def recovery_public_key(cur: Cursor) -> bytes:
    """The raw 32-byte public key laptops wrap their data key to (made if missing)."""
    return public_bytes(_private_key(cur).public_key())


def recovery_key_fields(cur: Cursor) -> dict[str, str]:
    """`recovery_key` and its `recovery_key_signature` (by the district's signing key), as
    the last page of a pull carries them; nothing before init-district."""
    district = load_district(cur)
    if district is None:
        return {}
    raw = recovery_public_key(cur)
    return {"recovery_key": b64(raw),
            "recovery_key_signature": sign_recovery_key(district.keys.signing_key, raw)}


def export_public_key(db: Database, out: Path) -> str:
    """`recovery-key --out FILE`: the public key for `main.py init --recovery-key FILE`."""
    with db.transaction() as cur:
        raw = recovery_public_key(cur)
    try:
        out.write_bytes(raw)
    except OSError as error:
        raise RecoveryRefused(f"cannot write {out}: {error.strerror}") from None
    return b64(raw)


@dataclass(frozen=True)
class Answered:
    request: RecoveryRequest
    response: bytes
    response_id: str
    okrug: str | None
    device_name: str | None
    repeated: bool
    forced: bool


def read_request(path: Path) -> RecoveryRequest:
    try:
        with open(path, "rb") as handle:
            data = handle.read(1_000_000)
    except OSError as error:
        raise RecoveryRefused(f"cannot read {path}: {error.strerror}") from None
    try:
        return RecoveryRequest.from_bytes(data, str(path))
    except RecoveryFileError as error:
        if error.kind == "altered":
            raise RecoveryRefused("the request was changed after the laptop wrote it (its "
                                  "verification code no longer matches): ask for it again"
                                  ) from None
        raise RecoveryRefused(f"{path} is not a Qadam recovery request") from None


def _device(cur: Cursor, request: RecoveryRequest, force: bool) -> dict[str, Any] | None:
    """The enrolled device the request names: an unknown or revoked one needs --force."""
    if request.device_id is None:
        return None  # a laptop created with --recovery-key and never enrolled
    row = cur.execute("SELECT name, okrug_kato, revoked_at FROM devices WHERE id = ?",
                      [request.device_id]).fetchone()
    if row is None and not force:
        raise RecoveryRefused(f"device {request.device_id} is not enrolled here; answer only "
                              "after checking who asks (--force)")
    if row is not None and row["revoked_at"] is not None and not force:
        raise RecoveryRefused(f"device {request.device_id} is revoked (lost or retired?); "
                              "answer only after checking who asks (--force)")
    return row


def answer_request(db: Database, request: RecoveryRequest, operator: str, force: bool = False,
                   clock_ms: int | None = None) -> Answered:
    """The signed response to `request`, recorded; the recorded one if answered before."""
    if not operator.strip():
        raise RecoveryRefused("--operator must name who answers")
    now = now_ms() if clock_ms is None else clock_ms
    with db.transaction() as cur:
        district = load_district(cur)
        if district is None:
            raise RecoveryRefused("initialise the district first (init-district)")
        device = _device(cur, request, force)
        okrug = device["okrug_kato"] if device else (request.okrug or {}).get("kato")
        name = device["name"] if device else None
        before = cur.execute("SELECT response, response_id, database_id, forced FROM "
                             "recovery_answers WHERE request_id = ?",
                             [request.request_id]).fetchone()
        if before is not None:
            if before["database_id"] != request.database_id:
                raise RecoveryRefused("a different request with this id was answered before")
            return Answered(request, bytes(before["response"]), before["response_id"], okrug,
                            name, repeated=True, forced=bool(before["forced"]))
        private = _private_key(cur)
        ours = key_id(private.public_key())
        if request.wrap.key_id != ours:
            raise RecoveryRefused("this laptop's data key is wrapped to another recovery key "
                                  "(another district's): it cannot be recovered here")
        try:
            data_key = open_sealed(private, request.database_id, request.wrap, "the request")
        except RecoveryFileError:
            raise RecoveryRefused("the laptop's recovery wrap does not open (damaged, or not "
                                  "this laptop's database)") from None
        response = RecoveryResponse(
            response_id=str(uuid.uuid4()), request_id=request.request_id,
            database_id=request.database_id, device_id=request.device_id,
            answered_at=datetime.fromtimestamp(now / 1000, UTC).isoformat(
                timespec="seconds"),
            operator=operator.strip(), district={"kato": district.kato, "name": district.name},
            recovery_key_id=ours, signing_key=b64(district.keys.signing_public),
            sealed=seal_for_request(request, data_key),
        ).signed(district.keys.signing_key)
        body = response.to_bytes()
        cur.execute(
            "INSERT INTO recovery_answers (request_id, response_id, database_id, device_id, "
            "okrug_kato, username, code, operator, forced, answered_at, response) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [request.request_id, response.response_id, request.database_id,
             request.device_id, okrug, request.username, request.code, operator.strip(),
             int(force), now, body])
        cur.execute("UPDATE recovery_requests SET answered_at = ? WHERE request_id = ?",
                    [now, request.request_id])
    return Answered(request, body, response.response_id, okrug, name, repeated=False,
                    forced=force)


# -- requests sent online (district/recovery_api.py receives them) ---------------------------

# More waiting requests than this and the endpoint refuses new ones (it is not authenticated:
# a laptop that forgot its passphrase cannot sign); the administrator clears them by answering.
MAX_WAITING = 200


def receive_request(cur: Cursor, request: RecoveryRequest, now: int) -> bytes | None:
    """Keep an online request for the administrator; its response if answered already."""
    answered = response_for(cur, request.request_id)
    if answered is not None:
        return answered
    if cur.scalar("SELECT 1 FROM recovery_requests WHERE request_id = ?",
                  [request.request_id]):
        return None
    waiting = cur.scalar("SELECT COUNT(*) FROM recovery_requests WHERE answered_at IS NULL")
    if int(waiting) >= MAX_WAITING:
        raise RecoveryRefused("too many recovery requests are waiting")
    cur.execute("INSERT INTO recovery_requests (request_id, code, body, received_at) VALUES "
                "(?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING",
                [request.request_id, request.code, request.to_bytes().decode("utf-8"), now])
    return None


def response_for(cur: Cursor, request_id: str) -> bytes | None:
    row = cur.execute("SELECT response FROM recovery_answers WHERE request_id = ?",
                      [request_id]).fetchone()
    return None if row is None else bytes(row["response"])


def waiting_request(db: Database, code: str) -> RecoveryRequest:
    """The online request whose verification code the specialist read out."""
    with db.transaction() as cur:
        rows = cur.execute("SELECT body FROM recovery_requests WHERE code = ? AND "
                           "answered_at IS NULL", [_display_code(code)]).fetchall()
    if not rows:
        raise RecoveryRefused(f"no request with the code {code} is waiting on this server "
                              "(was it sent? is the code right?)")
    if len(rows) > 1:
        raise RecoveryRefused("several waiting requests have this code: answer from the file")
    return RecoveryRequest.from_bytes(rows[0]["body"].encode("utf-8"), "the server")


def waiting_requests(db: Database) -> list[RecoveryRequest]:
    with db.transaction() as cur:
        rows = cur.execute("SELECT body FROM recovery_requests WHERE answered_at IS NULL "
                           "ORDER BY received_at").fetchall()
    return [RecoveryRequest.from_bytes(r["body"].encode("utf-8"), "the server") for r in rows]


def answers(db: Database) -> list[dict[str, Any]]:
    """The recovery audit: every answered request, oldest first."""
    with db.transaction() as cur:
        return cur.execute(
            "SELECT answered_at, operator, code, device_id, okrug_kato, database_id, username, "
            "forced, response_id FROM recovery_answers ORDER BY answered_at, request_id"
        ).fetchall()


# -- the administrator's commands (wired into district.admin) -------------------------------


def add_commands(sub: Any) -> None:
    p = sub.add_parser("recovery-key",
                       help="write the district's recovery public key (for main.py init)")
    p.add_argument("--out", required=True, type=Path, help="the file to write (32 bytes)")
    p = sub.add_parser("answer-recovery",
                       help="answer a laptop's recovery request with a one-time response")
    p.add_argument("request", type=Path, nargs="?",
                   help="the request file the laptop wrote (omit for a request it sent to "
                        "this server: found by --code)")
    p.add_argument("--out", type=Path,
                   help="where to write the response (needed with a request file)")
    p.add_argument("--operator", required=True, help="who answers (kept in the audit)")
    p.add_argument("--code", help="the verification code the specialist read out (asked "
                                  "for when omitted)")
    p.add_argument("--force", action="store_true",
                   help="answer for a device that is unknown here or revoked")
    sub.add_parser("recovery-answers", help="list every answered recovery request")
    sub.add_parser("recovery-requests",
                   help="list the recovery requests sent to this server, not yet answered")


COMMANDS = ("recovery-key", "answer-recovery", "recovery-answers", "recovery-requests")


def _normal_code(text: str) -> str:
    return "".join(c for c in text.upper() if c.isalnum())


def _display_code(text: str) -> str:
    plain = _normal_code(text)
    return f"{plain[:4]}-{plain[4:]}"


def run(db: Database, args: argparse.Namespace) -> None:
    if args.command == "recovery-key":
        key = export_public_key(db, args.out)
        print(f"recovery public key {key} written to {args.out}")
    elif args.command == "answer-recovery":
        _answer_command(db, args)
    elif args.command == "recovery-requests":
        for request in waiting_requests(db):
            print(f"{request.created_at}  user {request.username}  device "
                  f"{request.device_id or '(not enrolled)'}  okrug "
                  f"{(request.okrug or {}).get('name') or '-'}  request {request.request_id}")
    elif args.command == "recovery-answers":
        for row in answers(db):
            when = datetime.fromtimestamp(row["answered_at"] / 1000, UTC)
            print(f"{when:%Y-%m-%d %H:%M UTC}  {row['code']}  by {row['operator']}  device "
                  f"{row['device_id'] or '-'}  okrug {row['okrug_kato'] or '-'}  user "
                  f"{row['username']}  database {row['database_id']}"
                  + ("  (forced)" if row["forced"] else ""))


def _answer_command(db: Database, args: argparse.Namespace) -> None:
    if args.request is not None:
        if args.out is None:
            raise RecoveryRefused("say where to write the response with --out")
        request = read_request(args.request)
    elif args.code is None:
        raise RecoveryRefused("name the request file, or give --code for a request sent to "
                              "this server")
    else:
        request = waiting_request(db, args.code)
    place = (request.okrug or {}).get("name") or "-"
    print(f"recovery request {request.request_id}: user {request.username}, device "
          f"{request.device_id or '(not enrolled)'}, okrug {place}, made {request.created_at}")
    print(f"verification code: {request.code}")
    heard = args.code
    if heard is None:
        if not sys.stdin.isatty():
            raise RecoveryRefused("say the code the specialist read out with --code")
        heard = input("The code the specialist read out: ")
    if _normal_code(heard) != _normal_code(request.code):
        raise RecoveryRefused("the code read out differs from this request's: it is not the "
                              "file from that laptop, nothing was answered")
    done = answer_request(db, request, args.operator, force=args.force)
    if args.out is None:
        print(f"response {done.response_id} is ready on this server: the laptop fetches it "
              "(it works once, on that laptop only)")
        return
    try:
        write_private(args.out, done.response)
    except OSError as error:
        raise RecoveryRefused(f"cannot write {args.out}: {error.strerror}; the answer is "
                              "recorded, run the command again to write it") from None
    if done.repeated:
        print(f"this request was answered before: the same response {done.response_id} "
              f"written again to {args.out}")
    else:
        print(f"response {done.response_id} written to {args.out}: it works once, on that "
              "laptop only")


__all__ = ["Answered", "RecoveryRefused", "add_commands", "answer_request", "answers",
           "export_public_key", "read_request", "receive_request", "recovery_key_fields",
           "recovery_public_key",
           "response_for", "run", "waiting_request", "waiting_requests"]

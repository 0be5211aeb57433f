"""`python -m district ...`: the district administrator's commands.

Refusals print one clear line and exit with code 2; nothing personal is ever printed except
what the administrator typed.
"""

from __future__ import annotations

import argparse
import logging.config
import os
import sys
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.domain.enums import Role
from desktop.sync import signing
from desktop.sync.bundle import BundleError, write_file
from desktop.sync.bundle import read_file as read_bundle_file
from district import (
    backup,
    bundles,
    enrolment,
    notice_report,
    recovery,
    serverlog,
    sync_store,
)
from district.db import DEFAULT_URL, Database, DatabaseUnavailable
from district.errors import now_ms
from district.migrations import migrate

ENV_DATABASE = "QADAM_DISTRICT_DATABASE"
ENV_API_DOCS = "QADAM_DISTRICT_API_DOCS"  # "1": serve --api-docs (read by district/asgi.py)
ROLES = tuple(role.value for role in Role)


class AdminError(Exception):
    """A refusal the administrator can act on (unknown okrug, bad KATO, ...)."""


def _kato(text: str) -> str:
    if len(text) != 9 or not text.isdigit():
        raise AdminError(f"a KATO code is 9 digits, not {text!r}")
    return text


def init_district(db: Database, kato: str, name: str) -> None:
    keys = signing.DeviceKeys.generate()
    with db.transaction() as cur:
        if cur.scalar("SELECT 1 FROM district WHERE id = 1"):
            raise AdminError("the district is already initialised (its keys never change)")
        cur.execute("INSERT INTO district (id, kato, name, signing_private, encryption_private, "
                    "created_at) VALUES (1, ?, ?, ?, ?, ?)",
                    [_kato(kato), name, signing.b64(keys.signing_private),
                     signing.b64(keys.encryption_private), now_ms()])
        recovery.recovery_public_key(cur)  # the recovery key pair, made with the district


def add_okrug(db: Database, kato: str, name: str) -> None:
    with db.transaction() as cur:
        if cur.scalar("SELECT 1 FROM okrugs WHERE kato = ?", [_kato(kato)]):
            raise AdminError(f"the okrug {kato} already exists")
        cur.execute("INSERT INTO okrugs (kato, name) VALUES (?, ?)", [kato, name])


def _known_okrug(cur: Any, kato: str) -> str:
    if not cur.scalar("SELECT 1 FROM okrugs WHERE kato = ?", [kato]):
        raise AdminError(f"unknown okrug {kato} (add it with add-okrug)")
    return kato


def add_user(db: Database, username: str, full_name: str, role: str,
             okrug: str | None) -> str:
    user_id = str(uuid.uuid4())
    with db.transaction() as cur:
        if okrug is not None:
            _known_okrug(cur, okrug)
        if cur.scalar("SELECT 1 FROM users WHERE username = ?", [username]):
            raise AdminError(f"the user name {username!r} is taken")
        cur.execute("INSERT INTO users (id, username, full_name, role, okrug_kato, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [user_id, username, full_name, role, okrug, now_ms()])
    return user_id


def enrolment_code(db: Database, okrug: str | None, hours: float) -> str:
    if hours <= 0:
        raise AdminError("--hours must be positive")
    with db.transaction() as cur:
        if not cur.scalar("SELECT 1 FROM district WHERE id = 1"):
            raise AdminError("initialise the district first (init-district)")
        if okrug is not None:
            _known_okrug(cur, okrug)
        return enrolment.issue_code(cur, okrug, now_ms(), hours)


def revoke_device(db: Database, device_id: str) -> None:
    with db.transaction() as cur:
        row = cur.execute("SELECT revoked_at FROM devices WHERE id = ?",
                          [device_id]).fetchone()
        if row is None:
            raise AdminError(f"unknown device {device_id}")
        if row["revoked_at"] is None:
            cur.execute("UPDATE devices SET revoked_at = ? WHERE id = ?", [now_ms(), device_id])


def device_report(db: Database) -> list[dict[str, Any]]:
    """One row per device: what `devices` prints."""
    out = []
    with db.transaction() as cur:
        rows = cur.execute("SELECT id, last_sync_at, clock_offset_ms FROM devices "
                           "ORDER BY enrolled_at").fetchall()
        for row in rows:
            device = sync_store.load_device(cur, row["id"])
            assert device is not None
            rejected = cur.scalar("SELECT COUNT(*) FROM receipts WHERE device_id = ? AND "
                                  "status = 'rejected'", [device.id])
            out.append({
                "id": device.id, "name": device.name, "scope": device.scope,
                "okrug": device.okrug_kato, "revoked": device.revoked_at is not None,
                "last_sync_at": row["last_sync_at"], "backlog": sync_store.backlog(cur, device),
                "rejected": int(rejected), "clock_offset_ms": row["clock_offset_ms"],
            })
    return out


def _when(ms: int | None) -> str:
    if ms is None:
        return "never"
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")


def print_devices(rows: list[dict[str, Any]]) -> None:
    header = ("id", "name", "scope", "okrug", "last sync", "backlog", "rejected",
              "clock offset")
    _print_table(header, [(
        r["id"], r["name"] + (" (revoked)" if r["revoked"] else ""), r["scope"],
        r["okrug"] or "-", _when(r["last_sync_at"]), str(r["backlog"]), str(r["rejected"]),
        "-" if r["clock_offset_ms"] is None else f"{r['clock_offset_ms'] / 1000:+.1f} s",
    ) for r in rows])


def print_duplicate_iins(db: Database, limit: int) -> None:
    """`duplicate-iins`: the same-ИИН pairs found, newest first, and who went over budget."""
    if limit < 1:
        raise AdminError("--limit must be at least 1")
    header = ("found", "by device", "its okrug", "status", "other okrug", "record",
              "other record")
    _print_table(header, [(
        _when(r["created_at"]), r["device_id"], r["device_okrug"] or "district", r["status"],
        r["asked_okrug"] or "-", r["record_id"], r["other_record_id"],
    ) for r in notice_report.notice_log(db, limit)])
    for device_id, count in notice_report.withheld_by_device(db).items():
        print(f"device {device_id}: {count} pairs withheld (over "
              f"{sync_store.NOTICES_PER_DEVICE_PER_DAY} a day: is it pushing other okrugs' ИИН?)")


def _print_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    table = [header, *rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))


def import_bundle_file(db: Database, source: str, answer_path: str) -> bundles.Imported:
    """`import-bundle`: the bundle applied (or found imported before), its answer written."""
    try:
        data = read_bundle_file(source)  # refused by size and header before it is read
    except OSError as error:
        raise AdminError(f"cannot read {source}: {error.strerror}") from None
    except BundleError as error:
        raise AdminError(f"refused: {error.text()}") from None
    try:
        done = bundles.import_bundle(db, data)
    except BundleError as error:
        raise AdminError(f"refused: {error.text()}") from None
    except bundles.NotReady as error:
        raise AdminError(str(error)) from None
    if done.repeated:
        print(f"bundle {done.bundle_id} from device {done.device_id} was imported before: "
              "nothing applied again; its first answer is written again")
    else:
        print(f"bundle {done.bundle_id} from device {done.device_id}: {done.entries} changes, "
              f"{done.accepted} accepted, {done.superseded} superseded, {done.rejected} refused")
    try:
        write_file(answer_path, done.answer)
    except OSError as error:
        # The import is committed: importing the same bundle again writes the same answer.
        raise AdminError(f"cannot write the answer to {answer_path}: {error.strerror}; the "
                         "bundle is imported, import it again to write its answer") from None
    more = " (more to send: the device should make another bundle)" if done.more else ""
    print(f"answer {done.answer_id} written to {answer_path}: {done.pages} pages{more}")
    return done


def check_database(db: Database, command: str) -> None:
    """Refuse a database that is not there before anything runs on it.

    Only init-district makes a new SQLite file: any other command on a mistyped path would
    otherwise create an empty district and carry on as if all were well. An unreachable
    PostgreSQL is one line after a few seconds, not the pool's 30 s wait and a traceback.
    """
    if command == "init-district":
        if not db.is_postgres and not db.path.parent.is_dir():
            raise AdminError(f"no folder {db.path.parent} for the district database")
    elif not db.exists():
        raise AdminError(f"no district database at {db.path}; create one with init-district")
    try:
        db.check_reachable()
    except DatabaseUnavailable as error:
        raise AdminError(str(error)) from None


def backup_database(db: Database, folder: str, keep: int | None) -> None:
    """`backup --to DIR [--keep N]`: prints the new backup's path (and what --keep removed)."""
    try:
        if keep is not None and keep < 1:
            raise backup.BackupError("--keep must be at least 1")
        made = backup.backup(db, Path(folder))
        print(made)
        if keep is not None:
            for old in backup.prune(Path(folder), keep):
                print(f"removed the old backup {old}")
    except backup.BackupError as error:
        raise AdminError(str(error)) from None


# Without --certfile the server speaks plain HTTP: only on this machine, for a TLS proxy in
# front of it (nginx, caddy). On any other address the devices' data would cross the network
# in the clear, so serve refuses (tests/integration/district/test_district_tls_only.py).
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


def check_listening(host: str, certfile: str | None, keyfile: str | None) -> None:
    if (certfile is None) != (keyfile is None):
        raise AdminError("--certfile and --keyfile go together")
    if certfile is None and host not in LOOPBACK_HOSTS:
        raise AdminError(f"plain HTTP is served on loopback only, not on {host}: give "
                         "--certfile and --keyfile, or serve on 127.0.0.1 behind a TLS proxy")


def serve(url: str, host: str, port: int, certfile: str | None, keyfile: str | None,
          workers: int, log_level: str = "info", api_docs: bool = False) -> None:
    import uvicorn

    check_listening(host, certfile, keyfile)
    for path in (certfile, keyfile):
        if path is not None and not os.access(path, os.R_OK):
            raise AdminError(f"cannot read {path}")
    config = serverlog.log_config(log_level)
    logging.config.dictConfig(config)
    serverlog.log.info("starting on %s:%d (%s), %d worker%s, log level %s", host, port,
                       "TLS" if certfile else "plain HTTP: no TLS", workers,
                       "" if workers == 1 else "s", log_level)
    # Each worker builds its own app (and connections) from the URL: no shared state.
    os.environ[ENV_DATABASE] = url
    os.environ[ENV_API_DOCS] = "1" if api_docs else "0"
    uvicorn.run("district.asgi:app", host=host, port=port, workers=workers,
                ssl_certfile=certfile, ssl_keyfile=keyfile, log_level=log_level,
                log_config=config, proxy_headers=False)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m district",
                                     description="The Qadam district server.")
    parser.add_argument("--database", default=os.environ.get(ENV_DATABASE, DEFAULT_URL),
                        help=f"sqlite:///path or postgresql://... (env {ENV_DATABASE})")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="create or upgrade the database")
    p = sub.add_parser("init-district", help="name the district and make its key pairs")
    p.add_argument("--kato", required=True)
    p.add_argument("--name", required=True)
    p = sub.add_parser("add-okrug", help="add a rural okrug")
    p.add_argument("--kato", required=True)
    p.add_argument("--name", required=True)
    p = sub.add_parser("add-user", help="add a user")
    p.add_argument("--username", required=True)
    p.add_argument("--full-name", required=True)
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--okrug", help="the okrug's KATO (omit for a district user)")
    p = sub.add_parser("enrolment-code", help="issue a one-time code to enrol a device")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--okrug", help="a village device of this okrug")
    which.add_argument("--district", action="store_true", help="a district device")
    p.add_argument("--hours", type=float, default=enrolment.DEFAULT_HOURS)
    p = sub.add_parser("revoke-device", help="refuse a lost or retired device from now on")
    p.add_argument("id")
    sub.add_parser("devices", help="list the devices and their sync state")
    p = sub.add_parser("duplicate-iins",
                       help="the same-ИИН pairs found across okrugs (both records), newest first")
    p.add_argument("--limit", type=int, default=50, help="at most this many pairs (50)")
    p = sub.add_parser("import-bundle",
                       help="import a device's USB bundle and write the answer for it")
    p.add_argument("bundle", help="the bundle file the device exported")
    p.add_argument("--answer", required=True,
                   help="where to write the return bundle (take it back to the device)")
    p = sub.add_parser("serve", help="serve the API with uvicorn")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--certfile")
    p.add_argument("--keyfile")
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--log-level", choices=serverlog.LEVELS, default="info",
                   help="info: start, enrolments, one line per push and pull, refusals")
    p.add_argument("--api-docs", action="store_true",
                   help="also serve /openapi.json, /docs and /redoc (off: the pages load "
                        "scripts from a CDN)")
    p = sub.add_parser("backup", help="a consistent copy of the database, taken while it runs")
    p.add_argument("--to", required=True, metavar="DIR",
                   help="the folder for the backup file (made if missing)")
    p.add_argument("--keep", type=int, metavar="N",
                   help="then remove all but the newest N backups in DIR")
    recovery.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    db = Database(args.database)
    try:
        if args.command == "serve":  # refused before anything is opened
            check_listening(args.host, args.certfile, args.keyfile)
        check_database(db, args.command)
        if args.command != "backup":  # a backup copies the database as it is
            migrate(db)
        if args.command == "migrate":
            print("the database is up to date")
        elif args.command == "init-district":
            init_district(db, args.kato, args.name)
            print(f"district {args.kato} initialised")
        elif args.command == "add-okrug":
            add_okrug(db, args.kato, args.name)
            print(f"okrug {args.kato} added")
        elif args.command == "add-user":
            okrug = None if args.okrug is None else _kato(args.okrug)
            print(add_user(db, args.username, args.full_name, args.role, okrug))
        elif args.command == "enrolment-code":
            okrug = None if args.district else _kato(args.okrug)
            code = enrolment_code(db, okrug, args.hours)
            whom = "a district device" if okrug is None else f"a device of okrug {okrug}"
            print(f"enrolment code for {whom}, valid {args.hours:g} h, shown only once:")
            print(code)
        elif args.command == "revoke-device":
            revoke_device(db, args.id)
            print(f"device {args.id} revoked")
        elif args.command == "devices":
            print_devices(device_report(db))
        elif args.command == "duplicate-iins":
            print_duplicate_iins(db, args.limit)
        elif args.command == "import-bundle":
            import_bundle_file(db, args.bundle, args.answer)
        elif args.command in recovery.COMMANDS:
            recovery.run(db, args)
        elif args.command == "serve":
            db.close()
            serve(args.database, args.host, args.port, args.certfile, args.keyfile,
                  args.workers, args.log_level, args.api_docs)
        elif args.command == "backup":
            backup_database(db, args.to, args.keep)
    except (AdminError, recovery.RecoveryRefused) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        db.close()
    return 0


__all__ = ["AdminError", "add_okrug", "add_user", "backup_database", "check_database",
           "device_report", "enrolment_code", "import_bundle_file", "init_district", "main",
           "revoke_device"]

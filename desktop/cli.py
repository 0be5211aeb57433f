"""Headless commands over the same services the app uses (and what the tests drive).

Passphrases never come from the command line (it shows in process lists and shell history):
they come from --passphrase-file, the QADAM_PASSPHRASE environment variable, or a prompt.
"""

from __future__ import annotations

import argparse
import errno
import getpass
import json
import logging
import os
import sys
from pathlib import Path

from desktop import __version__
from desktop.domain.enums import Role
from desktop.storage.errors import DiskFull, StorageError
from desktop.storage.filelock import (
    DEFAULT_WAIT_SECONDS,
    EXIT_DATABASE_BUSY,
    DatabaseInUse,
    DatabaseLock,
)
from desktop.storage.keys import MIN_ITERATIONS, MIN_MEMORY_KIB, KdfParams, tune_kdf
from desktop.sync.errors import SyncError

log = logging.getLogger(__name__)
PASSPHRASE_ENV = "QADAM_PASSPHRASE"
NEW_PASSPHRASE_ENV = "QADAM_NEW_PASSPHRASE"


class UsageError(Exception):
    """A mistake in how a command was called; printed without a traceback."""


def default_database() -> Path:
    if os.environ.get("QADAM_DATABASE"):
        return Path(os.environ["QADAM_DATABASE"])
    from desktop.paths import data_folder

    return data_folder() / "qadam.db"


def read_passphrase(args: argparse.Namespace, env: str = PASSPHRASE_ENV, prompt: str = "") -> str:
    file = getattr(args, "passphrase_file", None) if env == PASSPHRASE_ENV else None
    if file:
        return Path(file).read_text(encoding="utf-8").rstrip("\r\n")
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise UsageError(f"No passphrase: use --passphrase-file, set {env}, or run in a terminal.")
    return getpass.getpass(prompt or "Passphrase: ")


def kdf_from_args(args: argparse.Namespace) -> KdfParams:
    if args.kdf_memory_kib is None and args.kdf_iterations is None:
        return tune_kdf()
    params = KdfParams(
        memory_kib=args.kdf_memory_kib or MIN_MEMORY_KIB,
        iterations=args.kdf_iterations or MIN_ITERATIONS,
    )
    if params.memory_kib < MIN_MEMORY_KIB or params.iterations < MIN_ITERATIONS:
        raise UsageError(
            f"Argon2id needs at least {MIN_MEMORY_KIB} KiB and {MIN_ITERATIONS} iterations."
        )
    return params


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qadam",
        description="Qadam: Employment Programme 2020 casework for village akimats.",
    )
    parser.add_argument("--version", action="version", version=f"Qadam {__version__}")
    parser.add_argument(
        "--database", type=Path, default=None, help="the database file (default: per-user)"
    )
    parser.add_argument("--user", default=None, help="who is working (default: the only user)")
    parser.add_argument("--passphrase-file", default=None, help="read the passphrase from a file")
    parser.add_argument(
        "--wait", type=float, default=DEFAULT_WAIT_SECONDS, metavar="SECONDS",
        help="if the app has the database open, wait this long for it (default: %(default)s);"
             f" then give up with exit code {EXIT_DATABASE_BUSY}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create a database and its first (admin) user")
    init.add_argument("--full-name", required=True)
    init.add_argument("--okrug-kato", default=None, help="the rural okrug this office serves")
    init.add_argument("--recovery-key", type=Path, default=None,
                      help="the district's X25519 recovery public key (32 raw bytes)")
    init.add_argument("--kdf-memory-kib", type=int, default=None,
                      help="Argon2id memory (default: tuned to ~0.5 s on this machine)")
    init.add_argument("--kdf-iterations", type=int, default=None)

    demo = commands.add_parser("demo-data", help="add realistic demo applicants and cases")
    demo.add_argument("--applicants", type=int, default=300)
    demo.add_argument("--seed", type=int, default=2020)

    commands.add_parser("verify-audit", help="check that the audit trail is untouched")

    change = commands.add_parser(
        "change-passphrase", help=f"new passphrase from {NEW_PASSPHRASE_ENV} or a prompt"
    )
    change.add_argument("--kdf-memory-kib", type=int, default=None)
    change.add_argument("--kdf-iterations", type=int, default=None)
    change.add_argument(
        "--rekey", action="store_true",
        help="after a suspected compromise: re-encrypt under a new data key (administrator; "
             "other users' passphrases are removed)",
    )

    iin = commands.add_parser(
        "iin", help="check an ИИН: validity with the reason, birth date and sex (JSON)"
    )
    iin.add_argument("number", help="the 12-digit ИИН (spaces allowed)")

    # The programme's rules: calculations and eligibility (pure, no database needed).
    from desktop.cli_calc import add_calc_command
    from desktop.cli_eligibility import add_eligibility_command

    add_calc_command(commands)
    add_eligibility_command(commands)
    from desktop.cli_recovery import add_recovery_commands

    add_recovery_commands(commands)

    enrol = commands.add_parser(
        "enrol", help="enrol this computer with the district server (a one-time code)")
    enrol.add_argument("--server", required=True, help="the district server's URL")
    enrol.add_argument("--code", required=True, help="the code the district administrator gave")
    enrol.add_argument("--cert", type=Path, default=None,
                       help="the district server's certificate (PEM) to pin")
    enrol.add_argument("--name", default=None, help="this computer's name (default: host name)")
    enrol.add_argument("--re-enrol", action="store_true",
                       help="replace an existing enrolment (new keys)")
    commands.add_parser("sync", help="synchronise with the district server now")
    commands.add_parser("sync-status", help="what waits to be synchronised (JSON)")
    export = commands.add_parser(
        "export-bundle", help="write the changes for the district into a file (USB stick)")
    export.add_argument("path", type=Path, help="the bundle file to write")
    imported = commands.add_parser(
        "import-bundle", help="apply the district's answer bundle (from the USB stick)")
    imported.add_argument("path", type=Path, help="the answer bundle the district wrote")

    backup = commands.add_parser(
        "backup", help="write an encrypted backup of the database into a folder; prints its path")
    backup.add_argument("--to", type=Path, required=True, metavar="DIR",
                        help="the folder (a USB stick); older backups there are rotated")
    verify_backup = commands.add_parser(
        "verify-backup", help="check a backup: it decrypts, its integrity and its audit trail")
    verify_backup.add_argument("file", type=Path, help="the backup file")
    restore = commands.add_parser(
        "restore", help="replace the database with a verified backup (the old one kept beside)")
    restore.add_argument("file", type=Path, help="the backup file")

    add_user = commands.add_parser(
        "add-user", help=f"an admin adds a user; their passphrase from {NEW_PASSPHRASE_ENV}"
    )
    add_user.add_argument("--username", required=True)
    add_user.add_argument("--full-name", required=True)
    add_user.add_argument("--role", choices=[r.value for r in Role], required=True)
    add_user.add_argument("--kdf-memory-kib", type=int, default=None)
    add_user.add_argument("--kdf-iterations", type=int, default=None)
    return parser


def _only_user(path: Path, args: argparse.Namespace) -> str:
    from desktop.services.session import usernames

    if args.user:
        return args.user
    names = usernames(path)
    if len(names) != 1:
        raise UsageError("This database has several users: say which with --user.")
    return names[0]


def _hold_database(args: argparse.Namespace) -> None:
    """Take the database's lock file for the rest of the command (main releases it): never
    two writers, and never a command under the feet of the open app."""
    if getattr(args, "lock", None) is not None:
        return

    def waiting(found: dict) -> None:
        holder = "another Qadam window" if found.get("program") == "app" else (
            f"another Qadam command ({found.get('program', '?')})")
        print(f"qadam: the database is open in {holder}, process {found.get('pid', '?')};"
              f" waiting up to {args.wait:g} s…", file=sys.stderr)

    args.lock = DatabaseLock.acquire(args.database, args.command, args.wait, waiting)


def _not_the_database(path: Path) -> Path:
    """A file to read or write that is not the open database or one of its files: reading
    it beside SQLite would drop SQLite's locks, writing it would destroy it."""
    from desktop.storage.connection import belongs_to_open_database

    if belongs_to_open_database(path):
        raise UsageError(f"{path} is part of the database itself: choose another file.")
    return path


def _unlock(args: argparse.Namespace):
    from desktop.services.session import unlock

    _hold_database(args)
    path = args.database
    username = _only_user(path, args)
    return unlock(path, username, read_passphrase(args))


def cmd_init(args: argparse.Namespace) -> int:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    from desktop.services.session import create

    recovery = None
    if args.recovery_key:
        recovery = X25519PublicKey.from_public_bytes(args.recovery_key.read_bytes())
    passphrase = read_passphrase(args, prompt="New passphrase: ")
    _hold_database(args)
    prompted = sys.stdin.isatty() and not (os.environ.get(PASSPHRASE_ENV) or args.passphrase_file)
    if prompted and getpass.getpass("Repeat it: ") != passphrase:
        raise UsageError("The two passphrases differ; nothing was created.")
    store = create(
        args.database,
        args.user or "admin",
        args.full_name,
        passphrase,
        kdf_from_args(args),
        recovery_key=recovery,
        okrug_kato=args.okrug_kato,
    )
    store.close()
    print(f"Created {args.database} with administrator {args.user or 'admin'}.")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from desktop.services.demo_data import create_demo_data

    store = _unlock(args)
    try:
        def report(done: int, total: int) -> None:
            print(f"\r{done}/{total} applicants", end="", file=sys.stderr, flush=True)

        written = create_demo_data(store, args.applicants, seed=args.seed, progress=report)
        print(file=sys.stderr)
        print(f"Added {written} demo applicants.")
    finally:
        store.close()
    return 0


def cmd_verify_audit(args: argparse.Namespace) -> int:
    from desktop.storage.audit import verify

    store = _unlock(args)
    try:
        report = verify(store.db)
    finally:
        store.close()
    if report.ok:
        print(f"Audit trail intact: {report.entries} entries.")
        return 0
    print(f"Audit trail damaged ({report.entries} entries):", file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    return 1


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from desktop.services.session import change_passphrase

    _hold_database(args)
    username = _only_user(args.database, args)
    old = read_passphrase(args)
    new = read_passphrase(args, NEW_PASSPHRASE_ENV, "New passphrase: ")
    kdf = None if args.kdf_memory_kib is None and args.kdf_iterations is None else kdf_from_args(
        args
    )
    if not args.rekey:
        change_passphrase(args.database, username, old, new, kdf)
        print(f"Passphrase of {username} changed.")
        return 0
    from desktop.services.rekey import change_data_key

    result = change_data_key(args.database, username, old, new, kdf)
    print(f"Data key changed; passphrase of {username} changed. "
          f"{result.recovery_keys} district recovery key(s) re-wrapped. "
          "Older backups keep the old key and the passphrases of their day.")
    if result.removed_users:
        print("These users can no longer sign in; give them new passphrases with add-user: "
              + ", ".join(result.removed_users))
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    from desktop.services.session import add_user

    store = _unlock(args)
    try:
        admin_passphrase = read_passphrase(args)
        new = read_passphrase(args, NEW_PASSPHRASE_ENV, f"Passphrase for {args.username}: ")
        add_user(store, admin_passphrase, args.username, args.full_name, Role(args.role), new,
                 kdf_from_args(args))
    finally:
        store.close()
    print(f"Added {args.role} {args.username}.")
    return 0


def cmd_enrol(args: argparse.Namespace) -> int:
    import socket

    from desktop.services import sync

    pem = args.cert.read_text(encoding="ascii") if args.cert else None
    store = _unlock(args)
    try:
        enrolled = sync.enrol(store, args.server, args.code, args.name or socket.gethostname(),
                              pem, re_enrol=args.re_enrol)
    finally:
        store.close()
    where = enrolled.okrug_name or enrolled.district_name
    print(f"Enrolled with {args.server} as a {enrolled.scope} device ({where}).")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from desktop.services import sync

    store = _unlock(args)
    try:
        def progress(stage: str, done: int, total: int) -> None:
            print(f"\r{stage} {done}/{total or '?'}", end="", file=sys.stderr, flush=True)

        report = sync.sync_now(store, progress=progress)
        print(file=sys.stderr)
    finally:
        store.close()
    print(f"Sent {report.pushed} changes: {report.accepted} accepted, {report.superseded}"
          f" superseded, {report.rejected} refused. Received {report.pulled} ({report.applied}"
          f" fields written, {report.staged} waiting). Conflicts: {report.conflicts}, notices:"
          f" {report.notices}.")
    if report.repaired:
        print(f"Downloaded again: {', '.join(report.repaired)}.")
    if report.divergent:
        print(f"Still differing from the district: {', '.join(report.divergent)}.")
    if report.clock_warning:
        print(f"This computer's clock is {report.clock_offset_ms // 60000} minutes off the"
              " district's: set the correct time.")
    if report.cancelled:
        print("Stopped; what was done so far is kept.")
    return 1 if report.divergent else 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from desktop.services import sync

    store = _unlock(args)
    try:
        print(json.dumps(asdict(sync.status(store)), ensure_ascii=False))
    finally:
        store.close()
    return 0


def cmd_export_bundle(args: argparse.Namespace) -> int:
    from desktop.services import bundles

    store = _unlock(args)
    try:
        done = bundles.export_bundle(store, _not_the_database(args.path))
    finally:
        store.close()
    print(f"Wrote bundle {done.bundle_id} with {done.entries} changes to {args.path}"
          f" ({done.size_bytes} bytes). Take it to the district; import its answer here.")
    if done.remaining:
        print(f"{done.remaining} more changes did not fit: export again after importing the"
              " answer.")
    return 0


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from desktop.services import bundles

    store = _unlock(args)
    try:  # a refused file is a BundleError (a ValueError): main prints its reason
        report = bundles.import_return_bundle(store, _not_the_database(args.path))
    finally:
        store.close()
    if report.already_imported:
        print(f"The answer {report.bundle_id} was imported before: nothing changed.")
        return 0
    print(f"Answer {report.bundle_id}: {report.accepted} changes accepted, {report.superseded}"
          f" superseded, {report.rejected} refused. Received {report.pulled} ({report.applied}"
          f" fields written, {report.staged} waiting). Conflicts: {report.conflicts}, notices:"
          f" {report.notices}.")
    if report.skipped_pages:
        print(f"{report.skipped_pages} pages skipped: this computer already has newer data.")
    if report.more:
        print("The district has more to send: export another bundle.")
    if report.divergent:
        print(f"Still differing from the district: {', '.join(report.divergent)}"
              " (synchronise online to download them again).")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.services import backups

    store = _unlock(args)
    try:
        path = backups.back_up(store, to=args.to)
    finally:
        store.close()
    print(path)
    return 0


def _describe_backup(verified) -> str:  # noqa: ANN001 - storage.backup.VerifiedBackup
    header, counts = verified.header, verified.counts
    return (f"Backup of {header.created_at} by {header.made_by} (Qadam {header.app_version},"
            f" schema {header.schema}): {counts.get('persons', 0)} applicants,"
            f" {counts.get('households', 0)} households, {counts.get('cases', 0)} cases,"
            f" {counts.get('social_contracts', 0)} contracts, {counts.get('users', 0)} users,"
            f" {verified.audit_entries} audit entries.")


def _backup_user(args: argparse.Namespace) -> str:
    """--user, or the backup's only user (its own key file says who can open it)."""
    from desktop.storage.backup import read_header

    if args.user:
        return args.user
    names = [u.get("username") for u in read_header(args.file)[0].keyring.get("users", [])]
    if len(names) != 1:
        raise UsageError("This backup has several users: say which with --user.")
    return names[0]


def cmd_verify_backup(args: argparse.Namespace) -> int:
    from desktop.services import backups

    verified = backups.preview(args.file, _backup_user(args), read_passphrase(args))
    print(f"Backup intact. {_describe_backup(verified)}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.services import backups

    _hold_database(args)  # it replaces the database: never under the feet of the open app
    verified, result = backups.restore_file(args.file, args.database, _backup_user(args),
                                            read_passphrase(args))
    print(f"Restored {args.database}. {_describe_backup(verified)}")
    if result.replaced:
        print(f"The replaced database is kept as {result.replaced}.")
    if result.backup_before:
        print(f"It was backed up first to {result.backup_before}.")
    return 0


def cmd_iin(args: argparse.Namespace) -> int:
    """Exit status 0 whether the number is valid or not: the answer is in the JSON."""
    from desktop.domain.iin import IinError, parse_iin

    try:
        iin = parse_iin(args.number)
        answer = {"valid": True, "reason": None, "code": None,
                  "birth_date": iin.birth_date.isoformat(), "sex": iin.sex}
    except IinError as error:
        answer = {"valid": False, "reason": error.message, "code": error.code,
                  "birth_date": None, "sex": None}
    print(json.dumps(answer, ensure_ascii=False))
    return 0


COMMANDS = {
    "init": cmd_init,
    "demo-data": cmd_demo_data,
    "verify-audit": cmd_verify_audit,
    "change-passphrase": cmd_change_passphrase,
    "add-user": cmd_add_user,
    "iin": cmd_iin,
    "enrol": cmd_enrol,
    "sync": cmd_sync,
    "sync-status": cmd_sync_status,
    "export-bundle": cmd_export_bundle,
    "import-bundle": cmd_import_bundle,
    "backup": cmd_backup,
    "verify-backup": cmd_verify_backup,
    "restore": cmd_restore,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.database = args.database or default_database()
    if args.command is None:
        from desktop.app import run_gui  # Qt is imported only when the window is wanted

        return run_gui(args.database)
    from desktop.logs import setup_logging

    setup_logging(f"qadam {args.command}")
    args.lock = None
    try:
        code = _run_command(args)
    except Exception as error:  # a bug: logged without personal data, then Python prints it
        log.error("qadam %s failed unexpectedly", args.command, exc_info=error)
        raise
    finally:
        if args.lock is not None:
            args.lock.release()
    log.info("qadam %s finished: exit status %d", args.command, code)
    return code


def _refused(args: argparse.Namespace, error: BaseException, text: str, code: int = 2) -> int:
    """Print what went wrong for the person; log only its kind (no personal data)."""
    from desktop.logs import describe

    print(f"qadam: {text}", file=sys.stderr)
    log.warning("qadam %s refused: %s", args.command, describe(error))
    return code


def _run_command(args: argparse.Namespace) -> int:
    try:
        if args.command in COMMANDS:
            return COMMANDS[args.command](args)
        return args.func(args)  # commands that bring their own handler (calc, eligibility)
    except DatabaseInUse as error:
        return _refused(args, error, str(error), EXIT_DATABASE_BUSY)
    except (StorageError, UsageError, SyncError) as error:
        return _refused(args, error, str(error))
    except ValueError as error:  # IinError, KatoError, ApplicantError: input to correct
        return _refused(args, error, str(error))
    except OSError as error:  # a file we were told to read or write
        if error.errno == errno.ENOSPC:
            return _refused(args, error, DiskFull().text())
        return _refused(args, error, f"{error.filename or ''}: {error.strerror}")
    except KeyboardInterrupt:
        return 130


__all__ = ["main"]

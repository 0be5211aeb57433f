"""`recovery-request` and `recover`: a forgotten passphrase recovered through the district;
`restore-key-file`: a key file lost with its copy, brought back from a backup.

    python main.py recovery-request --out request.json     # no passphrase needed
    (the district: python -m district answer-recovery request.json --out response.json ...)
    QADAM_NEW_PASSPHRASE=... python main.py recover --response response.json
    python main.py restore-key-file --from-backup E:/qadam-backups/….qadam-backup

See docs/recovery.md.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any


def add_recovery_commands(subparsers: Any) -> None:
    request = subparsers.add_parser(
        "recovery-request",
        help="write a request for the district to recover a forgotten passphrase")
    request.add_argument("--out", type=Path,
                         help="the request file to write (take it to the district)")
    request.add_argument("--send", action="store_true",
                         help="send it to the district server this computer is enrolled with")
    request.set_defaults(func=run_request)
    recover = subparsers.add_parser(
        "recover", help="set a new passphrase with the district's recovery response "
                        "(from QADAM_NEW_PASSPHRASE or a prompt)")
    source = recover.add_mutually_exclusive_group(required=True)
    source.add_argument("--response", type=Path, help="the response file the district wrote")
    source.add_argument("--from-server", action="store_true",
                        help="fetch the answer to the request sent with --send")
    recover.set_defaults(func=run_recover)
    key_file = subparsers.add_parser(
        "restore-key-file",
        help="bring back a lost key file (and its .keys.bak) from a backup; the database "
             "stays as it is, opened with the passphrase of the backup's day")
    key_file.add_argument("--from-backup", type=Path, required=True, metavar="FILE",
                          help="a backup of this database (any age: the data key never "
                               "changes)")
    key_file.add_argument("--unchecked", action="store_true",
                          help="that passphrase is forgotten too: write the key file without "
                               "checking it, then recover through the district")
    key_file.set_defaults(func=run_restore_key_file)


def run_request(args: argparse.Namespace) -> int:
    from desktop.cli import UsageError, _only_user
    from desktop.services.recovery import make_request, send_request

    if args.out is None and not args.send:
        raise UsageError("Say where to write the request (--out FILE), or --send it.")
    made = make_request(args.database, _only_user(args.database, args), args.out)
    if made.path is not None:
        print(f"Wrote the recovery request to {made.path}.")
    if args.send:
        send_request(args.database)
        print("Sent the recovery request to the district server.")
    print(f"Verification code: {made.code}")
    print("Read this code to the district administrator by phone (and take the file to them "
          "if it was not sent); then run `recover` with their answer.")
    return 0


def run_recover(args: argparse.Namespace) -> int:
    from desktop.cli import (
        NEW_PASSPHRASE_ENV,
        UsageError,
        _hold_database,
        _only_user,
        read_passphrase,
    )
    from desktop.services.recovery import fetch_response, recover

    _hold_database(args)  # it writes the key file and the audit trail: never beside the app
    username = _only_user(args.database, args)
    response = args.response
    if args.from_server:  # before the new passphrase is asked: it may not be answered yet
        response = fetch_response(args.database)
        if response is None:
            print("The district has not answered yet; try again later.")
            return 3
    new = read_passphrase(args, NEW_PASSPHRASE_ENV, "New passphrase: ")
    if not os.environ.get(NEW_PASSPHRASE_ENV) and sys.stdin.isatty() and (
            getpass.getpass("Repeat it: ") != new):
        raise UsageError("The two passphrases differ; nothing was changed.")
    recover(args.database, username, response, new, open_store=False)
    print(f"The passphrase of {username} is reset through the district's recovery; unlock "
          "with the new one.")
    return 0


def run_restore_key_file(args: argparse.Namespace) -> int:
    from desktop.cli import UsageError, _hold_database, read_passphrase
    from desktop.services.key_file import backup_keys, check_key_file_lost, restore_key_file

    _hold_database(args)  # it writes the key file and the audit trail: never beside the app
    check_key_file_lost(args.database)  # before a passphrase is asked for nothing
    found = backup_keys(args.from_backup)
    made = f"{found.header.created:%Y-%m-%d %H:%M} UTC"
    if args.unchecked:
        restore_key_file(args.database, args.from_backup, None, None)
        print(f"Wrote the key file of the backup made {made}; it could not be checked "
              "without a passphrase. Now recover the passphrase through the district "
              "(recovery-request): its answer opens this database only if the key file is "
              "the right one.")
        return 0
    username = args.user
    if username is None:
        if len(found.usernames) != 1:
            raise UsageError("This backup has several users: say which with --user.")
        username = found.usernames[0]
    restored = restore_key_file(args.database, args.from_backup, username,
                                read_passphrase(args, prompt=f"Passphrase of {username} on "
                                                            f"{made}: "))
    print(f"Restored the key file from the backup made {made}. Unlock with the passphrase "
          "of that day (change it afterwards if you like); every record of today is there.")
    print(f"Users in it: {', '.join(restored.keyring.usernames())}.")
    return 0

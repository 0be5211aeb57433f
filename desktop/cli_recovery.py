"""`recovery-request` and `recover`: a forgotten passphrase recovered through the district.

    python main.py recovery-request --out request.json     # no passphrase needed
    (the district: python -m district answer-recovery request.json --out response.json ...)
    QADAM_NEW_PASSPHRASE=... python main.py recover --response response.json

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
    request.add_argument("--out", required=True, type=Path,
                         help="the request file to write (take it to the district)")
    request.set_defaults(func=run_request)
    recover = subparsers.add_parser(
        "recover", help="set a new passphrase with the district's recovery response "
                        "(from QADAM_NEW_PASSPHRASE or a prompt)")
    recover.add_argument("--response", required=True, type=Path,
                         help="the response file the district wrote")
    recover.set_defaults(func=run_recover)


def run_request(args: argparse.Namespace) -> int:
    from desktop.cli import _only_user
    from desktop.services.recovery import make_request

    made = make_request(args.database, _only_user(args.database, args), args.out)
    print(f"Wrote the recovery request to {made.path}.")
    print(f"Verification code: {made.code}")
    print("Take the file to the district centre and read this code to the administrator by "
          "phone; then run `recover --response FILE` with their answer.")
    return 0


def run_recover(args: argparse.Namespace) -> int:
    from desktop.cli import NEW_PASSPHRASE_ENV, UsageError, _only_user, read_passphrase
    from desktop.services.recovery import recover

    username = _only_user(args.database, args)
    new = read_passphrase(args, NEW_PASSPHRASE_ENV, "New passphrase: ")
    if not os.environ.get(NEW_PASSPHRASE_ENV) and sys.stdin.isatty() and (
            getpass.getpass("Repeat it: ") != new):
        raise UsageError("The two passphrases differ; nothing was changed.")
    store = recover(args.database, username, args.response, new)
    store.close()
    print(f"The passphrase of {username} is reset through the district's recovery; unlock "
          "with the new one.")
    return 0

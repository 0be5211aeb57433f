"""The `eligibility` command: a profile file, a direction and a date in; the verdict JSON out.

    python main.py eligibility --profile applicant.json --direction 3 --date 2013-06-01

The verdict goes to stdout with exit status 0 whatever it says. A profile that cannot be read
or is invalid, or a bad option, gives a message on stderr naming the field or the option,
nothing on stdout, and exit status 2. `desktop/cli.py` mounts it with add_eligibility_command;
`python -m desktop.cli_eligibility` runs it alone.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop.resources import RESOURCES
from desktop.rules.eligibility import (
    DIRECTIONS,
    Profile,
    ProfileError,
    check_eligibility,
    load_profile_json,
)
from desktop.rules.parameters import ParameterError, load_rules

PROG = "qadam eligibility"

_DESCRIPTION = (
    "Check whether an applicant may take part in a direction of the Employment Programme 2020 "
    "on a date, and print the verdict as JSON: status (eligible, not_eligible or "
    "needs_more_information), every rule with its decree section, exemptions, priority, the "
    "profile fields still missing, and the rules version. See docs/eligibility.md."
)


class EligibilityUsageError(Exception):
    """A bad option or profile, reported on stderr with exit status 2."""


def add_eligibility_command(subparsers: Any) -> None:
    """Add `eligibility` to a parser's subcommands (`parser.add_subparsers()`)."""
    command = subparsers.add_parser(
        "eligibility",
        help="check an applicant's eligibility for a direction on a date (JSON verdict)",
        description=_DESCRIPTION,
    )
    _add_options(command)
    command.set_defaults(func=run_eligibility)


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile", required=True, metavar="FILE.json",
        help="the applicant profile, a JSON object (fields in docs/eligibility.md); "
             "absent fields a rule needs are listed under \"missing\"",
    )
    parser.add_argument(
        "--direction", required=True, metavar="N",
        help="1 training and employment, 2 entrepreneurship, 3 labour mobility, 4 rural "
             "development, or 3-hostel for a room in a youth hostel",
    )
    parser.add_argument(
        "--date", required=True, metavar="YYYY-MM-DD",
        help="the date the rules and the applicant's age are taken on",
    )
    parser.add_argument(
        "--rules", type=Path, default=None, metavar="FOLDER",
        help="folder of rule parameter files (default: the bundled desktop/resources/rules)",
    )


def run_eligibility(args: argparse.Namespace) -> int:
    """Print the verdict for args.profile, args.direction, args.date; 0, or 2 on bad input."""
    try:
        verdict = _verdict(args)
    except EligibilityUsageError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 2
    _print_json(verdict)
    return 0


def _verdict(args: argparse.Namespace) -> dict[str, Any]:
    direction = str(args.direction).strip()
    if direction not in DIRECTIONS:
        raise EligibilityUsageError(
            f"--direction must be one of {', '.join(DIRECTIONS)}, not {args.direction!r}"
        )
    on = _date(str(args.date))
    profile = _profile(Path(args.profile))
    folder = getattr(args, "rules", None) or RESOURCES / "rules"
    try:
        rules = load_rules(Path(folder))
    except (OSError, ValueError) as error:
        raise EligibilityUsageError(f"--rules: cannot load {folder}: {error}") from None
    try:
        return check_eligibility(rules, profile, direction, on).to_json()
    except ParameterError as error:
        raise EligibilityUsageError(f"--date: {error}") from None
    except ProfileError as error:
        raise EligibilityUsageError(f"--profile {args.profile}: {error}") from None


def _date(text: str) -> date:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            pass
    raise EligibilityUsageError(f"--date must be a real date written YYYY-MM-DD, not {text!r}")


def _profile(path: Path) -> Profile:
    try:
        text = path.read_text(encoding="utf-8-sig")  # a BOM from Notepad is not an error
    except FileNotFoundError:
        raise EligibilityUsageError(f"--profile: no such file: {path}") from None
    except UnicodeDecodeError:
        raise EligibilityUsageError(f"--profile: {path} is not UTF-8 text") from None
    except OSError as error:
        raise EligibilityUsageError(
            f"--profile: cannot read {path}: {error.strerror or error}"
        ) from None
    try:
        return load_profile_json(text)
    except ProfileError as error:  # the message names the field
        raise EligibilityUsageError(f"--profile {path}: {error}") from None


def _print_json(data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    try:
        print(text)
    except UnicodeEncodeError:  # a legacy Windows console code page: escape, never crash
        print(json.dumps(data, ensure_ascii=True, indent=2))


def main(argv: list[str] | None = None) -> int:
    """Run the command alone (without the rest of the CLI), as `python -m` does."""
    parser = argparse.ArgumentParser(prog=PROG, description=_DESCRIPTION)
    _add_options(parser)
    return run_eligibility(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())

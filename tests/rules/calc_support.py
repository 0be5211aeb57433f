"""Shared by the calculation tests: the rule set, and `qadam calc` run in-process.

The in-process harness builds a parser exactly as desktop/cli.py does for its sub-commands
(`add_calc_command(subparsers)`, then `args.func(args)`), so the contract is tested without
depending on the wiring of the main parser.
"""

from __future__ import annotations

import argparse
import contextlib
import io
from dataclasses import dataclass
from functools import cache

from desktop.cli_calc import add_calc_command
from desktop.resources import RESOURCES
from desktop.rules.parameters import RuleSet, load_rules


@cache
def rules() -> RuleSet:
    return load_rules(RESOURCES / "rules")


def calc_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qadam")
    add_calc_command(parser.add_subparsers(dest="command", metavar="COMMAND"))
    return parser


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str


def run_calc(*argv: str) -> Run:
    """`qadam calc …` in this process; argparse's own exits are caught like a shell would."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            args = calc_parser().parse_args(list(argv))
            code = args.func(args)
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return Run(code, out.getvalue(), err.getvalue())


def argv_of(calculation: str, options: dict[str, object]) -> list[str]:
    argv = ["calc", calculation]
    for name, value in options.items():
        argv += [f"--{name}", str(value)]
    return argv

"""`qadam calc …`: the benefit calculations from the command line, as JSON (issue 3 contract).

Wired into desktop/cli.py through `add_calc_command(subparsers)`; `run_calc(args)` prints the
result as JSON on stdout and returns 0, or prints a message naming the option and the decree
section on stderr, nothing on stdout, and returns 2. Numbers are read as Decimal from their text.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.domain import clock
from desktop.resources import RESOURCES
from desktop.rules.asp_link import SITUATIONS, asp_link
from desktop.rules.errors import (
    MSG_NOT_A_DATE,
    MSG_NOT_A_NUMBER,
    MSG_NOT_A_WHOLE_NUMBER,
    MSG_NOT_AN_AMOUNT,
    MSG_REQUIRED,
    RuleInputError,
)
from desktop.rules.housing import LOCATIONS, housing
from desktop.rules.infrastructure import infrastructure
from desktop.rules.microcredit import METHODS, microcredit
from desktop.rules.parameters import ParameterError, RuleSet, load_rules
from desktop.rules.relocation import MOVES, relocation
from desktop.rules.result import CalculationResult
from desktop.rules.social_job import SHARE_OPTIONS, social_job
from desktop.rules.youth_practice import MRP_POLICIES, youth_practice

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_AMOUNT = re.compile(r"\d+(\.\d{1,2})?")
_NUMBER = re.compile(r"\d+(\.\d+)?")
_WHOLE = re.compile(r"-?\d+")


def _option(args: argparse.Namespace, name: str) -> str | None:
    return getattr(args, name.replace("-", "_"))


class _Reader:
    """Reads one calculation's options from argparse text, refusing with the rule's section."""

    def __init__(self, args: argparse.Namespace, calculation: str, rule: str) -> None:
        self.args, self.calculation, self.rule = args, calculation, rule

    def _text(self, name: str, required: bool) -> str | None:
        text = _option(self.args, name)
        if text is None and required:
            raise RuleInputError(MSG_REQUIRED, option=name, rule=self.rule,
                                 calculation=self.calculation)
        return text

    def date(self, name: str, required: bool = True) -> date | None:
        text = self._text(name, required)
        if text is None:
            return None
        try:
            if not _DATE.fullmatch(text.strip()):
                raise ValueError(text)
            return date.fromisoformat(text.strip())
        except ValueError:
            raise RuleInputError(MSG_NOT_A_DATE, option=name, rule=self.rule,
                                 value=text) from None

    def amount(self, name: str, required: bool = True) -> Decimal | None:
        """Tenge with at most two decimals; a minus sign is left for the rule to refuse."""
        return self._decimal(name, required, _AMOUNT, MSG_NOT_AN_AMOUNT)

    def number(self, name: str, required: bool = True) -> Decimal | None:
        return self._decimal(name, required, _NUMBER, MSG_NOT_A_NUMBER)

    def _decimal(self, name: str, required: bool, pattern: re.Pattern[str],
                 message: str) -> Decimal | None:
        text = self._text(name, required)
        if text is None:
            return None
        bare = text.strip()
        sign = bare.startswith("-")
        try:
            if not pattern.fullmatch(bare.removeprefix("-")):
                raise InvalidOperation(text)
            value = Decimal(bare.removeprefix("-"))
        except InvalidOperation:
            raise RuleInputError(message, option=name, rule=self.rule, value=text) from None
        return -value if sign else value

    def whole(self, name: str, required: bool = True) -> int | None:
        text = self._text(name, required)
        if text is None:
            return None
        if not _WHOLE.fullmatch(text.strip()):
            raise RuleInputError(MSG_NOT_A_WHOLE_NUMBER, option=name, rule=self.rule, value=text)
        return int(text.strip())

    def word(self, name: str, default: str | None = None) -> str:
        text = self._text(name, default is None)
        return (text if text is not None else default or "").strip()


def _youth_practice(rules: RuleSet, args: argparse.Namespace) -> CalculationResult:
    read = _Reader(args, "youth-practice", "§4.3.1")
    return youth_practice(rules, read.date("start"), read.word("mrp-policy", "monthly"))


def _social_job(rules: RuleSet, args: argparse.Namespace) -> CalculationResult:
    read = _Reader(args, "social-job", "§4.3.1")
    wage, start = read.amount("wage"), read.date("start")
    shares = [read.number(option, required=False) for option in SHARE_OPTIONS]
    return social_job(rules, wage, start, shares)


def _relocation(rules: RuleSet, args: argparse.Namespace) -> CalculationResult:
    read = _Reader(args, "relocation", "§4.3.3")
    return relocation(rules, read.word("move"), read.whole("members"), read.date("date"))


def _microcredit(rules: RuleSet, args: argparse.Namespace) -> CalculationResult:
    read = _Reader(args, "microcredit", "§4.3.2")
    return microcredit(
        rules,
        amount=read.amount("amount"),
        term_months=read.whole("term-months"),
        grace_months=read.whole("grace-months", required=False) or 0,
        rate=read.number("rate"),
        method=read.word("method", "annuity"),
        purpose=read.word("purpose"),
        # An issue date is needed to read the rules and label the months; today by default.
        issued=read.date("date", required=False) or clock.today(),
        max_effective_rate=read.number("max-effective-rate", required=False),
    )


def _housing(rules: RuleSet, args: argparse.Namespace) -> CalculationResult:
    read = _Reader(args, "housing", "§4.3.3")
    return housing(
        rules, read.whole("members"), read.word("location"), read.date("contract-date"),
        on=read.date("date", required=False),
        min_flat_area=read.number("min-flat-area", required=False),
    )


def _infrastructure(rules: RuleSet, args: argparse.Namespace) -> CalculationResult:
    read = _Reader(args, "infrastructure", "§4.3.2, §4.3.4")
    return infrastructure(rules, read.date("date"), cost=read.amount("cost", required=False),
                          project_cost=read.amount("project-cost", required=False))


def _asp(rules: RuleSet, args: argparse.Namespace) -> CalculationResult:
    read = _Reader(args, "asp", "§6")
    return asp_link(rules, read.word("situation"), read.date("date"))


Runner = Callable[[RuleSet, argparse.Namespace], CalculationResult]
# name → (runner, one-line help, description, options: (flag, metavar, help))
CALCULATIONS: dict[str, tuple[Runner, str, str, list[tuple[str, str, str]]]] = {
    "youth-practice": (
        _youth_practice,
        "youth practice subsidy: 17.2 МРП a month for 6 months (§4.3.1)",
        "Six monthly payments of 17.2 МРП (taxes, contributions, unused-leave compensation and "
        "bank fees included), §4.3.1.",
        [
            ("--start", "YYYY-MM-DD", "first day of the practice (required)"),
            ("--mrp-policy", "|".join(MRP_POLICIES),
             "which МРП converts each month: 'monthly' (default) the МРП in force on the day "
             "each paid month begins; 'contract' the МРП in force on the start date"),
        ],
    ),
    "social-job": (
        _social_job,
        "social job wage subsidy over 12 months (§4.3.1)",
        "Months 1–6 up to 50 % of the wage but at most 26,000; months 7–9 up to 30 % but at "
        "most 15,600; months 10–12 up to 15 % but at most 7,800 (§4.3.1). Lower shares may be "
        "agreed, higher ones are refused.",
        [
            ("--wage", "TENGE", "monthly wage in tenge, e.g. 90000 or 90000.50 (required)"),
            ("--start", "YYYY-MM-DD", "first day on the social job (required)"),
            ("--pct-1-6", "PERCENT", "agreed share of the wage for months 1–6, at most 50 "
             "(default: 50)"),
            ("--pct-7-9", "PERCENT", "agreed share of the wage for months 7–9, at most 30 "
             "(default: 30)"),
            ("--pct-10-12", "PERCENT", "agreed share of the wage for months 10–12, at most 15 "
             "(default: 15)"),
        ],
    ),
    "relocation": (
        _relocation,
        "relocation subsidy by move type and family size (§4.3.3)",
        "Head of the family 10 / 25 / 50 МРП and each family member 5 / 15 / 35 МРП for a move "
        "within a district / between districts of a region / to another region, at the МРП in "
        "force on the date (§4.3.3).",
        [
            ("--move", "|".join(MOVES), "within-district, within-region (between districts of "
             "one region) or other-region (required)"),
            ("--members", "N", "family members moving besides the head of the family, 0 or "
             "more (required)"),
            ("--date", "YYYY-MM-DD", "date of the move: the МРП in force on it is used "
             "(required)"),
        ],
    ),
    "microcredit": (
        _microcredit,
        "microcredit terms check and repayment schedule (§4.3.2)",
        "Refuses more than 3,000,000 tenge, more than 60 months, a grace period over one third "
        "of the term, and consumer, refinancing or housing purposes (§4.3.2); otherwise the "
        "monthly schedule: interest only during the grace period, then annuity or equal "
        "principal, and the effective annual rate.",
        [
            ("--amount", "TENGE", "amount of the credit in tenge, at most 3000000 (required)"),
            ("--term-months", "N", "term in months, 1 to 60 (required)"),
            ("--grace-months", "N", "grace period on the principal in months, at most one "
             "third of the term (default: 0)"),
            ("--rate", "PERCENT", "nominal annual interest rate in percent, the regional "
             "parameter agreed with the regional commission, e.g. 6 (required)"),
            ("--method", "|".join(METHODS), "repayment after the grace period: annuity "
             "(default) or equal-principal"),
            ("--purpose", "start|expand|working-capital", "what the credit is for: start or "
             "expand a business, or working capital; consumer, refinancing and housing are "
             "refused (required)"),
            ("--date", "YYYY-MM-DD", "issue date; the first payment falls in the next month "
             "(default: today)"),
            ("--max-effective-rate", "PERCENT", "the region's maximum effective annual rate; "
             "a --rate whose effective rate exceeds it is refused (optional)"),
        ],
    ),
    "housing": (
        _housing,
        "service housing limits: area, price per m² and budget cost (§4.3.3)",
        "Area at most 18 m² per family member and 100 m² per family, not below a one-room "
        "flat; the republican budget pays at most 80,000 tenge per m² in the regions and "
        "120,000 in Astana and Almaty, except for construction contracts before 2013-01-01 "
        "(§4.3.3); pilot employers co-finance at least 10 % (§4.3.3.1).",
        [
            ("--members", "N", "people in the family, the head included, 1 or more (required)"),
            ("--location", "|".join(LOCATIONS), "where the housing is: region, astana or "
             "almaty (required)"),
            ("--contract-date", "YYYY-MM-DD", "date of the dwelling's construction contract "
             "(required)"),
            ("--date", "YYYY-MM-DD", "date the limits are read, e.g. the allocation (default: "
             "the contract date, or 2013-01-01 for older contracts)"),
            ("--min-flat-area", "M2", "area of the smallest dwelling available (one-room flat "
             "or family-hostel room) in m²; the decree gives no figure (default: the rules' "
             "assumed 28)"),
        ],
    ),
    "infrastructure": (
        _infrastructure,
        "infrastructure cap per participant and direction-4 co-financing (§4.3.2, §4.3.4)",
        "--cost: engineering infrastructure for one participant's business, at most 3,000,000 "
        "tenge without design and state expertise (§4.3.2). --project-cost: a rural "
        "infrastructure project of direction 4, co-financed from 2014 by local executive bodies "
        "(at least 10 %) and socially responsible entrepreneurs (at least 10 %) (§4.3.4).",
        [
            ("--cost", "TENGE", "cost of the infrastructure for one participant, design and "
             "expertise excluded (this or --project-cost is required)"),
            ("--project-cost", "TENGE", "cost of a direction-4 infrastructure project: gives "
             "the minimum local and entrepreneur shares"),
            ("--date", "YYYY-MM-DD", "date of the decision or project (required)"),
        ],
    ),
    "asp": (
        _asp,
        "is the person's targeted social assistance (АСП) suspended? (§6)",
        "From 2012 working-age members of low-income families receive АСП only if they take "
        "part in the programme; on refusal or non-fulfilment of the social contract the payment "
        "to that person is suspended and the family keeps its right (§6).",
        [
            ("--situation", "|".join(SITUATIONS), "the person's situation (required)"),
            ("--date", "YYYY-MM-DD", "date of the decision (required)"),
        ],
    ),
}


def add_calc_command(subparsers: Any) -> None:
    """Add `calc` and one sub-command per calculation to the main parser's sub-commands."""
    calc = subparsers.add_parser(
        "calc", help="benefit calculations as JSON (youth-practice, social-job, …)",
        description="Benefit calculations of the Employment Programme 2020, printed as JSON. "
                    "Exit status 0, or 2 with a message on stderr for bad input.",
    )
    calc.set_defaults(func=run_calc, calculation=None)
    calculations = calc.add_subparsers(dest="calculation", metavar="CALCULATION")
    for name, (_, summary, description, options) in CALCULATIONS.items():
        sub = calculations.add_parser(name, help=summary, description=description)
        for flag, metavar, text in options:
            # Every value is read as text and checked by the rules, so a mistake names the rule.
            sub.add_argument(flag, metavar=metavar, default=None, help=text)


def run_calc(args: argparse.Namespace) -> int:
    name = args.calculation
    if name not in CALCULATIONS:
        print("qadam calc: say which calculation: " + ", ".join(CALCULATIONS)
              + " (see qadam calc --help).", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        rules = load_rules(RESOURCES / "rules")
    except (OSError, ValueError) as error:
        print(f"qadam calc: the rule parameters cannot be read: {error}", file=sys.stderr)
        return EXIT_FAILED
    try:
        result = CALCULATIONS[name][0](rules, args)
    except RuleInputError as error:
        print(f"qadam calc {name}: {error.text()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ParameterError as error:  # a parameter missing from the files: an install fault
        print(f"qadam calc {name}: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(result.to_json())
    return EXIT_OK


__all__ = ["CALCULATIONS", "add_calc_command", "run_calc"]

"""Every template the rules can write, found two ways: read from the source, and produced.

`static_templates` reads desktop/rules/** with `ast`: the literal templates of Text(...),
Text.of(...), the facts' yes/no/unknown/flag and Reason.of/Note. `produced_templates` runs every
hand-worked case of tests/rules (calculations and eligibility) and collects what comes out.
What is produced must have been found statically, so the translation check (over the static
set) covers every text a person can meet.
"""

from __future__ import annotations

import ast
import shutil
import tempfile
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from desktop.cli_calc import CALCULATIONS
from desktop.resources import RESOURCES
from desktop.rules.eligibility import check_eligibility, parse_profile
from desktop.rules.eligibility.verdict import Verdict
from desktop.rules.errors import RuleInputError
from desktop.rules.parameters import load_rules
from desktop.rules.text import Text, fields, ref_text, templates

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "desktop" / "rules"
HERE = Path(__file__).parent
# Callee name → the positions of its arguments that are texts.
TEXT_ARGUMENTS = {"Text": (0,), "of": (0,), "yes": (0,), "no": (0,), "unknown": (0,),
                  "flag": (2, 3), "Note": (1,)}
REASON_OF = (1,)  # Reason.of(code, rule, ref, fact)


def _strings(node: ast.AST) -> tuple[list[str], list[ast.AST]]:
    """Literal strings of an argument (through `a if c else b`); f-strings are returned apart."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value], []
    if isinstance(node, ast.IfExp):
        body, bad_body = _strings(node.body)
        other, bad_other = _strings(node.orelse)
        return body + other, bad_body + bad_other
    if isinstance(node, ast.JoinedStr):
        return [], [node]
    return [], []


@cache
def static_scan() -> tuple[frozenset[str], tuple[str, ...]]:
    """(templates, f-strings passed where a template belongs, as "file:line")."""
    found: set[str] = set()
    formatted: list[str] = []
    for path in sorted(RULES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(
                func.value, ast.Name) else None
            if name == "of" and owner == "Reason":
                positions = REASON_OF
            elif name == "of" and owner != "Text":
                continue
            else:
                positions = TEXT_ARGUMENTS.get(name, ())
            for position in positions:
                if position < len(node.args):
                    strings, bad = _strings(node.args[position])
                    found.update(strings)
                    formatted += [f"{path.relative_to(ROOT)}:{b.lineno}" for b in bad]
    return frozenset(found), tuple(formatted)


def static_templates() -> frozenset[str]:
    return static_scan()[0]


def _json_ready(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _json_ready(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_ready(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def calculation_texts() -> list[Text]:
    """Every breakdown line (and its ref) of every hand-worked calculation case."""
    from tests.rules.calc_support import argv_of, calc_parser

    rules = load_rules(RESOURCES / "rules")
    texts: list[Text] = []
    cases = yaml.safe_load((HERE / "calculation_cases.yaml").read_text(encoding="utf-8"))
    for case in cases:
        args = calc_parser().parse_args(argv_of(case["calc"], case["args"]))
        try:
            result = CALCULATIONS[args.calculation][0](rules, args)
        except RuleInputError:
            continue
        texts += [t for line in result.breakdown for t in (line.message, ref_text(line.ref))]
    return texts


def verdicts() -> list[Verdict]:
    """The verdict of every hand-worked eligibility case (the youth hostel's included)."""
    data = yaml.safe_load((HERE / "eligibility_cases.yaml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(RESOURCES / "rules" / "eligibility.yaml", folder)
        rules = load_rules(Path(folder))
    found = []
    for case in data["cases"]:
        profile = parse_profile(_json_ready(case["profile"]))
        verdict = check_eligibility(rules, profile, str(case["direction"]),
                                    case.get("date", data["date"]))
        found += [verdict] + ([verdict.youth_hostel] if verdict.youth_hostel else [])
    return found


def eligibility_texts() -> list[Text]:
    texts: list[Text] = []
    for verdict in verdicts():
        for item in (*verdict.reasons, *verdict.exemptions, *verdict.priority, *verdict.notes):
            texts += [item.message, ref_text(item.ref)]
    return texts


def produced_templates() -> set[str]:
    return set().union(*(templates(t) for t in calculation_texts() + eligibility_texts()))


def produced_fields() -> set[str]:
    named = set().union(*(fields(t) for t in eligibility_texts()))
    return named | {f for v in verdicts() for f in v.missing}

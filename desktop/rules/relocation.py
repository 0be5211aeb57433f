"""Relocation subsidy (субсидия на переезд) by move type and family size, §4.3.3."""

from __future__ import annotations

from datetime import date

from desktop.rules.errors import MSG_NEGATIVE, MSG_NOT_ONE_OF, RuleInputError
from desktop.rules.lookup import decimal_on
from desktop.rules.money import money_text, number_text, plain, to_tiyn
from desktop.rules.months import month_label
from desktop.rules.parameters import RuleSet
from desktop.rules.result import BreakdownLine, CalculationResult, ScheduleRow

CALCULATION = "relocation"
REF = "§4.3.3"
# Move type (the option's spelling) → the parameter suffix and the decree's wording in English.
MOVES = {
    "within-district": ("within_district", "within one district"),
    "within-region": ("within_region",
                      "from one district (town of regional significance) to another in one region"),
    "other-region": ("other_region", "to another region"),
}


def relocation(rules: RuleSet, move: str, members: int, on: date) -> CalculationResult:
    """`members`: family members moving besides the head of the family."""
    if move not in MOVES:
        raise RuleInputError(MSG_NOT_ONE_OF, option="move", rule=REF,
                             choices=", ".join(MOVES), value=move)
    if members < 0:
        raise RuleInputError(MSG_NEGATIVE, option="members", rule=REF, value=members)
    suffix, wording = MOVES[move]
    head_multiple = decimal_on(rules, f"relocation_head_mrp_{suffix}", on, "date")
    member_multiple = decimal_on(rules, f"relocation_member_mrp_{suffix}", on, "date")
    mrp = decimal_on(rules, "mrp", on, "date")

    head = to_tiyn(head_multiple * mrp)
    family = to_tiyn(members * member_multiple * mrp)
    total = head + family
    breakdown = [
        BreakdownLine(
            f"Move {wording}; МРП in force on {on.isoformat()}: {number_text(mrp)}.",
            REF, {"move": move, "mrp": mrp, "date": on},
        ),
        BreakdownLine(
            f"Head of the family: {plain(head_multiple)} МРП × {number_text(mrp)} "
            f"= {money_text(head)}.",
            REF, {"mrp_multiple": head_multiple, "mrp": mrp},
        ),
        BreakdownLine(
            f"Family members: {members} × {plain(member_multiple)} МРП × {number_text(mrp)} "
            f"= {money_text(family)}.",
            REF, {"members": members, "mrp_multiple": member_multiple, "mrp": mrp},
        ),
        BreakdownLine(
            f"Relocation subsidy (reimbursement of moving costs): {money_text(total)}.",
            REF, {},
        ),
    ]
    return CalculationResult(
        CALCULATION, total, [ScheduleRow(month_label(on), total)], breakdown, rules.version,
        extra={"move": move, "members": members, "date": on},
    )


"""Relocation subsidy (субсидия на переезд) by move type and family size, §4.3.3."""

from __future__ import annotations

from datetime import date

from desktop.rules.errors import MSG_NEGATIVE, MSG_NOT_ONE_OF, RuleInputError
from desktop.rules.lookup import decimal_on
from desktop.rules.money import to_tiyn
from desktop.rules.months import month_label
from desktop.rules.parameters import RuleSet
from desktop.rules.result import BreakdownLine, CalculationResult, ScheduleRow
from desktop.rules.text import Number, Tenge, Text

CALCULATION = "relocation"
REF = "§4.3.3"
# Move type (the option's spelling) → the parameter suffix and the decree's wording in English.
MOVES = {
    "within-district": ("within_district", Text.of("within one district")),
    "within-region": ("within_region", Text.of(
        "from one district (town of regional significance) to another in one region")),
    "other-region": ("other_region", Text.of("to another region")),
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
            Text.of("Move {move}; МРП in force on {date}: {mrp}.", move=wording, date=on,
                    mrp=Number(mrp)),
            REF, {"move": move, "mrp": mrp, "date": on},
        ),
        BreakdownLine(
            Text.of("Head of the family: {multiple} МРП × {mrp} = {amount}.",
                    multiple=head_multiple, mrp=Number(mrp), amount=Tenge(head)),
            REF, {"mrp_multiple": head_multiple, "mrp": mrp},
        ),
        BreakdownLine(
            Text.of("Family members: {members} × {multiple} МРП × {mrp} = {amount}.",
                    members=members, multiple=member_multiple, mrp=Number(mrp),
                    amount=Tenge(family)),
            REF, {"members": members, "mrp_multiple": member_multiple, "mrp": mrp},
        ),
        BreakdownLine(
            Text.of("Relocation subsidy (reimbursement of moving costs): {total}.",
                    total=Tenge(total)),
            REF, {},
        ),
    ]
    return CalculationResult(
        CALCULATION, total, [ScheduleRow(month_label(on), total)], breakdown, rules.version,
        extra={"move": move, "members": members, "date": on},
    )


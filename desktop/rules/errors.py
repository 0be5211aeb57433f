"""Input the rules refuse: a readable, translatable message naming the option and the rule.

Each message is an English translation source with {placeholders}; `{option}` and `{rule}` are
always available, and a parameter whose name ends in `option` names another option. Options are
named as the headless command spells them without the dashes (`term-months`): the command line
shows `--term-months`, the UI may show its own label.
"""

from __future__ import annotations

MSG_REQUIRED = "{option} is required for the {calculation} calculation ({rule})."
MSG_NEED_ONE_OF = "Give {option} or {other_option} for the {calculation} calculation ({rule})."
MSG_NOT_A_DATE = "{option} must be a date written YYYY-MM-DD, not \"{value}\" ({rule})."
MSG_NOT_AN_AMOUNT = (
    "{option} must be an amount in tenge with at most two decimals, for example 90000 or "
    "90000.50, not \"{value}\" ({rule})."
)
MSG_NOT_A_NUMBER = "{option} must be a number, for example 6 or 6.5, not \"{value}\" ({rule})."
MSG_NOT_A_WHOLE_NUMBER = "{option} must be a whole number, not \"{value}\" ({rule})."
MSG_NOT_ONE_OF = "{option} must be one of {choices}, not \"{value}\" ({rule})."
MSG_NOT_POSITIVE = "{option} must be more than zero, not {value} ({rule})."
MSG_NEGATIVE = "{option} cannot be negative: {value} ({rule})."
MSG_TOO_SMALL = "{option} must be at least {minimum}, not {value} ({rule})."
MSG_TOO_EARLY = (
    "{option} {value} is before {first}, the first date from which the rules know "
    "{parameter} ({rule})."
)
MSG_SHARE_ABOVE_MAXIMUM = (
    "{option} {value} % is above the legal maximum of {maximum} % for months {months} of a "
    "social job: the subsidy is up to that share of the wage ({rule})."
)
MSG_AMOUNT_ABOVE_MAXIMUM = (
    "{option} {value} is above the largest microcredit, {maximum} tenge ({rule})."
)
MSG_TERM_ABOVE_MAXIMUM = (
    "{option} {value} months is longer than the longest microcredit term, {maximum} months "
    "({rule})."
)
MSG_GRACE_ABOVE_MAXIMUM = (
    "{option} {value} months is longer than one third of the {term}-month term: the grace "
    "period on the principal may last at most {maximum} months ({rule})."
)
MSG_PURPOSE_FORBIDDEN = (
    "{option} \"{value}\": a microcredit is not given for consumer needs, repaying earlier loans "
    "or buying residential property; allowed purposes: {allowed} ({rule})."
)
MSG_PURPOSE_UNKNOWN = (
    "{option} \"{value}\" is not a purpose the programme knows; allowed purposes: {allowed} "
    "({rule})."
)
MSG_RATE_ABOVE_REGIONAL_MAXIMUM = (
    "{option} {value} % gives an effective annual rate of {effective} %, above the regional "
    "maximum of {maximum} % set with the regional commission ({rule})."
)


class RuleInputError(ValueError):
    """An input a calculation refuses; `message` is the translation source, `params` its values."""

    def __init__(self, message: str, *, option: str, rule: str, **params: object) -> None:
        self.message, self.option, self.rule = message, option, rule
        # `params` fills every placeholder, the option and the rule included, so any
        # interface (the CLI, the UI's translator) can format the message the same way.
        self.params: dict[str, object] = {"option": option, "rule": rule, **params}
        super().__init__(self.text())

    def text(self, option_prefix: str = "--") -> str:
        """The message in English, the option spelled as the caller's interface spells it."""
        params = {k: option_prefix + str(v) if k.endswith("option") else v
                  for k, v in self.params.items()}
        return self.message.format(**params)

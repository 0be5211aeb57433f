"""The shape of every input error a person must correct (a mistyped ИИН, a bad КАТО code…).

`message` is a fixed English source string (the UI translates it, context "Errors"), `params`
fill its {placeholders}, and `code` says which rule failed, for programs and tests.
"""

from __future__ import annotations


class CodedInputError(ValueError):
    def __init__(self, code: str, message: str, params: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params: dict[str, object] = dict(params or {})

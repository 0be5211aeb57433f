"""The server's refusals: a code the client translates, English text for the log, the time."""

from __future__ import annotations

import time

from pydantic import BaseModel


def now_ms() -> int:
    return time.time_ns() // 1_000_000


class ApiError(Exception):
    """A refusal with an HTTP status and a protocol error code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class ErrorBody(BaseModel):
    error: str
    message: str
    server_time_ms: int


def error_body(code: str, message: str) -> dict[str, object]:
    return {"error": code, "message": message, "server_time_ms": now_ms()}


__all__ = ["ApiError", "ErrorBody", "error_body", "now_ms"]

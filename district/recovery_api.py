"""Recovery online: a laptop posts its request and polls; the administrator answers on the CLI.

    POST /v1/recovery          the request document (as the file holds it) -> 202 waiting,
                               or 200 with the response if it was answered already
    GET  /v1/recovery/{id}     202 waiting, 200 with the response, 404 unknown

Neither is signed: a laptop whose passphrase is forgotten cannot open its device keys. That
is safe because the request is only a question (the administrator answers it after the phone
call, `answer-recovery --code`), and the response opens only with the one-time key that never
left the laptop. The number of waiting requests is capped (district.recovery.MAX_WAITING).
See docs/recovery.md.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import FastAPI, Path, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from desktop.sync import signing
from desktop.sync.recovery import RecoveryFileError, RecoveryRequest
from district import recovery
from district.auth import check_protocol, read_body
from district.db import Database
from district.errors import ApiError, ErrorBody, now_ms


class RecoveryStatus(BaseModel):
    request_id: str
    status: Literal["waiting", "answered"]
    response: dict[str, Any] | None = Field(
        default=None, description="the district's signed response, as the response file holds "
        "it (only when answered)")


_ERRORS: dict[int | str, dict[str, Any]] = {
    200: {"model": RecoveryStatus, "description": "answered: the response is in the body"},
    202: {"model": RecoveryStatus, "description": "waiting for the administrator"},
    400: {"model": ErrorBody, "description": "not a recovery request, or one changed after "
                                            "the laptop wrote it ('invalid')"},
    413: {"model": ErrorBody, "description": "body too large"},
    426: {"model": ErrorBody, "description": "protocol version not spoken by this server"},
    429: {"model": ErrorBody, "description": "too many requests are waiting ('busy')"},
}


def _status(request_id: str, response: bytes | None) -> tuple[dict[str, Any], int]:
    import json

    if response is None:
        return {"request_id": request_id, "status": "waiting", "response": None}, 202
    return {"request_id": request_id, "status": "answered",
            "response": json.loads(response.decode("utf-8"))}, 200


def add_recovery_routes(app: FastAPI, db: Database) -> None:
    from district.app import _decode, respond  # the app module calls this function

    @app.post("/v1/recovery", response_model=RecoveryStatus, status_code=202,
              responses=_ERRORS)
    async def post_request(request: Request) -> Response:
        if signing.HEADER_PROTOCOL.lower() in request.headers:
            check_protocol(request)
        data = _decode(request, await read_body(request))
        try:
            parsed = RecoveryRequest.from_document(data, "the request")
        except RecoveryFileError as error:
            raise ApiError(400, "invalid", "the request was changed after the laptop wrote "
                           "it (its code does not match)" if error.kind == "altered"
                           else "not a recovery request") from None

        def run() -> bytes | None:
            with db.transaction() as cur:
                try:
                    return recovery.receive_request(cur, parsed, now_ms())
                except recovery.RecoveryRefused as error:
                    raise ApiError(429, "busy", str(error)) from None

        body, status = _status(parsed.request_id, await run_in_threadpool(run))
        return respond(request, body, status)

    @app.get("/v1/recovery/{request_id}", response_model=RecoveryStatus, responses={
        **{k: v for k, v in _ERRORS.items() if k in (200, 202)},
        400: {"model": ErrorBody, "description": "a malformed id ('invalid')"},
        404: {"model": ErrorBody, "description": "no such request ('unknown_request')"}})
    def get_status(request: Request,
                   request_id: Annotated[str, Path(min_length=1, max_length=200)]) -> Response:
        with db.transaction() as cur:
            response = recovery.response_for(cur, request_id)
            known = response is not None or cur.scalar(
                "SELECT 1 FROM recovery_requests WHERE request_id = ?", [request_id])
        if not known:
            raise ApiError(404, "unknown_request", "no such recovery request")
        body, status = _status(request_id, response)
        return respond(request, body, status)


__all__ = ["RecoveryStatus", "add_recovery_routes"]

"""The district server's ASGI app: enrolment, push and pull (docs/sync-protocol.md).

Stateless: everything (nonces, cursors, receipts) lives in the database, so several uvicorn
workers can serve one database. Route handlers are plain functions: FastAPI runs them on its
thread pool, where the blocking database calls belong.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop.sync import signing, wire
from district import enrolment, serverlog, sync_store
from district.auth import SignedRequest, check_protocol, read_body, signed_request
from district.db import Database
from district.errors import ApiError, ErrorBody, error_body, now_ms
from district.migrations import migrate
from district.models import (
    EnrolRequest,
    EnrolResponse,
    Health,
    PullResponse,
    PushRequest,
    PushResponse,
)
from district.recovery import recovery_key_fields

log = logging.getLogger(f"{serverlog.LOGGER}.app")

_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text} for status, text in (
        (400, "malformed request (error 'invalid')"),
        (401, "unknown_device, revoked, bad_signature, stale_time or replayed"),
        (413, "body too large"),
        (426, "protocol version not spoken by this server"),
    )
}
_ENROL_ERRORS: dict[int | str, dict[str, Any]] = {
    **{k: v for k, v in _ERRORS.items() if k != 401},
    403: {"model": ErrorBody, "description": "invalid_code, code_used or code_expired"},
    409: {"model": ErrorBody, "description": "already_enrolled"},
    503: {"model": ErrorBody, "description": "the district is not initialised"},
}


class ServerTime:
    """Every response carries X-Qadam-Server-Time, refusals and 404s included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((signing.HEADER_SERVER_TIME.lower().encode(),
                                str(now_ms()).encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, stamped)


def _wants_zstd(request: Request) -> bool:
    return wire.CONTENT_ENCODING in request.headers.get("accept-encoding", "").lower()


def respond(request: Request, payload: dict[str, Any], status: int = 200) -> Response:
    """JSON, compressed with zstd when the client accepts it (a 2G link)."""
    if _wants_zstd(request):
        return Response(wire.encode_body(payload), status_code=status,
                        media_type="application/json",
                        headers={"Content-Encoding": wire.CONTENT_ENCODING})
    return JSONResponse(payload, status_code=status)


def _decode(request: Request, body: bytes) -> Any:
    encoding = request.headers.get("content-encoding", "").strip().lower() or None
    if encoding not in (None, wire.CONTENT_ENCODING, "identity"):
        raise ApiError(400, "invalid", f"unsupported Content-Encoding {encoding!r}")
    try:
        return wire.decode_body(body, wire.CONTENT_ENCODING if encoding == "zstd" else None)
    except wire.WireError as error:
        raise ApiError(400, "invalid", str(error)) from None


def _json_schema_body(model: type) -> dict[str, Any]:
    """The request body in the OpenAPI document (the route reads the raw bytes itself)."""
    return {"requestBody": {"required": True, "content": {
        "application/json": {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}}}}}


def _okrug(device: sync_store.DeviceRow) -> str:
    return f"okrug {device.okrug_kato}" if device.okrug_kato else "district"


def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"


def create_app(database_url: str, api_docs: bool = False) -> FastAPI:
    db = Database(database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        applied = migrate(db)
        log.info("serving the district database: engine %s, %s%s", db.engine, db.where(),
                 f" (migrations applied: {', '.join(applied)})" if applied else "")
        yield
        db.close()
        log.info("stopped")

    # The API's documents are off unless `serve --api-docs`: /docs and /redoc load their
    # scripts from a CDN, and a stranger needs no map of the API. app.openapi() still builds
    # the document (the fuzz tests take it from there).
    docs = {} if api_docs else {"openapi_url": None, "docs_url": None, "redoc_url": None}
    app = FastAPI(title="Qadam district server", version=str(wire.PROTOCOL_VERSION),
                  lifespan=lifespan, separate_input_output_schemas=False, **docs,
                  description="Sync protocol v1: see docs/sync-protocol.md. Every route but "
                              "health and enrol needs the X-Qadam-* signature headers.")
    app.state.db = db
    app.add_middleware(ServerTime)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> Response:
        # The device id as the request claims it (unverified when the signature is refused);
        # an enrolment names none.
        claimed = request.headers.get(signing.HEADER_DEVICE)
        log.info("refused %s %s%s: %d %s", request.method, request.url.path,
                 "" if claimed is None else f" from device {serverlog.device_label(claimed)}",
                 error.status, error.code)
        return respond(request, error_body(error.code, error.message), error.status)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        return respond(request, error_body("invalid", "the request is malformed"), 400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        codes = {404: "not_found", 405: "method_not_allowed"}
        return respond(request, error_body(codes.get(error.status_code, "invalid"),
                                           str(error.detail)), error.status_code)

    @app.exception_handler(ClientDisconnect)
    async def went_away(request: Request, error: ClientDisconnect) -> Response:
        # A link dying mid-upload is routine on 2G: one line (no body: personal data).
        log.info("the client went away during %s %s", request.method, request.url.path)
        return Response(status_code=400)  # nobody is left to read it

    @app.exception_handler(Exception)
    async def crashed(request: Request, error: Exception) -> Response:
        log.exception("request failed")  # the traceback names no field values
        return respond(request, error_body("internal", "the server failed"), 500)

    @app.get("/v1/health", response_model=Health)
    def health() -> dict[str, Any]:
        return {"status": "ok", "protocol": wire.PROTOCOL_VERSION}

    @app.post("/v1/enrol", response_model=EnrolResponse, responses=_ENROL_ERRORS,
              openapi_extra=_json_schema_body(EnrolRequest))
    async def enrol(request: Request) -> Response:
        if signing.HEADER_PROTOCOL.lower() in request.headers:
            check_protocol(request)
        data = _decode(request, await read_body(request))
        try:
            body = EnrolRequest.model_validate(data)
            signing_key = signing.unb64(body.signing_key)
            encryption_key = signing.unb64(body.encryption_key)
        except (ValidationError, ValueError):
            raise ApiError(400, "invalid", "the enrolment request is malformed") from None
        if "\x00" in body.device_id + body.name + body.code:
            raise ApiError(400, "invalid", "a text holds a NUL character")
        if len(signing_key) != 32 or len(encryption_key) != 32:
            raise ApiError(400, "invalid", "a key is not 32 bytes")

        def run() -> dict[str, Any]:
            with db.transaction() as cur:
                return enrolment.redeem(cur, code=body.code, device_id=body.device_id,
                                        name=body.name, signing_key=signing_key,
                                        encryption_key=encryption_key, now_ms=now_ms())

        answer = await run_in_threadpool(run)
        # Not the device's name: it often names the person using it.
        okrug = answer["okrug"]
        again = "re-enrolled (was revoked)" if answer.pop("re_enrolled") else "enrolled"
        log.info("%s device %s (%s%s)", again, serverlog.device_label(body.device_id),
                 answer["scope"], f", okrug {okrug['kato']}" if okrug else "")
        answer["server_time_ms"] = now_ms()
        return respond(request, answer)

    @app.post("/v1/push", response_model=PushResponse, responses=_ERRORS,
              openapi_extra=_json_schema_body(PushRequest))
    def push(request: Request,
             signed: Annotated[SignedRequest, Depends(signed_request)]) -> Response:
        data = _decode(request, signed.body)
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            raise ApiError(400, "invalid", "a push body is {protocol, entries}")
        if data.get("protocol") != signed.protocol:
            raise ApiError(400, "invalid", "the body's protocol differs from the header's")
        if len(data["entries"]) > wire.PUSH_BATCH_ENTRIES:
            raise ApiError(400, "invalid", f"at most {wire.PUSH_BATCH_ENTRIES} entries")
        try:
            entries = [wire.Entry.from_json(item) for item in data["entries"]]
        except wire.WireError as error:
            raise ApiError(400, "invalid", str(error)) from None
        started, now = time.perf_counter(), now_ms()
        with db.transaction() as cur:
            if sync_store.over_quota(cur, signed.device.id):
                log.warning("refused a push from device %s: its stored data is over the "
                            "quota", signed.device.id)
                raise ApiError(413, "quota", "this device's stored data is over its quota")
            results = sync_store.apply_push(cur, signed.device, entries, now)
            sync_store.record_contact(cur, signed.device.id, now_ms=now,
                                      client_time_ms=signed.client_time_ms,
                                      protocol=signed.protocol)
        counts = Counter(result["status"] for result in results)
        log.info("push from device %s (%s): %s, %s in %s", signed.device.id,
                 _okrug(signed.device), _entries(len(entries)),
                 ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "none",
                 serverlog.seconds_since(started))
        return respond(request, {"results": results, "server_time_ms": now_ms()})

    @app.get("/v1/pull", response_model=PullResponse, responses=_ERRORS)
    def pull(request: Request,
             signed: Annotated[SignedRequest, Depends(signed_request)],
             after: Annotated[int, Query(ge=0, le=2**62)] = 0,
             limit: Annotated[int, Query(ge=1, le=wire.PULL_PAGE_FIELDS)] = (
                 wire.PULL_PAGE_FIELDS),
             table: Annotated[str | None, Query(max_length=64)] = None) -> Response:
        if table is not None and table not in sync_store.KNOWN_TABLES:
            raise ApiError(400, "invalid", "no such table")
        started, now = time.perf_counter(), now_ms()
        with db.transaction() as cur:
            sync_store.read_snapshot(cur)
            page = sync_store.pull_page(cur, signed.device, after, limit, table)
            # A table's re-download is no measure of what the device has pulled.
            sync_store.record_contact(
                cur, signed.device.id, now_ms=now, client_time_ms=signed.client_time_ms,
                protocol=signed.protocol, cursor=page["cursor"] if table is None else None)
        log.info("pull by device %s (%s): after %d%s, %s, cursor %d%s in %s",
                 signed.device.id, _okrug(signed.device), after,
                 f" table {table}" if table else "", _entries(len(page["entries"])),
                 page["cursor"],
                 ", more" if page["more"] else "", serverlog.seconds_since(started))
        if not page["more"]:
            # The last page carries the district's recovery key, signed: a laptop enrolled
            # before recovery existed (or whose key file lost its wrap) wraps its data key to
            # it at this sync (docs/recovery.md). Its own transaction: the first use writes.
            with db.transaction() as cur:
                page.update(recovery_key_fields(cur))
        page["server_time_ms"] = now_ms()
        return respond(request, page)

    from district.recovery_api import add_recovery_routes

    add_recovery_routes(app, db)  # POST /v1/recovery, GET /v1/recovery/{id} (docs/recovery.md)

    base_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = base_openapi()
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            for model in (EnrolRequest, PushRequest):
                generated = model.model_json_schema(ref_template="#/components/schemas/{model}")
                for name, sub in generated.pop("$defs", {}).items():
                    components.setdefault(name, sub)
                components[model.__name__] = generated
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


__all__ = ["create_app", "respond"]

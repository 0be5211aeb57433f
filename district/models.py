"""The API's bodies as pydantic models: they make /openapi.json say what travels."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from desktop.sync import wire

Value = str | int | float | None
# (?!\n): Python's `$` also matches before a final newline, which the server refuses.
# Patterns for the document only (the push route parses with wire.Entry): pydantic's regex
# engine has no lookahead.
FIELD_NAME = r"^[A-Za-z_][A-Za-z0-9_]{0,62}(?!\n)$"
HLC = r"^[0-9]{15}-[0-9]{5}(?!\n)$"


class Health(BaseModel):
    status: Literal["ok"]
    protocol: int


class EnrolRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    code: str = Field(min_length=1, max_length=64)
    device_id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    signing_key: str = Field(description="base64 of the raw 32-byte Ed25519 public key")
    encryption_key: str = Field(description="base64 of the raw 32-byte X25519 public key")


class Place(BaseModel):
    kato: str
    name: str


class EnrolResponse(BaseModel):
    device_id: str
    scope: Literal["village", "district"]
    okrug: Place | None
    district: Place
    server_signing_key: str
    server_encryption_key: str
    server_time_ms: int
    # Added after protocol 1 shipped: older clients ignore it (docs/recovery.md).
    recovery_key: str | None = Field(
        default=None, description="base64 of the district's raw 32-byte X25519 recovery "
        "public key: the device wraps its data key to it")


class PushEntry(BaseModel):
    """One save of one record (wire.Entry): table, record, HLC, device, fields, seen."""

    model_config = ConfigDict(extra="forbid")

    t: str = Field(min_length=1, max_length=64, json_schema_extra={
        "enum": [*wire.SYNC_TABLES, *wire.SERVER_TABLES]})
    r: str = Field(min_length=1, max_length=64)
    h: str = Field(json_schema_extra={"pattern": HLC},
                   description="HLC: 15-digit wall ms, '-', 5-digit counter")
    d: str = Field(min_length=1, max_length=64)
    f: dict[str, Value] = Field(min_length=1,
                                json_schema_extra={"propertyNames": {"pattern": FIELD_NAME}})
    s: int | None = Field(default=None, ge=0)


class PushRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    protocol: Literal[1]
    entries: list[PushEntry] = Field(max_length=wire.PUSH_BATCH_ENTRIES)


class PushResult(BaseModel):
    status: Literal["accepted", "superseded", "rejected"]
    reason: str | None


class PushResponse(BaseModel):
    results: list[PushResult]
    server_time_ms: int


class PullEntry(BaseModel):
    t: str
    r: str
    h: str
    d: str
    f: dict[str, Value]
    n: int


class PullResponse(BaseModel):
    entries: list[PullEntry]
    cursor: int
    more: bool
    server_time_ms: int
    checksum: dict[str, str] | None = Field(
        default=None, description="per table, hex sum mod 2^64 of field digests (last page)")
    # Added after protocol 1 shipped (docs/recovery.md): older clients ignore them.
    recovery_key: str | None = Field(
        default=None, description="last page: base64 of the district's raw 32-byte X25519 "
        "recovery public key (the device wraps its data key to it if it has not yet)")
    recovery_key_signature: str | None = Field(
        default=None, description="last page: Ed25519 signature by the district's signing key "
        "over b'qadam-district-recovery-key-v1\\n' + the raw recovery key, base64")


__all__ = ["EnrolRequest", "EnrolResponse", "Health", "Place", "PullEntry", "PullResponse",
           "PushEntry", "PushRequest", "PushResponse", "PushResult"]

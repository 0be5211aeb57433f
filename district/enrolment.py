"""One-time enrolment codes: shown once, stored as a hash, expiring, spent by the first use."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from desktop.sync import authority, signing
from district.db import Cursor
from district.errors import ApiError

# Crockford's base32: no I, L, O or U, so a code read aloud over the phone is not misheard.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
DEFAULT_HOURS = 72


def new_code() -> str:
    """Four groups of four characters (80 random bits), e.g. 7K3M-Q9XA-..."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(16))
    return "-".join(chars[i:i + 4] for i in range(0, 16, 4))


def normalise(code: str) -> str:
    return "".join(c for c in code.upper().translate(_READ_AS) if c.isalnum())


def code_hash(code: str) -> str:
    return hashlib.sha256(normalise(code).encode("ascii", "replace")).hexdigest()


def issue_code(cur: Cursor, okrug_kato: str | None, now_ms: int,
               hours: float = DEFAULT_HOURS) -> str:
    """A new code for a village device of the okrug (or a district device when None)."""
    code = new_code()
    scope = authority.VILLAGE if okrug_kato else authority.DISTRICT
    cur.execute(
        "INSERT INTO enrolment_codes (code_hash, okrug_kato, scope, created_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [code_hash(code), okrug_kato, scope, now_ms, now_ms + int(hours * 3_600_000)])
    return code


@dataclass(frozen=True)
class District:
    kato: str
    name: str
    keys: signing.DeviceKeys


def load_district(cur: Cursor) -> District | None:
    """The district this server serves, with its key pairs (None before init-district)."""
    row = cur.execute("SELECT kato, name, signing_private, encryption_private FROM district "
                      "WHERE id = 1").fetchone()
    if row is None:
        return None
    keys = signing.DeviceKeys(signing.unb64(row["signing_private"]),
                              signing.unb64(row["encryption_private"]))
    return District(row["kato"], row["name"], keys)


def _re_enrol(cur: Cursor, previous: Any, *, device_id: str, name: str, scope: str,
              okrug_kato: str | None, signing_key: bytes, encryption_key: bytes,
              now_ms: int) -> None:
    """A device already known here enrols again: only if it was revoked (a live device is
    never taken over by whoever holds a code and its id), and only with new keys (the old
    ones stay revoked). It keeps its id, so its receipts and pull cursor carry over; its
    scope is the new code's. The old keys are kept in `device_re_enrolments` (the audit)."""
    if previous["revoked_at"] is None:
        raise ApiError(409, "already_enrolled", "a device with this id is already enrolled")
    if signing.b64(signing_key) == previous["signing_public"]:
        raise ApiError(400, "invalid", "a re-enrolment needs a new signing key")
    cur.execute(
        "INSERT INTO device_re_enrolments (device_id, re_enrolled_at, revoked_at, "
        "old_signing_public, old_encryption_public, old_scope, old_okrug_kato, scope, "
        "okrug_kato) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [device_id, now_ms, previous["revoked_at"], previous["signing_public"],
         previous["encryption_public"], previous["scope"], previous["okrug_kato"], scope,
         okrug_kato])
    cur.execute(
        "UPDATE devices SET name = ?, scope = ?, okrug_kato = ?, signing_public = ?, "
        "encryption_public = ?, enrolled_at = ?, revoked_at = NULL WHERE id = ?",
        [name, scope, okrug_kato, signing.b64(signing_key), signing.b64(encryption_key),
         now_ms, device_id])


def redeem(cur: Cursor, *, code: str, device_id: str, name: str, signing_key: bytes,
           encryption_key: bytes, now_ms: int) -> dict[str, Any]:
    """Enrol a device with a code; the enrolment response body (without server_time_ms)."""
    district = load_district(cur)
    if district is None:
        raise ApiError(503, "not_ready", "the district has not been initialised")
    hashed = code_hash(code)
    spent = cur.execute(
        "UPDATE enrolment_codes SET used_at = ?, used_by_device = ? WHERE code_hash = ? AND "
        "used_at IS NULL AND expires_at > ? RETURNING okrug_kato, scope",
        [now_ms, device_id, hashed, now_ms]).fetchone()
    if spent is None:
        row = cur.execute("SELECT used_at FROM enrolment_codes WHERE code_hash = ?",
                          [hashed]).fetchone()
        if row is None:
            raise ApiError(403, "invalid_code", "this enrolment code is unknown")
        if row["used_at"] is not None:
            raise ApiError(403, "code_used", "this enrolment code has already been used")
        raise ApiError(403, "code_expired", "this enrolment code has expired")
    previous = cur.execute(
        "SELECT revoked_at, signing_public, encryption_public, scope, okrug_kato FROM devices"
        " WHERE id = ?", [device_id]).fetchone()
    if previous is None:
        cur.execute(
            "INSERT INTO devices (id, name, scope, okrug_kato, signing_public, "
            "encryption_public, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [device_id, name, spent["scope"], spent["okrug_kato"], signing.b64(signing_key),
             signing.b64(encryption_key), now_ms])
    else:
        _re_enrol(cur, previous, device_id=device_id, name=name, scope=spent["scope"],
                  okrug_kato=spent["okrug_kato"], signing_key=signing_key,
                  encryption_key=encryption_key, now_ms=now_ms)
    okrug = None
    if spent["okrug_kato"]:
        okrug = cur.execute("SELECT kato, name FROM okrugs WHERE kato = ?",
                            [spent["okrug_kato"]]).fetchone()
    from district.recovery import recovery_public_key  # it needs load_district from here

    return {
        "re_enrolled": previous is not None,  # for the server's log; not sent
        "device_id": device_id, "scope": spent["scope"], "okrug": okrug,
        "district": {"kato": district.kato, "name": district.name},
        "server_signing_key": signing.b64(district.keys.signing_public),
        "server_encryption_key": signing.b64(district.keys.encryption_public),
        "recovery_key": signing.b64(recovery_public_key(cur)),
    }


__all__ = ["ALPHABET", "DEFAULT_HOURS", "District", "code_hash", "issue_code", "load_district",
           "new_code", "normalise", "redeem"]

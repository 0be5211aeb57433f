"""Recovery through the district: a forgotten passphrase or a lost key file costs no data.

The laptop's side (docs/recovery.md):
- `add_district_key` wraps the data key to the district's recovery public key (at enrolment,
  or at `init --recovery-key`), keeps the wrap in the key file, its copy and a mirror inside
  the database (`meta`), and audits it;
- `reconcile` runs at every unlock: a key file that lacks a wrap the database holds (a key
  file restored from an older copy) gets it back, and the other way round;
- `make_request` needs no passphrase: it writes the request file and keeps the one-time
  private key beside the database (`<db>.recovery-pending`);
- `recover` opens the district's response with that key, sets the user's new passphrase,
  audits it and deletes the one-time key, so the same response never works twice.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from sqlite_utils import Database

from desktop.storage import audit
from desktop.storage.connection import (
    OpenedDatabase,
    check_file_shape,
    get_meta,
    open_with_key,
    set_meta,
)
from desktop.storage.errors import (
    KeyFileMissing,
    NoRecoveryKey,
    NoRecoveryRequest,
    NotRecoveryFile,
    RecoveryForAnotherRequest,
    RecoveryNotFromDistrict,
    RecoveryResponseAltered,
    StorageError,
)
from desktop.storage.keys import (
    KdfParams,
    Keyring,
    RecoveryWrap,
    check_passphrase_strength,
    write_json_atomically,
)
from desktop.storage.store import Store
from desktop.sync.private_files import make_private, write_private
from desktop.sync.recovery import (
    RecoveryFileError,
    RecoveryRequest,
    RecoveryResponse,
    Sealed,
    b64,
    key_id,
    new_request_key,
    open_sealed,
    private_bytes,
    read_file,
    signed_recovery_key,
    unb64,
)

log = logging.getLogger(__name__)

# The database's own copy of the recovery wraps: a backup or a restored database carries it,
# and it is written back into a key file that lacks it.
MIRROR_KEY = "keyring_recovery"
PENDING_FORMAT = "qadam-recovery-pending"
# Audit entries about the keyring name this pseudo-table (it is no record table: nothing
# about it is synchronised).
AUDIT_TABLE = "keyring"
SERVER_SIGNING_KEY = "sync_server_signing_key"  # services.sync.K_SERVER_SIGNING
SERVER_URL_KEY = "sync_server_url"  # services.sync.K_URL
SERVER_CERT_KEY = "sync_pinned_cert"  # services.sync.K_CERT
OKRUG_KEY = "sync_okrug"  # services.sync.K_OKRUG
DISTRICT_KEY = "sync_district"  # services.sync.K_DISTRICT


def pending_path(database: Path) -> Path:
    return database.with_name(database.name + ".recovery-pending")


def _now_iso(clock: Callable[[], float]) -> str:
    return datetime.fromtimestamp(clock(), UTC).isoformat(timespec="milliseconds")


# -- the key file and its copies --------------------------------------------------------------


def load_keyring(path: Path) -> Keyring:
    """The key file; when it is missing but its copy is there, the copy takes its place."""
    try:
        return Keyring.load(path)
    except KeyFileMissing:
        copy = Keyring.copy_path_for(path)
        if not copy.exists():
            raise
    target = Keyring.path_for(path)
    tmp = target.with_name(target.name + ".tmp")
    shutil.copyfile(copy, tmp)
    make_private(tmp)
    os.replace(tmp, target)
    log.warning("the key file was missing: brought back from its copy")
    return Keyring.load(path)


def audit_keyring(db: Database, user_id: str, device_id: str, action: str, record_id: str,
           details: dict[str, Any], clock: Callable[[], float]) -> None:
    """One audit entry about the keyring, chained like every other (no change_log row:
    a passphrase is this laptop's business, not the district's data)."""
    with db.atomic():
        head = audit.load_head(db)
        head = audit.append(db, head, {
            "at": _now_iso(clock), "user_id": user_id, "device_id": device_id,
            "action": action, "table_name": AUDIT_TABLE, "record_id": record_id,
            "changes": json.dumps(details, ensure_ascii=False, sort_keys=True),
        })
        audit.store_head(db, head)


def recovery_mirror(keyring: Keyring) -> str:
    """The recovery wraps and context as the copy kept inside the database (meta)."""
    return json.dumps({"recovery": [asdict(w) for w in keyring.recovery],
                       "recovery_context": keyring.recovery_context},
                      ensure_ascii=False, sort_keys=True)


def add_district_key(store: Store, public_key: X25519PublicKey, context: dict[str, Any],
                     how: str) -> bool:
    """Wrap the data key to the district's recovery key; False if it already was."""
    data_key = store.data_key
    if data_key is None:  # a store opened without its key (tests of other parts)
        return False
    path = store.opened.path
    keyring = load_keyring(path)
    wanted = key_id(public_key)
    if any(w.key_id == wanted for w in keyring.recovery) and (
            keyring.recovery_context == {**keyring.recovery_context, **context}):
        return False
    keyring.add_recovery(public_key, data_key)
    keyring.recovery_context.update(context)
    # The audit entry and the mirror first: a key file saved without them is healed by the
    # next unlock, an audit entry without the key file saved says what was attempted.
    with store.db.atomic():
        set_meta(store.db, MIRROR_KEY, recovery_mirror(keyring))
        audit_keyring(store.db, store.actor.user_id, store.device_id, "recovery key added",
               keyring.database_id, {"key_id": wanted, "how": how,
                                     "district": context.get("district")}, store.clock)
    keyring.save(path)
    store.opened.keyring = keyring
    return True


def add_enrolment_key(store: Store, answer: dict[str, Any]) -> bool:
    """The enrolment answer's `recovery_key` (a server before it sends none: nothing)."""
    raw = answer.get("recovery_key")
    if not isinstance(raw, str):
        return False
    try:
        public_key = X25519PublicKey.from_public_bytes(unb64(raw))
    except ValueError:
        log.warning("the enrolment answer's recovery key is malformed: ignored")
        return False
    # The server's address and certificate (both public) let a request go online later,
    # when the passphrase that opens them in `meta` is forgotten.
    context = _online_context(store, answer.get("okrug"), answer.get("district"))
    return add_district_key(store, public_key, context, "enrolment")


def add_synced_key(store: Store, page: dict[str, Any]) -> bool:
    """The district's recovery key from a sync's last pull page: wrapped to if this key file
    has no wrap for it yet. Taken only when signed by the district signing key pinned at
    enrolment (a man in the middle cannot slip in a key of its own); a server that sends
    none (older than this) or a bad signature: nothing changes, the sync goes on."""
    pinned = get_meta(store.db, SERVER_SIGNING_KEY)
    if pinned is None or "recovery_key" not in page:
        return False
    public_key = signed_recovery_key(pinned, page.get("recovery_key"),
                                     page.get("recovery_key_signature"))
    if public_key is None:
        log.warning("the server's recovery key is not signed by the district: ignored")
        return False
    try:
        keyring = load_keyring(store.opened.path)
        if any(w.key_id == key_id(public_key) for w in keyring.recovery):
            return False
        okrug = json.loads(get_meta(store.db, OKRUG_KEY) or "null")
        district = json.loads(get_meta(store.db, DISTRICT_KEY) or "null")
        return add_district_key(store, public_key, _online_context(store, okrug, district),
                                "sync")
    except (OSError, StorageError):
        # The sync itself succeeded; the wrap is tried again at the next one.
        log.warning("the recovery key could not be added to the key file", exc_info=True)
        return False


def _online_context(store: Store, okrug: Any, district: Any) -> dict[str, Any]:
    """Who this laptop is to its district, and how a request reaches it online (all public):
    kept in the key file, readable when the passphrase that opens `meta` is forgotten."""
    return {"device_id": store.device_id, "okrug": okrug, "district": district,
            "server_url": get_meta(store.db, SERVER_URL_KEY),
            "server_cert": get_meta(store.db, SERVER_CERT_KEY)}


def reconcile(opened: OpenedDatabase, keyring: Keyring) -> None:
    """At unlock: the key file and the database's mirror end up holding the same wraps."""
    stored = get_meta(opened.db, MIRROR_KEY)
    mirror = json.loads(stored) if stored else {"recovery": [], "recovery_context": {}}
    have = {w.key_id for w in keyring.recovery}
    missing = [RecoveryWrap(**w) for w in mirror.get("recovery", []) if w["key_id"] not in have]
    if missing:
        keyring.recovery.extend(missing)
        keyring.recovery_context = {**mirror.get("recovery_context", {}),
                                    **keyring.recovery_context}
        keyring.save(opened.path)
        log.warning("the key file lacked %d recovery wraps: written back", len(missing))
    if keyring.recovery and recovery_mirror(keyring) != stored:
        with opened.db.atomic():  # committed here, never left open as an implicit write
            set_meta(opened.db, MIRROR_KEY, recovery_mirror(keyring))


# -- the request --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MadeRequest:
    request_id: str
    code: str
    path: Path


def make_request(database: Path, username: str, out: Path | None,
                 clock: Callable[[], float] = time.time) -> MadeRequest:
    """Write a recovery request for `username` to `out` (no passphrase needed); None: kept
    only beside the database, to be sent online (`send_request`)."""
    check_file_shape(database)
    keyring = load_keyring(database)
    keyring.find_user(username)  # an unknown user is refused before anything is written
    if not keyring.recovery:
        raise NoRecoveryKey()
    one_time = new_request_key()
    context = keyring.recovery_context
    request = RecoveryRequest(
        request_id=str(uuid.uuid4()), created_at=_now_iso(clock),
        database_id=keyring.database_id, username=username,
        device_id=context.get("device_id"), okrug=context.get("okrug"),
        district=context.get("district"), wrap=Sealed(**asdict(keyring.recovery[-1])),
        request_key=b64(one_time.public_key().public_bytes_raw()))
    # The one-time key first: a request file whose key is not kept would be useless.
    write_json_atomically(pending_path(database), {
        "format": PENDING_FORMAT, "request_id": request.request_id,
        "created_at": request.created_at, "username": username, "code": request.code,
        "private_key": b64(private_bytes(one_time)), "request": request.document()})
    if os.name != "nt":  # the one-time key is for this user's eyes only
        os.chmod(pending_path(database), 0o600)
    if out is not None:
        tmp = out.with_name(out.name + ".tmp")
        try:
            write_private(tmp, request.to_bytes())
            os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
    return MadeRequest(request.request_id, request.code, out)


# -- online: the request posted to the district server, the answer fetched -------------------


def fetched_path(database: Path) -> Path:
    """Where an answer fetched from the server is kept until it is used."""
    return database.with_name(database.name + ".recovery-response")


def can_send(database: Path) -> bool:
    """Whether this laptop knows its district server without its passphrase."""
    try:
        return bool(load_keyring(database).recovery_context.get("server_url"))
    except Exception:  # no key file, damaged: the file path is still there
        return False


def _client(database: Path, client_factory: Callable[..., Any]) -> Any:
    from desktop.sync import errors
    from desktop.sync.client import write_pem

    context = load_keyring(database).recovery_context
    url = context.get("server_url")
    if not url:
        raise errors.NotEnrolled()
    pem = context.get("server_cert")
    cert = str(write_pem(pem, database.parent)) if pem else None
    return client_factory(url, context.get("device_id") or "", None, cert, 0)


def send_request(database: Path, client_factory: Callable[..., Any] | None = None) -> bool:
    """Post the waiting request to the district server; True if it is answered already."""
    pending = pending_request(database)
    if pending is None or not isinstance(pending.get("request"), dict):
        raise NoRecoveryRequest()
    client = _client(database, client_factory or _district_client())
    answer = client.send_recovery_request(pending["request"])
    return _keep_answer(database, answer)


def fetch_response(database: Path, client_factory: Callable[..., Any] | None = None
                   ) -> Path | None:
    """The district's answer to the waiting request, saved beside the database (None: not
    answered yet)."""
    pending = pending_request(database)
    if pending is None:
        raise NoRecoveryRequest()
    client = _client(database, client_factory or _district_client())
    answer = client.recovery_status(str(pending["request_id"]))
    return fetched_path(database) if _keep_answer(database, answer) else None


def _district_client() -> Callable[..., Any]:
    from desktop.sync.client import DistrictClient

    return DistrictClient


def _keep_answer(database: Path, answer: dict[str, Any]) -> bool:
    response = answer.get("response")
    if answer.get("status") != "answered" or not isinstance(response, dict):
        return False
    write_json_atomically(fetched_path(database), response)
    return True


def pending_request(database: Path) -> dict[str, Any] | None:
    """The request waiting for the district's answer on this computer, if any."""
    try:
        raw = json.loads(pending_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return raw if isinstance(raw, dict) and raw.get("format") == PENDING_FORMAT else None


# -- the response -------------------------------------------------------------------------------


def recover(database: Path, username: str, response_path: Path, new_passphrase: str,
            kdf: KdfParams | None = None, clock: Callable[[], float] = time.time,
            open_store: bool = True) -> Store | None:
    """Set `username`'s new passphrase with the district's response; returns the open store
    (None with `open_store` False: the lock screen, whose app has its store open already).

    Every check comes before the first write, so a wrong, altered or reused response
    changes nothing."""
    from desktop.services import session

    check_passphrase_strength(new_passphrase)
    check_file_shape(database)
    keyring = load_keyring(database)
    wrap = keyring.find_user(username)
    pending = pending_request(database)
    try:
        response = RecoveryResponse.from_bytes(read_file(response_path), str(response_path))
    except RecoveryFileError as error:
        raise _refused(error) from None
    if pending is None:
        raise NoRecoveryRequest()
    if (response.request_id != pending["request_id"]
            or response.database_id != keyring.database_id):
        raise RecoveryForAnotherRequest()
    one_time = X25519PrivateKey.from_private_bytes(unb64(pending["private_key"]))
    try:
        data_key = open_sealed(one_time, keyring.database_id, response.sealed,
                               str(response_path))
    except RecoveryFileError as error:
        raise _refused(error) from None
    if not response.signature_valid():
        raise RecoveryResponseAltered(path=str(response_path))
    opened = open_with_key(database, keyring, data_key)
    try:
        _check_district(opened, keyring, response)
        audit_keyring(opened.db, wrap.user_id, opened.device_id, "passphrase reset",
               wrap.user_id, {
                   "event": "passphrase reset through district recovery",
                   "username": username, "response_id": response.response_id,
                   "request_id": response.request_id, "code": pending.get("code"),
                   "requested_at": pending.get("created_at"),
                   "answered_at": response.answered_at, "operator": response.operator,
                   "district": response.district}, clock)
    finally:
        opened.close()
    keyring.add_user(wrap.user_id, username, new_passphrase, data_key,
                     kdf or KdfParams(**wrap.kdf))
    keyring.save(database)
    pending_path(database).unlink(missing_ok=True)  # the response is spent
    fetched_path(database).unlink(missing_ok=True)
    if not open_store:
        return None
    return session.open_store(database, keyring, wrap.user_id, data_key)


def _refused(error: RecoveryFileError) -> StorageError:
    """The pure module's refusal, as the message the person reads (translated)."""
    if error.kind == "altered":
        return RecoveryResponseAltered(path=error.path)
    return NotRecoveryFile(path=error.path)


def _check_district(opened: OpenedDatabase, keyring: Keyring,
                    response: RecoveryResponse) -> None:
    """The signer must be the district this laptop knows: the signing key pinned at
    enrolment, or (a laptop never enrolled) the recovery key its data key is wrapped to."""
    pinned = get_meta(opened.db, SERVER_SIGNING_KEY)
    if pinned is not None:
        if pinned != response.signing_key:
            raise RecoveryNotFromDistrict()
    elif response.recovery_key_id not in {w.key_id for w in keyring.recovery}:
        raise RecoveryNotFromDistrict()


__all__ = ["MadeRequest", "add_district_key", "add_enrolment_key", "add_synced_key",
           "audit_keyring", "can_send",
           "fetch_response", "load_keyring", "make_request", "pending_path", "pending_request",
           "reconcile", "recover", "fetched_path", "send_request"]

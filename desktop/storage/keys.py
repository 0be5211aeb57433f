"""Key management: the random data key, and its wraps for users and for the district.

The database is encrypted with a random 256-bit data key. It is never stored in the clear:
- each user's passphrase derives a key-encryption key with Argon2id, which wraps the data key
  with AES-256-GCM (the wrap authenticates, so a wrong passphrase is detected before the
  database file is touched);
- the district's recovery public key (X25519) can wrap it too, so a forgotten passphrase costs
  a visit to the district, not the data.
Changing a passphrase re-wraps; the database is never re-encrypted. The wraps live in a small
JSON key file beside the database (`<database>.keys`), written atomically.
"""

from __future__ import annotations

import base64
import errno
import json
import os
import secrets
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.storage.errors import (
    DiskFull,
    KeyFileMissing,
    NewerVersion,
    NotQadamDatabase,
    UnknownUser,
    WeakPassphrase,
    WrongPassphrase,
)
from desktop.sync.private_files import open_private

KEYRING_FORMAT = "qadam-keyring"
KEYRING_VERSION = 1
DATA_KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 10

# OWASP's floor for Argon2id (19 MiB, 2 passes); `tune_kdf` raises it towards ~0.5 s.
MIN_MEMORY_KIB = 19 * 1024
MIN_ITERATIONS = 2


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; stored beside each wrap so it can be raised later without breaking."""

    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = 1

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))


# Memory cap of the tuned cost: village laptops have 4 GB, and the whole app must stay within
# 300 MB resident while unlocking; past the cap the cost grows by passes instead.
MAX_MEMORY_KIB = 64 * 1024


def tune_kdf(target_seconds: float = 0.5, max_memory_kib: int = MAX_MEMORY_KIB) -> KdfParams:
    """The Argon2id cost that takes about `target_seconds` on this machine.

    Memory is the costlier resource for an attacker, so it grows first (up to
    MAX_MEMORY_KIB); iterations grow only once memory is capped. Each probe is
    timed twice and the faster time kept, so one slow sample on a busy machine does not
    decide the cost.
    """

    def seconds(params: KdfParams) -> float:
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            params.derive("tuning", os.urandom(16))
            best = min(best, time.perf_counter() - started)
        return best

    probe = KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=MIN_ITERATIONS)
    elapsed = seconds(probe)
    while elapsed < target_seconds / 4 and probe.memory_kib * 2 <= max_memory_kib:
        probe = KdfParams(memory_kib=probe.memory_kib * 2, iterations=MIN_ITERATIONS)
        elapsed = seconds(probe)
    # Cost is roughly linear in memory × iterations: scale the last probe to the target.
    wanted = probe.memory_kib * target_seconds / max(elapsed, 1e-3)
    memory = max(MIN_MEMORY_KIB, min(max_memory_kib, int(wanted) // 1024 * 1024))
    iterations = MIN_ITERATIONS
    if memory == max_memory_kib:
        per_pass_at_cap = elapsed / probe.iterations * max_memory_kib / probe.memory_kib
        iterations = max(MIN_ITERATIONS, round(target_seconds / per_pass_at_cap))
        # The first pass also pays for allocating the memory: correct the estimate once.
        measured = seconds(KdfParams(memory_kib=memory, iterations=iterations))
        iterations = max(MIN_ITERATIONS, round(iterations * target_seconds / measured))
    return KdfParams(memory_kib=memory, iterations=iterations)


@dataclass
class UserWrap:
    user_id: str
    username: str
    salt: str
    kdf: dict
    wrapped_key: str  # nonce (12 bytes) + AES-GCM ciphertext, base64


@dataclass
class RecoveryWrap:
    """The data key sealed to the district's X25519 public key (ECIES: X25519+HKDF+AES-GCM)."""

    key_id: str
    ephemeral_public: str
    wrapped_key: str

    def district_key(self) -> X25519PublicKey:
        """The district's recovery public key this wrap was sealed to (its id is the key)."""
        return X25519PublicKey.from_public_bytes(_unb64(self.key_id))


@dataclass
class Keyring:
    database_id: str
    users: list[UserWrap] = field(default_factory=list)
    recovery: list[RecoveryWrap] = field(default_factory=list)
    version: int = KEYRING_VERSION
    # Who this laptop is to the district (device id, okrug, district), readable without a
    # passphrase so a recovery request can name it; no secret. Older versions ignore it.
    recovery_context: dict = field(default_factory=dict)

    # -- file I/O ---------------------------------------------------------------------------
    @staticmethod
    def path_for(database: Path) -> Path:
        return database.with_name(database.name + ".keys")

    @classmethod
    def load(cls, database: Path) -> Keyring:
        path = cls.path_for(database)
        if not path.exists():
            raise KeyFileMissing(path=str(path))
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            raw = None
        return cls.from_document(raw, database)

    @classmethod
    def from_document(cls, raw: object, database: Path) -> Keyring:
        """A key file's parsed JSON (also what a backup's header carries)."""
        if not isinstance(raw, dict) or raw.get("format") != KEYRING_FORMAT:
            raise NotQadamDatabase(
                path=str(database), reason="its key file is not a Qadam key file"
            )
        if int(raw.get("version", 0)) > KEYRING_VERSION:
            raise NewerVersion(found=f"key file version {raw['version']}")
        try:
            return cls(
                database_id=raw["database_id"],
                users=[UserWrap(**u) for u in raw["users"]],
                recovery=[RecoveryWrap(**r) for r in raw.get("recovery", [])],
                version=int(raw["version"]),
                recovery_context=dict(raw.get("recovery_context") or {}),
            )
        except (KeyError, TypeError):
            raise NotQadamDatabase(
                path=str(database), reason="its key file is incomplete"
            ) from None

    def save(self, database: Path) -> None:
        """Write atomically: a power cut leaves either the old or the new key file, whole.

        A second copy (`<database>.keys.bak`) is written after it, so a key file deleted by
        mistake comes back at the next unlock (docs/recovery.md)."""
        body = {"format": KEYRING_FORMAT, **asdict(self)}
        write_json_atomically(self.path_for(database), body)
        copy = self.copy_path_for(database)
        try:
            write_json_atomically(copy, body)
        except (OSError, DiskFull):
            # The key file itself is saved; a copy that could not follow is removed rather
            # than left stale (an old passphrase must not come back with it).
            copy.unlink(missing_ok=True)

    @staticmethod
    def copy_path_for(database: Path) -> Path:
        return database.with_name(database.name + ".keys.bak")

    # -- user wraps -------------------------------------------------------------------------
    def find_user(self, username: str) -> UserWrap:
        for wrap in self.users:
            if wrap.username == username:
                return wrap
        raise UnknownUser(username=username)

    def usernames(self) -> list[str]:
        return [wrap.username for wrap in self.users]

    def _aad(self, user_id: str) -> bytes:
        # Binds a wrap to this database and user: a wrap copied elsewhere does not open.
        return f"qadam/{self.database_id}/{user_id}".encode()

    def add_user(
        self, user_id: str, username: str, passphrase: str, data_key: bytes, kdf: KdfParams
    ) -> None:
        check_passphrase_strength(passphrase)
        self.users = [w for w in self.users if w.user_id != user_id]
        salt = os.urandom(16)
        kek = kdf.derive(passphrase, salt)
        nonce = os.urandom(12)
        sealed = AESGCM(kek).encrypt(nonce, data_key, self._aad(user_id))
        self.users.append(
            UserWrap(user_id, username, _b64(salt), asdict(kdf), _b64(nonce + sealed))
        )

    def unwrap(self, username: str, passphrase: str) -> tuple[UserWrap, bytes]:
        wrap = self.find_user(username)
        kek = KdfParams(**wrap.kdf).derive(passphrase, _unb64(wrap.salt))
        blob = _unb64(wrap.wrapped_key)
        try:
            key = AESGCM(kek).decrypt(blob[:12], blob[12:], self._aad(wrap.user_id))
        except InvalidTag:
            raise WrongPassphrase() from None
        return wrap, key

    def remove_user(self, user_id: str) -> None:
        self.users = [w for w in self.users if w.user_id != user_id]

    # -- district recovery ------------------------------------------------------------------
    def add_recovery(self, public_key: X25519PublicKey, data_key: bytes) -> None:
        raw_public = public_key.public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        key_id = _b64(raw_public)
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = ephemeral.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        kek = _recovery_kek(ephemeral.exchange(public_key), ephemeral_public, raw_public)
        nonce = os.urandom(12)
        sealed = AESGCM(kek).encrypt(nonce, data_key, self._aad("recovery"))
        self.recovery = [r for r in self.recovery if r.key_id != key_id]
        self.recovery.append(RecoveryWrap(key_id, _b64(ephemeral_public), _b64(nonce + sealed)))

    def recover(self, private_key: X25519PrivateKey) -> bytes:
        """The data key, opened with the district's private recovery key."""
        raw_public = private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        for wrap in self.recovery:
            if wrap.key_id != _b64(raw_public):
                continue
            ephemeral_public = _unb64(wrap.ephemeral_public)
            shared = private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
            kek = _recovery_kek(shared, ephemeral_public, raw_public)
            blob = _unb64(wrap.wrapped_key)
            try:
                return AESGCM(kek).decrypt(blob[:12], blob[12:], self._aad("recovery"))
            except InvalidTag:
                break
        raise WrongPassphrase()


def _recovery_kek(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral_public + recipient_public,
        info=b"qadam recovery wrap v1",
    ).derive(shared)


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(minimum=MIN_PASSPHRASE_LENGTH)


def write_json_atomically(path: Path, body: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open_private(tmp, "w", encoding="utf-8") as out:
            json.dump(body, out, indent=1, ensure_ascii=False)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)  # the old file is still whole
        if error.errno == errno.ENOSPC:
            raise DiskFull() from error
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync; NTFS journals renames
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

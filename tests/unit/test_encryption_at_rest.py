"""On disk the database is ciphertext: no SQLite header, no names, no ИИН (WAL included)."""

from __future__ import annotations

from pathlib import Path

from desktop.storage.keys import Keyring
from desktop.storage.store import Store


def test_files_on_disk_hold_no_personal_data(demo_store: Store) -> None:
    path = demo_store.opened.path
    people = list(demo_store.db.query(
        "SELECT iin, last_name, first_name FROM persons LIMIT 60"))
    settlement_names = [r["name_kk"] for r in demo_store.db.query(
        "SELECT name_kk FROM settlements")]
    secrets = [p["iin"] for p in people] + [p["last_name"] for p in people]
    secrets += [p["first_name"] for p in people] + settlement_names
    wal = Path(f"{path}-wal")
    # While the app is open the newest pages are in the WAL; after closing, in the database.
    assert wal.exists() and wal.stat().st_size > 100_000
    assert_no_plaintext({"database": path.read_bytes(), "wal": wal.read_bytes()}, secrets)
    demo_store.close()
    database = path.read_bytes()
    assert len(database) > 100_000 and not database.startswith(b"SQLite format 3")
    assert_no_plaintext({"database after checkpoint": database}, secrets)
    keys = Keyring.path_for(path).read_text(encoding="utf-8")
    assert not any(s in keys for s in secrets)


def assert_no_plaintext(files: dict[str, bytes], secrets: list[str]) -> None:
    for name, blob in files.items():
        assert not blob.startswith(b"SQLite format 3")
        for secret in secrets:
            for encoding in ("utf-8", "utf-16-le"):
                assert secret.encode(encoding) not in blob, f"{secret!r} readable in {name}"


def test_the_check_would_catch_an_unencrypted_file(tmp_path: Path) -> None:
    """Control: the same store written through plain SQLite does show the name."""
    import pytest

    from desktop.services import session
    from desktop.services.applicants import ApplicantInput, register_applicant
    from desktop.storage.connection import connect_plain
    from tests.conftest import FAST_KDF, PASSPHRASE

    path = tmp_path / "plain.db"
    store = session.create(path, "admin", "Әкімші", PASSPHRASE, FAST_KDF, connect=connect_plain)
    register_applicant(store, ApplicantInput("900315400017", "Әбілқасымова", "Әсел"))
    store.close()
    with pytest.raises(AssertionError, match="readable"):
        assert_no_plaintext({"database": path.read_bytes()[16:]}, ["Әбілқасымова"])

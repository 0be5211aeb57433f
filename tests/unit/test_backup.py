"""Backups on real SQLCipher files: what a restore brings back, and every refusal changing
nothing (docs/backups.md)."""

from __future__ import annotations

import hashlib
import io
import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.services import backups, session
from desktop.services.applicants import ApplicantInput, register_applicant
from desktop.storage import backup as files
from desktop.storage.connection import DB_ERRORS, open_with_key
from desktop.storage.errors import (
    BackupDamaged,
    BackupFolderUnavailable,
    ForeignBackup,
    NotABackup,
    WrongPassphrase,
)
from desktop.storage.keys import Keyring
from desktop.storage.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def rows_of(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table (SQLite's own too), in a stable order."""
    tables = [r[0] for r in store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()]
    return {t: sorted(store.db.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
            for t in tables}


def every_record(path: Path) -> dict[str, list[tuple]]:
    store = session.unlock(path, "admin", PASSPHRASE)
    try:
        return rows_of(store)
    finally:
        store.close()


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under `folder` and its SHA-256: "nothing changed" is this, equal. The
    database's lock file is left out: it names whichever command held it last."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix != ".lock"}


def add_applicant(store: Store, number: int) -> None:
    from desktop.domain.iin import make_iin

    birth = datetime(1990, 1, 1) + timedelta(days=number)
    register_applicant(store, ApplicantInput(make_iin(birth.date(), "female", 1),
                                             "Кейінгі", f"Жазба{number}"))


@pytest.fixture
def backed_up(demo_store: Store, db_path: Path) -> tuple[Path, dict[str, list[tuple]]]:
    """A demo database backed up, then changed after the backup; (backup, records at it)."""
    records = rows_of(demo_store)
    path = backups.back_up(demo_store, now=NOW)
    demo_store.close()
    store = session.unlock(db_path, "admin", PASSPHRASE)
    add_applicant(store, 1)
    store.close()
    return path, records


def test_a_restore_brings_back_every_record_of_every_table(
    backed_up: tuple[Path, dict], db_path: Path
) -> None:
    path, at_backup = backed_up
    later = every_record(db_path)
    assert later != at_backup  # the applicant added after the backup
    verified = backups.prepare_restore(path, db_path, "admin", PASSPHRASE)
    result = backups.restore(verified, db_path, now=NOW + timedelta(days=1))
    assert every_record(db_path) == at_backup
    # The replaced database is kept beside with its key file, and still opens: nothing lost.
    assert result.replaced == db_path.with_name("qadam.db.replaced-20260315T093000Z")
    keyring = Keyring.load(result.replaced)
    _, key = keyring.unwrap("admin", PASSPHRASE)
    kept = open_with_key(result.replaced, keyring, key, upgrade=False)
    assert kept.db.execute("SELECT count(*) FROM persons").fetchone()[0] == len(
        later["persons"])
    kept.close()
    # And it was backed up before being replaced.
    assert result.backup_before is not None and result.backup_before.exists()
    assert not list(db_path.parent.glob(".qadam-*"))  # no work folders left


def test_the_preview_tells_the_date_who_and_counts(backed_up: tuple[Path, dict]) -> None:
    path, at_backup = backed_up
    verified = backups.preview(path, None, PASSPHRASE)  # None: the backup's only user
    assert verified.header.created == NOW
    assert verified.header.made_by == "admin"
    assert verified.counts["persons"] == len(at_backup["persons"])
    assert verified.audit_entries == len(at_backup["audit_log"])
    assert not verified.workdir.exists()  # a preview leaves nothing on disk


def test_nothing_decrypted_is_in_the_backup_file(backed_up: tuple[Path, dict]) -> None:
    path, at_backup = backed_up
    content = path.read_bytes()
    assert b"SQLite format 3" not in content
    surname = next(row for row in at_backup["persons"])
    for value in surname:
        if isinstance(value, str) and len(value) > 6 and not value.isascii():
            assert value.encode("utf-8") not in content


def damage_flip_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[60] ^= 0x01
    path.write_bytes(bytes(data))


def damage_flip_body(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(bytes(data))


def damage_flip_mac(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-1] ^= 0x01
    path.write_bytes(bytes(data))


def damage_truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 4096])


@pytest.mark.parametrize("damage", [damage_flip_header, damage_flip_body, damage_flip_mac,
                                    damage_truncate])
def test_a_damaged_backup_is_refused_and_nothing_changes(
    backed_up: tuple[Path, dict], db_path: Path, damage
) -> None:
    path, _ = backed_up
    damage(path)
    before = fingerprint(db_path.parent)
    with pytest.raises(BackupDamaged) as refused:
        backups.prepare_restore(path, db_path, "admin", PASSPHRASE)
    assert "damaged" in refused.value.text() and "Nothing was changed" in refused.value.text()
    assert fingerprint(db_path.parent) == before


def test_a_wrong_passphrase_is_refused_and_nothing_changes(
    backed_up: tuple[Path, dict], db_path: Path
) -> None:
    path, _ = backed_up
    before = fingerprint(db_path.parent)
    with pytest.raises(WrongPassphrase):
        backups.prepare_restore(path, db_path, "admin", "not the passphrase at all")
    assert fingerprint(db_path.parent) == before


def test_a_backup_of_another_database_is_refused_and_nothing_changes(
    backed_up: tuple[Path, dict], db_path: Path, tmp_path: Path
) -> None:
    other = session.create(tmp_path / "other" / "q.db", "admin", "Басқа", PASSPHRASE, FAST_KDF)
    foreign = backups.back_up(other, to=tmp_path / "elsewhere", now=NOW)
    other.close()
    before = fingerprint(db_path.parent)
    with pytest.raises(ForeignBackup) as refused:
        backups.prepare_restore(foreign, db_path, "admin", PASSPHRASE)
    assert "another database" in refused.value.text()
    assert fingerprint(db_path.parent) == before


def test_a_file_that_is_not_a_backup_is_refused(db_path: Path, store: Store) -> None:
    store.close()
    with pytest.raises(NotABackup):
        backups.preview(db_path, "admin", PASSPHRASE)  # the database itself


def test_a_lost_key_file_comes_back_with_its_recovery_wraps(db_path: Path, tmp_path: Path
                                                            ) -> None:
    """The backup carries every wrap: with the key file lost, the restore brings it back,
    district recovery wrap included."""
    district = X25519PrivateKey.generate()
    store = session.create(db_path, "admin", "Әкімші", PASSPHRASE, FAST_KDF,
                           recovery_key=district.public_key())
    add_applicant(store, 2)
    records = rows_of(store)
    path = backups.back_up(store, now=NOW)
    store.close()
    Keyring.path_for(db_path).unlink()
    verified = backups.prepare_restore(path, db_path, "admin", PASSPHRASE)
    backups.restore(verified, db_path, now=NOW)
    assert every_record(db_path) == records
    restored = Keyring.load(db_path)
    assert restored.recover(district) == restored.unwrap("admin", PASSPHRASE)[1]


def test_a_backup_restores_onto_a_new_laptop(backed_up: tuple[Path, dict], tmp_path: Path
                                             ) -> None:
    path, at_backup = backed_up
    target = tmp_path / "new-laptop" / "qadam.db"
    verified = backups.prepare_restore(path, target, "admin", PASSPHRASE)
    result = backups.restore(verified, target, now=NOW)
    assert result.replaced is None
    assert every_record(target) == at_backup


def test_a_backup_taken_while_another_connection_writes_is_consistent(
    demo_store: Store, db_path: Path, tmp_path: Path
) -> None:
    """The app's connection backs up while a second one (as a headless command would) saves
    applicants: the backup still passes integrity_check and its audit chain is whole. (While
    the file is copied the writer waits; a deferred write transaction may instead be told
    "locked", and saves again: issue 11 item 5 makes them IMMEDIATE.)"""
    writer = session.unlock(db_path, "admin", PASSPHRASE)
    stop = threading.Event()
    written: list[int] = []

    def keep_writing() -> None:
        number = 100
        while not stop.is_set():
            try:
                add_applicant(writer, number)
            except DB_ERRORS as error:  # the backup held the write lock: saved again later
                assert "locked" in str(error)
                continue
            written.append(number)
            number += 1

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        while len(written) < 3:
            stop.wait(0.01)
        # The snapshot alone (back_up also notes the time in meta, a write of its own).
        paths = [files.write_backup(
            demo_store.db.conn, db_path, demo_store.opened.data_key, tmp_path,
            database_id=demo_store.opened.database_id, schema="", made_by="admin",
            now=NOW + timedelta(seconds=n)) for n in range(3)]
    finally:
        stop.set()
        thread.join()
        writer.close()
    assert len(written) > 3
    entries = [backups.preview(path, "admin", PASSPHRASE).audit_entries for path in paths]
    assert entries == sorted(entries)  # verify_backup checked each one's integrity and chain


def test_a_missing_usb_stick_is_a_clear_error_and_creates_nothing(store: Store, tmp_path: Path
                                                                  ) -> None:
    stick = tmp_path / "media" / "STICK" / "qadam"
    with pytest.raises(BackupFolderUnavailable) as refused:
        backups.back_up(store, to=stick)
    assert "USB stick" in refused.value.text()
    assert not (tmp_path / "media").exists()


def test_before_an_import_the_backup_falls_back_to_the_default_folder(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    backups.set_folder(store, tmp_path / "unplugged" / "stick")
    path = backups.before_change(store, now=NOW)
    assert path.parent == db_path.parent / "backups"


def test_the_status_bar_age_and_the_daily_backup(store: Store) -> None:
    assert backups.last_backup(store) is None
    assert backups.overdue(None, NOW) and backups.daily_due(store, NOW)
    backups.back_up(store, now=NOW)
    assert backups.last_backup(store) == NOW
    assert not backups.daily_due(store, NOW + timedelta(hours=23))
    assert backups.daily_due(store, NOW + timedelta(hours=24))
    assert not backups.overdue(NOW, NOW + timedelta(days=7))
    assert backups.overdue(NOW, NOW + timedelta(days=7, minutes=1))


# -- rotation -----------------------------------------------------------------------------------


def test_rotation_keeps_seven_days_then_four_weeks() -> None:
    day = datetime(2026, 1, 1, 8, tzinfo=UTC)  # a Thursday
    stamps = [day + timedelta(days=n, hours=h) for n in range(60) for h in (0, 5)]
    kept = files.choose_kept(stamps)
    newest_days = [day + timedelta(days=n, hours=5) for n in range(53, 60)]
    assert set(newest_days) <= kept
    weekly = sorted(kept - set(newest_days))
    assert len(weekly) == 4
    # Sundays (the newest of each older ISO week), the nearest first.
    assert [w.strftime("%a %d %b") for w in weekly] == [
        "Sun 01 Feb", "Sun 08 Feb", "Sun 15 Feb", "Sun 22 Feb"]


def test_rotation_with_a_running_clock_over_a_year() -> None:
    """One backup a working day (several on some, none on others), rotation after each: the
    newest always stays, never more than 11 remain, the dailies are the 7 latest days."""
    kept: set[datetime] = set()
    clock = datetime(2025, 12, 1, 9, tzinfo=UTC)
    for n in range(400):
        clock += timedelta(days=1)
        if clock.weekday() >= 5 or n % 17 == 0:
            continue  # weekends and days the laptop stayed off
        for h in range(1 + n % 3):
            kept.add(clock + timedelta(hours=h))
        newest = max(kept)
        kept = files.choose_kept(kept)
        assert newest in kept and len(kept) <= 11
        days = sorted({k.date() for k in kept}, reverse=True)
        assert len(days) == len(kept)  # one a day
        weeks = [d.isocalendar()[:2] for d in days[7:]]
        assert len(set(weeks)) == len(weeks)  # the older ones one a week


def test_rotation_never_touches_other_files(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    others = [folder / "notes.txt",
              folder / files.backup_name("01a00000-0000-7000-8000-000000000000", NOW)]
    for other in others:
        other.write_text("keep me")
    for n in range(15):
        backups.back_up(store, to=folder, now=NOW + timedelta(days=n))
    mine = files.list_backups(folder, store.opened.database_id)
    assert len(mine) == 7 + 2  # 7 days, then the 2 older ISO weeks that exist
    assert all(other.read_text() == "keep me" for other in others)


def test_the_header_names_the_database_and_carries_every_wrap(store: Store) -> None:
    path = backups.back_up(store, now=NOW)
    header, _ = files.read_header(path)
    assert header.database_id == store.opened.database_id
    assert path.name.startswith(store.opened.database_id)
    on_disk = json.loads(Keyring.path_for(store.opened.path).read_text(encoding="utf-8"))
    assert header.keyring == on_disk


def test_with_a_reader_pinning_the_wal_the_online_backup_api_takes_over(
    demo_store: Store, db_path: Path
) -> None:
    """Another process reading (a headless command) keeps the WAL from being emptied, so the
    file cannot be frozen: the backup goes through SQLite's online backup API instead, and is
    just as whole."""
    add_applicant(demo_store, 3)  # something in the WAL
    reader = session.unlock(db_path, "admin", PASSPHRASE)
    try:
        reader.db.conn.execute("BEGIN")
        reader.db.execute("SELECT count(*) FROM persons").fetchone()
        add_applicant(demo_store, 4)  # past the reader's snapshot: the WAL cannot be reset
        assert not files._freeze(demo_store.db.conn, db_path)
        path = backups.back_up(demo_store, now=NOW)
    finally:
        reader.db.conn.rollback()
        reader.close()
    verified = backups.preview(path, "admin", PASSPHRASE)
    persons = demo_store.db.execute("SELECT count(*) FROM persons WHERE deleted = 0")
    assert verified.counts["persons"] == persons.fetchone()[0]


class LockedRegionFile(io.BytesIO):
    """A database file as Windows shows it to another handle while the app runs: reading
    SQLite's lock-byte range fails (mandatory byte-range locks). Stands in for Windows here."""

    def __init__(self, data: bytes, locked: range) -> None:
        super().__init__(data)
        self.locked = locked

    def read(self, size: int = -1) -> bytes:
        start = self.tell()
        end = start + (size if size >= 0 else len(self.getvalue()))
        if start < self.locked.stop and self.locked.start < end:
            raise PermissionError(33, "The process cannot access the file (lock violation)")
        return super().read(size)


def test_the_lock_byte_page_is_never_read_and_comes_out_as_zeros(monkeypatch) -> None:
    monkeypatch.setattr(files, "LOCK_PAGE_START", 3 * 4096)
    monkeypatch.setattr(files, "CHUNK", 5000)  # chunks that straddle the page
    data = bytes(range(256)) * 160  # 40,960 bytes, ten pages
    locked = range(3 * 4096, 4 * 4096)
    copied = b"".join(files.database_chunks(LockedRegionFile(data, locked), len(data),
                                            Path("q.db")))
    assert len(copied) == len(data)
    assert copied[locked.start:locked.stop] == bytes(4096)
    assert copied[:locked.start] == data[:locked.start]
    assert copied[locked.stop:] == data[locked.stop:]

"""sqlite3 failures reach the person as StoreError with a code and a hint."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.errors import AppAuditError, StoreError
from desktop_app.storage import AuditDatabase

from .factories import report


def test_a_database_locked_by_another_writer_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    db = AuditDatabase(path, busy_timeout_s=0.05)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(StoreError) as caught:
            db.record_audit(report(), None, False)
        assert caught.value.code == "store_locked"
        assert "locked" in caught.value.message and str(path) in caught.value.message
        assert caught.value.hint
        assert isinstance(caught.value, AppAuditError)
    finally:
        other.execute("ROLLBACK")
        other.close()
    # Once the other writer is gone the same object works again, and nothing half-written remains.
    audit_id = db.record_audit(report(), None, False)
    assert audit_id == 1
    assert db.verify_chain().ok
    db.close()


def test_reading_while_another_process_writes_is_not_blocked(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    db = AuditDatabase(path, busy_timeout_s=0.05)
    db.record_audit(report(), None, False)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert len(db.list_audits()) == 1  # WAL: readers go on while a writer holds the lock
        assert db.verify_chain().ok
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.close()


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "audits.db"
    path.write_bytes(b"this is a text file, not SQLite " * 100)
    with pytest.raises(StoreError) as caught:
        AuditDatabase(path)
    assert caught.value.code == "store_corrupt"
    assert str(path) in caught.value.message


def test_a_folder_that_cannot_be_created_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        AuditDatabase(blocker / "sub" / "audits.db")


def test_a_damaged_page_is_reported_as_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    db = AuditDatabase(path)
    for _ in range(300):
        db.record_audit(report(), None, False)
    db.close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Scribble over every page but the first (the header and schema stay readable).
    for offset in range(page_size * 2, len(data), page_size):
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as caught:
        reopened = AuditDatabase(path)
        try:
            reopened.verify_chain()
        finally:
            reopened.close()
    assert caught.value.code == "store_corrupt"

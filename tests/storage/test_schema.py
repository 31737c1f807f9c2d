from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.errors import StoreError
from desktop_app.storage import AuditDatabase
from desktop_app.storage.schema import STEPS

EXPECTED_TABLES = {
    "devices",
    "audits",
    "findings",
    "audit_inventories",
    "remediation_events",
    "policies",
    "outbox",
    "chain_state",
    "_sqlite_migrations",
}


def test_migrations_from_an_empty_file_create_every_table(db_path: Path) -> None:
    AuditDatabase(db_path).close()
    raw = sqlite3.connect(db_path)
    tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables >= EXPECTED_TABLES
    applied = raw.execute("SELECT migration_set, name FROM _sqlite_migrations").fetchall()
    assert applied == [("app-audit", name) for name, _ in STEPS]
    assert applied[0] == ("app-audit", "m001_initial")
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_applies_nothing_twice(db_path: Path) -> None:
    AuditDatabase(db_path).close()
    AuditDatabase(db_path).close()
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == len(STEPS)
    assert raw.execute("SELECT COUNT(*) FROM chain_state").fetchone()[0] == 1


def test_foreign_keys_are_enforced(db: AuditDatabase) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        db._conn.execute(
            "INSERT INTO findings (audit_id, position, rule_id, rule_title, action, app_id, label, platform,"
            " state, reason) VALUES (999, 0, 'r', 't', 'remove', 'a', 'l', 'android', 'blocking', '{}')"
        )


def test_a_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    AuditDatabase(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('app-audit', 'm999_future', 'x')"
    )
    raw.commit()
    raw.close()
    with pytest.raises(StoreError) as caught:
        AuditDatabase(db_path)
    assert caught.value.code == "store_too_new"
    assert "m999_future" in caught.value.message

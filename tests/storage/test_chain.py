"""Hash chain: edits made behind the application's back are found and named."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core.models import Verdict
from desktop_app.storage import AuditDatabase

from .factories import START, TickingClock, inventory, report


@contextmanager
def raw_sql(path: Path) -> Iterator[sqlite3.Connection]:
    """What a person with the sqlite3 shell could do (foreign keys are off there by default)."""
    conn = sqlite3.connect(path)
    try:
        yield conn
        conn.commit()
    finally:
        conn.close()


def record(db: AuditDatabase, n: int, **kwargs: object) -> list[int]:
    return [db.record_audit(report(**kwargs), inventory(), keep_inventory=False) for _ in range(n)]  # type: ignore[arg-type]


def test_an_untouched_chain_verifies(db: AuditDatabase) -> None:
    record(db, 5)
    result = db.verify_chain()
    assert result.ok and result.checked == 5 and result.problems == []


def test_an_empty_chain_verifies(db: AuditDatabase) -> None:
    assert db.verify_chain().ok


def test_each_row_links_to_the_previous_hash(db: AuditDatabase) -> None:
    record(db, 3)
    rows = sorted(db.list_audits(), key=lambda r: r.audit_id)
    assert rows[1].prev_hash == rows[0].row_hash and rows[2].prev_hash == rows[1].row_hash


def test_an_edited_verdict_is_reported_with_its_audit_id(db: AuditDatabase, db_path: Path) -> None:
    ids = record(db, 4)
    with raw_sql(db_path) as conn:
        conn.execute("UPDATE audits SET verdict = 'compliant' WHERE id = ?", (ids[1],))
    result = db.verify_chain()
    assert not result.ok
    assert result.checked == 4
    assert len(result.problems) == 1
    assert f"audit {ids[1]}:" in result.problems[0] and "edited" in result.problems[0]


def test_an_edited_finding_is_reported(db: AuditDatabase, db_path: Path) -> None:
    ids = record(db, 3)
    with raw_sql(db_path) as conn:
        conn.execute("UPDATE findings SET state = 'review' WHERE audit_id = ? AND position = 1", (ids[2],))
    result = db.verify_chain()
    assert not result.ok and any(p.startswith(f"audit {ids[2]}:") for p in result.problems)


def test_a_deleted_finding_is_reported(db: AuditDatabase, db_path: Path) -> None:
    ids = record(db, 2)
    with raw_sql(db_path) as conn:
        conn.execute("DELETE FROM findings WHERE audit_id = ? AND position = 0", (ids[0],))
    result = db.verify_chain()
    assert [p for p in result.problems if p.startswith(f"audit {ids[0]}:")]


def test_a_changed_device_serial_is_reported(db: AuditDatabase, db_path: Path) -> None:
    ids = record(db, 2)
    with raw_sql(db_path) as conn:
        conn.execute("UPDATE devices SET serial = 'SOMEONE-ELSE'")
    problems = db.verify_chain().problems
    assert {p.split(":")[0] for p in problems} == {f"audit {ids[0]}", f"audit {ids[1]}"}


def test_a_deleted_row_in_the_middle_is_reported(db: AuditDatabase, db_path: Path) -> None:
    ids = record(db, 5)
    with raw_sql(db_path) as conn:
        conn.execute("DELETE FROM findings WHERE audit_id = ?", (ids[2],))
        conn.execute("DELETE FROM audits WHERE id = ?", (ids[2],))
    result = db.verify_chain()
    assert not result.ok and result.checked == 4
    joined = "\n".join(result.problems)
    assert f"entry {ids[2]} of the history is missing" in joined
    assert f"audit {ids[3]}: its link to the audit before it is broken" in joined


def test_a_deleted_row_leaving_its_findings_is_reported(db: AuditDatabase, db_path: Path) -> None:
    ids = record(db, 3)
    with raw_sql(db_path) as conn:
        conn.execute("DELETE FROM audits WHERE id = ?", (ids[1],))
    joined = "\n".join(db.verify_chain().problems)
    assert f"findings of audit {ids[1]} remain" in joined


def test_deleting_the_newest_audit_is_reported(db: AuditDatabase, db_path: Path) -> None:
    ids = record(db, 3)
    with raw_sql(db_path) as conn:
        conn.execute("DELETE FROM findings WHERE audit_id = ?", (ids[2],))
        conn.execute("DELETE FROM audits WHERE id = ?", (ids[2],))
    result = db.verify_chain()
    assert not result.ok
    assert any(
        "newest records are missing" in p and f"entry {ids[2]} was recorded" in p for p in result.problems
    )


def test_an_edited_kept_inventory_is_reported(db: AuditDatabase, db_path: Path) -> None:
    audit_id = db.record_audit(report(), inventory(3), keep_inventory=True)
    with raw_sql(db_path) as conn:
        conn.execute("UPDATE audit_inventories SET apps = '[]' WHERE audit_id = ?", (audit_id,))
    assert any(p.startswith(f"audit {audit_id}:") for p in db.verify_chain().problems)


def test_purge_keeps_the_remaining_chain_verifiable(db: AuditDatabase, ticking: TickingClock) -> None:
    ids = record(db, 6)  # recorded at START .. START+5s
    purged = db.purge_older_than(START + timedelta(seconds=3))
    assert purged == 3
    assert [r.audit_id for r in db.list_audits()] == ids[:2:-1]
    result = db.verify_chain()
    assert result.ok and result.checked == 3, result.problems
    record(db, 2)
    assert db.verify_chain().ok


def test_tampering_after_a_purge_is_still_found(db: AuditDatabase, db_path: Path) -> None:
    ids = record(db, 4)
    db.purge_older_than(START + timedelta(seconds=2))
    with raw_sql(db_path) as conn:
        conn.execute("UPDATE audits SET apps_scanned = 1 WHERE id = ?", (ids[2],))
    assert any(p.startswith(f"audit {ids[2]}:") for p in db.verify_chain().problems)


def test_deleting_the_oldest_kept_audit_after_a_purge_is_found(db: AuditDatabase, db_path: Path) -> None:
    ids = record(db, 4)
    db.purge_older_than(START + timedelta(seconds=2))
    with raw_sql(db_path) as conn:
        conn.execute("DELETE FROM findings WHERE audit_id = ?", (ids[2],))
        conn.execute("DELETE FROM audits WHERE id = ?", (ids[2],))
    assert not db.verify_chain().ok


def test_purge_only_removes_a_prefix_of_the_chain(db_path: Path) -> None:
    # A clock set back: audit 3 is recorded "before" audit 2. Purging at audit 2's time must not
    # delete audit 3 from the middle of the chain (that would break it); it waits for a later purge.
    times = iter([START, START + timedelta(hours=2), START + timedelta(hours=1), START + timedelta(hours=3)])

    def clock() -> datetime:
        return next(times)

    db = AuditDatabase(db_path, clock=clock)
    ids = record(db, 4)
    assert db.purge_older_than(START + timedelta(hours=1, minutes=30)) == 1
    assert sorted(r.audit_id for r in db.list_audits()) == ids[1:]
    assert db.verify_chain().ok
    db.close()


def test_purge_removes_devices_without_audits_and_old_delivered_messages(
    db: AuditDatabase, db_path: Path
) -> None:
    db.record_audit(report(serial="OLD"), None, False)
    db.record_audit(report(serial="NEW", verdict=Verdict.COMPLIANT), None, False)
    old = db.enqueue_outbox("mail_access", {"serial": "OLD"}, "k-old", now=START)
    db.mark_delivered(old, START)
    pending = db.enqueue_outbox("mail_access", {"serial": "OLD"}, "k-pending", now=START)
    db.purge_older_than(START + timedelta(seconds=1))
    with raw_sql(db_path) as conn:
        assert [r[0] for r in conn.execute("SELECT serial FROM devices")] == ["NEW"]
    assert [m.message_id for m in db.list_outbox()] == [pending]


@pytest.mark.parametrize("column", ["recorded_at", "policy_sha256", "notes", "prev_hash"])
def test_any_hashed_column_edit_is_found(db: AuditDatabase, db_path: Path, column: str) -> None:
    ids = record(db, 2)
    with raw_sql(db_path) as conn:
        conn.execute(f"UPDATE audits SET {column} = {column} || 'x' WHERE id = ?", (ids[0],))
    assert not db.verify_chain().ok

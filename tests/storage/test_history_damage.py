"""Issue #16 item 7: `history verify` runs SQLite's integrity check and covers the tables beside the chain."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.core.audit_service import AuditService
from desktop_app.core.models import Device, InstalledApp, Inventory, Platform, ProfileRead, Verdict
from desktop_app.core.signing import generate_private_key
from desktop_app.storage import AuditDatabase
from tests.conftest import REPO, FixedClock, Issuer

from .factories import POLICY, TickingClock, report
from .test_chain import raw_sql, record

POLICY_TEXT = b"schema: app-audit/policy@1\nid: acme-mobile-mail\n"


def _verify_cli(db_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "history", "verify", "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        check=False,
    )


def _zero_page(db_path: Path, page_number: int) -> None:
    page_size = sqlite3.connect(db_path).execute("PRAGMA page_size").fetchone()[0]
    with db_path.open("r+b") as handle:
        handle.seek((page_number - 1) * page_size)
        handle.write(bytes(page_size))


def test_a_zeroed_index_page_is_reported_by_verify(db_path: Path) -> None:
    with AuditDatabase(db_path, clock=TickingClock()) as db:
        record(db, 30)
    # The verdict index is read by neither the chain walk nor the listing: only the integrity check sees it.
    with raw_sql(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audits_verdict'").fetchone()
    _zero_page(db_path, root)
    with AuditDatabase(db_path) as db:
        result = db.verify_chain()
    assert not result.ok
    assert any("damaged (SQLite integrity check)" in p for p in result.problems)
    cli = _verify_cli(db_path)
    assert cli.returncode == 1 and "Traceback" not in cli.stderr
    assert "damaged" in cli.stderr


def test_an_edited_stored_policy_is_reported(db: AuditDatabase, db_path: Path) -> None:
    real = hashlib.sha256(POLICY_TEXT).hexdigest()
    db.record_policy(dataclasses.replace(POLICY, sha256=real), POLICY_TEXT)
    record(db, 2)
    assert db.verify_chain().ok
    with raw_sql(db_path) as conn:
        conn.execute("UPDATE policies SET text = ?", (POLICY_TEXT.replace(b"acme", b"evil"),))
    result = db.verify_chain()
    assert not result.ok
    assert result.problems == [
        f"stored policy {real[:16]}: its text was edited (it no longer matches its hash)"
    ]


def test_an_edited_or_forged_outbox_message_is_reported(db: AuditDatabase, db_path: Path) -> None:
    audit_id = db.record_audit(report(verdict=Verdict.COMPLIANT), None, keep_inventory=False)
    db.enqueue_outbox(
        "mail_access", {"audit_id": audit_id, "serial": "R5CT1234"}, f"android:R5CT1234:audit-{audit_id}"
    )
    assert db.verify_chain().ok
    with raw_sql(db_path) as conn:
        conn.execute("UPDATE outbox SET payload = replace(payload, 'R5CT1234', 'STOLEN01')")
        conn.execute(
            "INSERT INTO outbox (kind, payload, idempotency_key, created_at, next_attempt_at)"
            " VALUES ('mail_access', '{}', 'forged', '2026-11-30T09:00:00.000000Z', '2026-11-30T09:00:00.000000Z')"
        )
    result = db.verify_chain()
    assert not result.ok
    assert [p.split(":")[0] for p in result.problems] == ["outbox message 1", "outbox message 2"]
    cli = _verify_cli(db_path)
    assert cli.returncode == 1 and "outbox message 1" in cli.stderr


class _Official:
    """Official audits through the outcome service: each change of mail state queues a message."""

    def __init__(self, db_path: Path, folder: Path) -> None:
        self.clock = FixedClock(datetime(2026, 12, 5, 9, 0, tzinfo=UTC))
        self.db = AuditDatabase(db_path, clock=self.clock.now)
        self.service = AuditService(self.db, self.clock, generate_private_key())
        self.policy = Issuer(folder).policy("2026.12.05-1")

    def check(self, inventory: Inventory) -> int:
        self.clock.current += timedelta(minutes=1)
        outcome = self.service.judge(PHONE, inventory, self.policy, live=True)
        assert outcome.audit_id is not None
        return outcome.audit_id


PHONE = Device(Platform.ANDROID, "R5CT0077", model="Pixel 8", os_version="14")
TIKTOK = Inventory(
    (InstalledApp("com.zhiliaoapp.musically", Platform.ANDROID, label="TikTok", user=0),), (ProfileRead(0),)
)
CLEAN = Inventory(
    (InstalledApp("com.whatsapp", Platform.ANDROID, label="WhatsApp", user=0),), (ProfileRead(0),)
)


def test_a_deleted_mail_access_message_is_reported(db_path: Path, tmp_path: Path) -> None:
    station = _Official(db_path, tmp_path)
    blocked = station.check(TIKTOK)
    station.check(TIKTOK)  # no change of state: no message, none expected
    restored = station.check(CLEAN)
    assert len(station.db.list_outbox()) == 2
    assert station.db.verify_chain().ok, station.db.verify_chain().problems
    with raw_sql(db_path) as conn:
        conn.execute("DELETE FROM outbox WHERE idempotency_key LIKE ?", (f"%:audit-{restored}",))
    result = station.db.verify_chain()
    assert result.problems == [
        f"audit {restored}: the mail-access message it queued (compliant) is missing from the outbox"
        " (it was deleted)"
    ]
    assert f"audit {blocked}" not in " ".join(result.problems)
    station.db.close()
    cli = _verify_cli(db_path)
    assert cli.returncode == 1 and f"audit {restored}: the mail-access message" in cli.stderr


def test_an_edited_mail_access_state_is_reported(db_path: Path, tmp_path: Path) -> None:
    station = _Official(db_path, tmp_path)
    blocked = station.check(TIKTOK)
    with raw_sql(db_path) as conn:
        conn.execute("UPDATE mail_access SET state = 'compliant'")
    assert station.db.verify_chain().problems == [
        f"device 1: its mail-access state says compliant (audit {blocked}) but its audits say not_compliant"
        " (the mail-access table was edited)"
    ]
    station.db.close()


def test_a_purge_keeps_the_messages_of_the_audits_it_keeps(db_path: Path, tmp_path: Path) -> None:
    station = _Official(db_path, tmp_path)
    station.check(TIKTOK)
    station.check(CLEAN)
    station.check(TIKTOK)
    with raw_sql(db_path) as conn:  # every message delivered before the purge's cutoff
        conn.execute("UPDATE outbox SET delivered_at = '2026-12-05T09:00:30.000000Z'")
    # Keeps the last two audits: the first one's message may go, the kept ones' must stay.
    assert station.db.purge_older_than(station.clock.current - timedelta(seconds=90)) == 1
    assert len(station.db.list_outbox()) == 2
    assert station.db.verify_chain().ok, station.db.verify_chain().problems
    station.db.close()

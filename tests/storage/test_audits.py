from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.core.checker import inventory_sha256
from desktop_app.core.errors import StoreError
from desktop_app.core.models import RemovalResult, Verdict
from desktop_app.storage import AuditDatabase

from .factories import POLICY, START, inventory, report


def test_round_trip_of_one_audit(db: AuditDatabase) -> None:
    audit_id = db.record_audit(report(notes=("work profile 10 read",)), inventory(), keep_inventory=False)
    detail = db.get_audit(audit_id)
    assert detail is not None
    row = detail.row
    assert (row.audit_id, row.platform, row.serial, row.model, row.os_version, row.device_name) == (
        audit_id,
        "android",
        "R5CT1234",
        "Pixel 8",
        "14",
        "Front desk phone",
    )
    assert (row.policy_id, row.policy_version, row.policy_sha256, row.policy_signed) == (
        POLICY.policy_id,
        POLICY.version,
        POLICY.sha256,
        True,
    )
    assert (row.verdict, row.apps_scanned, row.findings_count) == ("noncompliant", 3, 2)
    assert row.recorded_at == START
    assert len(row.row_hash) == 64 and row.prev_hash == "0" * 64
    assert [f["user"] for f in detail.findings] == [0, 10]
    first = detail.findings[0]
    assert first["app_id"] == "com.zhiliaoapp.musically"
    assert (first["action"], first["state"], first["app_state"]) == ("remove", "blocking", "enabled")
    assert first["reason"]["fr"] == "Interdite."
    assert detail.notes == ["work profile 10 read"]
    assert detail.remediation == []


def test_unknown_audit_is_none(db: AuditDatabase) -> None:
    assert db.get_audit(42) is None


def test_minimisation_keeps_no_inventory_by_default(db: AuditDatabase, db_path: Path) -> None:
    audit_id = db.record_audit(report(), inventory(5), keep_inventory=False)
    detail = db.get_audit(audit_id)
    assert detail is not None and detail.inventory is None
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT COUNT(*) FROM audit_inventories").fetchone()[0] == 0
    # No app id other than the findings' is anywhere in the database file's tables.
    dump = "\n".join(raw.iterdump())
    assert "com.example.app" not in dump


def test_full_inventory_is_kept_when_asked(db: AuditDatabase) -> None:
    apps = inventory(4, users=(0, 10))
    audit_id = db.record_audit(report(apps_scanned=4), apps, keep_inventory=True)
    detail = db.get_audit(audit_id)
    assert detail is not None and detail.inventory is not None
    assert [(a["app_id"], a["user"]) for a in detail.inventory] == [(a.app_id, a.user) for a in apps.apps]
    assert detail.inventory[0]["signer_digests"] == ["aa" * 32]


def test_inventory_hash_is_computed_when_the_report_has_none(db: AuditDatabase) -> None:
    apps = inventory(7)
    audit_id = db.record_audit(report(inventory_sha256=""), apps, keep_inventory=False)
    detail = db.get_audit(audit_id)
    assert detail is not None
    assert detail.row.inventory_sha256 == inventory_sha256(apps)


def test_list_is_newest_first_and_filters(db: AuditDatabase, ticking: object) -> None:
    ids = [
        db.record_audit(report(serial="A", verdict=Verdict.COMPLIANT), None, False),
        db.record_audit(report(serial="B"), None, False),
        db.record_audit(report(serial="A"), None, False),
        db.record_audit(report(serial="A", verdict=Verdict.INCONCLUSIVE), None, False),
    ]
    assert [r.audit_id for r in db.list_audits()] == ids[::-1]
    assert [r.audit_id for r in db.list_audits(serial="A")] == [ids[3], ids[2], ids[0]]
    assert [r.audit_id for r in db.list_audits(verdict="noncompliant")] == [ids[2], ids[1]]
    assert [r.audit_id for r in db.list_audits(serial="A", verdict="compliant")] == [ids[0]]
    # recorded at START, +1 s, +2 s, +3 s by the ticking clock
    since, until = START + timedelta(seconds=1), START + timedelta(seconds=3)
    assert [r.audit_id for r in db.list_audits(since=since, until=until)] == [ids[2], ids[1]]
    assert [r.audit_id for r in db.list_audits(limit=2, offset=1)] == [ids[2], ids[1]]
    assert db.list_audits(serial="nobody") == []


def test_device_row_is_shared_and_updated(db: AuditDatabase, db_path: Path) -> None:
    db.record_audit(report(serial="A"), None, False)
    db.record_audit(report(serial="A"), None, False)
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT COUNT(*) FROM devices").fetchone()[0] == 1


def test_remediation_events_are_attached_to_their_audit(db: AuditDatabase) -> None:
    audit_id = db.record_audit(report(), None, False)
    db.record_remediation(audit_id, RemovalResult("com.zhiliaoapp.musically", 0, removed=True))
    db.record_remediation(
        audit_id,
        RemovalResult(
            "com.zhiliaoapp.musically", 10, removed=False, code="DELETE_FAILED_DEVICE_POLICY_MANAGER"
        ),
    )
    detail = db.get_audit(audit_id)
    assert detail is not None
    assert [(r["user"], r["removed"], r["code"]) for r in detail.remediation] == [
        (0, True, ""),
        (10, False, "DELETE_FAILED_DEVICE_POLICY_MANAGER"),
    ]


def test_remediation_for_an_unknown_audit_is_a_store_error(db: AuditDatabase) -> None:
    with pytest.raises(StoreError) as caught:
        db.record_remediation(7, RemovalResult("com.x", 0, removed=True))
    assert caught.value.code == "store_unknown_audit"


def test_policies_seen_are_recorded_once(db: AuditDatabase, db_path: Path) -> None:
    text = b"schema: app-audit/policy@1\nid: acme-mobile-mail\n"
    db.record_policy(POLICY, text)
    db.record_policy(POLICY, text)
    assert db.policy_text(POLICY.sha256) == text
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT COUNT(*) FROM policies").fetchone()[0] == 1


def test_ids_are_never_reused_after_a_full_purge(db: AuditDatabase) -> None:
    first = db.record_audit(report(), None, False)
    assert db.purge_older_than(START + timedelta(days=1)) == 1
    second = db.record_audit(report(), None, False)
    assert second == first + 1
    assert db.verify_chain().ok

"""Removals are links of the hash chain too; receipts kept elsewhere vouch for the chain's tail."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.core.models import RemovalResult, Verdict
from desktop_app.storage import AuditDatabase

from .factories import START, TickingClock, inventory, report

REFUSED = RemovalResult(
    "com.zhiliaoapp.musically", 0, False, "DELETE_FAILED_DEVICE_POLICY_MANAGER", "blocked"
)
REMOVED = RemovalResult("com.zhiliaoapp.musically", 10, True)


def _edit(path: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(path)  # what a person with the sqlite3 shell could do
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def _history(db: AuditDatabase) -> list[int]:
    first = db.record_audit(report(), inventory(), keep_inventory=False)
    db.record_removal(first, REFUSED)
    db.record_removal(first, REMOVED)
    second = db.record_audit(report(verdict=Verdict.COMPLIANT), inventory(), keep_inventory=False)
    return [first, second]


def test_removals_take_the_next_chain_index_and_verify(db: AuditDatabase) -> None:
    first, second = _history(db)
    assert db.chain_link(first).index == 1  # type: ignore[union-attr]
    assert db.chain_link(second).index == 4  # type: ignore[union-attr]
    assert db.chain_head().index == 4
    result = db.verify_chain()
    assert result.ok and result.checked == 4, result.problems


@pytest.mark.parametrize(
    ("column", "value"), [("removed", 1), ("message", "removed fine"), ("app_id", "com.other"), ("user", 10)]
)
def test_an_edited_removal_is_detected(db: AuditDatabase, db_path: Path, column: str, value: object) -> None:
    _history(db)
    _edit(db_path, f"UPDATE remediation_events SET {column} = ? WHERE removed = 0", value)
    problems = db.verify_chain().problems
    assert any(p.startswith("removal ") and "edited" in p for p in problems), problems


def test_a_deleted_removal_is_detected(db: AuditDatabase, db_path: Path) -> None:
    _history(db)
    _edit(db_path, "DELETE FROM remediation_events WHERE removed = 0")
    problems = db.verify_chain().problems
    assert any("entry 2 of the history is missing" in p for p in problems), problems


def test_reordered_rows_are_detected(db: AuditDatabase, db_path: Path) -> None:
    _history(db)
    # Swap the two removals' places in the chain (their content and hashes stay as they were).
    _edit(db_path, "UPDATE remediation_events SET chain_index = -chain_index")
    _edit(db_path, "UPDATE remediation_events SET chain_index = 5 + chain_index")  # -2 -> 3, -3 -> 2
    assert not db.verify_chain().ok


def test_purge_keeps_removals_with_their_audit(db_path: Path) -> None:
    clock = TickingClock(step=timedelta(minutes=1))
    db = AuditDatabase(db_path, clock=clock)
    old = db.record_audit(report(), inventory(), keep_inventory=False)
    kept = db.record_audit(report(serial="OTHER"), inventory(), keep_inventory=False)
    db.record_removal(old, REMOVED)  # recorded after the kept audit: the old audit must stay with it
    assert db.purge_older_than(START + timedelta(seconds=30)) == 0
    assert db.verify_chain().ok
    assert {r.audit_id for r in db.list_audits()} == {old, kept}
    db.close()


def _write_receipt(folder: Path, name: str, index: int, hash_: str) -> None:
    body = {"receipt": {"format": "app-audit/receipt@1", "chain": {"index": index, "hash": hash_}}}
    (folder / name).write_text(json.dumps(body), encoding="utf-8")


def test_verify_against_receipts_detects_a_deleted_tail(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = AuditDatabase(db_path)
    first, second = _history(db)
    receipts = tmp_path / "receipts"
    receipts.mkdir()
    for audit_id in (first, second):
        link = db.chain_link(audit_id)
        assert link is not None
        _write_receipt(receipts, f"receipt-{audit_id}.json", link.index, link.hash)
    db.close()
    argv = ["history", "verify", "--db", str(db_path), "--against", str(receipts), "--json"]
    assert run(argv) == 0
    assert json.loads(capsys.readouterr().out)["receipt_links_checked"] == 2

    # The newest audit and the stored chain head are deleted together: the chain alone still verifies.
    conn = sqlite3.connect(db_path)
    head_index, head_hash = conn.execute(
        "SELECT chain_index, row_hash FROM remediation_events ORDER BY chain_index DESC LIMIT 1"
    ).fetchone()
    conn.execute("DELETE FROM findings WHERE audit_id = ?", (second,))
    conn.execute("DELETE FROM audits WHERE id = ?", (second,))
    conn.execute("UPDATE chain_state SET head_id = ?, head_hash = ?", (head_index, head_hash))
    conn.commit()
    conn.close()
    assert run(["history", "verify", "--db", str(db_path), "--json"]) == 0
    capsys.readouterr()
    assert run(argv) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert any(f"receipt-{second}.json" in p and "newest records were deleted" in p for p in problems), (
        problems
    )


def test_verify_against_receipts_detects_a_rewritten_record(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = AuditDatabase(db_path)
    first, _ = _history(db)
    link = db.chain_link(first)
    assert link is not None
    db.close()
    _write_receipt(tmp_path, "kept.json", link.index, "0" * 64)  # the hash the receipt holder saw
    assert run(["history", "verify", "--db", str(db_path), "--against", str(tmp_path)]) == 1
    assert "rewritten" in capsys.readouterr().err

"""Walk the audit chain and say, audit by audit, what no longer matches."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from desktop_app.storage.chain import canonical_content, kept_inventory_digest, link_hash
from desktop_app.storage.records import ChainReport
from desktop_app.storage.rows import iter_dicts, one_dict

_AUDITS_IN_ORDER = """
    SELECT a.*, d.platform AS platform, d.serial AS serial,
           i.apps AS kept_apps, i.profiles AS kept_profiles
    FROM audits a
    LEFT JOIN devices d ON d.id = a.device_id
    LEFT JOIN audit_inventories i ON i.audit_id = a.id
    ORDER BY a.id
"""
_FINDINGS_IN_ORDER = "SELECT * FROM findings ORDER BY audit_id, position"


def verify(conn: sqlite3.Connection) -> ChainReport:
    """Call inside a read transaction so concurrent appends do not move the head mid-walk."""
    state = one_dict(conn, "SELECT * FROM chain_state WHERE id = 1")
    if state is None:
        return ChainReport(ok=False, checked=0, problems=["the chain state row is missing"])
    problems: list[str] = []
    expected_prev: str = state["anchor_hash"]
    previous_id: int = state["anchor_id"]
    checked = 0
    findings = _FindingsByAudit(iter_dicts(conn, _FINDINGS_IN_ORDER))
    for audit in iter_dicts(conn, _AUDITS_IN_ORDER):
        audit_id = int(audit["id"])
        checked += 1
        if audit_id != previous_id + 1:
            problems.append(_gap(previous_id, audit_id))
        if audit["prev_hash"] != expected_prev:
            problems.append(
                f"audit {audit_id}: its link to the audit before it is broken"
                " (that audit was deleted or edited)"
            )
        if audit["platform"] is None:
            problems.append(f"audit {audit_id}: its device row is missing")
        kept = None
        if audit["kept_apps"] is not None:
            kept = kept_inventory_digest(audit["kept_apps"], audit["kept_profiles"])
        content = canonical_content(
            audit, audit["platform"] or "", audit["serial"] or "", findings.take(audit_id), kept
        )
        if link_hash(audit["prev_hash"], content) != audit["row_hash"]:
            problems.append(
                f"audit {audit_id}: its content no longer matches its hash"
                " (the audit, its device, its findings or its kept inventory were edited)"
            )
        expected_prev = audit["row_hash"]
        previous_id = audit_id
    for audit_id in findings.orphans():
        problems.append(f"findings of audit {audit_id} remain but the audit itself is gone")
    if previous_id != state["head_id"] or expected_prev != state["head_hash"]:
        if previous_id < state["head_id"]:
            problems.append(
                f"the newest audits are missing: the chain ends at audit {previous_id}"
                f" but audit {state['head_id']} was recorded"
            )
        else:
            problems.append(f"audit {previous_id}: it is not the chain head that was recorded")
    return ChainReport(ok=not problems, checked=checked, problems=problems)


def _gap(previous_id: int, audit_id: int) -> str:
    if audit_id <= previous_id:
        return f"audit {audit_id}: out of order after audit {previous_id}"
    first_missing, last_missing = previous_id + 1, audit_id - 1
    if first_missing == last_missing:
        return f"audit {first_missing} is missing (deleted)"
    return f"audits {first_missing} to {last_missing} are missing (deleted)"


class _FindingsByAudit:
    """Merges the findings stream (ordered by audit id) with the audits stream."""

    def __init__(self, rows: Iterator[dict[str, Any]]) -> None:
        self._rows = rows
        self._pending: dict[str, Any] | None = next(rows, None)
        self._orphans: list[int] = []

    def take(self, audit_id: int) -> list[dict[str, Any]]:
        taken: list[dict[str, Any]] = []
        while self._pending is not None and self._pending["audit_id"] <= audit_id:
            if self._pending["audit_id"] == audit_id:
                taken.append(self._pending)
            elif not self._orphans or self._orphans[-1] != self._pending["audit_id"]:
                self._orphans.append(self._pending["audit_id"])
            self._pending = next(self._rows, None)
        return taken

    def orphans(self) -> list[int]:
        while self._pending is not None:
            if not self._orphans or self._orphans[-1] != self._pending["audit_id"]:
                self._orphans.append(self._pending["audit_id"])
            self._pending = next(self._rows, None)
        return self._orphans

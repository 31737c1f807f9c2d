"""What this station sends to the fleet database, read from its own SQLite in chain order.

Audits (live, offline listings, and re-evaluations a withdrawal made without the phone) and removals
each go up in the order of their local ids, which follow the chain.

Data minimisation: only what the station keeps and the fleet needs goes up: device identity
and model, policy reference, verdict, findings (rule, app, user, action, state), counts,
hashes. Never the inventory, the device's name or free-text reasons.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from desktop_app.storage.rows import all_dicts
from desktop_app.storage.timestamps import from_text

_AUDITS = """
    SELECT a.id, a.recorded_at, a.evaluated_at, d.platform, d.serial, a.model, a.os_version,
           a.policy_id, a.policy_version, a.policy_sha256, a.policy_signed, a.policy_retracted,
           a.verdict, a.apps_scanned, a.inventory_sha256, a.deadline, a.prev_hash, a.row_hash,
           a.chain_index, a.official, a.origin
    FROM audits a JOIN devices d ON d.id = a.device_id
    WHERE a.id > ? ORDER BY a.id LIMIT ?
"""
_FINDINGS = """
    SELECT audit_id, rule_id, action, app_id, user, state FROM findings
    WHERE audit_id BETWEEN ? AND ? ORDER BY audit_id, position
"""
_REMOVALS = """
    SELECT r.id, r.audit_id, r.recorded_at, r.app_id, r.user, r.removed, r.code, d.platform, d.serial,
           r.chain_index, r.prev_hash, r.row_hash
    FROM remediation_events r JOIN audits a ON a.id = r.audit_id JOIN devices d ON d.id = a.device_id
    WHERE r.id > ? ORDER BY r.id LIMIT ?
"""
_PENDING = {
    "audit": "SELECT COUNT(*) FROM audits WHERE id > ?",
    "removal": "SELECT COUNT(*) FROM remediation_events WHERE id > ?",
}


def _iso(text: str | None) -> str | None:
    return None if text is None else from_text(text).isoformat()


def audit_bodies(conn: sqlite3.Connection, after: int, limit: int) -> list[dict[str, Any]]:
    audits = all_dicts(conn, _AUDITS, (after, limit))
    if not audits:
        return []
    findings: dict[int, list[dict[str, Any]]] = {}
    for f in all_dicts(conn, _FINDINGS, (audits[0]["id"], audits[-1]["id"])):
        findings.setdefault(f.pop("audit_id"), []).append(f)
    return [
        {
            "kind": "audit",
            "local_id": a["id"],
            "chain_index": a["chain_index"],
            "prev_hash": a["prev_hash"],
            "row_hash": a["row_hash"],
            "recorded_at": _iso(a["recorded_at"]),
            "evaluated_at": _iso(a["evaluated_at"]),
            "device": {
                "platform": a["platform"],
                "serial": a["serial"],
                "model": a["model"],
                "os_version": a["os_version"],
            },
            "policy": {
                "id": a["policy_id"],
                "version": a["policy_version"],
                "sha256": a["policy_sha256"],
                "signed": bool(a["policy_signed"]),
                "retracted": bool(a["policy_retracted"]),
            },
            # An audit counts centrally like locally (core.officiality); audits recorded before that
            # was judged count when made against a signed policy still in force.
            "official": (
                bool(a["official"])
                if a["official"] is not None
                else bool(a["policy_signed"]) and not a["policy_retracted"]
            ),
            "origin": a["origin"],  # live, offline, or withdrawal (a re-evaluation without the phone)
            "verdict": a["verdict"],
            "apps_scanned": a["apps_scanned"],
            "inventory_sha256": a["inventory_sha256"],
            "deadline": _iso(a["deadline"]),
            "findings": findings.get(a["id"], []),
        }
        for a in audits
    ]


def removal_bodies(conn: sqlite3.Connection, after: int, limit: int) -> list[dict[str, Any]]:
    return [
        {
            "kind": "removal",
            "local_id": r["id"],
            # Removals recorded before they joined the chain take their audit's place in it.
            "chain_index": r["chain_index"] if r["chain_index"] is not None else r["audit_id"],
            "audit_local_id": r["audit_id"],
            "prev_hash": r["prev_hash"],
            "row_hash": r["row_hash"],
            "recorded_at": _iso(r["recorded_at"]),
            "device": {"platform": r["platform"], "serial": r["serial"]},
            "app_id": r["app_id"],
            "user": r["user"],
            "removed": bool(r["removed"]),
            "code": r["code"],
        }
        for r in all_dicts(conn, _REMOVALS, (after, limit))
    ]


def pending_count(conn: sqlite3.Connection, kind: str, after: int) -> int:
    return int(conn.execute(_PENDING[kind], (after,)).fetchone()[0])


def bodies_after(conn: sqlite3.Connection, kind: str, after: int, limit: int) -> list[dict[str, Any]]:
    reader = audit_bodies if kind == "audit" else removal_bodies
    return reader(conn, after, limit)

"""Devices whose latest official audit under one policy id was not compliant, with their findings.

One pass over the audits and one over their findings, whatever the number of devices: the
re-evaluation after a withdrawal runs for every device the policy ever blocked.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict

from desktop_app.core.models import AppState, Finding, FindingState, Platform, RuleAction
from desktop_app.core.outcome_records import StoredAudit
from desktop_app.storage.rows import iter_dicts

_LATEST = """
    WITH latest AS (
        SELECT device_id, MAX(chain_index) AS chain_index FROM audits WHERE official = 1 GROUP BY device_id
    )
    SELECT a.id, d.platform, d.serial, a.model, a.os_version, a.device_name, a.policy_id,
           a.policy_version, a.verdict, a.apps_scanned, a.inventory_sha256
    FROM latest l
    JOIN audits a ON a.chain_index = l.chain_index
    JOIN devices d ON d.id = a.device_id
    WHERE a.policy_id = ? AND a.verdict IN ('noncompliant', 'action_required')
"""
_FINDINGS = f"""
    SELECT f.* FROM findings f WHERE f.audit_id IN (SELECT id FROM ({_LATEST}))
    ORDER BY f.audit_id, f.position
"""  # noqa: S608 - constant text, the policy id is a bound parameter


def latest_official_not_compliant(conn: sqlite3.Connection, policy_id: str) -> list[StoredAudit]:
    findings: dict[int, list[Finding]] = defaultdict(list)
    for row in iter_dicts(conn, _FINDINGS, (policy_id,)):
        findings[int(row["audit_id"])].append(_finding(row))
    return [
        StoredAudit(
            audit_id=int(row["id"]),
            platform=row["platform"],
            serial=row["serial"],
            model=row["model"],
            os_version=row["os_version"],
            device_name=row["device_name"],
            policy_id=row["policy_id"],
            policy_version=row["policy_version"],
            verdict=row["verdict"],
            apps_scanned=int(row["apps_scanned"]),
            inventory_sha256=row["inventory_sha256"],
            findings=tuple(findings.get(int(row["id"]), ())),
        )
        for row in iter_dicts(conn, _LATEST, (policy_id,))
    ]


def _finding(row: dict[str, object]) -> Finding:
    reason = json.loads(str(row["reason"]))
    return Finding(
        rule_id=str(row["rule_id"]),
        rule_title=str(row["rule_title"]),
        action=RuleAction(str(row["action"])),
        app_id=str(row["app_id"]),
        label=str(row["label"]),
        platform=Platform(str(row["platform"])),
        user=None if row["user"] is None else int(str(row["user"])),
        state=FindingState(str(row["state"])),
        app_state=None if row["app_state"] is None else AppState(str(row["app_state"])),
        reason=reason if isinstance(reason, dict) else {},
    )

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
    SELECT f.audit_id, f.rule_id, f.rule_title, f.action, f.app_id, f.label, f.platform, f.user,
           f.state, f.app_state, f.reason
    FROM findings f WHERE f.audit_id IN (SELECT id FROM ({_LATEST}))
    ORDER BY f.audit_id, f.position
"""  # noqa: S608 - constant text, the policy id is a bound parameter


def latest_official_not_compliant(conn: sqlite3.Connection, policy_id: str) -> list[StoredAudit]:
    # Plain tuples, not dict rows: this reads every finding of every device the policy blocked.
    findings: dict[int, list[Finding]] = defaultdict(list)
    for audit_id, *finding in conn.execute(_FINDINGS, (policy_id,)):
        findings[int(audit_id)].append(_finding(*finding))
    return [
        StoredAudit(
            audit_id=int(audit_id),
            platform=platform,
            serial=serial,
            model=model,
            os_version=os_version,
            device_name=device_name,
            policy_id=stored_policy_id,
            policy_version=policy_version,
            verdict=verdict,
            apps_scanned=int(apps_scanned),
            inventory_sha256=inventory_sha256,
            findings=tuple(findings.get(int(audit_id), ())),
        )
        for (
            audit_id, platform, serial, model, os_version, device_name, stored_policy_id, policy_version,
            verdict, apps_scanned, inventory_sha256,
        ) in conn.execute(_LATEST, (policy_id,))
    ]  # fmt: skip


def _finding(  # noqa: PLR0917 - the columns of one findings row, in order
    rule_id: object,
    rule_title: object,
    action: object,
    app_id: object,
    label: object,
    platform: object,
    user: object,
    state: object,
    app_state: object,
    reason_text: object,
) -> Finding:
    reason = json.loads(str(reason_text))
    return Finding(
        rule_id=str(rule_id),
        rule_title=str(rule_title),
        action=RuleAction(str(action)),
        app_id=str(app_id),
        label=str(label),
        platform=Platform(str(platform)),
        user=None if user is None else int(str(user)),
        state=FindingState(str(state)),
        app_state=None if app_state is None else AppState(str(app_state)),
        reason=reason if isinstance(reason, dict) else {},
    )

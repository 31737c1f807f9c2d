"""Domain objects to stored column values and back.

JSON columns are written with sorted keys and no spaces so the stored text is
canonical: the hash chain hashes that text as it sits in the database.
"""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import datetime
from typing import Any

from desktop_app.core.models import AuditReport, Finding, InstalledApp, Inventory, ProfileRead
from desktop_app.storage.records import AuditRow
from desktop_app.storage.timestamps import from_text, to_text

# One encoder for every call (json.dumps builds a new one each time; a withdrawal encodes thousands).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(value: object) -> str:
    return _CANONICAL.encode(value)


def audit_values(report: AuditReport, recorded_at: datetime, inventory_sha256: str) -> dict[str, Any]:
    """Columns of one `audits` row, minus ids and hashes."""
    return {
        "recorded_at": to_text(recorded_at),
        "evaluated_at": to_text(report.evaluated_at),
        "model": report.device.model,
        "os_version": report.device.os_version,
        "device_name": report.device.name,
        "policy_id": report.policy.policy_id,
        "policy_version": report.policy.version,
        "policy_sha256": report.policy.sha256,
        "policy_signed": int(report.policy.signed),
        "policy_retracted": int(report.policy.retracted),
        "verdict": str(report.verdict),
        "apps_scanned": int(report.apps_scanned),
        "findings_count": len(report.findings),
        "inventory_sha256": inventory_sha256,
        "deadline": None if report.deadline is None else to_text(report.deadline),
        "notes": canonical_json(list(report.notes)),
    }


def finding_values(finding: Finding, position: int) -> dict[str, Any]:
    return {
        "position": position,
        "rule_id": finding.rule_id,
        "rule_title": finding.rule_title,
        "action": str(finding.action),
        "app_id": finding.app_id,
        "label": finding.label,
        "platform": str(finding.platform),
        "user": finding.user,
        "state": str(finding.state),
        "app_state": None if finding.app_state is None else str(finding.app_state),
        "reason": canonical_json(dict(finding.reason)),
    }


def inventory_json(inventory: Inventory) -> tuple[str, str]:
    """(apps, profiles) as canonical JSON text."""
    # A shallow copy per field: dataclasses.asdict deep-copies and is 10x slower on 500 apps.
    app_fields = [f.name for f in fields(InstalledApp)]
    profile_fields = [f.name for f in fields(ProfileRead)]
    apps = [{name: getattr(app, name) for name in app_fields} for app in inventory.apps]
    profiles = [{name: getattr(p, name) for name in profile_fields} for p in inventory.profiles]
    return canonical_json(apps), canonical_json(profiles)


def finding_dict(row: dict[str, Any]) -> dict[str, Any]:
    """A stored finding as the CLI's JSON shows it (DESIGN.md section 4 keys kept)."""
    return {
        "rule_id": row["rule_id"],
        "rule_title": row["rule_title"],
        "action": row["action"],
        "app_id": row["app_id"],
        "label": row["label"],
        "platform": row["platform"],
        "user": row["user"],
        "state": row["state"],
        "app_state": row["app_state"],
        "reason": json.loads(row["reason"]),
    }


def remediation_dict(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "recorded_at": row["recorded_at"],
        "app_id": row["app_id"],
        "user": row["user"],
        "removed": bool(row["removed"]),
        "code": row["code"],
        "message": row["message"],
    }


def audit_row(row: dict[str, Any]) -> AuditRow:
    return AuditRow(
        audit_id=row["id"],
        recorded_at=from_text(row["recorded_at"]),
        platform=row["platform"],
        serial=row["serial"],
        model=row["model"],
        os_version=row["os_version"],
        device_name=row["device_name"],
        policy_id=row["policy_id"],
        policy_version=row["policy_version"],
        policy_sha256=row["policy_sha256"],
        policy_signed=bool(row["policy_signed"]),
        verdict=row["verdict"],
        apps_scanned=row["apps_scanned"],
        findings_count=row["findings_count"],
        inventory_sha256=row["inventory_sha256"],
        row_hash=row["row_hash"],
        prev_hash=row["prev_hash"],
        official=None if row.get("official") is None else bool(row["official"]),
        why_not_official=tuple(str(code) for code in json.loads(row.get("why_not_official") or "[]")),
    )

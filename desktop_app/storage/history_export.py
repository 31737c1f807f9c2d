"""History exports (CSV and JSON) for the CLI and the window: per audit, its findings (app id,
label, profile, action) and the removals with their results, read in bulk.

CSV cells are neutralised against spreadsheet formulas (core.display_text.csv_cell); an empty
value stays an empty cell.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from desktop_app.core.display_text import csv_cell
from desktop_app.storage.records import AuditRow
from desktop_app.storage.rows import iter_dicts

CSV_COLUMNS = [
    "audit_id", "recorded_at", "platform", "serial", "model", "os_version", "device_name",
    "policy_id", "policy_version", "policy_sha256", "policy_signed", "verdict", "official",
    "why_not_official", "apps_scanned", "findings_count", "findings", "removals",
    "inventory_sha256", "chain_index", "row_hash", "prev_hash",
]  # fmt: skip
_CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _by_audit(conn: sqlite3.Connection, sql: str, ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for chunk in _chunks(ids):
        slots = ", ".join("?" for _ in chunk)
        for row in iter_dicts(conn, sql.format(slots=slots), chunk):
            found[int(row["audit_id"])].append(row)
    return found


_FINDINGS = (
    "SELECT audit_id, rule_id, app_id, label, user, action, state FROM findings"
    " WHERE audit_id IN ({slots}) ORDER BY audit_id, position"
)
_REMOVALS = (
    "SELECT audit_id, recorded_at, app_id, user, removed, code, message FROM remediation_events"
    " WHERE audit_id IN ({slots}) ORDER BY audit_id, id"
)
_OUTCOMES = "SELECT id AS audit_id, official, why_not_official, chain_index FROM audits WHERE id IN ({slots})"


def documents(conn: sqlite3.Connection, rows: Sequence[AuditRow]) -> list[dict[str, Any]]:
    """One JSON-ready document per audit row, with its findings and removals."""
    ids = [row.audit_id for row in rows]
    findings = _by_audit(conn, _FINDINGS, ids)
    removals = _by_audit(conn, _REMOVALS, ids)
    outcomes = {audit_id: found[0] for audit_id, found in _by_audit(conn, _OUTCOMES, ids).items()}
    result = []
    for row in rows:
        document = dataclasses.asdict(row)
        document["recorded_at"] = row.recorded_at.isoformat()
        outcome = outcomes.get(row.audit_id, {})
        official = outcome.get("official")
        document["official"] = None if official is None else bool(official)
        document["why_not_official"] = json.loads(outcome.get("why_not_official") or "[]")
        document["chain_index"] = outcome.get("chain_index")
        document["findings"] = [
            {
                "app_id": f["app_id"],
                "label": f["label"],
                "profile": f["user"],
                "action": f["action"],
                "rule_id": f["rule_id"],
                "state": f["state"],
            }
            for f in findings.get(row.audit_id, [])
        ]
        document["removals"] = [
            {
                "app_id": r["app_id"],
                "profile": r["user"],
                "result": "removed" if r["removed"] else "refused",
                "code": r["code"],
                "message": r["message"],
                "recorded_at": r["recorded_at"],
            }
            for r in removals.get(row.audit_id, [])
        ]
        result.append(document)
    return result


def _profile(user: object) -> str:
    return "" if user is None else f" user {user}"


def json_text(docs: Sequence[dict[str, Any]]) -> str:
    return json.dumps({"audits": list(docs)}, indent=2, ensure_ascii=False, default=str) + "\n"


def csv_text(docs: Sequence[dict[str, Any]]) -> str:
    """One row per audit; findings and removals each in one cell, entries separated by "; "."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for document in docs:
        cells = dict(document)
        cells["why_not_official"] = " ".join(document["why_not_official"])
        cells["findings"] = "; ".join(
            f"{f['app_id']} ({f['label']}){_profile(f['profile'])}: {f['action']}"
            for f in document["findings"]
        )
        cells["removals"] = "; ".join(
            f"{r['app_id']}{_profile(r['profile'])}: {r['result']}"
            + (f" [{r['code']}]" if r["code"] else "")
            + (f" {r['message']}" if r["message"] and r["result"] != "removed" else "")
            for r in document["removals"]
        )
        writer.writerow({key: "" if value is None else csv_cell(value) for key, value in cells.items()})
    return buffer.getvalue()

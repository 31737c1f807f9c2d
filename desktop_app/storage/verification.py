"""Check the whole history: the file itself, the audit chain audit by audit, and the tables beside it.

1. SQLite's own integrity check (a zeroed page, a broken index): damage no hash can see.
2. The hash chain, in chain order: every audit (its device, findings and kept inventory) and every
   removal, linked by hashes.
3. Outside the chain: each stored policy text against its SHA-256 (its key, quoted by the audits),
   and each outbox message against the digest written when it was queued.
4. The mail-access messages against the chain: replaying each device's official audits says when its
   mail state changed, and each change queued a message that must still be in the outbox; the
   device's current mail state must be where the replay ends. A deleted message is found this way.
"""

from __future__ import annotations

import hashlib
import heapq
import sqlite3
from collections.abc import Iterator
from typing import Any

from desktop_app.core.models import Verdict
from desktop_app.core.outcome_records import AuditOrigin
from desktop_app.core.outcomes import audit_message_key, mail_state_for, withdrawal_message_key
from desktop_app.storage.chain import canonical_content, kept_inventory_digest, link_hash, removal_content
from desktop_app.storage.outbox import message_digest
from desktop_app.storage.records import ChainReport
from desktop_app.storage.rows import iter_dicts, one_dict

_AUDITS_IN_ORDER = """
    SELECT a.*, d.platform AS platform, d.serial AS serial,
           i.apps AS kept_apps, i.profiles AS kept_profiles, 'audit' AS link_kind
    FROM audits a
    LEFT JOIN devices d ON d.id = a.device_id
    LEFT JOIN audit_inventories i ON i.audit_id = a.id
    ORDER BY a.chain_index
"""
# Removals recorded before removals joined the chain have no chain index: they are not walked.
_REMOVALS_IN_ORDER = """
    SELECT r.*, 'removal' AS link_kind FROM remediation_events r
    WHERE r.chain_index IS NOT NULL ORDER BY r.chain_index
"""
_FINDINGS_IN_ORDER = "SELECT * FROM findings ORDER BY audit_id, position"


_INTEGRITY_PROBLEMS_SHOWN = 10


def _links(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    return heapq.merge(
        iter_dicts(conn, _AUDITS_IN_ORDER),
        iter_dicts(conn, _REMOVALS_IN_ORDER),
        key=lambda row: row["chain_index"] if row["chain_index"] is not None else -1,
    )


def verify(conn: sqlite3.Connection) -> ChainReport:
    """Call inside a read transaction so concurrent appends do not move the head mid-walk."""
    damage = _file_damage(conn)
    try:
        chain = _verify_chain(conn)
        beside = [*_policy_problems(conn), *_outbox_problems(conn), *_mail_problems(conn)]
    except sqlite3.DatabaseError as exc:
        if not damage:
            raise
        # A damaged file may not be readable to the end: what the integrity check said is the report.
        return ChainReport(
            ok=False, checked=0, problems=[*damage, f"the history cannot be read to the end ({exc})"]
        )
    problems = [*damage, *chain.problems, *beside]
    return ChainReport(ok=not problems, checked=chain.checked, problems=problems)


def _file_damage(conn: sqlite3.Connection) -> list[str]:
    try:
        rows = conn.execute(f"PRAGMA integrity_check({_INTEGRITY_PROBLEMS_SHOWN})").fetchall()
    except sqlite3.DatabaseError as exc:  # damaged so badly the check itself cannot run
        return [f"the database file is damaged (SQLite integrity check): {exc}"]
    messages = [str(row[0]) for row in rows]
    if messages == ["ok"]:
        return []
    return [f"the database file is damaged (SQLite integrity check): {message}" for message in messages]


def _policy_problems(conn: sqlite3.Connection) -> list[str]:
    problems = []
    for sha256, text in conn.execute("SELECT sha256, text FROM policies ORDER BY sha256"):
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text or b"")
        if hashlib.sha256(data).hexdigest() != sha256:
            problems.append(
                f"stored policy {str(sha256)[:16]}: its text was edited (it no longer matches its hash)"
            )
    return problems


def _outbox_problems(conn: sqlite3.Connection) -> list[str]:
    problems = []
    rows = conn.execute(
        "SELECT id, kind, idempotency_key, created_at, payload, payload_sha256 FROM outbox ORDER BY id"
    )
    for message_id, kind, key, created_at, payload, digest in rows:
        values = (kind, key, created_at, payload)
        if not all(isinstance(v, str) for v in values) or message_digest(*values) != digest:
            problems.append(
                f"outbox message {message_id}: it was edited or added after it was queued"
                " (it no longer matches its digest)"
            )
    return problems


_OFFICIAL_AUDITS_IN_ORDER = """
    SELECT a.id, a.verdict, a.origin, a.policy_id, a.policy_version, a.device_id, d.platform, d.serial
    FROM audits a JOIN devices d ON d.id = a.device_id
    WHERE a.official = 1
    ORDER BY a.chain_index
"""
_UNKNOWN = "unknown"  # a device's state before the oldest audit a purge kept


def _mail_problems(conn: sqlite3.Connection) -> list[str]:
    keys = {str(key) for (key,) in conn.execute("SELECT idempotency_key FROM outbox")}
    purged = conn.execute("SELECT purged_count FROM chain_state WHERE id = 1").fetchone()
    replayed: dict[int, str] = {}
    problems = []
    for audit in iter_dicts(conn, _OFFICIAL_AUDITS_IN_ORDER):
        try:
            state = mail_state_for(Verdict(audit["verdict"]))
        except ValueError:
            continue  # an edited verdict: the chain walk reports that audit
        if state is None:
            continue
        device = int(audit["device_id"])
        before = replayed.get(device, _UNKNOWN if purged and purged[0] else None)
        replayed[device] = str(state)
        if before in (_UNKNOWN, str(state)):
            continue
        platform, serial = str(audit["platform"]), str(audit["serial"])
        if audit["origin"] == AuditOrigin.WITHDRAWAL:
            key = withdrawal_message_key(platform, serial, audit["policy_id"], audit["policy_version"])
        else:
            key = audit_message_key(platform, serial, state, int(audit["id"]))
        if key not in keys:
            problems.append(
                f"audit {audit['id']}: the mail-access message it queued ({state}) is missing from the"
                " outbox (it was deleted)"
            )
    for device, state, audit_id in conn.execute("SELECT device_id, state, audit_id FROM mail_access"):
        if replayed.get(int(device), state) != state:
            problems.append(
                f"device {device}: its mail-access state says {state!s} (audit {audit_id}) but its audits"
                f" say {replayed[int(device)]} (the mail-access table was edited)"
            )
    return problems


def _verify_chain(conn: sqlite3.Connection) -> ChainReport:
    state = one_dict(conn, "SELECT * FROM chain_state WHERE id = 1")
    if state is None:
        return ChainReport(ok=False, checked=0, problems=["the chain state row is missing"])
    problems: list[str] = []
    expected_prev: str = state["anchor_hash"]
    previous_index: int = state["anchor_id"]
    checked = 0
    findings = _FindingsByAudit(iter_dicts(conn, _FINDINGS_IN_ORDER))
    for link in _links(conn):
        checked += 1
        index = link["chain_index"]
        name = _name(link)
        if index is None:
            problems.append(f"{name}: it has no place in the chain (its chain index was erased)")
            continue
        index = int(index)
        if index != previous_index + 1:
            problems.append(_gap(previous_index, index, name))
        if link["prev_hash"] != expected_prev:
            problems.append(
                f"{name}: its link to the {'audit' if link['link_kind'] == 'audit' else 'record'} before it"
                " is broken (that record was deleted or edited)"
            )
        if link["link_kind"] == "audit":
            content = _audit_content(link, findings)
            if link["platform"] is None:
                problems.append(f"{name}: its device row is missing")
            edited = "(the audit, its device, its findings or its kept inventory were edited)"
        else:
            content = removal_content(link)
            edited = "(the removal record was edited)"
        if link_hash(link["prev_hash"] or "", content) != link["row_hash"]:
            problems.append(f"{name}: its content no longer matches its hash {edited}")
        expected_prev = link["row_hash"]
        previous_index = index
    for audit_id in findings.orphans():
        problems.append(f"findings of audit {audit_id} remain but the audit itself is gone")
    if previous_index != state["head_id"] or expected_prev != state["head_hash"]:
        if previous_index < state["head_id"]:
            problems.append(
                f"the newest records are missing: the chain ends at entry {previous_index}"
                f" but entry {state['head_id']} was recorded (the newest audits or removals were deleted)"
            )
        else:
            problems.append(f"entry {previous_index}: it is not the chain head that was recorded")
    return ChainReport(ok=not problems, checked=checked, problems=problems)


def _name(link: dict[str, Any]) -> str:
    if link["link_kind"] == "audit":
        return f"audit {link['id']}"
    return f"removal {link['id']} (of audit {link['audit_id']})"


def _audit_content(audit: dict[str, Any], findings: _FindingsByAudit) -> bytes:
    kept = None
    if audit["kept_apps"] is not None:
        kept = kept_inventory_digest(audit["kept_apps"], audit["kept_profiles"])
    return canonical_content(
        audit, audit["platform"] or "", audit["serial"] or "", findings.take(int(audit["id"])), kept
    )


def _gap(previous: int, index: int, name: str) -> str:
    if index <= previous:
        return f"{name}: out of order after entry {previous} (rows were reordered)"
    first_missing, last_missing = previous + 1, index - 1
    if first_missing == last_missing:
        return f"entry {first_missing} of the history is missing (deleted)"
    return f"entries {first_missing} to {last_missing} of the history are missing (deleted)"


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

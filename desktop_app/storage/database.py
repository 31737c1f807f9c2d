"""The audit database: audits with their findings, remediation events, policies seen, outbox.

One AuditDatabase per process and path. It is safe to share between threads (a lock
serialises calls) and between processes (SQLite WAL; every append to the audit chain
runs under BEGIN IMMEDIATE, so two writers queue instead of forking the chain).
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from desktop_app.core.checker import inventory_sha256 as digest_inventory
from desktop_app.core.errors import StoreError
from desktop_app.core.models import AuditReport, Inventory, PolicyRef, RemovalResult
from desktop_app.core.outcome_records import (
    AcceptedPolicy,
    AuditEntry,
    ChainLink,
    MailAccess,
    RecordedAudit,
    StoredAudit,
)
from desktop_app.storage import fleet_export, history_export, mail_state, outbox, policy_versions
from desktop_app.storage.chain import canonical_content, kept_inventory_digest
from desktop_app.storage.encoding import (
    audit_row,
    audit_values,
    canonical_json,
    finding_dict,
    finding_values,
    inventory_json,
    remediation_dict,
)
from desktop_app.storage.errors import translated
from desktop_app.storage.ledger import ChainCursor, append_removal, link_at, link_of_audit, upsert_device
from desktop_app.storage.records import AuditDetail, AuditRow, ChainReport, OutboxMessage
from desktop_app.storage.rows import all_dicts, one_dict
from desktop_app.storage.schema import MIGRATION_NAMES, migrations
from desktop_app.storage.station_files import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, tighten_mode
from desktop_app.storage.timestamps import to_text, utc_now
from desktop_app.storage.verification import verify
from desktop_app.storage.withdrawal_query import latest_official_not_compliant

logger = logging.getLogger(__name__)

_AUDIT_COLUMNS = (
    "recorded_at", "evaluated_at", "device_id", "model", "os_version", "device_name",
    "policy_id", "policy_version", "policy_sha256", "policy_signed", "policy_retracted",
    "verdict", "apps_scanned", "findings_count", "inventory_sha256", "deadline", "notes",
    "prev_hash", "row_hash", "chain_index", "official", "why_not_official", "origin",
)  # fmt: skip
_FINDING_COLUMNS = (
    "audit_id", "position", "rule_id", "rule_title", "action", "app_id", "label",
    "platform", "user", "state", "app_state", "reason",
)  # fmt: skip


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    # Only called below with this module's constant names: no input reaches the SQL text.
    names, slots = ", ".join(columns), ", ".join(f":{c}" for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({slots})"  # noqa: S608


_INSERT_AUDIT = _insert_sql("audits", _AUDIT_COLUMNS)
_INSERT_FINDING = _insert_sql("findings", _FINDING_COLUMNS)
_SELECT_AUDIT_ROWS = """
    SELECT a.id, a.recorded_at, d.platform, d.serial, a.model, a.os_version, a.device_name,
           a.policy_id, a.policy_version, a.policy_sha256, a.policy_signed, a.verdict,
           a.apps_scanned, a.findings_count, a.inventory_sha256, a.row_hash, a.prev_hash, a.notes,
           a.official, a.why_not_official
    FROM audits a JOIN devices d ON d.id = a.device_id
"""


@dataclass
class _PreparedAudit:
    report: AuditReport
    values: dict[str, Any]
    findings: list[dict[str, Any]]
    kept: tuple[str, str] | None
    content: bytes
    device_id: int = 0


class AuditDatabase:
    """Implements the core's AuditStore and OutcomeStore ports, and the outbox the integrations deliver from."""

    def __init__(
        self,
        path: Path,
        *,
        busy_timeout_s: float = 10.0,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.path = Path(path)
        self._clock = clock
        self._lock = threading.RLock()
        with translated("open the audit database", self.path):
            _create_private(self.path)
            deadline = time.monotonic() + busy_timeout_s
            for attempt in itertools.count():
                try:
                    self._open(busy_timeout_s)
                    break
                except sqlite3.OperationalError as exc:
                    # Switching a new file to WAL can report "locked" without waiting on the busy
                    # handler while another process creates it: retry the whole open until the deadline.
                    if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() >= deadline:
                        raise
                    time.sleep(min(0.5, 0.02 * 2**attempt))

    def _open(self, busy_timeout_s: float) -> None:
        # isolation_level=None: this class opens every transaction itself (BEGIN IMMEDIATE for writes).
        self._conn = sqlite3.connect(
            str(self.path), timeout=busy_timeout_s, isolation_level=None, check_same_thread=False
        )
        try:
            self._configure(busy_timeout_s)
            self._db = Database(self._conn, execute_plugins=False)
            self._migrate()
        except BaseException:
            self._conn.close()
            raise

    # -- lifecycle -----------------------------------------------------------------

    def _configure(self, busy_timeout_s: float) -> None:
        self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        self._conn.execute("PRAGMA foreign_keys = ON")
        mode = self._conn.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            self._conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a recorded audit survives a power cut, not only an application crash.
        self._conn.execute("PRAGMA synchronous = FULL")

    def _migrate(self) -> None:
        unknown = [m.name for m in migrations.applied(self._db) if m.name not in MIGRATION_NAMES]
        if unknown:
            raise StoreError(
                f"The database {self.path} was written by a newer App Audit ({', '.join(unknown)}).",
                hint="Update App Audit, or open another database with --db.",
                code="store_too_new",
            )
        if not migrations.pending(self._db):
            return
        # IMMEDIATE: two processes opening a new database at once must not both create the tables.
        with self._write():
            migrations.apply(self._db)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> AuditDatabase:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot across several SELECTs (WAL readers never block writers)."""
        self._conn.execute("BEGIN")
        try:
            yield self._conn
        finally:
            if self._conn.in_transaction:
                try:
                    self._conn.execute("COMMIT")
                except sqlite3.DatabaseError:  # a damaged file can refuse even this; a read changed nothing
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")

    @contextmanager
    def _call(self, action: str) -> Iterator[None]:
        with self._lock, translated(action, self.path):
            yield

    # -- audits --------------------------------------------------------------------

    def record_audit(
        self,
        report: AuditReport,
        inventory: Inventory | None,
        keep_inventory: bool,
        *,
        official: bool | None = None,
        why_not_official: Sequence[str] = (),
        origin: str | None = None,
    ) -> int:
        """Append one audit to the chain; returns its id (no mail-access decision: see record_audits).

        Data minimisation: the full inventory is stored only when keep_inventory is True;
        otherwise only its hash (already in the report, or computed here).
        """
        prepared = self._prepare(report, inventory, keep_inventory, official, why_not_official, origin)
        with self._call("record the audit"), self._write() as conn:
            cursor = ChainCursor.read(conn)
            self._upsert_device(conn, prepared)
            audit_id, _link = self._append_audit(conn, cursor, prepared)
            cursor.write(conn)
        return audit_id

    def record_audits(self, entries: Sequence[AuditEntry]) -> list[RecordedAudit]:
        """Append audits to the chain in one transaction, each with its mail-access message when
        the device's mail state changes (an audit and its message are stored together or not at all)."""
        now = self._clock()  # one instant for the whole batch
        prepared = [
            self._prepare(
                e.report, e.inventory, e.keep_inventory, e.official, e.why_not_official, str(e.origin), now
            )
            for e in entries
        ]
        recorded: list[RecordedAudit] = []
        with self._call("record the audit"), self._write() as conn:
            cursor = ChainCursor.read(conn)
            for item in prepared:
                self._upsert_device(conn, item)
            # One read of the devices' mail states, not one per audit (a withdrawal records thousands).
            states = mail_state.current_states(conn, [item.device_id for item in prepared])
            for entry, item in zip(entries, prepared, strict=True):
                audit_id, link = self._append_audit(conn, cursor, item)
                message_id, payload = None, None
                if entry.mail_state is not None and entry.message is not None:
                    message_id, payload = mail_state.queue_if_changed(
                        conn,
                        states,
                        item.device_id,
                        entry.mail_state,
                        audit_id,
                        partial(entry.message, audit_id, link),
                        now,
                        always=entry.always_message,
                    )
                recorded.append(RecordedAudit(audit_id, link, message_id, payload))
            cursor.write(conn)
        return recorded

    def _prepare(  # noqa: PLR0917 - one audit's parts, in the order of record_audit
        self,
        report: AuditReport,
        inventory: Inventory | None,
        keep_inventory: bool,
        official: bool | None,
        why_not_official: Sequence[str],
        origin: str | None,
        recorded_at: datetime | None = None,
    ) -> _PreparedAudit:
        """Everything but the chain position, serialised before taking the write lock."""
        recorded_at = recorded_at or self._clock()
        inventory_hash = report.inventory_sha256
        if not inventory_hash and inventory is not None:
            inventory_hash = digest_inventory(inventory)
        values = audit_values(report, recorded_at, inventory_hash)
        values["official"] = None if official is None else int(official)
        values["why_not_official"] = None if official is None else canonical_json(list(why_not_official))
        values["origin"] = None if official is None else (origin or "")
        findings = [finding_values(f, position) for position, f in enumerate(report.findings)]
        kept: tuple[str, str] | None = None
        if keep_inventory and inventory is not None:
            kept = inventory_json(inventory)
        device = report.device
        content = canonical_content(
            values,
            str(device.platform),
            device.serial,
            findings,
            None if kept is None else kept_inventory_digest(*kept),
        )
        return _PreparedAudit(report, values, findings, kept, content)

    @staticmethod
    def _upsert_device(conn: sqlite3.Connection, item: _PreparedAudit) -> None:
        item.device_id = upsert_device(conn, item.report.device, item.values["recorded_at"])

    @staticmethod
    def _append_audit(
        conn: sqlite3.Connection, cursor: ChainCursor, item: _PreparedAudit
    ) -> tuple[int, ChainLink]:
        """Insert one audit (its device already upserted) as the next link of the chain."""
        link, previous = cursor.advance(item.content)
        chained = {
            **item.values,
            "device_id": item.device_id,
            "prev_hash": previous,
            "row_hash": link.hash,
            "chain_index": link.index,
        }
        audit_id = int(conn.execute(_INSERT_AUDIT, chained).lastrowid or 0)
        conn.executemany(_INSERT_FINDING, [{**f, "audit_id": audit_id} for f in item.findings])
        if item.kept is not None:
            conn.execute(
                "INSERT INTO audit_inventories (audit_id, apps, profiles) VALUES (?, ?, ?)",
                (audit_id, *item.kept),
            )
        return audit_id, link

    def record_removal(self, audit_id: int, result: RemovalResult) -> ChainLink:
        """Record what one removal did, as the next link of the chain."""
        removal = {
            "audit_id": audit_id,
            "recorded_at": to_text(self._clock()),
            "app_id": result.app_id,
            "user": result.user,
            "removed": int(result.removed),
            "code": result.code,
            "message": result.message,
        }
        with self._call("record the removal"), self._write() as conn:
            self._require_audit(conn, audit_id)
            return append_removal(conn, removal)

    def record_remediation(self, audit_id: int, result: RemovalResult) -> None:
        """The AuditStore port's name for record_removal."""
        self.record_removal(audit_id, result)

    def chain_link(self, audit_id: int) -> ChainLink | None:
        """Where an audit sits in the hash chain (index, hash)."""
        with self._call("read the audit history"):
            return link_of_audit(self._conn, audit_id)

    def chain_link_at(self, index: int) -> ChainLink | None:
        with self._call("read the audit history"):
            return link_at(self._conn, index)

    def chain_bounds(self) -> tuple[int, ChainLink]:
        """(the index the kept chain starts after (purged before it), the head link)."""
        with self._call("read the audit history"):
            anchor, head_id, head_hash = self._conn.execute(
                "SELECT anchor_id, head_id, head_hash FROM chain_state WHERE id = 1"
            ).fetchone()
        return int(anchor), ChainLink(int(head_id), str(head_hash))

    def chain_head(self) -> ChainLink:
        with self._call("read the audit history"):
            cursor = ChainCursor.read(self._conn)
        return ChainLink(cursor.index, cursor.hash)

    def mail_access(self, platform: str, serial: str) -> MailAccess:
        with self._call("read the mail-access state"):
            return mail_state.read(self._conn, str(platform), serial)

    def accepted_policy(self, policy_id: str) -> AcceptedPolicy | None:
        with self._call("read the accepted policy versions"):
            return policy_versions.accepted(self._conn, policy_id)

    def known_policy_versions(self, policy_id: str) -> frozenset[str]:
        with self._call("read the accepted policy versions"):
            return policy_versions.known_versions(self._conn, policy_id)

    def accept_policy(
        self, ref: PolicyRef, supersedes: str | None, supersedes_known: bool | None, highest: bool
    ) -> None:
        with self._call("record the accepted policy version"), self._write() as conn:
            policy_versions.accept(conn, ref, supersedes, supersedes_known, highest, self._clock())

    def latest_official_not_compliant(self, policy_id: str) -> list[StoredAudit]:
        with self._call("read the audit history"), self._read() as conn:
            return latest_official_not_compliant(conn, policy_id)

    def record_receipt(self, audit_id: int, receipt: Mapping[str, Any]) -> None:
        """Keep the signed receipt an audit gave, exactly as signed (the History tab saves it again)."""
        with self._call("record the receipt"), self._write() as conn:
            self._require_audit(conn, audit_id)
            conn.execute(
                "INSERT INTO receipts (audit_id, document) VALUES (?, ?)"
                " ON CONFLICT (audit_id) DO UPDATE SET document = excluded.document",
                (audit_id, json.dumps(receipt, ensure_ascii=False, sort_keys=True)),
            )

    def record_policy(self, ref: PolicyRef, text: bytes) -> None:
        """Remember a policy that was used (text and hash); recording it again changes nothing."""
        with self._call("record the policy"), self._write() as conn:
            conn.execute(
                "INSERT INTO policies"
                " (sha256, policy_id, version, signed, signer, retracted, text, first_seen_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                (
                    ref.sha256,
                    ref.policy_id,
                    ref.version,
                    int(ref.signed),
                    ref.signer,
                    int(ref.retracted),
                    bytes(text),
                    to_text(self._clock()),
                ),
            )

    def policy_text(self, sha256: str) -> bytes | None:
        with self._call("read the policy"):
            row = self._conn.execute("SELECT text FROM policies WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else bytes(row[0])

    def list_audits(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        serial: str | None = None,
        verdict: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        device_text: str | None = None,
    ) -> list[AuditRow]:
        """Audits newest first (by recording time, then id), filtered on every given criterion.

        device_text matches part of the device's name, model, serial or UDID, in any case."""
        clauses: list[str] = []
        params: list[object] = []
        if serial is not None:
            clauses.append("a.device_id IN (SELECT id FROM devices WHERE serial = ?)")
            params.append(serial)
        if device_text:
            clauses.append(
                "(instr(lower(d.serial), ?) > 0 OR instr(lower(a.model), ?) > 0"
                " OR instr(lower(a.device_name), ?) > 0)"
            )
            params += [device_text.casefold()] * 3
        if verdict is not None:
            clauses.append("a.verdict = ?")
            params.append(str(verdict))
        if since is not None:
            clauses.append("a.recorded_at >= ?")
            params.append(to_text(since))
        if until is not None:
            clauses.append("a.recorded_at < ?")
            params.append(to_text(until))
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        params += [max(0, int(limit)), max(0, int(offset))]
        with self._call("list audits"):
            # `where` holds only fixed clauses from above; every value is a bound parameter.
            sql = f"{_SELECT_AUDIT_ROWS}{where} ORDER BY a.recorded_at DESC, a.id DESC LIMIT ? OFFSET ?"
            rows = all_dicts(self._conn, sql, params)
        return [audit_row(row) for row in rows]

    def count_audits(self) -> int:
        with self._call("count audits"):
            return int(self._conn.execute("SELECT COUNT(*) FROM audits").fetchone()[0])

    def get_audit(self, audit_id: int) -> AuditDetail | None:
        with self._call("read the audit"), self._read() as conn:
            row = one_dict(conn, f"{_SELECT_AUDIT_ROWS} WHERE a.id = ?", (audit_id,))
            if row is None:
                return None
            findings = all_dicts(
                conn, "SELECT * FROM findings WHERE audit_id = ? ORDER BY position", (audit_id,)
            )
            remediation = all_dicts(
                conn, "SELECT * FROM remediation_events WHERE audit_id = ? ORDER BY id", (audit_id,)
            )
            kept = conn.execute(
                "SELECT apps FROM audit_inventories WHERE audit_id = ?", (audit_id,)
            ).fetchone()
            receipt = conn.execute("SELECT document FROM receipts WHERE audit_id = ?", (audit_id,)).fetchone()
        return AuditDetail(
            row=audit_row(row),
            findings=[finding_dict(f) for f in findings],
            remediation=[remediation_dict(r) for r in remediation],
            inventory=None if kept is None else _json_list(kept[0]),
            notes=[str(note) for note in _json_list(row["notes"])],
            receipt=json.loads(receipt[0]) if receipt is not None else None,
        )

    def export_documents(self, rows: Sequence[AuditRow]) -> list[dict[str, Any]]:
        """The audits of rows with their findings and removals, for CSV / JSON exports."""
        with self._call("read the audits to export"), self._read() as conn:
            return history_export.documents(conn, rows)

    def verify_chain(self) -> ChainReport:
        with self._call("verify the audit history"), self._read() as conn:
            return verify(conn)

    def purge_older_than(self, cutoff: datetime) -> int:
        """Delete audits recorded before cutoff; returns how many.

        Only a prefix of the chain is deleted (an audit recorded before cutoff but after a
        kept one stays), and the hash of the last deleted audit becomes the anchor the
        remaining chain is verified from. Devices left without audits and delivered outbox
        messages older than cutoff go too: they hold device identities.
        """
        cutoff_text = to_text(cutoff)
        with self._call("purge old audits"), self._write() as conn:
            first_kept = _first_kept_link(conn, cutoff_text)
            bound = "" if first_kept is None else " WHERE chain_index < ?"
            bound_params: tuple[object, ...] = () if first_kept is None else (first_kept,)
            # bound is one of two constant clauses; the index is a bound parameter.
            last_sql = (
                f"SELECT chain_index, row_hash FROM audits{bound}"  # noqa: S608
                f" UNION ALL SELECT chain_index, row_hash FROM remediation_events{bound}"
                + (" AND" if bound else " WHERE")
                + " chain_index IS NOT NULL ORDER BY 1 DESC LIMIT 1"
            )
            last = conn.execute(last_sql, bound_params * 2).fetchone()
            purged = 0
            if last is not None:
                last_index, last_hash = last
                purged = conn.execute("DELETE FROM audits WHERE chain_index <= ?", (last_index,)).rowcount
                conn.execute(
                    "UPDATE chain_state SET anchor_id = ?, anchor_hash = ?, purged_count = purged_count + ?"
                    " WHERE id = 1",
                    (last_index, last_hash, purged),
                )
                conn.execute("DELETE FROM devices WHERE id NOT IN (SELECT device_id FROM audits)")
            outbox.purge_delivered_before(conn, cutoff)
        logger.info("purged %d audits recorded before %s", purged, cutoff_text)
        return purged

    @staticmethod
    def _require_audit(conn: sqlite3.Connection, audit_id: int) -> None:
        if conn.execute("SELECT 1 FROM audits WHERE id = ?", (audit_id,)).fetchone() is None:
            raise StoreError(f"There is no audit {audit_id} in the database.", code="store_unknown_audit")

    # -- fleet ---------------------------------------------------------------------

    def fleet_bodies_after(self, kind: str, after: int, limit: int) -> list[dict[str, Any]]:
        """Rows for the fleet database (kind 'audit' or 'removal') with local id > after, in chain order."""
        with self._call("read rows for the fleet"), self._read() as conn:
            return fleet_export.bodies_after(conn, kind, after, limit)

    def fleet_pending(self, kind: str, after: int) -> int:
        with self._call("count rows for the fleet"):
            return fleet_export.pending_count(self._conn, kind, after)

    # -- outbox --------------------------------------------------------------------

    def enqueue_outbox(
        self, kind: str, payload: Mapping[str, object], idempotency_key: str, *, now: datetime | None = None
    ) -> int:
        """Queue an event for delivery; idempotent on idempotency_key (the first payload wins)."""
        with self._call("queue the message"), self._write() as conn:
            return outbox.enqueue(conn, kind, payload, idempotency_key, now or self._clock())

    def due_outbox(self, now: datetime) -> list[OutboxMessage]:
        with self._call("read the outbox"):
            return outbox.due(self._conn, now)

    def claim_outbox(self, now: datetime, lease_until: datetime) -> OutboxMessage | None:
        """Claim the next due message for sending until lease_until; None when none is free.

        The claim is written under BEGIN IMMEDIATE, so of two deliverers (threads or processes)
        exactly one gets each message; mark_delivered / mark_failed release it.
        """
        token = uuid.uuid4().hex
        with self._call("claim an outbox message"), self._write() as conn:
            return outbox.claim_next(conn, now, lease_until, token)

    def list_outbox(self, *, include_delivered: bool = True) -> list[OutboxMessage]:
        with self._call("read the outbox"):
            return outbox.listing(self._conn, include_delivered)

    def get_outbox(self, message_id: int) -> OutboxMessage | None:
        with self._call("read the outbox"):
            return outbox.get(self._conn, message_id)

    def mark_delivered(self, message_id: int, at: datetime) -> None:
        with self._call("update the outbox"), self._write() as conn:
            if not outbox.mark_delivered(conn, message_id, at):
                raise _unknown_message(message_id)

    def mark_failed(
        self, message_id: int, error: str, next_attempt_at: datetime, *, permanent: bool = False
    ) -> None:
        """Record a failed attempt; permanent=True stops retrying (it stays listed as failed)."""
        gave_up_at = self._clock() if permanent else None
        with self._call("update the outbox"), self._write() as conn:
            if not outbox.mark_failed(conn, message_id, error, next_attempt_at, gave_up_at):
                raise _unknown_message(message_id)

    def requeue_outbox(self, message_id: int, now: datetime) -> None:
        with self._call("update the outbox"), self._write() as conn:
            if not outbox.requeue(conn, message_id, now):
                raise _unknown_message(message_id)


def _first_kept_link(conn: sqlite3.Connection, cutoff_text: str) -> int | None:
    """The chain index from which everything is kept: the first audit recorded at or after the
    cutoff, moved back so that no removal kept after it loses the audit it belongs to."""
    first = conn.execute(
        "SELECT MIN(chain_index) FROM audits WHERE recorded_at >= ?", (cutoff_text,)
    ).fetchone()[0]
    while first is not None:
        earlier = conn.execute(
            "SELECT MIN(a.chain_index) FROM remediation_events r JOIN audits a ON a.id = r.audit_id"
            " WHERE r.chain_index >= ? AND a.chain_index < ?",
            (first, first),
        ).fetchone()[0]
        if earlier is None:
            break
        first = earlier
    return None if first is None else int(first)


def _create_private(path: Path) -> None:
    """The database file 0600 whatever the umask (SQLite gives its -wal and -shm the same mode).

    A missing folder is created 0700; an existing folder is left as it is (--db may point anywhere).
    """
    if not path.parent.exists():
        path.parent.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if file.exists():
            tighten_mode(file, PRIVATE_FILE_MODE)


def _unknown_message(message_id: int) -> StoreError:
    return StoreError(f"There is no undelivered outbox message {message_id}.", code="store_unknown_message")


def _json_list(text: str) -> list[Any]:
    value = json.loads(text)
    return value if isinstance(value, list) else []

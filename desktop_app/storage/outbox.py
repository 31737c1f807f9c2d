"""Outbox queries: events waiting to be delivered outward (the mail-access webhook).

Called by AuditDatabase inside its lock and error translation; each function
is one statement or one short transaction on the connection it is given.

A deliverer claims one message at a time (claim_next, inside BEGIN IMMEDIATE): the claim is a
lease written in the row, so two deliverers (two processes, or a scan's immediate delivery beside
a scheduled one) never send the same message at once; a deliverer that dies leaves a lease that
runs out, and the message is sent again later (at least once; receivers dedupe on Idempotency-Key).
Each row also keeps the digest of what it will send, so `history verify` sees an edited payload.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desktop_app.core.errors import StoreError
from desktop_app.storage.encoding import canonical_json
from desktop_app.storage.records import OutboxMessage
from desktop_app.storage.rows import all_dicts, one_dict
from desktop_app.storage.timestamps import from_text, to_text

# _COLUMNS and the WHERE fragments are constants: the f-string queries below carry no input.
_COLUMNS = (
    "id, kind, payload, idempotency_key, created_at, attempts, next_attempt_at,"
    " delivered_at, gave_up_at, last_error"
)
_WAITING = "delivered_at IS NULL AND gave_up_at IS NULL"


_DIGEST_ENCODER = json.JSONEncoder(ensure_ascii=False)  # json.dumps(..., ensure_ascii=False), built once


def message_digest(kind: str, idempotency_key: str, created_at: str, payload: str) -> str:
    """SHA-256 over a message's stored values (text exactly as stored): what verify recomputes."""
    values = _DIGEST_ENCODER.encode([kind, idempotency_key, created_at, payload])
    return hashlib.sha256(values.encode("utf-8")).hexdigest()


def enqueue(
    conn: sqlite3.Connection, kind: str, payload: Mapping[str, object], idempotency_key: str, now: datetime
) -> int:
    """Add a message; a second call with the same key returns the first message's id."""
    if not idempotency_key:
        raise ValueError("an outbox message needs an idempotency key")
    created = to_text(now)
    text = canonical_json(dict(payload))
    cursor = conn.execute(
        "INSERT INTO outbox (kind, payload, idempotency_key, created_at, next_attempt_at, payload_sha256)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING",
        (kind, text, idempotency_key, created, created, message_digest(kind, idempotency_key, created, text)),
    )
    if cursor.rowcount == 1 and cursor.lastrowid:
        return int(cursor.lastrowid)
    row = conn.execute("SELECT id FROM outbox WHERE idempotency_key = ?", (idempotency_key,)).fetchone()
    return int(row[0])


def due(conn: sqlite3.Connection, now: datetime) -> list[OutboxMessage]:
    """Messages waiting whose next attempt is due at now, earliest first (claimed or not)."""
    rows = all_dicts(conn, f"SELECT {_COLUMNS} FROM outbox WHERE {_WAITING} ORDER BY id")  # noqa: S608
    messages = [_message(row) for row in rows]
    return sorted(
        (m for m in messages if m.next_attempt_at <= now), key=lambda m: (m.next_attempt_at, m.message_id)
    )


def claim_next(
    conn: sqlite3.Connection, now: datetime, lease_until: datetime, token: str
) -> OutboxMessage | None:
    """Claim the earliest due message nobody holds (call inside BEGIN IMMEDIATE); None when none is left.

    Times are compared as instants, not as text, so '+00:00' and 'Z' rows are due alike.
    """
    rows = conn.execute(
        f"SELECT id, next_attempt_at, claimed_until FROM outbox WHERE {_WAITING}"  # noqa: S608
    ).fetchall()
    free = [
        (_stored_time(next_at, message_id, "next_attempt_at"), message_id)
        for message_id, next_at, claimed_until in rows
        if claimed_until is None or _stored_time(claimed_until, message_id, "claimed_until") <= now
    ]
    due_now = sorted(entry for entry in free if entry[0] <= now)
    if not due_now:
        return None
    message_id = due_now[0][1]
    conn.execute(
        "UPDATE outbox SET claim_token = ?, claimed_until = ? WHERE id = ?",
        (token, to_text(lease_until), message_id),
    )
    return get(conn, message_id)


def listing(conn: sqlite3.Connection, include_delivered: bool) -> list[OutboxMessage]:
    where = "" if include_delivered else " WHERE delivered_at IS NULL"
    sql = f"SELECT {_COLUMNS} FROM outbox{where} ORDER BY id"  # noqa: S608
    return [_message(row) for row in all_dicts(conn, sql)]


def get(conn: sqlite3.Connection, message_id: int) -> OutboxMessage | None:
    row = one_dict(conn, f"SELECT {_COLUMNS} FROM outbox WHERE id = ?", (message_id,))  # noqa: S608
    return None if row is None else _message(row)


def mark_delivered(conn: sqlite3.Connection, message_id: int, at: datetime) -> bool:
    cursor = conn.execute(
        "UPDATE outbox SET delivered_at = ?, attempts = attempts + 1, last_error = '',"
        " claim_token = NULL, claimed_until = NULL WHERE id = ? AND delivered_at IS NULL",
        (to_text(at), message_id),
    )
    return cursor.rowcount == 1 or _exists(conn, message_id)


def mark_failed(
    conn: sqlite3.Connection,
    message_id: int,
    error: str,
    next_attempt_at: datetime,
    gave_up_at: datetime | None,
) -> bool:
    cursor = conn.execute(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, gave_up_at = ?,"
        " claim_token = NULL, claimed_until = NULL WHERE id = ? AND delivered_at IS NULL",
        (error, to_text(next_attempt_at), None if gave_up_at is None else to_text(gave_up_at), message_id),
    )
    return cursor.rowcount == 1 or _exists(conn, message_id)


def requeue(conn: sqlite3.Connection, message_id: int, now: datetime) -> bool:
    """Make a failed message due again (after the receiver or the settings were fixed)."""
    cursor = conn.execute(
        "UPDATE outbox SET gave_up_at = NULL, next_attempt_at = ?, claim_token = NULL, claimed_until = NULL"
        " WHERE id = ? AND delivered_at IS NULL",
        (to_text(now), message_id),
    )
    return cursor.rowcount == 1


def purge_delivered_before(conn: sqlite3.Connection, cutoff: datetime) -> int:
    """Delete delivered messages older than cutoff, but never one queued with an audit still kept.

    A message is queued in the same instant as its audit, so the oldest kept audit bounds what may go:
    `history verify` expects the message of every kept audit that changed a device's mail state.
    """
    cursor = conn.execute(
        "DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < ?"
        " AND created_at < COALESCE((SELECT MIN(recorded_at) FROM audits), ?)",
        (to_text(cutoff), to_text(cutoff)),
    )
    return cursor.rowcount


def _exists(conn: sqlite3.Connection, message_id: int) -> bool:
    return conn.execute("SELECT 1 FROM outbox WHERE id = ?", (message_id,)).fetchone() is not None


def _stored_time(text: str | None, message_id: int, column: str) -> datetime:
    try:
        return from_text(text)  # type: ignore[arg-type]
    except ValueError as exc:
        raise _damaged(message_id, f"its {column} {text!r} is not a time") from exc


def _damaged(message_id: int, what: str) -> StoreError:
    return StoreError(
        f"Outbox message {message_id}: {what}.",
        hint="The database was edited by hand or damaged: run `app-audit history verify`.",
        code="store_outbox_damaged",
    )


def _message(row: dict[str, Any]) -> OutboxMessage:
    message_id = int(row["id"])
    try:
        payload = json.loads(row["payload"])
    except (ValueError, RecursionError) as exc:
        raise _damaged(message_id, "its payload is not JSON") from exc
    delivered_at, gave_up_at = row["delivered_at"], row["gave_up_at"]
    return OutboxMessage(
        message_id=message_id,
        kind=row["kind"],
        payload=payload,
        idempotency_key=row["idempotency_key"],
        created_at=_stored_time(row["created_at"], message_id, "created_at"),
        attempts=row["attempts"],
        next_attempt_at=_stored_time(row["next_attempt_at"], message_id, "next_attempt_at"),
        delivered_at=None if delivered_at is None else _stored_time(delivered_at, message_id, "delivered_at"),
        last_error=row["last_error"],
        gave_up_at=None if gave_up_at is None else _stored_time(gave_up_at, message_id, "gave_up_at"),
    )

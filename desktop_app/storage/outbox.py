"""Outbox queries: events waiting to be delivered outward (the mail-access webhook).

Called by AuditDatabase inside its lock and error translation; each function
is one statement or one short transaction on the connection it is given.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desktop_app.storage.encoding import canonical_json
from desktop_app.storage.records import OutboxMessage
from desktop_app.storage.rows import all_dicts, one_dict
from desktop_app.storage.timestamps import from_text, optional_from_text, to_text

# _COLUMNS and the WHERE fragments are constants: the f-string queries below carry no input.
_COLUMNS = (
    "id, kind, payload, idempotency_key, created_at, attempts, next_attempt_at,"
    " delivered_at, gave_up_at, last_error"
)


def enqueue(
    conn: sqlite3.Connection, kind: str, payload: Mapping[str, object], idempotency_key: str, now: datetime
) -> int:
    """Add a message; a second call with the same key returns the first message's id."""
    if not idempotency_key:
        raise ValueError("an outbox message needs an idempotency key")
    created = to_text(now)
    conn.execute(
        "INSERT INTO outbox (kind, payload, idempotency_key, created_at, next_attempt_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING",
        (kind, canonical_json(dict(payload)), idempotency_key, created, created),
    )
    row = conn.execute("SELECT id FROM outbox WHERE idempotency_key = ?", (idempotency_key,)).fetchone()
    return int(row[0])


def due(conn: sqlite3.Connection, now: datetime) -> list[OutboxMessage]:
    rows = all_dicts(
        conn,
        f"SELECT {_COLUMNS} FROM outbox WHERE delivered_at IS NULL AND gave_up_at IS NULL"  # noqa: S608
        " AND next_attempt_at <= ? ORDER BY next_attempt_at, id",
        (to_text(now),),
    )
    return [_message(row) for row in rows]


def listing(conn: sqlite3.Connection, include_delivered: bool) -> list[OutboxMessage]:
    where = "" if include_delivered else " WHERE delivered_at IS NULL"
    sql = f"SELECT {_COLUMNS} FROM outbox{where} ORDER BY id"  # noqa: S608
    return [_message(row) for row in all_dicts(conn, sql)]


def get(conn: sqlite3.Connection, message_id: int) -> OutboxMessage | None:
    row = one_dict(conn, f"SELECT {_COLUMNS} FROM outbox WHERE id = ?", (message_id,))  # noqa: S608
    return None if row is None else _message(row)


def mark_delivered(conn: sqlite3.Connection, message_id: int, at: datetime) -> bool:
    cursor = conn.execute(
        "UPDATE outbox SET delivered_at = ?, attempts = attempts + 1, last_error = ''"
        " WHERE id = ? AND delivered_at IS NULL",
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
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, gave_up_at = ?"
        " WHERE id = ? AND delivered_at IS NULL",
        (error, to_text(next_attempt_at), None if gave_up_at is None else to_text(gave_up_at), message_id),
    )
    return cursor.rowcount == 1 or _exists(conn, message_id)


def requeue(conn: sqlite3.Connection, message_id: int, now: datetime) -> bool:
    """Make a failed message due again (after the receiver or the settings were fixed)."""
    cursor = conn.execute(
        "UPDATE outbox SET gave_up_at = NULL, next_attempt_at = ? WHERE id = ? AND delivered_at IS NULL",
        (to_text(now), message_id),
    )
    return cursor.rowcount == 1


def purge_delivered_before(conn: sqlite3.Connection, cutoff: datetime) -> int:
    cursor = conn.execute(
        "DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < ?", (to_text(cutoff),)
    )
    return cursor.rowcount


def _exists(conn: sqlite3.Connection, message_id: int) -> bool:
    return conn.execute("SELECT 1 FROM outbox WHERE id = ?", (message_id,)).fetchone() is not None


def _message(row: dict[str, Any]) -> OutboxMessage:
    return OutboxMessage(
        message_id=row["id"],
        kind=row["kind"],
        payload=json.loads(row["payload"]),
        idempotency_key=row["idempotency_key"],
        created_at=from_text(row["created_at"]),
        attempts=row["attempts"],
        next_attempt_at=from_text(row["next_attempt_at"]),
        delivered_at=optional_from_text(row["delivered_at"]),
        last_error=row["last_error"],
        gave_up_at=optional_from_text(row["gave_up_at"]),
    )

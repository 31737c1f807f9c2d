"""What the mail system was last told about each device: a message only when that changes."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from desktop_app.core.outcome_records import (
    NOT_REQUESTED,
    MailAccess,
    MailPhase,
    MailState,
    QueuedMessage,
)
from desktop_app.storage import outbox
from desktop_app.storage.rows import one_dict
from desktop_app.storage.timestamps import optional_from_text, to_text

_CHUNK = 500  # bound parameters per statement (SQLite's oldest limit is 999)


def current_states(conn: sqlite3.Connection, device_ids: Sequence[int]) -> dict[int, str]:
    """The mail state last queued for each of these devices (absent: never queued)."""
    unique = list(dict.fromkeys(device_ids))
    states: dict[int, str] = {}
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start : start + _CHUNK]
        slots = ", ".join("?" * len(chunk))
        sql = f"SELECT device_id, state FROM mail_access WHERE device_id IN ({slots})"  # noqa: S608 - only "?"
        states.update((int(device_id), str(state)) for device_id, state in conn.execute(sql, chunk))
    return states


def queue_if_changed(  # noqa: PLR0917 - one call site, inside the audit transaction
    conn: sqlite3.Connection,
    states: dict[int, str],
    device_id: int,
    state: MailState,
    audit_id: int,
    build: Callable[[], QueuedMessage],
    now: datetime,
    *,
    always: bool = False,
) -> tuple[int | None, dict[str, Any] | None]:
    """Queue the message build() makes when the device's mail state differs from the last one queued
    (or always: a check that names a person).

    states: current_states() of the transaction's devices, kept up to date here.
    """
    if states.get(device_id) == str(state) and not always:
        return None, None
    message = build()
    payload = dict(message.payload)
    message_id = outbox.enqueue(conn, message.kind, payload, message.idempotency_key, now)
    conn.execute(
        "INSERT INTO mail_access (device_id, state, audit_id, outbox_id, changed_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (device_id) DO UPDATE SET state = excluded.state, audit_id = excluded.audit_id,"
        " outbox_id = excluded.outbox_id, changed_at = excluded.changed_at",
        (device_id, str(state), audit_id, message_id, to_text(now)),
    )
    states[device_id] = str(state)
    return message_id, payload


_READ = """
    SELECT m.state, m.audit_id, m.outbox_id, o.created_at, o.delivered_at, o.gave_up_at,
           o.attempts, o.last_error
    FROM mail_access m
    JOIN devices d ON d.id = m.device_id
    LEFT JOIN outbox o ON o.id = m.outbox_id
    WHERE d.platform = ? AND d.serial = ?
"""


def read(conn: sqlite3.Connection, platform: str, serial: str) -> MailAccess:
    row = one_dict(conn, _READ, (platform, serial))
    if row is None:
        return NOT_REQUESTED
    delivered = optional_from_text(row["delivered_at"])
    if delivered is not None:
        phase = MailPhase.CONFIRMED
    elif row["gave_up_at"] is not None:
        phase = MailPhase.FAILED
    elif row["created_at"] is not None:
        phase = MailPhase.REQUESTED
    else:  # the message was purged after delivery
        phase = MailPhase.CONFIRMED
    return MailAccess(
        phase=phase,
        state=MailState(row["state"]),
        message_id=row["outbox_id"],
        requested_at=optional_from_text(row["created_at"]),
        confirmed_at=delivered,
        attempts=int(row["attempts"] or 0),
        last_error=row["last_error"] or "",
        audit_id=row["audit_id"],
    )

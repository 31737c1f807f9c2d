"""Appending to the hash chain inside a write transaction: audits and removals share one chain.

Each record gets the next chain index and hashes the previous record's hash, so a removal
edited after the fact breaks the chain exactly as an edited audit does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.core.outcome_records import ChainLink
from desktop_app.storage.chain import link_hash, removal_content

_UPSERT_DEVICE = """
    INSERT INTO devices (platform, serial, model, os_version, name, manufacturer, first_seen_at, last_seen_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (platform, serial) DO UPDATE SET
        model = excluded.model, os_version = excluded.os_version, name = excluded.name,
        manufacturer = excluded.manufacturer, last_seen_at = excluded.last_seen_at
    RETURNING id
"""


@dataclass
class ChainCursor:
    """The chain head while a transaction appends to it; written back once at the end."""

    index: int
    hash: str

    @classmethod
    def read(cls, conn: sqlite3.Connection) -> ChainCursor:
        head_id, head_hash = conn.execute(
            "SELECT head_id, head_hash FROM chain_state WHERE id = 1"
        ).fetchone()
        return cls(int(head_id), str(head_hash))

    def advance(self, content: bytes) -> tuple[ChainLink, str]:
        """The next link for content, and the hash it links to."""
        previous = self.hash
        self.index += 1
        self.hash = link_hash(previous, content)
        return ChainLink(self.index, self.hash), previous

    def write(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE chain_state SET head_id = ?, head_hash = ? WHERE id = 1", (self.index, self.hash)
        )


def upsert_device(conn: sqlite3.Connection, device: Any, seen_at: str) -> int:
    (device_id,) = conn.execute(
        _UPSERT_DEVICE,
        (
            str(device.platform),
            device.serial,
            device.model,
            device.os_version,
            device.name,
            device.manufacturer,
            seen_at,
            seen_at,
        ),
    ).fetchone()
    return int(device_id)


def append_removal(conn: sqlite3.Connection, removal: Mapping[str, Any]) -> ChainLink:
    """Insert one removal record (the columns of chain.HASHED_REMOVAL_COLUMNS) as the next link."""
    cursor = ChainCursor.read(conn)
    link, previous = cursor.advance(removal_content(removal))
    conn.execute(
        "INSERT INTO remediation_events"
        " (audit_id, recorded_at, app_id, user, removed, code, message, chain_index, prev_hash, row_hash)"
        " VALUES (:audit_id, :recorded_at, :app_id, :user, :removed, :code, :message,"
        " :chain_index, :prev_hash, :row_hash)",
        {**removal, "chain_index": link.index, "prev_hash": previous, "row_hash": link.hash},
    )
    cursor.write(conn)
    return link


def link_of_audit(conn: sqlite3.Connection, audit_id: int) -> ChainLink | None:
    row = conn.execute("SELECT chain_index, row_hash FROM audits WHERE id = ?", (audit_id,)).fetchone()
    return None if row is None or row[0] is None else ChainLink(int(row[0]), str(row[1]))


def link_at(conn: sqlite3.Connection, index: int) -> ChainLink | None:
    """The record at a chain index, audit or removal (None when there is none)."""
    row = conn.execute(
        "SELECT chain_index, row_hash FROM audits WHERE chain_index = ?"
        " UNION ALL SELECT chain_index, row_hash FROM remediation_events WHERE chain_index = ?",
        (index, index),
    ).fetchone()
    return None if row is None else ChainLink(int(row[0]), str(row[1]))

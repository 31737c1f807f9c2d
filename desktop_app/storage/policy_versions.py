"""The policy versions a station accepted: the highest per id, and every version's lineage."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from desktop_app.core.models import PolicyRef
from desktop_app.core.outcome_records import AcceptedPolicy
from desktop_app.storage.rows import one_dict
from desktop_app.storage.timestamps import from_text, to_text


def accepted(conn: sqlite3.Connection, policy_id: str) -> AcceptedPolicy | None:
    row = one_dict(conn, "SELECT * FROM policy_versions WHERE policy_id = ?", (policy_id,))
    if row is None:
        return None
    return AcceptedPolicy(
        row["policy_id"], row["version"], row["sha256"], bool(row["retracted"]), from_text(row["accepted_at"])
    )


def known_versions(conn: sqlite3.Connection, policy_id: str) -> frozenset[str]:
    """Versions this station has seen: accepted ones and any used by a recorded audit."""
    rows = conn.execute(
        "SELECT version FROM policy_lineage WHERE policy_id = ?"
        " UNION SELECT version FROM policies WHERE policy_id = ?",
        (policy_id, policy_id),
    ).fetchall()
    return frozenset(str(r[0]) for r in rows)


def accept(  # noqa: PLR0917 - one call site
    conn: sqlite3.Connection,
    ref: PolicyRef,
    supersedes: str | None,
    supersedes_known: bool | None,
    highest: bool,
    now: datetime,
) -> None:
    at = to_text(now)
    conn.execute(
        "INSERT INTO policy_lineage"
        " (policy_id, version, sha256, retracted, supersedes, supersedes_known, accepted_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
        (
            ref.policy_id,
            ref.version,
            ref.sha256,
            int(ref.retracted),
            supersedes,
            None if supersedes_known is None else int(supersedes_known),
            at,
        ),
    )
    if highest or ref.retracted:
        conn.execute(
            "INSERT INTO policy_versions (policy_id, version, sha256, retracted, accepted_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (policy_id) DO UPDATE SET version = excluded.version,"
            " sha256 = excluded.sha256, retracted = excluded.retracted, accepted_at = excluded.accepted_at",
            (ref.policy_id, ref.version, ref.sha256, int(ref.retracted), at),
        )

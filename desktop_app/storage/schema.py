"""Database schema, applied with sqlite-utils' built-in Migrations.

Never edit a migration that has shipped: add a new one below it.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from desktop_app.storage.chain import GENESIS_HASH
from desktop_app.storage.outbox import message_digest

MIGRATION_SET = "app-audit"
migrations = Migrations(MIGRATION_SET)

_INITIAL = (
    """
    CREATE TABLE devices (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        serial TEXT NOT NULL,
        model TEXT NOT NULL DEFAULT '',
        os_version TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL DEFAULT '',
        manufacturer TEXT NOT NULL DEFAULT '',
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        UNIQUE (platform, serial)
    )
    """,
    "CREATE INDEX devices_serial ON devices (serial)",
    # AUTOINCREMENT: an audit id is quoted on receipts, so it must never be reused after a purge.
    """
    CREATE TABLE audits (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        recorded_at TEXT NOT NULL,
        evaluated_at TEXT NOT NULL,
        device_id INTEGER NOT NULL REFERENCES devices (id),
        model TEXT NOT NULL,
        os_version TEXT NOT NULL,
        device_name TEXT NOT NULL,
        policy_id TEXT NOT NULL,
        policy_version TEXT NOT NULL,
        policy_sha256 TEXT NOT NULL,
        policy_signed INTEGER NOT NULL,
        policy_retracted INTEGER NOT NULL,
        verdict TEXT NOT NULL,
        apps_scanned INTEGER NOT NULL,
        findings_count INTEGER NOT NULL,
        inventory_sha256 TEXT NOT NULL,
        deadline TEXT,
        notes TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        row_hash TEXT NOT NULL
    )
    """,
    # History lists are newest first (recorded_at, then id): each filter has an index in that order,
    # so "the newest 50" reads 50 index entries whatever the filter.
    "CREATE INDEX audits_recorded_at ON audits (recorded_at)",
    "CREATE INDEX audits_device ON audits (device_id, recorded_at)",
    "CREATE INDEX audits_verdict ON audits (verdict, recorded_at)",
    """
    CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        audit_id INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        rule_id TEXT NOT NULL,
        rule_title TEXT NOT NULL,
        action TEXT NOT NULL,
        app_id TEXT NOT NULL,
        label TEXT NOT NULL,
        platform TEXT NOT NULL,
        user INTEGER,
        state TEXT NOT NULL,
        app_state TEXT,
        reason TEXT NOT NULL,
        UNIQUE (audit_id, position)
    )
    """,
    """
    CREATE TABLE audit_inventories (
        audit_id INTEGER PRIMARY KEY REFERENCES audits (id) ON DELETE CASCADE,
        apps TEXT NOT NULL,
        profiles TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE remediation_events (
        id INTEGER PRIMARY KEY,
        audit_id INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        recorded_at TEXT NOT NULL,
        app_id TEXT NOT NULL,
        user INTEGER,
        removed INTEGER NOT NULL,
        code TEXT NOT NULL,
        message TEXT NOT NULL
    )
    """,
    "CREATE INDEX remediation_events_audit ON remediation_events (audit_id)",
    """
    CREATE TABLE policies (
        sha256 TEXT PRIMARY KEY,
        policy_id TEXT NOT NULL,
        version TEXT NOT NULL,
        signed INTEGER NOT NULL,
        signer TEXT NOT NULL,
        retracted INTEGER NOT NULL,
        text BLOB NOT NULL,
        first_seen_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        delivered_at TEXT,
        gave_up_at TEXT,
        last_error TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND gave_up_at IS NULL",
    # One row: where the audit chain starts (after purges) and where it ends, so that
    # deleting the newest audits is detected too, not only edits in the middle.
    """
    CREATE TABLE chain_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        anchor_id INTEGER NOT NULL,
        anchor_hash TEXT NOT NULL,
        head_id INTEGER NOT NULL,
        head_hash TEXT NOT NULL,
        purged_count INTEGER NOT NULL
    )
    """,
)


def m001_initial(db: Database) -> None:
    for statement in _INITIAL:
        db.execute(statement)
    db.execute(
        "INSERT INTO chain_state (id, anchor_id, anchor_hash, head_id, head_hash, purged_count)"
        " VALUES (1, 0, ?, 0, ?, 0)",
        [GENESIS_HASH, GENESIS_HASH],
    )


# Registered by call, not decorator: sqlite-utils is untyped for mypy here.


def m002_outbox_claims_and_digests(db: Database) -> None:
    """A lease per message (claim_token, claimed_until) and the digest of what it will send."""
    for column in ("claim_token", "claimed_until", "payload_sha256"):
        db.execute(f"ALTER TABLE outbox ADD COLUMN {column} TEXT")  # constant names only
    rows = db.execute("SELECT id, kind, idempotency_key, created_at, payload FROM outbox").fetchall()
    for message_id, kind, key, created_at, payload in rows:
        db.execute(
            "UPDATE outbox SET payload_sha256 = ? WHERE id = ?",
            [message_digest(kind, key, created_at, payload), message_id],
        )




# Outcomes (issue 10): officiality, a chain that covers removals, mail state per device, policy versions.
_OUTCOMES = (
    # The chain now orders audits and removals together: chain_index is each record's place in it.
    # Audits recorded before kept their id as index (the chain was audits by id).
    "ALTER TABLE audits ADD COLUMN chain_index INTEGER",
    "UPDATE audits SET chain_index = id",
    "CREATE UNIQUE INDEX audits_chain_index ON audits (chain_index)",
    # NULL for audits recorded before officiality was judged: never taken as official.
    "ALTER TABLE audits ADD COLUMN official INTEGER",
    "ALTER TABLE audits ADD COLUMN why_not_official TEXT",
    "ALTER TABLE audits ADD COLUMN origin TEXT",
    "CREATE INDEX audits_official_device ON audits (device_id, chain_index) WHERE official = 1",
    "ALTER TABLE remediation_events ADD COLUMN chain_index INTEGER",
    "ALTER TABLE remediation_events ADD COLUMN prev_hash TEXT",
    "ALTER TABLE remediation_events ADD COLUMN row_hash TEXT",
    "CREATE UNIQUE INDEX remediation_events_chain_index ON remediation_events (chain_index)",
    # What the mail system was last told about each device (one message per state change).
    """
    CREATE TABLE mail_access (
        device_id INTEGER PRIMARY KEY REFERENCES devices (id) ON DELETE CASCADE,
        state TEXT NOT NULL,
        audit_id INTEGER NOT NULL,
        outbox_id INTEGER,
        changed_at TEXT NOT NULL
    )
    """,
    # The highest version of each policy id this station accepted: older ones are refused.
    """
    CREATE TABLE policy_versions (
        policy_id TEXT PRIMARY KEY,
        version TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        retracted INTEGER NOT NULL,
        accepted_at TEXT NOT NULL
    )
    """,
    # Every version accepted, with what it claims to replace (the supersedes chain).
    """
    CREATE TABLE policy_lineage (
        id INTEGER PRIMARY KEY,
        policy_id TEXT NOT NULL,
        version TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        retracted INTEGER NOT NULL,
        supersedes TEXT,
        supersedes_known INTEGER,
        accepted_at TEXT NOT NULL,
        UNIQUE (sha256)
    )
    """,
)


def m003_outcomes(db: Database) -> None:
    for statement in _OUTCOMES:
        db.execute(statement)


# The signed receipt a compliant official audit gave (the exact document, so the History tab can
# save it again and `history verify --against` / `receipt verify` accept it). Gone with its audit.
_RECEIPTS = """
    CREATE TABLE receipts (
        audit_id INTEGER PRIMARY KEY REFERENCES audits (id) ON DELETE CASCADE,
        document TEXT NOT NULL
    )
"""


def m004_receipts(db: Database) -> None:
    db.execute(_RECEIPTS)


# Every migration, in order. Their names also tell a database written by a newer App Audit.
STEPS = (
    ("m001_initial", m001_initial),
    ("m002_outbox_claims_and_digests", m002_outbox_claims_and_digests),
    ("m003_outcomes", m003_outcomes),
    ("m004_receipts", m004_receipts),
)
MIGRATION_NAMES = frozenset(name for name, _ in STEPS)
for _name, _step in STEPS:
    migrations(name=_name)(_step)

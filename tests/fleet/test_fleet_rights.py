"""The central schema: migrations are idempotent, and role rights plus checks refuse what they must."""

from __future__ import annotations

import json

import psycopg
import pytest

from desktop_app.core.errors import FleetError
from desktop_app.core.fleet_rows import SignedRow
from desktop_app.core.policy import LoadedPolicy
from desktop_app.storage.database import AuditDatabase
from desktop_app.storage.fleet import fleet_view
from desktop_app.storage.fleet.central import FleetTarget, connect, migrate
from desktop_app.storage.fleet.push import push_pending
from desktop_app.storage.fleet.verifier import recheck_all, verify_pending
from desktop_app.storage.station_files import load_or_create_receipt_key
from tests.fleet.conftest import FleetDb, record_audits


def test_init_is_idempotent_and_versioned(fleet_db: FleetDb) -> None:
    with connect(FleetTarget(fleet_db.admin_dsn)) as conn:
        assert migrate(conn) == []  # the fixture already applied everything
        versions = conn.execute("SELECT version FROM app_audit.schema_migrations").fetchall()
    assert versions == [(1,), (2,), (3,), (4,)]


def test_dsn_with_a_password_is_refused() -> None:
    with pytest.raises(FleetError, match="contains a password"):
        FleetTarget("host=db user=st_a password=hunter2")


def test_station_cannot_write_another_stations_rows(fleet_db: FleetDb, signed_policy: LoadedPolicy) -> None:
    a, b = fleet_db.add_station("desk-a"), fleet_db.add_station("desk-b")
    record_audits(a.db_path, signed_policy, 1)
    with AuditDatabase(a.db_path) as store:
        body = store.fleet_bodies_after("audit", 0, 1)[0]
    with connect(a.target) as conn:
        b_id = conn.execute("SELECT station_id FROM app_audit.stations WHERE name = 'desk-b'").fetchone()
        assert b_id is not None
        conn.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO app_audit.station_rows (station_id, kind, local_id, chain_index, body, signature)"
                " VALUES (%s, 'audit', 1, 1, %s, 'x')",
                (b_id[0], json.dumps(body)),
            )
    assert b.name == "desk-b"


def test_station_cannot_change_or_delete_rows_nor_mark_them_verified(
    fleet_db: FleetDb, signed_policy: LoadedPolicy
) -> None:
    a = fleet_db.add_station("desk-a")
    record_audits(a.db_path, signed_policy, 2)
    with AuditDatabase(a.db_path) as store, a.link() as link:
        push_pending(store, link, load_or_create_receipt_key(a.data_dir))
    forbidden = (
        "UPDATE app_audit.station_rows SET body = '{}'",
        "DELETE FROM app_audit.station_rows",
        "UPDATE app_audit.devices SET verdict = 'compliant'",
        "SELECT app_audit.record_verification(ARRAY[1]::bigint[], ARRAY[]::bigint[])",
        "INSERT INTO app_audit.station_rows (station_id, kind, local_id, chain_index, body, signature, verified)"
        " VALUES (app_audit.current_station_id(), 'audit', 99, 99, '{}', 'x', true)",
        "INSERT INTO app_audit.policies (policy_id, version, sha256, status, text, signature)"
        " VALUES ('p', '1', 'h', 'active', 'x', 'y')",
    )
    for statement in forbidden:
        with connect(a.target) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)


def test_published_policy_cannot_be_changed_even_by_its_publisher(fleet_db: FleetDb) -> None:
    publisher = fleet_db.role_with("it_publisher", "app_audit_publisher")
    with connect(publisher) as conn:
        conn.execute(
            "INSERT INTO app_audit.policies (policy_id, version, sha256, status, text, signature)"
            " VALUES ('p', '1', 'h', 'active', 'x', 'y')"
        )
        conn.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE app_audit.policies SET text = 'z'")
    # Not even the owner: the table refuses changes to a published row.
    with (
        fleet_db.admin() as admin,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="cannot be changed"),
    ):
        admin.execute("UPDATE app_audit.policies SET status = 'retracted'")


def test_rows_whose_signature_does_not_verify_are_never_counted(
    fleet_db: FleetDb, signed_policy: LoadedPolicy
) -> None:
    a = fleet_db.add_station("desk-a")
    record_audits(a.db_path, signed_policy, 3, tiktok_every=1)
    key = load_or_create_receipt_key(a.data_dir)
    with AuditDatabase(a.db_path) as store, a.link() as link:
        push_pending(store, link, key)
        # A broken or malicious station sends a row whose body was changed after signing.
        good = store.fleet_bodies_after("audit", 0, 1)[0]
        forged_body = json.dumps({**good, "local_id": 50, "chain_index": 50, "verdict": "compliant",
                                  "station": "desk-a", "format": "app-audit/fleet-row@1"})  # fmt: skip
        link.insert([SignedRow("audit", 50, 50, forged_body, "c2lnbmF0dXJl")])
    with connect(FleetTarget(fleet_db.admin_dsn)) as admin:
        summary = verify_pending(admin)
        assert (summary.accepted, summary.refused) == (3, 1)
        assert fleet_view.counts(admin) == {"noncompliant": 3}
        assert "signature does not verify" in summary.problems[0]
        assert recheck_all(admin).refused == 1


def test_verifier_role_may_verify_but_not_write_rows(fleet_db: FleetDb, signed_policy: LoadedPolicy) -> None:
    a = fleet_db.add_station("desk-a")
    record_audits(a.db_path, signed_policy, 2)
    with AuditDatabase(a.db_path) as store, a.link() as link:
        push_pending(store, link, load_or_create_receipt_key(a.data_dir))
    verifier = fleet_db.role_with("it_verifier", "app_audit_verifier")
    with connect(verifier) as conn:
        assert verify_pending(conn).accepted == 2
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE app_audit.station_rows SET verified = true")

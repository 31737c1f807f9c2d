"""Policies from the centre: publish, a station picks it up (NOTIFY or polling), checks and applies it."""

from __future__ import annotations

import json
import threading
import time

import pytest

from desktop_app.cli import run
from desktop_app.storage.fleet.policy_feed import Listener
from desktop_app.storage.station_files import fleet_policy_path
from tests.fleet.conftest import FleetDb, Issuer


def _publisher(fleet_db: FleetDb, issuer: Issuer, *argv: str) -> list[str]:
    target = fleet_db.role_with("it_publisher", "app_audit_publisher")
    assert target.password_file is not None
    return [*argv, "--dsn", target.dsn, "--password-file", str(target.password_file),
            "--trusted-key", str(issuer.public_path), "--data-dir", str(fleet_db.tmp / "it-desk")]  # fmt: skip


def test_published_policy_reaches_a_station_and_becomes_its_policy(
    fleet_db: FleetDb, issuer: Issuer, capsys: pytest.CaptureFixture[str]
) -> None:
    station = fleet_db.add_station("desk-1", issuer.public_path)
    newer = issuer.issue("2026.12.01-1")
    assert run(_publisher(fleet_db, issuer, "policy", "publish", str(newer), "--json")) == 0
    capsys.readouterr()
    assert run(station.cli("fleet", "sync", "--json")) == 0
    assert json.loads(capsys.readouterr().out)["policy_applied"] == {
        "id": "acme-mobile-mail",
        "version": "2026.12.01-1",
    }
    assert fleet_policy_path(station.data_dir).read_bytes() == newer.read_bytes()
    assert run(station.cli("policy", "show", "--json")) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["version"], shown["signed"]) == ("2026.12.01-1", True)
    assert run(station.cli("fleet", "sync", "--json")) == 0  # nothing new: applied once
    assert json.loads(capsys.readouterr().out)["policy_applied"] is None
    with fleet_db.admin() as admin:
        row = admin.execute("SELECT policy_version FROM app_audit.stations WHERE name = 'desk-1'").fetchone()
    assert row == ("2026.12.01-1",)


def test_publish_refuses_an_unsigned_policy_and_a_second_copy_of_a_version(
    fleet_db: FleetDb, issuer: Issuer, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = issuer.issue("2026.12.01-1")
    unsigned = issuer.folder / "unsigned.yaml"
    unsigned.write_bytes(signed.read_bytes())
    assert run(_publisher(fleet_db, issuer, "policy", "publish", str(unsigned))) == 2
    assert run(_publisher(fleet_db, issuer, "policy", "publish", str(signed))) == 0
    assert run(_publisher(fleet_db, issuer, "policy", "publish", str(signed))) == 2
    assert "already published" in capsys.readouterr().err


def test_a_station_refuses_a_publication_its_trusted_keys_did_not_sign(
    fleet_db: FleetDb, issuer: Issuer, capsys: pytest.CaptureFixture[str]
) -> None:
    station = fleet_db.add_station("kiosk-3")  # trusts the sample issuer only, not this issuer
    assert run(_publisher(fleet_db, issuer, "policy", "publish", str(issuer.issue("2026.12.01-1")))) == 0
    assert run(station.cli("fleet", "sync")) == 2
    assert "not a trusted key" in capsys.readouterr().err
    assert not fleet_policy_path(station.data_dir).exists()


def test_listener_wakes_when_a_policy_is_published(fleet_db: FleetDb, issuer: Issuer) -> None:
    station = fleet_db.add_station("desk-9", issuer.public_path)
    listener = Listener(station.target)
    woke = threading.Event()

    def wait() -> None:
        if listener.wait(timeout_s=60):
            woke.set()

    thread = threading.Thread(target=wait)
    thread.start()
    try:
        assert run(_publisher(fleet_db, issuer, "policy", "publish", str(issuer.issue("2026.12.01-1")))) == 0
        began = time.monotonic()
        thread.join(timeout=60)
        assert woke.is_set() and time.monotonic() - began < 60
    finally:
        thread.join()
        listener.close()


def test_a_station_refuses_an_older_version_published_after_a_newer_one(
    fleet_db: FleetDb, issuer: Issuer, capsys: pytest.CaptureFixture[str]
) -> None:
    station = fleet_db.add_station("desk-2", issuer.public_path)
    newer = issuer.issue("2026.12.05-1")
    assert run(_publisher(fleet_db, issuer, "policy", "publish", str(newer))) == 0
    assert run(station.cli("fleet", "sync")) == 0
    assert run(_publisher(fleet_db, issuer, "policy", "publish", str(issuer.issue("2026.12.01-1")))) == 0
    capsys.readouterr()
    assert run(station.cli("fleet", "sync")) == 2  # rollback refused
    assert "older than version 2026.12.05-1" in capsys.readouterr().err
    assert fleet_policy_path(station.data_dir).read_bytes() == newer.read_bytes()

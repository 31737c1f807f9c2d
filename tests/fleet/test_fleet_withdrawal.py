"""A published withdrawal restores mail access once per device across the fleet, a station switched off included."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import run
from desktop_app.core.policy import LoadedPolicy
from desktop_app.storage.database import AuditDatabase
from tests.fleet.conftest import FleetDb, Issuer, record_audits
from tests.integrations.webhook_server import Script, webhook_server


def _publish(fleet_db: FleetDb, issuer: Issuer, path: str) -> None:
    target = fleet_db.role_with("it_publisher", "app_audit_publisher")
    assert target.password_file is not None
    argv = ["policy", "publish", path, "--dsn", target.dsn, "--password-file", str(target.password_file),
            "--trusted-key", str(issuer.public_path), "--data-dir", str(fleet_db.tmp / "it-desk")]  # fmt: skip
    assert run(argv) == 0


def test_retraction_restores_the_devices_of_a_station_that_is_switched_off_once(
    fleet_db: FleetDb, issuer: Issuer, signed_policy: LoadedPolicy, capsys: pytest.CaptureFixture[str]
) -> None:
    up = fleet_db.add_station("desk-up", issuer.public_path, fleet_extra="offline_after_s: 60")
    off = fleet_db.add_station("kiosk-off", issuer.public_path)
    record_audits(up.db_path, signed_policy, 2, tiktok_every=2, prefix="UP")  # UP000000 has TikTok
    record_audits(off.db_path, signed_policy, 3, tiktok_every=2)  # SER000000 and SER000002 have TikTok
    assert run(up.cli("fleet", "sync")) == 0
    assert run(off.cli("fleet", "sync")) == 0
    assert run(["fleet", "status", "--dsn", fleet_db.admin_dsn, "--json"]) == 1  # verifies the rows too
    blocked = {
        d["serial"] for d in json.loads(capsys.readouterr().out)["devices"] if d["mail_access"] == "blocked"
    }
    assert blocked == {"UP000000", "SER000000", "SER000002"}
    with fleet_db.admin() as admin:  # the kiosk is switched off: its last contact is long ago
        admin.execute(
            "UPDATE app_audit.stations SET last_contact_at = now() - interval '1 day' WHERE name = 'kiosk-off'"
        )

    assert run(["fleet", "stations", "--dsn", fleet_db.admin_dsn, "--json"]) == 0
    stations = {st["name"]: st for st in json.loads(capsys.readouterr().out)["stations"]}
    assert stations["kiosk-off"]["silent"] and stations["kiosk-off"]["behind"]
    assert not stations["desk-up"]["silent"]

    _publish(fleet_db, issuer, str(issuer.issue("2026.12.01-1", status="retracted")))
    script = Script(statuses=[200])
    with webhook_server(script) as url:
        secret = fleet_db.tmp / "webhook.secret"
        secret.write_text("s3cret\n")
        for _ in range(2):  # a second round claims nothing new and sends nothing twice
            assert run(up.cli("fleet", "sync")) == 0
            assert run(up.cli("outbox", "deliver", "--url", url, "--secret-file", str(secret))) == 0
    # The desk restores its own phone from its chain, and the kiosk's two from the centre's verdicts.
    restored = [json.loads(r.body)["payload"]["device"]["serial"] for r in script.received]
    assert sorted(restored) == ["SER000000", "SER000002", "UP000000"]
    keys = {r.headers["Idempotency-Key"] for r in script.received}
    assert keys == {
        f"android:{serial}:compliant:withdrawal-acme-mobile-mail-2026.12.01-1" for serial in restored
    }
    with AuditDatabase(up.db_path) as store:
        assert {m.idempotency_key for m in store.list_outbox()} == keys

    # The kiosk comes back: it applies the retraction too and re-evaluates its phones from its own
    # chain; its restores carry the same keys, so the mail system applies each device's restore once.
    assert run(off.cli("fleet", "sync")) == 0
    with AuditDatabase(off.db_path) as store:
        assert {m.idempotency_key for m in store.list_outbox()} == {
            f"android:{serial}:compliant:withdrawal-acme-mobile-mail-2026.12.01-1"
            for serial in ("SER000000", "SER000002")
        }
    with fleet_db.admin() as admin:
        claims = admin.execute(
            "SELECT w.serial, s.name FROM app_audit.withdrawal_restores w JOIN app_audit.stations s USING (station_id)"
            " ORDER BY 1"
        ).fetchall()
    assert claims == [("SER000000", "desk-up"), ("SER000002", "desk-up"), ("UP000000", "desk-up")]
    capsys.readouterr()
    # Its re-evaluations went up too: the centre now has every kiosk phone compliant and restored.
    assert run(["fleet", "status", "--dsn", fleet_db.admin_dsn, "--json", "--station", "kiosk-off"]) == 0
    access = {d["serial"]: d["mail_access"] for d in json.loads(capsys.readouterr().out)["devices"]}
    assert access == {"SER000000": "restored", "SER000001": "restored", "SER000002": "restored"}

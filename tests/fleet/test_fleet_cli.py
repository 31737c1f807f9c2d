"""`app-audit fleet ...` end to end: two stations scan simulated phones, sync, and the centre sees both."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.simulators.android import AndroidSimulator, load_android_scenario
from tests.fleet.conftest import FleetDb


@pytest.fixture
def phones() -> Iterator[dict[str, AndroidSimulator]]:
    started = {
        name: AndroidSimulator(load_android_scenario(name))
        for name in ("pixel-work-profile", "samsung-clean")
    }
    for simulator in started.values():
        simulator.start()
    yield started
    for simulator in started.values():
        simulator.stop()


def _admin(fleet_db: FleetDb, *argv: str) -> list[str]:
    return [*argv, "--dsn", fleet_db.admin_dsn]


def test_two_stations_scan_sync_and_the_fleet_status_shows_both(
    fleet_db: FleetDb, phones: dict[str, AndroidSimulator], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    desk, kiosk = fleet_db.add_station("desk-1"), fleet_db.add_station("kiosk-7")
    assert run(desk.cli("scan", "--connect", phones["pixel-work-profile"].address, "--json")) == 1
    assert run(kiosk.cli("scan", "--connect", phones["samsung-clean"].address, "--json")) == 0
    capsys.readouterr()
    for station in (desk, kiosk):
        assert run(station.cli("fleet", "sync", "--json")) == 0
        assert json.loads(capsys.readouterr().out) == {
            "sent": 1,
            "already_there": 0,
            "pending": 0,
            "policy_applied": None,
            "restored_for_silent_stations": 0,
        }
    assert run(desk.cli("fleet", "sync", "--json")) == 0  # nothing new: nothing sent twice
    assert json.loads(capsys.readouterr().out)["sent"] == 0

    assert run(_admin(fleet_db, "fleet", "status", "--json")) == 1  # one device is not compliant
    status = json.loads(capsys.readouterr().out)
    by_station = {d["station"]: d for d in status["devices"]}
    assert set(by_station) == {"desk-1", "kiosk-7"}
    flagged = by_station["desk-1"]
    assert flagged["serial"] == "3A281FDJH00123" and flagged["policy"]["id"] == "acme-mobile-mail"
    assert {(f["app_id"], f["user"]) for f in flagged["findings"]} == {
        ("com.zhiliaoapp.musically", 10),
        ("com.zhiliaoapp.musically.go", 0),
    }
    assert flagged["mail_access"] in {"blocked", "pending"}
    assert status["counts"] == {flagged["verdict"]: 1, "compliant": 1}

    assert run(_admin(fleet_db, "fleet", "status", "--json", "--app", "com.zhiliaoapp.musically")) == 1
    assert [d["station"] for d in json.loads(capsys.readouterr().out)["devices"]] == ["desk-1"]
    assert run(_admin(fleet_db, "fleet", "status", "--json", "--station", "kiosk-7")) == 0
    assert json.loads(capsys.readouterr().out)["counts"] == {"compliant": 1}

    # The Fleet view as a station sees it (its own login, read-only): the same devices.
    assert run(kiosk.cli("fleet", "status", "--json")) == 1
    assert len(json.loads(capsys.readouterr().out)["devices"]) == 2

    out = tmp_path / "fleet.csv"
    assert run(_admin(fleet_db, "fleet", "export", "--format", "csv", "--out", str(out))) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert {r["station"] for r in rows} == {"desk-1", "kiosk-7"}

    assert run(_admin(fleet_db, "fleet", "stations", "--json")) == 0
    stations = {s["name"]: s for s in json.loads(capsys.readouterr().out)["stations"]}
    assert stations["desk-1"]["pending_rows"] == 0 and stations["desk-1"]["last_contact_at"]
    assert run(_admin(fleet_db, "fleet", "verify", "--all", "--json")) == 0
    assert json.loads(capsys.readouterr().out)["bad"] == 0


def test_fleet_commands_without_a_fleet_say_how_to_configure_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["fleet", "sync", "--data-dir", str(tmp_path)]) == 2
    assert "no fleet configured" in capsys.readouterr().err


def test_fleet_init_twice_and_stations_add(
    fleet_db: FleetDb, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(_admin(fleet_db, "fleet", "init")) == 0
    assert "already up to date" in capsys.readouterr().err
    data = tmp_path / "station"
    assert run(["receipt", "key", "--data-dir", str(data)]) == 0
    key = tmp_path / "station.pub"
    key.write_text(capsys.readouterr().out)
    assert run(_admin(fleet_db, "fleet", "stations", "--add", "front-desk", "--key", str(key), "--json")) == 0
    listed = json.loads(capsys.readouterr().out)["stations"]
    assert [(s["name"], s["last_contact_at"], s["behind"]) for s in listed] == [("front-desk", None, True)]


def test_verify_follow_counts_rows_as_they_arrive(fleet_db: FleetDb, tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    from desktop_app.core.policy import load_policy
    from tests.conftest import DEFAULT_POLICY, REPO
    from tests.fleet.conftest import SAMPLE_ISSUER, record_audits

    verifier = fleet_db.role_with("it_verifier", "app_audit_verifier")
    assert verifier.password_file is not None
    follow = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "fleet", "verify", "--follow", "--dsn", verifier.dsn,
         "--password-file", str(verifier.password_file), "--data-dir", str(tmp_path / "verifier")],
        cwd=REPO, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        from desktop_app.core.config import TrustedKeyEntry, load_trusted_keys

        policy = load_policy(DEFAULT_POLICY, load_trusted_keys([TrustedKeyEntry(path=SAMPLE_ISSUER)]))
        station = fleet_db.add_station("desk-5")
        record_audits(station.db_path, policy, 4)
        assert run(station.cli("fleet", "sync")) == 0
        deadline = time.monotonic() + 60
        verified = 0
        while time.monotonic() < deadline and verified < 4:
            with fleet_db.admin() as admin:
                row = admin.execute("SELECT count(*) FROM app_audit.station_rows WHERE verified").fetchone()
            verified = int(str(row[0])) if row else 0
            time.sleep(0.1)
        assert verified == 4
        assert follow.poll() is None  # still following
    finally:
        follow.terminate()
        follow.wait(timeout=30)


def test_commands_without_a_fleet_do_not_load_the_postgresql_driver() -> None:
    import subprocess
    import sys

    from tests.conftest import REPO

    code = "import sys, desktop_app.app, desktop_app.cli; print('psycopg' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False"

"""Pushing a station's rows: exactly once through killed connections and server restarts, in chain order."""

from __future__ import annotations

import random
import threading
from datetime import timedelta

import pytest

from desktop_app.core.checker import evaluate
from desktop_app.core.errors import FleetError
from desktop_app.core.models import Device, Platform
from desktop_app.core.policy import LoadedPolicy
from desktop_app.storage.database import AuditDatabase
from desktop_app.storage.fleet import fleet_view
from desktop_app.storage.fleet.central import FleetTarget, connect
from desktop_app.storage.fleet.push import PushSummary, push_pending
from desktop_app.storage.fleet.verifier import verify_pending
from desktop_app.storage.station_files import load_or_create_receipt_key
from tests.core.builders import android_app, inventory
from tests.fleet.conftest import T0, FleetDb, Station, StepClock, record_audits


def _push(station: Station, batch_size: int = 500) -> PushSummary:
    key = load_or_create_receipt_key(station.data_dir)
    with AuditDatabase(station.db_path) as store, station.link() as link:
        return push_pending(store, link, key, batch_size=batch_size)


def _central_ids(fleet_db: FleetDb, station: Station) -> list[int]:
    with fleet_db.admin() as conn:
        rows = conn.execute(
            "SELECT r.local_id FROM app_audit.station_rows r JOIN app_audit.stations s USING (station_id)"
            " WHERE s.name = %s AND r.kind = 'audit' ORDER BY r.local_id",
            (station.name,),
        ).fetchall()
    return [int(str(r[0])) for r in rows]


def test_killed_connections_lose_nothing_and_duplicate_nothing(
    fleet_db: FleetDb, signed_policy: LoadedPolicy
) -> None:
    station = fleet_db.add_station("kiosk-1")
    record_audits(station.db_path, signed_policy, 240)
    rng = random.Random(13)
    stop = threading.Event()
    kills = 0

    def killer() -> None:
        nonlocal kills
        with fleet_db.admin() as admin:
            while kills < 20 and not stop.wait(rng.uniform(0.005, 0.05)):
                killed = admin.execute(
                    "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE usename = %s) k",
                    (station.role,),
                ).fetchone()
                kills += int(str(killed[0])) if killed else 0

    thread = threading.Thread(target=killer)
    thread.start()
    failures = 0
    try:
        for _attempt in range(500):
            try:
                summary = _push(station, batch_size=7)
            except FleetError:
                failures += 1
                continue
            if summary.pending == 0 and not thread.is_alive():
                break
    finally:
        stop.set()
        thread.join()
    assert failures > 0 and kills >= 20  # the connection really was cut while pushing
    final = _push(station)
    assert final.pending == 0 and final.sent == 0
    assert _central_ids(fleet_db, station) == list(range(1, 241))


def test_server_restart_mid_way_then_catch_up_exactly_once(
    fleet_db: FleetDb, signed_policy: LoadedPolicy
) -> None:
    station = fleet_db.add_station("kiosk-2")
    record_audits(station.db_path, signed_policy, 30)
    assert _push(station, batch_size=10).sent == 30
    record_audits(station.db_path, signed_policy, 20, start=T0 + timedelta(hours=1))
    fleet_db.cluster.stop()
    try:
        with pytest.raises(FleetError) as refused:
            _push(station)
        assert refused.value.code == "fleet_unreachable"
    finally:
        fleet_db.cluster.start()
    summary = _push(station, batch_size=6)
    assert (summary.sent, summary.already_there, summary.pending) == (20, 0, 0)
    assert _central_ids(fleet_db, station) == list(range(1, 51))


def test_clock_skew_does_not_reorder_a_devices_history(
    fleet_db: FleetDb, signed_policy: LoadedPolicy
) -> None:
    station = fleet_db.add_station("desk-skew")
    clock = StepClock(T0 + timedelta(hours=5))  # the station's clock runs five hours ahead...
    phone = Device(Platform.ANDROID, "SKEW0001", model="Pixel 7")
    with AuditDatabase(station.db_path, clock=clock) as store:
        store.record_audit(
            evaluate(phone, inventory(android_app("com.zhiliaoapp.musically")), signed_policy, clock.current),
            None,
            keep_inventory=False,
        )
        clock.current = T0  # ...then is corrected: the re-check after removal looks "older"
        store.record_audit(
            evaluate(phone, inventory(android_app("com.example.mail")), signed_policy, clock.current),
            None,
            keep_inventory=False,
        )
    _push(station)
    with connect(FleetTarget(fleet_db.admin_dsn)) as admin:
        verify_pending(admin)
        (device,) = fleet_view.devices(admin)
    assert device.verdict == "compliant" and device.mail_access == "restored"

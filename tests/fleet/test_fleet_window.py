"""The window of a station in a fleet: a publish reaches it by NOTIFY and is applied; the Fleet tab shows the fleet."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer

from desktop_app.core.policy import LoadedPolicy
from desktop_app.storage.database import AuditDatabase
from desktop_app.storage.fleet.central import FleetTarget, connect
from desktop_app.storage.fleet.policy_feed import publish
from desktop_app.storage.fleet.push import push_pending
from desktop_app.storage.fleet.verifier import verify_pending
from desktop_app.storage.station_files import load_or_create_receipt_key
from tests.fleet.conftest import FleetDb, Issuer, record_audits

pytestmark = pytest.mark.gui
TICKS = 1200  # 50 ms each: a minute at most


def test_window_applies_a_published_policy_and_shows_the_fleet(
    fleet_db: FleetDb, issuer: Issuer, signed_policy: LoadedPolicy, tmp_path: Path
) -> None:
    from desktop_app import launch_gui

    other = fleet_db.add_station("kiosk-2")
    record_audits(other.db_path, signed_policy, 3, tiktok_every=3)
    with AuditDatabase(other.db_path) as store, other.link() as link:
        push_pending(store, link, load_or_create_receipt_key(other.data_dir))
    with connect(FleetTarget(fleet_db.admin_dsn)) as admin:
        verify_pending(admin)
    desk = fleet_db.add_station("desk-1", issuer.public_path)
    newer = issuer.issue("2026.12.01-1")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    seen: dict[str, Any] = {"ticks": 0}

    def on_shown(window: Any) -> None:
        def check() -> None:
            seen["ticks"] += 1
            page = getattr(window, "fleet_page", None)
            policy = window.context.policies.policy
            if page is not None and "counts" not in seen and "not compliant" in page.counts.text():
                seen["counts"] = page.counts.text()
                seen["needing_action"] = page.devices_model.rowCount()
                with connect(FleetTarget(fleet_db.admin_dsn)) as conn:
                    text = newer.read_bytes()
                    signature = Path(str(newer) + ".sig").read_bytes()
                    sha = hashlib.sha256(text).hexdigest()
                    publish(conn, "acme-mobile-mail", "2026.12.01-1", sha, "active", text, signature)
            if policy is not None and policy.document.version == "2026.12.01-1":
                seen["applied"] = policy.signature.signed
            if "applied" in seen or seen["ticks"] > TICKS:
                seen["messages"] = [m.full_text for m in window.context.presenter.history]
                timer.stop()
                window.close()

        timer = QTimer(window)
        timer.setInterval(50)
        timer.timeout.connect(check)
        timer.start()

    code = launch_gui.main(demo=True, data_dir=desk.data_dir, config_path=desk.config, on_shown=on_shown)
    assert code == 0
    assert seen.get("counts") == "2 compliant, 1 not compliant", seen
    assert seen["needing_action"] == 1
    assert seen.get("applied") is True, seen
    assert any("2026.12.01-1 from the fleet is now in force" in m for m in seen["messages"])

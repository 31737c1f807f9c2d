"""The window with a fleet whose server is away: the Fleet tab says so, nothing else changes, it keeps trying."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QSettings

from desktop_app.core.signing import generate_private_key
from desktop_app.gui.context import build_context
from desktop_app.gui.fleet_link import FleetLink
from desktop_app.gui.settings import UiSettings
from desktop_app.gui.widgets.fleet_page import FleetPage
from desktop_app.storage.fleet.central import FleetTarget
from desktop_app.storage.fleet.station_agent import StationAgent, StationSettings, apply_fleet_policy
from tests.gui.conftest import FixedClock

pytestmark = pytest.mark.gui


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the probe goes: nothing listens there


def test_server_away_is_shown_and_retried_without_touching_the_policy(qtbot: Any, tmp_path: Path) -> None:
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    context = build_context(
        sources=[], store_factory=lambda: cast(Any, None), clock=FixedClock(), settings=settings
    )
    target = FleetTarget(f"host=127.0.0.1 port={_closed_port()} user=st_desk dbname=fleet connect_timeout=2")
    station = StationSettings(
        target, "desk", tmp_path / "audits.db", tmp_path, generate_private_key(), [], apply_fleet_policy,
        lambda: None,
    )  # fmt: skip
    page = FleetPage()
    qtbot.addWidget(page)
    link = FleetLink(
        context.runner, context.presenter, context.policies, lambda: StationAgent(station, with_view=True)
    )
    link.connection_changed.connect(page.show_connection)
    try:
        with qtbot.waitSignal(link.connection_changed, timeout=30_000):
            link.start()
        assert "cannot be reached" in page.connection.text()
        assert "Next try in 2 s" in page.connection.text()
        assert context.policies.policy is None  # nothing applied, nothing else disturbed
        with qtbot.waitSignal(link.connection_changed, timeout=30_000):
            pass  # the next try, after the back-off
        assert "Next try in 4 s" in page.connection.text()
    finally:
        link.stop()
        context.shutdown()

"""Simulated iPhones for the iOS tests; every test gets its own HOME and pair-record folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.simulators.ios import IosScenario, IosSimulator, load_ios_scenario

TIKTOK_UDID = "00008110-001A2B3C4D5E801E"
TIKTOK = "com.zhiliaoapp.musically"
DOUYIN = "com.ss.iphone.ugc.Aweme"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # pymobiledevice3 and libimobiledevice write under HOME
    monkeypatch.delenv("USBMUXD_SOCKET_ADDRESS", raising=False)
    return home


@pytest.fixture
def pair_dir(tmp_path: Path) -> Path:
    return tmp_path / "pairing"


@pytest.fixture
def start_simulator() -> Iterator[Callable[..., IosSimulator]]:
    started: list[IosSimulator] = []

    def start(*scenarios: str | IosScenario) -> IosSimulator:
        loaded = [load_ios_scenario(s) if isinstance(s, str) else s for s in scenarios]
        simulator = IosSimulator(loaded)
        simulator.start()
        started.append(simulator)
        return simulator

    yield start
    for simulator in started:
        simulator.stop()

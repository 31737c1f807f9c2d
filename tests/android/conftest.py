"""Fixtures: the app's ADB keys (made once per session) and simulated phones on ephemeral ports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.devices.android.adb_keys import AdbKeys, load_or_create_adb_keys
from desktop_app.devices.android.connector import AdbTimeouts
from desktop_app.simulators.android import AndroidScenario, AndroidSimulator, load_android_scenario

# Short waits: the tests' phones answer in milliseconds; a fault must surface fast.
FAST = AdbTimeouts(transport_s=2.0, auth_s=2.0, silence_s=2.0, probe_s=2.0, scan_s=20.0)


@pytest.fixture(scope="session")
def adb_keys(tmp_path_factory: pytest.TempPathFactory) -> AdbKeys:
    return load_or_create_adb_keys(tmp_path_factory.mktemp("app-data"))


@pytest.fixture
def start_phone() -> Iterator[Callable[[str | AndroidScenario], AndroidSimulator]]:
    started: list[AndroidSimulator] = []

    def start(scenario: str | AndroidScenario) -> AndroidSimulator:
        loaded = load_android_scenario(scenario) if isinstance(scenario, str) else scenario
        simulator = AndroidSimulator(loaded)
        simulator.start()
        started.append(simulator)
        return simulator

    yield start
    for simulator in started:
        simulator.stop()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path

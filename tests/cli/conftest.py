"""Simulated phones for command-line tests that need a live scan (only those can be official)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from desktop_app.simulators.android import AndroidScenario, AndroidSimulator, load_android_scenario


@pytest.fixture
def live_phone() -> Iterator[Callable[[str | AndroidScenario], AndroidSimulator]]:
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

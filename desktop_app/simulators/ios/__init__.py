"""A simulated iPhone behind a usbmuxd: usbmuxd + lockdownd + installation_proxy over TCP on loopback."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence

from desktop_app.simulators.ios.device import IosFault
from desktop_app.simulators.ios.scenario import (
    IosScenario,
    PairingState,
    ScenarioError,
    ios_scenario_names,
    load_ios_scenario,
)
from desktop_app.simulators.ios.usbmuxd import IosSimulator

__all__ = [
    "IosFault",
    "IosScenario",
    "IosSimulator",
    "PairingState",
    "ScenarioError",
    "ios_scenario_names",
    "load_ios_scenario",
    "serve_ios_forever",
]


def serve_ios_forever(scenario_names: Sequence[str], port: int) -> None:
    """Run a usbmuxd with the named scenarios until interrupted (for `app-audit simulate ios`)."""
    scenarios = [load_ios_scenario(name) for name in scenario_names]
    with IosSimulator(scenarios, port=port) as simulator:
        print(f"Simulated usbmuxd listening on {simulator.address}", flush=True)
        for scenario in scenarios:
            print(f"  {scenario.identity.udid}  {scenario.name}: {scenario.description}", flush=True)
        print(f"Point clients at it: USBMUXD_SOCKET_ADDRESS={simulator.address}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()

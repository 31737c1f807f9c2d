"""A simulated Android phone speaking the real ADB protocol over TCP (tests, demo, benchmarks)."""

from desktop_app.simulators.android.scenario import (
    AndroidScenario,
    AuthMode,
    Faults,
    ScenarioError,
    android_scenario_names,
    load_android_scenario,
)
from desktop_app.simulators.android.server import AndroidSimulator, serve_android_forever

__all__ = [
    "AndroidScenario",
    "AndroidSimulator",
    "AuthMode",
    "Faults",
    "ScenarioError",
    "android_scenario_names",
    "load_android_scenario",
    "serve_android_forever",
]

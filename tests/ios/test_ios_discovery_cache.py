"""Listing iPhones every second asks a ready phone again only now and then; a phone that needs the
person is asked at every listing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.errors import AppAuditError
from desktop_app.core.models import DeviceState
from desktop_app.devices.ios.connector import IosDiscovery
from desktop_app.simulators.ios import IosSimulator, load_ios_scenario

from .conftest import TIKTOK_UDID

StartSimulator = Callable[..., IosSimulator]
RECHECK_S = 15.0


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _sessions(sim: IosSimulator, udid: str) -> int:
    return sim.lockdown_requests(udid).get("StartSession", 0)


def _states(discovery: IosDiscovery) -> dict[str, DeviceState]:
    return {device.serial: device.state for device in discovery.list_devices()}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _discovery(sim: IosSimulator, pair_dir: Path, clock: FakeClock) -> IosDiscovery:
    return IosDiscovery(
        usbmux_address=sim.address, pair_records_dir=pair_dir, ready_recheck_s=RECHECK_S, clock=clock
    )


def test_a_ready_phone_is_asked_again_only_after_the_recheck_time(
    start_simulator: StartSimulator, pair_dir: Path, clock: FakeClock
) -> None:
    sim = start_simulator("iphone-tiktok")
    discovery = _discovery(sim, pair_dir, clock)
    assert _states(discovery) == {TIKTOK_UDID: DeviceState.READY}
    asked = _sessions(sim, TIKTOK_UDID)
    for _ in range(3):
        clock.now += 1.0
        assert _states(discovery) == {TIKTOK_UDID: DeviceState.READY}
    assert _sessions(sim, TIKTOK_UDID) == asked
    clock.now += RECHECK_S
    assert _states(discovery) == {TIKTOK_UDID: DeviceState.READY}
    assert _sessions(sim, TIKTOK_UDID) == asked + 1


def test_a_phone_waiting_for_trust_is_asked_at_every_listing(
    start_simulator: StartSimulator, pair_dir: Path, clock: FakeClock
) -> None:
    scenario = load_ios_scenario("trust-pending").with_changes(answer_after_s=None)
    sim = start_simulator(scenario)
    udid = scenario.identity.udid
    discovery = _discovery(sim, pair_dir, clock)
    for listing in range(1, 4):
        assert _states(discovery) == {udid: DeviceState.UNTRUSTED}
        assert sim.lockdown_requests(udid).get("Pair", 0) == listing
    sim.tap_trust(udid)
    assert _states(discovery) == {udid: DeviceState.READY}  # seen at once, not after the recheck time


def test_an_unplugged_phone_leaves_the_next_listing(
    start_simulator: StartSimulator, pair_dir: Path, clock: FakeClock
) -> None:
    sim = start_simulator("iphone-tiktok", "ipad-clean")
    discovery = _discovery(sim, pair_dir, clock)
    ipad = load_ios_scenario("ipad-clean").identity.udid
    assert set(_states(discovery)) == {TIKTOK_UDID, ipad}
    sim.unplug(ipad)
    assert _states(discovery) == {TIKTOK_UDID: DeviceState.READY}


def test_a_phone_that_fails_to_open_is_asked_again_at_the_next_listing(
    start_simulator: StartSimulator, pair_dir: Path, clock: FakeClock
) -> None:
    sim = start_simulator("iphone-tiktok")
    discovery = _discovery(sim, pair_dir, clock)
    [listed] = discovery.list_devices()
    sim.forget_computers(TIKTOK_UDID)  # Settings > Reset Location & Privacy, between two listings
    assert _states(discovery) == {TIKTOK_UDID: DeviceState.READY}  # not asked yet: still ready
    with pytest.raises(AppAuditError):
        discovery.open(listed)
    pairs = sim.lockdown_requests(TIKTOK_UDID).get("Pair", 0)
    [again] = discovery.list_devices()  # asked at once: this phone pairs again without a dialog
    assert sim.lockdown_requests(TIKTOK_UDID).get("Pair", 0) == pairs + 1
    assert again.state is DeviceState.READY

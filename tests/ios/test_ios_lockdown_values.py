"""A scan reads lockdownd's values once when they already name the phone, twice when they do not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.devices.ios.connector import open_ios
from desktop_app.simulators.ios import IosSimulator, load_ios_scenario
from tests.ios.conftest import TIKTOK_UDID

StartSimulator = Callable[..., IosSimulator]


def _open_and_name(sim: IosSimulator, pair_dir: Path) -> str:
    with open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone:
        identity = phone.identity()
        assert identity.serial == TIKTOK_UDID
        assert identity.model and identity.os_version
        return identity.name


def test_a_name_kept_for_the_session_is_read_in_it(start_simulator: StartSimulator, pair_dir: Path) -> None:
    sim = start_simulator("iphone-tiktok")
    sim.hide_name_before_session(TIKTOK_UDID)
    assert _open_and_name(sim, pair_dir) == load_ios_scenario("iphone-tiktok").identity.name
    assert sim.lockdown_requests(TIKTOK_UDID).get("GetValue") == 2  # the library's reload, as before


def test_pairing_still_reads_the_values_it_needs(start_simulator: StartSimulator, pair_dir: Path) -> None:
    """A phone met for the first time pairs (Trust tapped) and names itself as before."""
    scenario = load_ios_scenario("trust-pending").with_changes(answer_after_s=0.1)
    sim = start_simulator(scenario)
    sim.hide_name_before_session(scenario.identity.udid)
    with open_ios(
        udid=scenario.identity.udid, usbmux_address=sim.address, pair_records_dir=pair_dir, trust_timeout_s=10
    ) as phone:
        assert phone.identity().name == scenario.identity.name
    assert sim.lockdown_requests(scenario.identity.udid).get("Pair", 0) >= 1

"""usbmuxd is asked which protocol it speaks once per dialer, and a phone is found by the device id of
the last listing: a scan lists the devices only when that id is unknown or refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.core.models import AttachedDevice, DeviceState, Platform
from desktop_app.devices.ios.connector import IosDiscovery, open_ios
from desktop_app.devices.ios.mux_dialer import MuxDialer
from desktop_app.simulators.ios import IosSimulator, load_ios_scenario
from tests.ios.conftest import TIKTOK_UDID

StartSimulator = Callable[..., IosSimulator]


def _scan(sim: IosSimulator, pair_dir: Path, dialer: MuxDialer | None) -> int:
    with open_ios(
        udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir, dialer=dialer
    ) as phone:
        return len(phone.read_inventory().apps)


def test_a_kept_dialer_probes_usbmuxd_once(start_simulator: StartSimulator, pair_dir: Path) -> None:
    sim = start_simulator("iphone-tiktok")
    dialer = MuxDialer(sim.address)
    assert _scan(sim, pair_dir, dialer) > 0
    assert _scan(sim, pair_dir, dialer) > 0
    # Two scans open four connections (lockdownd, installation_proxy each time): one probe in all.
    assert sim.mux_requests["Connect"] == 4
    assert sim.mux_requests["ReadBUID"] == 1
    assert sim.mux_requests["ListDevices"] == 1  # the second scan knew the phone's device id


def test_without_a_kept_dialer_each_connector_probes_once(
    start_simulator: StartSimulator, pair_dir: Path
) -> None:
    sim = start_simulator("iphone-tiktok")
    assert _scan(sim, pair_dir, None) > 0
    assert sim.mux_requests["Connect"] == 2
    assert sim.mux_requests["ReadBUID"] == 1


def test_discovery_keeps_one_dialer_for_listing_and_opening(
    start_simulator: StartSimulator, pair_dir: Path
) -> None:
    sim = start_simulator("iphone-tiktok")
    discovery = IosDiscovery(usbmux_address=sim.address, pair_records_dir=pair_dir)
    assert [d.state for d in discovery.list_devices()] == [DeviceState.READY]
    attached = AttachedDevice(Platform.IOS, TIKTOK_UDID, DeviceState.READY)
    with discovery.open(attached) as phone:
        assert phone.read_inventory().apps
    assert sim.mux_requests["ReadBUID"] == 1


def test_a_phone_plugged_in_again_is_found_under_its_new_device_id(
    start_simulator: StartSimulator, pair_dir: Path
) -> None:
    sim = start_simulator("iphone-tiktok")
    dialer = MuxDialer(sim.address)
    assert _scan(sim, pair_dir, dialer) > 0
    sim.detach(TIKTOK_UDID)
    sim.attach(load_ios_scenario("iphone-tiktok"))  # usbmuxd gives it another device id
    assert _scan(sim, pair_dir, dialer) > 0
    assert sim.mux_requests["ListDevices"] == 2  # the remembered id was refused: listed again

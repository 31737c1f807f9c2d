"""A phone that forgot this computer is a stale pairing: the record is dropped and Trust is asked again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.errors import DeviceUntrustedError
from desktop_app.devices.ios.connector import open_ios
from desktop_app.simulators.ios import IosSimulator

from .conftest import TIKTOK_UDID

StartSimulator = Callable[..., IosSimulator]


def test_a_phone_that_forgot_this_computer_is_a_stale_pairing(
    start_simulator: StartSimulator, pair_dir: Path
) -> None:
    sim = start_simulator("iphone-tiktok")
    with open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone:
        assert phone.read_inventory().complete
    sim.forget_computers(TIKTOK_UDID)
    with pytest.raises(DeviceUntrustedError) as raised:
        open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir)
    assert raised.value.code == "stale_pairing"
    assert not (pair_dir / f"{TIKTOK_UDID}.plist").exists()

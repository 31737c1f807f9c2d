"""Pair records remembered between connections never hide a pairing the phone no longer accepts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.errors import DeviceUntrustedError
from desktop_app.devices.ios import session as ios_session
from desktop_app.devices.ios.connector import open_ios
from desktop_app.simulators.ios import IosSimulator

from .conftest import TIKTOK_UDID

StartSimulator = Callable[..., IosSimulator]


def _remembered(pair_dir: Path, address: str) -> dict[str, object] | None:
    return ios_session._PAIR_RECORDS.get(ios_session._pair_key(address, pair_dir, TIKTOK_UDID))


def test_a_phone_that_forgot_this_computer_is_still_a_stale_pairing(
    start_simulator: StartSimulator, pair_dir: Path
) -> None:
    sim = start_simulator("iphone-tiktok")
    with open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone:
        assert phone.read_inventory().complete
    assert _remembered(pair_dir, sim.address) is not None
    sim.forget_computers(TIKTOK_UDID)
    with pytest.raises(DeviceUntrustedError) as raised:
        open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir)
    assert raised.value.code == "stale_pairing"
    assert _remembered(pair_dir, sim.address) is None
    assert not (pair_dir / f"{TIKTOK_UDID}.plist").exists()


def test_a_remembered_record_that_stopped_working_is_read_again(
    start_simulator: StartSimulator, pair_dir: Path
) -> None:
    """E.g. another tool paired this computer again: the record on disk / in usbmuxd is the good one."""
    sim = start_simulator("iphone-tiktok")
    with open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir):
        pass
    record = _remembered(pair_dir, sim.address)
    assert record is not None
    key = ios_session._pair_key(sim.address, pair_dir, TIKTOK_UDID)
    ios_session._PAIR_RECORDS[key] = {**record, "HostID": "00000000-0000-0000-0000-000000000000"}
    with open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone:
        assert phone.read_inventory().complete
    assert _remembered(pair_dir, sim.address) == record

"""iPhone deadlines and streams: idle-closed streams reopened, frozen phones bounded, never a false "unplugged"."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.deadlines import DEADLINES
from desktop_app.core.errors import DeviceDisconnectedError, DeviceTimeoutError, InvalidAppIdError
from desktop_app.devices.ios.connector import open_ios
from desktop_app.simulators.ios import IosFault, IosSimulator, load_ios_scenario

from .conftest import TIKTOK, TIKTOK_UDID


@pytest.fixture
def quick_idle_sim() -> Iterator[IosSimulator]:
    """An iPhone whose services close a connection idle for 0.3 s (a real one: about a minute)."""
    with IosSimulator([load_ios_scenario("iphone-tiktok")], idle_timeout_s=0.3) as sim:
        yield sim


def _wait_until(condition: object, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)  # polling with a deadline


def test_an_idle_closed_stream_is_reopened_and_the_removal_goes_through(
    quick_idle_sim: IosSimulator, pair_dir: Path
) -> None:
    sim = quick_idle_sim
    with open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone:
        assert TIKTOK in {a.app_id for a in phone.read_inventory().apps}
        # The page stays open: the phone closes the lockdown session and the installation proxy.
        _wait_until(lambda: sim.idle_closures >= 2)
        [result] = phone.remove_app(TIKTOK)
        assert result.removed, result.message
        assert TIKTOK not in sim.installed_bundle_ids(TIKTOK_UDID)
        assert TIKTOK not in {a.app_id for a in phone.read_inventory().apps}


def test_a_listed_iphone_that_stops_answering_is_not_called_unplugged(
    start_simulator: object, pair_dir: Path
) -> None:
    sim = start_simulator("iphone-tiktok")  # type: ignore[operator]
    short = dataclasses.replace(DEADLINES, ios_scan_s=0.5, probe_s=2.0)
    with open_ios(
        udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir, deadlines=short
    ) as phone:
        sim.set_fault(TIKTOK_UDID, IosFault(stall_lookup=True))  # frozen installd
        progress: list[str] = []
        started = time.monotonic()
        with pytest.raises(DeviceTimeoutError) as caught:
            phone.read_inventory(lambda _d, _t, what: progress.append(what))
        assert not isinstance(caught.value, DeviceDisconnectedError)
        assert "connected but not answering" in caught.value.message
        assert "unplugged" not in caught.value.message
        assert time.monotonic() - started < 15  # the scan deadline, not a minute
        assert progress and progress[0] == "Asking the iPhone for its apps"


def test_an_unplugged_iphone_is_called_unplugged(start_simulator: object, pair_dir: Path) -> None:
    sim = start_simulator("iphone-tiktok")  # type: ignore[operator]
    with open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone:
        phone.read_inventory()
        sim.unplug(TIKTOK_UDID)
        with pytest.raises(DeviceDisconnectedError, match="unplugged"):
            phone.read_inventory()


def test_the_frozen_iphone_bound_is_well_under_twenty_seconds() -> None:
    assert DEADLINES.frozen_ios_verdict_s < 20
    assert DEADLINES.frozen_android_verdict_s < 20


@pytest.mark.parametrize(
    "app_id", [TIKTOK + "\n", TIKTOK + "\r\n", "\n" + TIKTOK, TIKTOK + " ", TIKTOK + "\x00"]
)
def test_an_app_id_with_a_trailing_newline_never_reaches_the_iphone(
    start_simulator: object, pair_dir: Path, app_id: str
) -> None:
    sim = start_simulator("iphone-tiktok")  # type: ignore[operator]
    with (
        open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone,
        pytest.raises(InvalidAppIdError),
    ):
        phone.remove_app(app_id)
    assert TIKTOK in sim.installed_bundle_ids(TIKTOK_UDID)

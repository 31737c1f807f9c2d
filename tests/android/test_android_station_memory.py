"""Each station (data folder) keeps its own memory of its phones' users and signers: none is shared by
the process, so two stations in one process never mix them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from desktop_app import station
from desktop_app.core.config import AndroidSettings, AppConfig
from desktop_app.core.models import DeviceState
from desktop_app.simulators.android import AndroidScenario, AndroidSimulator

PhoneFactory = Callable[[str | AndroidScenario], AndroidSimulator]
SERIAL = "3A281FDJH00123"  # pixel-work-profile: users 0 and 10
CONFIG = AppConfig(android=AndroidSettings(usb=False))


def _scan_through(data_dir: Path, phone: AndroidSimulator) -> None:
    discovery = station.android_discovery(data_dir, CONFIG, [phone.address])
    try:
        [device] = discovery.list_devices()
        assert device.state is DeviceState.READY
        with discovery.open(device) as connector:
            assert connector.read_inventory().apps
    finally:
        discovery.close()


def _users_file(data_dir: Path) -> dict[str, list[int]]:
    path = data_dir / "adb" / "users.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def test_two_stations_do_not_share_known_users(tmp_path: Path, start_phone: PhoneFactory) -> None:
    phone = start_phone("pixel-work-profile")
    first, second = tmp_path / "first", tmp_path / "second"
    _scan_through(first, phone)

    assert _users_file(first) == {SERIAL: [0, 10]}
    assert station.android_station(first, CONFIG).known_users.guess(SERIAL) == (0, 10)
    # The other station never scanned this phone: it starts from user 0, as for any new phone.
    other = station.android_station(second, CONFIG)
    assert other.known_users.guess(SERIAL) == (0,)
    assert _users_file(second) == {}
    assert other.known_users is not station.android_station(first, CONFIG).known_users


"""An Android phone read while another read is in progress is assembled by a helper process, the same."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from desktop_app.core.models import Inventory
from desktop_app.devices.android.adb_keys import AdbKeys
from desktop_app.devices.android.connector import open_android
from desktop_app.devices.parse_helpers import PARSE_HELPERS, ParseHelpers
from desktop_app.simulators.android import AndroidScenario, AndroidSimulator, load_android_scenario

from .conftest import FAST

StartPhone = Callable[[str | AndroidScenario], AndroidSimulator]


@pytest.fixture
def helpers() -> Iterator[ParseHelpers]:
    assert PARSE_HELPERS.start(wait_s=60.0)
    yield PARSE_HELPERS
    PARSE_HELPERS.shutdown()


def _read(phone: AndroidSimulator, keys: AdbKeys) -> Inventory:
    with open_android(connect=phone.address, keys=keys, timeouts=FAST) as connector:
        return connector.read_inventory()


@pytest.mark.parametrize(
    ("scenario", "shows"),
    [
        (load_android_scenario("pixel-work-profile"), lambda i: len({a.user for a in i.apps}) == 2),
        (load_android_scenario("locked-private-profile"), lambda i: any(not p.readable for p in i.profiles)),
        (load_android_scenario("samsung-clean").with_faults(garbage_lines=3), lambda i: not i.complete),
    ],
    ids=["work-profile", "locked-profile", "garbled-lines"],
)
def test_a_helper_assembles_the_inventory_this_process_does(
    scenario: AndroidScenario,
    shows: Callable[[Inventory], bool],
    start_phone: StartPhone,
    adb_keys: AdbKeys,
    helpers: ParseHelpers,
) -> None:
    phone = start_phone(scenario)
    alone = _read(phone, adb_keys)
    before = helpers.parsed_by_helpers
    with helpers.reading():  # another phone's read in progress
        overlapped = _read(phone, adb_keys)
    assert helpers.parsed_by_helpers == before + 1
    assert overlapped.apps == alone.apps
    assert overlapped.profiles == alone.profiles
    assert overlapped.complete == alone.complete
    # The simulator garbles different lines on each read: the same kind of problem, not the same text.
    assert ("was not understood" in overlapped.problem) == ("was not understood" in alone.problem)
    assert shows(overlapped) and len(alone.apps) > 0


def test_a_phone_read_alone_never_waits_for_helpers(
    start_phone: StartPhone, adb_keys: AdbKeys, helpers: ParseHelpers
) -> None:
    phone = start_phone("pixel-work-profile")
    before = helpers.parsed_by_helpers
    assert len(_read(phone, adb_keys).apps) == load_android_scenario("pixel-work-profile").package_count()
    assert helpers.parsed_by_helpers == before

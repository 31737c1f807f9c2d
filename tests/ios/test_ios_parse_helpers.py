"""iPhone Lookup replies are parsed by helper processes only while reads overlap, with the same result."""

from __future__ import annotations

import asyncio
import functools
import os
import plistlib
import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.errors import InventoryFormatError
from desktop_app.core.models import AppState, InstalledApp
from desktop_app.devices import parse_helpers
from desktop_app.devices.ios.connector import open_ios
from desktop_app.devices.ios.lookup_reader import apps_from_binary_lookup_reply
from desktop_app.devices.ios.lookup_rows import apps_from_outcome, rows_from_reply
from desktop_app.devices.ios.session import RETURN_ATTRIBUTES
from desktop_app.devices.parse_helpers import PARSE_HELPERS, ParseHelpers
from desktop_app.simulators.ios import IosFault, IosSimulator, load_ios_scenario
from desktop_app.simulators.ios.installation_proxy import _selected

from .conftest import DOUYIN, TIKTOK, TIKTOK_UDID

StartSimulator = Callable[..., IosSimulator]
_OPTIONS = {"ApplicationType": "Any", "ShowPlaceholders": True, "ReturnAttributes": RETURN_ATTRIBUTES}


def _reply(scenario: str) -> bytes:
    apps = _selected(load_ios_scenario(scenario).apps, _OPTIONS)
    document = {"LookupResult": {a["CFBundleIdentifier"]: a for a in apps}, "Status": "Complete"}
    return plistlib.dumps(document, fmt=plistlib.FMT_BINARY)


def _parse(parsing: ParseHelpers, data: bytes, overlapping: int) -> list[InstalledApp] | None:
    """The reply's apps, as the connector reads them, while `overlapping` other reads are in progress."""

    async def read() -> list[InstalledApp] | None:
        with parsing.reading():
            outcome = await parsing.call_async(rows_from_reply, data)
            return apps_from_binary_lookup_reply(data) if outcome is None else apps_from_outcome(outcome)

    entered = [parsing.reading() for _ in range(overlapping)]
    for context in entered:
        context.__enter__()
    try:
        return asyncio.run(read())
    finally:
        for context in entered:
            context.__exit__(None, None, None)


@pytest.fixture
def parsing() -> Iterator[ParseHelpers]:
    pool = ParseHelpers(helpers=2)
    yield pool
    pool.shutdown()


@pytest.fixture
def shared_parsing() -> Iterator[ParseHelpers]:
    """The connector's own instance, with its helpers up."""
    assert PARSE_HELPERS.start(wait_s=60.0)
    yield PARSE_HELPERS
    PARSE_HELPERS.shutdown()


def test_rows_make_the_same_apps_as_the_reader() -> None:
    data = _reply("iphone-250-apps")
    apps = apps_from_outcome(rows_from_reply(data))
    assert apps == apps_from_binary_lookup_reply(data)
    assert apps is not None and len(apps) == 275


def test_rows_keep_an_invalid_bundle_id_an_error_and_other_shapes_for_the_full_parser() -> None:
    bad = plistlib.dumps(
        {"LookupResult": {"x": {"CFBundleIdentifier": "not a bundle id"}}}, fmt=plistlib.FMT_BINARY
    )
    with pytest.raises(InventoryFormatError) as inline:
        apps_from_binary_lookup_reply(bad)
    with pytest.raises(InventoryFormatError) as from_rows:
        apps_from_outcome(rows_from_reply(bad))
    assert from_rows.value.message == inline.value.message
    xml = plistlib.dumps({"LookupResult": {}})
    assert apps_from_outcome(rows_from_reply(xml)) is None


def test_a_read_alone_is_parsed_here_and_starts_no_helper(parsing: ParseHelpers) -> None:
    data = _reply("iphone-tiktok")
    assert _parse(parsing, data, overlapping=0) == apps_from_binary_lookup_reply(data)
    assert parsing.parsed_by_helpers == 0
    assert parsing.helper_pids() == []


def test_overlapping_reads_are_parsed_by_the_helpers_once_they_are_up(parsing: ParseHelpers) -> None:
    data = _reply("iphone-250-apps")
    expected = apps_from_binary_lookup_reply(data)
    # The first overlap starts the helpers and does not wait for them.
    assert _parse(parsing, data, overlapping=1) == expected
    assert parsing.parsed_by_helpers == 0
    assert parsing.start(wait_s=60.0)
    assert _parse(parsing, data, overlapping=1) == expected
    assert parsing.parsed_by_helpers == 1


def test_a_helper_that_dies_costs_no_result(parsing: ParseHelpers) -> None:
    data = _reply("iphone-tiktok")
    expected = apps_from_binary_lookup_reply(data)
    assert parsing.start(wait_s=60.0)
    helpers = parsing.helper_pids()
    assert len(helpers) == 2
    for pid in helpers:  # what the OS does to a helper when memory runs out
        os.kill(pid, signal.SIGKILL)
    assert _parse(parsing, data, overlapping=1) == expected
    assert parsing.parsed_by_helpers == 0
    # New helpers start and are used again.
    assert parsing.start(wait_s=60.0)
    assert _parse(parsing, data, overlapping=1) == expected
    assert parsing.parsed_by_helpers == 1


def test_an_iphone_read_while_another_is_read_goes_through_the_helpers(
    start_simulator: StartSimulator, pair_dir: Path, shared_parsing: ParseHelpers
) -> None:
    sim = start_simulator("iphone-tiktok")
    before = shared_parsing.parsed_by_helpers
    # Another phone's read is in progress all along.
    with (
        shared_parsing.reading(),
        open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone,
    ):
        apps = {app.app_id: app for app in phone.read_inventory().apps}
    assert shared_parsing.parsed_by_helpers == before + 1
    assert TIKTOK in apps and apps[DOUYIN].state is AppState.OFFLOADED


def test_several_iphones_read_at_once_each_get_their_own_apps(
    start_simulator: StartSimulator, pair_dir: Path, shared_parsing: ParseHelpers
) -> None:
    base = load_ios_scenario("iphone-tiktok")
    phones = [base.with_identity(udid=f"00008110-00000000000000{i:02X}") for i in range(3)]
    phones.append(load_ios_scenario("ipad-clean"))
    sim = start_simulator(*phones)
    for phone in phones:  # installd takes a moment: the reads overlap
        sim.set_fault(phone.identity.udid, IosFault(command_ms=300.0))
    found: dict[str, set[str]] = {}
    errors: list[BaseException] = []

    def scan(udid: str) -> None:
        try:
            with open_ios(udid=udid, usbmux_address=sim.address, pair_records_dir=pair_dir) as connector:
                found[udid] = {app.app_id for app in connector.read_inventory().apps}
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=scan, args=(p.identity.udid,)) for p in phones]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    for phone in phones:
        assert found[phone.identity.udid] == {app.bundle for app in phone.apps}


def test_helpers_that_die_on_the_way_up_are_given_up_after_a_few_tries(
    parsing: ParseHelpers, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parse_helpers, "_warm_up", functools.partial(os._exit, 3))
    data = _reply("iphone-tiktok")
    expected = apps_from_binary_lookup_reply(data)
    for _ in range(parse_helpers.MAX_FAILED_STARTS):
        assert not parsing.start(wait_s=60.0)  # they start, and die
        assert _parse(parsing, data, overlapping=1) == expected  # parsed here; the failure is noted
    assert not parsing.start(wait_s=60.0)
    assert parsing.helper_pids() == []
    assert _parse(parsing, data, overlapping=1) == expected
    assert parsing.parsed_by_helpers == 0


class _CannotStart(ProcessPoolExecutor):
    """What starting a helper meets where the program may not start itself (an allow-list)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        raise PermissionError(13, "Permission denied", "app-audit")


def test_a_program_that_cannot_start_itself_parses_everything_here(
    parsing: ParseHelpers, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parse_helpers, "ProcessPoolExecutor", _CannotStart)
    data = _reply("iphone-tiktok")
    assert _parse(parsing, data, overlapping=1) == apps_from_binary_lookup_reply(data)
    assert not parsing.start(wait_s=1.0)
    assert parsing.helper_pids() == []


@pytest.mark.parametrize(("value", "helpers"), [("0", 0), ("1", 0), ("3", 3), ("many", 2), ("", 2)])
def test_the_helper_count_can_be_set_for_the_station(
    value: str, helpers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parse_helpers.os, "cpu_count", lambda: 2)
    monkeypatch.setenv(parse_helpers.HELPERS_VARIABLE, value)
    configured = ParseHelpers()
    try:
        data = _reply("iphone-tiktok")
        assert configured.start(wait_s=60.0) is (helpers >= 2)
        assert len(configured.helper_pids()) == helpers
        assert _parse(configured, data, overlapping=1) == apps_from_binary_lookup_reply(data)
        assert configured.parsed_by_helpers == (1 if helpers >= 2 else 0)
    finally:
        configured.shutdown()

"""Simulated iPhone -> connector -> checker -> removal -> re-check, and every pairing outcome."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core.checker import evaluate
from desktop_app.core.errors import (
    DeviceDisconnectedError,
    DeviceLockedError,
    DeviceNotFoundError,
    DeviceTrustRefusedError,
    DeviceUntrustedError,
    InvalidAppIdError,
    ServiceUnavailableError,
)
from desktop_app.core.models import AppKind, AppState, AttachedDevice, DeviceState, Verdict
from desktop_app.core.policy import load_policy
from desktop_app.devices.ios.connector import IosDiscovery, open_ios
from desktop_app.simulators.ios import IosFault, IosSimulator, load_ios_scenario

from .conftest import DOUYIN, TIKTOK, TIKTOK_UDID

POLICY = Path(__file__).resolve().parents[2] / "resources" / "policies" / "default.yaml"
AFTER_DEADLINE = datetime(2027, 1, 15, 12, 0, tzinfo=UTC)
StartSimulator = Callable[..., IosSimulator]


def test_tiktok_found_removed_and_compliant(start_simulator: StartSimulator, pair_dir: Path) -> None:
    sim = start_simulator("iphone-tiktok")
    policy = load_policy(POLICY)
    with open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone:
        device = phone.identity()
        assert (device.serial, device.model, device.os_version) == (TIKTOK_UDID, "iPhone14,5", "17.5.1")
        assert device.name == "Camille's iPhone"
        steps: list[tuple[int, int, str]] = []
        inventory = phone.read_inventory(lambda done, total, what: steps.append((done, total, what)))
        assert inventory.complete and steps[-1][0] == len(inventory.apps) == 36
        by_id = {a.app_id: a for a in inventory.apps}
        assert by_id[DOUYIN].state is AppState.OFFLOADED  # only visible because placeholders were asked for
        assert by_id[TIKTOK].team_id == "6VDTR5XDJB" and by_id[TIKTOK].installer == "com.apple.AppStore"
        assert by_id["com.apple.mobilesafari"].kind is AppKind.SYSTEM

        report = evaluate(device, inventory, policy, AFTER_DEADLINE)
        assert report.verdict is Verdict.NONCOMPLIANT
        assert {(f.app_id, f.app_state) for f in report.findings} == {
            (TIKTOK, AppState.ENABLED),
            (DOUYIN, AppState.OFFLOADED),
        }

        percents: list[int] = []
        for app_id in (TIKTOK, DOUYIN):
            results = phone.remove_app(app_id, progress=lambda done, _total, _what: percents.append(done))
            assert [(r.app_id, r.removed, r.user) for r in results] == [(app_id, True, None)]
        assert percents == [50, 90, 50, 90]
        assert TIKTOK not in sim.installed_bundle_ids(TIKTOK_UDID)

        again = phone.read_inventory()
        assert len(again.apps) == 34
        assert evaluate(device, again, policy, AFTER_DEADLINE).verdict is Verdict.COMPLIANT


def test_prohibited_uninstall_is_reported_in_plain_language(
    start_simulator: StartSimulator, pair_dir: Path
) -> None:
    sim = start_simulator("iphone-tiktok")
    with open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone:
        [result] = phone.remove_app("com.example.mdm.agent")
        assert not result.removed and result.code == "UninstallProhibited"
        assert "profile" in result.message
        # The stream survives a refusal: the next read works.
        assert any(a.app_id == "com.example.mdm.agent" for a in phone.read_inventory().apps)
        with pytest.raises(InvalidAppIdError):
            phone.remove_app("com.evil; rm -rf /")


def test_clean_ipad_is_compliant(start_simulator: StartSimulator, pair_dir: Path) -> None:
    sim = start_simulator("ipad-clean")
    udid = load_ios_scenario("ipad-clean").identity.udid
    with open_ios(udid=udid, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone:
        report = evaluate(phone.identity(), phone.read_inventory(), load_policy(POLICY), AFTER_DEADLINE)
    assert report.verdict is Verdict.COMPLIANT and report.apps_scanned == 27


def test_trust_answered_within_the_wait_pairs_and_saves_the_record(
    start_simulator: StartSimulator, pair_dir: Path
) -> None:
    scenario = load_ios_scenario("trust-pending").with_changes(answer_after_s=0.3)
    sim = start_simulator(scenario)
    udid = scenario.identity.udid
    with open_ios(
        udid=udid, usbmux_address=sim.address, pair_records_dir=pair_dir, trust_timeout_s=10
    ) as phone:
        assert any(a.app_id == TIKTOK for a in phone.read_inventory().apps)
    assert (pair_dir / f"{udid}.plist").exists()
    # Next time no Trust dialog is needed: the record kept in usbmuxd is accepted at once.
    with open_ios(
        udid=udid, usbmux_address=sim.address, pair_records_dir=pair_dir, trust_timeout_s=0
    ) as phone:
        assert phone.identity().serial == udid


def test_trust_tapped_by_the_person(start_simulator: StartSimulator, pair_dir: Path) -> None:
    scenario = load_ios_scenario("trust-pending").with_changes(answer_after_s=None)
    sim = start_simulator(scenario)
    udid = scenario.identity.udid
    with pytest.raises(DeviceUntrustedError) as info:
        open_ios(udid=udid, usbmux_address=sim.address, pair_records_dir=pair_dir, trust_timeout_s=0)
    assert "Trust" in info.value.hint
    sim.tap_trust(udid)
    with open_ios(
        udid=udid, usbmux_address=sim.address, pair_records_dir=pair_dir, trust_timeout_s=5
    ) as phone:
        assert phone.identity().serial == udid


@pytest.mark.parametrize(
    ("scenario", "error", "code"),
    [
        ("trust-pending", DeviceUntrustedError, "untrusted"),
        ("trust-refused", DeviceTrustRefusedError, "trust_refused"),
        ("locked", DeviceLockedError, "locked"),
        ("stale-pairing", DeviceUntrustedError, "stale_pairing"),
    ],
)
def test_pairing_outcomes_are_errors_never_a_verdict(
    start_simulator: StartSimulator, pair_dir: Path, scenario: str, error: type[Exception], code: str
) -> None:
    sim = start_simulator(scenario)
    udid = load_ios_scenario(scenario).identity.udid
    with pytest.raises(error) as info:
        open_ios(udid=udid, usbmux_address=sim.address, pair_records_dir=pair_dir, trust_timeout_s=1.2)
    assert info.value.code == code  # type: ignore[attr-defined]
    assert info.value.hint  # type: ignore[attr-defined]


def test_stale_pairing_is_forgotten_so_the_next_attempt_pairs(
    start_simulator: StartSimulator, pair_dir: Path
) -> None:
    sim = start_simulator("stale-pairing")
    udid = load_ios_scenario("stale-pairing").identity.udid
    with pytest.raises(DeviceUntrustedError, match="no longer valid"):
        open_ios(udid=udid, usbmux_address=sim.address, pair_records_dir=pair_dir)
    with open_ios(
        udid=udid, usbmux_address=sim.address, pair_records_dir=pair_dir, trust_timeout_s=5
    ) as phone:
        assert phone.read_inventory().complete


def test_locked_after_pairing_fails_at_the_inventory(start_simulator: StartSimulator, pair_dir: Path) -> None:
    scenario = load_ios_scenario("iphone-tiktok").with_changes(locked=True)
    sim = start_simulator(scenario)
    with open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone:
        with pytest.raises(DeviceLockedError):
            phone.read_inventory()
        sim.unlock(TIKTOK_UDID)
        assert len(phone.read_inventory().apps) == 36


def test_unplugged_mid_read_is_an_error_not_a_partial_inventory(
    start_simulator: StartSimulator, pair_dir: Path
) -> None:
    sim = start_simulator("iphone-250-apps")
    udid = load_ios_scenario("iphone-250-apps").identity.udid
    phone = open_ios(udid=udid, usbmux_address=sim.address, pair_records_dir=pair_dir)
    try:
        sim.set_fault(udid, IosFault(unplug_after_apps=100))
        with pytest.raises(DeviceDisconnectedError):
            phone.read_inventory()
        assert udid not in sim.udids()
    finally:
        phone.close()


def test_unknown_udid_and_missing_usbmuxd(start_simulator: StartSimulator, pair_dir: Path) -> None:
    sim = start_simulator("iphone-tiktok")
    with pytest.raises(DeviceNotFoundError):
        open_ios(udid="00000000-0000000000000000", usbmux_address=sim.address, pair_records_dir=pair_dir)
    address = sim.address
    sim.stop()
    with pytest.raises(ServiceUnavailableError) as info:
        IosDiscovery(usbmux_address=address, pair_records_dir=pair_dir).list_devices()
    assert address in info.value.hint
    with pytest.raises(ServiceUnavailableError):
        open_ios(udid=TIKTOK_UDID, usbmux_address=address, pair_records_dir=pair_dir)


def test_discovery_reports_each_state_with_guidance(start_simulator: StartSimulator, pair_dir: Path) -> None:
    names = ["iphone-tiktok", "trust-pending", "trust-refused", "locked", "stale-pairing"]
    sim = start_simulator(*names)
    found = IosDiscovery(usbmux_address=sim.address, pair_records_dir=pair_dir).list_devices()
    states = {d.serial: d for d in found}
    expected = {
        "iphone-tiktok": DeviceState.READY,
        "trust-pending": DeviceState.UNTRUSTED,
        "trust-refused": DeviceState.UNTRUSTED,
        "locked": DeviceState.LOCKED,
        "stale-pairing": DeviceState.UNTRUSTED,
    }
    for name, state in expected.items():
        device = states[load_ios_scenario(name).identity.udid]
        assert device.state is state, name
        assert (device.guidance == "") == (state is DeviceState.READY), name
    assert "Reset Location & Privacy" in states[load_ios_scenario("trust-refused").identity.udid].guidance
    assert states[TIKTOK_UDID].model == "iPhone14,5"


def test_several_iphones_and_hot_plug(start_simulator: StartSimulator, pair_dir: Path) -> None:
    sim = start_simulator("iphone-tiktok")
    discovery = IosDiscovery(usbmux_address=sim.address, pair_records_dir=pair_dir)
    attached: list[AttachedDevice] = []
    detached: list[str] = []
    changed = threading.Condition()
    stop = threading.Event()

    def on_attached(device: AttachedDevice) -> None:
        with changed:
            attached.append(device)
            changed.notify_all()

    def on_detached(udid: str) -> None:
        with changed:
            detached.append(udid)
            changed.notify_all()

    watcher = threading.Thread(target=discovery.watch, args=(on_attached, on_detached, stop), daemon=True)
    watcher.start()
    try:
        with changed:
            assert changed.wait_for(lambda: len(attached) == 1, timeout=10)
        second = load_ios_scenario("ipad-clean")
        sim.attach(second)
        with changed:
            assert changed.wait_for(lambda: len(attached) == 2, timeout=10)
        assert {d.serial for d in attached} == {TIKTOK_UDID, second.identity.udid}
        assert all(d.state is DeviceState.READY for d in attached)
        sim.detach(TIKTOK_UDID)
        with changed:
            assert changed.wait_for(lambda: detached == [TIKTOK_UDID], timeout=10)
        assert [d.serial for d in discovery.list_devices()] == [second.identity.udid]
    finally:
        stop.set()
        watcher.join(timeout=5)
    assert not watcher.is_alive()

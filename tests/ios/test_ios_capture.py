"""`app-audit capture` of a simulated iPhone: replayed, it gives the same inventory and findings."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.core.checker import evaluate
from desktop_app.core.models import AuditReport, Inventory
from desktop_app.core.policy import load_policy
from desktop_app.devices.ios.connector import open_ios
from desktop_app.resources import default_policy_path
from desktop_app.simulators.ios import IosSimulator, load_ios_scenario

StartSimulator = Callable[..., IosSimulator]
NOW = datetime(2027, 1, 15, tzinfo=UTC)
PAIRED = ["iphone-tiktok", "ipad-clean", "iphone-250-apps"]


def _scan(sim: IosSimulator, udid: str, pair_dir: Path) -> tuple[Inventory, AuditReport]:
    policy = load_policy(default_policy_path())
    with open_ios(udid=udid, usbmux_address=sim.address, pair_records_dir=pair_dir) as phone:
        inventory = phone.read_inventory()
        return inventory, evaluate(phone.identity(), inventory, policy, NOW)


def _capture(sim: IosSimulator, udid: str, tmp_path: Path, *extra: str) -> Path:
    target = tmp_path / "capture.yaml"
    argv = ["capture", "--udid", udid, "--usbmux", sim.address, "--out", str(target)]
    assert run([*argv, "--data-dir", str(tmp_path / "data"), *extra]) == 0
    return target


@pytest.mark.parametrize("scenario", PAIRED)
def test_a_captured_iphone_replays_to_the_same_inventory_and_findings(
    scenario: str,
    start_simulator: StartSimulator,
    pair_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    original = load_ios_scenario(scenario)
    sim = start_simulator(original)
    target = _capture(sim, original.identity.udid, tmp_path, "--json")
    summary = json.loads(capsys.readouterr().out)
    assert summary["identifiers"] == "pseudonymised" and summary["identifiers_replaced"] >= 4
    text = target.read_text(encoding="utf-8")
    replayed = load_ios_scenario(str(target))
    for identifier in (original.identity.udid, original.identity.serial, original.identity.name):
        assert identifier not in text
    assert identifier not in json.dumps(replayed.replay_values, default=str)
    assert replayed.identity.udid != original.identity.udid
    assert replayed.identity.wifi_address != original.identity.wifi_address

    replay_sim = start_simulator(replayed)
    original_inventory, original_report = _scan(sim, original.identity.udid, pair_dir)
    replay_inventory, replay_report = _scan(replay_sim, replayed.identity.udid, tmp_path / "pairing2")
    assert replay_inventory.apps == original_inventory.apps
    assert replay_report.findings == original_report.findings
    assert replay_report.verdict is original_report.verdict
    expected_device = dataclasses.replace(
        original_report.device, serial=replayed.identity.udid, name=replayed.identity.name
    )
    assert replay_report.device == expected_device


def test_keep_identifiers_keeps_the_udid(
    start_simulator: StartSimulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = load_ios_scenario("iphone-tiktok")
    sim = start_simulator(original)
    target = _capture(sim, original.identity.udid, tmp_path, "--keep-identifiers")
    assert "identifiers kept as read" in capsys.readouterr().err
    assert load_ios_scenario(str(target)).identity.udid == original.identity.udid

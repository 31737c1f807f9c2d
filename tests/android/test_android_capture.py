"""`app-audit capture`: a simulated phone captured, replayed and scanned gives the same inventory and findings."""

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
from desktop_app.core.policy import LoadedPolicy, load_policy
from desktop_app.core.reading_needs import ReadingNeeds
from desktop_app.devices.android.adb_keys import AdbKeys
from desktop_app.devices.android.connector import open_android
from desktop_app.devices.android.signer_cache import SignerCache
from desktop_app.simulators.android import AndroidScenario, AndroidSimulator, load_android_scenario

from .conftest import FAST

PhoneFactory = Callable[[str | AndroidScenario], AndroidSimulator]
NOW = datetime(2027, 1, 15, tzinfo=UTC)
POLICY = """\
schema: app-audit/policy@1
id: capture
version: "1"
title: ids and signers
issued_at: 2026-11-28T09:00:00Z
rules:
  - {id: tiktok, title: TikTok, action: remove, android: {packages: ["com.zhiliaoapp.*"]}}
  - {id: whatsapp-publisher, title: A publisher, action: review, android: {signers: ["%s"]}}
""" % ("ab" * 32)
SCENARIOS = [
    "pixel-work-profile",
    "samsung-clean",
    "repackaged-tiktok",
    "locked-private-profile",
    "device-owner-blocked",
]


@pytest.fixture
def policy(tmp_path: Path) -> LoadedPolicy:
    path = tmp_path / "policy.yaml"
    path.write_text(POLICY, encoding="utf-8")
    return load_policy(path)


def _scan(phone: AndroidSimulator, keys: AdbKeys, policy: LoadedPolicy) -> tuple[Inventory, AuditReport]:
    with open_android(
        connect=phone.address, keys=keys, timeouts=FAST, signer_cache=SignerCache()
    ) as connector:
        inventory = connector.read_inventory(needs=ReadingNeeds(android_signers=True))
        return inventory, evaluate(connector.identity(), inventory, policy, NOW)


def _capture(phone: AndroidSimulator, tmp_path: Path, *extra: str) -> Path:
    target = tmp_path / "capture.yaml"
    code = run(
        [
            "capture",
            "--connect",
            phone.address,
            "--out",
            str(target),
            "--data-dir",
            str(tmp_path / "data"),
            *extra,
        ]
    )
    assert code == 0
    return target


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_a_captured_phone_replays_to_the_same_inventory_and_findings(
    scenario: str,
    start_phone: PhoneFactory,
    adb_keys: AdbKeys,
    policy: LoadedPolicy,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    phone = start_phone(scenario)
    target = _capture(phone, tmp_path, "--json")
    summary = json.loads(capsys.readouterr().out)
    assert summary["identifiers"] == "pseudonymised" and summary["identifiers_replaced"] >= 1
    text = target.read_text(encoding="utf-8")
    serial = phone.scenario.identity.serial
    assert serial not in text

    replayed = load_android_scenario(str(target))
    assert replayed.identity.serial != serial
    assert replayed.identity.model == phone.scenario.identity.model
    replay_phone = start_phone(replayed)
    original_inventory, original_report = _scan(phone, adb_keys, policy)
    replay_inventory, replay_report = _scan(replay_phone, adb_keys, policy)
    assert replay_inventory == original_inventory
    assert replay_report.findings == original_report.findings
    assert replay_report.verdict is original_report.verdict
    assert replay_report.notes == original_report.notes
    assert dataclasses.replace(replay_report.device, serial=serial) == original_report.device


def test_keep_identifiers_keeps_the_serial(
    start_phone: PhoneFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    phone = start_phone("samsung-clean")
    target = _capture(phone, tmp_path, "--keep-identifiers")
    assert "identifiers kept as read" in capsys.readouterr().err
    assert load_android_scenario(str(target)).identity.serial == phone.scenario.identity.serial


def test_pseudonyms_are_stable_for_one_station(start_phone: PhoneFactory, tmp_path: Path) -> None:
    phone = start_phone("samsung-clean")
    first = load_android_scenario(str(_capture(phone, tmp_path)))
    (tmp_path / "capture.yaml").unlink()
    second = load_android_scenario(str(_capture(phone, tmp_path)))
    assert first.identity.serial == second.identity.serial != phone.scenario.identity.serial

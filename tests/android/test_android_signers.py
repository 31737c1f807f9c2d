"""Signer rules end to end: a simulated phone serves its APKs byte for byte, the connector reads each
non-system app's signer from the end of its APK, once; the policy catches a repackaged app."""

from __future__ import annotations

import stat
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core.checker import evaluate
from desktop_app.core.models import FindingState, Verdict
from desktop_app.core.policy import LoadedPolicy, load_policy
from desktop_app.core.reading_needs import reading_needs
from desktop_app.devices.android.adb_keys import AdbKeys
from desktop_app.devices.android.connector import open_android
from desktop_app.devices.android.signer_cache import SignerCache
from desktop_app.simulators.android import AndroidSimulator
from desktop_app.simulators.android.apk import publisher_digest

from .conftest import FAST

PhoneFactory = Callable[..., AndroidSimulator]
NOW = datetime(2027, 1, 15, tzinfo=UTC)
TIKTOK = publisher_digest("TikTok (simulated publisher)")
# As a policy may write it: colons, capitals (as keytool prints it).
TIKTOK_COLONS = ":".join(TIKTOK[i : i + 2] for i in range(0, 64, 2)).upper()

SIGNER_POLICY = f"""\
schema: app-audit/policy@1
id: signers
version: "1"
title: TikTok by its publisher
issued_at: 2026-11-28T09:00:00Z
rules:
  - id: tiktok-publisher
    title: Anything TikTok's publisher signed
    action: remove
    android: {{signers: ["{TIKTOK_COLONS}"]}}
  - id: tiktok-lookalikes
    title: Named like TikTok, not TikTok's
    action: review
    android: {{packages: ["*tiktok*"]}}
    unless_signed_by: {{android_signers: ["{TIKTOK}"]}}
"""

IDS_ONLY_POLICY = """\
schema: app-audit/policy@1
id: ids
version: "1"
title: TikTok by id
issued_at: 2026-11-28T09:00:00Z
rules:
  - {id: tiktok, title: TikTok, action: remove, android: {packages: [com.zhiliaoapp.musically]}}
"""


def _policy(tmp_path: Path, text: str) -> LoadedPolicy:
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return load_policy(path)


def _scan(phone: AndroidSimulator, keys: AdbKeys, policy: LoadedPolicy, cache: SignerCache):  # type: ignore[no-untyped-def]
    with open_android(connect=phone.address, keys=keys, timeouts=FAST, signer_cache=cache) as connector:
        device = connector.identity()
        inventory = connector.read_inventory(needs=reading_needs(policy.rules))
    return inventory, evaluate(device, inventory, policy, NOW)


@pytest.fixture
def cache_file(tmp_path: Path) -> Path:
    return tmp_path / "adb" / "signers.json"


def _cache(file: Path) -> SignerCache:
    kept = SignerCache()
    kept.keep_in(file)
    return kept


def test_a_signer_rule_catches_a_repackaged_app_and_the_second_scan_reads_no_apk(
    start_phone: PhoneFactory, adb_keys: AdbKeys, tmp_path: Path, cache_file: Path
) -> None:
    phone = start_phone("repackaged-tiktok")
    policy = _policy(tmp_path, SIGNER_POLICY)
    inventory, report = _scan(phone, adb_keys, policy, _cache(cache_file))
    found = {(f.app_id, f.rule_id, f.state) for f in report.findings}
    assert found == {
        ("com.zhiliaoapp.musically", "tiktok-publisher", FindingState.BLOCKING),
        ("com.example.videoplus", "tiktok-publisher", FindingState.BLOCKING),
        ("com.clone.tiktok.pro", "tiktok-lookalikes", FindingState.REVIEW),
    }
    apps = {a.app_id: a for a in inventory.apps}
    assert apps["com.example.oldnotes"].signer_digests == (
        publisher_digest("Old Notes (simulated publisher)"),
    )
    assert apps["com.microsoft.office.outlook"].signer_digests == (
        publisher_digest("Microsoft (simulated publisher)"),
    )
    assert apps["android"].signer_digests == ()  # system apps are not read
    # The sideloaded APK the shell user cannot read is reported, per app.
    assert apps["com.example.sideloaded"].signer_problem
    assert any("com.example.sideloaded" in note for note in report.notes)
    first_bytes = phone.shell.apk_bytes_read
    assert first_bytes > 0
    assert stat.S_IMODE(cache_file.stat().st_mode) == 0o600

    # A new process (a fresh cache from the same file): no APK byte is read again.
    _, again = _scan(phone, adb_keys, policy, _cache(cache_file))
    assert phone.shell.apk_bytes_read == first_bytes
    assert {(f.app_id, f.rule_id) for f in again.findings} == {(a, r) for a, r, _ in found}


def test_without_signer_rules_no_apk_is_read(
    start_phone: PhoneFactory, adb_keys: AdbKeys, tmp_path: Path, cache_file: Path
) -> None:
    phone = start_phone("repackaged-tiktok")
    inventory, report = _scan(phone, adb_keys, _policy(tmp_path, IDS_ONLY_POLICY), _cache(cache_file))
    assert phone.shell.apk_bytes_read == 0
    assert all(not a.signer_digests and not a.signer_problem for a in inventory.apps)
    # The unreadable sideloaded APK does not matter to this policy: not inconclusive for it.
    assert report.verdict is Verdict.NONCOMPLIANT
    assert not any("signer" in note for note in report.notes)


def test_an_unreadable_apk_makes_the_verdict_inconclusive_when_its_signer_was_needed(
    start_phone: PhoneFactory, adb_keys: AdbKeys, tmp_path: Path, cache_file: Path
) -> None:
    phone = start_phone("repackaged-tiktok")
    only_clone = SIGNER_POLICY.split("  - id: tiktok-lookalikes", maxsplit=1)[0].replace(
        "android: {signers:", "android: {packages: [com.none.such], signers:"
    )
    policy = _policy(tmp_path, only_clone.replace(TIKTOK_COLONS, "0" * 64))
    _, report = _scan(phone, adb_keys, policy, _cache(cache_file))
    assert report.findings == ()
    assert report.verdict is Verdict.INCONCLUSIVE

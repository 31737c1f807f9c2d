"""Fidelity: the signers App Audit reads from APKs signed by Debian's `apksigner` equal what it prints."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.reading_needs import ReadingNeeds
from desktop_app.devices.android.adb_keys import AdbKeys
from desktop_app.devices.android.apk_signers import ByteRange, read_apk_signers
from desktop_app.devices.android.connector import open_android
from desktop_app.devices.android.signer_cache import SignerCache
from desktop_app.simulators.android import AndroidScenario, AndroidSimulator, load_android_scenario
from desktop_app.simulators.android.scenario import SimPackage
from tests.android.apk_factory import (
    Key,
    byte_reader,
    make_key,
    printed_digests,
    require_apksigner,
    rotation_lineage,
    sign,
    unsigned_apk,
)
from tests.android.conftest import FAST

pytestmark = pytest.mark.fidelity


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Key]:
    require_apksigner()
    folder = tmp_path_factory.mktemp("keys")
    return {name: make_key(folder, name) for name in ("publisher", "second", "rotated")}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return unsigned_apk(tmp_path_factory.mktemp("apk") / "unsigned.apk")


@pytest.mark.parametrize(
    ("schemes", "signers", "v1_only", "scheme"),
    [
        ({"v1": True, "v2": False, "v3": False}, ["publisher"], True, 1),
        ({"v1": True, "v2": False, "v3": False}, ["publisher", "second"], True, 1),
        ({"v1": False, "v2": True, "v3": False}, ["publisher"], False, 2),
        ({"v1": True, "v2": True, "v3": True}, ["publisher"], False, 3),
        ({"v1": False, "v2": True, "v3": False}, ["publisher", "second"], False, 2),
    ],
    ids=["v1", "v1-two-signers", "v2", "v1+v2+v3", "v2-two-signers"],
)
def test_signers_equal_apksigner(
    tmp_path: Path,
    keys: dict[str, Key],
    source: Path,
    schemes: dict[str, bool],
    signers: list[str],
    v1_only: bool,
    scheme: int,
) -> None:
    apk = sign(source, tmp_path / "signed.apk", [keys[name] for name in signers], **schemes)
    expected = printed_digests(apk, v1_only=v1_only)
    assert len(expected) == len(signers)
    found = read_apk_signers(byte_reader(apk.read_bytes()))
    assert found.digests == tuple(expected)
    assert found.scheme == scheme


def test_key_rotation_reports_the_current_signer_as_apksigner_does(
    tmp_path: Path, keys: dict[str, Key], source: Path
) -> None:
    lineage = rotation_lineage(tmp_path, keys["publisher"], keys["rotated"])
    apk = sign(source, tmp_path / "rotated.apk", [keys["publisher"], keys["rotated"]], lineage=lineage)
    expected = printed_digests(apk)
    found = read_apk_signers(byte_reader(apk.read_bytes()))
    assert found.digests == tuple(expected)
    assert found.scheme == 3
    # The v2 block still carries the old key; apksigner names the new one.
    v2_only = sign(source, tmp_path / "old.apk", [keys["publisher"]], v1=False, v3=False)
    assert found.digests != read_apk_signers(byte_reader(v2_only.read_bytes())).digests


def test_only_the_end_of_a_large_apk_is_read(tmp_path: Path, keys: dict[str, Key]) -> None:
    big = unsigned_apk(tmp_path / "big.apk", entries=40, padding=2_000_000)
    apk = sign(big, tmp_path / "big-signed.apk", [keys["publisher"]], v1=False)
    reads: list[ByteRange] = []
    found = read_apk_signers(byte_reader(apk.read_bytes(), reads))
    assert found.digests == tuple(printed_digests(apk))
    size = apk.stat().st_size
    assert sum(r.length for r in reads) < 100_000 < size
    assert all(r.start < 0 or r.start > size - 100_000 for r in reads)


def test_apksigner_signed_apks_served_by_the_simulated_phone_read_the_same(
    tmp_path: Path,
    keys: dict[str, Key],
    source: Path,
    start_phone: Callable[[AndroidScenario], AndroidSimulator],
    adb_keys: AdbKeys,
) -> None:
    """Over ADB (`exec:` tail and dd), byte for byte, the digests are still apksigner's."""
    big = unsigned_apk(tmp_path / "big.apk", entries=30, padding=300_000)
    signed = {
        "com.example.vone": (
            sign(source, tmp_path / "v1.apk", [keys["publisher"]], v2=False, v3=False),
            True,
        ),
        "com.example.vtwo": (sign(big, tmp_path / "v2.apk", [keys["second"]], v1=False, v3=False), False),
        "com.example.vthree": (sign(big, tmp_path / "v3.apk", [keys["rotated"]]), False),
    }
    scenario = load_android_scenario("samsung-clean")
    extra = tuple(
        SimPackage(
            name=name,
            app_id=10900 + index,
            path=f"/data/app/~~fidelity{index}==/{name}-x{index}==/base.apk",
            version_code=1,
            version_name="1.0",
            installer=None,
            system=False,
            users={0: "enabled"},
            apk=apk.read_bytes(),
        )
        for index, (name, (apk, _)) in enumerate(signed.items())
    )
    phone = start_phone(dataclasses.replace(scenario, packages=scenario.packages + extra))
    assert phone.shell.apk_of("com.example.vtwo") == signed["com.example.vtwo"][0].read_bytes()
    with open_android(
        connect=phone.address, keys=adb_keys, timeouts=FAST, signer_cache=SignerCache()
    ) as phone_link:
        inventory = phone_link.read_inventory(needs=ReadingNeeds(android_signers=True))
    apps = {a.app_id: a for a in inventory.apps}
    for name, (apk, v1_only) in signed.items():
        assert apps[name].signer_digests == tuple(printed_digests(apk, v1_only=v1_only)), name

"""While an iPhone waits for "Trust This Computer", every Pair request carries one certificate chain."""

from __future__ import annotations

import plistlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pymobiledevice3 import ca

from desktop_app.core.models import AttachedDevice, DeviceState, Platform
from desktop_app.devices.ios.connector import IosDiscovery
from desktop_app.devices.ios.pairing_chain import PairingChains
from desktop_app.simulators.ios import IosSimulator, load_ios_scenario

StartSimulator = Callable[..., IosSimulator]
Chain = tuple[bytes, bytes, bytes, bytes, bytes]


@pytest.fixture
def generated(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Chain]]:
    """Every chain the library is asked to generate, in order."""
    made: list[Chain] = []
    real = ca.generate_pairing_cert_chain

    def counting(device_public_key: bytes) -> Chain:
        chain: Chain = real(device_public_key)
        made.append(chain)
        return chain

    monkeypatch.setattr(ca, "generate_pairing_cert_chain", counting)
    yield made


def _device_key() -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.PKCS1)


def test_a_phone_asked_again_and_again_while_waiting_gets_one_chain(
    start_simulator: StartSimulator, pair_dir: Path, generated: list[Chain]
) -> None:
    scenario = load_ios_scenario("trust-pending").with_changes(answer_after_s=None)
    sim = start_simulator(scenario)
    udid = scenario.identity.udid
    discovery = IosDiscovery(usbmux_address=sim.address, pair_records_dir=pair_dir)

    # What the window does every second while the dialog is open.
    states = [discovery.probe(udid).state for _ in range(3)]
    assert states == [DeviceState.UNTRUSTED] * 3
    assert len(generated) == 1

    sim.tap_trust(udid)
    assert discovery.probe(udid).state is DeviceState.READY  # paired by this request
    with discovery.open(AttachedDevice(Platform.IOS, udid, DeviceState.READY)) as phone:
        assert phone.identity().serial == udid
    assert len(generated) == 1

    # The record kept is the one the person said yes to: the chain of the first request.
    record = plistlib.loads((pair_dir / f"{udid}.plist").read_bytes())
    host_certificate, host_key, device_certificate, root_certificate, _root_key = generated[0]
    assert record["HostCertificate"] == host_certificate
    assert record["HostPrivateKey"] == host_key
    assert record["DeviceCertificate"] == device_certificate
    assert record["RootCertificate"] == root_certificate


def test_each_device_key_has_its_own_chain(generated: list[Chain]) -> None:
    chains = PairingChains()
    first, second = _device_key(), _device_key()
    chain = chains.chain_for(first)
    assert chains.chain_for(first) is chain
    other = chains.chain_for(second)
    assert other.host_certificate != chain.host_certificate
    assert other.root_private_key != chain.root_private_key
    assert len(generated) == 2


def test_only_the_most_recent_phones_are_kept(generated: list[Chain]) -> None:
    chains = PairingChains(keep=2)
    keys = [_device_key() for _ in range(3)]
    for key in keys:
        chains.chain_for(key)
    chains.chain_for(keys[2])  # kept: no new chain
    assert len(generated) == 3
    chains.chain_for(keys[0])  # the oldest was dropped: made again
    assert len(generated) == 4


def test_chains_belong_to_their_owner_not_to_the_process(generated: list[Chain]) -> None:
    """Two stations (two discoveries) never hand out each other's certificates."""
    key = _device_key()
    mine, theirs = PairingChains(), PairingChains()
    assert mine.chain_for(key).host_private_key != theirs.chain_for(key).host_private_key
    assert len(generated) == 2

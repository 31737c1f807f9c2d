"""The asynchronous pymobiledevice3 side of the iOS connector (runs on the connector's worker loop).

Imported lazily by desktop_app.devices.ios.connector: importing pymobiledevice3 takes about half a second.
"""

from __future__ import annotations

import logging
import plistlib
import socket
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pymobiledevice3 import exceptions as pmd3_errors
from pymobiledevice3.lockdown import UsbmuxLockdownClient
from pymobiledevice3.pair_records import get_itunes_pairing_record, get_local_pairing_record
from pymobiledevice3.service_connection import ServiceConnection, parse_plist
from pymobiledevice3.services.installation_proxy import InstallationProxyService
from pymobiledevice3.usbmux import MuxDevice, PlistMuxConnection

from desktop_app.core.errors import (
    DeviceProtocolError,
    DeviceUntrustedError,
)
from desktop_app.core.models import InstalledApp
from desktop_app.devices.ios.errors import stale_pairing_error
from desktop_app.devices.ios.lookup_reader import apps_from_binary_lookup_reply
from desktop_app.devices.ios.mux_dialer import MuxDialer
from desktop_app.devices.ios.pairing_chain import PairingChains
from desktop_app.devices.ios.parsers import apps_from_lookup
from desktop_app.devices.ios.pmd3_internals import request_pair
from desktop_app.devices.ios.usbmux import delete_pair_record

log = logging.getLogger(__name__)

LOCKDOWN_PORT = 62078
# Only what the audit needs: smaller replies, faster scans on phones with hundreds of apps.
RETURN_ATTRIBUTES = [
    "CFBundleIdentifier",
    "CFBundleDisplayName",
    "CFBundleName",
    "CFBundleShortVersionString",
    "CFBundleVersion",
    "ApplicationType",
    "IsPlaceholder",
    "IsDemotedApp",
    "Entitlements",
    "iTunesMetadata",
]


# The lockdown values the connector reads (identity: desktop_app.devices.ios.connector._device_from_values).
SESSION_FREE_VALUES = ("UniqueDeviceID", "ProductType", "ProductVersion", "DeviceName")


class AppAuditLockdownClient(UsbmuxLockdownClient):  # type: ignore[misc]
    """pymobiledevice3's usbmux lockdown client, saving new pair records to OUR usbmuxd.

    The library's plist client hands new records to the default usbmuxd whatever address it was
    given; with --usbmux (or a simulator) that is the wrong daemon, or none at all.
    """

    def __init__(self, *args: Any, dialer: MuxDialer, chains: PairingChains, **kwargs: Any) -> None:
        super().__init__(*args, usbmux_address=dialer.address, **kwargs)
        self.dialer = dialer
        self.chains = chains

    async def create_service_connection(
        self, port: int, ssl_context: Any = None, strip_ssl: bool = False
    ) -> ServiceConnection:
        """Straight to the phone we already hold (the library lists every device again first)."""
        device = self.service.mux_device
        if device is None:
            return await super().create_service_connection(port, ssl_context=ssl_context, strip_ssl=strip_ssl)
        sock = await _connect_port(device, port, self.dialer)
        return await ServiceConnection.from_socket(
            sock, ssl_context=ssl_context, strip_ssl=strip_ssl, mux_device=device
        )

    async def pair(self, timeout: float | None = None, private_key: Any = None) -> None:
        """Pair (the Trust dialog) with the same certificate chain on every request to this phone
        while the person decides (desktop_app.devices.ios.pairing_chain)."""
        if private_key is not None:
            await super().pair(timeout=timeout, private_key=private_key)
            return
        device_public_key = await self.get_value("", "DevicePublicKey")
        if not isinstance(device_public_key, bytes) or not device_public_key:
            raise pmd3_errors.PairingError()
        self.device_public_key = device_public_key
        chain = self.chains.chain_for(device_public_key)
        record: dict[str, Any] = {
            "DeviceCertificate": chain.device_certificate,
            "HostCertificate": chain.host_certificate,
            "HostID": self.host_id,
            "RootCertificate": chain.root_certificate,
            "RootPrivateKey": chain.root_private_key,
            "SystemBUID": self.system_buid,
        }
        if self.wifi_mac_address is not None:
            record["WiFiMACAddress"] = self.wifi_mac_address
        options = {
            "HostName": socket.gethostname(),
            "PairRecord": record,
            "ProtocolVersion": "2",
            "PairingOptions": {"ExtendedPairingErrors": True},
        }
        reply = await request_pair(self, options, timeout)
        # The host key goes into the record kept on this computer, never to the phone.
        record["HostPrivateKey"] = chain.host_private_key
        if isinstance(reply, dict) and reply.get("EscrowBag") is not None:
            record["EscrowBag"] = reply["EscrowBag"]
        self.pair_record = record
        await self.save_pair_record()
        self.paired = True

    async def save_pair_record(self) -> None:
        folder, record, udid = self.pairing_records_cache_folder, self.pair_record, self.identifier
        if folder is None or record is None or udid is None:
            raise DeviceProtocolError("pairing finished without a pair record to keep")
        (Path(folder) / f"{udid}.plist").write_bytes(plistlib.dumps(record))
        mux_device = self.service.mux_device
        client = await self.dialer.open()
        try:
            if isinstance(client, PlistMuxConnection) and mux_device is not None:
                await client.save_pair_record(udid, mux_device.devid, plistlib.dumps(record))
        finally:
            await client.close()


@dataclass(frozen=True, slots=True)
class MuxDeviceInfo:
    udid: str
    device_id: int


async def list_mux_devices(dialer: MuxDialer) -> list[MuxDeviceInfo]:
    """usbmux.list_devices, through the dialer."""
    mux = await dialer.open()
    try:
        await mux.get_device_list(0.1)
    except BaseException:
        dialer.forget_protocol()
        raise
    finally:
        await mux.close()
    dialer.listed(mux.devices)
    return [MuxDeviceInfo(d.serial, d.devid) for d in mux.devices if d.is_usb]


def forget_pairing(udid: str, pair_records_dir: Path, usbmux_address: str | None) -> None:
    """Delete a pair record the phone no longer accepts, so the next attempt asks for Trust."""
    (pair_records_dir / f"{udid}.plist").unlink(missing_ok=True)
    with suppress(Exception):
        delete_pair_record(usbmux_address, udid)


async def _connect_port(device: MuxDevice, port: int, dialer: MuxDialer) -> socket.socket:
    mux = await dialer.open()
    try:
        sock: socket.socket = await mux.connect(device, port)
    except BaseException:
        await mux.close()
        dialer.forget_protocol()
        raise
    return sock


def _pick_device(devices: list[MuxDevice], udid: str | None) -> MuxDevice:
    """As the library's select_device: the phone with this UDID (any phone if None), USB first."""
    candidates = [d for d in devices if udid is None or d.matches_udid(udid)]
    chosen = next((d for d in candidates if d.is_usb), candidates[0] if candidates else None)
    if chosen is None:
        if udid:
            raise pmd3_errors.DeviceNotFoundError(udid, f"usbmux has no device matching udid {udid}")
        raise pmd3_errors.NoDeviceConnectedError()
    return chosen


async def _find_phone(
    udid: str | None, dialer: MuxDialer, pair_records_dir: Path
) -> tuple[MuxDevice, str | None, dict[str, Any] | None, socket.socket]:
    """The phone, usbmuxd's BUID, the pair record and a stream to its lockdownd.

    The device id remembered from the dialer's last listing is tried first; when usbmuxd refuses it
    (the phone was unplugged, or plugged in again under a new id) the devices are listed again."""
    remembered = dialer.device(udid)
    if remembered is not None:
        try:
            return await _reach_phone(dialer, remembered, udid, pair_records_dir)
        except pmd3_errors.MuxException:
            if udid is not None:
                dialer.forget_device(udid)
    return await _reach_phone(dialer, None, udid, pair_records_dir)


async def _reach_phone(
    dialer: MuxDialer, device: MuxDevice | None, udid: str | None, pair_records_dir: Path
) -> tuple[MuxDevice, str | None, dict[str, Any] | None, socket.socket]:
    """_find_phone's steps over ONE usbmuxd connection (device None: list the devices first): the
    steps of the library's create_using_usbmux (which opens one connection for each), through the
    public usbmux API. usbmuxd takes any number of requests before the Connect that turns the
    connection into a stream; a desk scanning 8 iPhones at once waits on usbmuxd."""
    mux = await dialer.open()
    try:
        if device is None:
            await mux.get_device_list(0.1)
            dialer.listed(mux.devices)
            device = _pick_device(list(mux.devices), udid)
        record: dict[str, Any] | None = None
        system_buid: str | None = None
        if isinstance(mux, PlistMuxConnection):
            with suppress(pmd3_errors.NotPairedError, pmd3_errors.MuxException):
                record = await mux.get_pair_record(device.serial)
        if record is None:
            record = get_itunes_pairing_record(device.serial) or get_local_pairing_record(
                device.serial, pair_records_dir
            )
        if isinstance(mux, PlistMuxConnection) and not (record and record.get("SystemBUID")):
            system_buid = str(await mux.get_buid())
        sock: socket.socket = await mux.connect(device, LOCKDOWN_PORT)
    except BaseException:
        await mux.close()
        dialer.forget_protocol()
        raise
    return device, system_buid, record, sock


async def connect(
    udid: str | None,
    dialer: MuxDialer,
    pair_records_dir: Path,
    *,
    pair_timeout_s: float,
    chains: PairingChains,
) -> Any:
    """A lockdown client with a session; pairs (Trust dialog) when needed, within pair_timeout_s."""
    pair_records_dir.mkdir(parents=True, exist_ok=True)
    device, system_buid, record, sock = await _find_phone(udid, dialer, pair_records_dir)
    identifier = str(device.serial)
    service = await ServiceConnection.from_socket(sock, mux_device=device)
    try:
        options: dict[str, Any] = {"system_buid": system_buid} if system_buid else {}
        client = await AppAuditLockdownClient.create(
            service,
            identifier=identifier,
            autopair=False,
            pair_record=record,
            pairing_records_cache_folder=pair_records_dir,
            dialer=dialer,
            chains=chains,
            **options,
        )
    except BaseException:
        await service.close()
        raise
    try:
        if client.paired:
            return client
        if client.pair_record is not None:
            # We hold a record but the phone answered InvalidHostID: it forgot this computer.
            forget_pairing(identifier, pair_records_dir, dialer.address)
            raise stale_pairing_error(identifier)
        await client.pair(timeout=pair_timeout_s)
        if not await client.validate_pairing():
            raise DeviceUntrustedError(f"iPhone {identifier}: pairing did not give a session")
        return client
    except BaseException:
        await client.close()
        raise


async def open_installation_proxy(lockdown: Any) -> Any:
    proxy = InstallationProxyService(lockdown=lockdown)
    await proxy.connect()
    return proxy


def _lookup_options(bundle_ids: list[str] | None) -> dict[str, Any]:
    options: dict[str, Any] = {
        "ApplicationType": "Any",
        "ShowPlaceholders": True,  # offloaded apps are invisible otherwise
        "ReturnAttributes": RETURN_ATTRIBUTES,
    }
    if bundle_ids is not None:
        options["BundleIDs"] = bundle_ids
    return options


async def _send_lookup(proxy: Any, bundle_ids: list[str] | None) -> None:
    """What the library's InstallationProxyService.lookup sends, asked in binary: installd answers in
    the format it was asked in, and a binary plist of 275 apps reads about twice as fast as the XML one
    (bench/ios_scan.py, 8 iPhones at once, two runs: 366 ms with XML, 243 ms binary). Public send_plist."""
    request = {"Command": "Lookup", "ClientOptions": _lookup_options(bundle_ids)}
    await proxy.service.send_plist(request, fmt=plistlib.FMT_BINARY)


def _lookup_result(reply: object) -> dict[str, Any]:
    result = reply.get("LookupResult") if isinstance(reply, dict) else None
    if not isinstance(result, dict):
        raise DeviceProtocolError("installation_proxy answered Lookup without a LookupResult")
    return result


async def lookup_apps(proxy: Any, bundle_ids: list[str] | None = None) -> dict[str, Any]:
    """installation_proxy's LookupResult: bundle id -> attributes."""
    await _send_lookup(proxy, bundle_ids)
    return _lookup_result(await proxy.service.recv_plist())


async def read_apps(proxy: Any) -> list[InstalledApp]:
    """Every app the phone has (user, system, offloaded placeholders).

    The one fast path kept in the device layer (docs/architecture.md): the binary reply is read for
    just the attributes the audit uses (lookup_reader); `bench/ios_scan.py --compare-plain-parser`
    shows it saves 27% of the wall time of 8 iPhones scanned at once (208 ms plain, 151 ms with it).
    Any reply it does not read exactly (XML, odd shapes) goes to the plain parser, and
    tests/ios/test_ios_lookup_fast_path.py checks both agree on random and real replies."""
    await _send_lookup(proxy, None)
    data = await proxy.service.recv_prefixed()
    apps = apps_from_binary_lookup_reply(data)
    if apps is not None:
        return apps
    return apps_from_lookup(_lookup_result(parse_plist(data)))


class UninstallRefusedError(Exception):
    """installation_proxy answered Uninstall with an Error."""

    def __init__(self, code: str, description: str) -> None:
        super().__init__(f"{code}: {description}")
        self.code = code
        self.description = description


async def uninstall(proxy: Any, bundle_id: str, on_percent: Callable[[int], None]) -> None:
    """Uninstall with progress. Spoken directly: the library's helper draws a rich progress bar
    that takes over stdout and stderr, which must stay clean for the CLI's JSON and the GUI."""
    await proxy.service.send_plist(
        {"Command": "Uninstall", "ApplicationIdentifier": bundle_id, "ClientOptions": {}}
    )
    while True:
        reply = await proxy.service.recv_plist()
        if not isinstance(reply, dict) or not reply:
            raise DeviceProtocolError("installation_proxy answered Uninstall with an empty message")
        error = reply.get("Error")
        if error:
            description = reply.get("ErrorDescription")
            raise UninstallRefusedError(str(error), description if isinstance(description, str) else "")
        percent = reply.get("PercentComplete")
        if isinstance(percent, int | float) and not isinstance(percent, bool):
            on_percent(int(percent))
        if reply.get("Status") == "Complete":
            return


async def close_quietly(*resources: Any) -> None:
    for resource in resources:
        if resource is not None:
            with suppress(Exception):
                await resource.close()

"""The asynchronous pymobiledevice3 side of the iOS connector (runs on the connector's worker loop).

Imported lazily by desktop_app.devices.ios.connector: importing pymobiledevice3 takes about half a second.
"""

from __future__ import annotations

import logging
import os
import plistlib
import socket
import struct
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pymobiledevice3 import exceptions as pmd3_errors
from pymobiledevice3 import usbmux
from pymobiledevice3.lockdown import UsbmuxLockdownClient
from pymobiledevice3.pair_records import get_itunes_pairing_record, get_local_pairing_record
from pymobiledevice3.service_connection import ServiceConnection, build_plist, parse_plist
from pymobiledevice3.services.installation_proxy import InstallationProxyService
from pymobiledevice3.usbmux import (
    MuxConnection,
    MuxDevice,
    MuxException,
    PlistMuxConnection,
    UsbmuxdMessageType,
)

from desktop_app.core.errors import (
    DeviceProtocolError,
    DeviceUntrustedError,
)
from desktop_app.core.models import InstalledApp
from desktop_app.devices.ios.errors import stale_pairing_error
from desktop_app.devices.ios.lookup_reader import apps_from_binary_lookup_reply
from desktop_app.devices.ios.lookup_rows import apps_from_outcome, rows_from_reply
from desktop_app.devices.ios.pairing_chain import pairing_chain
from desktop_app.devices.ios.parsers import apps_from_lookup
from desktop_app.devices.ios.usbmux import delete_pair_record
from desktop_app.devices.ios.xml_plist import XmlShapeError, dumps_xml_plist, loads_xml_plist
from desktop_app.devices.parse_helpers import PARSE_HELPERS

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


def _loads(payload: bytes, full_parser: Callable[[bytes], Any]) -> Any:
    """An XML plist through ElementTree's C builder, anything else (binary, unusual XML, damage)
    through the library's own parser, which then gives the same value or error it always did."""
    try:
        return loads_xml_plist(payload)
    except XmlShapeError:
        return full_parser(payload)


class FastPlistServiceConnection(ServiceConnection):  # type: ignore[misc]
    """pymobiledevice3's service connection, reading XML replies (lockdownd's) through ios_xml_plist."""

    async def recv_plist(self, endianity: str = ">") -> Any:
        return _loads(await self.recv_prefixed(endianity), parse_plist)

    async def send_recv_plist(
        self, data: Any, endianity: str = ">", fmt: plistlib.PlistFormat = plistlib.FMT_XML
    ) -> Any:
        if fmt == plistlib.FMT_XML:
            payload = dumps_xml_plist(data)  # plistlib's bytes, written in one pass
            message = struct.pack(endianity + "L", len(payload)) + payload
        else:
            message = build_plist(data, endianity, fmt)
        # send_recv_prefixed holds the connection's transaction lock, as the library's method does.
        return _loads(await self.send_recv_prefixed(message, endianity), parse_plist)


_MUX_CLIENT_FIELDS = {
    "ClientVersionString": "qt4i-usbmuxd",
    "ProgName": "pymobiledevice3",
    "kLibUSBMuxVersion": 3,
}


class FastPlistMuxConnection(PlistMuxConnection):  # type: ignore[misc]
    """pymobiledevice3's plist usbmuxd connection, reading replies through ios_xml_plist (the device
    list of a desk with several phones is the largest XML a scan reads)."""

    async def _send(self, data: dict[str, Any]) -> None:
        # The library's request fields (test_ios_xml_plist compares the bytes with its own _send).
        request: dict[str, Any] = {**_MUX_CLIENT_FIELDS, **data}
        await self._send_packet(UsbmuxdMessageType.PLIST, dumps_xml_plist(request))

    async def _receive(self, expected_tag: int | None = None) -> dict[str, Any]:
        response = await self._receive_response(expected_tag=expected_tag)
        if not isinstance(response.data, bytes):
            raise MuxException(f"usbmuxd sent a non-plist reply: {response}")
        reply: dict[str, Any] = _loads(response.data, plistlib.loads)
        return reply


# The lockdown values the connector reads (identity: desktop_app.devices.ios.connector._device_from_values).
SESSION_FREE_VALUES = ("UniqueDeviceID", "ProductType", "ProductVersion", "DeviceName")


class AppAuditLockdownClient(UsbmuxLockdownClient):  # type: ignore[misc]
    """pymobiledevice3's usbmux lockdown client, saving new pair records to OUR usbmuxd.

    The library's plist client hands new records to the default usbmuxd whatever address it was
    given; with --usbmux (or a simulator) that is the wrong daemon, or none at all.
    """

    async def create_service_connection(
        self, port: int, ssl_context: Any = None, strip_ssl: bool = False
    ) -> ServiceConnection:
        """Straight to the phone we already hold: the library lists every device again first."""
        device = self.service.mux_device
        if device is None:
            return await super().create_service_connection(port, ssl_context=ssl_context, strip_ssl=strip_ssl)
        sock = await _connect_port(device, port, self.usbmux_address)
        return await FastPlistServiceConnection.from_socket(
            sock, ssl_context=ssl_context, strip_ssl=strip_ssl, mux_device=device
        )

    _values_suffice = False

    async def _initialize(self) -> None:
        await super()._initialize()
        # The library reads every value again once the session starts (validate_pairing); the
        # connector uses only these, which lockdownd gives before a session: one exchange fewer.
        values = self.all_values
        self._values_suffice = all(isinstance(values.get(key), str) for key in SESSION_FREE_VALUES)

    async def get_value(self, domain: str | None = None, key: str | None = None) -> Any:
        if domain is None and key is None and self.paired and self._values_suffice:
            self._values_suffice = False  # once: the reload right after StartSession
            return self.all_values
        return await super().get_value(domain, key)

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
        chain = pairing_chain(device_public_key)
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
        reply = await self._request_pair(options, timeout=timeout)
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
        client = await usbmux.create_mux(usbmux_address=self.usbmux_address)
        try:
            if isinstance(client, PlistMuxConnection) and mux_device is not None:
                await client.save_pair_record(udid, mux_device.devid, plistlib.dumps(record))
        finally:
            await client.close()


@dataclass(frozen=True, slots=True)
class MuxDeviceInfo:
    udid: str
    device_id: int


async def list_mux_devices(usbmux_address: str | None) -> list[MuxDeviceInfo]:
    devices = await usbmux.list_devices(usbmux_address=usbmux_address)
    return [MuxDeviceInfo(d.serial, d.devid) for d in devices if d.is_usb]


def forget_pairing(udid: str, pair_records_dir: Path, usbmux_address: str | None) -> None:
    """Delete a pair record the phone no longer accepts, so the next attempt asks for Trust."""
    _PAIR_RECORDS.pop(_pair_key(usbmux_address, pair_records_dir, udid), None)
    (pair_records_dir / f"{udid}.plist").unlink(missing_ok=True)
    with suppress(Exception):
        delete_pair_record(usbmux_address, udid)


# usbmuxd addresses known to speak the plist protocol. pymobiledevice3's create_mux probes the
# protocol on a throw-away socket every time (two connections per request); the answer does not
# change while the daemon runs, and a daemon that changed would fail the next request loudly.
_PLIST_MUXES: set[tuple[str | None, str | None]] = set()


async def _open_mux(usbmux_address: str | None) -> Any:
    key = (usbmux_address, os.environ.get("USBMUXD_SOCKET_ADDRESS"))
    if key in _PLIST_MUXES:
        return FastPlistMuxConnection(await MuxConnection.create_usbmux_socket(usbmux_address=usbmux_address))
    mux = await usbmux.create_mux(usbmux_address=usbmux_address)
    if isinstance(mux, PlistMuxConnection):
        _PLIST_MUXES.add(key)
    return mux


async def _connect_port(device: MuxDevice, port: int, usbmux_address: str | None) -> socket.socket:
    mux = await _open_mux(usbmux_address)
    try:
        sock: socket.socket = await mux.connect(device, port)
    except BaseException:
        await mux.close()
        raise
    return sock


def _pick_device(devices: list[MuxDevice], udid: str | None) -> MuxDevice:
    """pymobiledevice3's select_device: the phone with this UDID (any phone if None), USB first."""
    chosen: MuxDevice | None = None
    for device in devices:
        if udid is not None and not device.matches_udid(udid):
            continue
        chosen = device
        if device.is_usb:
            break
    if chosen is None:
        if udid:
            raise pmd3_errors.DeviceNotFoundError(
                udid, f"Device not found: usbmux has no device matching udid {udid}"
            )
        raise pmd3_errors.NoDeviceConnectedError()
    return chosen


# Pair records that gave a session, per usbmuxd, folder and phone: reading one back costs a usbmuxd
# round trip and two XML parses per scan. A remembered record that no longer works is never trusted:
# connect() reads the record afresh before it calls the pairing stale (see _retry_with_fresh_record).
_PairKey = tuple[str | None, str | None, str, str]
_PAIR_RECORDS: dict[_PairKey, dict[str, Any]] = {}


def _pair_key(usbmux_address: str | None, pair_records_dir: Path, udid: str) -> _PairKey:
    return (usbmux_address, os.environ.get("USBMUXD_SOCKET_ADDRESS"), str(pair_records_dir), udid)


async def _read_pair_record(mux: Any, udid: str, pair_records_dir: Path) -> dict[str, Any] | None:
    """Where pymobiledevice3 looks, in its order: usbmuxd, iTunes, our folder."""
    record: dict[str, Any] | None = None
    if isinstance(mux, PlistMuxConnection):
        with suppress(pmd3_errors.NotPairedError, pmd3_errors.MuxException):
            record = await mux.get_pair_record(udid)
    if record is None:
        record = get_itunes_pairing_record(udid)
    if record is None:
        record = get_local_pairing_record(udid, pair_records_dir)
    return record


async def _find_phone(
    udid: str | None, usbmux_address: str | None, pair_records_dir: Path
) -> tuple[MuxDevice, str | None, dict[str, Any] | None, bool, socket.socket]:
    """The phone, usbmuxd's BUID, the pair record, whether it was remembered and a stream to its
    lockdownd, over ONE usbmuxd connection (the library opens one for each of these steps; usbmuxd
    takes any number of requests on a connection before the Connect that turns it into a stream).

    The BUID is not asked for when the record names one: the library starts the session, and pairs
    again after a refused record, with the record's SystemBUID in that case."""
    mux = await _open_mux(usbmux_address)
    system_buid: str | None = None
    try:
        await mux.get_device_list(0.1)
        device = _pick_device(list(mux.devices), udid)
        record = _PAIR_RECORDS.get(_pair_key(usbmux_address, pair_records_dir, device.serial))
        remembered = record is not None
        if record is None:
            record = await _read_pair_record(mux, device.serial, pair_records_dir)
        if isinstance(mux, PlistMuxConnection) and not (record and record.get("SystemBUID")):
            system_buid = await mux.get_buid()
        sock: socket.socket = await mux.connect(device, LOCKDOWN_PORT)
    except BaseException:
        await mux.close()
        raise
    return device, system_buid, record, remembered, sock


def _remember(client: Any, usbmux_address: str | None, pair_records_dir: Path) -> None:
    record = client.pair_record
    if isinstance(record, dict):
        _PAIR_RECORDS[_pair_key(usbmux_address, pair_records_dir, client.identifier)] = record


async def _retry_with_fresh_record(
    client: Any, used: dict[str, Any] | None, usbmux_address: str | None, pair_records_dir: Path
) -> None:
    """A remembered record did not give a session: do what an uncached connect would have done,
    with the record as it is now (another tool may have paired this computer again)."""
    _PAIR_RECORDS.pop(_pair_key(usbmux_address, pair_records_dir, client.identifier), None)
    mux = await _open_mux(usbmux_address)
    try:
        fresh = await _read_pair_record(mux, client.identifier, pair_records_dir)
    finally:
        await mux.close()
    if fresh is None:
        client.pair_record = None  # nothing to try: ask for Trust
    elif fresh != used:
        client.pair_record = fresh
        await client.validate_pairing()


async def connect(
    udid: str | None,
    usbmux_address: str | None,
    pair_records_dir: Path,
    *,
    pair_timeout_s: float,
) -> Any:
    """A lockdown client with a session; pairs (Trust dialog) when needed, within pair_timeout_s."""
    pair_records_dir.mkdir(parents=True, exist_ok=True)
    device, system_buid, record, remembered, sock = await _find_phone(udid, usbmux_address, pair_records_dir)
    identifier = device.serial
    service = await FastPlistServiceConnection.from_socket(sock, mux_device=device)
    try:
        options: dict[str, Any] = {"system_buid": system_buid} if system_buid else {}
        client = await AppAuditLockdownClient.create(
            service,
            identifier=identifier,
            autopair=False,
            pair_record=record,
            pairing_records_cache_folder=pair_records_dir,
            usbmux_address=usbmux_address,
            **options,
        )
    except BaseException:
        await service.close()
        raise
    try:
        if not client.paired and remembered:
            await _retry_with_fresh_record(client, record, usbmux_address, pair_records_dir)
        if client.paired:
            _remember(client, usbmux_address, pair_records_dir)
            return client
        if client.pair_record is not None:
            # We hold a record but the phone answered InvalidHostID: it forgot this computer.
            forget_pairing(identifier, pair_records_dir, usbmux_address)
            raise stale_pairing_error(identifier)
        await client.pair(timeout=pair_timeout_s)
        if not await client.validate_pairing():
            raise DeviceUntrustedError(f"iPhone {identifier}: pairing did not give a session")
        _remember(client, usbmux_address, pair_records_dir)
        return client
    except BaseException:
        await client.close()
        raise


async def open_installation_proxy(lockdown: Any) -> Any:
    proxy = InstallationProxyService(lockdown=lockdown)
    await proxy.connect()
    return proxy


def _lookup_request(bundle_ids: list[str] | None) -> bytes:
    options: dict[str, Any] = {
        "ApplicationType": "Any",
        "ShowPlaceholders": True,  # offloaded apps are invisible otherwise
        "ReturnAttributes": RETURN_ATTRIBUTES,
    }
    if bundle_ids is not None:
        options["BundleIDs"] = bundle_ids
    # Asked in binary: the reply comes in binary too, which parses several times faster than XML
    # (parse_plist reads either, so a phone that answers in XML works the same).
    request: bytes = build_plist({"Command": "Lookup", "ClientOptions": options}, fmt=plistlib.FMT_BINARY)
    return request


# Every scan sends the same request for all apps: encoded once (plistlib's binary writer is Python).
_LOOKUP_ALL = _lookup_request(None)


async def _send_lookup(proxy: Any, bundle_ids: list[str] | None) -> None:
    await proxy.service.sendall(_LOOKUP_ALL if bundle_ids is None else _lookup_request(bundle_ids))


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

    A binary reply is read for just the attributes the audit uses (ios_bplist), by a helper process
    while other phones are being read (parse_helpers); anything else (an XML reply, an unusual
    shape) is parsed in full, with the same result.
    """
    with PARSE_HELPERS.reading():
        await _send_lookup(proxy, None)
        data = await proxy.service.recv_prefixed()
        outcome = await PARSE_HELPERS.call_async(rows_from_reply, data)
        apps = apps_from_binary_lookup_reply(data) if outcome is None else apps_from_outcome(outcome)
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

"""Capture an iPhone for replay: the lockdown values and installation_proxy's replies, as the
simulated iPhone replays them (`app-audit simulate ios --scenario FILE`).

The recorder wraps the installation_proxy connection the connector opens (IosConnector.wrap_proxy):
every request sent and every reply received passes through it unchanged. Identifiers in the
lockdown values (UDID, serial number, device name, Wi-Fi/Bluetooth addresses, chip id, phone
numbers) are replaced by stable HMAC pseudonyms unless the person keeps them; the replies about
apps are kept as read.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import plistlib
from datetime import datetime
from typing import Any

_TEXT_IDENTIFIERS = (
    "UniqueDeviceID",
    "SerialNumber",
    "DeviceName",
    "WiFiAddress",
    "BluetoothAddress",
    "EthernetAddress",
    "InternationalMobileEquipmentIdentity",
    "InternationalMobileEquipmentIdentity2",
    "MobileEquipmentIdentifier",
    "PhoneNumber",
    "IntegratedCircuitCardIdentity",
    "InternationalMobileSubscriberIdentity",
    "MLBSerialNumber",
)
_NUMBER_IDENTIFIERS = ("UniqueChipID", "DieID")


class LookupRecorder:
    """Keeps each installation_proxy request and the raw reply that follows it."""

    def __init__(self) -> None:
        self.exchanges: list[tuple[dict[str, Any], bytes]] = []
        self._request: dict[str, Any] = {}

    def wrap(self, proxy: Any) -> Any:
        return _RecordingProxy(proxy, self)


class _RecordingService:
    def __init__(self, inner: Any, recorder: LookupRecorder) -> None:
        self._inner = inner
        self._recorder = recorder

    async def send_plist(self, request: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        self._recorder._request = dict(request)
        return await self._inner.send_plist(request, *args, **kwargs)

    async def recv_prefixed(self, *args: Any, **kwargs: Any) -> bytes:
        data: bytes = await self._inner.recv_prefixed(*args, **kwargs)
        self._recorder.exchanges.append((self._recorder._request, data))
        return data

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class _RecordingProxy:
    def __init__(self, inner: Any, recorder: LookupRecorder) -> None:
        self._inner = inner
        self.service = _RecordingService(inner.service, recorder)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def pseudonymised_values(values: dict[str, Any], key: bytes) -> tuple[dict[str, Any], int]:
    """The lockdown values with every identifier replaced, and how many were."""

    def digest(name: str, value: object) -> str:
        return hmac.new(key, f"{name}\0{value}".encode(), hashlib.sha256).hexdigest()

    result = dict(values)
    replaced = 0
    for name in _TEXT_IDENTIFIERS:
        value = result.get(name)
        if not isinstance(value, str) or not value:
            continue
        mixed = digest(name, value)
        if name == "UniqueDeviceID":
            result[name] = f"{mixed[:8].upper()}-{mixed[8:24].upper()}"  # the 25-character modern form
        elif name.endswith("Address"):
            result[name] = "02:" + ":".join(mixed[i : i + 2] for i in range(0, 10, 2))
        elif name == "DeviceName":
            result[name] = f"iPhone {mixed[:6]}"
        else:
            result[name] = "P" + mixed[: max(7, len(value) - 1)].upper()
        replaced += 1
    for name in _NUMBER_IDENTIFIERS:
        if isinstance(result.get(name), int):
            result[name] = int(digest(name, result[name])[:12], 16)
            replaced += 1
    return result, replaced


def scenario_document(
    values: dict[str, Any],
    lookup_reply: bytes,
    *,
    identifiers: str,
    captured_at: datetime,
    app_version: str,
) -> dict[str, Any]:
    return {
        "name": "capture",
        "description": f"Captured by app-audit {app_version} on {captured_at:%Y-%m-%d %H:%M} UTC; identifiers {identifiers}",
        "captured": {"platform": "ios", "at": captured_at.isoformat(), "identifiers": identifiers},
        "replay": {
            "lockdown_values": base64.b64encode(plistlib.dumps(values, fmt=plistlib.FMT_BINARY)).decode(
                "ascii"
            ),
            "lookup_reply": base64.b64encode(lookup_reply).decode("ascii"),
        },
    }

"""Capture a phone for replay: every command the connector runs and the phone's answer, as a
scenario the simulated phone replays (`app-audit simulate android --scenario FILE`).

The recorder wraps the connector's one way to the phone (AndroidConnector.wrap_commands), so the
connector itself does not know it is being recorded. Identifiers (serial numbers, device names,
Wi-Fi and Bluetooth addresses) are replaced by stable pseudonyms unless the person keeps them:
HMAC-SHA256 under a key kept by the station, so the same phone gets the same pseudonym in every
capture from that station and the original cannot be computed back from the file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from adb_shell.adb_device import AdbDevice

from desktop_app.devices.android.parsers import parse_getprop
from desktop_app.devices.android.signers import unbatch
from desktop_app.devices.android.streams import PhoneCommands

# getprop keys whose values identify the phone or its owner.
_IDENTIFYING_PROPS = (
    "ro.serialno",
    "ro.boot.serialno",
    "ril.serialnumber",
    "ro.ril.oem.sno",
    "persist.sys.device_name",
    "net.hostname",
    "ro.boot.wifimacaddr",
    "ro.boot.btmacaddr",
    "persist.bluetooth.bdaddr",
    "wifi.interface.mac",
)
_MAC = re.compile(r"(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}")
_PRINTABLE = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\U0010ffff]*")


@dataclass(frozen=True, slots=True)
class Exchange:
    service: str  # "shell" or "exec"
    command: str
    output: bytes


class Transcript:
    """What a connection sent and received, in order; each command kept once (its first answer)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._exchanges: dict[str, Exchange] = {}

    def add(self, service: bytes, commands: Sequence[str], outputs: Sequence[bytes]) -> None:
        kind = service.decode("ascii", "replace").rstrip(":")
        with self._lock:
            for command, output in zip(commands, outputs, strict=True):
                self._exchanges.setdefault(command, Exchange(kind, command, output))

    @property
    def exchanges(self) -> list[Exchange]:
        with self._lock:
            return list(self._exchanges.values())


def recorder(transcript: Transcript) -> Callable[[PhoneCommands], PhoneCommands]:
    """A wrapper for AndroidConnector.wrap_commands that copies every exchange into `transcript`."""

    def wrap(inner: PhoneCommands) -> PhoneCommands:
        def run(adb: AdbDevice, commands: Sequence[str], **options: Any) -> list[bytes]:
            outputs = inner(adb, commands, **options)
            transcript.add(options.get("service", b"shell:"), commands, outputs)
            return outputs

        return run

    return wrap


class Pseudonyms:
    """Stable stand-ins for identifiers, keyed by the station's capture key."""

    def __init__(self, key: bytes) -> None:
        self._key = key
        self.replaced: dict[str, str] = {}

    def _digest(self, kind: str, value: str) -> str:
        return hmac.new(self._key, f"{kind}\0{value}".encode(), hashlib.sha256).hexdigest()

    def serial(self, value: str) -> str:
        return self.replaced.setdefault(
            value, "P" + self._digest("serial", value)[: max(7, len(value) - 1)].upper()
        )

    def mac(self, value: str) -> str:
        digest = self._digest("mac", value.lower())
        # 02: a locally administered address, never a real vendor's.
        return self.replaced.setdefault(value, "02:" + ":".join(digest[i : i + 2] for i in range(0, 10, 2)))

    def name(self, value: str) -> str:
        return self.replaced.setdefault(value, "Phone " + self._digest("name", value)[:6])


def identifiers_in(exchanges: Sequence[Exchange], pseudonyms: Pseudonyms) -> dict[str, str]:
    """original -> pseudonym for every identifier the phone's properties hold."""
    for exchange in exchanges:
        if exchange.service != "shell" or not exchange.command.startswith("getprop"):
            continue
        props = parse_getprop(exchange.output.decode("utf-8", "replace"))
        for key in _IDENTIFYING_PROPS:
            value = props.get(key, "").strip()
            if not value:
                continue
            if _MAC.fullmatch(value):
                pseudonyms.mac(value)
            elif key in ("persist.sys.device_name", "net.hostname"):
                pseudonyms.name(value)
            else:
                pseudonyms.serial(value)
        for value in props.values():
            for address in _MAC.findall(value):
                pseudonyms.mac(address)
    return {k: v for k, v in pseudonyms.replaced.items() if len(k) >= 4}


def _replace_all(text: str, replacements: dict[str, str]) -> str:
    for original in sorted(replacements, key=len, reverse=True):
        text = text.replace(original, replacements[original])
    return text


def _unbatched(exchanges: Sequence[Exchange]) -> list[Exchange]:
    """Batched APK reads split into one exchange per read: the replayed phone answers each read,
    however a later scan groups them (each batch has its own random markers)."""
    single: list[Exchange] = []
    for exchange in exchanges:
        pairs = unbatch(exchange.command, exchange.output) if exchange.service == "exec" else None
        if pairs is None:
            single.append(exchange)
        else:
            single.extend(Exchange("exec", read, data) for read, data in pairs)
    return single


def scenario_document(
    exchanges: Sequence[Exchange],
    *,
    replacements: dict[str, str],
    captured_at: datetime,
    app_version: str,
) -> dict[str, Any]:
    """The scenario file's content. Only shell (text) answers and commands are rewritten: the bytes
    of APK files are kept as read (they hold no identifier of the phone)."""
    replay: list[dict[str, str]] = []
    for exchange in _unbatched(exchanges):
        entry = {"command": _replace_all(exchange.command, replacements)}
        text = exchange.output.decode("utf-8", "replace")
        if exchange.service == "shell" and _PRINTABLE.fullmatch(text) and text.encode() == exchange.output:
            entry["output"] = _replace_all(text, replacements)
        else:
            entry["output_base64"] = base64.b64encode(exchange.output).decode("ascii")
        replay.append(entry)
    kept = "pseudonymised" if replacements else "kept as read"
    return {
        "name": "capture",
        "description": f"Captured by app-audit {app_version} on {captured_at:%Y-%m-%d %H:%M} UTC; identifiers {kept}",
        "captured": {"platform": "android", "at": captured_at.isoformat(), "identifiers": kept},
        "replay": replay,
    }

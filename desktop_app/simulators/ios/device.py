"""One simulated iPhone: identity, apps, pairing and lock state, live connections.

Thread-safe: every usbmuxd connection to the phone runs on its own server thread.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from desktop_app.simulators.ios.catalog import AppSpec
from desktop_app.simulators.ios.pairing import device_public_key_pem
from desktop_app.simulators.ios.scenario import IosScenario, PairingState

log = logging.getLogger(__name__)

LOCKDOWN_PORT = 62078
FIRST_SERVICE_PORT = 49152


# Values a real lockdownd only reveals inside a paired session.
_SESSION_ONLY_VALUES = (
    "SerialNumber",
    "PasswordProtected",
    "TimeZone",
    "BluetoothAddress",
    "ModelNumber",
    "RegionInfo",
)


@dataclass(slots=True)
class IosFault:
    """Misbehaviour to inject into installation_proxy (fuzz and robustness tests)."""

    lookup_payload: bytes | None = None  # raw bytes sent instead of the Lookup reply
    close_after_payload: bool = True  # close the stream after lookup_payload (else leave it open)
    stall_lookup: bool = False  # never answer Lookup
    unplug_after_apps: int | None = None  # the cable is pulled after this many apps were sent
    # Device-side time of one Lookup or Browse (installd gathering the attributes of every app):
    # a real iPhone spends tens to hundreds of ms there.
    command_ms: float = 0.0


class PairDecision:
    PENDING = "PairingDialogResponsePending"
    DENIED = "UserDeniedPairing"
    LOCKED = "PasswordProtected"
    ACCEPTED = ""


class SimulatedIPhone:
    def __init__(self, scenario: IosScenario, device_id: int, trusted_host_ids: set[str]) -> None:
        self.scenario = scenario
        self.identity = scenario.identity
        self.device_id = device_id
        self._lock = threading.Lock()
        self._apps: dict[str, AppSpec] = {app.bundle: app for app in scenario.apps}
        self._replies: dict[Hashable, bytes] = {}  # encoded installation_proxy replies (cached_reply)
        self._generation = 0
        self._trusted_hosts = set(trusted_host_ids)
        self._refused = scenario.pairing is PairingState.REFUSED
        self._locked = scenario.locked
        self._dialog_shown_at: float | None = None
        self._trust_tapped = False
        self._service_ports: dict[int, str] = {}
        self._next_port = FIRST_SERVICE_PORT
        self._sockets: set[socket.socket] = set()
        self._observers: list[tuple[socket.socket, set[str], threading.Lock]] = []
        self.unplugged = threading.Event()
        self.fault = IosFault()
        self.on_cable_pulled: Callable[[], None] | None = None  # set by the usbmuxd: report Detached
        # Some iOS versions keep DeviceName for paired sessions; tests set this to act like them.
        self.name_needs_session = False
        self._lockdown_requests: Counter[str] = Counter()

    def note_lockdown_request(self, request: str, options: dict[str, Any]) -> None:
        """Counted per request name, and GetValue per key ("GetValue" alone: the whole dictionary)."""
        key = options.get("Key") if request == "GetValue" else None
        with self._lock:
            self._lockdown_requests[f"{request}:{key}" if isinstance(key, str) else request] += 1

    def lockdown_requests(self) -> dict[str, int]:
        with self._lock:
            return dict(self._lockdown_requests)

    # ----- identity -------------------------------------------------------------------------
    def lockdown_values(self, with_session: bool) -> dict[str, Any]:
        recorded = self.scenario.replay_values
        if recorded is not None:
            hidden = set() if with_session else set(_SESSION_ONLY_VALUES)
            if not with_session and self.name_needs_session:
                hidden.add("DeviceName")
            return {k: v for k, v in recorded.items() if k not in hidden}
        ident = self.identity
        values: dict[str, Any] = {
            "BuildVersion": ident.build_version,
            "DeviceClass": ident.device_class,
            "DevicePublicKey": device_public_key_pem(),
            "HardwareModel": ident.hardware_model,
            "ProductName": ident.product_name,
            "ProductType": ident.product_type,
            "ProductVersion": ident.product_version,
            "UniqueDeviceID": ident.udid,
            "UniqueChipID": ident.unique_chip_id,
            "CPUArchitecture": ident.cpu_architecture,
            "WiFiAddress": ident.wifi_address,
            "ActivationState": "Activated",
        }
        if with_session or not self.name_needs_session:
            values["DeviceName"] = ident.name
        if with_session:
            # Values a real lockdownd only reveals inside a paired session.
            values.update(
                {
                    "SerialNumber": ident.serial,
                    "PasswordProtected": self._locked,
                    "TimeZone": "Europe/Paris",
                    "BluetoothAddress": "a4:c3:f0:00:00:02",
                    "ModelNumber": "MLPF3",
                    "RegionInfo": "ZD/A",
                }
            )
        return values

    # ----- pairing --------------------------------------------------------------------------
    def is_trusted(self, host_id: str) -> bool:
        with self._lock:
            return host_id in self._trusted_hosts

    @property
    def locked(self) -> bool:
        with self._lock:
            return self._locked

    def request_pair(self, host_id: str) -> str:
        """A Pair request: returns a PairDecision (the lockdownd Error, or "" when paired)."""
        with self._lock:
            if self._locked:
                return PairDecision.LOCKED
            if self._refused:
                return PairDecision.DENIED
            if host_id in self._trusted_hosts:
                return PairDecision.ACCEPTED
            now = time.monotonic()
            if self._dialog_shown_at is None:
                self._dialog_shown_at = now  # the Trust dialog appears on the phone now
            answer_after = self.scenario.answer_after_s
            if self.scenario.pairing is PairingState.PAIRED:
                answer_after = 0.0  # a phone that trusted us before trusts a re-pair at once
            answered = self._trust_tapped or (
                answer_after is not None and now - self._dialog_shown_at >= answer_after
            )
            if not answered:
                return PairDecision.PENDING
            self._trusted_hosts.add(host_id)
            self._dialog_shown_at = None
            self._trust_tapped = False
            return PairDecision.ACCEPTED

    def forget_computers(self) -> None:
        """Settings > Reset Location & Privacy: every computer must be trusted again."""
        with self._lock:
            self._trusted_hosts.clear()

    def unpair(self, host_id: str) -> None:
        with self._lock:
            self._trusted_hosts.discard(host_id)

    def tap_trust(self) -> None:
        with self._lock:
            self._trust_tapped = True
            self._refused = False

    def unlock(self) -> None:
        with self._lock:
            self._locked = False

    # ----- services -------------------------------------------------------------------------
    def open_service_port(self, service: str) -> int:
        with self._lock:
            port = self._next_port
            self._next_port = FIRST_SERVICE_PORT + (self._next_port - FIRST_SERVICE_PORT + 1) % 16000
            self._service_ports[port] = service
            return port

    def take_service(self, port: int) -> str | None:
        with self._lock:
            return self._service_ports.pop(port, None)

    # ----- apps -----------------------------------------------------------------------------
    def apps(self) -> list[AppSpec]:
        with self._lock:
            return list(self._apps.values())

    def uninstall(self, bundle: str) -> None:
        with self._lock:
            if self._apps.pop(bundle, None) is not None:
                self._generation += 1
                self._replies.clear()

    def cached_reply(self, key: Hashable, build: Callable[[list[AppSpec]], bytes]) -> bytes:
        """build(apps) for this request, kept until an app is removed.

        A phone keeps its app database ready; encoding a 275-app reply anew for every request made
        the simulator's CPU (on the same two cores as the client) weigh on the benchmarks.
        """
        with self._lock:
            reply = self._replies.get(key)
            apps, generation = list(self._apps.values()), self._generation
        if reply is not None:
            return reply
        reply = build(apps)
        with self._lock:
            if generation == self._generation:  # no app removed meanwhile
                if len(self._replies) >= 16:
                    self._replies.clear()
                self._replies[key] = reply
        return reply

    def add_observer(self, sock: socket.socket, names: set[str], lock: threading.Lock) -> None:
        with self._lock:
            self._observers.append((sock, names, lock))

    def remove_observer(self, sock: socket.socket) -> None:
        with self._lock:
            self._observers = [o for o in self._observers if o[0] is not sock]

    def post_notification(self, name: str, frame: bytes) -> None:
        with self._lock:
            observers = [o for o in self._observers if name in o[1]]
        for sock, _names, lock in observers:
            with lock, suppress(OSError):
                sock.sendall(frame)

    # ----- connections ----------------------------------------------------------------------
    @contextmanager
    def connection(self, sock: socket.socket) -> Iterator[None]:
        with self._lock:
            self._sockets.add(sock)
        try:
            yield
        finally:
            with self._lock:
                self._sockets.discard(sock)

    def pull_cable(self) -> None:
        """The phone disappears from usbmuxd and every stream to it breaks."""
        if self.on_cable_pulled is not None:
            self.on_cable_pulled()
        else:
            self.drop_connections()

    def drop_connections(self) -> None:
        """The cable is pulled: every stream to the phone breaks at once."""
        self.unplugged.set()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with suppress(OSError):
                sock.close()

"""A usbmuxd on TCP with one or several simulated iPhones behind it.

Speaks the plist protocol (version 1, message 8) that libusbmuxd and pymobiledevice3 use: ReadBUID,
ListDevices, Listen (Attached / Detached events), Connect (the same socket then carries the device
stream), ReadPairRecord / SavePairRecord / DeletePairRecord.
"""

from __future__ import annotations

import logging
import plistlib
import socket
import threading
from collections import Counter
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any

from desktop_app.simulators.ios.device import LOCKDOWN_PORT, IosFault, SimulatedIPhone
from desktop_app.simulators.ios.installation_proxy import InstallationProxySession
from desktop_app.simulators.ios.lockdownd import LockdownSession
from desktop_app.simulators.ios.notification_proxy import NotificationProxySession
from desktop_app.simulators.ios.pairing import SYSTEM_BUID, make_pair_record
from desktop_app.simulators.ios.scenario import IosScenario, PairingState
from desktop_app.simulators.ios.tls import device_tls_wrapper
from desktop_app.simulators.ios.wire import MUX_VERSION_PLIST, PeerClosedError, mux_packet, recv_mux

log = logging.getLogger(__name__)

RESULT_OK, RESULT_BADCOMMAND, RESULT_BADDEV, RESULT_CONNREFUSED, RESULT_BADVERSION = 0, 1, 2, 3, 6
IDLE_TIMEOUT_S = 60.0


def _result(number: int) -> dict[str, Any]:
    return {"MessageType": "Result", "Number": number}


class IosSimulator:
    """A usbmuxd with simulated iPhones; server threads run in-process. A context manager."""

    def __init__(
        self,
        scenarios: Sequence[IosScenario],
        host: str = "127.0.0.1",
        port: int = 0,
        state_dir: Path | None = None,
        idle_timeout_s: float = IDLE_TIMEOUT_S,
    ) -> None:
        self._host, self._port = host, port
        self._idle_timeout_s = idle_timeout_s
        self.idle_closures = 0  # connections closed for being idle (as a real iPhone's services do)
        self.mux_requests: Counter[str] = Counter()  # usbmuxd requests answered, by MessageType
        self._state_dir = state_dir
        self._lock = threading.Lock()
        self._devices: dict[int, SimulatedIPhone] = {}
        self._pair_records: dict[str, bytes] = {}
        self._listeners: list[tuple[socket.socket, threading.Lock]] = []
        self._connections: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._next_device_id = 1
        self._server: socket.socket | None = None
        self._stopping = threading.Event()
        self._load_pair_records()
        for scenario in scenarios:
            self._add_device(scenario)

    # ----- lifecycle ------------------------------------------------------------------------
    def start(self) -> None:
        server = socket.create_server((self._host, self._port), backlog=64)
        self._server = server
        self._port = server.getsockname()[1]
        thread = threading.Thread(target=self._accept_loop, name=f"usbmuxd-sim:{self._port}", daemon=True)
        thread.start()
        self._threads.append(thread)

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            with suppress(OSError):
                self._server.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
            with suppress(OSError):
                self._server.close()
        with self._lock:
            connections = list(self._connections)
            devices = list(self._devices.values())
        for device in devices:
            device.unplugged.set()
        for conn in connections:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            with suppress(OSError):
                conn.close()
        for thread in self._threads:
            thread.join(timeout=5.0)

    def __enter__(self) -> IosSimulator:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def address(self) -> str:
        return f"{self._host}:{self._port}"

    # ----- hot-plug and the person's actions ------------------------------------------------
    def attach(self, scenario: IosScenario) -> None:
        device = self._add_device(scenario)
        self._broadcast(self._attached_event(device))

    def detach(self, udid: str) -> None:
        device = self._device_by_udid(udid)
        with self._lock:
            self._devices.pop(device.device_id, None)
        device.drop_connections()
        self._broadcast({"MessageType": "Detached", "DeviceID": device.device_id})

    def unplug(self, udid: str) -> None:
        """The cable is pulled: streams break mid-way and usbmuxd reports the phone gone."""
        self.detach(udid)

    def tap_trust(self, udid: str) -> None:
        self._device_by_udid(udid).tap_trust()

    def unlock(self, udid: str) -> None:
        self._device_by_udid(udid).unlock()

    def forget_computers(self, udid: str) -> None:
        self._device_by_udid(udid).forget_computers()

    def set_fault(self, udid: str, fault: IosFault) -> None:
        self._device_by_udid(udid).fault = fault

    def lockdown_requests(self, udid: str) -> dict[str, int]:
        """lockdownd requests this phone answered, by name (GetValue by key: "GetValue:DeviceName")."""
        return self._device_by_udid(udid).lockdown_requests()

    def hide_name_before_session(self, udid: str) -> None:
        self._device_by_udid(udid).name_needs_session = True

    def installed_bundle_ids(self, udid: str) -> list[str]:
        return [app.bundle for app in self._device_by_udid(udid).apps()]

    def udids(self) -> list[str]:
        with self._lock:
            return [d.identity.udid for d in self._devices.values()]

    # ----- devices and pair records ---------------------------------------------------------
    def _add_device(self, scenario: IosScenario) -> SimulatedIPhone:
        udid = scenario.identity.udid
        trusted: set[str] = set()
        if scenario.pairing in (PairingState.PAIRED, PairingState.STALE):
            with self._lock:
                existing = self._pair_records.get(udid)
            record = plistlib.loads(existing) if existing else make_pair_record()
            if not existing:
                self._store_pair_record(udid, plistlib.dumps(record))
            if scenario.pairing is PairingState.PAIRED:
                trusted.add(str(record["HostID"]))
        with self._lock:
            device = SimulatedIPhone(scenario, self._next_device_id, trusted)
            self._devices[device.device_id] = device
            self._next_device_id += 1
        device.on_cable_pulled = lambda: self.detach(udid)
        return device

    def _device_by_udid(self, udid: str) -> SimulatedIPhone:
        with self._lock:
            for device in self._devices.values():
                if device.identity.udid == udid:
                    return device
        raise KeyError(f"no simulated iPhone with UDID {udid}")

    def _load_pair_records(self) -> None:
        if self._state_dir is None:
            return
        self._state_dir.mkdir(parents=True, exist_ok=True)
        for path in self._state_dir.glob("*.plist"):
            self._pair_records[path.stem] = path.read_bytes()

    def _store_pair_record(self, udid: str, data: bytes) -> None:
        with self._lock:
            self._pair_records[udid] = data
        if self._state_dir is not None:
            (self._state_dir / f"{udid}.plist").write_bytes(data)

    def _delete_pair_record(self, udid: str) -> None:
        with self._lock:
            self._pair_records.pop(udid, None)
        if self._state_dir is not None:
            (self._state_dir / f"{udid}.plist").unlink(missing_ok=True)

    # ----- the wire -------------------------------------------------------------------------
    def _accept_loop(self) -> None:
        assert self._server is not None
        while not self._stopping.is_set():
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            conn.settimeout(self._idle_timeout_s)
            with self._lock:
                self._connections.add(conn)
                self._threads = [t for t in self._threads if t.is_alive()]
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True, name="usbmuxd-sim-conn")
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        try:
            self._serve_mux(conn)
        except TimeoutError:
            log.debug("usbmuxd connection closed after %g s idle", self._idle_timeout_s)
            with self._lock:
                self.idle_closures += 1
        except (PeerClosedError, OSError, plistlib.InvalidFileException, ValueError) as exc:
            log.debug("usbmuxd connection ended: %s", exc)
        finally:
            with self._lock:
                self._connections.discard(conn)
            with suppress(OSError):
                conn.close()

    def _serve_mux(self, conn: socket.socket) -> None:
        while not self._stopping.is_set():
            version, _message, tag, payload = recv_mux(conn)
            if version != MUX_VERSION_PLIST:
                conn.sendall(mux_packet(_result(RESULT_BADVERSION), tag))
                continue
            request = plistlib.loads(payload)
            kind = request.get("MessageType") if isinstance(request, dict) else None
            with self._lock:
                self.mux_requests[str(kind)] += 1
            if kind == "Listen":
                self._listen(conn, tag)
                return
            if kind == "Connect":
                self._connect(conn, tag, request)
                return
            conn.sendall(mux_packet(self._answer(kind, request), tag))

    def _answer(self, kind: object, request: dict[str, Any]) -> dict[str, Any]:
        if kind == "ReadBUID":
            return {"BUID": SYSTEM_BUID}
        if kind == "ListDevices":
            with self._lock:
                devices = list(self._devices.values())
            return {"DeviceList": [self._attached_event(d) for d in devices]}
        if kind == "ReadPairRecord":
            with self._lock:
                data = self._pair_records.get(str(request.get("PairRecordID")))
            return {"PairRecordData": data} if data is not None else _result(RESULT_BADDEV)
        if kind == "SavePairRecord":
            data = request.get("PairRecordData")
            record_id = request.get("PairRecordID")
            if not isinstance(data, bytes) or not isinstance(record_id, str) or "/" in record_id:
                return _result(RESULT_BADCOMMAND)
            self._store_pair_record(record_id, data)
            return _result(RESULT_OK)
        if kind == "DeletePairRecord":
            record_id = request.get("PairRecordID")
            if isinstance(record_id, str) and "/" not in record_id:
                self._delete_pair_record(record_id)
            return _result(RESULT_OK)
        return _result(RESULT_BADCOMMAND)

    @staticmethod
    def _attached_event(device: SimulatedIPhone) -> dict[str, Any]:
        return {
            "MessageType": "Attached",
            "DeviceID": device.device_id,
            "Properties": {
                "ConnectionSpeed": 480000000,
                "ConnectionType": "USB",
                "DeviceID": device.device_id,
                "LocationID": 0,
                "ProductID": 4776,
                "SerialNumber": device.identity.udid,
                "USBSerialNumber": device.identity.udid.replace("-", ""),
            },
        }

    def _listen(self, conn: socket.socket, tag: int) -> None:
        lock = threading.Lock()
        with lock:
            conn.sendall(mux_packet(_result(RESULT_OK), tag))
            with self._lock:
                devices = list(self._devices.values())
                self._listeners.append((conn, lock))
            for device in devices:
                conn.sendall(mux_packet(self._attached_event(device), 0))
        try:
            while not self._stopping.is_set():
                try:
                    if not conn.recv(4096):
                        return  # the client stopped listening
                except TimeoutError:
                    continue
        finally:
            with self._lock:
                self._listeners = [entry for entry in self._listeners if entry[0] is not conn]

    def _broadcast(self, event: dict[str, Any]) -> None:
        with self._lock:
            listeners = list(self._listeners)
        packet = mux_packet(event, 0)
        for conn, lock in listeners:
            with lock, suppress(OSError):
                conn.sendall(packet)

    def _connect(self, conn: socket.socket, tag: int, request: dict[str, Any]) -> None:
        device_id = request.get("DeviceID")
        port_be = request.get("PortNumber")
        with self._lock:
            device = self._devices.get(device_id) if isinstance(device_id, int) else None
        if device is None or not isinstance(port_be, int):
            conn.sendall(mux_packet(_result(RESULT_BADDEV), tag))
            return
        port = socket.ntohs(port_be)  # both clients send the port in network byte order
        service = "lockdownd" if port == LOCKDOWN_PORT else device.take_service(port)
        if service is None:
            conn.sendall(mux_packet(_result(RESULT_CONNREFUSED), tag))
            return
        conn.sendall(mux_packet(_result(RESULT_OK), tag))
        with device.connection(conn):
            if service == "lockdownd":
                tls = device_tls_wrapper() if device.scenario.session_tls else None
                LockdownSession(device, conn, tls).run()
            elif service == "com.apple.mobile.installation_proxy":
                InstallationProxySession(device, conn).run()
            elif service == "com.apple.mobile.notification_proxy":
                NotificationProxySession(device, conn).run()

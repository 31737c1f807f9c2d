"""notification_proxy of a simulated iPhone: enough for ideviceinstaller's observers."""

from __future__ import annotations

import socket
import threading

from desktop_app.simulators.ios.device import SimulatedIPhone
from desktop_app.simulators.ios.wire import recv_service_plist, service_frame


def relay_frame(name: str) -> bytes:
    return service_frame({"Command": "RelayNotification", "Name": name})


class NotificationProxySession:
    def __init__(self, device: SimulatedIPhone, sock: socket.socket) -> None:
        self.device = device
        self.sock = sock
        self.names: set[str] = set()
        self.lock = threading.Lock()

    def run(self) -> None:
        self.device.add_observer(self.sock, self.names, self.lock)
        try:
            while True:
                request = recv_service_plist(self.sock)
                command = request.get("Command")
                if command == "ObserveNotification" and isinstance(request.get("Name"), str):
                    self.names.add(request["Name"])
                elif command == "Shutdown":
                    with self.lock:
                        self.sock.sendall(service_frame({"Command": "ProxyDeath"}))
                    return
        finally:
            self.device.remove_observer(self.sock)

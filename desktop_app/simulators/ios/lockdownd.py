"""lockdownd of a simulated iPhone: values, pairing, sessions, service start."""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable
from typing import Any

from desktop_app.simulators.ios.device import PairDecision, SimulatedIPhone
from desktop_app.simulators.ios.wire import recv_service_plist, service_frame

log = logging.getLogger(__name__)

LOCKDOWN_TYPE = "com.apple.mobile.lockdown"
SERVICES = frozenset({"com.apple.mobile.installation_proxy", "com.apple.mobile.notification_proxy"})


class LockdownSession:
    """One client connection to lockdownd (port 62078)."""

    def __init__(
        self,
        device: SimulatedIPhone,
        sock: socket.socket,
        start_tls: Callable[[socket.socket], socket.socket] | None = None,
    ) -> None:
        self.device = device
        self.sock = sock
        self.session_id: str | None = None
        self._start_tls = start_tls

    def run(self) -> None:
        while True:
            request = recv_service_plist(self.sock)
            name = request.get("Request")
            if isinstance(name, str):
                self.device.note_lockdown_request(name, request)
            handler = self._handlers().get(name) if isinstance(name, str) else None
            reply = handler(request) if handler else {"Error": "InvalidRequest"}
            reply = {"Request": name, **reply} if isinstance(name, str) else reply
            self.sock.sendall(service_frame(reply))
            if name == "Goodbye":
                return
            if name == "StartSession" and reply.get("EnableSessionSSL") and self._start_tls:
                self.sock = self._start_tls(self.sock)

    def _handlers(self) -> dict[str, Callable[[dict[str, Any]], dict[str, Any]]]:
        return {
            "QueryType": self._query_type,
            "GetValue": self._get_value,
            "SetValue": self._set_value,
            "Pair": self._pair,
            "ValidatePair": self._validate_pair,
            "Unpair": self._unpair,
            "StartSession": self._start_session,
            "StopSession": self._stop_session,
            "StartService": self._start_service,
            "Goodbye": self._goodbye,
        }

    # Handlers return the reply without "Request"; run() echoes it, as lockdownd does.
    def _query_type(self, _request: dict[str, Any]) -> dict[str, Any]:
        return {"Type": LOCKDOWN_TYPE}

    def _get_value(self, request: dict[str, Any]) -> dict[str, Any]:
        domain, key = request.get("Domain"), request.get("Key")
        if domain:
            # Only the main domain is simulated: other domains answer an empty dictionary.
            return {"Domain": domain, **({"Key": key} if key else {}), "Value": {}}
        values = self.device.lockdown_values(with_session=self.session_id is not None)
        if key is None:
            return {"Value": values}
        if key not in values:
            return {"Key": key, "Error": "MissingValue"}
        return {"Key": key, "Value": values[key]}

    def _set_value(self, request: dict[str, Any]) -> dict[str, Any]:
        if self.session_id is None:
            return {"Error": "SessionInactive"}
        return {"Domain": request.get("Domain", ""), "Key": request.get("Key", "")}

    def _pair(self, request: dict[str, Any]) -> dict[str, Any]:
        record = request.get("PairRecord")
        host_id = record.get("HostID") if isinstance(record, dict) else None
        if not isinstance(host_id, str) or not host_id:
            return {"Error": "InvalidPairRecord"}
        decision = self.device.request_pair(host_id)
        if decision != PairDecision.ACCEPTED:
            return {"Error": decision}
        return {"EscrowBag": os.urandom(32)}

    def _validate_pair(self, request: dict[str, Any]) -> dict[str, Any]:
        record = request.get("PairRecord")
        host_id = record.get("HostID") if isinstance(record, dict) else None
        if not isinstance(host_id, str) or not self.device.is_trusted(host_id):
            return {"Error": "InvalidHostID"}
        return {}

    def _unpair(self, request: dict[str, Any]) -> dict[str, Any]:
        record = request.get("PairRecord")
        host_id = record.get("HostID") if isinstance(record, dict) else request.get("HostID")
        if isinstance(host_id, str):
            self.device.unpair(host_id)
        return {}

    def _start_session(self, request: dict[str, Any]) -> dict[str, Any]:
        host_id = request.get("HostID")
        if not isinstance(host_id, str) or not self.device.is_trusted(host_id):
            return {"Error": "InvalidHostID"}
        self.session_id = str(uuid.uuid4()).upper()
        return {"SessionID": self.session_id, "EnableSessionSSL": bool(self.device.scenario.session_tls)}

    def _stop_session(self, _request: dict[str, Any]) -> dict[str, Any]:
        self.session_id = None
        return {"Result": "Success"}

    def _start_service(self, request: dict[str, Any]) -> dict[str, Any]:
        service = request.get("Service")
        if self.session_id is None:
            return {"Error": "SessionInactive"}
        if self.device.locked:
            return {"Service": service, "Error": "PasswordProtected"}
        if service not in SERVICES:
            return {"Service": service, "Error": "InvalidService"}
        return {"Service": service, "Port": self.device.open_service_port(str(service))}

    def _goodbye(self, _request: dict[str, Any]) -> dict[str, Any]:
        return {"Result": "Success"}

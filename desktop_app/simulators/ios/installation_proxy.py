"""installation_proxy of a simulated iPhone: Lookup, Browse in chunks, Uninstall with progress."""

from __future__ import annotations

import functools
import logging
import plistlib
import socket
import time
from collections.abc import Sequence
from typing import Any

from desktop_app.simulators.ios.catalog import AppSpec
from desktop_app.simulators.ios.device import SimulatedIPhone
from desktop_app.simulators.ios.notification_proxy import relay_frame
from desktop_app.simulators.ios.wire import raw_service_frame, recv_service_request, service_frame

log = logging.getLogger(__name__)

UNINSTALLED_NOTIFICATION = "com.apple.mobile.application_uninstalled"
_ERROR_TEXT = {
    "UninstallProhibited": "Uninstall of this application is prohibited by a configuration profile.",
    "APIInternalError": "An internal error occurred while removing the application.",
}


def _selected(apps: Sequence[AppSpec], options: dict[str, Any]) -> list[dict[str, Any]]:
    """The attribute dicts a Lookup or Browse with these ClientOptions returns."""
    app_type = options.get("ApplicationType", "Any")
    show_placeholders = options.get("ShowPlaceholders") is True
    bundle_ids = options.get("BundleIDs")
    wanted = set(bundle_ids) if isinstance(bundle_ids, list) else None
    attributes = options.get("ReturnAttributes")
    keep = set(attributes) if isinstance(attributes, list) else None
    selected: list[dict[str, Any]] = []
    for app in apps:
        if app.offloaded and not show_placeholders:
            continue
        if wanted is not None and app.bundle not in wanted:
            continue
        if (app_type == "User" and app.system) or (app_type == "System" and not app.system):
            continue
        attrs = _attributes(app)
        if keep is not None:
            attrs = {k: v for k, v in attrs.items() if k in keep}
        selected.append(attrs)
    return selected


@functools.lru_cache(maxsize=4096)
def _cached_attributes(app: AppSpec) -> dict[str, Any]:
    return app.attributes()


def _attributes(app: AppSpec) -> dict[str, Any]:
    # A phone keeps its app database ready; building the dictionaries once keeps the simulator's
    # CPU out of the benchmarks (a copy, so callers may filter it).
    return dict(_cached_attributes(app))


class InstallationProxySession:
    def __init__(self, device: SimulatedIPhone, sock: socket.socket) -> None:
        self.device = device
        self.sock = sock
        self.fmt = plistlib.FMT_XML

    def run(self) -> None:
        while True:
            request, self.fmt = recv_service_request(self.sock)
            command = request.get("Command")
            options = request.get("ClientOptions")
            options = options if isinstance(options, dict) else {}
            if command == "Lookup":
                self._lookup(options)
            elif command == "Browse":
                self._browse(options)
            elif command == "Uninstall":
                self._uninstall(request.get("ApplicationIdentifier"))
            else:
                self._send({"Error": "UnknownCommand", "ErrorDescription": f"Unknown command {command!r}"})

    def _send(self, payload: dict[str, Any]) -> None:
        self.sock.sendall(service_frame(payload, self.fmt))

    def _lookup(self, options: dict[str, Any]) -> None:
        fault = self.device.fault
        if fault.stall_lookup:
            self.device.unplugged.wait(120.0)  # answer nothing until unplugged (or two minutes)
            return
        if fault.lookup_payload is not None:
            self.sock.sendall(fault.lookup_payload)
            if fault.close_after_payload:
                self.sock.shutdown(socket.SHUT_RDWR)
            else:
                self.device.unplugged.wait(120.0)
            return
        self._device_work()
        recorded = self.device.scenario.replay_lookup
        if recorded is not None:  # a captured iPhone: its reply as read
            self.sock.sendall(raw_service_frame(recorded))
            return
        fmt = self.fmt

        def build(apps: Sequence[AppSpec]) -> bytes:
            selected = _selected(apps, options)
            return service_frame(
                {"LookupResult": {a["CFBundleIdentifier"]: a for a in selected}, "Status": "Complete"}, fmt
            )

        frame = self.device.cached_reply(("Lookup", fmt, repr(sorted(options.items()))), build)
        if fault.unplug_after_apps is not None:
            # Send the part of the reply that carries about that many apps, then pull the cable.
            apps = _selected(self.device.apps(), options)
            share = min(1.0, fault.unplug_after_apps / max(1, len(apps)))
            self.sock.sendall(frame[: int(len(frame) * share * 0.95)])
            self.device.pull_cable()
            return
        self.sock.sendall(frame)

    def _device_work(self) -> None:
        if self.device.fault.command_ms:
            time.sleep(self.device.fault.command_ms / 1000)  # simulated device-side work, not synchronisation

    def _browse(self, options: dict[str, Any]) -> None:
        self._device_work()
        apps = _selected(self.device.apps(), options)
        chunk = self.device.scenario.browse_chunk
        limit = self.device.fault.unplug_after_apps
        for start in range(0, len(apps), chunk):
            if limit is not None and start >= limit:
                self.device.pull_cable()
                return
            part = apps[start : start + chunk]
            self._send(
                {
                    "Status": "BrowsingApplications",
                    "CurrentIndex": start,
                    "CurrentAmount": len(part),
                    "CurrentList": part,
                    "Total": len(apps),
                }
            )
        self._send({"Status": "Complete"})

    def _uninstall(self, bundle: object) -> None:
        if not isinstance(bundle, str) or not bundle:
            self._send(
                {
                    "Error": "MissingApplicationIdentifier",
                    "ErrorDescription": "Missing application identifier",
                }
            )
            return
        error = self.device.scenario.uninstall_errors.get(bundle)
        if error:
            self._send(
                {"Error": error, "ErrorDescription": _ERROR_TEXT.get(error, error), "ErrorDetail": -402620383}
            )
            return
        self._send({"PercentComplete": 50, "Status": "RemovingApplication"})
        self._send({"PercentComplete": 90, "Status": "GeneratingApplicationMap"})
        self.device.uninstall(bundle)
        self._send({"Status": "Complete"})
        self.device.post_notification(UNINSTALLED_NOTIFICATION, relay_frame(UNINSTALLED_NOTIFICATION))

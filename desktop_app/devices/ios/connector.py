"""The iPhone connector and discovery: pymobiledevice3 on one worker thread per phone.

Callers use plain blocking methods from any thread except the GUI thread. pymobiledevice3 is imported
lazily (desktop_app.devices.ios.session), off the start-up path.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from desktop_app.core.deadlines import DEADLINES, DeviceDeadlines
from desktop_app.core.device_states import attached_from_error
from desktop_app.core.errors import (
    AppAuditError,
    DeviceDisconnectedError,
    DeviceProtocolError,
    DeviceTimeoutError,
    DeviceUntrustedError,
    InvalidAppIdError,
    InventoryFormatError,
    ServiceUnavailableError,
    UsageError,
)
from desktop_app.core.models import (
    AttachedDevice,
    Device,
    DeviceState,
    Inventory,
    Platform,
    ProfileRead,
    RemovalResult,
)
from desktop_app.core.ports import ProgressCallback
from desktop_app.core.reading_needs import NOTHING_MORE, ReadingNeeds
from desktop_app.devices.ios.errors import translate
from desktop_app.devices.ios.mux_dialer import MuxDialer
from desktop_app.devices.ios.pairing_chain import PairingChains
from desktop_app.devices.ios.parsers import is_valid_bundle_id
from desktop_app.devices.ios.usbmux import UsbmuxClient, listed_udids
from desktop_app.devices.ios.worker import AsyncWorker

log = logging.getLogger(__name__)

PROBE_TIMEOUT_S = DEADLINES.ios_connect_s + DEADLINES.probe_s
READY_RECHECK_S = 15.0
LIST_TIMEOUT_S = 5.0

_UNINSTALL_MESSAGES = {
    "UninstallProhibited": (
        "The iPhone refuses to remove this app: a device-management profile or a Screen Time "
        "restriction protects it. Remove the restriction or ask IT."
    ),
    "APIInternalError": "The iPhone failed to remove the app. Restart the iPhone and try again.",
    "ApplicationVerificationFailed": "The iPhone failed to remove the app. Restart the iPhone and try again.",
}


@functools.cache
def _session() -> ModuleType:
    # pymobiledevice3 takes about half a second to import: only when an iPhone is actually used.
    from desktop_app.devices.ios import session as ios_session

    return ios_session


def _translator(udid: str, usbmux_address: str | None) -> Callable[[BaseException], AppAuditError]:
    return functools.partial(translate, udid=udid, usbmux_address=usbmux_address)


def _device_from_values(values: dict[str, Any], udid: str) -> Device:
    def text(key: str) -> str:
        value = values.get(key)
        return value if isinstance(value, str) else ""

    return Device(
        platform=Platform.IOS,
        serial=text("UniqueDeviceID") or udid,
        model=text("ProductType"),
        os_version=text("ProductVersion"),
        name=text("DeviceName"),
        manufacturer="Apple",
    )


def _present_or_gone(
    error: DeviceTimeoutError | DeviceDisconnectedError,
    udid: str,
    usbmux_address: str | None,
    deadlines: DeviceDeadlines,
) -> AppAuditError:
    """A phone usbmuxd still lists is never called unplugged: it is there but not answering."""
    listed = listed_udids(usbmux_address, deadlines.probe_s)
    if listed is None:
        return error  # usbmuxd cannot be asked: say what the connection said
    if udid not in listed:
        return DeviceDisconnectedError(f"iPhone {udid} was unplugged ({error.message})")
    if isinstance(error, DeviceTimeoutError):
        return DeviceTimeoutError(
            f"iPhone {udid} is connected but not answering ({error.message})",
            hint="Unlock the iPhone and keep it unlocked; if it stays frozen, restart it and check again.",
        )
    return DeviceProtocolError(
        f"iPhone {udid} is connected but closed the connection ({error.message})",
        hint="Unlock the iPhone and check again; restart it if this keeps happening.",
    )


class IosConnector:
    """One paired iPhone with an open lockdown session. Implements core.ports.DeviceConnector."""

    def __init__(
        self,
        worker: AsyncWorker,
        lockdown: Any,
        *,
        udid: str,
        dialer: MuxDialer,
        chains: PairingChains,
        pair_records_dir: Path,
        deadlines: DeviceDeadlines = DEADLINES,
    ) -> None:
        self._worker = worker
        self._lockdown = lockdown
        self._udid = udid
        self._dialer = dialer
        self._chains = chains
        self._usbmux_address = dialer.address
        self._pair_records_dir = pair_records_dir
        self._deadlines = deadlines
        self._proxy: Any = None
        self._wrap_proxy: Callable[[Any], Any] = lambda proxy: proxy
        self._lock = threading.Lock()  # one request at a time per phone
        self._device = _device_from_values(dict(lockdown.all_values or {}), udid)

    def identity(self) -> Device:
        return self._device

    def lockdown_values(self) -> dict[str, Any]:
        """The values lockdownd gave when the session opened (what identity() is read from)."""
        return dict(self._lockdown.all_values or {})

    def wrap_proxy(self, wrapper: Callable[[Any], Any]) -> None:
        """installation_proxy connections opened from now on go through wrapper(proxy), e.g. a recorder."""
        with self._lock:
            self._wrap_proxy = wrapper
            self._proxy = None  # the next call opens one, wrapped

    def _with_proxy(
        self,
        work: Callable[[Any], Any],
        timeout_s: float,
        what: str,
        on_wait: Callable[[float], None] | None = None,
    ) -> Any:
        """Run work(proxy) on the worker; a failed stream is dropped so the next call starts afresh.

        A phone closes a service connection left idle (about a minute): when a stream is found
        closed while usbmuxd still lists the phone, the lockdown session and the stream are
        opened again and the call is tried once more.
        """
        ios_session = _session()

        async def run() -> Any:
            if self._proxy is None:
                self._proxy = self._wrap_proxy(await ios_session.open_installation_proxy(self._lockdown))
            try:
                return await work(self._proxy)
            except BaseException:
                proxy, self._proxy = self._proxy, None
                await ios_session.close_quietly(proxy)
                raise

        async def reopen_and_run() -> Any:
            await ios_session.close_quietly(self._lockdown)
            self._lockdown = await ios_session.connect(
                self._udid, self._dialer, self._pair_records_dir, pair_timeout_s=0, chains=self._chains
            )
            return await run()

        with self._lock:
            try:
                return self._worker.run(run, timeout_s, what, on_wait)
            except DeviceDisconnectedError as closed:
                error = _present_or_gone(closed, self._udid, self._usbmux_address, self._deadlines)
                if isinstance(error, DeviceDisconnectedError):
                    raise error from closed
                log.info("iPhone %s: the stream was closed (%s); opening it again", self._udid, closed)
            except DeviceTimeoutError as silent:
                raise _present_or_gone(silent, self._udid, self._usbmux_address, self._deadlines) from silent
            try:
                return self._worker.run(
                    reopen_and_run, self._deadlines.ios_connect_s + timeout_s, what, on_wait
                )
            except (DeviceDisconnectedError, DeviceTimeoutError) as again:
                raise _present_or_gone(again, self._udid, self._usbmux_address, self._deadlines) from again

    def read_inventory(
        self, progress: ProgressCallback | None = None, needs: ReadingNeeds = NOTHING_MORE
    ) -> Inventory:
        """Every app (user, system, offloaded placeholders) or an error: never a partial inventory.

        Nothing in `needs` asks more of an iPhone: its replies carry the team ids already."""
        ios_session = _session()

        def on_wait(waited_s: float) -> None:
            if progress:
                progress(0, 0, f"The iPhone is slow: still waiting for its apps ({waited_s:.0f} s)")

        if progress:
            progress(0, 0, "Asking the iPhone for its apps")
        try:
            apps = self._with_proxy(
                ios_session.read_apps, self._deadlines.ios_scan_s, "reading the apps", on_wait
            )
        except InventoryFormatError as exc:
            raise DeviceProtocolError(
                f"iPhone {self._udid} described its apps in a way that cannot be read: {exc.message}"
            ) from exc
        if progress:
            progress(len(apps), len(apps), f"Read {len(apps)} apps")
        return Inventory(apps=tuple(apps), profiles=(ProfileRead(user=None, name=self._device.display_name),))

    def remove_app(
        self, app_id: str, user: int | None = None, progress: ProgressCallback | None = None
    ) -> list[RemovalResult]:
        """Uninstall with progress, then look the app up again to verify it is gone."""
        ios_session = _session()

        if not is_valid_bundle_id(app_id):
            raise InvalidAppIdError(f"not an iPhone bundle id: {app_id[:80]!r}")
        if user is not None:
            raise UsageError("iPhones have a single user: remove apps without --user")

        def on_percent(percent: int) -> None:
            if progress:
                progress(percent, 100, f"Removing {app_id}")

        refused: Any = None  # ios_session.UninstallRefusedError, once raised

        async def uninstall(proxy: Any) -> None:
            nonlocal refused
            try:
                await ios_session.uninstall(proxy, app_id, on_percent)
            except ios_session.UninstallRefusedError as exc:
                refused = exc  # the stream is still good: keep it

        self._with_proxy(uninstall, self._deadlines.ios_removal_s, f"removing {app_id}")
        remaining = self._with_proxy(
            lambda proxy: ios_session.lookup_apps(proxy, [app_id]),
            self._deadlines.ios_scan_s,
            "checking the removal",
        )
        still_there = isinstance(remaining, dict) and app_id in remaining
        if refused is not None:
            code = refused.code
            message = _UNINSTALL_MESSAGES.get(code, f"The iPhone refused to remove the app ({code}).")
            return [RemovalResult(app_id, None, removed=not still_there, code=code, message=message)]
        if still_there:
            return [
                RemovalResult(
                    app_id,
                    None,
                    removed=False,
                    code="StillInstalled",
                    message="The iPhone reported success but the app is still there. Try again.",
                )
            ]
        return [RemovalResult(app_id, None, removed=True, message="Removed from the iPhone.")]

    def close(self) -> None:
        ios_session = _session()

        proxy, lockdown = self._proxy, self._lockdown
        self._proxy = None
        try:
            self._worker.run(lambda: ios_session.close_quietly(proxy, lockdown), 5.0, "closing")
        except AppAuditError as exc:
            log.debug("closing iPhone %s: %s", self._udid, exc)
        finally:
            self._worker.close()

    def __enter__(self) -> IosConnector:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_ios(
    *,
    udid: str | None = None,
    usbmux_address: str | None = None,
    pair_records_dir: Path,
    trust_timeout_s: float | None = None,
    deadlines: DeviceDeadlines = DEADLINES,
    dialer: MuxDialer | None = None,
    chains: PairingChains | None = None,
) -> IosConnector:
    """Connect to an iPhone through usbmuxd; asks for Trust (bounded by trust_timeout_s) if needed.

    A paired phone must give a session within deadlines.ios_connect_s: a frozen phone is told
    apart from one waiting for the person, which alone gets the Trust wait. `dialer` (for
    usbmux_address) and `chains` are kept by a caller that opens phones again and again, as
    IosDiscovery does."""
    ios_session = _session()
    trust_s = deadlines.ios_trust_s if trust_timeout_s is None else trust_timeout_s
    if dialer is None:
        dialer = MuxDialer(usbmux_address)
    elif dialer.address != usbmux_address:
        raise ValueError("the dialer is for another usbmuxd")
    kept_chains = chains if chains is not None else PairingChains()

    def connect(pair_timeout_s: float) -> Callable[[], Any]:
        return lambda: ios_session.connect(
            udid, dialer, pair_records_dir, pair_timeout_s=pair_timeout_s, chains=kept_chains
        )

    worker = AsyncWorker(f"ios:{udid or 'first'}", _translator(udid or "", usbmux_address))
    try:
        try:
            lockdown = worker.run(connect(0), deadlines.ios_connect_s, "connecting")
        except DeviceUntrustedError as waiting:
            if waiting.code != DeviceUntrustedError.code or trust_s <= 0:
                raise
            lockdown = worker.run(connect(trust_s), deadlines.ios_connect_s + trust_s, "waiting for Trust")
        except DeviceTimeoutError as silent:
            raise _present_or_gone(silent, udid or "", usbmux_address, deadlines) from silent
    except BaseException:
        worker.close()
        raise
    return IosConnector(
        worker,
        lockdown,
        udid=udid or str(lockdown.identifier),
        dialer=dialer,
        chains=kept_chains,
        pair_records_dir=pair_records_dir,
        deadlines=deadlines,
    )


class IosDiscovery:
    """iPhones attached to usbmuxd, with their state. Implements core.ports.DeviceDiscovery."""

    def __init__(
        self,
        *,
        usbmux_address: str | None = None,
        pair_records_dir: Path,
        ready_recheck_s: float = READY_RECHECK_S,
        clock: Callable[[], float] = time.monotonic,
        deadlines: DeviceDeadlines = DEADLINES,
    ) -> None:
        self._deadlines = deadlines
        self._usbmux_address = usbmux_address
        self._dialer = MuxDialer(usbmux_address)
        self._chains = PairingChains()  # for phones asked again every second while Trust is pending
        self._pair_records_dir = pair_records_dir
        self._ready_recheck_s = ready_recheck_s
        self._clock = clock
        # Phones found ready, and when: while usbmuxd keeps listing one, it is asked again only
        # after ready_recheck_s. Each ask is a lockdown session (TLS on a real iPhone) that the
        # window would otherwise open every second for every phone on the desk.
        self._ready: dict[str, tuple[AttachedDevice, float]] = {}
        self._ready_lock = threading.Lock()

    @property
    def _where(self) -> str:
        return f"usbmux:{self._usbmux_address or 'default'}"

    async def _probe(self, udid: str) -> AttachedDevice:
        """Connect without waiting for Trust: READY, or the state the person must act on."""
        ios_session = _session()

        lockdown: Any = None
        try:
            lockdown = await asyncio.wait_for(
                ios_session.connect(
                    udid, self._dialer, self._pair_records_dir, pair_timeout_s=0, chains=self._chains
                ),
                PROBE_TIMEOUT_S,
            )
            # A paired phone that is locked refuses to start services: ask for one now.
            await asyncio.wait_for(
                lockdown.get_service_connection_attributes("com.apple.mobile.installation_proxy"),
                PROBE_TIMEOUT_S,
            )
            device = _device_from_values(dict(lockdown.all_values or {}), udid)
            return AttachedDevice(
                Platform.IOS, udid, DeviceState.READY, model=device.model, address=self._where
            )
        except Exception as exc:
            error = translate(exc, udid=udid, usbmux_address=self._usbmux_address)
            return attached_from_error(Platform.IOS, udid, error, address=self._where)
        finally:
            if lockdown is not None:
                await ios_session.close_quietly(lockdown)

    def list_devices(self) -> list[AttachedDevice]:
        """Every iPhone usbmuxd sees. Raises ServiceUnavailableError when there is no usbmuxd."""
        ios_session = _session()

        worker = AsyncWorker("ios-discovery", _translator("", self._usbmux_address))
        try:
            devices = worker.run(
                lambda: ios_session.list_mux_devices(self._dialer), LIST_TIMEOUT_S, "listing iPhones"
            )
            now = self._clock()
            with self._ready_lock:
                listed = {d.udid for d in devices}
                self._ready = {udid: seen for udid, seen in self._ready.items() if udid in listed}
                known = {
                    udid: device
                    for udid, (device, at) in self._ready.items()
                    if now - at < self._ready_recheck_s
                }
            to_ask = [d.udid for d in devices if d.udid not in known]

            async def probe_all() -> list[AttachedDevice]:
                return list(await asyncio.gather(*(self._probe(udid) for udid in to_ask)))

            asked = dict(
                zip(
                    to_ask,
                    worker.run(probe_all, PROBE_TIMEOUT_S * 2 + 5.0, "asking each iPhone"),
                    strict=True,
                )
            )
            with self._ready_lock:
                for udid, device in asked.items():
                    if device.state is DeviceState.READY:
                        self._ready[udid] = (device, now)
                    else:
                        self._ready.pop(udid, None)
            return [known.get(d.udid) or asked[d.udid] for d in devices]
        finally:
            worker.close()

    def forget(self, udid: str) -> None:
        """Ask this phone again at the next listing (a scan found it in another state)."""
        with self._ready_lock:
            self._ready.pop(udid, None)

    def probe(self, udid: str) -> AttachedDevice:
        worker = AsyncWorker("ios-probe", _translator(udid, self._usbmux_address))
        try:
            return worker.run(lambda: self._probe(udid), PROBE_TIMEOUT_S * 2 + 5.0, "asking the iPhone")
        finally:
            worker.close()

    def open(self, device: AttachedDevice) -> IosConnector:
        try:
            return open_ios(
                udid=device.serial,
                usbmux_address=self._usbmux_address,
                pair_records_dir=self._pair_records_dir,
                deadlines=self._deadlines,
                dialer=self._dialer,
                chains=self._chains,
            )
        except AppAuditError:
            self.forget(device.serial)  # the next listing says what it is now (locked, untrusted...)
            raise

    def watch(
        self,
        on_attached: Callable[[AttachedDevice], None],
        on_detached: Callable[[str], None],
        stop: threading.Event,
    ) -> None:
        """usbmux Listen hot-plug loop for a worker thread; returns when stop is set.

        Reconnects when usbmuxd restarts (or is not running yet), checking stop in between.
        """
        while not stop.is_set():
            try:
                client = UsbmuxClient(self._usbmux_address)
            except ServiceUnavailableError as exc:
                log.info("waiting for usbmuxd: %s", exc.message)
                stop.wait(2.0)
                continue
            udids: dict[int, str] = {}
            try:
                for event in client.events(stop):
                    if event.kind == "Attached" and event.udid:
                        udids[event.device_id] = event.udid
                        on_attached(self.probe(event.udid))
                    elif event.kind == "Detached" and event.device_id in udids:
                        on_detached(udids.pop(event.device_id))
            except (OSError, DeviceProtocolError) as exc:
                log.info("usbmuxd connection lost (%s); reconnecting", exc)
                stop.wait(1.0)
            finally:
                client.close()

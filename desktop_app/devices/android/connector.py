"""Android connector (adb-shell over USB or TCP) and discovery.

The same code path serves a phone and a simulator: the connector only sees an ADB transport.
Every adb-shell, socket and libusb failure is translated into a core DeviceError at this boundary.
"""

from __future__ import annotations

import dataclasses
import logging
import shlex
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from adb_shell.adb_device import AdbDevice

from desktop_app.core.deadlines import DEADLINES
from desktop_app.core.device_states import attached_from_error
from desktop_app.core.errors import (
    DeviceBusyError,
    DeviceDisconnectedError,
    DeviceError,
    DeviceProtocolError,
    InvalidAppIdError,
    InventoryFormatError,
    ServiceUnavailableError,
    UsageError,
)
from desktop_app.core.models import (
    AppState,
    AttachedDevice,
    Device,
    DeviceState,
    InstalledApp,
    Inventory,
    Platform,
    ProfileRead,
    RemovalResult,
)
from desktop_app.core.ports import ProgressCallback
from desktop_app.core.reading_needs import NOTHING_MORE, ReadingNeeds
from desktop_app.devices.android.adb_keys import AdbKeys
from desktop_app.devices.android.adb_shell_internals import allow_concurrent_streams
from desktop_app.devices.android.inventory import inventory_from_texts
from desktop_app.devices.android.known_users import KnownUsers
from desktop_app.devices.android.parsers import (
    is_valid_package_name,
    parse_getprop,
    parse_users,
)
from desktop_app.devices.android.removal import REASONS, interpret_uninstall
from desktop_app.devices.android.signer_cache import SignerCache
from desktop_app.devices.android.signers import with_signers
from desktop_app.devices.android.streams import PhoneCommands, run_commands, shell_text
from desktop_app.devices.android.transport import (
    ADB_FAILURES,
    ResponsiveTcpTransport,
    translate,
    usb_failures,
)
from desktop_app.devices.android.usb import busy_hint, list_usb_adb_devices, open_usb_transport

log = logging.getLogger(__name__)

_BANNER = b"app-audit"
_DEFAULT_ADB_TCP_PORT = 5555
_LISTING = "pm list packages -f -i -U --show-versioncode -u --user {user}"
_DISABLED = "pm list packages -d --user {user}"
_INSTALLED = "pm list packages --user {user}"  # without -u: apps uninstalled with data kept are absent
# Only the lines we read: the full dump is ~1 KB per package, this is ~130 bytes.
_VERSIONS = "dumpsys package packages | grep -E '^[A-Za-z]|^  Package \\[|^    (versionName|flags)='"


@dataclass(frozen=True)
class AdbTimeouts:
    """The Android deadlines (defaults: core.deadlines.DEADLINES; tests scale them down)."""

    transport_s: float = DEADLINES.silence_s  # one read or write on the link while connecting
    auth_s: float = 10.0  # waiting for the person to tap "Allow"
    silence_s: float = DEADLINES.silence_s  # silent this long: is the phone still there?
    probe_s: float = DEADLINES.probe_s  # no answer to that question: the phone is gone
    scan_s: float = DEADLINES.android_scan_s  # one whole scan while the phone keeps answering
    removal_s: float = DEADLINES.android_removal_s  # one `pm uninstall`


# What `pm uninstall --user N` answers for a package that user does not have: "not installed for N",
# or, for a package the phone does not know at all, an internal error.
_ABSENT_CODES = frozenset({"NOT_INSTALLED", "DELETE_FAILED_INTERNAL_ERROR"})


def _user_commands(user: int) -> tuple[str, str, str]:
    """One user's app list, its disabled apps and its installed apps (in this order)."""
    user = int(user)
    return _LISTING.format(user=user), _DISABLED.format(user=user), _INSTALLED.format(user=user)


def _present(app: InstalledApp) -> bool:
    return app.state is not AppState.UNINSTALLED_WITH_DATA


class AndroidConnector:
    """One connected Android phone (implements core.ports.DeviceConnector)."""

    def __init__(
        self,
        adb: AdbDevice,
        *,
        where: str,
        timeouts: AdbTimeouts,
        known_users: KnownUsers,
        signer_cache: SignerCache,
    ) -> None:
        self._adb = adb
        self._where = where
        self._timeouts = timeouts
        self._known_users = known_users
        self._signer_cache = signer_cache
        self._lock = threading.RLock()
        self._broken: DeviceError | None = None
        self._identity: Device | None = None
        self._run_on_phone: PhoneCommands = run_commands

    @property
    def address(self) -> str:
        return self._where

    def use_signer_cache(self, cache: SignerCache) -> None:
        """Signers are looked up in (and added to) `cache` from now on; an empty one reads every APK."""
        with self._lock:
            self._signer_cache = cache

    def wrap_commands(self, wrapper: Callable[[PhoneCommands], PhoneCommands]) -> None:
        """Every command from now on goes through wrapper(the current way), e.g. a recorder (capture)."""
        with self._lock:
            self._run_on_phone = wrapper(self._run_on_phone)

    # --- shell ---------------------------------------------------------------------------------------

    def _shell(self, command: str, budget_s: float | None = None) -> str:
        with self._lock:
            deadline = time.monotonic() + (self._timeouts.scan_s if budget_s is None else budget_s)
            return self._shell_concurrently([command], deadline)[0]

    def _shell_concurrently(
        self, commands: list[str], deadline: float, on_slow: Callable[[float], None] | None = None
    ) -> list[str]:
        """Independent commands at once, each on its own ADB stream; their outputs in order.

        adbd runs every stream in its own process and the package manager answers binder calls on a
        thread pool, so the phone works on them in parallel: the scan waits for the slowest command,
        not for the sum of them (a single `a; b; c` command line would run them one after another).
        One thread reads all the streams (android_streams), so a round costs no thread hand-overs.
        """
        outputs = self._run_concurrently(commands, deadline, on_slow, b"shell:")
        return [shell_text(output) for output in outputs]

    def _exec_concurrently(self, commands: list[str], deadline: float) -> list[bytes]:
        """Like _shell_concurrently, by the `exec:` service: raw bytes (a file's content), no terminal."""
        return self._run_concurrently(commands, deadline, None, b"exec:")

    def _run_concurrently(
        self,
        commands: list[str],
        deadline: float,
        on_slow: Callable[[float], None] | None,
        service: bytes,
    ) -> list[bytes]:
        broken = self._broken
        if broken is not None:
            raise DeviceDisconnectedError(
                f"{self._where}: the connection was lost earlier; reconnect the phone"
            )
        try:
            return self._run_on_phone(
                self._adb,
                commands,
                service=service,
                transport_timeout_s=self._timeouts.transport_s,
                silence_s=self._timeouts.silence_s,
                probe_s=self._timeouts.probe_s,
                deadline=deadline,
                on_slow=on_slow,
            )
        except ADB_FAILURES + usb_failures() as error:
            translated = translate(error, where=self._where)
            if self._broken is None:
                self._broken = translated
            self._close_quietly()
            raise translated from error

    def ping(self) -> bool:
        """True while the phone still answers a trivial command."""
        try:
            return self._shell("echo ok").strip() == "ok"
        except DeviceError:
            return False

    # --- identity ------------------------------------------------------------------------------------

    def load_identity(self) -> Device:
        props = parse_getprop(self._shell("getprop"))
        serial = props.get("ro.serialno") or props.get("ro.boot.serialno") or self._where
        if not props:
            raise DeviceProtocolError(f"{self._where}: the phone did not list its properties")
        self._identity = Device(
            platform=Platform.ANDROID,
            serial=serial,
            model=props.get("ro.product.model", ""),
            os_version=props.get("ro.build.version.release", ""),
            manufacturer=props.get("ro.product.manufacturer", ""),
        )
        return self._identity

    def identity(self) -> Device:
        return self._identity if self._identity is not None else self.load_identity()

    # --- inventory -----------------------------------------------------------------------------------

    def read_inventory(
        self, progress: ProgressCallback | None = None, needs: ReadingNeeds = NOTHING_MORE
    ) -> Inventory:
        """Every user and profile, usually in ONE round trip to the phone.

        `pm list users`, the app lists of the users this phone had last time (user 0 for a phone
        never seen) and one dumpsys go out at once on concurrent streams. The user list of that same
        round decides: a user the guess missed (a profile added since) is read in a second round, a
        guessed user that no longer exists is dropped. Old Android versions get the same per-user
        commands (never `--user all`, which some builds do not know).
        """
        report = progress or (lambda done, total, what: None)
        deadline = time.monotonic() + self._timeouts.scan_s

        def on_slow(waited_s: float) -> None:
            report(0, 0, f"The phone is slow: still working ({waited_s:.0f} s)")

        with self._lock:
            serial = self.identity().serial
            guessed = self._known_users.guess(serial)
            report(0, 3, "users, profiles and their apps")
            first = self._shell_concurrently(
                ["pm list users", _VERSIONS, *(c for u in guessed for c in _user_commands(u))],
                deadline,
                on_slow,
            )
            try:
                users = parse_users(first[0])
            except InventoryFormatError as error:
                raise DeviceProtocolError(f"{self._where}: unreadable user list: {error}") from error
            if not users:
                users = [ProfileRead(user=0, name="Owner")]
            listed = {user: tuple(first[2 + 3 * i : 5 + 3 * i]) for i, user in enumerate(guessed)}
            missed = [int(u.user or 0) for u in users if int(u.user or 0) not in listed]
            if missed:
                report(1, 3, "apps of new profiles")
                second = self._shell_concurrently(
                    [c for u in missed for c in _user_commands(u)], deadline, on_slow
                )
                for i, user in enumerate(missed):
                    listed[user] = tuple(second[3 * i : 3 * i + 3])
            self._known_users.remember(serial, (int(u.user or 0) for u in users))
            report(2, 3, "versions and states")
            per_user = [listed[int(u.user or 0)] for u in users]
            texts = (users, per_user, first[1])
            inventory = inventory_from_texts(texts)
            steps = 4 if needs.android_signers else 3
            if needs.android_signers:
                report(3, steps, "app signers")
                listings = [listing for listing, *_ in per_user]
                inventory = with_signers(
                    inventory,
                    listings,
                    lambda commands: self._exec_concurrently(commands, deadline),
                    self._signer_cache,
                )
            report(steps, steps, "done")
            return inventory

    # --- removal -------------------------------------------------------------------------------------

    def remove_app(self, app_id: str, user: int | None = None) -> list[RemovalResult]:
        """`pm uninstall --user N` for `user`, or for every user holding app_id; verify on ALL users.

        With a user, the phone's own answer says whether the app is there: no listing before it (one
        listing of every profile fewer per removal). A refusal for an app that the listing after shows
        absent from that user is "not installed": the person removed it meanwhile, or it never was.
        """
        if not is_valid_package_name(app_id):
            raise InvalidAppIdError(f"not an Android package name: {app_id[:80]!r}")
        with self._lock:
            if user is not None:
                targets = [user]
            else:
                before = self.read_inventory()
                targets = sorted(
                    {a.user for a in before.apps if a.app_id == app_id and _present(a) and a.user is not None}
                )
                if not targets:
                    return [RemovalResult(app_id, None, False, "NOT_INSTALLED", REASONS["NOT_INSTALLED"])]
            outcomes = {}
            for target in targets:
                command = f"pm uninstall --user {int(target)} {shlex.quote(app_id)}"
                outcomes[target] = interpret_uninstall(self._shell(command, self._timeouts.removal_s))
            after = self.read_inventory()
            still = {a.user for a in after.apps if a.app_id == app_id and _present(a)}
            unreadable = {p.user for p in after.unreadable_profiles}
            results: list[RemovalResult] = []
            for target, outcome in outcomes.items():
                if not outcome.success and outcome.code in _ABSENT_CODES and target not in still | unreadable:
                    results.append(
                        RemovalResult(app_id, target, False, "NOT_INSTALLED", REASONS["NOT_INSTALLED"])
                    )
                elif not outcome.success:
                    results.append(RemovalResult(app_id, target, False, outcome.code, outcome.message))
                elif target in still:
                    results.append(RemovalResult(app_id, target, False, "RESTORED", REASONS["RESTORED"]))
                elif target in unreadable:
                    results.append(
                        RemovalResult(app_id, target, False, "PROFILE_LOCKED", REASONS["PROFILE_LOCKED"])
                    )
                else:
                    results.append(RemovalResult(app_id, target, True, "", "Removed."))
            for other in sorted(u for u in still if u is not None and u not in outcomes and user is None):
                # Some phones copy an app back into another profile: say so rather than claim success.
                results.append(RemovalResult(app_id, other, False, "RESTORED", REASONS["RESTORED"]))
            return results

    # --- lifecycle -----------------------------------------------------------------------------------

    def _close_quietly(self) -> None:
        try:
            self._adb.close()
        except ADB_FAILURES + usb_failures():
            log.debug("closing %s failed", self._where, exc_info=True)

    def close(self) -> None:
        with self._lock:
            self._close_quietly()
            if self._broken is None:
                self._broken = DeviceDisconnectedError(f"{self._where}: closed")

    def __enter__(self) -> AndroidConnector:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _split_address(connect: str) -> tuple[str, int]:
    host, sep, port_text = connect.rpartition(":")
    if not sep:
        return connect, _DEFAULT_ADB_TCP_PORT
    try:
        port = int(port_text)
    except ValueError as error:
        raise UsageError(f"not a HOST:PORT address: {connect!r}") from error
    if not 0 < port < 65536 or not host:
        raise UsageError(f"not a HOST:PORT address: {connect!r}")
    return host.strip("[]"), port


def open_android(
    *,
    connect: str | None = None,
    serial: str | None = None,
    keys: AdbKeys,
    timeouts: AdbTimeouts = AdbTimeouts(),
    known_users: KnownUsers | None = None,
    signer_cache: SignerCache | None = None,
) -> AndroidConnector:
    """Connect and authenticate to a phone: `connect="host:port"` over TCP, else USB (by `serial`).

    The station's memories of users and signers (devices/android/station.py) make later scans
    cheaper; without them this connection starts with empty ones of its own."""
    transport: Any
    if connect:
        host, port = _split_address(connect)
        where = f"{host}:{port}"
        transport = ResponsiveTcpTransport(host, port)
    else:
        where = f"USB phone {serial}" if serial else "USB"
        try:
            transport = open_usb_transport(serial, timeouts.transport_s)
        except ADB_FAILURES + usb_failures() as error:
            raise translate(error, where=where) from error
    adb = AdbDevice(transport, default_transport_timeout_s=timeouts.transport_s, banner=_BANNER)
    allow_concurrent_streams(adb)
    prompt_shown = threading.Event()
    try:
        adb.connect(
            rsa_keys=[keys.signer],
            transport_timeout_s=timeouts.transport_s,
            auth_timeout_s=timeouts.auth_s,
            read_timeout_s=timeouts.silence_s,
            auth_callback=lambda _device: prompt_shown.set(),
        )
    except ADB_FAILURES + usb_failures() as error:
        try:
            adb.close()
        except ADB_FAILURES + usb_failures():
            log.debug("close after a failed connect", exc_info=True)
        translated = translate(error, where=where, prompt_shown=prompt_shown.is_set())
        if isinstance(translated, DeviceBusyError):
            translated.hint = busy_hint()
        raise translated from error
    connector = AndroidConnector(
        adb,
        where=where,
        timeouts=timeouts,
        known_users=known_users if known_users is not None else KnownUsers(),
        signer_cache=signer_cache if signer_cache is not None else SignerCache(),
    )
    try:
        # Read on every connection, never remembered across connections: the banner (product,
        # model, device) is the same for two phones of one model, and another phone may take the
        # same address (DHCP, a swapped cable). A connection stays with one phone for its life.
        # It costs one round before the inventory: callers ask identity() before read_inventory().
        connector.load_identity()
    except DeviceError:
        connector.close()
        raise
    return connector


class AndroidDiscovery:
    """Android phones on USB and at configured TCP addresses (implements core.ports.DeviceDiscovery).

    Each call probes every phone (handshake included), so a GUI polling it sees phones appear,
    change state (unauthorized -> ready) and disappear. Ready connections are kept for open().
    """

    def __init__(
        self,
        keys: AdbKeys,
        *,
        tcp_addresses: Sequence[str] = (),
        usb: bool = True,
        timeouts: AdbTimeouts = AdbTimeouts(),
        probe_auth_s: float = 1.0,
        known_users: KnownUsers | None = None,
        signer_cache: SignerCache | None = None,
    ) -> None:
        self._keys = keys
        # The station's memories (devices/android/station.py), or this discovery's own.
        self._known_users = known_users if known_users is not None else KnownUsers()
        self._signer_cache = signer_cache if signer_cache is not None else SignerCache()
        self._tcp = list(tcp_addresses)
        self._usb = usb
        self._timeouts = timeouts
        # Listing must not wait for a person: a phone showing the prompt is reported unauthorized now
        # and becomes ready on a later listing once Allow is tapped.
        self._probe_timeouts = dataclasses.replace(timeouts, auth_s=min(timeouts.auth_s, probe_auth_s))
        self._ready: dict[str, AndroidConnector] = {}
        self._lock = threading.Lock()

    def list_devices(self) -> list[AttachedDevice]:
        found: list[AttachedDevice] = []
        for address in self._tcp:
            found.append(self._probe(f"tcp:{address}", connect=address))
        if self._usb:
            try:
                usb_devices = list_usb_adb_devices(self._timeouts.transport_s)
            except ServiceUnavailableError as error:
                log.info("USB discovery unavailable: %s", error)
                usb_devices = []
            for usb_device in usb_devices:
                if usb_device.error is not None:
                    found.append(
                        attached_from_error(
                            Platform.ANDROID,
                            usb_device.serial or usb_device.port_path,
                            usb_device.error,
                            address=usb_device.port_path,
                        )
                    )
                    continue
                found.append(self._probe(f"usb:{usb_device.serial}", serial=usb_device.serial))
        return found

    def _probe(self, key: str, *, connect: str | None = None, serial: str | None = None) -> AttachedDevice:
        with self._lock:
            cached = self._ready.get(key)
        if cached is not None and cached.ping():
            ident = cached.identity()
            return AttachedDevice(Platform.ANDROID, ident.serial, DeviceState.READY, ident.model, key)
        if cached is not None:
            cached.close()
            with self._lock:
                self._ready.pop(key, None)
        try:
            connector = self._open(connect=connect, serial=serial, timeouts=self._probe_timeouts)
        except DeviceError as error:
            return attached_from_error(Platform.ANDROID, serial or connect or key, error, address=key)
        connector._timeouts = self._timeouts  # the probe's short auth wait is only for the probe
        with self._lock:
            self._ready[key] = connector
        ident = connector.identity()
        return AttachedDevice(Platform.ANDROID, ident.serial, DeviceState.READY, ident.model, key)

    def open(self, device: AttachedDevice) -> AndroidConnector:
        with self._lock:
            cached = self._ready.pop(device.address, None)
        if cached is not None and cached.ping():
            return cached
        kind, _, rest = device.address.partition(":")
        if kind == "tcp":
            return self._open(connect=rest, serial=None, timeouts=self._timeouts)
        return self._open(connect=None, serial=rest or None, timeouts=self._timeouts)

    def _open(self, *, connect: str | None, serial: str | None, timeouts: AdbTimeouts) -> AndroidConnector:
        return open_android(
            connect=connect,
            serial=serial,
            keys=self._keys,
            timeouts=timeouts,
            known_users=self._known_users,
            signer_cache=self._signer_cache,
        )

    def close(self) -> None:
        with self._lock:
            connectors, self._ready = list(self._ready.values()), {}
        for connector in connectors:
            connector.close()

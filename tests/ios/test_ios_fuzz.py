"""Malformed plists and truncated frames from the phone or usbmuxd: typed errors, never a crash or a hang."""

from __future__ import annotations

import dataclasses
import plistlib
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.deadlines import DEADLINES
from desktop_app.core.errors import (
    DeviceError,
    DeviceProtocolError,
    DeviceTimeoutError,
    InternalError,
)
from desktop_app.devices.ios.connector import IosDiscovery, open_ios
from desktop_app.simulators.ios import IosFault, IosSimulator

from .conftest import TIKTOK_UDID

StartSimulator = Callable[..., IosSimulator]


def _frame(body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + body


plist_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=12) | st.binary(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)


def _plist_or_none(value: object) -> bytes:
    try:
        return plistlib.dumps(value)  # type: ignore[arg-type]
    except (TypeError, OverflowError, ValueError):  # None, huge ints, control characters
        return b"<plist><dict><key>a</key></dict></plist>"


replies = st.one_of(
    st.binary(max_size=200).map(_frame),  # a well-framed garbage body
    st.binary(max_size=60),  # no framing at all (truncated header, random length)
    plist_values.map(lambda v: _frame(_plist_or_none(v))),  # valid plists of the wrong shape
    plist_values.map(lambda v: _frame(_plist_or_none({"LookupResult": v, "Status": "Complete"}))),
    st.dictionaries(st.text(max_size=10), plist_values, max_size=3).map(
        lambda d: _frame(_plist_or_none({"LookupResult": {"com.example.app": d}}))
    ),
)


def test_garbage_lookup_replies_give_device_errors(start_simulator: StartSimulator, pair_dir: Path) -> None:
    sim = start_simulator("iphone-tiktok")
    phone = open_ios(udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir)
    outcomes: set[str] = set()

    # derandomize: the same replies on every run, so a run under load sees what a quiet run sees.
    @settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(replies)
    def check(reply: bytes) -> None:
        sim.set_fault(TIKTOK_UDID, IosFault(lookup_payload=reply, close_after_payload=True))
        started = time.monotonic()
        try:
            inventory = phone.read_inventory()
        except DeviceProtocolError as exc:
            outcomes.add(type(exc).__name__)
        else:
            # Only a reply that really is a valid listing may come back, and then it is complete.
            assert inventory.complete
            outcomes.add("inventory")
        assert time.monotonic() - started < 15  # bounded by the deadlines, not by the garbage

    try:
        check()
        # The phone stays listed by usbmuxd: garbage or a closed stream is never "unplugged".
        assert "DeviceProtocolError" in outcomes
        sim.set_fault(TIKTOK_UDID, IosFault())
        assert len(phone.read_inventory().apps) == 36  # the connector recovers on a fresh stream
    finally:
        phone.close()


@pytest.mark.parametrize(
    "fault",
    [
        IosFault(stall_lookup=True),
        IosFault(lookup_payload=struct.pack(">I", 5000) + b"<?xml", close_after_payload=False),
        IosFault(lookup_payload=b"\x00\x00", close_after_payload=False),
    ],
    ids=["silent", "truncated-frame", "truncated-length"],
)
def test_a_phone_that_stops_mid_frame_times_out(
    start_simulator: StartSimulator, pair_dir: Path, monkeypatch: pytest.MonkeyPatch, fault: IosFault
) -> None:
    sim = start_simulator("iphone-tiktok")
    short = dataclasses.replace(DEADLINES, ios_scan_s=0.5)
    with open_ios(
        udid=TIKTOK_UDID, usbmux_address=sim.address, pair_records_dir=pair_dir, deadlines=short
    ) as phone:
        sim.set_fault(TIKTOK_UDID, fault)
        started = time.monotonic()
        with pytest.raises(DeviceTimeoutError):
            phone.read_inventory()
        assert time.monotonic() - started < 3
        sim.set_fault(TIKTOK_UDID, IosFault())
        assert phone.read_inventory().complete


class _GarbageMux:
    """A "usbmuxd" that answers every packet with the given bytes, then closes."""

    def __init__(self) -> None:
        self.reply = b""
        self.server = socket.create_server(("127.0.0.1", 0))
        self.address = f"127.0.0.1:{self.server.getsockname()[1]}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn, suppress(OSError):
                conn.settimeout(2)
                conn.recv(65536)
                conn.sendall(self.reply)

    def close(self) -> None:
        with suppress(OSError):
            self.server.shutdown(socket.SHUT_RDWR)
        self.server.close()
        self.thread.join(timeout=5)


@pytest.fixture
def garbage_mux() -> Iterator[_GarbageMux]:
    mux = _GarbageMux()
    yield mux
    mux.close()


mux_replies = st.one_of(
    st.binary(max_size=80),
    plist_values.map(_plist_or_none).map(lambda body: struct.pack("<IIII", 16 + len(body), 1, 8, 1) + body),
    st.binary(max_size=80).map(lambda body: struct.pack("<IIII", 16 + len(body), 1, 8, 1) + body),
)


def test_garbage_from_usbmuxd_gives_device_errors(garbage_mux: _GarbageMux, pair_dir: Path) -> None:
    discovery = IosDiscovery(usbmux_address=garbage_mux.address, pair_records_dir=pair_dir)

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(mux_replies)
    def check(reply: bytes) -> None:
        garbage_mux.reply = reply
        started = time.monotonic()
        # A device error, or an internal error where the library itself trips on the garbage
        # (e.g. AttributeError on a list where it expects a dictionary): never a crash or a phone.
        with suppress(DeviceError, InternalError):
            devices = discovery.list_devices()
            assert devices == []  # nothing that looks like a phone can come out of garbage
        assert time.monotonic() - started < 10

    check()

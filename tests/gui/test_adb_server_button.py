"""A phone held by another adb server: the page offers to stop it, asks first, stops it off the UI
thread, says so, and checks the phone again."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from desktop_app.core.errors import DeviceBusyError
from desktop_app.core.models import AttachedDevice, DeviceState, Platform
from desktop_app.core.policy import load_policy
from desktop_app.core.ports import DeviceConnector
from desktop_app.gui.context import GuiContext, build_context
from desktop_app.gui.device_session import Status
from desktop_app.gui.hotplug import DiscoverySource
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.presenter import Level
from desktop_app.gui.settings import UiSettings
from desktop_app.resources import default_policy_path
from desktop_app.storage.database import AuditDatabase
from tests.gui.conftest import FixedClock, ScriptedDialogs

WAIT_MS = 10_000
BUSY_PHONE = AttachedDevice(
    Platform.ANDROID,
    "R58M123456",
    DeviceState.BUSY,
    model="SM-G991B",
    address="usb:1-2",
    guidance="An adb server is running on this computer and holds the phone.",
)
WAITING_PHONE = AttachedDevice(Platform.ANDROID, "usb:1-3", DeviceState.UNAUTHORIZED, address="usb:1-3")


class DeskDiscovery:
    """USB discovery as the busy phone's owner sees it: busy until the other adb server stops."""

    def __init__(self) -> None:
        self.busy = True
        self.listings = 0
        self._lock = threading.Lock()

    def list_devices(self) -> Sequence[AttachedDevice]:
        with self._lock:
            self.listings += 1
            state = DeviceState.BUSY if self.busy else DeviceState.READY
        return [
            AttachedDevice(
                BUSY_PHONE.platform, BUSY_PHONE.serial, state, BUSY_PHONE.model, BUSY_PHONE.address
            ),
            WAITING_PHONE,
        ]

    def open(self, device: AttachedDevice) -> DeviceConnector:
        raise DeviceBusyError("the fake desk opens no phones")


class FakeStopper:
    def __init__(self, discovery: DeskDiscovery, error: BaseException | None = None) -> None:
        self.discovery = discovery
        self.error = error
        self.calls = 0
        self.threads: list[threading.Thread] = []
        self.listings_before = -1

    def __call__(self) -> None:
        self.calls += 1
        self.threads.append(threading.current_thread())
        if self.error is not None:
            raise self.error
        self.listings_before = self.discovery.listings
        self.discovery.busy = False


def _window(
    qtbot: Any, tmp_path: Path, stopper: FakeStopper, dialogs: ScriptedDialogs
) -> tuple[MainWindow, GuiContext]:
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    settings.set_auto_scan(False)  # the fake phone cannot be scanned: the re-check is the listing
    context = build_context(
        sources=[DiscoverySource("android", stopper.discovery)],
        store_factory=lambda: AuditDatabase(tmp_path / "audits.db"),
        policy=load_policy(default_policy_path()),
        clock=FixedClock(),
        settings=settings,
        dialogs=dialogs,
        poll_interval_ms=3_600_000,  # no timed polls: any listing after the stop is the re-check
        adb_stopper=stopper,
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    context.start()
    return window, context


@pytest.fixture
def desk(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    contexts: list[GuiContext] = []

    def make(stopper: FakeStopper, dialogs: ScriptedDialogs) -> MainWindow:
        window, context = _window(qtbot, tmp_path, stopper, dialogs)
        contexts.append(context)
        return window

    yield make
    for context in contexts:
        context.shutdown()


def _sessions(window: MainWindow, qtbot: Any) -> tuple[Any, Any]:
    hub = window.context.hub
    qtbot.waitUntil(lambda: len(hub.sessions) == 2, timeout=WAIT_MS)
    return hub.sessions["android:usb:1-2"], hub.sessions["android:usb:1-3"]


def test_button_shows_only_for_a_busy_phone(desk: Any, qtbot: Any) -> None:
    window = desk(FakeStopper(DeskDiscovery()), ScriptedDialogs())
    busy, waiting = _sessions(window, qtbot)
    page = window.device_page
    assert busy.status is Status.BUSY and waiting.status is Status.WAITING_ALLOW
    window.devices.select(waiting.key)
    assert page.key == waiting.key
    assert not page.stop_adb_button.isVisible()
    window.devices.select(busy.key)
    assert page.key == busy.key
    assert page.stop_adb_button.isVisible()
    assert page.guidance.isVisible() and "busy" in page.guidance.headline.text()


def test_declined_confirmation_stops_nothing(desk: Any, qtbot: Any) -> None:
    dialogs = ScriptedDialogs(confirm_answer=False)
    stopper = FakeStopper(DeskDiscovery())
    window = desk(stopper, dialogs)
    busy, _ = _sessions(window, qtbot)
    window.devices.select(busy.key)
    window.device_page.stop_adb_button.click()
    assert len(dialogs.asked) == 1 and "adb server" in dialogs.asked[0]
    assert window.context.runner.pending == 0  # nothing was queued that could stop it later
    assert stopper.calls == 0
    assert busy.status is Status.BUSY


def test_accepted_stops_it_off_the_ui_thread_and_checks_again(desk: Any, qtbot: Any) -> None:
    dialogs = ScriptedDialogs(confirm_answer=True)
    stopper = FakeStopper(DeskDiscovery())
    window = desk(stopper, dialogs)
    busy, _ = _sessions(window, qtbot)
    presenter = window.context.presenter
    window.devices.select(busy.key)
    window.device_page.stop_adb_button.click()
    assert len(dialogs.asked) == 1
    qtbot.waitUntil(lambda: busy.status is Status.READY, timeout=WAIT_MS)
    assert stopper.calls == 1
    assert stopper.threads[0] is not threading.main_thread()
    assert stopper.discovery.listings > stopper.listings_before  # listed again after the stop
    assert busy.attached.state is DeviceState.READY
    said = [m for m in presenter.history if m.scope == busy.key]
    assert said and said[-1].level is Level.INFO and "stopped" in said[-1].text
    assert not window.device_page.stop_adb_button.isVisible()


def test_a_failed_stop_is_reported_and_the_phone_stays_busy(desk: Any, qtbot: Any) -> None:
    refused = DeviceBusyError("The adb server on port 5037 refused to stop: nope", hint="Close it.")
    stopper = FakeStopper(DeskDiscovery(), error=refused)
    window = desk(stopper, ScriptedDialogs(confirm_answer=True))
    busy, _ = _sessions(window, qtbot)
    window.devices.select(busy.key)
    window.device_page.stop_adb_button.click()
    qtbot.waitUntil(lambda: stopper.calls == 1 and busy.status is Status.BUSY, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: busy.message is not None, timeout=WAIT_MS)
    assert busy.message is not None and busy.message.level is Level.ERROR
    assert "refused to stop" in busy.message.text
    assert window.device_page.stop_adb_button.isVisible()  # the person may try again

"""A real helpdesk window against simulated phones speaking the real protocols."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from desktop_app.core.config import AndroidSettings, AppConfig
from desktop_app.core.policy import load_policy
from desktop_app.core.signing import generate_private_key
from desktop_app.gui.context import GuiContext, build_context
from desktop_app.gui.device_session import DeviceSession
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import UiSettings
from desktop_app.launch_gui import build_discoveries, demo_trusted_keys
from desktop_app.resources import default_policy_path
from desktop_app.simulators.android import AndroidSimulator, load_android_scenario
from desktop_app.simulators.ios import IosSimulator, load_ios_scenario
from desktop_app.storage.database import AuditDatabase


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture(autouse=True)
def _no_illegal_state_change() -> Iterator[None]:
    """Every window test also checks that the hub only made moves the device state table allows."""
    recorder = _Recorder()
    logger = logging.getLogger("desktop_app.gui.device_states")
    logger.addHandler(recorder)
    try:
        yield
    finally:
        logger.removeHandler(recorder)
    assert not recorder.messages, recorder.messages


@pytest.fixture(autouse=True)
def _window_language(qapp: Any) -> Iterator[None]:
    """The window speaks English, as the application sets it up (translators and locale); a test that
    switches to French is put back."""
    from desktop_app.gui.i18n import app_translations

    translations = app_translations()
    translations.switch("en")
    yield
    translations.switch("en")


class FixedClock:

    """After the default policy's deadline (2026-11-28): banned apps block."""

    def __init__(self, now: datetime = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)) -> None:
        self.value = now

    def now(self) -> datetime:
        return self.value


@dataclass
class ScriptedDialogs:
    """Answers dialogs the way a test decides, and remembers what was asked."""

    confirm_answer: bool = True
    open_path: Path | None = None
    save_path: Path | None = None
    asked: list[str] = field(default_factory=list)

    def confirm(self, parent: Any, title: str, text: str, action: str) -> bool:
        self.asked.append(text)
        return self.confirm_answer

    def inform(self, parent: Any, title: str, text: str) -> None:
        self.asked.append(text)

    def open_file(self, parent: Any, caption: str, filters: str) -> Path | None:
        self.asked.append(caption)
        return self.open_path

    def save_file(self, parent: Any, caption: str, suggested: str, filters: str) -> Path | None:
        self.asked.append(caption)
        return self.save_path


@dataclass
class Desk:
    """The window, its services and the phones on the desk."""

    window: MainWindow
    context: GuiContext
    dialogs: ScriptedDialogs
    db_path: Path
    androids: dict[str, AndroidSimulator]
    iphones: IosSimulator | None

    def session_by_serial(self, serial: str) -> DeviceSession | None:
        for session in self.context.hub.sessions.values():
            if serial in (session.attached.serial, session.identity.serial if session.identity else ""):
                return session
        return None

    def session_at(self, simulator: AndroidSimulator) -> DeviceSession | None:
        return self.context.hub.sessions.get(f"android:tcp:{simulator.address}")


@pytest.fixture
def make_desk(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    started: list[Desk] = []

    def make(
        android: dict[str, Any] | None = None,
        ios: list[str] | None = None,
        *,
        auto_scan: bool = True,
        ios_idle_timeout_s: float | None = None,
    ) -> Desk:
        androids: dict[str, AndroidSimulator] = {}
        for label, wanted in (android or {}).items():
            scenario = load_android_scenario(wanted) if isinstance(wanted, str) else wanted
            simulator = AndroidSimulator(scenario, port=0)
            simulator.start()
            androids[label] = simulator
        iphones = None
        if ios:
            idle = {} if ios_idle_timeout_s is None else {"idle_timeout_s": ios_idle_timeout_s}
            iphones = IosSimulator([load_ios_scenario(n) for n in ios], port=0, **idle)
            iphones.start()
        config = AppConfig(android=AndroidSettings(usb=False))
        sources = build_discoveries(
            tmp_path, config, [s.address for s in androids.values()], iphones.address if iphones else None
        )
        if iphones is None:
            sources = [s for s in sources if s.name == "android"]
        db_path = tmp_path / "audits.db"
        dialogs = ScriptedDialogs()
        settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        settings.set_auto_scan(auto_scan)
        context = build_context(
            sources=sources,
            store_factory=lambda: AuditDatabase(db_path),
            policy=load_policy(default_policy_path(), demo_trusted_keys()),
            trusted_keys=demo_trusted_keys(),
            require_signature=False,
            receipt_key=generate_private_key(),
            clock=FixedClock(),
            settings=settings,
            dialogs=dialogs,
            poll_interval_ms=300,
        )
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        context.start()
        desk = Desk(window, context, dialogs, db_path, androids, iphones)
        started.append(desk)
        return desk

    yield make
    for desk in started:
        desk.context.shutdown()
        for simulator in desk.androids.values():
            simulator.stop()
        if desk.iphones is not None:
            desk.iphones.stop()

"""The kiosk wizard, as launched, against simulated phones speaking the real protocols."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desktop_app.core.config import AndroidSettings, AppConfig, KioskSettings
from desktop_app.core.policy import load_policy
from desktop_app.core.signing import generate_private_key
from desktop_app.gui.context import GuiContext, build_context
from desktop_app.gui.i18n import app_translations
from desktop_app.gui.kiosk.flow import KioskFlow
from desktop_app.gui.kiosk.window import KioskWindow
from desktop_app.gui.settings import UiSettings
from desktop_app.launch_gui import build_discoveries, demo_trusted_keys
from desktop_app.resources import default_policy_path
from desktop_app.simulators.android import AndroidSimulator, load_android_scenario
from desktop_app.simulators.ios import IosSimulator, load_ios_scenario
from desktop_app.storage.database import AuditDatabase

WAIT_MS = 30_000


class FixedClock:
    """After the default policy's deadline (2026-11-28): banned apps block mail."""

    def __init__(self, now: datetime = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)) -> None:
        self.value = now

    def now(self) -> datetime:
        return self.value


@dataclass
class Kiosk:
    window: KioskWindow
    flow: KioskFlow
    context: GuiContext
    androids: dict[str, AndroidSimulator]
    iphones: IosSimulator | None
    forgotten: list[str]

    def texts(self) -> str:
        """Every word the person can see on the current page (labels and buttons)."""
        # Widgets a page has just added are shown by Qt on the next turn of the event loop.
        QApplication.processEvents()
        page = self.window.stack.currentWidget()
        assert page is not None
        shown = [self.window.countdown.text()] if self.window.countdown.isVisible() else []
        for widget in page.findChildren(QWidget):
            if not widget.isVisibleTo(self.window):
                continue
            if isinstance(widget, QLabel | QAbstractButton):
                shown.append(widget.text())
        return "\n".join(shown)

    def button(self, text: str) -> QAbstractButton:
        page = self.window.stack.currentWidget()
        assert page is not None
        for candidate in page.findChildren(QAbstractButton):
            if candidate.isVisibleTo(self.window) and text in candidate.text():
                return candidate
        raise AssertionError(f"no button {text!r} on the page; it shows:\n{self.texts()}")


@pytest.fixture
def make_kiosk(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    started: list[Kiosk] = []

    def make(
        android: dict[str, Any] | None = None,
        ios: list[str] | None = None,
        *,
        settings: KioskSettings | None = None,
        language: str = "en",
        idle_reset_s: float | None = None,
        pin_clock: Callable[[], float] | None = None,
    ) -> Kiosk:
        androids: dict[str, AndroidSimulator] = {}
        for label, wanted in (android or {}).items():
            scenario = load_android_scenario(wanted) if isinstance(wanted, str) else wanted
            simulator = AndroidSimulator(scenario, port=0)
            simulator.start()
            androids[label] = simulator
        iphones = None
        if ios:
            iphones = IosSimulator([load_ios_scenario(n) for n in ios], port=0)
            iphones.start()
        sources = build_discoveries(
            tmp_path,
            AppConfig(android=AndroidSettings(usb=False)),
            [s.address for s in androids.values()],
            iphones.address if iphones else None,
        )
        if iphones is None:
            sources = [s for s in sources if s.name == "android"]  # no usbmuxd on a test machine
        trusted = demo_trusted_keys()
        context = build_context(
            sources=sources,
            store_factory=lambda: AuditDatabase(tmp_path / "audits.db"),
            policy=load_policy(default_policy_path(), trusted, require_signature=True),
            trusted_keys=trusted,
            require_signature=True,
            receipt_key=generate_private_key(),
            clock=FixedClock(),
            settings=UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)),
            poll_interval_ms=300,
        )
        forgotten: list[str] = []
        flow = KioskFlow(
            context.hub,
            settings or KioskSettings(),
            forget_phone=lambda s: forgotten.append(s.serial),
            mail=context.mail,
        )
        window = KioskWindow(
            flow,
            context.runner,
            context.presenter,
            app_translations(),
            default_language=language,
            admin_hold_ms=300,
            **({"clock": pin_clock} if pin_clock is not None else {}),
        )
        if idle_reset_s is not None:
            window.idle.idle_s = idle_reset_s
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        context.start()
        kiosk = Kiosk(window, flow, context, androids, iphones, forgotten)
        started.append(kiosk)
        return kiosk

    yield make
    for kiosk in started:
        kiosk.window._may_close = True
        kiosk.context.shutdown()
        for simulator in kiosk.androids.values():
            simulator.stop()
        if kiosk.iphones is not None:
            kiosk.iphones.stop()

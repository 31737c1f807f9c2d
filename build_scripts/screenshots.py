"""Regenerate docs/screenshots/*.png from the real window against the demo phones, and the kiosk's
pages in docs/screenshots/kiosk/{en,fr}/ (build_scripts/kiosk_screenshots.py).

    .venv/bin/python build_scripts/screenshots.py [--language fr] [--only helpdesk|kiosk] [--out DIR]

Runs offscreen (no display needed), in a throw-away data directory.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.core.clock import SystemClock  # noqa: E402
from desktop_app.core.config import AndroidSettings, AppConfig  # noqa: E402
from desktop_app.core.models import FindingState  # noqa: E402
from desktop_app.core.policy import load_policy  # noqa: E402
from desktop_app.core.signing import generate_private_key  # noqa: E402
from desktop_app.demo import start_demo  # noqa: E402
from desktop_app.gui.context import build_context  # noqa: E402
from desktop_app.gui.device_session import DeviceSession, Status  # noqa: E402
from desktop_app.gui.main_window import MainWindow  # noqa: E402
from desktop_app.gui.settings import UiSettings  # noqa: E402
from desktop_app.integrations.webhook import WebhookConfig  # noqa: E402
from desktop_app.launch_gui import build_discoveries, demo_trusted_keys  # noqa: E402
from desktop_app.resources import default_policy_path  # noqa: E402
from desktop_app.storage.database import AuditDatabase  # noqa: E402


class YesDialogs:
    def confirm(self, *_args: Any) -> bool:
        return True

    def open_file(self, *_args: Any) -> Path | None:
        return None

    def inform(self, *_args: Any) -> None:
        return None

    def save_file(self, *_args: Any) -> Path | None:
        return None


def wait_until(predicate: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the demo phones did not reach the expected state")
        QTest.qWait(20)  # runs the event loop: results arrive by signal


class MailGateway:
    """A mail gateway on 127.0.0.1 that accepts every message, so the pages show "confirmed"."""

    def __init__(self) -> None:
        class Accept(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", "0")))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Accept)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/mail-access"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def main() -> int:  # noqa: PLR0915 - a linear script of screenshots
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=None, help="default: docs/screenshots (fr: .../fr)")
    parser.add_argument("--language", choices=("en", "fr"), default="en", help="the helpdesk window's language")
    parser.add_argument(
        "--only", choices=("helpdesk", "kiosk"), help="only the helpdesk window, or only the kiosk (both languages)"
    )
    args = parser.parse_args()
    if args.out is None:
        args.out = ROOT / "docs" / "screenshots" / ("fr" if args.language == "fr" else "")
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    font = QFont("DejaVu Sans", 10)
    app.setFont(font)  # type: ignore[union-attr]
    if args.only != "helpdesk" and args.language == "en":
        from kiosk_screenshots import shoot_kiosk

        for path in shoot_kiosk(ROOT / "docs" / "screenshots" / "kiosk"):
            print(f"wrote {path.relative_to(ROOT)}")
    if args.only == "kiosk":
        return 0
    from desktop_app.gui.i18n import app_translations

    app_translations().switch(args.language)
    work = Path(tempfile.mkdtemp(prefix="app-audit-shots-"))
    phones = start_demo()
    gateway = MailGateway()
    try:
        sources = build_discoveries(
            work,
            AppConfig(android=AndroidSettings(usb=False)),
            phones.android_addresses,
            phones.usbmux_address,
        )
        trusted = demo_trusted_keys()  # as `app-audit gui --demo`: the sample policy shows as signed
        context = build_context(
            sources=sources,
            store_factory=lambda: AuditDatabase(work / "audits.db"),
            policy=load_policy(default_policy_path(), trusted),
            trusted_keys=trusted,
            require_signature=False,
            receipt_key=generate_private_key(),
            clock=SystemClock(),
            settings=UiSettings(QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat)),
            dialogs=YesDialogs(),
        )
        window = MainWindow(context)
        window.resize(1280, 800)
        window.show()
        context.start()
        assert context.mail is not None
        context.mail.configure(WebhookConfig(url=gateway.url, secret=b"screenshots"))
        hub = context.hub

        def find(predicate: Callable[[DeviceSession], bool]) -> DeviceSession | None:
            return next((s for s in hub.sessions.values() if predicate(s)), None)

        def laptop(take: Callable[[], None]) -> None:
            """The same view on a 1366x768 laptop screen (what fits, what is cut)."""
            size = window.size()
            window.resize(1366, 768 - 32)  # the panel of a desktop takes some height
            take()
            window.resize(size)

        def shot(name: str) -> None:
            QTest.qWait(50)
            path = args.out / f"{name}.png"
            window.grab().save(str(path))
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

        wait_until(lambda: find(lambda s: s.status is Status.WAITING_ALLOW) is not None)
        waiting = find(lambda s: s.status is Status.WAITING_ALLOW)
        assert waiting is not None
        window.devices.select(waiting.key)
        shot("waiting-for-allow")  # at once: the simulated owner taps Allow after a few seconds

        wait_until(
            lambda: (
                find(
                    lambda s: (
                        s.identity is not None
                        and s.identity.model == "Pixel 8"
                        and s.outcome is not None
                        and s.outcome.report.findings != ()
                    )
                )
                is not None
            )
        )
        pixel = find(
            lambda s: (
                s.identity is not None
                and s.identity.model == "Pixel 8"
                and s.outcome is not None
                and s.outcome.report.findings != ()
            )
        )
        assert pixel is not None
        wait_until(lambda: len(hub.sessions) >= 5, 30)
        wait_until(
            lambda: all(
                not s.status.working for s in hub.sessions.values() if s.status not in (Status.WAITING_TRUST,)
            ),
            30,
        )
        window.devices.select(pixel.key)
        window.tabs.setCurrentIndex(0)
        window.device_page.tabs.setCurrentIndex(0)
        shot("main-window-findings")
        laptop(lambda: shot("main-window-findings-1366x768"))

        apps = window.device_page.apps
        window.device_page.tabs.setCurrentIndex(1)
        apps.kind.setCurrentIndex(1)  # user apps
        apps.search.setText("com.")
        apps.profile.setCurrentIndex(apps.profile.count() - 1)  # the work profile
        shot("app-table-filtered")
        apps.search.clear()
        apps.kind.setCurrentIndex(0)
        apps.profile.setCurrentIndex(0)
        window.device_page.tabs.setCurrentIndex(0)

        window.device_page.remove_all_button.click()  # one confirmation, then each app in turn
        wait_until(
            lambda: (pixel.removal is not None and pixel.removal.current >= 1) or not pixel.status.working
        )
        shot("removal-in-progress")
        wait_until(lambda: not pixel.status.working)
        for _ in range(4):
            blocking = [
                c for c in window.device_page.findings.cards if c.finding.state is FindingState.BLOCKING
            ]
            if not blocking:
                break
            blocking[0].button.click()
            wait_until(lambda: not pixel.status.working)
        # The page's words in the window's language (the French run waited for English words before).
        confirmed = QCoreApplication.translate("MailAccess", "Mail access: restore confirmed by the mail system.")
        wait_until(lambda: window.device_page.mail_access.text() == confirmed)
        window.device_page.removal.setVisible(False)
        shot("mail-access-confirmed")

        window.tabs.setCurrentIndex(1)
        wait_until(lambda: window.history.model.rowCount() >= 4)
        window.history.table.selectRow(0)
        wait_until(lambda: window.history.detail is not None)
        shot("history")
        laptop(lambda: shot("history-1366x768"))

        window.tabs.setCurrentIndex(2)
        shot("policy")
        window.close()
        context.shutdown()
    finally:
        phones.stop()
        gateway.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

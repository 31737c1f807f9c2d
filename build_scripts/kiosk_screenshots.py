"""Regenerate docs/screenshots/kiosk/{en,fr}/*.png: every page of the kiosk wizard at 1280x800.

    .venv/bin/python build_scripts/kiosk_screenshots.py [--out docs/screenshots/kiosk]

The real kiosk window against simulated phones, offscreen, in a throw-away data directory.
build_scripts/screenshots.py runs it too.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.core.clock import SystemClock  # noqa: E402
from desktop_app.core.config import AndroidSettings, AppConfig, KioskSettings  # noqa: E402
from desktop_app.core.kiosk_pin import hash_pin  # noqa: E402
from desktop_app.core.policy import load_policy  # noqa: E402
from desktop_app.core.signing import generate_private_key  # noqa: E402
from desktop_app.gui.context import build_context  # noqa: E402
from desktop_app.gui.i18n import app_translations  # noqa: E402
from desktop_app.gui.kiosk.flow import KioskFlow, Step  # noqa: E402
from desktop_app.gui.kiosk.window import KioskWindow  # noqa: E402
from desktop_app.gui.settings import UiSettings  # noqa: E402
from desktop_app.launch_gui import build_discoveries, demo_trusted_keys  # noqa: E402
from desktop_app.resources import default_policy_path  # noqa: E402
from desktop_app.simulators.android import AndroidSimulator, load_android_scenario  # noqa: E402
from desktop_app.simulators.ios import IosSimulator, load_ios_scenario  # noqa: E402
from desktop_app.storage.database import AuditDatabase  # noqa: E402

SIZE = (1280, 800)


def wait_until(predicate: Callable[[], bool], timeout_s: float = 40.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the kiosk did not reach the expected page")
        QTest.qWait(20)


@contextmanager
def kiosk(
    work: Path, language: str, android: list[Any] | None = None, ios: list[str] | None = None, **settings: Any
) -> Iterator[KioskWindow]:
    """A kiosk window with its own simulated phones, closed (and the phones stopped) afterwards."""
    androids = []
    for wanted in android or []:
        simulator = AndroidSimulator(load_android_scenario(wanted) if isinstance(wanted, str) else wanted, port=0)
        simulator.start()
        androids.append(simulator)
    iphones = IosSimulator([load_ios_scenario(n) for n in ios], port=0) if ios else None
    if iphones is not None:
        iphones.start()
    folder = Path(tempfile.mkdtemp(dir=work))
    sources = build_discoveries(
        folder,
        AppConfig(android=AndroidSettings(usb=False)),
        [s.address for s in androids],
        iphones.address if iphones else None,
    )
    if iphones is None:
        sources = [s for s in sources if s.name == "android"]
    trusted = demo_trusted_keys()
    context = build_context(
        sources=sources,
        store_factory=lambda: AuditDatabase(folder / "audits.db"),
        policy=load_policy(default_policy_path(), trusted, require_signature=True),
        trusted_keys=trusted,
        require_signature=True,
        receipt_key=generate_private_key(),
        clock=SystemClock(),
        settings=UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)),
        poll_interval_ms=300,
    )
    flow = KioskFlow(context.hub, KioskSettings(**settings), mail=context.mail)
    window = KioskWindow(
        flow, context.runner, context.presenter, app_translations(), default_language=language, admin_hold_ms=50
    )
    window.resize(*SIZE)
    window.show()
    context.start()
    try:
        yield window
    finally:
        window.allow_close()
        window.close()
        window.deleteLater()
        context.shutdown()
        for simulator in androids:
            simulator.stop()
        if iphones is not None:
            iphones.stop()


def click(window: KioskWindow, text: str) -> None:
    page = window.stack.currentWidget()
    for button in page.findChildren(type(window.welcome.start_button)):
        if button.isVisibleTo(window) and text in button.text():
            button.click()
            return
    raise LookupError(f"no button {text!r}")


def shoot_language(out: Path, language: str, work: Path) -> list[Path]:  # noqa: PLR0915 - one page after another
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shot(window: KioskWindow, name: str) -> None:
        QTest.qWait(80)
        path = out / f"{name}.png"
        window.grab().save(str(path))
        written.append(path)

    french = language == "fr"
    slow_pixel = load_android_scenario("pixel-work-profile").with_faults(latency_ms=12)
    with kiosk(work, "en", identify="email", identify_example="jane.doe@example.com") as window:
        if french:
            window.welcome.language_buttons["fr"].click()
        shot(window, "01-welcome")
        window.flow.start()
        window.consent.detail_button.setChecked(True)
        shot(window, "02-consent")
        window.flow.accept()
        window.identify.field.setText("jane.doe")
        window.identify.continue_button.click()
        shot(window, "03-identify")
        window.identify.field.setText("jane.doe@example.com")
        window.identify.continue_button.click()
        shot(window, "04-connect-plug-in")
    with kiosk(work, language, android=[slow_pixel]) as window:
        window.flow.start()
        window.flow.accept()
        wait_until(lambda: window.flow.step is Step.CHECKING and window.flow.session is not None)
        wait_until(lambda: (window.flow.session.progress or (0, 0, ""))[1] > 0 or window.flow.step is not Step.CHECKING)
        shot(window, "05-checking")
        wait_until(lambda: window.flow.step is Step.RESULT)
        shot(window, "06-result-not-compliant")
        window.flow.ask_removal()
        shot(window, "07-removal-confirm")
        window.flow.confirm_removal()
        wait_until(lambda: window.flow.removal.running is not None)
        shot(window, "08-removal-in-progress")
        wait_until(lambda: window.flow.step is Step.DONE)
        shot(window, "09-done-receipt")
    with kiosk(work, language, android=["device-owner-blocked"]) as window:
        window.flow.start()
        window.flow.accept()
        wait_until(lambda: window.flow.step is Step.RESULT)
        window.flow.ask_removal()
        window.flow.confirm_removal()
        wait_until(lambda: window.flow.removal.confirmed and window.flow.removal.running is None)
        shot(window, "10-removal-refused-steps")
    with kiosk(work, language, android=["locked-private-profile"]) as window:
        window.flow.start()
        window.flow.accept()
        wait_until(lambda: window.flow.step is Step.RESULT)
        shot(window, "11-result-inconclusive")
    with kiosk(work, language, android=["samsung-clean"]) as window:
        window.flow.start()
        window.flow.accept()
        wait_until(lambda: window.flow.step is Step.RESULT)
        shot(window, "12-result-compliant")
    with kiosk(work, language, android=["unauthorized"]) as window:
        window.flow.start()
        window.flow.accept()
        wait_until(lambda: window.connect_page.state.value == "allow")
        shot(window, "13-connect-allow-usb-debugging")
    with kiosk(work, language, ios=["trust-pending"]) as window:
        window.flow.start()
        window.flow.accept()
        wait_until(lambda: window.connect_page.state.value == "trust")
        shot(window, "14-connect-trust")
    with kiosk(work, language, ios=["trust-refused"]) as window:
        window.flow.start()
        window.flow.accept()
        wait_until(lambda: window.connect_page.state.value == "trust_refused")
        shot(window, "15-connect-trust-refused")
    with kiosk(work, language, android=["samsung-clean", "unauthorized"]) as window:
        wait_until(lambda: len(window.flow.present_phones()) == 2)
        window.flow.start()
        window.flow.accept()
        shot(window, "16-connect-two-phones")
    with kiosk(work, language, pin_hash=hash_pin("24681357")) as window:
        window.flow.start()
        window.idle.idle_s = 10.5
        wait_until(window.countdown.isVisible)
        shot(window, "17-idle-countdown")
        QTest.mousePress(window.logo, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        wait_until(lambda: window.stack.currentWidget() is window.admin)
        QTest.mouseRelease(window.logo, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        window.admin.field.setText("1234")
        window.admin.exit_button.click()
        wait_until(window.admin.message.isVisible)
        shot(window, "18-staff-pin")
    with kiosk(work, language) as window:
        window.flow.out_of_service(
            "/etc/app-audit/policy.yaml: refused, no signature file (policy.yaml.sig)\n"
            "Ask IT for the policy and its .sig file as issued; do not edit a signed policy."
        )
        shot(window, "19-out-of-service")
    return written


def shoot_kiosk(out: Path) -> list[Path]:
    work = Path(tempfile.mkdtemp(prefix="app-audit-kiosk-shots-"))
    written = []
    for language in ("en", "fr"):
        written += shoot_language(out / language, language, work)
    app_translations().switch("en")
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "kiosk")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setFont(QFont("DejaVu Sans", 10))  # type: ignore[union-attr]
    for path in shoot_kiosk(args.out):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

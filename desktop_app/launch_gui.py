"""Composition of the helpdesk window: settings, policy, store, discovery, optional demo phones.

The window appears first; device libraries (pymobiledevice3 is slow to import) are loaded
just after it shows, so start-up stays close to a bare Qt window.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

START = time.perf_counter()
log = logging.getLogger(__name__)


def _receipt_key(data_dir: Path) -> Any:
    # The same station key the CLI signs receipts with (one file, one identity per station).
    from desktop_app.storage.station_files import load_or_create_receipt_key

    return load_or_create_receipt_key(data_dir)


def _load_start_policy(
    policy_path: Path | None, config: Any, trusted: list[Any]
) -> tuple[Any, BaseException | None]:
    """The configured policy, or the bundled default with the reason when that one is refused."""
    from desktop_app.core.errors import AppAuditError
    from desktop_app.core.policy import load_policy
    from desktop_app.resources import default_policy_path

    path = policy_path or config.policy_path or default_policy_path()
    try:
        return load_policy(path, trusted, require_signature=config.require_signed_policy), None
    except AppAuditError as exc:
        if config.require_signed_policy or path == default_policy_path():
            raise
        return load_policy(default_policy_path(), trusted), exc


def build_discoveries(
    data_dir: Path, config: Any, android_addresses: list[str], usbmux_address: str | None
) -> list[Any]:
    """The Android and iPhone discoveries (imports the device libraries; call off the UI thread)."""
    from desktop_app.devices.adb_keys import load_or_create_adb_keys
    from desktop_app.devices.android import AndroidDiscovery
    from desktop_app.devices.ios import IosDiscovery
    from desktop_app.gui.hotplug import DiscoverySource
    from desktop_app.storage.station_files import adb_keys_dir, pair_records_dir

    keys = load_or_create_adb_keys(adb_keys_dir(data_dir))
    addresses = list(dict.fromkeys([*config.android.tcp_addresses, *android_addresses]))
    android = AndroidDiscovery(keys, tcp_addresses=tuple(addresses), usb=config.android.usb)
    ios = IosDiscovery(
        usbmux_address=usbmux_address or config.ios.usbmux_address,
        pair_records_dir=pair_records_dir(data_dir),
    )
    return [DiscoverySource("android", android), DiscoverySource("ios", ios)]


def main(  # noqa: PLR0915 - the composition root reads top to bottom
    kiosk: bool = False,
    demo: bool = False,
    db_path: Path | None = None,
    policy_path: Path | None = None,
    config_path: Path | None = None,
    *,
    on_shown: Callable[[Any], None] | None = None,
) -> int:
    """Open the helpdesk window (full screen with kiosk=True) and run until it closes."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("App Audit")
    app.setApplicationName("App Audit")
    app.setApplicationDisplayName("App Audit")

    from desktop_app.core.clock import SystemClock
    from desktop_app.core.config import CONFIG_FILE_NAME, load_config, load_trusted_keys
    from desktop_app.core.errors import AppAuditError
    from desktop_app.gui.context import build_context
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.settings import UiSettings
    from desktop_app.storage.paths import default_config_dir, default_data_dir

    data_dir = db_path.parent if db_path is not None else default_data_dir()
    try:
        config = load_config(config_path or default_config_dir() / CONFIG_FILE_NAME)
        trusted = load_trusted_keys(config.trusted_keys)
        policy, policy_problem = _load_start_policy(policy_path, config, trusted)
        receipt_key = _receipt_key(data_dir)
    except AppAuditError as exc:
        QMessageBox.critical(None, "App Audit cannot start", f"{exc.message}\n\n{exc.hint}".strip())
        return exc.exit_code

    phones = None
    if demo:
        from desktop_app.demo import start_demo

        phones = start_demo()
    database_path = db_path or data_dir / "audits.db"

    def store_factory() -> Any:
        from desktop_app.storage.database import AuditDatabase

        return AuditDatabase(database_path)

    context = build_context(
        sources=[],
        store_factory=store_factory,
        policy=policy,
        trusted_keys=trusted,
        require_signature=config.require_signed_policy,
        receipt_key=receipt_key,
        clock=SystemClock(),
        settings=UiSettings(),
        auto_scan_default=config.auto_scan,
    )
    window = MainWindow(context)
    if kiosk:
        window.showFullScreen()  # the kiosk wizard is a later issue: same window, full screen
    else:
        window.show()
    log.info("window shown %.0f ms after start", (time.perf_counter() - START) * 1000)
    if policy_problem is not None:
        context.presenter.error(
            policy_problem, context="The configured policy was refused; using the default"
        )

    def discoveries_ready(sources: list[Any]) -> None:
        for source in sources:
            context.monitor.add_source(source)
        context.start()

    def build(_progress: Any) -> list[Any]:
        return build_discoveries(
            data_dir,
            config,
            phones.android_addresses if phones else [],
            phones.usbmux_address if phones else None,
        )

    QTimer.singleShot(
        0,
        lambda: context.runner.submit(
            "startup",
            build,
            on_done=discoveries_ready,
            on_error=lambda e: context.presenter.error(e, context="Looking for phones is not possible"),
        ),
    )
    if on_shown is not None:
        on_shown(window)
    try:
        return app.exec()
    finally:
        context.shutdown()
        if phones is not None:
            phones.stop()

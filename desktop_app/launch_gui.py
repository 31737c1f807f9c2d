"""Composition of the helpdesk window: settings, policy, store, discovery, optional demo phones.

The window shows first, with no policy ("Loading policy…"): the config, the trusted keys,
the policy and the station key (pydantic, YAML, cryptography), the store (sqlite-utils) and
the device libraries (pymobiledevice3 is slow to import) are all loaded on worker threads
after it shows, so start-up stays close to a bare Qt window.
"""

from __future__ import annotations

import gc
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

START = time.perf_counter()
log = logging.getLogger(__name__)

# The start-up loader runs on the database executor: every history query queues behind it,
# so the store is never opened before its location is known.
LOADER_KEY = "database"
DISCOVERY_KEY = "startup"


@dataclass
class StartupState:
    """What the loader found; filled in on the loader thread, read on the UI thread after."""

    config: Any = None
    data_dir: Path | None = None
    database_path: Path | None = None
    trusted: list[Any] = field(default_factory=list)
    policy: Any = None
    policy_problem: BaseException | None = None
    receipt_key: Any = None
    log_path: Path | None = None


def _load_start_policy(
    policy_path: Path | None, config: Any, trusted: list[Any], data_dir: Path
) -> tuple[Any, BaseException | None]:
    """The configured policy, or the bundled default with the reason when that one is refused."""
    from desktop_app.core.errors import AppAuditError
    from desktop_app.core.policy import load_policy
    from desktop_app.resources import default_policy_path, policy_path_for
    from desktop_app.storage.station_files import fleet_policy_path

    from_fleet = fleet_policy_path(data_dir)
    path = policy_path_for(
        policy_path,
        config.policy_path,
        from_fleet if config.fleet is not None and from_fleet.exists() else None,
    )
    try:
        return load_policy(path, trusted, require_signature=config.require_signed_policy), None
    except AppAuditError as exc:
        if config.require_signed_policy or path == default_policy_path():
            raise
        return load_policy(default_policy_path(), trusted), exc


def demo_trusted_keys() -> list[Any]:
    """The sample issuer's public key: the demo trusts it so the bundled sample policy shows as
    signed. Only demo mode calls this; a normal start trusts only the configured keys."""
    from desktop_app.core.signing import TrustedKey, load_public_key
    from desktop_app.resources import sample_issuer_key_path

    path = sample_issuer_key_path()
    return [TrustedKey(load_public_key(path.read_bytes()), path.stem)]


def load_startup(
    state: StartupState,
    *,
    demo: bool,
    db_path: Path | None,
    policy_path: Path | None,
    config_path: Path | None,
    data_dir: Path | None = None,
    extra_trusted_keys: list[Path] | None = None,
    require_signed: bool = False,
) -> StartupState:
    """Config, keys, policy and station key (off the UI thread)."""
    from desktop_app.core.config import TrustedKeyEntry, load_config, load_trusted_keys
    from desktop_app.storage.log_file import start_log_file
    from desktop_app.storage.paths import default_config_path, default_data_dir
    from desktop_app.storage.station_files import load_or_create_receipt_key

    if data_dir is None:
        data_dir = db_path.parent if db_path is not None else default_data_dir()
        if demo and db_path is None:
            # Simulated phones must not land in the station's real audit history or outbox.
            data_dir = data_dir / "demo"
    state.log_path = start_log_file(data_dir)
    config = load_config(config_path or default_config_path())
    if require_signed:
        config = config.model_copy(update={"require_signed_policy": True})
    extra = [TrustedKeyEntry(path=path) for path in extra_trusted_keys or []]
    trusted = load_trusted_keys([*config.trusted_keys, *extra])
    if demo:
        trusted += demo_trusted_keys()
    state.config = config
    state.data_dir = data_dir
    state.database_path = db_path or data_dir / "audits.db"
    state.trusted = trusted
    state.policy, state.policy_problem = _load_start_policy(policy_path, config, trusted, data_dir)
    # The same station key the CLI signs receipts with (one file, one identity per station).
    state.receipt_key = load_or_create_receipt_key(data_dir)
    return state


def start_fleet(window: Any, context: Any, state: StartupState) -> Any:
    """The Fleet tab and the station's link to the fleet database (only when a fleet is configured)."""
    from desktop_app.gui.fleet_link import FleetLink
    from desktop_app.gui.widgets.fleet_page import FleetPage

    config, data_dir = state.config, state.data_dir
    assert config is not None and config.fleet is not None and data_dir is not None
    fleet = config.fleet

    def in_force() -> tuple[str, str] | None:
        policy = context.policies.policy
        return None if policy is None else (policy.document.id, policy.document.version)

    def agent() -> Any:
        from desktop_app.storage.fleet.central import FleetTarget
        from desktop_app.storage.fleet.station_agent import StationAgent, StationSettings, apply_fleet_policy

        settings = StationSettings(
            target=FleetTarget(fleet.dsn, fleet.password_file),
            station_name=fleet.station_name,
            database_path=state.database_path or data_dir / "audits.db",
            data_dir=data_dir,
            receipt_key=state.receipt_key,
            trusted=list(state.trusted),
            apply=apply_fleet_policy,
            in_force=in_force,
            poll_interval_s=fleet.poll_interval_s,
        )
        return StationAgent(settings, with_view=True)

    page = FleetPage()
    window.tabs.addTab(page, page.tr("Fleet"))
    link = FleetLink(context.runner, context.presenter, context.policies, agent, parent=window)
    link.snapshot_changed.connect(page.show_snapshot)
    link.connection_changed.connect(page.show_connection)
    window.fleet_page, window.fleet_link = page, link
    link.start()
    return link


def build_discoveries(
    data_dir: Path, config: Any, android_addresses: list[str], usbmux_address: str | None
) -> list[Any]:
    """The Android and iPhone discoveries (imports the device libraries; call off the UI thread)."""
    from desktop_app.devices.android.connector import AndroidDiscovery
    from desktop_app.devices.android.station import open_android_station
    from desktop_app.devices.ios.connector import IosDiscovery
    from desktop_app.gui.hotplug import DiscoverySource
    from desktop_app.storage.station_files import adb_keys_dir, pair_records_dir

    keys = open_android_station(
        adb_keys_dir(data_dir), reuse_android_home=config.android.reuse_android_home_key
    )
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
    data_dir: Path | None = None,
    extra_trusted_keys: list[Path] | None = None,
    require_signed: bool = False,
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
    from desktop_app.gui.context import build_context
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.settings import UiSettings
    from desktop_app.gui.termination import quit_on_termination

    state = StartupState()
    phones: list[Any] = []  # the demo phones, once started

    def store_factory() -> Any:
        from desktop_app.storage.database import AuditDatabase

        assert state.database_path is not None, "the loader runs first on the database executor"
        return AuditDatabase(state.database_path)

    settings = UiSettings()
    context = build_context(
        sources=[], store_factory=store_factory, clock=SystemClock(), settings=settings, store_ready=False
    )
    window = MainWindow(context)
    if kiosk:
        window.showFullScreen()  # the kiosk wizard is a later issue: same window, full screen
    else:
        window.show()
    log.info("window shown %.0f ms after start", (time.perf_counter() - START) * 1000)

    def cannot_start(error: BaseException) -> None:
        from desktop_app.core.errors import AppAuditError

        if isinstance(error, AppAuditError):
            QMessageBox.critical(window, "App Audit cannot start", f"{error.message}\n\n{error.hint}".strip())
            app.exit(error.exit_code)
        else:
            context.presenter.error(error, context="App Audit could not finish starting")

    def build(_progress: Any) -> list[Any]:
        if demo:
            from desktop_app.demo import start_demo

            phones.append(start_demo())
        demo_phones = phones[0] if phones else None
        return build_discoveries(
            state.data_dir or Path(),
            state.config,
            demo_phones.android_addresses if demo_phones else [],
            demo_phones.usbmux_address if demo_phones else None,
        )

    def discoveries_ready(sources: list[Any]) -> None:
        for source in sources:
            context.monitor.add_source(source)
        context.start()

    def loaded(loaded_state: StartupState) -> None:
        # What start-up imported and loaded lives as long as the window: kept out of every full
        # garbage collection, which would otherwise walk it all on the UI thread (a visible stall).
        gc.freeze()
        context.presenter.log_path = loaded_state.log_path
        config = loaded_state.config
        if not settings.has_auto_scan():
            window.devices.auto_scan.blockSignals(True)
            window.devices.auto_scan.setChecked(config.auto_scan)
            window.devices.auto_scan.blockSignals(False)
            context.hub.auto_scan = config.auto_scan
        context.finish_loading(
            loaded_state.policy,
            loaded_state.trusted,
            config.require_signed_policy,
            loaded_state.receipt_key,
        )
        if config.fleet is not None:
            start_fleet(window, context, loaded_state)
        if loaded_state.policy_problem is not None:
            context.presenter.error(
                loaded_state.policy_problem, context="The configured policy was refused; using the default"
            )
        context.runner.submit(
            DISCOVERY_KEY,
            build,
            on_done=discoveries_ready,
            on_error=lambda e: context.presenter.error(e, context="Looking for phones is not possible"),
        )

    def start_loading() -> None:
        context.runner.submit(
            LOADER_KEY,
            lambda _progress: load_startup(
                state,
                demo=demo,
                db_path=db_path,
                policy_path=policy_path,
                config_path=config_path,
                data_dir=data_dir,
                extra_trusted_keys=extra_trusted_keys,
                require_signed=require_signed,
            ),
            on_done=loaded,
            on_error=cannot_start,
        )

    # Once the event loop runs (the window's first paint is queued before): a loader importing
    # pydantic and cryptography from the start would hold the GIL while the window paints.
    QTimer.singleShot(0, start_loading)
    if on_shown is not None:
        on_shown(window)
    restore_signals = quit_on_termination(app)
    try:
        return app.exec()
    finally:
        restore_signals()
        context.shutdown()
        for demo_phones in phones:
            demo_phones.stop()

"""Composition of the helpdesk window: settings, policy, store, discovery, optional demo phones.

The window shows first, with no policy ("Loading policy…"): the config, the trusted keys,
the policy and the station key (pydantic, YAML, cryptography), the store (sqlite-utils) and
the device libraries (pymobiledevice3 is slow to import) are all loaded on worker threads
after it shows, so start-up stays close to a bare Qt window.
"""

from __future__ import annotations

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
    webhook: Any = None  # WebhookConfig, or None when no mail-access webhook is configured
    webhook_problem: BaseException | None = None


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
    """The sample issuer's key (demo mode only); see station.demo_trusted_keys."""
    from desktop_app.station import demo_trusted_keys as sample_issuer

    return list(sample_issuer())


@dataclass(frozen=True)
class StartOptions:
    """What the command line asked of the window."""

    demo: bool = False
    db_path: Path | None = None
    policy_path: Path | None = None
    config_path: Path | None = None
    data_dir: Path | None = None
    extra_trusted_keys: list[Path] = field(default_factory=list)
    require_signed: bool = False
    language: str | None = None  # --language; None: the config's, then the system's


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
    """Config, keys, policy and station key (off the UI thread), wired by the station module."""
    from desktop_app import station
    from desktop_app.core.config import load_config
    from desktop_app.storage.log_file import start_log_file
    from desktop_app.storage.station_files import load_or_create_receipt_key

    paths = station.station_paths(data_dir=data_dir, db_path=db_path, config_path=config_path, demo=demo)
    state.log_path = start_log_file(paths.data_dir)
    config = load_config(paths.config_path)
    if require_signed:
        config = config.model_copy(update={"require_signed_policy": True})
    trusted = station.trusted_keys(config, extra_trusted_keys or [], demo=demo)
    state.config = config
    state.data_dir = paths.data_dir
    state.database_path = paths.database_path
    state.trusted = trusted
    state.policy, state.policy_problem = _load_start_policy(policy_path, config, trusted, paths.data_dir)
    # The same station key the CLI signs receipts with (one file, one identity per station).
    state.receipt_key = load_or_create_receipt_key(paths.data_dir)
    state.webhook, state.webhook_problem = _load_webhook(state.config)
    return state


def _load_webhook(config: Any) -> tuple[Any, BaseException | None]:
    """The mail-access webhook the window delivers to; a broken setting is reported, not fatal."""
    from desktop_app.core.errors import AppAuditError
    from desktop_app.integrations.webhook import webhook_from_settings

    settings = config.webhook
    if settings is None:
        return None, None
    try:
        return webhook_from_settings(settings.url, settings.secret_file, settings.timeout_s), None
    except AppAuditError as exc:
        return None, exc


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
            offline_after_s=fleet.offline_after_s,
        )
        return StationAgent(settings, with_view=True)

    page = FleetPage()
    window.add_fleet_tab(page)
    link = FleetLink(context.runner, context.presenter, context.policies, agent, parent=window)
    link.snapshot_changed.connect(page.show_snapshot)
    link.connection_changed.connect(page.show_connection)
    if context.mail is not None:  # restores for silent stations' phones go out at once
        link.restores_queued.connect(lambda _count: context.mail.deliver_due())
    window.fleet_page, window.fleet_link = page, link
    link.start()
    return link


def build_discoveries(
    data_dir: Path, config: Any, android_addresses: list[str], usbmux_address: str | None
) -> list[Any]:
    """The Android and iPhone discoveries (imports the device libraries; call off the UI thread)."""
    from desktop_app import station
    from desktop_app.gui.hotplug import DiscoverySource

    return [
        DiscoverySource("android", station.android_discovery(data_dir, config, android_addresses)),
        DiscoverySource("ios", station.ios_discovery(data_dir, config, usbmux_address)),
    ]


class WindowStartup:
    """The window first, then (on workers) the config, policy, store and phone discoveries."""

    def __init__(self, app: Any, options: StartOptions) -> None:
        from desktop_app.core.clock import SystemClock
        from desktop_app.gui.context import build_context
        from desktop_app.gui.main_window import MainWindow
        from desktop_app.gui.settings import UiSettings

        self.app = app
        self.options = options
        self.state = StartupState()
        self.phones: list[Any] = []  # the demo phones, once started
        self.settings = UiSettings()
        self.context = build_context(
            sources=[],
            store_factory=self._open_store,
            clock=SystemClock(),
            settings=self.settings,
            store_ready=False,
        )
        self.window = MainWindow(self.context)

    def _open_store(self) -> Any:
        from desktop_app.station import open_store

        assert self.state.database_path is not None, "the loader runs first on the database executor"
        return open_store(self.state.database_path)

    def start_loading(self) -> None:
        options = self.options
        self.context.runner.submit(
            LOADER_KEY,
            lambda _progress: load_startup(
                self.state,
                demo=options.demo,
                db_path=options.db_path,
                policy_path=options.policy_path,
                config_path=options.config_path,
                data_dir=options.data_dir,
                extra_trusted_keys=options.extra_trusted_keys,
                require_signed=options.require_signed,
            ),
            on_done=self._on_loaded,
            on_error=self._on_cannot_start,
        )

    def _on_cannot_start(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop_app.core.errors import AppAuditError

        if isinstance(error, AppAuditError):
            from PySide6.QtCore import QCoreApplication

            from desktop_app.gui.error_words import hint_of

            text = f"{error.message}\n\n{hint_of(error)}".strip()
            QMessageBox.critical(
                self.window, QCoreApplication.translate("Startup", "App Audit cannot start"), text
            )
            self.app.exit(error.exit_code)
        else:
            from PySide6.QtCore import QCoreApplication

            self.context.presenter.error(
                error, context=QCoreApplication.translate("Startup", "App Audit could not finish starting")
            )

    def _on_loaded(self, state: StartupState) -> None:
        # What start-up imported and loaded is set aside from garbage collection after this
        # callback (gui/heap.py: the runner's job ended, modules were imported).
        context, window, config = self.context, self.window, state.config
        if self.options.language is None and config.language is not None:
            from desktop_app.gui.i18n import app_translations

            app_translations().switch(config.language)  # the window follows at once
        context.presenter.log_path = state.log_path
        if not self.settings.has_auto_scan():
            window.devices.auto_scan.blockSignals(True)
            window.devices.auto_scan.setChecked(config.auto_scan)
            window.devices.auto_scan.blockSignals(False)
            context.hub.auto_scan = config.auto_scan
        context.finish_loading(
            state.policy, state.trusted, config.require_signed_policy, state.receipt_key, state.webhook
        )
        from PySide6.QtCore import QCoreApplication

        if state.webhook_problem is not None:
            context.presenter.error(
                state.webhook_problem,
                context=QCoreApplication.translate("Startup", "Mail-access messages stay queued"),
            )
        if config.fleet is not None:
            start_fleet(window, context, state)
        if state.policy_problem is not None:
            context.presenter.error(
                state.policy_problem,
                context=QCoreApplication.translate(
                    "Startup", "The configured policy was refused; using the default"
                ),
            )
        looking = QCoreApplication.translate("Startup", "Looking for phones is not possible")
        context.runner.submit(
            DISCOVERY_KEY,
            self._build_discoveries,
            on_done=self._on_discoveries_built,
            on_error=lambda e: context.presenter.error(e, context=looking),
        )

    def _build_discoveries(self, _progress: Any) -> list[Any]:
        if self.options.demo:
            from desktop_app.demo import start_demo

            self.phones.append(start_demo())
        demo_phones = self.phones[0] if self.phones else None
        return build_discoveries(
            self.state.data_dir or Path(),
            self.state.config,
            demo_phones.android_addresses if demo_phones else [],
            demo_phones.usbmux_address if demo_phones else None,
        )

    def _on_discoveries_built(self, sources: list[Any]) -> None:
        for source in sources:
            self.context.monitor.add_source(source)
        self.context.start()

    def run(self) -> int:
        """The event loop, until the window closes (or SIGTERM / Ctrl+C); then everything stops."""
        from desktop_app.gui.termination import quit_on_termination, run_until_quit

        restore_signals = quit_on_termination(self.app)
        try:
            return run_until_quit(self.app)
        finally:
            restore_signals()
            self.context.shutdown()
            for demo_phones in self.phones:
                demo_phones.stop()


def _application() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("App Audit")
    app.setApplicationName("App Audit")
    app.setApplicationDisplayName("App Audit")
    return app


def main(
    kiosk: bool = False,
    demo: bool = False,
    db_path: Path | None = None,
    policy_path: Path | None = None,
    config_path: Path | None = None,
    *,
    data_dir: Path | None = None,
    extra_trusted_keys: list[Path] | None = None,
    require_signed: bool = False,
    language: str | None = None,
    on_shown: Callable[[Any], None] | None = None,
) -> int:
    """Open the helpdesk window, or with kiosk=True the self-check kiosk, and run until it closes."""
    if kiosk:
        from desktop_app.launch_kiosk import main as kiosk_main

        return kiosk_main(
            demo,
            db_path,
            policy_path,
            config_path,
            data_dir=data_dir,
            extra_trusted_keys=extra_trusted_keys,
            language=language,
            on_shown=on_shown,
        )
    from PySide6.QtCore import QTimer

    from desktop_app.gui.i18n import app_translations, startup_language

    options = StartOptions(
        demo,
        db_path,
        policy_path,
        config_path,
        data_dir,
        list(extra_trusted_keys or []),
        require_signed,
        language,
    )
    app = _application()
    # --language or the system's now; the config's (read on a worker) when it has loaded.
    app_translations().switch(startup_language(language, None))
    startup = WindowStartup(app, options)
    startup.window.show()
    log.info("window shown %.0f ms after start", (time.perf_counter() - START) * 1000)
    # Once the event loop runs (the window's first paint is queued before): a loader importing
    # pydantic and cryptography from the start would hold the GIL while the window paints.
    QTimer.singleShot(0, startup.start_loading)
    if on_shown is not None:
        on_shown(startup.window)
    return startup.run()

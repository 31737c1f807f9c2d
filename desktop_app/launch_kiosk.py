"""Composition of the self-check kiosk: the helpdesk window's services, the kiosk wizard in front.

Like the helpdesk window, the wizard shows at once and everything slow (config, keys, policy,
store, device libraries) loads on worker threads. The kiosk insists on a policy signed by a
trusted key: without one it shows "out of service" with the reason for IT, and checks nothing.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.launch_gui import (
    DISCOVERY_KEY,
    LOADER_KEY,
    START,
    StartupState,
    build_discoveries,
    load_startup,
)

log = logging.getLogger(__name__)
DEMO_PHONE = ("pixel-work-profile",)  # one person, one phone: with TikTok to remove


def forget_iphone_pairing(data_dir: Path, usbmux_address: str | None) -> Callable[[str], None]:
    """What deletes the pair record this station made with one iPhone (run on a worker)."""

    def forget(udid: str) -> None:
        from desktop_app.devices.ios.session import forget_pairing
        from desktop_app.storage.station_files import pair_records_dir

        forget_pairing(udid, pair_records_dir(data_dir), usbmux_address)

    return forget


def main(  # noqa: PLR0915 - the composition root reads top to bottom
    demo: bool = False,
    db_path: Path | None = None,
    policy_path: Path | None = None,
    config_path: Path | None = None,
    *,
    data_dir: Path | None = None,
    extra_trusted_keys: list[Path] | None = None,
    language: str | None = None,
    on_shown: Callable[[Any], None] | None = None,
    full_screen: bool = True,
) -> int:
    """Open the kiosk full screen and run until staff close it with the PIN (or SIGTERM)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("App Audit")
    app.setApplicationName("App Audit")
    app.setApplicationDisplayName("App Audit")

    from desktop_app.core.clock import SystemClock
    from desktop_app.core.config import KioskSettings
    from desktop_app.core.models import Platform
    from desktop_app.gui.context import build_context
    from desktop_app.gui.device_session import DeviceSession
    from desktop_app.gui.i18n import app_translations, startup_language
    from desktop_app.gui.kiosk.flow import KioskFlow
    from desktop_app.gui.kiosk.window import KioskWindow
    from desktop_app.gui.settings import UiSettings
    from desktop_app.gui.termination import quit_on_termination, run_until_quit

    state = StartupState()
    phones: list[Any] = []
    forgetters: list[Callable[[str], None]] = []

    def store_factory() -> Any:
        from desktop_app.storage.database import AuditDatabase

        assert state.database_path is not None, "the loader runs first on the database executor"
        return AuditDatabase(state.database_path)

    context = build_context(
        sources=[], store_factory=store_factory, clock=SystemClock(), settings=UiSettings()
    )

    def forget_phone(session: DeviceSession) -> None:
        if session.platform is Platform.IOS and forgetters and session.serial:
            udid, forget = session.serial, forgetters[0]
            context.runner.submit(
                session.key,
                lambda _progress: forget(udid),
                on_error=lambda e: context.presenter.error(e, context="Forgetting the iPhone"),
            )

    flow = KioskFlow(context.hub, KioskSettings(), forget_phone=forget_phone, mail=context.mail)
    translations = app_translations()
    window = KioskWindow(
        flow,
        context.runner,
        context.presenter,
        translations,
        default_language=startup_language(language, None),
    )
    window.exit_requested.connect(app.quit)
    if full_screen:
        window.showFullScreen()
    else:
        window.show()
    log.info("kiosk shown %.0f ms after start", (time.perf_counter() - START) * 1000)

    def cannot_start(error: BaseException) -> None:
        from desktop_app.core.errors import AppAuditError

        if isinstance(error, AppAuditError):
            flow.out_of_service(f"{error.message}\n{error.hint}".strip())
        else:
            log.error("the kiosk could not start", exc_info=error)
            flow.out_of_service(f"{type(error).__name__}: {error}")

    def build(_progress: Any) -> list[Any]:
        if demo:
            from desktop_app.demo import start_demo

            phones.append(start_demo(android=DEMO_PHONE, ios=()))
        demo_phones = phones[0] if phones else None
        usbmux = demo_phones.usbmux_address if demo_phones else state.config.ios.usbmux_address
        forgetters.append(forget_iphone_pairing(state.data_dir or Path(), usbmux))
        return build_discoveries(
            state.data_dir or Path(),
            state.config,
            demo_phones.android_addresses if demo_phones else [],
            usbmux,
        )

    def discoveries_ready(sources: list[Any]) -> None:
        for source in sources:
            context.monitor.add_source(source)
        context.start()

    def loaded(loaded_state: StartupState) -> None:
        config = loaded_state.config
        if not loaded_state.policy.signature.signed:
            flow.out_of_service("The policy is not signed by a trusted key.")
            return
        flow.settings = config.kiosk
        window.default_language = startup_language(language, config.language)
        window.idle.idle_s = config.kiosk.idle_reset_s
        if flow.step.value == "welcome":
            window.restart_language()
        context.presenter.log_path = loaded_state.log_path
        context.finish_loading(
            loaded_state.policy, loaded_state.trusted, True, loaded_state.receipt_key, loaded_state.webhook
        )
        if loaded_state.webhook_problem is not None:
            context.presenter.error(loaded_state.webhook_problem, context="Mail-access messages stay queued")
        context.hub.auto_scan = False  # nothing is read before the person accepts the notice
        context.runner.submit(
            DISCOVERY_KEY,
            build,
            on_done=discoveries_ready,
            on_error=cannot_start,
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
                require_signed=True,  # a kiosk checks only against a policy signed by a trusted key
            ),
            on_done=loaded,
            on_error=cannot_start,
        )

    QTimer.singleShot(0, start_loading)
    if on_shown is not None:
        on_shown(window)
    def stop() -> None:
        window.allow_close()  # Qt 6 quits only when every window agrees to close
        app.quit()

    restore_signals = quit_on_termination(app, stop)
    try:
        return run_until_quit(app)
    finally:
        restore_signals()
        context.shutdown()
        for demo_phones in phones:
            demo_phones.stop()

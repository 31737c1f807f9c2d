"""The window's services, built once from what the composition root provides."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.clock import SystemClock
from desktop_app.core.ports import Clock
from desktop_app.gui.database_gateway import DatabaseGateway, HistoryStore
from desktop_app.gui.device_hub import DeviceHub
from desktop_app.gui.dialogs import DialogService, QtDialogService
from desktop_app.gui.heap import HeapSettler
from desktop_app.gui.hotplug import DiscoverySource, HotplugMonitor
from desktop_app.gui.locale_text import zoned_time
from desktop_app.gui.mail_delivery import MailDelivery
from desktop_app.gui.mail_wording import no_trusted_key
from desktop_app.gui.policy_controller import PolicyController
from desktop_app.gui.presenter import MessagePresenter
from desktop_app.gui.settings import UiSettings
from desktop_app.gui.task_runner import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.outcomes import PolicyApplied
    from desktop_app.core.policy import LoadedPolicy
    from desktop_app.core.signing import TrustedKey
    from desktop_app.integrations.webhook import WebhookConfig


@dataclass
class GuiContext:
    runner: TaskRunner
    presenter: MessagePresenter
    dialogs: DialogService
    monitor: HotplugMonitor
    database: DatabaseGateway
    hub: DeviceHub
    policies: PolicyController
    settings: UiSettings
    clock: Clock
    mail: MailDelivery | None = None
    heap: HeapSettler | None = None

    def start(self) -> None:
        self.monitor.start()

    def finish_loading(
        self,
        policy: LoadedPolicy,
        trusted_keys: list[TrustedKey],
        require_signature: bool,
        receipt_key: Any,
        webhook: WebhookConfig | None = None,
    ) -> None:
        """Hand over what was loaded off the UI thread after the window showed."""
        self.database.set_receipt_key(receipt_key)
        self.database.store_ready()
        if not trusted_keys:
            text, hint = no_trusted_key()
            self.presenter.warning(text, hint=hint)
        self.policies.set_start_policy(policy, trusted_keys, require_signature)
        if self.mail is not None:
            self.mail.configure(webhook)

    def shutdown(self) -> None:
        if self.mail is not None:
            self.mail.stop()
        self.monitor.stop()
        self.runner.shutdown()


def stop_local_adb_server() -> None:
    """Stop the adb server on this computer's default port (it holds every Android phone's USB)."""
    # Imported on the worker, when a person asks: the window does not load device code for it.
    from desktop_app.devices.android.adb_server import stop_adb_server

    stop_adb_server()


def build_context(
    *,
    sources: Sequence[DiscoverySource],
    store_factory: Callable[[], HistoryStore],
    policy: LoadedPolicy | None = None,
    trusted_keys: list[TrustedKey] | None = None,
    require_signature: bool = False,
    receipt_key: Any = None,
    clock: Clock,
    settings: UiSettings,
    auto_scan_default: bool = True,
    dialogs: DialogService | None = None,
    poll_interval_ms: int = 1000,
    adb_stopper: Callable[[], None] | None = None,
    store_ready: bool = True,
    mail_retry_check_ms: int = 5000,
) -> GuiContext:
    runner = TaskRunner()
    heap = HeapSettler(runner)
    presenter = MessagePresenter()
    monitor = HotplugMonitor(runner, sources, interval_ms=poll_interval_ms)
    database = DatabaseGateway(runner, store_factory, clock, receipt_key, store_ready=store_ready)
    hub = DeviceHub(
        runner,
        monitor,
        database,
        presenter,
        policy=policy,
        auto_scan=settings.auto_scan(auto_scan_default),
        adb_stopper=adb_stopper or stop_local_adb_server,
    )
    # Without a policy the window starts "Loading policy…" until finish_loading() hands it over.
    policies = PolicyController(runner, policy, list(trusted_keys or []), require_signature, clock=clock)
    policies.set_applier(database.apply_policy)
    policies.policy_changed.connect(hub.set_policy)
    # The outbox stamps its messages with the store's own (system) clock: due-ness is judged by the same.
    mail = MailDelivery(runner, database, store_factory, SystemClock(), retry_check_ms=mail_retry_check_ms)
    _wire_mail(hub, policies, presenter, mail)
    return GuiContext(
        runner,
        presenter,
        dialogs or QtDialogService(),
        monitor,
        database,
        hub,
        policies,
        settings,
        clock,
        mail,
        heap,
    )


def _wire_mail(
    hub: DeviceHub, policies: PolicyController, presenter: MessagePresenter, mail: MailDelivery
) -> None:
    """After an official audit: read the device's mail-access state, and send what it queued at once.
    After a withdrawal: send the restores and say how many devices were restored."""

    def on_scan_finished(key: str) -> None:
        session = hub.sessions.get(key)
        outcome = session.outcome if session is not None else None
        if outcome is None or outcome.audit_id is None:
            return
        device = outcome.report.device
        mail.watch((str(device.platform), device.serial))
        if outcome.message_id is not None:
            mail.deliver_due()

    def on_policy_applied(applied: PolicyApplied) -> None:
        if applied.restored_count:
            presenter.info(
                QCoreApplication.translate(
                    "Policy",
                    "The new policy withdrew rules: %Ln device(s) restored without their phone.",
                    "",
                    applied.restored_count,
                )
            )
            mail.deliver_due()
        if applied.pending_retraction_at is not None:
            presenter.info(
                QCoreApplication.translate(
                    "Policy",
                    "The retraction takes effect at {at}; the devices it blocked are restored then, "
                    "while this window is open (or when a station next loads this policy).",
                ).format(at=zoned_time(applied.pending_retraction_at))
            )

    def on_acceptance_failed(_policy: LoadedPolicy, error: BaseException) -> None:
        presenter.error(
            error,
            context=QCoreApplication.translate(
                "Policy", "The policy was not accepted on this station; its checks are informational"
            ),
        )

    hub.scan_finished.connect(on_scan_finished)
    policies.policy_applied.connect(on_policy_applied)
    policies.acceptance_failed.connect(on_acceptance_failed)

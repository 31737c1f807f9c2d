"""The window's services, built once from what the composition root provides."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core.ports import Clock
from desktop_app.gui.database_gateway import DatabaseGateway, HistoryStore
from desktop_app.gui.device_hub import DeviceHub
from desktop_app.gui.dialogs import DialogService, QtDialogService
from desktop_app.gui.hotplug import DiscoverySource, HotplugMonitor
from desktop_app.gui.policy_controller import PolicyController
from desktop_app.gui.presenter import MessagePresenter
from desktop_app.gui.settings import UiSettings
from desktop_app.gui.task_runner import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.policy import LoadedPolicy
    from desktop_app.core.signing import TrustedKey


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

    def start(self) -> None:
        self.monitor.start()

    def finish_loading(
        self,
        policy: LoadedPolicy,
        trusted_keys: list[TrustedKey],
        require_signature: bool,
        receipt_key: Any,
    ) -> None:
        """Hand over what was loaded off the UI thread after the window showed."""
        self.database.set_receipt_key(receipt_key)
        self.database.store_ready()
        self.policies.set_start_policy(policy, trusted_keys, require_signature)

    def shutdown(self) -> None:
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
) -> GuiContext:
    runner = TaskRunner()
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
    policies = PolicyController(runner, policy, list(trusted_keys or []), require_signature)
    policies.policy_changed.connect(hub.set_policy)
    return GuiContext(
        runner, presenter, dialogs or QtDialogService(), monitor, database, hub, policies, settings, clock
    )

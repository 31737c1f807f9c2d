"""Mail access while the window is open: queued messages delivered in the background, and each
device's mail-access state (not requested / requested / confirmed / failed) kept for the pages.

Delivery runs on the task runner's own "mail" key with its own database connection, never on the
UI thread and never behind a scan's database work; the outbox's claims keep it from sending a
message twice when a command-line `outbox deliver` or another window runs at the same time.
A message is sent at once when an audit queues it, and due retries (the outbox's back-off) are
picked up by a timer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.ports import Clock, ProgressCallback
from desktop_app.gui.database_gateway import DatabaseGateway
from desktop_app.gui.task_runner import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.outcome_records import MailAccess
    from desktop_app.integrations.webhook import DeliverySummary, WebhookConfig

log = logging.getLogger(__name__)

MAIL_KEY = "mail"
RETRY_CHECK_MS = 5000

DeviceId = tuple[str, str]  # (platform, serial)


class MailDelivery(QObject):
    delivered = Signal(object)  # DeliverySummary, after a round that tried at least one message
    access_changed = Signal(object)  # DeviceId whose mail-access state was (re)read

    def __init__(
        self,
        runner: TaskRunner,
        database: DatabaseGateway,
        outbox_factory: Callable[[], Any],
        clock: Clock,
        *,
        retry_check_ms: int = RETRY_CHECK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._database = database
        self._outbox_factory = outbox_factory
        self._clock = clock
        self._webhook: WebhookConfig | None = None
        self._outbox: Any = None  # opened on the mail thread, used only there
        self._busy = False
        self._again = False
        self._closed = False
        self.access: dict[DeviceId, MailAccess] = {}
        self.configured = False
        self._timer = QTimer(self)
        self._timer.setInterval(retry_check_ms)
        self._timer.timeout.connect(self.deliver_due)

    def configure(self, webhook: WebhookConfig | None) -> None:
        """The webhook from the config (None: messages stay queued, and the page says so)."""
        self._webhook = webhook
        self.configured = webhook is not None
        if webhook is not None and not self._closed:
            self._timer.start()
            self.deliver_due()

    def stop(self) -> None:
        self._closed = True
        self._timer.stop()

    def deliver_due(self) -> None:
        """Send what is due now, in the background (a second call while sending runs once more after)."""
        webhook = self._webhook
        if webhook is None or self._closed:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._runner.submit(
            MAIL_KEY,
            lambda progress: self._deliver(webhook, progress),
            on_done=self._on_delivered,
            on_error=self._on_failed,
        )

    def _deliver(self, webhook: WebhookConfig, _progress: ProgressCallback) -> DeliverySummary:
        from desktop_app.integrations.webhook import deliver_due  # on the mail thread

        if self._outbox is None:
            self._outbox = self._outbox_factory()
        return deliver_due(self._outbox, webhook, self._clock.now())

    def _on_delivered(self, summary: DeliverySummary) -> None:
        self._finish()
        if summary.attempted:
            self.delivered.emit(summary)
            self.refresh()

    def _on_failed(self, error: BaseException) -> None:
        log.warning("mail-access delivery failed: %s", error)
        self._finish()

    def _finish(self) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.deliver_due()

    # -- state per device ----------------------------------------------------------------------
    def watch(self, device: DeviceId) -> None:
        """Read one device's mail-access state (after an official audit of it)."""
        self._read([device])

    def refresh(self) -> None:
        """Read again every device shown so far (after a delivery round)."""
        if self.access:
            self._read(list(self.access))

    def _read(self, devices: list[DeviceId]) -> None:
        self._database.mail_access(devices, self._on_read, lambda error: log.warning("%s", error))

    def _on_read(self, found: dict[DeviceId, MailAccess]) -> None:
        for device, access in found.items():
            if self.access.get(device) != access:
                self.access[device] = access
                self.access_changed.emit(device)

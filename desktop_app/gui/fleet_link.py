"""The window's link to the fleet: cycles of the StationAgent on the task runner's "fleet" key.

Each cycle waits up to a few seconds for a NOTIFY, so a published policy is applied within
seconds; the policy then becomes the window's policy (attached phones are checked again).
When the server is away, cycles back off (2 s doubling to 60 s) and rows wait on the station.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.gui.policy_controller import PolicyController
from desktop_app.gui.presenter import MessagePresenter
from desktop_app.gui.task_runner import TaskRunner

if TYPE_CHECKING:
    from desktop_app.storage.fleet.station_agent import CycleReport, StationAgent

logger = logging.getLogger(__name__)

FLEET_KEY = "fleet"
MAX_BACKOFF_S = 60.0


class FleetLink(QObject):
    snapshot_changed = Signal(object)  # FleetSnapshot
    connection_changed = Signal(str)
    policy_applied = Signal(object)  # LoadedPolicy
    restores_queued = Signal(int)  # restores queued here for devices of silent stations

    def __init__(
        self,
        runner: TaskRunner,
        presenter: MessagePresenter,
        policies: PolicyController,
        agent_factory: Callable[[], StationAgent],
        *,
        wait_s: float = 2.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._presenter = presenter
        self._policies = policies
        self._agent_factory = agent_factory
        self._agent: StationAgent | None = None
        self._wait_s = wait_s
        self._backoff_s = 0.0
        self._stopped = False

    def start(self) -> None:
        self._submit()

    def stop(self) -> None:
        self._stopped = True
        agent = self._agent
        if agent is not None:
            self._runner.submit(FLEET_KEY, lambda _progress: agent.shutdown())

    def _submit(self) -> None:
        if self._stopped:
            return
        self._runner.submit(
            FLEET_KEY, self._cycle, on_done=self._on_cycle_done, on_error=self._on_cycle_failed
        )

    def _cycle(self, _progress: object) -> CycleReport:
        if self._agent is None:
            self._agent = self._agent_factory()
        return self._agent.cycle(self._wait_s)

    def _on_cycle_done(self, report: CycleReport) -> None:
        if report.policy is not None:
            self._policies.use(report.policy)
            self.policy_applied.emit(report.policy)
            document = report.policy.document
            self._presenter.info(
                self.tr("Policy {id} version {version} from the fleet is now in force.").format(
                    id=document.id, version=document.version
                )
            )
        for refusal in report.refused:
            self._presenter.warning(
                self.tr("A policy published for the fleet was not applied: {why}").format(why=refusal),
                hint=self.tr(
                    "Ask IT: it must be signed by a trusted key and newer than the policy in force."
                ),
            )
        if report.restored_for_fleet:
            self.restores_queued.emit(report.restored_for_fleet)
        if report.snapshot is not None:
            self.snapshot_changed.emit(report.snapshot)
        if report.error is not None:
            self._backoff_s = min(MAX_BACKOFF_S, max(2.0, self._backoff_s * 2))
            self.connection_changed.emit(
                self.tr("The fleet database cannot be reached ({error}); results wait on this station. "
                        "Next try in {seconds:.0f} s.").format(error=report.error.message, seconds=self._backoff_s)
            )  # fmt: skip
            QTimer.singleShot(int(self._backoff_s * 1000), self._submit)
            return
        if self._backoff_s or report.pushed is not None:
            pending = report.pushed.pending if report.pushed is not None else 0
            self.connection_changed.emit(
                self.tr("Connected to the fleet database; rows waiting to be sent: %Ln.", "", pending)
            )
        self._backoff_s = 0.0
        self._submit()

    def _on_cycle_failed(self, error: BaseException) -> None:
        # Not a server outage (those come back in the report): show it once, keep trying slowly.
        self._presenter.error(error, context=self.tr("The fleet link failed"))
        self._backoff_s = MAX_BACKOFF_S
        QTimer.singleShot(int(MAX_BACKOFF_S * 1000), self._submit)

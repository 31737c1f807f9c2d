"""Each thing a person asks of a phone (check, check again, remove one app, remove all flagged) is
one operation: its device steps in one place, run by the task runner on the phone's executor, its
result handed back to the hub on the UI thread (in the spirit of Anki's CollectionOp).

An operation never touches widgets or sessions: `run` works on the worker with the phone's link,
and the hub judges, records and shows what it returns."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.core.app_ids import validate_app_id
from desktop_app.core.models import Device, Finding, FindingState, Inventory, RemovalResult, RuleAction
from desktop_app.core.ports import ProgressCallback
from desktop_app.core.reading_needs import NOTHING_MORE, ReadingNeeds
from desktop_app.gui.device_session import DeviceLink, RemovalStage
from desktop_app.gui.wording import finding_name


class OperationKind(enum.StrEnum):
    CHECK = "check"
    REMOVE = "remove"


@dataclass(frozen=True, slots=True)
class DeviceRead:
    """What an operation brings back from the phone: who it is, its apps, and any removals."""

    device: Device
    inventory: Inventory
    removals: tuple[RemovalResult, ...] = ()


def removable(finding: Finding, refused: bool = False) -> bool:
    """Whether App Audit offers to remove it: a banned app the phone has not already refused to remove
    (a device owner's refusal stands until IT lifts it; offering Remove again only fails again)."""
    return (
        not refused
        and finding.action is RuleAction.REMOVE
        and finding.state in (FindingState.BLOCKING, FindingState.ACTION_NEEDED)
    )


# Marked for translation here, translated where shown (the stage check compares translated texts).
CONNECTING = str(QT_TRANSLATE_NOOP("Operations", "Connecting"))
READING = str(QT_TRANSLATE_NOOP("Operations", "Reading the app list"))
VERIFYING = str(QT_TRANSLATE_NOOP("Operations", "Checking the phone again"))


def _read(link: DeviceLink, progress: ProgressCallback, needs: ReadingNeeds) -> tuple[Device, Inventory]:
    connector = link.connector()
    device = connector.identity()
    progress(0, 0, QCoreApplication.translate("Operations", READING))
    return device, connector.read_inventory(progress, needs)


@dataclass(frozen=True)
class Operation:
    """Check (or check again): read the phone."""

    needs: ReadingNeeds = NOTHING_MORE  # what the policy needs read beyond the app list
    kind = OperationKind.CHECK

    @property
    def failure_context(self) -> str:
        return QCoreApplication.translate("Operations", "The check stopped")

    def first_progress(self) -> str:
        return QCoreApplication.translate("Operations", CONNECTING)

    def run(self, link: DeviceLink, progress: ProgressCallback) -> DeviceRead:
        """The steps, on the phone's worker thread. A failure drops the connection (the next
        operation opens a fresh one) and propagates to the hub."""
        try:
            return self._steps(link, progress)
        except BaseException:
            link.reset()
            raise

    def _steps(self, link: DeviceLink, progress: ProgressCallback) -> DeviceRead:
        device, inventory = _read(link, progress, self.needs)
        return DeviceRead(device, inventory)


@dataclass(frozen=True)
class RemoveOperation(Operation):
    """Remove one or more flagged apps, each from its own profile, then read the phone again:
    the phone, not the removal call, has the last word."""

    findings: tuple[Finding, ...] = field(default=())
    kind = OperationKind.REMOVE

    @property
    def failure_context(self) -> str:
        if len(self.findings) == 1:
            return QCoreApplication.translate("Operations", "Removing {app} stopped").format(
                app=finding_name(self.findings[0])
            )
        return QCoreApplication.translate("Operations", "Removing the flagged apps stopped")

    def first_progress(self) -> str:
        return QCoreApplication.translate("Operations", "Removing {app}").format(
            app=finding_name(self.findings[0])
        )

    def stage_of(self, what: str, stage: RemovalStage) -> RemovalStage:
        """The stage a progress report of this operation means (reports arrive in order)."""
        if stage is RemovalStage.VERIFYING or what == QCoreApplication.translate("Operations", VERIFYING):
            return RemovalStage.VERIFYING
        return RemovalStage.REMOVING

    def _steps(self, link: DeviceLink, progress: ProgressCallback) -> DeviceRead:
        for finding in self.findings:
            validate_app_id(finding.app_id)  # device strings reach a shell command: checked first
        connector = link.connector()
        results: list[RemovalResult] = []
        total = len(self.findings)
        for done, finding in enumerate(self.findings):
            progress(
                done,
                total,
                QCoreApplication.translate("Operations", "Removing {app}").format(app=finding_name(finding)),
            )
            results.extend(connector.remove_app(finding.app_id, finding.user))
        progress(total, total, QCoreApplication.translate("Operations", VERIFYING))
        device, inventory = _read(link, progress, self.needs)
        return DeviceRead(device, inventory, tuple(results))


def check(needs: ReadingNeeds = NOTHING_MORE) -> Operation:
    return Operation(needs=needs)


def remove(findings: Sequence[Finding], needs: ReadingNeeds = NOTHING_MORE) -> RemoveOperation:
    return RemoveOperation(needs=needs, findings=tuple(findings))

"""Every database call of the window, on one executor thread (sqlite connections stay on the
thread that made them; device workers never write the database themselves)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from desktop_app.core.models import Device, Inventory, RemovalResult
from desktop_app.core.ports import Clock, OutcomeStore, ProgressCallback
from desktop_app.gui.task_runner import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.audit_service import AuditOutcome, AuditService
    from desktop_app.core.outcome_records import MailAccess, NamedPerson
    from desktop_app.core.outcomes import PolicyApplied
    from desktop_app.core.policy import LoadedPolicy

DATABASE_KEY = "database"


class HistoryStore(OutcomeStore, Protocol):
    """What the history page reads; implemented by storage.AuditDatabase."""

    def list_audits(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        serial: str | None = None,
        verdict: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        device_text: str | None = None,
    ) -> Sequence[Any]: ...

    def get_audit(self, audit_id: int) -> Any: ...

    def export_documents(self, rows: Sequence[Any]) -> list[dict[str, Any]]: ...


@dataclass(frozen=True, slots=True)
class HistoryQuery:
    serial: str | None = None
    device_text: str | None = None  # part of a name, model, serial or UDID
    verdict: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 500


class DatabaseGateway:
    def __init__(
        self,
        runner: TaskRunner,
        store_factory: Callable[[], HistoryStore],
        clock: Clock,
        receipt_key: Any,
        *,
        store_ready: bool = True,
    ) -> None:
        self._runner = runner
        self._factory = store_factory
        self._clock = clock
        self._receipt_key = receipt_key
        self._store: HistoryStore | None = None  # made and used on the database thread only
        self._service: AuditService | None = None
        # Until the start-up loader knows where the store lives, queries wait here (a window that
        # reopens on History asks before the loader has run).
        self._ready = store_ready
        self._held: list[tuple[Callable[[], Any], Any, Any]] = []

    def store_ready(self) -> None:
        """The store's location is known: run the queries that waited for it, in order."""
        self._ready = True
        held, self._held = self._held, []
        for work, on_done, on_error in held:
            self._submit(work, on_done, on_error)

    def set_receipt_key(self, receipt_key: Any) -> None:
        """The station key, once loaded off the UI thread (before any audit is judged)."""
        self._receipt_key = receipt_key

    def _ensure(self) -> tuple[HistoryStore, AuditService]:
        if self._store is None or self._service is None:
            from desktop_app.core.audit_service import AuditService  # on the database thread

            self._store = self._factory()
            self._service = AuditService(self._store, self._clock, self._receipt_key)
        return self._store, self._service

    def _submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], object] | None,
        on_error: Callable[[BaseException], object] | None,
    ) -> int:
        if not self._ready:
            self._held.append((work, on_done, on_error))
            return 0

        def job(_progress: ProgressCallback) -> Any:
            return work()

        return self._runner.submit(DATABASE_KEY, job, on_done=on_done, on_error=on_error)

    def judge_and_record(
        self,
        device: Device,
        inventory: Inventory,
        policy: LoadedPolicy,
        on_done: Callable[[AuditOutcome], object],
        on_error: Callable[[BaseException], object],
        *,
        removals: Sequence[RemovalResult] = (),
        person: NamedPerson | None = None,
    ) -> int:
        """Judge a fresh inventory, record it, and issue the receipt + outbox message if compliant.

        The removals that led to this read are recorded with this audit: the audit that shows the
        phone clean is the one that tells what was removed to get there."""

        def work() -> AuditOutcome:
            store, service = self._ensure()
            outcome = service.judge(device, inventory, policy, live=True, person=person)
            if outcome.audit_id is not None:
                for result in removals:
                    store.record_removal(outcome.audit_id, result)
            return outcome

        return self._submit(work, on_done, on_error)

    def export_history(
        self,
        rows: Sequence[Any],
        kind: str,
        path: Path,
        on_done: Callable[[Any], object],
        on_error: Callable[[BaseException], object],
    ) -> int:
        """Write the audits of rows, with their findings and removals, as CSV or JSON to path."""

        def work() -> Path:
            from desktop_app.storage.history_export import csv_text, json_text  # on the database thread

            documents = self._ensure()[0].export_documents(rows)
            path.write_text(csv_text(documents) if kind == "csv" else json_text(documents), encoding="utf-8")
            return path

        return self._submit(work, on_done, on_error)

    def mail_access(
        self,
        devices: Sequence[tuple[str, str]],
        on_done: Callable[[dict[tuple[str, str], MailAccess]], object],
        on_error: Callable[[BaseException], object],
    ) -> int:
        """The mail-access state of each (platform, serial)."""

        def work() -> dict[tuple[str, str], MailAccess]:
            store = self._ensure()[0]
            return {device: store.mail_access(*device) for device in devices}

        return self._submit(work, on_done, on_error)

    def apply_policy(
        self,
        policy: LoadedPolicy,
        on_done: Callable[[PolicyApplied], object],
        on_error: Callable[[BaseException], object],
    ) -> int:
        """Accept a policy version: a rollback is refused; a withdrawal restores the devices it blocked."""

        def work() -> PolicyApplied:
            outcomes = self._ensure()[1].outcomes
            assert outcomes is not None, "the window's audit service always has a store"
            return outcomes.apply_policy(policy)

        return self._submit(work, on_done, on_error)

    def list_audits(
        self,
        query: HistoryQuery,
        on_done: Callable[[Any], object],
        on_error: Callable[[BaseException], object],
    ) -> int:
        return self._submit(
            lambda: list(
                self._ensure()[0].list_audits(
                    limit=query.limit,
                    offset=0,
                    serial=query.serial,
                    verdict=query.verdict,
                    since=query.since,
                    until=query.until,
                    device_text=query.device_text,
                )
            ),
            on_done,
            on_error,
        )

    def get_audit(
        self, audit_id: int, on_done: Callable[[Any], object], on_error: Callable[[BaseException], object]
    ) -> int:
        return self._submit(lambda: self._ensure()[0].get_audit(audit_id), on_done, on_error)

    def get_visit(
        self, audit_id: int, on_done: Callable[[Any], object], on_error: Callable[[BaseException], object]
    ) -> int:
        """(the audit's detail with its signed receipt, the device's mail-access state now): the story
        tells whether this audit set that state (visit_story)."""

        def work() -> tuple[Any, Any]:
            store = self._ensure()[0]
            detail = store.get_audit(audit_id)
            if detail is None:
                return None, None
            return detail, store.mail_access(str(detail.row.platform), detail.row.serial)

        return self._submit(work, on_done, on_error)

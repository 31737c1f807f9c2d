"""What the integrations need from an outbox. storage.AuditDatabase satisfies it structurally.

Declared here, not imported from storage: sibling layers must not import each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Protocol


class PendingMessage(Protocol):
    @property
    def message_id(self) -> int: ...

    @property
    def kind(self) -> str: ...

    @property
    def payload(self) -> Mapping[str, Any]: ...

    @property
    def idempotency_key(self) -> str: ...

    @property
    def created_at(self) -> datetime: ...

    @property
    def attempts(self) -> int: ...


class Outbox(Protocol):
    def claim_outbox(self, now: datetime, lease_until: datetime) -> PendingMessage | None:
        """The next due message nobody else holds, now held until lease_until; None when none is left."""

    def mark_delivered(self, message_id: int, at: datetime) -> None: ...

    def mark_failed(
        self, message_id: int, error: str, next_attempt_at: datetime, *, permanent: bool = False
    ) -> None: ...

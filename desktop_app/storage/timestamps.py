"""One text form for every stored instant, so SQL comparisons and hashes agree."""

from __future__ import annotations

from datetime import UTC, datetime

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def to_text(moment: datetime) -> str:
    """UTC, fixed width, so text order is time order. A naive time is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(_FORMAT)


def from_text(text: str) -> datetime:
    return datetime.strptime(text, _FORMAT).replace(tzinfo=UTC)


def optional_from_text(text: str | None) -> datetime | None:
    return None if text is None else from_text(text)


def utc_now() -> datetime:
    return datetime.now(UTC)

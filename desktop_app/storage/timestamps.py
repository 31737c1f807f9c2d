"""One text form for every stored instant, so SQL comparisons and hashes agree; one strict reader.

Written always as 2026-11-30T12:00:00.000000Z. Read strictly, one way: an ISO 8601 date and time
with seconds and an explicit offset ('Z' or '+00:00', '-05:00'), so a value written by hand or by
another tool as '+00:00' means the same instant instead of stopping the outbox; anything else
(no offset, no time, words) is refused with ValueError naming the text.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import lru_cache

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_STRICT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})")


@lru_cache(maxsize=64)
def to_text(moment: datetime) -> str:
    """UTC, fixed width, so text order is time order. A naive time is taken as UTC.

    Cached: a batch (a withdrawal restoring thousands of devices) writes the same few instants
    thousands of times, and strftime is the slow part."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(_FORMAT)


def from_text(text: str) -> datetime:
    """The instant in a stored time (always aware, in UTC); ValueError if it is not one."""
    if not isinstance(text, str) or not _STRICT.fullmatch(text):
        raise ValueError(f"{text!r} is not a time like 2026-11-30T12:00:00Z")
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def optional_from_text(text: str | None) -> datetime | None:
    return None if text is None else from_text(text)


def utc_now() -> datetime:
    return datetime.now(UTC)

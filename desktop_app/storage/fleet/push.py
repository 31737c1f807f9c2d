"""Send every recorded audit and removal to the fleet database, exactly once, in batches.

The station's own tables are the outbox: rows go up in chain order, and the centre's
highest local id per kind says where to resume. A batch is one transaction keyed by
(station, kind, local id), so a connection lost mid-batch, a server restart or a second
pusher never loses nor duplicates a row.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.core.fleet_rows import ROW_KINDS, sign_row
from desktop_app.storage.database import AuditDatabase
from desktop_app.storage.fleet.station_link import StationLink

DEFAULT_BATCH = 500


@dataclass(frozen=True, slots=True)
class PushSummary:
    sent: int  # rows new to the centre
    already_there: int  # rows the centre had (a retry after a lost reply)
    pending: int  # rows still waiting on this station


def push_pending(
    store: AuditDatabase,
    link: StationLink,
    key: Ed25519PrivateKey,
    *,
    policy: tuple[str, str] | None = None,
    batch_size: int = DEFAULT_BATCH,
) -> PushSummary:
    marks = link.pushed_marks()
    sent = already = 0
    for kind in ROW_KINDS:
        while True:
            bodies = store.fleet_bodies_after(kind, marks.get(kind, 0), batch_size)
            if not bodies:
                break
            rows = [sign_row({**body, "station": link.station_name}, key) for body in bodies]
            inserted = link.insert(rows)
            sent += inserted
            already += len(rows) - inserted
            marks[kind] = rows[-1].local_id
    pending = sum(store.fleet_pending(kind, marks.get(kind, 0)) for kind in ROW_KINDS)
    link.report_contact(pending, *(policy or (None, None)))
    return PushSummary(sent, already, pending)

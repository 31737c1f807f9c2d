"""What the fleet database says about every device and station (fleet status, export, the Fleet tab)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg import sql

from desktop_app.storage.fleet.central import Connection, translated


@dataclass(frozen=True, slots=True)
class DeviceFilter:
    policy: str | None = None
    verdict: str | None = None
    app_id: str | None = None
    station: str | None = None
    needs_action: bool = False  # not compliant: noncompliant, action_required or inconclusive

    def where(self) -> tuple[sql.Composable, list[object]]:
        clauses: list[sql.Composable] = []
        params: list[object] = []
        if self.policy is not None:
            clauses.append(sql.SQL("d.policy_id = %s"))
            params.append(self.policy)
        if self.verdict is not None:
            clauses.append(sql.SQL("d.verdict = %s"))
            params.append(self.verdict)
        if self.app_id is not None:
            clauses.append(sql.SQL("d.app_ids @> ARRAY[%s]::text[]"))  # the GIN index answers this
            params.append(self.app_id)
        if self.station is not None:
            clauses.append(
                sql.SQL("d.station_id = (SELECT station_id FROM app_audit.stations WHERE name = %s)")
            )
            params.append(self.station)
        if self.needs_action:
            clauses.append(sql.SQL("d.verdict <> 'compliant'"))
        if not clauses:
            return sql.SQL(""), params
        return sql.SQL(" WHERE ") + sql.SQL(" AND ").join(clauses), params


@dataclass(frozen=True, slots=True)
class FleetDevice:
    platform: str
    serial: str
    model: str
    station: str
    verdict: str
    audited_at: datetime
    policy_id: str
    policy_version: str
    deadline: datetime | None
    findings: list[dict[str, Any]]
    mail_access: str

    def as_json(self) -> dict[str, Any]:
        identity = "udid" if self.platform == "ios" else "serial"
        return {
            "platform": self.platform,
            identity: self.serial,
            "model": self.model,
            "station": self.station,
            "verdict": self.verdict,
            "audited_at": self.audited_at.isoformat(),
            "policy": {"id": self.policy_id, "version": self.policy_version},
            "findings": [
                {"app_id": f["app_id"], "user": f["user"], "action": f["action"]} for f in self.findings
            ],
            "mail_access": self.mail_access,
        }


@dataclass(frozen=True, slots=True)
class FleetStation:
    name: str
    key_id: str
    last_contact_at: datetime | None
    pending_rows: int | None
    policy_id: str | None
    policy_version: str | None
    newest_published: str | None  # newest version published for the policy it applies
    unverified_rows: int
    silent: bool = False  # no contact for 15 minutes: switched off, or cut off from the server

    @property
    def behind(self) -> bool:
        return (
            self.last_contact_at is None
            or self.silent
            or bool(self.pending_rows)
            or (self.newest_published is not None and self.newest_published != self.policy_version)
        )


_DEVICES = sql.SQL(
    "SELECT d.platform, d.serial, d.model, s.name, d.verdict, d.recorded_at, d.policy_id, d.policy_version,"
    " d.deadline, d.findings, d.mail_access"
    " FROM app_audit.devices d JOIN app_audit.stations s USING (station_id)"
)
_COUNTS = sql.SQL("SELECT d.verdict, count(*) FROM app_audit.devices d")
_STATIONS = """
    SELECT s.name, s.key_id, s.last_contact_at, s.pending_rows, s.policy_id, s.policy_version,
           (SELECT p.version FROM app_audit.policies p WHERE p.policy_id = s.policy_id
            ORDER BY p.publication_id DESC LIMIT 1),
           (SELECT count(*) FROM app_audit.station_rows r
            WHERE r.station_id = s.station_id AND r.verified IS NULL),
           coalesce(s.last_contact_at < now() - interval '15 minutes', false)
    FROM app_audit.stations s ORDER BY s.name
"""


def devices(
    conn: Connection, where: DeviceFilter = DeviceFilter(), limit: int | None = None
) -> list[FleetDevice]:
    """Devices in a stable order; with a limit, the ones with the earliest deadline first."""
    clause, params = where.where()
    order: sql.Composable = sql.SQL(" ORDER BY d.platform, d.serial")
    if limit is not None:
        order = sql.SQL(" ORDER BY d.deadline NULLS LAST, d.recorded_at LIMIT {}").format(sql.Literal(limit))
    with translated("read the fleet's devices"):
        rows = conn.execute(_DEVICES + clause + order, params).fetchall()
        conn.commit()
    return [
        FleetDevice(
            platform=str(r[0]), serial=str(r[1]), model=str(r[2]), station=str(r[3]), verdict=str(r[4]),
            audited_at=r[5], policy_id=str(r[6]), policy_version=str(r[7]), deadline=r[8],
            findings=list(r[9]), mail_access=str(r[10]),
        )  # type: ignore[arg-type]
        for r in rows
    ]  # fmt: skip


def counts(conn: Connection, where: DeviceFilter = DeviceFilter()) -> dict[str, int]:
    clause, params = where.where()
    with translated("count the fleet's devices"):
        rows = conn.execute(_COUNTS + clause + sql.SQL(" GROUP BY d.verdict ORDER BY 1"), params).fetchall()
        conn.commit()
    return {str(verdict): int(str(n)) for verdict, n in rows}


def stations(conn: Connection) -> list[FleetStation]:
    with translated("read the fleet's stations"):
        rows = conn.execute(_STATIONS).fetchall()
        conn.commit()
    return [
        FleetStation(
            name=str(r[0]), key_id=str(r[1]), last_contact_at=r[2],  # type: ignore[arg-type]
            pending_rows=None if r[3] is None else int(str(r[3])),
            policy_id=None if r[4] is None else str(r[4]),
            policy_version=None if r[5] is None else str(r[5]),
            newest_published=None if r[6] is None else str(r[6]), unverified_rows=int(str(r[7])),
            silent=bool(r[8]),
        )
        for r in rows
    ]  # fmt: skip

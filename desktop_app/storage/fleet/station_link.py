"""A station's side of the fleet database: who it is there, what it already sent, sending more."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.errors import FleetError
from desktop_app.core.fleet_rows import SignedRow
from desktop_app.storage.fleet.central import Connection, translated

_INSERT = """
    INSERT INTO app_audit.station_rows (station_id, kind, local_id, chain_index, body, signature)
    SELECT %s, k, l, c, b, s
    FROM unnest(%s::text[], %s::bigint[], %s::bigint[], %s::text[], %s::text[]) AS u (k, l, c, b, s)
    ON CONFLICT (station_id, kind, local_id) DO NOTHING
"""


class StationLink:
    """One connection, logged in with this station's own role."""

    def __init__(self, conn: Connection, station_name: str) -> None:
        self.conn = conn
        self.station_name = station_name
        try:
            self.station_id = self._identify()
        except BaseException:
            conn.close()
            raise

    def _identify(self) -> int:
        conn, station_name = self.conn, self.station_name
        with translated("identify this station in the fleet database"):
            row = conn.execute(
                "SELECT station_id, name FROM app_audit.stations WHERE role_name = session_user"
            ).fetchone()
            conn.commit()
        if row is None:
            raise FleetError(
                "this login is not registered as a station in the fleet database",
                hint="Ask the fleet administrator to run `app-audit fleet stations --add` for this station.",
                code="fleet_unknown_station",
            )
        if row[1] != station_name:
            raise FleetError(
                f"this login belongs to station {row[1]!r}, but the config names {station_name!r}",
                hint="Fix fleet.station_name in the config, or log in with this station's own role.",
                code="fleet_config",
            )
        return int(str(row[0]))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> StationLink:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def pushed_marks(self) -> dict[str, int]:
        """The highest local id of each kind the centre already holds from this station."""
        with translated("read what the fleet database already has"):
            rows = self.conn.execute(
                "SELECT kind, max(local_id) FROM app_audit.station_rows WHERE station_id = %s GROUP BY kind",
                (self.station_id,),
            ).fetchall()
            self.conn.commit()
        return {str(kind): int(str(mark)) for kind, mark in rows}

    def insert(self, rows: Sequence[SignedRow]) -> int:
        """Insert a batch in one transaction; rows already there are skipped. Returns how many were new."""
        with translated("send rows to the fleet database"), self.conn.transaction():
            cursor = self.conn.execute(
                _INSERT,
                (
                    self.station_id,
                    [r.kind for r in rows],
                    [r.local_id for r in rows],
                    [r.chain_index for r in rows],
                    [r.body for r in rows],
                    [r.signature for r in rows],
                ),
            )
            return cursor.rowcount

    def report_contact(self, pending: int, policy_id: str | None, policy_version: str | None) -> None:
        with translated("report to the fleet database"), self.conn.transaction():
            self.conn.execute(
                "SELECT app_audit.report_contact(%s, %s, %s)", (pending, policy_id, policy_version)
            )

"""The centre's check of every row: signed by the key registered for the station that sent it.

Only rows that pass are marked verified and reach the devices view; rows that fail are
kept, marked refused, and never counted. The verifier role may do nothing else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop_app.core.fleet_rows import ROW_FORMAT, row_signature_valid
from desktop_app.core.signing import load_public_key
from desktop_app.storage.fleet.central import Connection, translated

BATCH = 2000


@dataclass(frozen=True, slots=True)
class VerifySummary:
    accepted: int = 0
    refused: int = 0
    problems: tuple[str, ...] = field(default_factory=tuple)


class _Stations:
    def __init__(self, conn: Connection) -> None:
        self._keys: dict[int, tuple[str, Ed25519PublicKey]] = {}
        for station_id, name, pem in conn.execute(
            "SELECT station_id, name, public_key FROM app_audit.stations"
        ):
            self._keys[int(str(station_id))] = (str(name), load_public_key(str(pem).encode("ascii")))

    def problem(self, station_id: int, body: str, signature: str) -> str:
        """Why this row cannot be accepted ('' when it can)."""
        name, key = self._keys[station_id]
        if not row_signature_valid(body, signature, key):
            return "signature does not verify with the station's registered key"
        try:
            document = json.loads(body)
        except ValueError:
            return "body is not JSON"
        if document.get("format") != ROW_FORMAT or document.get("station") != name:
            return "body names another station or format"
        return ""


def verify_pending(conn: Connection) -> VerifySummary:
    """Check every row not yet checked, in arrival order; accepted audits update the devices view."""
    accepted_total = refused_total = 0
    problems: list[str] = []
    with translated("verify rows in the fleet database"):
        stations = _Stations(conn)
        after = 0
        while True:
            rows = conn.execute(
                "SELECT row_id, station_id, kind, local_id, body, signature FROM app_audit.station_rows"
                " WHERE verified IS NULL AND row_id > %s ORDER BY row_id LIMIT %s",
                (after, BATCH),
            ).fetchall()
            if not rows:
                conn.commit()
                break
            accepted: list[int] = []
            refused: list[int] = []
            for row_id, station_id, kind, local_id, body, signature in rows:
                problem = stations.problem(int(str(station_id)), str(body), str(signature))
                (refused if problem else accepted).append(int(str(row_id)))
                if problem:
                    problems.append(f"station {station_id} {kind} {local_id}: {problem}")
            conn.execute("SELECT app_audit.record_verification(%s, %s)", (accepted, refused))
            conn.commit()
            accepted_total += len(accepted)
            refused_total += len(refused)
            after = int(str(rows[-1][0]))
    return VerifySummary(accepted_total, refused_total, tuple(problems))


def recheck_all(conn: Connection) -> VerifySummary:
    """Check every stored row again, accepted ones included (after a restore, or to audit the centre)."""
    good = bad = 0
    problems: list[str] = []
    with translated("verify rows in the fleet database"):
        stations = _Stations(conn)
        with conn.cursor(name="recheck") as cursor:
            cursor.execute(
                "SELECT s.name, r.kind, r.local_id, r.station_id, r.body, r.signature"
                " FROM app_audit.station_rows r JOIN app_audit.stations s USING (station_id) ORDER BY r.row_id"
            )
            for name, kind, local_id, station_id, body, signature in cursor:
                problem = stations.problem(int(str(station_id)), str(body), str(signature))
                if problem:
                    bad += 1
                    problems.append(f"{name} {kind} {local_id}: {problem}")
                else:
                    good += 1
        conn.commit()
    return VerifySummary(good, bad, tuple(problems))

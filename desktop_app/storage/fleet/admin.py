"""Administrator's work on the fleet database: registering stations with their key and login role."""

from __future__ import annotations

import re

from psycopg import sql

from desktop_app.core.errors import FleetError
from desktop_app.core.signing import key_id, load_public_key
from desktop_app.storage.fleet.central import Connection, translated

STATION_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,62}")


def default_role(name: str) -> str:
    return "app_audit_st_" + re.sub(r"[^a-z0-9_]", "_", name.lower())


def register_station(conn: Connection, name: str, public_key_pem: bytes, role: str | None = None) -> str:
    """Add a station (or give it a new key); returns its login role (created LOGIN, without a password).

    The role gets the app_audit_station rights only: insert its own rows, read the fleet.
    """
    if not STATION_NAME.fullmatch(name):
        raise FleetError(
            f"{name!r} is not a valid station name",
            hint="Use letters, digits, '.', '_' and '-' (up to 63 characters).",
            code="fleet_usage",
        )
    role = role or default_role(name)
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", role):
        raise FleetError(f"{role!r} is not a valid role name", code="fleet_usage")
    public_key = load_public_key(public_key_pem)
    with translated(f"register station {name}"), conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        if exists is None:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
        conn.execute(sql.SQL("GRANT app_audit_station TO {}").format(sql.Identifier(role)))
        conn.execute(
            "INSERT INTO app_audit.stations (name, role_name, public_key, key_id) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (name) DO UPDATE SET public_key = excluded.public_key, key_id = excluded.key_id"
            " WHERE app_audit.stations.role_name = excluded.role_name",
            (name, role, public_key_pem.decode("ascii"), key_id(public_key)),
        )
    return role

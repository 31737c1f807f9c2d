"""Connecting to the fleet database, translating psycopg errors, and applying the migrations."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import conninfo

from desktop_app.core.errors import FleetError
from desktop_app.storage.fleet.migrations import MIGRATIONS

logger = logging.getLogger(__name__)

Connection = psycopg.Connection[tuple[Any, ...]]

CONNECT_TIMEOUT_S = 10
_MIGRATION_LOCK = 0x41505041  # pg_advisory_xact_lock key: two `fleet init` at once apply each migration once


@dataclass(frozen=True, slots=True)
class FleetTarget:
    """Where the fleet database is and how to log in. The password is never part of dsn."""

    dsn: str
    password_file: Path | None = None

    def __post_init__(self) -> None:
        try:
            params = conninfo.conninfo_to_dict(self.dsn)
        except psycopg.ProgrammingError as exc:
            raise FleetError(f"the fleet dsn is not valid: {exc}", code="fleet_config") from exc
        if "password" in params:
            raise FleetError(
                "the fleet dsn contains a password",
                hint="Remove it: use a password_file, PGPASSFILE (~/.pgpass) or a client certificate.",
                code="fleet_config",
            )

    def describe(self) -> str:
        params = conninfo.conninfo_to_dict(self.dsn)
        return f"{params.get('user', '?')}@{params.get('host', 'localhost')}:{params.get('port', 5432)}"


def connect(target: FleetTarget, *, autocommit: bool = False) -> Connection:
    extra: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "app-audit"}
    if target.password_file is not None:
        try:
            extra["password"] = target.password_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise FleetError(
                f"the fleet password file {target.password_file} cannot be read ({exc.strerror})",
                code="fleet_config",
            ) from exc
    with translated(f"connect to the fleet database {target.describe()}"):
        return psycopg.connect(conninfo.make_conninfo(target.dsn, **extra), autocommit=autocommit)


@contextmanager
def translated(action: str) -> Iterator[None]:
    """psycopg errors become FleetError with a hint for the person."""
    try:
        yield
    except psycopg.errors.InsufficientPrivilege as exc:
        raise FleetError(
            f"Could not {action}: the fleet database refused it ({_first_line(exc)}).",
            hint="This login may not do that: see docs/deploying.md for the roles.",
            code="fleet_refused",
        ) from exc
    except psycopg.OperationalError as exc:
        raise FleetError(
            f"Could not {action}: {_first_line(exc)}.",
            hint="Check that the fleet server is up and reachable; rows wait on this station meanwhile.",
            code="fleet_unreachable",
        ) from exc
    except psycopg.Error as exc:
        raise FleetError(f"Could not {action}: {_first_line(exc)}.", code="fleet_refused") from exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def applied_versions(conn: Connection) -> list[int]:
    exists = conn.execute("SELECT to_regclass('app_audit.schema_migrations') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return []
    return [int(str(v)) for (v,) in conn.execute("SELECT version FROM app_audit.schema_migrations")]


def migrate(conn: Connection) -> list[str]:
    """Apply the migrations this database lacks; returns their names (none: already current)."""
    done: list[str] = []
    with translated("create or update the fleet schema"):
        for migration in MIGRATIONS:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
                conn.execute("CREATE SCHEMA IF NOT EXISTS app_audit")
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS app_audit.schema_migrations ("
                    " version integer PRIMARY KEY, name text NOT NULL,"
                    " applied_at timestamptz NOT NULL DEFAULT now())"
                )
                if migration.version in applied_versions(conn):
                    continue
                conn.execute(migration.sql.encode("utf-8"))
                conn.execute(
                    "INSERT INTO app_audit.schema_migrations (version, name) VALUES (%s, %s)",
                    (migration.version, migration.name),
                )
                logger.info("fleet schema: applied %d %s", migration.version, migration.name)
                done.append(f"{migration.version:03d} {migration.name}")
        newest = max(applied_versions(conn), default=0)
    if newest > MIGRATIONS[-1].version:
        raise FleetError(
            f"the fleet database has schema version {newest}, newer than this App Audit knows",
            hint="Update App Audit on this station.",
            code="fleet_too_new",
        )
    return done

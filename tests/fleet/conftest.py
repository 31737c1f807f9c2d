"""A real PostgreSQL for the fleet tests: one throwaway cluster per session, one fresh database per test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from desktop_app.core.checker import evaluate
from desktop_app.core.config import TrustedKeyEntry, load_trusted_keys
from desktop_app.core.models import Device, Platform
from desktop_app.core.policy import LoadedPolicy, load_policy
from desktop_app.core.signing import (
    generate_private_key,
    load_private_key,
    private_key_to_pem,
    public_key_to_pem,
    sign_detached,
)
from desktop_app.storage.database import AuditDatabase
from desktop_app.storage.fleet.admin import register_station
from desktop_app.storage.fleet.central import FleetTarget, connect, migrate
from desktop_app.storage.fleet.station_link import StationLink
from desktop_app.storage.station_files import load_or_create_receipt_key
from tests.conftest import DEFAULT_POLICY, REPO
from tests.core.builders import android_app, inventory
from tests.fleet.pg_cluster import LocalCluster, local_cluster

SAMPLE_ISSUER = REPO / "resources" / "keys" / "sample-issuer.pub"
PASSWORD = "station-secret"
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg() -> Iterator[LocalCluster]:
    with local_cluster(fast=True) as cluster:
        yield cluster


@dataclass
class Station:
    name: str
    role: str
    data_dir: Path
    config: Path
    target: FleetTarget

    @property
    def db_path(self) -> Path:
        return self.data_dir / "audits.db"

    def cli(self, *argv: str) -> list[str]:
        return [*argv, "--config", str(self.config), "--data-dir", str(self.data_dir)]

    def link(self) -> StationLink:
        return StationLink(connect(self.target), self.name)


@dataclass
class FleetDb:
    cluster: LocalCluster
    dbname: str
    tmp: Path

    @property
    def admin_dsn(self) -> str:
        return f"host={self.cluster.socket_dir} port={self.cluster.port} user=postgres dbname={self.dbname}"

    def admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.admin_dsn, autocommit=True)

    def login(self, role: str) -> FleetTarget:
        """A login role with a password, reached over TCP like a real station."""
        with self.admin() as conn:
            conn.execute(
                sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(PASSWORD))
            )
        password_file = self.tmp / f"{role}.password"
        password_file.write_text(PASSWORD + "\n")
        return FleetTarget(self.cluster.tcp_dsn(role, self.dbname), password_file)

    def add_station(self, name: str, *trusted: Path, fleet_extra: str = "") -> Station:
        data_dir = self.tmp / name
        key = load_or_create_receipt_key(data_dir)
        with connect(FleetTarget(self.admin_dsn)) as conn:
            role = register_station(
                conn, name, public_key_to_pem(key.public_key()), "st_" + name.replace("-", "_")
            )
        target = self.login(role)
        config = data_dir / "config.yaml"
        config.write_text(
            f"fleet:\n  dsn: '{target.dsn}'\n  station_name: {name}\n  password_file: {target.password_file}\n"
            + (f"  {fleet_extra}\n" if fleet_extra else "")
            + f"trusted_keys:\n  - {{name: sample issuer, path: {SAMPLE_ISSUER}}}\n"
            + "".join(f"  - {{name: {key.stem}, path: {key}}}\n" for key in trusted)
        )
        return Station(name, role, data_dir, config, target)

    def role_with(self, role: str, group: str) -> FleetTarget:
        with self.admin() as conn:
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(role)))
        return self.login(role)


@pytest.fixture
def fleet_db(pg: LocalCluster, tmp_path: Path) -> Iterator[FleetDb]:
    dbname = f"fleet_{next(_numbers)}"
    with psycopg.connect(pg.admin_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    db = FleetDb(pg, dbname, tmp_path)
    with connect(FleetTarget(db.admin_dsn)) as conn:
        migrate(conn)
    yield db
    with psycopg.connect(pg.admin_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname)))


@dataclass
class Issuer:
    """IT's policy signing key, and policies it issues."""

    key_path: Path
    public_path: Path
    folder: Path

    def issue(self, version: str, *, status: str = "active", name: str = "") -> Path:
        text = DEFAULT_POLICY.read_text(encoding="utf-8")
        text = text.replace('version: "2026.11.28-2"', f'version: "{version}"').replace(
            "status: active", f"status: {status}"
        )
        path = self.folder / (name or f"policy-{version}.yaml")
        path.write_text(text, encoding="utf-8")
        path.with_name(path.name + ".sig").write_bytes(
            sign_detached(load_private_key(self.key_path.read_bytes()), path.read_bytes())
        )
        return path


@pytest.fixture
def issuer(tmp_path: Path) -> Issuer:
    key = generate_private_key()
    folder = tmp_path / "it"
    folder.mkdir()
    key_path, public_path = folder / "issuer.key", folder / "issuer.pub"
    key_path.write_bytes(private_key_to_pem(key))
    public_path.write_bytes(public_key_to_pem(key.public_key()))
    return Issuer(key_path, public_path, folder)


@pytest.fixture(scope="session")
def signed_policy() -> LoadedPolicy:
    keys = load_trusted_keys([TrustedKeyEntry(name="sample issuer", path=SAMPLE_ISSUER)])
    return load_policy(DEFAULT_POLICY, keys, require_signature=True)


T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


class StepClock:
    def __init__(self, start: datetime = T0) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current


def record_audits(
    db_path: Path,
    policy: LoadedPolicy,
    count: int,
    *,
    tiktok_every: int = 0,
    start: datetime = T0,
    prefix: str = "SER",
) -> None:
    """count audits of count different phones, straight into the station's database."""
    clock = StepClock(start)
    with AuditDatabase(db_path, clock=clock) as store:
        for n in range(count):
            apps = [android_app("com.example.mail")]
            if tiktok_every and n % tiktok_every == 0:
                apps.append(android_app("com.zhiliaoapp.musically"))
            device = Device(Platform.ANDROID, f"{prefix}{n:06d}", model="Pixel 8")
            clock.current = start + timedelta(seconds=n)
            report = evaluate(device, inventory(*apps), policy, clock.current)
            store.record_audit(report, None, keep_inventory=False, official=True, origin="live")

"""Fleet database figures, against a local PostgreSQL this script starts (and deletes) itself.

    python bench/fleet.py [--stations 200] [--audits 100000] [--history 1000000] [--devices 200000]

Each figure is printed with a named baseline measured in the same run on the same machine:
  - ingest: N signed audits pushed by S concurrent simulated stations (one thread, one connection and one
    login role each, through StationLink.insert: row-level security, the body trigger, the unique key),
    in audits/s [target >= 2,000/s]; baseline: one bare COPY of the same rows into a table with the same
    columns and no index, trigger or policy. The central verification of those rows (Ed25519 check, devices
    view update) is printed too.
  - status: `fleet status` counts and the "still has TikTok" list (fleet_view.counts / fleet_view.devices
    with --app) over H audits of D devices [target < 300 ms each]; baseline: the same answers computed
    naively from the audit history (latest row per device by DISTINCT ON over the H rows). The history and
    the devices view are generated in SQL (generate_series), consistent with each other: the script checks
    that both ways give the same counts.
  - publish: time from `policy publish` to the last of P running stations applying it [target < 5 s]
    (each station a StationAgent cycling in its own thread, woken by NOTIFY: check the signature with its
    trusted keys, apply, install); baseline: the same P applications done one after the other in one
    thread from a local file (no database, no notification).
The server keeps PostgreSQL's durable defaults (fsync on).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import statistics
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.fleet_rows import SignedRow, sign_row
from desktop_app.core.policy import LoadedPolicy, load_policy
from desktop_app.core.signing import TrustedKey, generate_private_key, public_key_to_pem, sign_detached
from desktop_app.storage.database import AuditDatabase
from desktop_app.storage.fleet import fleet_view
from desktop_app.storage.fleet.admin import register_station
from desktop_app.storage.fleet.central import FleetTarget, connect, migrate
from desktop_app.storage.fleet.policy_feed import publish
from desktop_app.storage.fleet.station_agent import StationAgent, StationSettings, apply_fleet_policy
from desktop_app.storage.fleet.station_link import StationLink
from desktop_app.storage.fleet.verifier import verify_pending
from tests.conftest import DEFAULT_POLICY
from tests.fleet.pg_cluster import LocalCluster, local_cluster

TIKTOK = "com.zhiliaoapp.musically"
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
PASSWORD = "bench"


def median_ms(action: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples)


def audit_body(station: str, local_id: int, serial: str, tiktok: bool) -> dict[str, Any]:
    findings = [{"rule_id": "tiktok", "app_id": TIKTOK, "user": 0, "action": "remove", "state": "blocking"}]
    return {
        "kind": "audit", "station": station, "local_id": local_id, "chain_index": local_id,
        "prev_hash": "0" * 64, "row_hash": f"{local_id:064x}",
        "recorded_at": (T0 + timedelta(seconds=local_id)).isoformat(), "evaluated_at": T0.isoformat(),
        "device": {"platform": "android", "serial": serial, "model": "Pixel 8", "os_version": "14"},
        "policy": {"id": "acme-mobile-mail", "version": "2026.11.28-1", "sha256": "ab" * 32, "signed": True,
                   "retracted": False},
        "official": True, "verdict": "noncompliant" if tiktok else "compliant", "apps_scanned": 180,
        "inventory_sha256": "cd" * 32, "deadline": None, "findings": findings if tiktok else [],
    }  # fmt: skip


def register(cluster: LocalCluster, dbname: str, stations: int) -> list[tuple[str, FleetTarget, Any]]:
    admin_dsn = f"host={cluster.socket_dir} port={cluster.port} user=postgres dbname={dbname}"
    password_file = cluster.base / "station.password"
    password_file.write_text(PASSWORD)
    out = []
    with connect(FleetTarget(admin_dsn)) as conn:
        for n in range(stations):
            key = generate_private_key()
            name = f"st{n:03d}"
            role = register_station(conn, name, public_key_to_pem(key.public_key()), f"bench_{name}")
            conn.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(role), sql.Literal(PASSWORD))
            )
            conn.commit()
            out.append((name, FleetTarget(cluster.tcp_dsn(role, dbname), password_file), key))
    return out


def bench_ingest(cluster: LocalCluster, stations: int, audits: int) -> None:
    dbname = "ingest"
    with psycopg.connect(cluster.admin_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    admin_dsn = f"host={cluster.socket_dir} port={cluster.port} user=postgres dbname={dbname}"
    with connect(FleetTarget(admin_dsn)) as conn:
        migrate(conn)
    registered = register(cluster, dbname, stations)
    per_station = audits // stations
    began = time.perf_counter()
    batches: list[list[SignedRow]] = []
    for s, (name, _target, key) in enumerate(registered):
        rows = [
            sign_row(audit_body(name, i, f"S{s:03d}D{i % 50:03d}", i % 10 == 0), key)
            for i in range(1, per_station + 1)
        ]
        batches.append(rows)
    total = per_station * stations
    print(f"generated and signed {total} audits in {time.perf_counter() - began:.1f} s (not measured below)")

    links = [StationLink(connect(target), name) for name, target, _key in registered]
    start = threading.Barrier(len(links) + 1)
    done: list[float] = []

    def station(link: StationLink, rows: list[SignedRow]) -> None:
        start.wait()
        for i in range(0, len(rows), 100):  # a station pushes in batches of 100
            link.insert(rows[i : i + 100])
        done.append(time.perf_counter())

    threads = [
        threading.Thread(target=station, args=(link, rows)) for link, rows in zip(links, batches, strict=True)
    ]
    for thread in threads:
        thread.start()
    start.wait()
    t0 = time.perf_counter()
    for thread in threads:
        thread.join()
    ingest_s = max(done) - t0
    for link in links:
        link.close()

    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(
            "CREATE TABLE bench_copy (station_id integer, kind text, local_id bigint, chain_index bigint,"
            " body text, signature text)"
        )
        buffer = io.StringIO()
        for s, rows in enumerate(batches):
            for r in rows:
                body = r.body.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                buffer.write(f"{s + 1}\t{r.kind}\t{r.local_id}\t{r.chain_index}\t{body}\t{r.signature}\n")
        data = buffer.getvalue()
        t1 = time.perf_counter()
        with (
            conn.cursor() as cursor,
            cursor.copy(
                "COPY bench_copy (station_id, kind, local_id, chain_index, body, signature) FROM STDIN"
            ) as copy,
        ):
            copy.write(data)
        copy_s = time.perf_counter() - t1
        (stored,) = conn.execute("SELECT count(*) FROM app_audit.station_rows").fetchone() or (0,)
    with connect(FleetTarget(admin_dsn)) as conn:
        t2 = time.perf_counter()
        summary = verify_pending(conn)
        verify_s = time.perf_counter() - t2
        counted = sum(fleet_view.counts(conn).values())
    rate, copy_rate = total / ingest_s, total / copy_s
    print(f"ingest: {total} audits from {stations} concurrent stations: {rate:8.0f} audits/s"
          f"  [target >= 2,000/s]  = {rate / copy_rate:5.2f}x bare COPY's rate ({ingest_s:.2f} s)")  # fmt: skip
    print(
        f"baseline: one bare COPY of the same rows (no index, trigger, policy): {copy_rate:8.0f} rows/s ({copy_s:.2f} s)"
    )
    print(f"rows stored {stored} (expected {total}); central verification: {summary.accepted / verify_s:8.0f} rows/s"
          f" ({summary.accepted} accepted, {summary.refused} refused, {counted} devices in the view)")  # fmt: skip


def bench_status(cluster: LocalCluster, history: int, devices: int, repeat: int) -> None:
    dbname = "status"
    with psycopg.connect(cluster.admin_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    admin_dsn = f"host={cluster.socket_dir} port={cluster.port} user=postgres dbname={dbname}"
    with connect(FleetTarget(admin_dsn)) as conn:
        migrate(conn)
    register(cluster, dbname, 200)
    # Every 50th device still has TikTok at its latest audit (2 %); older audits of every device had it.
    began = time.perf_counter()
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")  # bulk load: the body trigger is skipped
        conn.execute(
            """
            INSERT INTO app_audit.station_rows (station_id, kind, local_id, chain_index, body, signature,
                platform, serial, recorded_at, verified, verified_at)
            SELECT 1 + (n %% 200), 'audit', n, n,
                   json_build_object('verdict', v, 'findings',
                       CASE WHEN v = 'compliant' THEN '[]'::json
                            ELSE json_build_array(json_build_object('app_id', %(tiktok)s::text, 'user', 0,
                                 'action', 'remove', 'state', 'blocking')) END)::text,
                   'x', 'android', 'SER' || (n %% %(devices)s), %(t0)s + n * interval '1 second', true, now()
            FROM generate_series(1, %(history)s) n,
                 LATERAL (SELECT CASE WHEN n > %(history)s - %(devices)s AND (n %% %(devices)s) %% 50 <> 0
                                      THEN 'compliant' ELSE 'noncompliant' END AS v) verdicts
            """,
            {"tiktok": TIKTOK, "devices": devices, "history": history, "t0": T0},
        )
        conn.execute(
            """
            INSERT INTO app_audit.devices (platform, serial, model, station_id, row_id, chain_index, recorded_at,
                verdict, official, policy_id, policy_version, findings, app_ids, official_verdict, mail_access)
            SELECT 'android', 'SER' || (r.local_id %% %(devices)s), 'Pixel 8', r.station_id, r.row_id, r.chain_index,
                   r.recorded_at, r.body::jsonb->>'verdict', true, 'acme-mobile-mail', '2026.11.28-1',
                   r.body::jsonb->'findings',
                   CASE WHEN r.body::jsonb->>'verdict' = 'compliant' THEN '{}'::text[] ELSE ARRAY[%(tiktok)s::text] END,
                   r.body::jsonb->>'verdict',
                   CASE WHEN r.body::jsonb->>'verdict' = 'compliant' THEN 'restored' ELSE 'blocked' END
            FROM app_audit.station_rows r WHERE r.local_id > %(history)s - %(devices)s
            """,
            {"tiktok": TIKTOK, "devices": devices, "history": history},
        )
        conn.execute("VACUUM ANALYZE app_audit.station_rows")
        conn.execute("VACUUM ANALYZE app_audit.devices")
    print(
        f"generated {history} audits of {devices} devices in {time.perf_counter() - began:.1f} s (not measured)"
    )

    naive_latest = (
        "WITH latest AS (SELECT DISTINCT ON (platform, serial) platform, serial, body::jsonb AS d"
        " FROM app_audit.station_rows WHERE verified ORDER BY platform, serial, station_id, chain_index DESC) "
    )
    with connect(FleetTarget(admin_dsn)) as conn:
        counts = fleet_view.counts(conn)
        tiktok = fleet_view.devices(conn, fleet_view.DeviceFilter(app_id=TIKTOK))
        counts_ms = median_ms(lambda: fleet_view.counts(conn), repeat)
        list_ms = median_ms(lambda: fleet_view.devices(conn, fleet_view.DeviceFilter(app_id=TIKTOK)), repeat)
        naive_counts = dict(
            conn.execute(naive_latest + "SELECT d->>'verdict', count(*) FROM latest GROUP BY 1").fetchall()
        )
        naive_list_sql = (
            naive_latest + "SELECT platform, serial, d FROM latest WHERE d->'findings' @> %s::jsonb"
        )
        probe = f'[{{"app_id": "{TIKTOK}"}}]'
        naive_list = conn.execute(naive_list_sql, (probe,)).fetchall()
        naive_counts_ms = median_ms(
            lambda: conn.execute(
                naive_latest + "SELECT d->>'verdict', count(*) FROM latest GROUP BY 1"
            ).fetchall(),
            1,
        )
        naive_list_ms = median_ms(lambda: conn.execute(naive_list_sql, (probe,)).fetchall(), 1)
        conn.commit()
    print(f"fleet status counts over {history} audits / {devices} devices: {counts_ms:8.1f} ms  [target < 300 ms]"
          f"  = {naive_counts_ms / counts_ms:6.1f}x faster than naive ({naive_counts_ms:.0f} ms)")  # fmt: skip
    print(f"'still has TikTok' list ({len(tiktok)} devices):               {list_ms:8.1f} ms  [target < 300 ms]"
          f"  = {naive_list_ms / list_ms:6.1f}x faster than naive ({naive_list_ms:.0f} ms)")  # fmt: skip
    print(
        "baseline: naive = latest audit per device by DISTINCT ON over the whole history, then count / filter"
    )
    same = {k: int(v) for k, v in naive_counts.items()} == counts and len(naive_list) == len(tiktok)
    print(f"devices view agrees with the history: {same} ({counts})")


def bench_publish(cluster: LocalCluster, stations: int) -> None:
    dbname = "publish"
    with psycopg.connect(cluster.admin_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    admin_dsn = f"host={cluster.socket_dir} port={cluster.port} user=postgres dbname={dbname}"
    with connect(FleetTarget(admin_dsn)) as conn:
        migrate(conn)
    work = cluster.base / "publish"
    issuer = generate_private_key()
    trusted = [TrustedKey(issuer.public_key(), "IT")]
    text = DEFAULT_POLICY.read_bytes().replace(b'version: "2026.11.28-2"', b'version: "2026.12.07-1"')
    signature = sign_detached(issuer, text)
    applied_at: dict[str, float] = {}
    stop = threading.Event()
    agents = []
    for name, target, key in register(cluster, dbname, stations):
        folder = work / name
        folder.mkdir(parents=True)

        def apply(store: AuditDatabase, policy: LoadedPolicy, key: Any, name: str = name) -> None:
            apply_fleet_policy(store, policy, key)
            applied_at[name] = time.perf_counter()

        settings = StationSettings(target, name, folder / "audits.db", folder, key, trusted, apply,
                                   lambda: None, poll_interval_s=30.0)  # fmt: skip
        agents.append(StationAgent(settings))
    for agent in agents:
        agent.cycle(wait_s=0)  # connected, listening, nothing published yet

    def run(agent: StationAgent) -> None:
        while not stop.is_set():
            agent.cycle(wait_s=0.5)

    threads = [threading.Thread(target=run, args=(agent,)) for agent in agents]
    for thread in threads:
        thread.start()
    t0 = time.perf_counter()
    with connect(FleetTarget(admin_dsn)) as conn:
        publish(
            conn,
            "acme-mobile-mail",
            "2026.12.07-1",
            hashlib.sha256(text).hexdigest(),
            "active",
            text,
            signature,
        )
    deadline = t0 + 60
    while len(applied_at) < stations and time.perf_counter() < deadline:
        time.sleep(0.01)
    stop.set()
    for thread in threads:
        thread.join()
    for agent in agents:
        agent.shutdown()
    last = max(applied_at.values()) - t0 if len(applied_at) == stations else float("inf")

    path = work / "baseline.yaml"
    path.write_bytes(text)
    path.with_name("baseline.yaml.sig").write_bytes(signature)
    t1 = time.perf_counter()
    for n in range(stations):
        with AuditDatabase(work / f"baseline-{n}.db") as store:
            apply_fleet_policy(store, load_policy(path, trusted, require_signature=True), issuer)
    baseline = time.perf_counter() - t1
    print(f"policy publish -> last of {stations} running stations applied it: {last * 1000:8.0f} ms"
          f"  [target < 5 s]  = {last / baseline:5.2f}x the baseline ({len(applied_at)} applied)")  # fmt: skip
    print(
        f"baseline: the same {stations} applications in one thread from a local file (no database): {baseline * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=200)
    parser.add_argument("--audits", type=int, default=100_000)
    parser.add_argument("--history", type=int, default=1_000_000)
    parser.add_argument("--devices", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--publish-stations", type=int, default=50)
    parser.add_argument("--skip", action="append", default=[], choices=("ingest", "status", "publish"))
    args = parser.parse_args()
    with local_cluster(fast=False) as cluster:
        if "ingest" not in args.skip:
            bench_ingest(cluster, args.stations, args.audits)
        if "status" not in args.skip:
            bench_status(cluster, args.history, args.devices, args.repeat)
        if "publish" not in args.skip:
            bench_publish(cluster, args.publish_stations)


if __name__ == "__main__":
    main()

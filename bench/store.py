"""Audit store figures: record one audit of 500 apps; list the newest 50 of 1,000,000 audits.

    python bench/store.py [--audits 1000000]

Targets (issue 2): record < 20 ms, list < 50 ms. Each figure is printed with its ratio
against a named baseline measured in the same run on the same machine:
  - record: a bare sqlite3 INSERT of one equivalent audit row + COMMIT, same PRAGMAs
    (WAL, synchronous=FULL), no findings, no chain, no device upsert;
  - list: a bare sqlite3 `SELECT * FROM audits ORDER BY id DESC LIMIT 50`, rows as tuples.
The 1,000,000-audit database is built by bulk INSERT in a temp dir (synthetic hashes:
it measures listing, not the chain).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.core.models import (
    AppState,
    AuditReport,
    Device,
    Finding,
    FindingState,
    InstalledApp,
    Inventory,
    Platform,
    PolicyRef,
    ProfileRead,
    RuleAction,
    Verdict,
)
from desktop_app.storage import AuditDatabase

START = datetime(2026, 1, 1, tzinfo=UTC)


def median_ms(action: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples)


def sample_audit(n_apps: int) -> tuple[AuditReport, Inventory]:
    apps = tuple(
        InstalledApp(
            f"com.vendor{i % 37}.app{i}",
            Platform.ANDROID,
            label=f"App number {i}",
            version_name=f"{i}.0",
            version_code=str(1000 + i),
            installer="com.android.vending",
            user=0 if i % 5 else 10,
            signer_digests=(f"{i:064x}",),
        )
        for i in range(n_apps)
    )
    finding = Finding(
        "tiktok", "TikTok", RuleAction.REMOVE, "com.zhiliaoapp.musically", "TikTok",
        Platform.ANDROID, 0, FindingState.BLOCKING, AppState.ENABLED, {"en": "Banned.", "fr": "Interdite."},
    )  # fmt: skip
    report = AuditReport(
        device=Device(Platform.ANDROID, "R5CT1234", model="Pixel 8", os_version="14", name="desk"),
        policy=PolicyRef("acme-mobile-mail", "2026.11.28-1", "ab" * 32, signed=True),
        verdict=Verdict.NONCOMPLIANT,
        findings=(finding, finding),
        apps_scanned=n_apps,
        evaluated_at=START,
        inventory_sha256="",  # computed by the store from the 500 apps, as for a report without it
    )
    return report, Inventory(apps=apps, profiles=(ProfileRead(0), ProfileRead(10)))


def bare_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE audits (id INTEGER PRIMARY KEY, recorded_at TEXT, device TEXT, model TEXT,"
        " os_version TEXT, policy_id TEXT, policy_version TEXT, policy_sha256 TEXT, verdict TEXT,"
        " apps_scanned INTEGER, findings_count INTEGER, inventory_sha256 TEXT, row_hash TEXT)"
    )
    return conn


def bench_record(workdir: Path, repeat: int) -> None:
    report, inventory = sample_audit(500)
    db = AuditDatabase(workdir / "record.db")
    minimal = median_ms(lambda: db.record_audit(report, inventory, keep_inventory=False), repeat)
    kept = median_ms(lambda: db.record_audit(report, inventory, keep_inventory=True), repeat)
    ok = db.verify_chain().ok
    db.close()

    bare = bare_connection(workdir / "bare.db")
    row = ("2026-01-01T00:00:00.000000Z", "android:R5CT1234", "Pixel 8", "14", "acme-mobile-mail",
           "2026.11.28-1", "ab" * 32, "noncompliant", 500, 2, "cd" * 32, "ef" * 32)  # fmt: skip

    def bare_insert() -> None:
        bare.execute("BEGIN")
        bare.execute("INSERT INTO audits VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
        bare.execute("COMMIT")

    baseline = median_ms(bare_insert, repeat)
    bare.close()
    print(f"record one audit of 500 apps (minimised: findings + inventory hash): {minimal:7.2f} ms"
          f"  [target < 20 ms]  = {minimal / baseline:5.1f}x bare sqlite3 INSERT")  # fmt: skip
    print(f"record one audit of 500 apps (full inventory kept):                  {kept:7.2f} ms"
          f"  [target < 20 ms]  = {kept / baseline:5.1f}x bare sqlite3 INSERT")  # fmt: skip
    print(f"baseline: bare sqlite3 INSERT + COMMIT of one audit row (WAL, FULL):  {baseline:7.2f} ms")
    print(f"chain verifies after {2 * repeat} recorded audits: {ok}")


def build_big_database(path: Path, n_audits: int) -> float:
    """Schema by AuditDatabase (migrations), then bulk rows by raw executemany in one transaction."""
    AuditDatabase(path).close()
    began = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")  # the build only: bench setup, not the measured store
    conn.execute("BEGIN")
    n_devices = 5000
    stamp = "2026-01-01T00:00:00.000000Z"
    conn.executemany(
        "INSERT INTO devices (id, platform, serial, model, os_version, name, manufacturer, first_seen_at,"
        " last_seen_at) VALUES (?, 'android', ?, 'Pixel 8', '14', '', 'Google', ?, ?)",
        ((i, f"SER{i:06d}", stamp, stamp) for i in range(1, n_devices + 1)),
    )
    verdicts = ("compliant", "compliant", "compliant", "noncompliant", "action_required", "inconclusive")

    def rows() -> object:
        for i in range(1, n_audits + 1):
            at = (START + timedelta(seconds=30 * i)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            yield (
                i, at, at, 1 + i % n_devices, "Pixel 8", "14", "", "acme-mobile-mail", "2026.11.28-1",
                "ab" * 32, 1, 0, verdicts[i % len(verdicts)], 500, 0, "cd" * 32, None, "[]",
                f"{i - 1:064x}", f"{i:064x}",
            )  # fmt: skip

    conn.executemany(
        "INSERT INTO audits (id, recorded_at, evaluated_at, device_id, model, os_version, device_name,"
        " policy_id, policy_version, policy_sha256, policy_signed, policy_retracted, verdict, apps_scanned,"
        " findings_count, inventory_sha256, deadline, notes, prev_hash, row_hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows(),  # type: ignore[arg-type]
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    return time.perf_counter() - began


def bench_list(workdir: Path, n_audits: int, repeat: int) -> None:
    path = workdir / "big.db"
    seconds = build_big_database(path, n_audits)
    print(f"built a database of {n_audits:,} audits by bulk insert in {seconds:.1f} s")
    db = AuditDatabase(path)
    assert len(db.list_audits(limit=50)) == 50
    newest = median_ms(lambda: db.list_audits(limit=50), repeat)
    by_serial = median_ms(lambda: db.list_audits(limit=50, serial="SER000042"), repeat)
    by_verdict = median_ms(lambda: db.list_audits(limit=50, verdict="inconclusive"), repeat)
    since = START + timedelta(seconds=30 * n_audits // 2)
    by_period = median_ms(
        lambda: db.list_audits(limit=50, since=since, until=since + timedelta(days=3)), repeat
    )
    db.close()

    bare = sqlite3.connect(path)
    baseline = median_ms(
        lambda: bare.execute("SELECT * FROM audits ORDER BY id DESC LIMIT 50").fetchall(), repeat
    )
    bare.close()
    print(f"list newest 50 of {n_audits:,} audits:          {newest:7.3f} ms  [target < 50 ms]"
          f"  = {newest / baseline:5.1f}x bare sqlite3 SELECT")  # fmt: skip
    print(f"list newest 50 for one serial:              {by_serial:7.3f} ms"
          f"  = {by_serial / baseline:5.1f}x bare sqlite3 SELECT")  # fmt: skip
    print(f"list newest 50 with one verdict:            {by_verdict:7.3f} ms"
          f"  = {by_verdict / baseline:5.1f}x bare sqlite3 SELECT")  # fmt: skip
    print(f"list newest 50 within a 3-day period:       {by_period:7.3f} ms"
          f"  = {by_period / baseline:5.1f}x bare sqlite3 SELECT")  # fmt: skip
    print(f"baseline: bare sqlite3 SELECT * ... ORDER BY id DESC LIMIT 50: {baseline:7.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--audits", type=int, default=1_000_000, help="size of the big database")
    parser.add_argument("--repeat", type=int, default=100, help="timed repetitions per figure (median)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="app-audit-bench-") as tmp:
        workdir = Path(tmp)
        bench_record(workdir, args.repeat)
        bench_list(workdir, args.audits, args.repeat)


if __name__ == "__main__":
    main()

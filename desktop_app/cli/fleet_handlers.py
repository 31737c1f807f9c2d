"""What `fleet ...` and `policy publish` do (imported when one of them runs: psycopg loads only then)."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.console import emit_json, out, say
from desktop_app.cli.context import CliContext
from desktop_app.cli.outcome_steps import deliver_now
from desktop_app.core.bounded_read import SIGNATURE_MAX_BYTES, read_input_file, read_key_file
from desktop_app.core.display_text import csv_cell, shown
from desktop_app.core.errors import PolicyError, UsageError
from desktop_app.core.models import Verdict
from desktop_app.core.policy import SIGNATURE_SUFFIX, load_policy
from desktop_app.storage.fleet import admin, fleet_view
from desktop_app.storage.fleet.central import FleetTarget, connect, migrate, translated
from desktop_app.storage.fleet.policy_feed import ROWS_CHANNEL, Listener, publish
from desktop_app.storage.fleet.station_agent import StationAgent, StationSettings, apply_fleet_policy
from desktop_app.storage.fleet.verifier import recheck_all, verify_pending

FOLLOW_POLL_S = 60.0  # also check without a NOTIFY, in case one was missed while reconnecting
CSV_COLUMNS = ("platform", "serial", "model", "station", "verdict", "audited_at", "policy_id",
               "policy_version", "mail_access", "findings")  # fmt: skip


def fleet_target(ctx: CliContext) -> FleetTarget:
    configured = ctx.config.fleet
    dsn = ctx.args.dsn or (configured.dsn if configured else None)
    if not dsn:
        raise UsageError(
            "no fleet configured",
            hint="Set fleet.dsn and fleet.station_name in the config file, or pass --dsn.",
        )
    password_file = ctx.args.password_file or (
        configured.password_file if configured and not ctx.args.dsn else None
    )
    return FleetTarget(dsn, Path(password_file) if password_file else None)


def _filter(ctx: CliContext) -> fleet_view.DeviceFilter:
    return fleet_view.DeviceFilter(ctx.args.policy, ctx.args.verdict, ctx.args.app, ctx.args.station)


def cmd_init(ctx: CliContext) -> int:
    with connect(fleet_target(ctx)) as conn:
        applied = migrate(conn)
    if ctx.args.json:
        emit_json({"applied": applied})
    else:
        say("fleet schema: " + (f"applied {', '.join(applied)}" if applied else "already up to date"))
    return 0


def station_agent(ctx: CliContext) -> StationAgent:
    configured = ctx.config.fleet
    if configured is None:
        raise UsageError(
            "no fleet configured", hint="Set fleet.dsn and fleet.station_name in the config file."
        )

    def in_force() -> tuple[str, str]:
        document = ctx.policy().document
        return document.id, document.version

    settings = StationSettings(
        target=fleet_target(ctx),
        station_name=configured.station_name,
        database_path=ctx.db_path,
        data_dir=ctx.data_dir,
        receipt_key=ctx.receipt_key,
        trusted=ctx.trusted_keys,
        apply=apply_fleet_policy,
        in_force=in_force,
        poll_interval_s=configured.poll_interval_s,
        offline_after_s=configured.offline_after_s,
    )
    return StationAgent(settings)


def cmd_sync(ctx: CliContext) -> int:
    agent = station_agent(ctx)
    try:
        report = agent.cycle(wait_s=0)
    finally:
        agent.shutdown()
    if report.error is not None:
        raise report.error
    for refusal in report.refused:
        raise PolicyError(f"the policy published last was not applied: {refusal}")
    assert report.pushed is not None
    summary, received = report.pushed, report.policy
    if received is not None or report.restored_for_fleet:
        deliver_now(ctx)  # restores a withdrawal queued, here or for silent stations
    applied = None if received is None else {"id": received.document.id, "version": received.document.version}
    if ctx.args.json:
        emit_json(
            {
                "sent": summary.sent,
                "already_there": summary.already_there,
                "pending": summary.pending,
                "policy_applied": applied,
                "restored_for_silent_stations": report.restored_for_fleet,
            }
        )
    else:
        if applied is not None:
            say(f"applied policy {shown(applied['id'])} {shown(applied['version'])} from the fleet")
        say(f"sent {summary.sent} rows ({summary.already_there} already there), {summary.pending} pending")
    return 0


def cmd_publish(ctx: CliContext) -> int:
    path = Path(ctx.args.file)
    # The publisher checks what every station will check: a signature by a trusted key.
    policy = load_policy(path, ctx.trusted_keys, require_signature=True)
    signature = read_input_file(Path(str(path) + SIGNATURE_SUFFIX), SIGNATURE_MAX_BYTES)
    document = policy.document
    with connect(fleet_target(ctx)) as conn:
        publication = publish(
            conn, document.id, document.version, policy.sha256, document.status, policy.text, signature
        )
    if ctx.args.json:
        emit_json({"publication": publication, "id": document.id, "version": document.version})
    else:
        say(
            f"published {document.id} {document.version} (publication {publication}); stations pick it up now"
        )
    return 0


def _verify_if_allowed(conn: Any) -> None:
    """An administrator's status is current: rows not yet checked are checked first."""
    with translated("check the fleet login's rights"):
        (allowed,) = conn.execute(
            "SELECT pg_has_role(current_user, 'app_audit_verifier', 'USAGE')"
        ).fetchone()
    if allowed:
        summary = verify_pending(conn)
        if summary.refused:
            say(f"warning: {summary.refused} rows refused (bad signature): see `app-audit fleet verify`")
    else:
        conn.commit()


def cmd_status(ctx: CliContext) -> int:
    with connect(fleet_target(ctx)) as conn:
        _verify_if_allowed(conn)
        devices = fleet_view.devices(conn, _filter(ctx))
    counts: dict[str, int] = {}
    for device in devices:
        counts[device.verdict] = counts.get(device.verdict, 0) + 1
    if ctx.args.json:
        emit_json({"devices": [d.as_json() for d in devices], "counts": counts})
    else:
        for d in devices:
            apps = ", ".join(shown(f["app_id"]) for f in d.findings) or "-"
            out(
                f"{shown(d.platform, 8):8} {shown(d.serial, 40):28} {shown(d.station, 40):16} {shown(d.verdict):16}"
                f" {d.audited_at:%Y-%m-%d %H:%M}  {apps}"
            )
        say(", ".join(f"{n} {verdict}" for verdict, n in sorted(counts.items())) or "no devices yet")
    return 0 if all(d.verdict == Verdict.COMPLIANT for d in devices) else 1


def cmd_export(ctx: CliContext) -> int:
    with connect(fleet_target(ctx)) as conn:
        _verify_if_allowed(conn)
        devices = fleet_view.devices(conn, _filter(ctx))
    if ctx.args.format == "json":
        text = json.dumps({"devices": [d.as_json() for d in devices]}, indent=2, ensure_ascii=False) + "\n"
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        for d in devices:
            apps = " ".join(
                f"{f['app_id']}@{f['user']}" if f["user"] is not None else f["app_id"] for f in d.findings
            )
            row = [d.platform, d.serial, d.model, d.station, d.verdict, d.audited_at.isoformat(),
                   d.policy_id, d.policy_version, d.mail_access, apps]  # fmt: skip
            writer.writerow([csv_cell(value) for value in row])
        text = buffer.getvalue()
    if ctx.args.out:
        Path(ctx.args.out).write_text(text, encoding="utf-8")
        say(f"wrote {len(devices)} devices to {ctx.args.out}")
    else:
        sys.stdout.write(text)
    return 0


def cmd_stations(ctx: CliContext) -> int:
    with connect(fleet_target(ctx)) as conn:
        if ctx.args.add:
            if not ctx.args.key:
                raise UsageError(
                    "--add needs --key PUB", hint="On the station: `app-audit receipt key > station.pub`."
                )
            pem = read_key_file(Path(ctx.args.key))
            role = admin.register_station(conn, ctx.args.add, pem, ctx.args.role)
            say(
                f"station {ctx.args.add} registered; it logs in as {role} (give it a password or a certificate)"
            )
        rows = fleet_view.stations(conn)
    if ctx.args.json:
        emit_json({"stations": [
            {"name": s.name, "key_id": s.key_id,
             "last_contact_at": s.last_contact_at.isoformat() if s.last_contact_at else None,
             "pending_rows": s.pending_rows, "unverified_rows": s.unverified_rows,
             "policy": {"id": s.policy_id, "version": s.policy_version}, "newest_published": s.newest_published,
             "silent": s.silent, "behind": s.behind}
            for s in rows
        ]})  # fmt: skip
        return 0
    for s in rows:
        contact = f"{s.last_contact_at:%Y-%m-%d %H:%M}" if s.last_contact_at else "never"
        policy = f"{shown(s.policy_id)} {shown(s.policy_version)}" if s.policy_id else "-"
        out(f"{shown(s.name, 40):20} last contact {contact:16} pending {s.pending_rows if s.pending_rows is not None else '?':>5}"
            f"  policy {policy}" + ("  BEHIND" if s.behind else ""))  # fmt: skip
    return 0


def _follow(ctx: CliContext) -> int:
    """Check rows as stations send them, until interrupted (Ctrl+C, or the service is stopped)."""
    target = fleet_target(ctx)
    listener = Listener(target, (ROWS_CHANNEL,))
    try:
        with connect(target) as conn:
            while True:
                summary = verify_pending(conn)
                for problem in summary.problems:
                    say(problem)
                if summary.accepted or summary.refused:
                    say(f"{summary.accepted} rows accepted, {summary.refused} refused")
                listener.wait(FOLLOW_POLL_S)
    finally:
        listener.close()


def cmd_verify(ctx: CliContext) -> int:
    if ctx.args.follow:
        return _follow(ctx)
    with connect(fleet_target(ctx)) as conn:
        summary = recheck_all(conn) if ctx.args.all else verify_pending(conn)
    if ctx.args.json:
        emit_json({"good": summary.accepted, "bad": summary.refused, "problems": list(summary.problems)})
    else:
        for problem in summary.problems:
            say(shown(problem, 400))
        say(f"{summary.accepted} rows good, {summary.refused} bad")
    return 0 if summary.refused == 0 else 1

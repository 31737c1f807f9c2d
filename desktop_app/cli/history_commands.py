"""`history list|show|export|verify|purge`."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop_app.cli.console import emit_json, out, say
from desktop_app.cli.context import CliContext
from desktop_app.cli.receipt_anchors import check_against
from desktop_app.core.display_text import shown
from desktop_app.core.errors import UsageError
from desktop_app.core.models import Verdict
from desktop_app.storage import history_export
from desktop_app.storage.records import AuditRow


def _date(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date like 2026-11-30 or 2026-11-30T14:00"
        ) from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    history = commands.add_parser("history", help="audits recorded on this station")
    verbs = history.add_subparsers(dest="verb", metavar="VERB")
    history.set_defaults(
        handler=cmd_list, limit=50, offset=0, serial=None, verdict=None, since=None, until=None
    )

    filters = argparse.ArgumentParser(add_help=False)
    filters.add_argument("--serial", metavar="S", help="only this device")
    filters.add_argument("--verdict", choices=[str(v) for v in Verdict], help="only this verdict")
    filters.add_argument("--since", type=_date, metavar="DATE", help="recorded at or after DATE")
    filters.add_argument("--until", type=_date, metavar="DATE", help="recorded before DATE")

    listing = verbs.add_parser("list", parents=[common, filters], help="newest audits first")
    listing.add_argument("--limit", type=int, default=50, help="how many (default 50)")
    listing.add_argument("--offset", type=int, default=0, help="skip this many")
    listing.set_defaults(handler=cmd_list)

    show = verbs.add_parser("show", parents=[common], help="one audit with its findings and removals")
    show.add_argument("audit_id", type=int, metavar="AUDIT_ID")
    show.set_defaults(handler=cmd_show)

    export = verbs.add_parser("export", parents=[common, filters], help="audits as CSV or JSON")
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.add_argument("--output", "-o", metavar="FILE", help="default: standard output")
    export.add_argument("--limit", type=int, default=1_000_000, help="at most this many (default: all)")
    export.set_defaults(handler=cmd_export)

    verify = verbs.add_parser(
        "verify",
        parents=[common],
        help="check the database file (SQLite integrity check), the audit hash chain, stored policies"
        " and outbox messages: detects damage and edited or deleted audits",
    )
    verify.add_argument(
        "--against",
        metavar="DIR",
        help="also check the receipts or messages (*.json) kept in DIR: detects a deleted or rewritten tail",
    )
    verify.set_defaults(handler=cmd_verify)

    purge = verbs.add_parser("purge", parents=[common], help="delete audits older than the retention period")
    purge.add_argument("--days", type=int, metavar="N", help="default: the policy's privacy.retention_days")
    purge.add_argument("--policy", metavar="FILE", help="policy whose retention applies")
    purge.set_defaults(handler=cmd_purge)


def _rows(ctx: CliContext) -> list[AuditRow]:
    args = ctx.args
    if args.limit < 1 or args.offset < 0:
        raise UsageError("--limit must be at least 1 and --offset at least 0")
    return ctx.store.list_audits(
        limit=args.limit,
        offset=args.offset,
        serial=args.serial,
        verdict=args.verdict,
        since=args.since,
        until=args.until,
    )


def _row_dict(row: AuditRow) -> dict[str, Any]:
    data = dataclasses.asdict(row)
    data["recorded_at"] = row.recorded_at.isoformat()
    return data


def cmd_list(ctx: CliContext) -> int:
    rows = _rows(ctx)
    if getattr(ctx.args, "json", False):
        emit_json({"audits": [_row_dict(r) for r in rows]})
        return 0
    if not rows:
        say("No audits recorded yet.")
    for row in rows:
        out(
            f"{row.audit_id:>6}  {row.recorded_at:%Y-%m-%d %H:%M}  {row.verdict:15} {shown(row.platform, 8):8} "
            f"{shown(row.serial, 40):24} {shown(row.model, 24):24} {row.findings_count} finding(s)"
        )
    return 0


def cmd_show(ctx: CliContext) -> int:
    detail = ctx.store.get_audit(ctx.args.audit_id)
    if detail is None:
        raise UsageError(f"no audit {ctx.args.audit_id}", hint="See `app-audit history list`.")
    document = {
        **_row_dict(detail.row),
        "findings": detail.findings,
        "remediation": detail.remediation,
        "inventory": detail.inventory,
        "notes": detail.notes,
    }
    if ctx.args.json:
        emit_json(document)
        return 0
    row = detail.row
    out(f"Audit {row.audit_id} at {row.recorded_at.isoformat()}: {shown(row.verdict)}")
    out(f"  device {shown(row.platform)} {shown(row.serial)} {shown(row.model)} {shown(row.os_version)}")
    signed = "signed" if row.policy_signed else "unsigned"
    out(f"  policy {shown(row.policy_id)} {shown(row.policy_version)} ({signed})")
    out(f"  {row.apps_scanned} apps scanned, inventory sha256 {shown(row.inventory_sha256[:16])}...")
    for finding in detail.findings:
        out(
            f"  ! {shown(finding.get('label'))} [{shown(finding.get('app_id'))}]"
            f" user {shown(finding.get('user'))}: {shown(finding.get('state'))}"
        )
    for event in detail.remediation:
        out(f"  > {shown(event, 400)}")
    for note in detail.notes:
        out(f"  note: {shown(note, 400)}")
    return 0


def cmd_export(ctx: CliContext) -> int:
    rows = _rows(ctx) if ctx.args.limit else []
    docs = ctx.store.export_documents(rows)
    text = history_export.json_text(docs) if ctx.args.format == "json" else history_export.csv_text(docs)
    if ctx.args.output:
        Path(ctx.args.output).write_text(text, encoding="utf-8")
        say(f"wrote {len(rows)} audit(s) to {ctx.args.output}")
    else:
        sys.stdout.write(text)
    return 0


def cmd_verify(ctx: CliContext) -> int:
    report = ctx.store.verify_chain()
    problems = list(report.problems)
    receipts_checked = None
    if getattr(ctx.args, "against", None):
        receipts_checked, against = check_against(ctx.store, Path(ctx.args.against))
        problems += against
    ok = not problems
    if ctx.args.json:
        document: dict[str, Any] = {"ok": ok, "checked": report.checked, "problems": problems}
        if receipts_checked is not None:
            document["receipt_links_checked"] = receipts_checked
        emit_json(document)
    elif ok:
        against_text = f"; {receipts_checked} receipt link(s) match" if receipts_checked is not None else ""
        say(
            f"history intact: database file sound, {report.checked} record(s) in an unbroken chain,"
            f" stored policies and outbox messages unchanged{against_text}"
        )
    else:
        say(f"HISTORY WAS CHANGED: {len(problems)} problem(s) in {report.checked} record(s)")
        for problem in problems:
            say(f"  {shown(problem, 400)}")
    return 0 if ok else 1


def cmd_purge(ctx: CliContext) -> int:
    days = ctx.args.days if ctx.args.days is not None else ctx.policy().document.privacy.retention_days
    if days < 1:
        raise UsageError("--days must be at least 1")
    cutoff = ctx.clock.now() - timedelta(days=days)
    removed = ctx.store.purge_older_than(cutoff)
    if ctx.args.json:
        emit_json({"purged": removed, "cutoff": cutoff.isoformat()})
    else:
        say(f"purged {removed} audit(s) recorded before {cutoff:%Y-%m-%d %H:%M} UTC")
    return 0

"""`scan`, `remove` and `devices`: thin over the audit service and the device adapters."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop_app.cli.console import emit_json, out, say
from desktop_app.cli.context import CliContext
from desktop_app.cli.device_options import add_device_options, list_attached, open_selected_device
from desktop_app.cli.offline_inventory import load_offline_inventory, warn_about_listing
from desktop_app.cli.outcome_steps import accept_policy, announce_missing_trust, finish_outcome
from desktop_app.cli.output_files import refuse_existing, write_new_file
from desktop_app.cli.remove_command import cmd_remove
from desktop_app.cli.report_output import outcome_json, outcome_text
from desktop_app.core.display_text import shown


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    scan = commands.add_parser(
        "scan",
        parents=[common],
        help="audit one phone (or a saved listing) against the policy",
        description="Audit one phone, or a saved app listing with --inventory. Exit code: 0 compliant, "
        "1 action required or noncompliant, 2 usage/policy error, 3 device error, 4 inconclusive.",
    )
    add_device_options(scan)
    scan.add_argument(
        "--inventory",
        metavar="FILE",
        help="audit a saved listing instead of a phone: "
        "`pm list packages -f -U -i --show-versioncode` text, or ideviceinstaller/pymobiledevice3 JSON/plist",
    )
    scan.add_argument(
        "--user",
        default="0",
        metavar="N|all",
        help="with --inventory: the Android user the listing is of, or 'all' (users from uids)",
    )
    scan.add_argument(
        "--policy", metavar="FILE", help="policy file (default: configured, else the bundled one)"
    )
    scan.add_argument("--no-record", action="store_true", help="do not store the audit")
    scan.add_argument(
        "--receipt",
        metavar="FILE",
        help="when compliant, write the signed receipt to FILE (a new file; never through a symbolic link)",
    )
    scan.add_argument("--force", action="store_true", help="with --receipt: replace FILE if it exists")
    scan.set_defaults(handler=cmd_scan)

    remove = commands.add_parser(
        "remove",
        parents=[common],
        help="remove one app from the phone and check again",
        description="Remove one app, then check the phone again. Exit code: 0 removed and compliant, 1 removed "
        "but still not compliant or refused by the phone (its reason and the steps are printed), 2 not flagged "
        "without --yes or no such user, 3 device error, 4 the check after removal was inconclusive.",
    )
    remove.add_argument(
        "app_id", metavar="APP_ID", help="package name or bundle id, e.g. com.zhiliaoapp.musically"
    )
    remove.add_argument(
        "--user", type=int, metavar="N", help="Android user/profile (default: every user holding it)"
    )
    remove.add_argument("--policy", metavar="FILE", help="policy for the check after removal")
    remove.add_argument(
        "--yes", action="store_true", help="remove it even though the policy does not flag it"
    )
    add_device_options(remove)
    remove.set_defaults(handler=cmd_remove)

    devices = commands.add_parser("devices", parents=[common], help="list attached phones and their state")
    devices.add_argument("--connect", metavar="HOST:PORT", help="also probe an Android phone over TCP")
    devices.add_argument(
        "--usbmux", metavar="HOST:PORT", help="usbmuxd address (default: the platform's own)"
    )
    devices.set_defaults(handler=cmd_devices)


def cmd_scan(ctx: CliContext) -> int:
    args = ctx.args
    if args.receipt:
        refuse_existing(Path(args.receipt), force=args.force)  # before the scan, not after it
    policy = ctx.policy()
    announce_missing_trust(ctx)
    if not policy.signature.signed:
        say(f"warning: policy is not signed by a trusted key ({shown(policy.signature.problem, 400)})")
    service = ctx.audit_service(record=not args.no_record)
    accept_policy(service, policy)
    if args.inventory:
        if args.connect or args.udid:
            say("note: --inventory audits the saved listing; --connect/--udid are ignored")
        device, inventory = load_offline_inventory(Path(args.inventory), args.user, args.serial)
        warn_about_listing(inventory)
        outcome = service.judge(device, inventory, policy, record=not args.no_record, live=False)
    else:
        connector = open_selected_device(ctx)
        try:
            outcome = service.audit(connector, policy, record=not args.no_record)
        finally:
            connector.close()
    finish_outcome(ctx, outcome)
    if args.receipt and outcome.receipt is not None:
        receipt = (json.dumps(outcome.receipt, indent=2) + "\n").encode("utf-8")
        write_new_file(Path(args.receipt), receipt, force=args.force)
        say(f"receipt written to {shown(args.receipt, 400)}")
    elif args.receipt:
        say(f"no receipt written to {shown(args.receipt, 400)}: only an official compliant check earns one")
    if args.json:
        emit_json(outcome_json(outcome))
    else:
        out(outcome_text(outcome))
    return outcome.report.verdict.exit_code


def cmd_devices(ctx: CliContext) -> int:
    devices, problems = list_attached(ctx, include_ios=True)
    if ctx.args.json:
        emit_json(
            {
                "devices": [
                    {
                        "platform": str(d.platform),
                        "serial": d.serial,
                        "state": str(d.state),
                        "model": d.model,
                        "address": d.address,
                        "guidance": d.guidance,
                    }
                    for d in devices
                ],
                "problems": problems,
            }
        )
    else:
        if not devices:
            say("No phone found. Plug one in with a data cable and unlock it.")
        for d in devices:
            out(f"{d.platform:8} {shown(d.serial, 40):24} {d.state:13} {shown(d.model)}")
            if d.guidance:
                out(f"{'':8} -> {shown(d.guidance, 400)}")
        for problem in problems:
            say(f"note: {shown(problem, 400)}")
    return 0

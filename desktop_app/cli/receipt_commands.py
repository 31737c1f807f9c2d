"""`receipt verify|key`: check a compliance receipt; export this station's public key."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.console import emit_json, out, say
from desktop_app.cli.context import CliContext
from desktop_app.core.bounded_read import RECEIPT_MAX_BYTES, read_input_file, read_key_file
from desktop_app.core.display_text import shown
from desktop_app.core.receipts import verify_receipt
from desktop_app.core.signing import load_public_key, public_key_to_pem


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    receipt = commands.add_parser("receipt", help="compliance receipts")
    verbs = receipt.add_subparsers(dest="verb", required=True, metavar="VERB")
    verify = verbs.add_parser(
        "verify", parents=[common], help="check a receipt's signature (exit 0 good, 1 bad)"
    )
    verify.add_argument("file", metavar="FILE")
    verify.add_argument(
        "--key", metavar="PUB", help="the issuing station's public key (default: this station's)"
    )
    verify.set_defaults(handler=cmd_verify)
    key = verbs.add_parser("key", parents=[common], help="print this station's receipt public key (PEM)")
    key.set_defaults(handler=cmd_key)


def cmd_verify(ctx: CliContext) -> int:
    document = read_input_file(Path(ctx.args.file), RECEIPT_MAX_BYTES)
    public_key = (
        load_public_key(read_key_file(Path(ctx.args.key))) if ctx.args.key else ctx.receipt_key.public_key()
    )
    verified = verify_receipt(document, public_key)
    body = verified.body
    if ctx.args.json:
        emit_json({"valid": True, "key_id": verified.key_id, "receipt": body})
    else:
        device = body.get("device", {})
        policy = body.get("policy", {})
        device = device if isinstance(device, dict) else {}
        policy = policy if isinstance(policy, dict) else {}
        say(
            f"valid receipt: audit {shown(body.get('audit_id'))}, {shown(body.get('verdict'))},"
            f" device {shown(device.get('serial'))}, policy {shown(policy.get('id'))} {shown(policy.get('version'))},"
            f" issued {shown(body.get('issued_at'))}, signed by {verified.key_id}"
        )
    return 0


def cmd_key(ctx: CliContext) -> int:
    out(public_key_to_pem(ctx.receipt_key.public_key()).decode("ascii").rstrip())
    return 0

"""`outbox list|deliver`: the mail-access messages waiting for the webhook."""

from __future__ import annotations

import argparse

from desktop_app.cli.console import emit_json, out, say
from desktop_app.cli.context import CliContext
from desktop_app.core.display_text import shown
from desktop_app.core.errors import UsageError
from desktop_app.integrations.webhook import deliver_due


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    outbox = commands.add_parser("outbox", help="mail-access messages for the webhook")
    verbs = outbox.add_subparsers(dest="verb", required=True, metavar="VERB")
    listing = verbs.add_parser("list", parents=[common], help="messages, pending first")
    listing.add_argument("--pending", action="store_true", help="only messages not yet delivered")
    listing.set_defaults(handler=cmd_list)
    deliver = verbs.add_parser("deliver", parents=[common], help="send the messages that are due")
    deliver.add_argument("--url", help="webhook URL (default: the configured one)")
    deliver.add_argument(
        "--secret-file", metavar="FILE", help="file with the HMAC secret (default: configured)"
    )
    deliver.set_defaults(handler=cmd_deliver)
    retry = verbs.add_parser("retry", parents=[common], help="queue a message that was given up on again")
    retry.add_argument("message_id", type=int, metavar="ID")
    retry.set_defaults(handler=cmd_retry)


def cmd_list(ctx: CliContext) -> int:
    messages = ctx.store.list_outbox(include_delivered=not ctx.args.pending)
    if ctx.args.json:
        emit_json(
            {
                "messages": [
                    {
                        "id": m.message_id,
                        "kind": m.kind,
                        "idempotency_key": m.idempotency_key,
                        "created_at": m.created_at.isoformat(),
                        "status": m.status,
                        "attempts": m.attempts,
                        "next_attempt_at": m.next_attempt_at.isoformat(),
                        "delivered_at": m.delivered_at.isoformat() if m.delivered_at else None,
                        "last_error": m.last_error or None,
                        "payload": m.payload,
                    }
                    for m in messages
                ]
            }
        )
        return 0
    if not messages:
        say("The outbox is empty.")
    for m in messages:
        if m.delivered_at:
            status = f"delivered {m.delivered_at:%Y-%m-%d %H:%M}"
        else:
            status = f"{m.status} after {m.attempts} attempt(s)"
        out(
            f"{m.message_id:>5}  {shown(m.kind, 22):22} {shown(m.idempotency_key, 40):40} {status}"
            + (f"  last error: {shown(m.last_error, 400)}" if m.last_error and not m.delivered_at else "")
        )
    return 0


def cmd_deliver(ctx: CliContext) -> int:
    summary = deliver_due(
        ctx.store, ctx.webhook(url=ctx.args.url, secret_file=ctx.args.secret_file), ctx.clock.now()
    )
    if ctx.args.json:
        emit_json({"delivered": summary.delivered, "failed": summary.failed, "pending": summary.pending})
    else:
        say(f"delivered {summary.delivered}, failed {summary.failed}, still pending {summary.pending}")
    return 0 if summary.failed == 0 else 1


def cmd_retry(ctx: CliContext) -> int:
    message = ctx.store.get_outbox(ctx.args.message_id)
    if message is None:
        raise UsageError(f"no outbox message {ctx.args.message_id}", hint="See `app-audit outbox list`.")
    if message.delivered_at is not None:
        raise UsageError(f"message {message.message_id} was already delivered")
    ctx.store.requeue_outbox(message.message_id, ctx.clock.now())
    say(f"message {message.message_id} queued again; `app-audit outbox deliver` sends it")
    return 0

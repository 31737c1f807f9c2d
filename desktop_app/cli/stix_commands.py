"""`policy import-stix FILE --out POLICY.yaml`: a policy draft from a STIX 2.1 indicator bundle."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from desktop_app.cli.console import emit_json, out, say
from desktop_app.cli.context import CliContext
from desktop_app.core.bounded_json import loads_bounded
from desktop_app.core.bounded_read import MIB, POLICY_MAX_BYTES, describe_size, read_input_file
from desktop_app.core.display_text import shown
from desktop_app.core.errors import UsageError
from desktop_app.core.policy import parse_policy_text

if TYPE_CHECKING:
    from desktop_app.integrations.stix_feed import FeedContents

STIX_MAX_BYTES = 64 * MIB  # the largest MVT indicator files are a few MiB
_STIX_MAX_NESTING = 32  # a bundle is 4 or 5 levels deep
_LISTED = 50  # skipped indicators shown one per line; --json lists them all


def cmd_import_stix(ctx: CliContext) -> int:
    # Imported here: the STIX library is needed by this command only.
    from desktop_app.integrations.stix_feed import policy_draft, read_feed

    source, target = Path(ctx.args.file), Path(ctx.args.out)
    if target.exists():
        raise UsageError(f"{target} exists; refusing to overwrite it (choose another --out)")
    try:
        contents = read_feed(loads_bounded(read_input_file(source, STIX_MAX_BYTES), _STIX_MAX_NESTING))
    except ValueError as error:
        raise UsageError(f"{source}: not a STIX 2.1 bundle App Audit can read ({error})") from error
    reasons = contents.skipped_by_reason()
    if not contents.rules:
        summary = ", ".join(f"{count} × {reason}" for reason, count in reasons.most_common()) or "none"
        raise UsageError(
            f"{source}: none of its {contents.indicators} indicator(s) names an app id or a SHA-256 "
            f"certificate App Audit can check (skipped: {summary})"
        )
    draft = policy_draft(contents, source=source.name, action=ctx.args.action, issued_at=ctx.clock.now())
    text = yaml.safe_dump(draft, sort_keys=False, allow_unicode=True, width=110).encode("utf-8")
    if len(text) > POLICY_MAX_BYTES:
        raise UsageError(
            f"the draft would be {len(text) // 1024} KiB, over the {describe_size(POLICY_MAX_BYTES)} a "
            "policy may hold: split the bundle"
        )
    parse_policy_text(text, str(target))  # never write a policy the app would refuse
    target.write_bytes(text)
    counts = _counts(contents)
    if ctx.args.json:
        emit_json({"policy": str(target), "rules": len(draft["rules"]), **_counts(contents)})
        return 0
    out(
        f"wrote {shown(target, 400)}: {len(draft['rules'])} rule(s) ({ctx.args.action}) with {counts['app_ids']} "
        f"app id(s) and {counts['signers']} signer digest(s), from {contents.indicators} indicator(s)"
    )
    if contents.skipped:
        say(f"{len(contents.skipped)} indicator value(s) App Audit cannot check, not in the draft:")
        for reason, count in reasons.most_common():
            say(f"  {count} × {shown(reason, 200)}")
        for skipped in contents.skipped[:_LISTED]:
            say(f"  - {shown(skipped.name or skipped.object_id, 120)}: {shown(skipped.reason, 200)}")
        if len(contents.skipped) > _LISTED:
            say(f"  ... and {len(contents.skipped) - _LISTED} more (--json lists them all)")
    say("review the draft, then sign it: app-audit policy sign " + shown(target, 400) + " --key ...")
    return 0


def _counts(contents: FeedContents) -> dict[str, Any]:
    return {
        "indicators": contents.indicators,
        "app_ids": sum(len(r.app_ids) for r in contents.rules.values()),
        "signers": sum(len(r.signers) for r in contents.rules.values()),
        "skipped": [{"indicator": s.object_id, "name": s.name, "reason": s.reason} for s in contents.skipped],
        "skipped_by_reason": dict(contents.skipped_by_reason()),
    }

"""`app-audit remove APP_ID`: remove one app, check the phone again, and exit honestly.

Exit codes: 0 removed and the phone is now compliant; 1 removed but the phone is still not
compliant, or the phone refused (its own reason and the manual steps are printed); 2 the app is
not flagged and --yes was not given, or the phone has no such user; 3 device error; 4 the check
after removal could not read the whole phone. An app that is not installed (in that profile) is
said so, and nothing is sent to the phone; the exit code is then the phone's verdict.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.cli.console import emit_json, out, say
from desktop_app.cli.context import CliContext
from desktop_app.cli.device_options import open_selected_device
from desktop_app.cli.outcome_steps import accept_policy, announce_missing_trust, finish_outcome
from desktop_app.cli.report_output import outcome_json, outcome_text, removal_json
from desktop_app.core.app_ids import validate_app_id
from desktop_app.core.audit_service import AuditOutcome
from desktop_app.core.display_text import shown
from desktop_app.core.errors import UsageError
from desktop_app.core.models import AppState, InstalledApp, Platform, RemovalResult, Verdict
from desktop_app.core.policy import LoadedPolicy

EXIT_REMOVED_COMPLIANT = 0
EXIT_NOT_DONE = 1
_PRESENT = frozenset({AppState.ENABLED, AppState.DISABLED, AppState.OFFLOADED})


def _where(user: int | None) -> str:
    return "" if user is None else f" (user {user})"


def _installed(outcome: AuditOutcome, app_id: str, user: int | None) -> list[InstalledApp]:
    return [
        app
        for app in outcome.inventory.apps
        if app.app_id == app_id and app.state in _PRESENT and (user is None or app.user == user)
    ]


def _flagged(outcome: AuditOutcome, app_id: str, user: int | None) -> bool:
    return any(
        f.app_id == app_id and f.blocks_compliance and (user is None or f.user == user)
        for f in outcome.report.findings
    )


def _check_user(outcome: AuditOutcome, user: int | None) -> None:
    if user is None or outcome.report.device.platform is Platform.IOS:
        return
    users = sorted({p.user for p in outcome.inventory.profiles if p.user is not None})
    if users and user not in users:
        raise UsageError(
            f"the phone has no user {user} (its users: {', '.join(map(str, users))})",
            hint="Give one of those with --user, or leave --user out to remove it from every user.",
        )


def manual_steps(policy: LoadedPolicy, outcome: AuditOutcome, app_id: str) -> list[str]:
    """What the person can do on the phone: the policy's own steps for the rule, else the usual way."""
    platform = outcome.report.device.platform
    for finding in outcome.report.findings:
        if finding.app_id != app_id:
            continue
        rule = next((r for r in policy.rules if r.id == finding.rule_id), None)
        steps = rule.steps if rule is not None else None
        text = (steps.ios if platform is Platform.IOS else steps.android) if steps is not None else None
        if text is not None:
            return [text.en]
    if platform is Platform.IOS:
        return ["Touch and hold the app's icon, tap Remove App, then Delete App."]
    return [
        "Open Settings > Apps, choose the app, tap Uninstall (in a work profile: the Work tab).",
        "If the phone is managed by your company, ask IT to remove the app or lift the restriction.",
    ]


def cmd_remove(ctx: CliContext) -> int:
    args = ctx.args
    validate_app_id(args.app_id)
    policy = ctx.policy()
    announce_missing_trust(ctx)
    service = ctx.audit_service(record=True)
    accept_policy(service, policy)
    connector = open_selected_device(ctx)
    try:
        before = service.audit(connector, policy)
        _check_user(before, args.user)
        if not _installed(before, args.app_id, args.user):
            return _not_installed(ctx, before)
        if not _flagged(before, args.app_id, args.user) and not args.yes:
            raise UsageError(
                f"{args.app_id}{_where(args.user)} is not flagged by the policy: not removed",
                hint="Add --yes to remove an app the policy does not ask to remove.",
            )
        results, after = service.remove_and_verify(connector, policy, args.app_id, args.user, before.audit_id)
    finally:
        connector.close()
    finish_outcome(ctx, after)
    return _report(ctx, policy, results, after)


def _not_installed(ctx: CliContext, before: AuditOutcome) -> int:
    args = ctx.args
    finish_outcome(ctx, before)
    message = f"not installed: {shown(args.app_id)}{_where(args.user)}: nothing to remove"
    if args.json:
        emit_json({"removals": [], "removed": False, "not_installed": True, "audit": outcome_json(before)})
    else:
        say(message)
        out(outcome_text(before))
    return before.report.verdict.exit_code


def _report(
    ctx: CliContext, policy: LoadedPolicy, results: Sequence[RemovalResult], after: AuditOutcome
) -> int:
    args = ctx.args
    refused = [r for r in results if not r.removed]
    still_there = _flagged(after, args.app_id, args.user) or bool(_installed(after, args.app_id, args.user))
    steps = manual_steps(policy, after, args.app_id) if refused or still_there else []
    if after.report.verdict is Verdict.INCONCLUSIVE:
        code = after.report.verdict.exit_code
    elif refused or still_there or after.report.verdict is not Verdict.COMPLIANT:
        code = EXIT_NOT_DONE
    else:
        code = EXIT_REMOVED_COMPLIANT
    if args.json:
        emit_json(
            {
                "removals": [removal_json(r) for r in results],
                "removed": not refused and not still_there,
                "refused": [removal_json(r) for r in refused],
                "manual_steps": steps,
                "audit": outcome_json(after),
            }
        )
        return code
    for result in results:
        verdict = "removed" if result.removed else "REFUSED by the phone"
        reason = f": {shown(result.message, 400)}" if result.message else ""
        code_text = f" [{shown(result.code)}]" if result.code and not result.removed else ""
        say(f"{verdict}: {shown(result.app_id)}{_where(result.user)}{reason}{code_text}")
    if steps:
        say("to do on the phone:")
        for number, step in enumerate(steps, 1):
            say(f"  {number}. {shown(step, 400)}")
    out(outcome_text(after))
    return code

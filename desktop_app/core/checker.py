"""Judge an inventory against a policy: a pure function of its inputs."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from datetime import datetime

from desktop_app.core.matching import MatchKind, PolicyIndex
from desktop_app.core.models import (
    AppKind,
    AppState,
    AuditReport,
    Device,
    Finding,
    FindingState,
    InstalledApp,
    Inventory,
    Platform,
    RuleAction,
    Verdict,
)
from desktop_app.core.policy import LoadedPolicy
from desktop_app.core.policy_schema import Rule

# Present for the person: an app uninstalled for a user with its data kept cannot run.
_PRESENT_STATES = frozenset({AppState.ENABLED, AppState.DISABLED, AppState.OFFLOADED})
_INDEX_CACHE: OrderedDict[str, PolicyIndex] = OrderedDict()
_INDEX_CACHE_SIZE = 8


def index_for(policy: LoadedPolicy) -> PolicyIndex:
    """The policy's match index, built once per policy content."""
    index = _INDEX_CACHE.get(policy.sha256)
    if index is None or index.rules is not policy.rules:
        index = PolicyIndex(policy.rules)
        _INDEX_CACHE[policy.sha256] = index
        while len(_INDEX_CACHE) > _INDEX_CACHE_SIZE:
            _INDEX_CACHE.popitem(last=False)
    _INDEX_CACHE.move_to_end(policy.sha256)
    return index


def inventory_sha256(inventory: Inventory) -> str:
    """A digest of the inventory that proves what was seen without keeping it."""
    # One line per app, sorted as text: the digest does not depend on the order the phone listed them in.
    lines = sorted(
        "\t".join((app.platform, app.app_id, str(app.user), app.version_code, app.state))
        for app in inventory.apps
    )
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _deadline(rule: Rule, policy: LoadedPolicy) -> datetime | None:
    return rule.enforce_from or policy.deadline


def _state_for(rule: Rule, kind: MatchKind, policy: LoadedPolicy, now: datetime) -> FindingState:
    if policy.is_retracted(now):
        return FindingState.RETRACTED
    if rule.action is RuleAction.REVIEW or kind is MatchKind.NAME:
        # Lookalikes matched by name only are never blocking: a person decides.
        return FindingState.REVIEW
    deadline = _deadline(rule, policy)
    return FindingState.ACTION_NEEDED if deadline is not None and now < deadline else FindingState.BLOCKING


def _finding(rule: Rule, app: InstalledApp, state: FindingState) -> Finding:
    reason = {"en": rule.reason.en, "fr": rule.reason.get("fr")} if rule.reason else {}
    return Finding(
        rule_id=rule.id,
        rule_title=rule.title,
        action=rule.action,
        app_id=app.app_id,
        label=app.display_label,
        platform=app.platform,
        user=app.user,
        state=state,
        app_state=app.state,
        reason=reason,
    )


def _missing_required(rule: Rule, device: Device, policy: LoadedPolicy, now: datetime) -> Finding:
    ids = (
        (rule.android.packages if rule.android else [])
        if device.platform == "android"
        else (rule.ios.bundles if rule.ios else [])
    )
    if policy.is_retracted(now):
        state = FindingState.RETRACTED
    else:
        deadline = _deadline(rule, policy)
        state = (
            FindingState.ACTION_NEEDED if deadline is not None and now < deadline else FindingState.MISSING
        )
    reason = {"en": rule.reason.en, "fr": rule.reason.get("fr")} if rule.reason else {}
    return Finding(
        rule_id=rule.id,
        rule_title=rule.title,
        action=rule.action,
        app_id=ids[0] if ids else "",
        label=rule.title,
        platform=device.platform,
        user=None,
        state=state,
        reason=reason,
    )


def _requires_on(rule: Rule, device: Device) -> bool:
    if rule.action is not RuleAction.REQUIRE:
        return False
    section = rule.android if device.platform == "android" else rule.ios
    return section is not None and bool(
        getattr(section, "packages", None) or getattr(section, "bundles", None)
    )


def _unread_signers(index: PolicyIndex, inventory: Inventory) -> dict[str, str]:
    """Android apps whose signer a rule needed but which is unknown: app id -> why."""
    if not index.android_signer_rules:
        return {}
    unread: dict[str, str] = {}
    for app in inventory.apps:
        if (
            app.platform is Platform.ANDROID
            and app.kind is AppKind.USER
            and app.state in _PRESENT_STATES
            and not app.signer_digests
            and app.app_id not in unread
            and any(
                index.rules[i].users is None or app.user in (index.rules[i].users or ())
                for i in index.android_signer_rules
            )
        ):
            unread[app.app_id] = app.signer_problem or "not read"
    return unread


def evaluate(device: Device, inventory: Inventory, policy: LoadedPolicy, now: datetime) -> AuditReport:
    """The audit report for one device's inventory under one policy at time `now`."""
    index = index_for(policy)
    findings: list[Finding] = []
    required_present: set[int] = set()
    match_app = index.match
    for app in inventory.apps:
        if app.state not in _PRESENT_STATES:
            continue
        matches = match_app(app)
        if not matches:
            continue
        app_findings: list[Finding] = []
        for match in matches:
            rule = index.rules[match.rule_index]
            if rule.action is RuleAction.REQUIRE:
                if match.kind is MatchKind.ID:
                    required_present.add(match.rule_index)
                continue
            app_findings.append(_finding(rule, app, _state_for(rule, match.kind, policy, now)))
        if any(f.state is not FindingState.REVIEW for f in app_findings):
            # An app already banned by id needs no "looks like" review on top.
            app_findings = [f for f in app_findings if f.state is not FindingState.REVIEW]
        findings.extend(app_findings)
    for rule_index, rule in index.required:
        if _requires_on(rule, device) and rule_index not in required_present:
            findings.append(_missing_required(rule, device, policy, now))

    notes: list[str] = []
    if policy.is_retracted(now):
        notes.append(
            f"Policy {policy.document.id} version {policy.document.version} was retracted: nothing is blocked."
        )
    elif policy.retracted_from is not None:
        notes.append(
            f"Policy {policy.document.id} version {policy.document.version} is retracted from "
            f"{policy.retracted_from.isoformat()}: until then its rules apply."
        )
    for profile in inventory.unreadable_profiles:
        name = profile.name or (f"user {profile.user}" if profile.user is not None else "a profile")
        notes.append(f"{name} could not be read: {profile.problem or 'no reason given'}")
    if not inventory.complete:
        notes.append(f"The app list is incomplete: {inventory.problem or 'the device stopped answering'}")
    unread = _unread_signers(index, inventory)
    for app_id, problem in sorted(unread.items()):
        notes.append(
            f"The signer of {app_id} could not be read ({problem}): the signer rules could not check it"
        )

    verdict = _verdict(findings, inventory, signers_unread=bool(unread))
    pending = [
        d
        for f in findings
        if f.state is FindingState.ACTION_NEEDED
        for d in [_deadline(index.by_id[f.rule_id], policy)]
        if d is not None
    ]
    findings.sort(
        key=lambda f: (_STATE_ORDER[f.state], f.rule_id, f.app_id, -1 if f.user is None else f.user)
    )
    return AuditReport(
        device=device,
        policy=policy.ref_at(now),
        verdict=verdict,
        findings=tuple(findings),
        apps_scanned=len(inventory.apps),
        evaluated_at=now,
        deadline=min(pending) if pending else policy.deadline,
        notes=tuple(notes),
        inventory_sha256=inventory_sha256(inventory),
    )


_STATE_ORDER = {
    FindingState.BLOCKING: 0,
    FindingState.MISSING: 1,
    FindingState.ACTION_NEEDED: 2,
    FindingState.REVIEW: 3,
    FindingState.RETRACTED: 4,
}


def _verdict(findings: list[Finding], inventory: Inventory, *, signers_unread: bool) -> Verdict:
    states = {f.state for f in findings}
    if states & {FindingState.BLOCKING, FindingState.MISSING}:
        return Verdict.NONCOMPLIANT
    if FindingState.ACTION_NEEDED in states:
        return Verdict.ACTION_REQUIRED
    if not inventory.complete or inventory.unreadable_profiles or signers_unread:
        # Apps we could not see (or whose publisher we could not see) may be banned: never call this
        # compliant, retracted policy or not.
        return Verdict.INCONCLUSIVE
    return Verdict.COMPLIANT

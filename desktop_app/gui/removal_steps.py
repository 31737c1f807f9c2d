"""The steps a person follows on the phone when the app cannot remove something itself."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop_app.core.models import AppState, Finding, FindingState, Platform, RemovalResult

if TYPE_CHECKING:
    from desktop_app.core.policy import LoadedPolicy

_BLOCKED_BY_CODE = {
    "DELETE_FAILED_DEVICE_POLICY_MANAGER": (
        "The phone's management (device owner or work profile admin) protects this app. "
        "Ask IT to remove it from the management console, or remove the work profile."
    ),
    "DELETE_FAILED_USER_RESTRICTED": (
        "This profile is not allowed to remove apps. Ask IT to lift the restriction."
    ),
    "UninstallProhibited": (
        "The iPhone's management profile forbids removing this app. Ask IT to remove it from the MDM console."
    ),
}

_GENERIC = {
    Platform.ANDROID: (
        "Open Settings > Apps, find {label}, tap Uninstall. Repeat in every profile (Personal and Work tabs)."
    ),
    Platform.IOS: "Touch and hold the {label} icon, tap Remove App, then Delete App.",
}


def steps_for(
    finding: Finding, policy: LoadedPolicy | None, results: Sequence[RemovalResult] = (), language: str = "en"
) -> list[str]:
    """Plain-text steps, most specific first: why removal failed, the policy's own steps, generic ones."""
    steps: list[str] = []
    managed = False
    for result in results:
        if result.removed:
            continue
        explained = _BLOCKED_BY_CODE.get(result.code)
        managed = managed or explained is not None
        steps.append(
            explained or result.message or f"The phone refused the removal ({result.code or 'no reason'})."
        )
    if managed:
        # The phone's management forbids it: "Settings > Apps > Uninstall" would fail the same way.
        steps.append('When IT has removed it or lifted the restriction, press "Check again".')
        return steps
    if finding.state is FindingState.MISSING:
        steps.append(f"Install {finding.label} from the company app store, then check again.")
        return steps
    rules = policy.rules if policy is not None else []
    rule = next((r for r in rules if r.id == finding.rule_id), None)
    section = None
    if rule is not None and rule.steps is not None:
        section = rule.steps.android if finding.platform is Platform.ANDROID else rule.steps.ios
    if section is not None:
        steps.append(section.get(language))
    else:
        steps.append(_GENERIC[finding.platform].format(label=finding.label))
    if finding.app_state is AppState.OFFLOADED:
        steps.append(
            "This app is offloaded (cloud icon): its data is still on the phone, so it must be deleted too."
        )
    if finding.user not in (None, 0):
        steps.append(
            f"It is in profile {finding.user} (usually the work profile): open the Work tab to find it."
        )
    steps.append('When done, press "Check again".')
    return steps

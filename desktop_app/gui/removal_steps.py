"""The steps a person follows on the phone when the app cannot remove something itself."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.core.models import AppState, Finding, FindingState, Platform, RemovalResult

if TYPE_CHECKING:
    from desktop_app.core.policy import LoadedPolicy

_CONTEXT = "RemovalSteps"

_BLOCKED_BY_CODE = {
    "DELETE_FAILED_DEVICE_POLICY_MANAGER": QT_TRANSLATE_NOOP(
        "RemovalSteps",
        "The phone’s management (device owner or work profile admin) protects this app. "
        "Ask IT to remove it from the management console, or remove the work profile.",
    ),
    "DELETE_FAILED_USER_RESTRICTED": QT_TRANSLATE_NOOP(
        "RemovalSteps", "This profile is not allowed to remove apps. Ask IT to lift the restriction."
    ),
    "UninstallProhibited": QT_TRANSLATE_NOOP(
        "RemovalSteps",
        "The iPhone’s management profile forbids removing this app. Ask IT to remove it from the MDM console.",
    ),
}

_GENERIC = {
    Platform.ANDROID: QT_TRANSLATE_NOOP(
        "RemovalSteps",
        "Open Settings > Apps, find %1, tap Uninstall. Repeat in every profile (Personal and Work tabs).",
    ),
    Platform.IOS: QT_TRANSLATE_NOOP(
        "RemovalSteps", "Touch and hold the %1 icon, tap Remove App, then Delete App."
    ),
}


def _tr(text: object) -> str:
    """The translation of a QT_TRANSLATE_NOOP-marked string of this module."""
    return QCoreApplication.translate(_CONTEXT, str(text))


def steps_for(
    finding: Finding, policy: LoadedPolicy | None, results: Sequence[RemovalResult] = (), language: str = "en"
) -> list[str]:
    """Plain-text steps, most specific first: why removal failed, the policy's own steps, generic ones.

    The app's own words follow the installed translation; the policy's steps are taken in language."""
    steps: list[str] = []
    managed = False
    for result in results:
        if result.removed:
            continue
        explained = _BLOCKED_BY_CODE.get(result.code)
        managed = managed or explained is not None
        if explained:
            steps.append(_tr(explained))
        else:
            steps.append(
                result.message
                or QCoreApplication.translate("RemovalSteps", "The phone refused the removal (%1).").replace(
                    "%1", result.code or QCoreApplication.translate("RemovalSteps", "no reason")
                )
            )
    if managed:
        # The phone's management forbids it: "Settings > Apps > Uninstall" would fail the same way.
        steps.append(
            QCoreApplication.translate(
                "RemovalSteps", 'When IT has removed it or lifted the restriction, press "Check again".'
            )
        )
        return steps
    if finding.state is FindingState.MISSING:
        steps.append(
            QCoreApplication.translate(
                "RemovalSteps", "Install %1 from the company app store, then check again."
            ).replace("%1", finding.label)
        )
        return steps
    rules = policy.rules if policy is not None else []
    rule = next((r for r in rules if r.id == finding.rule_id), None)
    section = None
    if rule is not None and rule.steps is not None:
        section = rule.steps.android if finding.platform is Platform.ANDROID else rule.steps.ios
    if section is not None:
        steps.append(section.get(language))
    else:
        steps.append(_tr(_GENERIC[finding.platform]).replace("%1", finding.label))
    if finding.app_state is AppState.OFFLOADED:
        steps.append(
            QCoreApplication.translate(
                "RemovalSteps",
                "This app is offloaded (cloud icon): its data is still on the phone, so it must be deleted too.",
            )
        )
    if finding.user not in (None, 0):
        steps.append(
            QCoreApplication.translate(
                "RemovalSteps",
                "It is in profile %1 (usually the work profile): open the Work tab to find it.",
            ).replace("%1", str(finding.user))
        )
    steps.append(QCoreApplication.translate("RemovalSteps", 'When done, press "Check again".'))
    return steps

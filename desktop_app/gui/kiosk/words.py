"""Words several kiosk pages share: an app and the profile it is in."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desktop_app.core.models import Finding


def app_name(finding: Finding) -> str:
    """The app as a person knows it: its label, else the policy rule's title ("TikTok"), never a package id."""
    if finding.label and finding.label != finding.app_id:
        return finding.label
    return finding.rule_title or finding.app_id


def app_in_profile(finding: Finding, profile_names: Mapping[int | None, str]) -> str:
    """ "TikTok — in “Work profile”", "TikTok Lite — in your personal profile"."""
    name = app_name(finding)
    if finding.user is None:
        return name
    if finding.user == 0:
        return QCoreApplication.translate("KioskWords", "%1 — in your personal profile").replace("%1", name)
    reported = profile_names.get(finding.user, "").strip()
    if reported:
        return (
            QCoreApplication.translate("KioskWords", "%1 — in the profile “%2”")
            .replace("%1", name)
            .replace("%2", reported)
        )
    return QCoreApplication.translate("KioskWords", "%1 — in the work profile").replace("%1", name)

"""An Android phone's inventory from the text of its package listings.

Pure functions of the phone's text, fed by captured text in tests: the connector acquires, these interpret.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from desktop_app.core.errors import InventoryFormatError
from desktop_app.core.models import AppKind, AppState, InstalledApp, Inventory, Platform, ProfileRead
from desktop_app.devices.android.parsers import (
    PER_USER_RANGE,
    SYSTEM_PREFIXES,
    PackageLine,
    parse_dumpsys_packages,
    parse_package_listing,
    parse_package_names,
    unread_lines_text,
    unreadable_name_lines,
)

LOCKED_PROBLEM = "this profile is locked (unlock it on the phone, e.g. the private space, then check again)"


@dataclass(frozen=True, slots=True)
class PackageSummary:
    """What a scan needs from `dumpsys package`: version names, and which packages are system ones."""

    version_names: dict[str, str]
    system: frozenset[str]


def summarise_dumpsys(text: str) -> PackageSummary:
    packages = parse_dumpsys_packages(text)
    return PackageSummary(
        {name: package.version_name for name, package in packages.items()},
        frozenset(name for name, package in packages.items() if package.system),
    )


def user_apps(
    lines: tuple[PackageLine, ...],
    user: int,
    installed: set[str],
    disabled: set[str],
    summary: PackageSummary,
) -> list[InstalledApp]:
    """One user's apps: each listing line (first of a name wins) with its state and version name."""
    apps: list[InstalledApp] = []
    seen: set[str] = set()
    for line in lines:
        if line.name in seen:
            continue
        seen.add(line.name)
        # We asked for this user's list (--user N): the section says whose apps these are. The
        # usual line has one uid, this user's; a line with several names this user's first.
        uid = next((u for u in line.uids if u // PER_USER_RANGE == user), line.uids[0] if line.uids else None)
        system = line.name in summary.system or line.path.startswith(SYSTEM_PREFIXES)
        if line.name not in installed:
            state = AppState.UNINSTALLED_WITH_DATA
        elif line.name in disabled:
            state = AppState.DISABLED
        else:
            state = AppState.ENABLED
        apps.append(
            InstalledApp(
                app_id=line.name,
                platform=Platform.ANDROID,
                version_name=summary.version_names.get(line.name, ""),
                version_code=line.version_code,
                installer=line.installer,
                user=user,
                kind=AppKind.SYSTEM if system else AppKind.USER,
                state=state,
                uid=uid,
            )
        )
    return apps


def assemble_inventory(
    users: list[ProfileRead], outputs: list[tuple[str, ...]], summary: PackageSummary
) -> Inventory:
    """The inventory from each user's three listings (apps, disabled, installed) and the dumpsys summary."""
    apps: list[InstalledApp] = []
    profiles: list[ProfileRead] = []
    problems: list[str] = []
    for profile, (text, disabled_text, installed_text) in zip(users, outputs, strict=True):
        user = int(profile.user or 0)
        if any("SecurityException" in t or t.startswith("Exception occurred") for t in (text, disabled_text)):
            profiles.append(dataclasses.replace(profile, readable=False, problem=LOCKED_PROBLEM))
            continue
        try:
            listing = parse_package_listing(text)
        except InventoryFormatError as error:
            profiles.append(
                dataclasses.replace(profile, readable=False, problem=f"unexpected answer ({error})")
            )
            continue
        whose = profile.name or f"user {user}"
        for which, skipped in (
            ("app list", listing.skipped),
            ("list of disabled apps", unreadable_name_lines(disabled_text)),
            ("list of installed apps", unreadable_name_lines(installed_text)),
        ):
            if skipped:
                problems.append(unread_lines_text(skipped, f"the {which} of {whose}"))
        profiles.append(profile)
        apps.extend(
            user_apps(
                listing.lines,
                user,
                parse_package_names(installed_text),
                parse_package_names(disabled_text),
                summary,
            )
        )
    return Inventory(
        apps=tuple(apps),
        profiles=tuple(profiles),
        complete=not problems,
        problem="; ".join(problems),
    )


# What the connector read: the users, each user's three listings, and the dumpsys text.
ListingTexts = tuple[list[ProfileRead], list[tuple[str, ...]], str]


def inventory_from_texts(texts: ListingTexts) -> Inventory:
    """The inventory from the users, each user's three listings and the dumpsys text."""
    users, outputs, dumpsys = texts
    return assemble_inventory(users, outputs, summarise_dumpsys(dumpsys))

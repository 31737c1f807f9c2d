"""An Android phone's inventory from the text of its package listings, and its compact rows.

Pure functions of the phone's text: the connector runs them in its process, or, while several phones
are read at once, a helper process does (desktop_app.devices.parse_helpers) and sends back rows,
which cross a process boundary far more cheaply than InstalledApp objects.
"""

from __future__ import annotations

import dataclasses

from desktop_app.core.errors import InventoryFormatError
from desktop_app.core.models import AppKind, AppState, InstalledApp, Inventory, Platform, ProfileRead
from desktop_app.devices.android.parsers import PER_USER_RANGE, SYSTEM_PREFIXES
from desktop_app.devices.android.scan_parsers import (
    PackageRow,
    PackageSummary,
    listing_rows,
    package_names,
    summarise_dumpsys,
)

LOCKED_PROBLEM = "this profile is locked (unlock it on the phone, e.g. the private space, then check again)"


def user_apps(
    rows: list[PackageRow],
    user: int,
    installed: set[str],
    disabled: set[str],
    summary: PackageSummary,
) -> list[InstalledApp]:
    """One user's apps: each listing row (first of a name wins) with its state and version name.

    Called for ~200 apps per user on every scan, and scans of many phones share one CPU: it builds
    each InstalledApp directly from the row, with positional arguments, and nothing in between.
    """
    apps: list[InstalledApp] = []
    append = apps.append
    seen: set[str] = set()
    version_names = summary.version_names
    system_names = summary.system
    android, system_kind, user_kind = Platform.ANDROID, AppKind.SYSTEM, AppKind.USER
    gone, off, on = AppState.UNINSTALLED_WITH_DATA, AppState.DISABLED, AppState.ENABLED
    for path, name, version_code, installer, uid_text in rows:
        if name in seen:
            continue
        seen.add(name)
        # We asked for this user's list (--user N): the section says whose apps these are. The
        # usual line has one uid, this user's; a line with several names this user's first.
        uid: int | None
        if not uid_text:
            uid = None
        elif "," not in uid_text:
            uid = int(uid_text)
        else:
            uids = [int(u) for u in uid_text.split(",")]
            uid = next((u for u in uids if u // PER_USER_RANGE == user), uids[0])
        append(
            InstalledApp(
                name,
                android,
                "",
                version_names.get(name, ""),
                version_code,
                "" if installer == "null" else installer,
                user,
                system_kind if name in system_names or path.startswith(SYSTEM_PREFIXES) else user_kind,
                gone if name not in installed else off if name in disabled else on,
                uid,
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
            rows, garbled = listing_rows(text)
        except InventoryFormatError as error:
            profiles.append(
                dataclasses.replace(profile, readable=False, problem=f"unexpected answer ({error})")
            )
            continue
        if garbled:
            problems.append(
                f"{garbled} line(s) of the app list of {profile.name or f'user {user}'} were garbled"
            )
        profiles.append(profile)
        apps.extend(
            user_apps(rows, user, package_names(installed_text), package_names(disabled_text), summary)
        )
    return Inventory(
        apps=tuple(apps),
        profiles=tuple(profiles),
        complete=not problems,
        problem="; ".join(problems),
    )


# One app as a row: package, version name, version code, installer, user, system app, state, uid.
AppRow = tuple[str, str, str, str, int | None, bool, str, int | None]
# The profiles, the apps as rows, whether every line was read, and what was not.
InventoryRows = tuple[tuple[ProfileRead, ...], tuple[AppRow, ...], bool, str]
# What a helper is given: the users, each user's three listings, and the dumpsys text.
ListingTexts = tuple[list[ProfileRead], list[tuple[str, ...]], str]


def inventory_from_texts(texts: ListingTexts) -> Inventory:
    """The inventory from the users, each user's three listings and the dumpsys text."""
    users, outputs, dumpsys = texts
    return assemble_inventory(users, outputs, summarise_dumpsys(dumpsys))


def inventory_rows(texts: ListingTexts) -> InventoryRows:
    """In a helper process: inventory_from_texts, as rows."""
    inventory = inventory_from_texts(texts)
    rows = tuple(
        (
            app.app_id,
            app.version_name,
            app.version_code,
            app.installer,
            app.user,
            app.kind is AppKind.SYSTEM,
            app.state.value,
            app.uid,
        )
        for app in inventory.apps
    )
    return inventory.profiles, rows, inventory.complete, inventory.problem


def inventory_from_rows(outcome: InventoryRows) -> Inventory:
    """Here: the inventory assemble_inventory gave in the helper."""
    profiles, rows, complete, problem = outcome
    android, system, user_kind, state_of = Platform.ANDROID, AppKind.SYSTEM, AppKind.USER, AppState
    apps = tuple(
        InstalledApp(
            name,
            android,
            "",
            version_name,
            version_code,
            installer,
            user,
            system if is_system else user_kind,
            state_of(state),
            uid,
        )
        for name, version_name, version_code, installer, user, is_system, state, uid in rows
    )
    return Inventory(apps=apps, profiles=profiles, complete=complete, problem=problem)

"""Saved listings (`pm list packages ...`, ideviceinstaller / pymobiledevice3 output) as an inventory."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop_app.cli.console import say
from desktop_app.core.bounded_read import INVENTORY_MAX_BYTES, read_input_file
from desktop_app.core.errors import InventoryFormatError, UsageError
from desktop_app.core.models import AppState, Device, Inventory, Platform, ProfileRead
from desktop_app.devices.android.parsers import apps_from_listing, parse_package_listing, unread_lines_text
from desktop_app.devices.ios.parsers import parse_app_listing


def _looks_like_android_listing(text: str) -> bool:
    return any(line.startswith("package:") for line in text.splitlines()[:50])


def load_offline_inventory(path: Path, user: str, serial: str | None) -> tuple[Device, Inventory]:
    data = read_input_file(path, INVENTORY_MAX_BYTES)
    label = serial or "offline-" + hashlib.sha256(data).hexdigest()[:12]
    text = data.decode("utf-8", errors="replace")
    if _looks_like_android_listing(text):
        listing_user = None if user == "all" else _user_number(user)
        try:
            listing = parse_package_listing(text)
        except InventoryFormatError as exc:
            raise InventoryFormatError(f"{path}: {exc.message}", hint=exc.hint) from exc
        apps = apps_from_listing(listing, user=listing_user)
        users = sorted({a.user for a in apps if a.user is not None})
        profiles = tuple(ProfileRead(user=u) for u in users)
        device = Device(Platform.ANDROID, label, model=f"saved listing {path.name}")
        # A line not understood may be the banned app: the listing then proves nothing complete.
        problem = unread_lines_text(listing.skipped, path.name) if listing.skipped else ""
        return device, Inventory(
            apps=tuple(apps), profiles=profiles, complete=not listing.skipped, problem=problem
        )
    try:
        apps = parse_app_listing(data)
    except InventoryFormatError as exc:
        raise InventoryFormatError(f"{path}: {exc.message}", hint=exc.hint) from exc
    device = Device(Platform.IOS, label, model=f"saved listing {path.name}")
    return device, Inventory(apps=tuple(apps), profiles=(ProfileRead(user=None),))


def warn_about_listing(inventory: Inventory) -> None:
    """An iPhone listing without offloaded apps was probably made without them (placeholders)."""
    if any(app.platform is Platform.IOS for app in inventory.apps) and not any(
        app.state is AppState.OFFLOADED for app in inventory.apps
    ):
        say(
            "warning: this iPhone listing has no offloaded app: it was probably made without them, and an "
            "offloaded banned app would be missed. Make it with `pymobiledevice3 apps list --show-placeholders`"
            " (ideviceinstaller leaves offloaded apps out)."
        )


def _user_number(value: str) -> int:
    try:
        number = int(value)
    except ValueError as exc:
        raise UsageError(f"--user takes a user number or 'all', not {value!r}") from exc
    if number < 0:
        raise UsageError("--user takes a user number (0 is the personal profile) or 'all'")
    return number

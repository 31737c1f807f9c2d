"""A Lookup reply read in a helper process, sent back as compact rows, and made into apps here.

Rows are plain tuples of strings and booleans: they cross a process boundary with pickle far more
cheaply than InstalledApp objects (a frozen dataclass is rebuilt field by field in Python).
"""

from __future__ import annotations

from desktop_app.core.errors import InventoryFormatError
from desktop_app.core.models import AppKind, AppState, InstalledApp, Platform
from desktop_app.devices.ios.lookup_reader import apps_from_binary_lookup_reply

# bundle id, label, short version, version, installer, system app, offloaded, team id
Row = tuple[str, str, str, str, str, bool, bool, str]
# ("apps", rows), ("other shape", ()) for a reply the partial reader leaves to the full parser,
# or ("invalid", message) for an app without a valid bundle id.
RowsOutcome = tuple[str, tuple[Row, ...]] | tuple[str, str]


def rows_from_reply(data: bytes) -> RowsOutcome:
    """In the helper process: the reply's apps as rows. Never raises for device data."""
    try:
        apps = apps_from_binary_lookup_reply(data)
    except InventoryFormatError as exc:
        return ("invalid", exc.message)
    if apps is None:
        return ("other shape", ())
    return (
        "apps",
        tuple(
            (
                app.app_id,
                app.label,
                app.version_name,
                app.version_code,
                app.installer,
                app.kind is AppKind.SYSTEM,
                app.state is AppState.OFFLOADED,
                app.team_id,
            )
            for app in apps
        ),
    )


def apps_from_outcome(outcome: RowsOutcome) -> list[InstalledApp] | None:
    """Here: what apps_from_binary_lookup_reply would have given for the same reply."""
    kind, payload = outcome
    if kind == "invalid":
        raise InventoryFormatError(str(payload))
    if kind != "apps" or isinstance(payload, str):
        return None
    ios, system, user, offloaded, enabled = (
        Platform.IOS,
        AppKind.SYSTEM,
        AppKind.USER,
        AppState.OFFLOADED,
        AppState.ENABLED,
    )
    return [
        InstalledApp(
            bundle_id,
            ios,
            label,
            short_version,
            version,
            installer,
            None,
            system if is_system else user,
            offloaded if is_offloaded else enabled,
            None,
            (),
            team_id,
        )
        for bundle_id, label, short_version, version, installer, is_system, is_offloaded, team_id in payload
    ]

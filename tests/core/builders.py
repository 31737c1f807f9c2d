"""Small builders for domain objects in tests."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.models import AppState, Device, InstalledApp, Inventory, Platform, ProfileRead
from desktop_app.core.policy import LoadedPolicy, load_policy

PIXEL = Device(Platform.ANDROID, "R5CT1234", model="Pixel 8", os_version="14")
IPHONE = Device(Platform.IOS, "00008110-000A1B2C3D4E5F60", model="iPhone14,2", os_version="17.5")


# The signer a scan reads for an app by a publisher no rule names.
SOME_PUBLISHER = "5e" * 32


def android_app(
    app_id: str,
    user: int = 0,
    *,
    label: str = "",
    state: AppState = AppState.ENABLED,
    signers: tuple[str, ...] = (SOME_PUBLISHER,),
    signer_problem: str = "",
) -> InstalledApp:
    return InstalledApp(
        app_id,
        Platform.ANDROID,
        label=label,
        user=user,
        state=state,
        signer_digests=signers,
        signer_problem=signer_problem,
    )


def ios_app(
    app_id: str, *, label: str = "", state: AppState = AppState.ENABLED, team: str = ""
) -> InstalledApp:
    return InstalledApp(app_id, Platform.IOS, label=label, state=state, team_id=team)


def inventory(
    *apps: InstalledApp,
    users: tuple[int, ...] = (0,),
    unreadable: tuple[int, ...] = (),
    complete: bool = True,
) -> Inventory:
    profiles = tuple(ProfileRead(u) for u in users) + tuple(
        ProfileRead(u, readable=False, problem="SecurityException") for u in unreadable
    )
    return Inventory(
        apps=apps, profiles=profiles, complete=complete, problem="" if complete else "cable pulled"
    )


def policy_from(text: str, tmp_path: Path, name: str = "policy.yaml") -> LoadedPolicy:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_policy(path)

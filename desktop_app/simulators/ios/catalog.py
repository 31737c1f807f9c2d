"""The apps a simulated iPhone holds, and their installation_proxy attribute dictionaries."""

from __future__ import annotations

import hashlib
import plistlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class AppSpec:
    bundle: str
    name: str
    version: str = "1.0"
    build: str = "1"
    team: str = ""
    vendor: str = ""
    system: bool = False
    offloaded: bool = False  # an offloaded app is a placeholder: hidden unless ShowPlaceholders
    source_app: str = "com.apple.AppStore"

    def attributes(self) -> dict[str, Any]:
        """The attribute dictionary installation_proxy returns for this app."""
        executable = self.name.replace(" ", "") or "App"
        container = hashlib.sha1(self.bundle.encode(), usedforsecurity=False).hexdigest().upper()
        uuid = f"{container[:8]}-{container[8:12]}-{container[12:16]}-{container[16:20]}-{container[20:32]}"
        attrs: dict[str, Any] = {
            "CFBundleIdentifier": self.bundle,
            "CFBundleName": self.name,
            "CFBundleDisplayName": self.name,
            "CFBundleShortVersionString": self.version,
            "CFBundleVersion": self.build,
            "CFBundleExecutable": executable,
            "CFBundlePackageType": "APPL",
            "ApplicationType": "System" if self.system else "User",
            "MinimumOSVersion": "15.0",
            "UIDeviceFamily": [1, 2],
        }
        if self.system:
            attrs["Path"] = f"/Applications/{executable}.app"
            attrs["SignerIdentity"] = "Apple iPhone OS Application Signing"
            attrs["Entitlements"] = {"application-identifier": self.bundle, "platform-application": True}
            return attrs
        attrs["Path"] = f"/private/var/containers/Bundle/Application/{uuid}/{executable}.app"
        attrs["Container"] = f"/private/var/mobile/Containers/Data/Application/{uuid}"
        attrs["SignerIdentity"] = "Apple iPhone OS Application Signing"
        if self.team:
            attrs["Entitlements"] = {
                "application-identifier": f"{self.team}.{self.bundle}",
                "com.apple.developer.team-identifier": self.team,
                "keychain-access-groups": [f"{self.team}.{self.bundle}"],
                "get-task-allow": False,
            }
        attrs["iTunesMetadata"] = plistlib.dumps(
            {
                "artistName": self.vendor or self.name,
                "itemName": self.name,
                "bundleShortVersionString": self.version,
                "softwareVersionBundleId": self.bundle,
                "sourceApp": self.source_app,
                "kind": "software",
            },
            fmt=plistlib.FMT_BINARY,
        )
        if self.offloaded:
            attrs["IsPlaceholder"] = True
            attrs["IsDemotedApp"] = True
            attrs["ApplicationType"] = "User"
        return attrs


_SYSTEM = (
    ("com.apple.mobilesafari", "Safari"),
    ("com.apple.mobilemail", "Mail"),
    ("com.apple.MobileSMS", "Messages"),
    ("com.apple.mobilephone", "Phone"),
    ("com.apple.mobileslideshow", "Photos"),
    ("com.apple.camera", "Camera"),
    ("com.apple.mobilecal", "Calendar"),
    ("com.apple.mobilenotes", "Notes"),
    ("com.apple.reminders", "Reminders"),
    ("com.apple.Maps", "Maps"),
    ("com.apple.weather", "Weather"),
    ("com.apple.mobiletimer", "Clock"),
    ("com.apple.Preferences", "Settings"),
    ("com.apple.AppStore", "App Store"),
    ("com.apple.Health", "Health"),
    ("com.apple.Passbook", "Wallet"),
    ("com.apple.facetime", "FaceTime"),
    ("com.apple.MobileAddressBook", "Contacts"),
    ("com.apple.calculator", "Calculator"),
    ("com.apple.DocumentsApp", "Files"),
    ("com.apple.findmy", "Find My"),
    ("com.apple.shortcuts", "Shortcuts"),
    ("com.apple.tips", "Tips"),
    ("com.apple.Music", "Music"),
    ("com.apple.podcasts", "Podcasts"),
)


def system_apps() -> tuple[AppSpec, ...]:
    return tuple(
        AppSpec(bundle=b, name=n, version="17.5", build="1", system=True, source_app="") for b, n in _SYSTEM
    )


_WORDS = ("Note", "Fit", "Pay", "Cam", "Chat", "Map", "Tune", "Snap", "Read", "Shop", "Task", "Link")


def generated_user_apps(count: int, seed: str) -> tuple[AppSpec, ...]:
    """Deterministic filler apps for large phones (benchmarks)."""
    apps = []
    for index in range(count):
        digest = hashlib.sha256(f"{seed}:{index}".encode()).hexdigest()
        word = _WORDS[int(digest[:2], 16) % len(_WORDS)]
        team = digest[2:12].upper()  # ten upper-case hex characters, like a real team id
        apps.append(
            AppSpec(
                bundle=f"com.example{index % 40}.{word.lower()}{index}",
                name=f"{word} {index}",
                version=f"{int(digest[12], 16)}.{int(digest[13], 16)}.{index % 10}",
                build=str(1000 + index),
                team=team,
                vendor=f"Example Vendor {index % 40}",
            )
        )
    return tuple(apps)

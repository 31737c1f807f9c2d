"""iPhone scenarios: data files in resources/scenarios/ios/*.yaml, loaded into frozen dataclasses."""

from __future__ import annotations

import base64
import binascii
import enum
import plistlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from desktop_app.resources import resources_dir
from desktop_app.simulators.ios.catalog import AppSpec, generated_user_apps, system_apps

SCENARIO_DIR_PARTS = ("scenarios", "ios")
_BUNDLE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class ScenarioError(ValueError):
    """A scenario file that cannot be used."""


class PairingState(enum.StrEnum):
    PAIRED = "paired"  # this computer is trusted; usbmuxd holds its pair record
    PENDING = "pending"  # not paired: the Trust dialog is answered after answer_after_s (or tap_trust)
    REFUSED = "refused"  # "Don't Trust" was tapped
    STALE = "stale"  # usbmuxd holds a pair record the phone has forgotten (InvalidHostID)


@dataclass(frozen=True, slots=True)
class DeviceIdentity:
    udid: str
    serial: str
    name: str
    product_type: str
    product_version: str
    build_version: str
    device_class: str = "iPhone"
    hardware_model: str = ""
    product_name: str = "iPhone OS"
    unique_chip_id: int = 0
    wifi_address: str = "a4:c3:f0:00:00:01"
    cpu_architecture: str = "arm64e"


@dataclass(frozen=True, slots=True)
class IosScenario:
    name: str
    description: str
    identity: DeviceIdentity
    pairing: PairingState = PairingState.PAIRED
    answer_after_s: float | None = 0.0  # PENDING: seconds until the person taps Trust; None: never by itself
    locked: bool = False  # passcode lock: Pair and StartService answer PasswordProtected
    session_tls: bool = False  # lockdownd asks for TLS (EnableSessionSSL) after StartSession
    apps: tuple[AppSpec, ...] = ()
    uninstall_errors: dict[str, str] = field(default_factory=dict, hash=False)  # bundle -> Error code
    browse_chunk: int = 20  # apps per Browse reply, as real devices send them
    # A captured iPhone (`app-audit capture`): lockdownd's values and installation_proxy's Lookup
    # reply as read from it, answered as they are.
    replay_values: dict[str, Any] | None = field(default=None, hash=False, compare=False)
    replay_lookup: bytes | None = field(default=None, hash=False, compare=False)

    def with_identity(self, **changes: Any) -> IosScenario:
        """A copy with another identity (several phones of one scenario behind one usbmuxd)."""
        return replace(self, identity=replace(self.identity, **changes))

    def with_changes(self, **changes: Any) -> IosScenario:
        return replace(self, **changes)


def scenario_dir() -> Path:
    return resources_dir().joinpath(*SCENARIO_DIR_PARTS)


def ios_scenario_names() -> list[str]:
    return sorted(p.stem for p in scenario_dir().glob("*.yaml") if not p.stem.startswith("_"))


def _require(mapping: dict[str, Any], key: str, source: str) -> Any:
    if key not in mapping:
        raise ScenarioError(f"{source}: missing '{key}'")
    return mapping[key]


def _identity(raw: Any, source: str) -> DeviceIdentity:
    if not isinstance(raw, dict):
        raise ScenarioError(f"{source}: 'device' must be a mapping")
    return DeviceIdentity(
        udid=str(_require(raw, "udid", source)),
        serial=str(_require(raw, "serial", source)),
        name=str(_require(raw, "name", source)),
        product_type=str(_require(raw, "product_type", source)),
        product_version=str(_require(raw, "product_version", source)),
        build_version=str(raw.get("build_version", "21F90")),
        device_class=str(raw.get("device_class", "iPhone")),
        hardware_model=str(raw.get("hardware_model", "")),
        unique_chip_id=int(raw.get("unique_chip_id", 0)),
        wifi_address=str(raw.get("wifi_address", "a4:c3:f0:00:00:01")),
    )


def _app(raw: Any, source: str) -> AppSpec:
    if not isinstance(raw, dict):
        raise ScenarioError(f"{source}: every app must be a mapping")
    bundle = str(_require(raw, "bundle", source))
    if not _BUNDLE_RE.match(bundle):
        raise ScenarioError(f"{source}: invalid bundle id {bundle!r}")
    return AppSpec(
        bundle=bundle,
        name=str(raw.get("name", bundle.rsplit(".", 1)[-1])),
        version=str(raw.get("version", "1.0")),
        build=str(raw.get("build", raw.get("version", "1"))),
        team=str(raw.get("team", "")),
        vendor=str(raw.get("vendor", "")),
        system=bool(raw.get("system", False)),
        offloaded=bool(raw.get("offloaded", False)),
        source_app=str(raw.get("source_app", "com.apple.AppStore")),
    )


def _apps(raw: Any, source: str) -> tuple[AppSpec, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise ScenarioError(f"{source}: 'apps' must be a mapping")
    apps: list[AppSpec] = []
    if raw.get("system_apps", True):
        apps.extend(system_apps())
    apps.extend(_app(item, source) for item in raw.get("user", []) or [])
    extra = int(raw.get("generate_user_apps", 0))
    if extra:
        apps.extend(generated_user_apps(extra, seed=str(raw.get("seed", source))))
    return tuple(apps)


def _replayed(document: dict[str, Any], source: str) -> IosScenario:
    replay = document["replay"]
    try:
        values = plistlib.loads(base64.b64decode(str(replay["lockdown_values"]), validate=True))
        lookup = base64.b64decode(str(replay["lookup_reply"]), validate=True)
    except (KeyError, TypeError, ValueError, plistlib.InvalidFileException, binascii.Error) as exc:
        raise ScenarioError(f"{source}: an unreadable capture ({exc})") from exc
    if not isinstance(values, dict) or not values.get("UniqueDeviceID"):
        raise ScenarioError(f"{source}: the capture has no UniqueDeviceID")

    def text(key: str, default: str = "") -> str:
        return str(values.get(key, default))

    identity = DeviceIdentity(
        udid=text("UniqueDeviceID"),
        serial=text("SerialNumber"),
        name=text("DeviceName"),
        product_type=text("ProductType"),
        product_version=text("ProductVersion"),
        build_version=text("BuildVersion"),
        device_class=text("DeviceClass", "iPhone"),
        hardware_model=text("HardwareModel"),
        unique_chip_id=int(values.get("UniqueChipID", 0) or 0),
        wifi_address=text("WiFiAddress"),
    )
    return IosScenario(
        name=str(document.get("name", source)),
        description=str(document.get("description", "")),
        identity=identity,
        replay_values=values,
        replay_lookup=lookup,
    )


def parse_scenario(document: Any, source: str) -> IosScenario:
    if not isinstance(document, dict):
        raise ScenarioError(f"{source}: a scenario is a mapping")
    if "replay" in document:
        return _replayed(document, source)
    pairing_raw = document.get("pairing", {}) or {}
    if not isinstance(pairing_raw, dict):
        raise ScenarioError(f"{source}: 'pairing' must be a mapping")
    try:
        pairing = PairingState(pairing_raw.get("state", "paired"))
    except ValueError as exc:
        raise ScenarioError(f"{source}: unknown pairing state {pairing_raw.get('state')!r}") from exc
    answer = pairing_raw.get("answer_after_s", 0.0)
    uninstall = document.get("uninstall_errors", {}) or {}
    if not isinstance(uninstall, dict):
        raise ScenarioError(f"{source}: 'uninstall_errors' must be a mapping")
    return IosScenario(
        name=str(document.get("name", source)),
        description=str(document.get("description", "")),
        identity=_identity(document.get("device"), source),
        pairing=pairing,
        answer_after_s=None if answer is None else float(answer),
        locked=bool(pairing_raw.get("locked", False)),
        session_tls=bool(document.get("session_tls", False)),
        apps=_apps(document.get("apps"), source),
        uninstall_errors={str(k): str(v) for k, v in uninstall.items()},
        browse_chunk=max(1, int(document.get("browse_chunk", 20))),
    )


def load_ios_scenario(name_or_path: str) -> IosScenario:
    """Load a scenario by name (file stem in resources/scenarios/ios/) or by path."""
    path = Path(name_or_path)
    if not (path.suffix in (".yaml", ".yml") and path.exists()):
        path = scenario_dir() / f"{name_or_path}.yaml"
    if not path.exists():
        known = ", ".join(ios_scenario_names())
        raise ScenarioError(f"no iPhone scenario named {name_or_path!r} (known: {known})")
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ScenarioError(f"{path}: not valid YAML: {exc}") from exc
    return parse_scenario(document, str(path))

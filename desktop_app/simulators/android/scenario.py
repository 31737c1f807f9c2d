"""Android scenarios: a phone described as data (resources/scenarios/android/*.yaml)."""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from desktop_app.core.errors import AppAuditError
from desktop_app.resources import resources_dir

# Per-user package states, named as `pm` names them.
PACKAGE_STATES = frozenset({"enabled", "disabled", "disabled-user", "uninstalled"})
# PackageManager.COMPONENT_ENABLED_STATE_* numbers `dumpsys package` prints.
ENABLED_NUMBERS = {"enabled": 0, "disabled": 2, "disabled-user": 3, "uninstalled": 0}
PER_USER_RANGE = 100_000


class ScenarioError(AppAuditError):
    code = "scenario"
    default_hint = "Check the scenario file against resources/scenarios/android/pixel-work-profile.yaml."


class AuthMode(enum.StrEnum):
    ACCEPT = "accept"  # the person taps Allow (and ticks Always allow) at once
    NEVER = "never"  # the prompt is never answered
    DELAY = "delay"  # Allow is tapped `allow_after_s` seconds after the prompt shows
    MANUAL = "manual"  # Allow is tapped when the test or demo calls tap_allow()


@dataclass(frozen=True, slots=True)
class Identity:
    serial: str
    model: str
    manufacturer: str
    brand: str
    product: str
    device: str
    android_version: str
    sdk: int
    security_patch: str
    build_id: str = "UQ1A.240505.004"

    @property
    def fingerprint(self) -> str:
        return (
            f"{self.brand}/{self.product}/{self.device}:{self.android_version}/{self.build_id}/"
            f"11583682:user/release-keys"
        )

    def properties(self) -> dict[str, str]:
        return {
            "ro.product.model": self.model,
            "ro.product.manufacturer": self.manufacturer,
            "ro.product.brand": self.brand,
            "ro.product.name": self.product,
            "ro.product.device": self.device,
            "ro.serialno": self.serial,
            "ro.build.version.release": self.android_version,
            "ro.build.version.sdk": str(self.sdk),
            "ro.build.version.security_patch": self.security_patch,
            "ro.build.id": self.build_id,
            "ro.build.fingerprint": self.fingerprint,
            "ro.build.type": "user",
            "ro.adb.secure": "1",
            "sys.boot_completed": "1",
        }


@dataclass(frozen=True, slots=True)
class SimUser:
    id: int
    name: str
    flags: str = "c13"  # lowercase hex, as `pm list users` prints it
    running: bool = True
    locked: bool = False  # a locked private space: `--user N` gives SecurityException


@dataclass(frozen=True, slots=True)
class SimPackage:
    name: str
    app_id: int
    path: str  # sourceDir, the base.apk
    version_code: int
    version_name: str
    installer: str | None
    system: bool
    users: dict[int, str] = field(default_factory=dict)  # user -> enabled|disabled|disabled-user|uninstalled
    # Who signed the base APK (simulated publishers, see simulators/android/apk.py); none given: the
    # platform for a system app, else a publisher named after the package.
    signers: tuple[str, ...] = ()
    signature_schemes: tuple[int, ...] = (2, 3)
    apk_readable: bool = True  # False: reading the APK gives "Permission denied"
    apk: bytes | None = field(default=None, repr=False)  # the APK itself (tests: one apksigner signed)

    @property
    def publishers(self) -> tuple[str, ...]:
        if self.signers:
            return self.signers
        return ("android-platform",) if self.system else (self.name,)

    @property
    def code_path(self) -> str:
        return self.path.rsplit("/", 1)[0]

    def uid(self, user: int) -> int:
        return user * PER_USER_RANGE + self.app_id


@dataclass(frozen=True, slots=True)
class Faults:
    latency_ms: float = 0.0  # added before every packet the phone sends
    drop_after_bytes: int | None = None  # close the connection after sending this many bytes (cable pull)
    garbage_lines: int = 0  # corrupted lines mixed into every package listing
    # Device-side time of one package-manager command (`pm`, `cmd`, `dumpsys`: a binder call into
    # system_server that walks every package). A real phone spends tens to hundreds of ms there;
    # the phone runs concurrent streams in parallel, as adbd gives each its own process.
    command_ms: float = 0.0


@dataclass(frozen=True, slots=True)
class AndroidScenario:
    name: str
    description: str
    identity: Identity
    users: tuple[SimUser, ...]
    packages: tuple[SimPackage, ...]
    auth: AuthMode = AuthMode.ACCEPT
    allow_after_s: float = 0.0
    removal_failures: dict[str, str] = field(default_factory=dict)  # package -> DELETE_FAILED_* code
    faults: Faults = Faults()
    # Files in each built APK besides the manifest and code: real APKs hold hundreds to thousands,
    # so their central directory (read with the signer) is tens of KB.
    apk_entries: int = 0
    # A captured phone (`app-audit capture`): each command line and the phone's exact answer. The
    # simulator answers from it alone; its identity comes from the captured getprop.
    replay: dict[str, bytes] | None = field(default=None, hash=False, compare=False)

    def with_faults(self, **changes: Any) -> AndroidScenario:
        return replace(self, faults=replace(self.faults, **changes))

    def with_auth(self, mode: AuthMode, allow_after_s: float = 0.0) -> AndroidScenario:
        return replace(self, auth=mode, allow_after_s=allow_after_s)

    def package_count(self) -> int:
        """Package entries over all users, as an audit sees them."""
        return sum(len(p.users) for p in self.packages)


def scenarios_dir() -> Path:
    return resources_dir() / "scenarios" / "android"


def android_scenario_names() -> list[str]:
    return sorted(path.stem for path in scenarios_dir().glob("*.yaml"))


def load_android_scenario(name_or_path: str) -> AndroidScenario:
    """A scenario by name (file stem in resources/scenarios/android/) or by path."""
    path = Path(name_or_path)
    if not path.suffix:
        path = scenarios_dir() / f"{name_or_path}.yaml"
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        known = ", ".join(android_scenario_names())
        raise ScenarioError(f"no Android scenario {name_or_path!r} (known: {known})") from error
    except yaml.YAMLError as error:
        raise ScenarioError(f"{path}: {error}") from error
    try:
        return _scenario(document, default_name=path.stem)
    except (KeyError, TypeError, ValueError, binascii.Error) as error:
        raise ScenarioError(f"{path}: {error!r}") from error


# --- building a scenario from its YAML document ---------------------------------------------------


def _replayed(doc: dict[str, Any], default_name: str) -> AndroidScenario:
    """A captured phone: its answers, and an identity and users read back from them."""
    answers: dict[str, bytes] = {}
    for entry in doc["replay"]:
        command = str(entry["command"])
        if "output_base64" in entry:
            answers[command] = base64.b64decode(str(entry["output_base64"]), validate=True)
        else:
            answers[command] = str(entry.get("output", "")).encode("utf-8")
    props = dict(_GETPROP_LINE.findall(answers.get("getprop", b"").decode("utf-8", "replace")))
    if not props.get("ro.serialno"):
        raise ValueError("the capture has no getprop answer with ro.serialno")
    identity = Identity(
        serial=props["ro.serialno"],
        model=props.get("ro.product.model", ""),
        manufacturer=props.get("ro.product.manufacturer", ""),
        brand=props.get("ro.product.brand", ""),
        product=props.get("ro.product.name", ""),
        device=props.get("ro.product.device", ""),
        android_version=props.get("ro.build.version.release", ""),
        sdk=int(props.get("ro.build.version.sdk", "0") or 0),
        security_patch=props.get("ro.build.version.security_patch", ""),
    )
    return AndroidScenario(
        name=str(doc.get("name", default_name)),
        description=str(doc.get("description", "")),
        identity=identity,
        users=(),
        packages=(),
        replay=answers,
    )


_GETPROP_LINE = re.compile(r"^\[([^\]\n]*)\]: \[([^\n]*)\]$", re.MULTILINE)


def _scenario(doc: dict[str, Any], default_name: str) -> AndroidScenario:
    if "replay" in doc:
        return _replayed(doc, default_name)
    ident = doc["identity"]
    identity = Identity(
        serial=str(ident["serial"]),
        model=str(ident["model"]),
        manufacturer=str(ident["manufacturer"]),
        brand=str(ident.get("brand", str(ident["manufacturer"]).lower())),
        product=str(ident["product"]),
        device=str(ident.get("device", ident["product"])),
        android_version=str(ident["android_version"]),
        sdk=int(ident["sdk"]),
        security_patch=str(ident.get("security_patch", "2024-05-05")),
    )
    users = tuple(
        SimUser(
            id=int(u["id"]),
            name=str(u["name"]),
            flags=str(u.get("flags", "c13")),
            running=bool(u.get("running", True)),
            locked=bool(u.get("locked", False)),
        )
        for u in doc["users"]
    )
    user_ids = [u.id for u in users]
    packages = [_package(p, user_ids, index) for index, p in enumerate(doc.get("packages", []))]
    filler = doc.get("filler")
    if filler:
        packages.extend(_filler(filler, user_ids, {p.name for p in packages}))
    auth = doc.get("auth", {})
    faults = doc.get("faults", {})
    return AndroidScenario(
        name=str(doc.get("name", default_name)),
        description=str(doc.get("description", "")),
        identity=identity,
        users=users,
        packages=tuple(packages),
        auth=AuthMode(auth.get("mode", "accept")),
        allow_after_s=float(auth.get("allow_after_s", 0.0)),
        removal_failures={str(k): str(v) for k, v in (doc.get("removal_failures") or {}).items()},
        apk_entries=int(doc.get("apk_entries", 0)),
        faults=Faults(
            latency_ms=float(faults.get("latency_ms", 0.0)),
            command_ms=float(faults.get("command_ms", 0.0)),
            drop_after_bytes=None
            if faults.get("drop_after_bytes") is None
            else int(faults["drop_after_bytes"]),
            garbage_lines=int(faults.get("garbage_lines", 0)),
        ),
    )


def _stable_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _data_app_path(name: str) -> str:
    # Android 11+ layout: /data/app/~~<random base64>==/<package>-<random base64>==/base.apk
    digest = _stable_hash(name)
    return f"/data/app/~~{digest[:22]}==/{name}-{digest[22:44]}==/base.apk"


def _package(p: dict[str, Any], user_ids: list[int], index: int) -> SimPackage:
    name = str(p["name"])
    system = bool(p.get("system", False))
    users_field = p.get("users", "all")
    if users_field == "all":
        users = dict.fromkeys(user_ids, "enabled")
    elif isinstance(users_field, list):
        users = {int(u): "enabled" for u in users_field}
    else:
        users = {int(u): str(state) for u, state in users_field.items()}
    bad = set(users.values()) - PACKAGE_STATES
    if bad:
        raise ValueError(f"package {name}: unknown state(s) {sorted(bad)}")
    default_path = (
        f"/system/app/{name.rsplit('.', 1)[-1]}/{name.rsplit('.', 1)[-1]}.apk"
        if system
        else (_data_app_path(name))
    )
    installer = p.get("installer", None if system else "com.android.vending")
    signer = p.get("signer")
    signers = [signer] if signer else p.get("signers", [])
    return SimPackage(
        name=name,
        app_id=int(p.get("app_id", 10200 + index)),
        path=str(p.get("path", default_path)),
        version_code=int(p.get("version_code", 1)),
        version_name=str(p.get("version_name", "1.0")),
        installer=None if installer in (None, "null") else str(installer),
        system=system,
        users=users,
        signers=tuple(str(s) for s in signers),
        signature_schemes=tuple(int(s) for s in p.get("signature_schemes", (2, 3))),
        apk_readable=bool(p.get("apk_readable", True)),
    )


_SYSTEM_WORDS = (
    "settings",
    "phone",
    "contacts",
    "camera",
    "gallery",
    "clock",
    "calendar",
    "dialer",
    "messaging",
    "bluetooth",
    "nfc",
    "wallpaper",
    "launcher",
    "keyboard",
    "printspooler",
    "documentsui",
    "providers",
    "telephony",
    "wifi",
    "location",
    "backup",
    "carrierconfig",
    "cellbroadcast",
    "emergency",
    "inputmethod",
    "musicfx",
    "soundpicker",
    "storagemanager",
    "systemui",
    "vpndialogs",
    "webview",
    "shell",
    "sharedstorage",
    "simappdialog",
    "stk",
    "traceur",
    "tethering",
    "networkstack",
    "permissioncontroller",
    "packageinstaller",
)
_SYSTEM_VENDORS = (
    "com.android",
    "com.google.android",
    "com.qualcomm",
    "com.android.providers",
    "com.google.mainline",
)
_SYSTEM_PARTITIONS = (
    "/system/app",
    "/system/priv-app",
    "/product/app",
    "/product/priv-app",
    "/system_ext/priv-app",
)
_USER_WORDS = (
    "notes",
    "weather",
    "banking",
    "fitness",
    "maps",
    "reader",
    "scanner",
    "translate",
    "podcasts",
    "recipes",
    "transit",
    "chess",
    "budget",
    "photos",
    "tasks",
    "radio",
    "meditation",
    "compass",
    "wallet",
    "sudoku",
)


def _filler(spec: dict[str, Any], user_ids: list[int], taken: set[str]) -> list[SimPackage]:
    """Deterministic ordinary packages so a scenario has a realistic size (a Pixel has ~200)."""
    users = [int(u) for u in spec.get("users", user_ids)]
    out: list[SimPackage] = []
    for index in range(int(spec.get("system", 0))):
        word = _SYSTEM_WORDS[index % len(_SYSTEM_WORDS)]
        vendor = _SYSTEM_VENDORS[(index // len(_SYSTEM_WORDS)) % len(_SYSTEM_VENDORS)]
        name = (
            f"{vendor}.{word}"
            if index < len(_SYSTEM_WORDS) * len(_SYSTEM_VENDORS)
            else f"{vendor}.{word}{index}"
        )
        if name in taken:
            continue
        taken.add(name)
        folder = name.rsplit(".", 1)[-1].capitalize()
        partition = _SYSTEM_PARTITIONS[index % len(_SYSTEM_PARTITIONS)]
        out.append(
            SimPackage(
                name=name,
                app_id=1000 if word in {"settings", "shell"} and index < 5 else 10010 + index,
                path=f"{partition}/{folder}/{folder}.apk",
                version_code=34 + index % 7,
                version_name=f"14-{_stable_hash(name)[:7]}",
                installer=None,
                system=True,
                users=dict.fromkeys(users, "disabled-user" if index % 37 == 36 else "enabled"),
            )
        )
    for index in range(int(spec.get("user", 0))):
        word = _USER_WORDS[index % len(_USER_WORDS)]
        name = f"com.example{index // len(_USER_WORDS) or ''}.{word}"
        if name in taken:
            continue
        taken.add(name)
        out.append(
            SimPackage(
                name=name,
                app_id=10300 + index,
                path=_data_app_path(name),
                version_code=100 + index,
                version_name=f"{1 + index % 5}.{index % 10}.{index % 3}",
                installer="com.android.vending",
                system=False,
                users=dict.fromkeys(users[: 1 + index % len(users)] if users else [], "enabled"),
            )
        )
    return out

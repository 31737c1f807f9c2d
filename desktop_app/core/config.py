"""App settings shared by the CLI and the GUI: one YAML file, deployable centrally by IT.

Window geometry and other per-user UI state live in QSettings; everything that
decides trust or where results go lives here, so a helpdesk can push one file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from desktop_app.core.bounded_read import CONFIG_MAX_BYTES, KEY_MAX_BYTES, read_at_most
from desktop_app.core.bounded_yaml import YamlRefusedError, load_bounded_yaml
from desktop_app.core.errors import UsageError
from desktop_app.core.kiosk_pin import is_pin_hash
from desktop_app.core.signing import TrustedKey, load_public_key

CONFIG_FILE_NAME = "config.yaml"
EMAIL_PATTERN = r"[^@\s]+@[^@\s]+\.[^@\s]+"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TrustedKeyEntry(_Section):
    name: str = ""
    path: Path  # PEM public key; relative paths are relative to the config file


class WebhookSettings(_Section):
    url: str
    secret_file: Path  # file holding the HMAC secret; never the secret itself in config
    timeout_s: float = Field(default=10.0, gt=0, le=120)


class FleetSettings(_Section):
    """The central PostgreSQL every station reports to (docs/deploying.md)."""

    dsn: str  # libpq connection string without password, e.g. "host=db.example.com dbname=appaudit user=st_desk1 sslmode=verify-full"
    station_name: str
    password_file: Path | None = None  # else PGPASSFILE / ~/.pgpass, or a client certificate in the dsn
    poll_interval_s: float = Field(default=30.0, gt=0, le=3600)  # policy polling when NOTIFY is missed
    # A station silent this long has the devices a withdrawal restores restored by another station.
    offline_after_s: float = Field(default=300.0, gt=0)


class AndroidSettings(_Section):
    tcp_addresses: list[str] = []  # phones in `adb tcpip` mode, HOST:PORT
    usb: bool = True
    reuse_android_home_key: bool = False  # use ~/.android/adbkey instead of the app's own key


class IosSettings(_Section):
    usbmux_address: str | None = None  # HOST:PORT; None = the platform default


class KioskSettings(_Section):
    """The self-check kiosk (`app-audit gui --kiosk`)."""

    identify: Literal["none", "email", "employee_id"] = "none"  # what the person types before the check
    identify_pattern: str | None = None  # regex the answer must match in full (default for email: an address)
    identify_example: str = ""  # shown under the field, e.g. "jane.doe@example.com" or "E12345"
    idle_reset_s: int = Field(default=120, ge=20, le=3600)  # back to Welcome after this long untouched
    forget_phones: bool = True  # delete the iPhone pair record made for the check when the person leaves
    pin_hash: str | None = None  # set with `app-audit kiosk set-pin`; never the PIN itself
    printer: str | None = None  # printer name: the Done page offers to print the receipt
    # Instead of a printer: each printed receipt is written as a PDF into this folder (receipt-REF.pdf).
    print_folder: Path | None = None

    @field_validator("identify_pattern")
    @classmethod
    def _pattern_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a regular expression: {exc}") from exc
        return value

    @field_validator("pin_hash")
    @classmethod
    def _pin_hash_format(cls, value: str | None) -> str | None:
        if value is not None and not is_pin_hash(value):
            raise ValueError("not a PIN hash: set it with `app-audit kiosk set-pin`, never by hand")
        return value

    @model_validator(mode="after")
    def _example_matches(self) -> KioskSettings:
        if self.identify != "none" and self.identify_example and not self.answer_matches(self.identify_example):
            raise ValueError(f"identify_example {self.identify_example!r} does not match identify_pattern")
        return self

    def answer_matches(self, answer: str) -> bool:
        """Whether what the person typed is a valid identity for `identify`."""
        if self.identify == "none":
            return True
        pattern = self.identify_pattern or (EMAIL_PATTERN if self.identify == "email" else r"\S+")
        return re.fullmatch(pattern, answer.strip()) is not None


class AppConfig(_Section):
    policy_path: Path | None = None  # None = the bundled default policy
    require_signed_policy: bool = False  # the kiosk sets this
    trusted_keys: list[TrustedKeyEntry] = []
    webhook: WebhookSettings | None = None
    fleet: FleetSettings | None = None
    android: AndroidSettings = AndroidSettings()
    ios: IosSettings = IosSettings()
    auto_scan: bool = True
    language: Literal["en", "fr"] | None = None  # None = the system locale (English when unsupported)
    kiosk: KioskSettings = KioskSettings()


def load_config(path: Path) -> AppConfig:
    """The config at path, or the defaults when the file does not exist."""
    try:
        raw = read_at_most(path, CONFIG_MAX_BYTES)
    except FileNotFoundError:
        return AppConfig()
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read ({exc.strerror})") from exc
    try:
        data, lines = load_bounded_yaml(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise _invalid(path, 1, f"not UTF-8 text ({exc.reason})") from exc
    except YamlRefusedError as exc:
        raise _invalid(path, exc.line, exc.message) from exc
    try:
        config = AppConfig.model_validate(data or {})
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            line = next((lines[loc[:n]] for n in range(len(loc), 0, -1) if loc[:n] in lines), 1)
            problems.append(f"{path}:{line}: {'.'.join(str(p) for p in loc)}: {error['msg']}")
        raise UsageError(
            "not a valid App Audit config:\n" + "\n".join(problems), hint="Fix the file or remove it."
        ) from exc
    return _resolve_relative(config, path.parent)


def _invalid(path: Path, line: int, message: str) -> UsageError:
    return UsageError(
        f"{path}:{line}: not a valid App Audit config: {message}", hint="Fix the file or remove it."
    )


def _resolve_relative(config: AppConfig, base: Path) -> AppConfig:
    keys = [k.model_copy(update={"path": base / k.path}) for k in config.trusted_keys]
    webhook = config.webhook
    if webhook is not None:
        webhook = webhook.model_copy(update={"secret_file": base / webhook.secret_file})
    fleet = config.fleet
    if fleet is not None and fleet.password_file is not None:
        fleet = fleet.model_copy(update={"password_file": base / fleet.password_file})
    policy = base / config.policy_path if config.policy_path else None
    kiosk = config.kiosk
    if kiosk.print_folder is not None:
        kiosk = kiosk.model_copy(update={"print_folder": base / kiosk.print_folder})
    return config.model_copy(
        update={"trusted_keys": keys, "webhook": webhook, "fleet": fleet, "policy_path": policy, "kiosk": kiosk}
    )


def save_config(config: AppConfig, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = config.model_dump(mode="json", exclude_defaults=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    temporary.replace(path)


def set_kiosk_pin_hash(path: Path, pin_hash: str) -> None:
    """Write kiosk.pin_hash into the config file at path, keeping everything else as written."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {} if path.exists() else {}
    except (OSError, yaml.YAMLError) as exc:
        raise UsageError(f"{path}: cannot be read as YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise UsageError(f"{path}: not a valid App Audit config (not a mapping)")
    kiosk = data.get("kiosk") or {}
    if not isinstance(kiosk, dict):
        raise UsageError(f"{path}: `kiosk` must be a mapping")
    data["kiosk"] = {**kiosk, "pin_hash": pin_hash}
    try:
        AppConfig.model_validate(data)
    except ValidationError as exc:
        raise UsageError(f"{path}: not a valid App Audit config:\n{exc}", hint="Fix the file first.") from exc
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    temporary.replace(path)


def load_trusted_keys(entries: list[TrustedKeyEntry]) -> list[TrustedKey]:
    keys = []
    for entry in entries:
        try:
            pem = read_at_most(entry.path, KEY_MAX_BYTES)
        except OSError as exc:
            raise UsageError(f"trusted key {entry.path}: cannot be read ({exc.strerror})") from exc
        keys.append(TrustedKey(load_public_key(pem), entry.name or entry.path.stem))
    return keys

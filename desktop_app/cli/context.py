"""What every command may need, built lazily from the global options: paths, config, store, keys."""

from __future__ import annotations

import argparse
from functools import cached_property
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app import station
from desktop_app.core.audit_service import AuditService
from desktop_app.core.clock import SystemClock
from desktop_app.core.config import AppConfig, load_config
from desktop_app.core.errors import UsageError
from desktop_app.core.policy import LoadedPolicy, load_policy
from desktop_app.core.signing import TrustedKey
from desktop_app.integrations.webhook import WebhookConfig, webhook_from_settings
from desktop_app.resources import policy_path_for
from desktop_app.storage.database import AuditDatabase
from desktop_app.storage.station_files import fleet_policy_path, load_or_create_receipt_key


class CliContext:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.clock = SystemClock()

    @cached_property
    def paths(self) -> station.StationPaths:
        def option(name: str) -> Path | None:
            value = getattr(self.args, name, None)
            return Path(value) if value else None

        return station.station_paths(
            data_dir=option("data_dir"), db_path=option("db"), config_path=option("config")
        )

    @property
    def data_dir(self) -> Path:
        return self.paths.data_dir

    @property
    def config_path(self) -> Path:
        return self.paths.config_path

    @cached_property
    def config(self) -> AppConfig:
        return load_config(self.config_path)

    @property
    def db_path(self) -> Path:
        return self.paths.database_path

    @cached_property
    def store(self) -> AuditDatabase:
        return station.open_store(self.db_path)

    @cached_property
    def trusted_keys(self) -> list[TrustedKey]:
        extra = [Path(p) for p in getattr(self.args, "trusted_key", None) or []]
        return station.trusted_keys(self.config, extra)

    @cached_property
    def receipt_key(self) -> Ed25519PrivateKey:
        return load_or_create_receipt_key(self.data_dir)

    def webhook(self, *, url: str | None = None, secret_file: str | None = None) -> WebhookConfig:
        """The mail-access webhook from the options, else from the config file."""
        configured = self.config.webhook
        url = url or (configured.url if configured else None)
        secret_path = secret_file or (str(configured.secret_file) if configured else None)
        if not url or not secret_path:
            raise UsageError(
                "no webhook configured",
                hint="Set webhook.url and webhook.secret_file in the config file, or pass --url and --secret-file.",
            )
        return webhook_from_settings(url, Path(secret_path), configured.timeout_s if configured else 10.0)

    @property
    def fleet_policy(self) -> Path | None:
        """The policy the fleet delivered, when this station belongs to a fleet and received one."""
        path = fleet_policy_path(self.data_dir)
        return path if self.config.fleet is not None and path.exists() else None

    def policy(self) -> LoadedPolicy:
        value = getattr(self.args, "policy", None)
        path = policy_path_for(Path(value) if value else None, self.config.policy_path, self.fleet_policy)
        require = self.config.require_signed_policy or bool(getattr(self.args, "require_signed", False))
        return load_policy(path, self.trusted_keys, require_signature=require)

    def audit_service(self, *, record: bool) -> AuditService:
        if not record:
            return AuditService(None, self.clock, None)
        return AuditService(self.store, self.clock, self.receipt_key)

"""Where the bundled resources (policies, scenarios, icons) are, in a checkout and in a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_policy_path() -> Path:
    return resources_dir() / "policies" / "default.yaml"


def policy_path_for(explicit: Path | None, configured: Path | None, from_fleet: Path | None = None) -> Path:
    """The policy to load: the one asked for, else the one the fleet delivered, else the configured one,
    else the bundled default."""
    return explicit or from_fleet or configured or default_policy_path()


def sample_issuer_key_path() -> Path:
    """Public key that signed the bundled sample policy. Trusted by the demo only, never by default."""
    return resources_dir() / "keys" / "sample-issuer.pub"

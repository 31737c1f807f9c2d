"""The audit hash chain: each audit's hash covers its content, its findings and the previous hash.

Pure functions over the values exactly as stored, so `verify_chain` recomputes the
same bytes that `record_audit` hashed. This detects edits made with any SQLite tool;
it does not stop someone who rewrites the whole chain (that needs a signed head).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

GENESIS_HASH = "0" * 64

# Columns of `audits` covered by the hash (device_id is replaced by platform + serial).
HASHED_AUDIT_COLUMNS: tuple[str, ...] = (
    "recorded_at",
    "evaluated_at",
    "model",
    "os_version",
    "device_name",
    "policy_id",
    "policy_version",
    "policy_sha256",
    "policy_signed",
    "policy_retracted",
    "verdict",
    "apps_scanned",
    "findings_count",
    "inventory_sha256",
    "deadline",
    "notes",
)

HASHED_FINDING_COLUMNS: tuple[str, ...] = (
    "position",
    "rule_id",
    "rule_title",
    "action",
    "app_id",
    "label",
    "platform",
    "user",
    "state",
    "app_state",
    "reason",
)


# Hashed only when set: audits recorded before officiality was judged keep their original hash.
HASHED_OUTCOME_COLUMNS: tuple[str, ...] = ("official", "why_not_official", "origin")

HASHED_REMOVAL_COLUMNS: tuple[str, ...] = (
    "audit_id",
    "recorded_at",
    "app_id",
    "user",
    "removed",
    "code",
    "message",
)


# One encoder for every record (json.dumps builds a new one per call).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _dumps(document: Mapping[str, Any]) -> bytes:
    return _CANONICAL.encode(document).encode("utf-8")


def canonical_content(
    audit: Mapping[str, Any],
    platform: str,
    serial: str,
    findings: Sequence[Mapping[str, Any]],
    kept_inventory_sha256: str | None,
) -> bytes:
    """Deterministic bytes for one audit and everything hashed with it."""
    document: dict[str, Any] = {
        "audit": {column: audit[column] for column in HASHED_AUDIT_COLUMNS},
        "device": {"platform": platform, "serial": serial},
        "findings": [{column: f[column] for column in HASHED_FINDING_COLUMNS} for f in findings],
        "kept_inventory_sha256": kept_inventory_sha256,
    }
    if audit.get("official") is not None:
        document["outcome"] = {column: audit.get(column) for column in HASHED_OUTCOME_COLUMNS}
    return _dumps(document)


def removal_content(removal: Mapping[str, Any]) -> bytes:
    """Deterministic bytes for one removal record (its audit is already in the chain)."""
    return _dumps({"removal": {column: removal[column] for column in HASHED_REMOVAL_COLUMNS}})


def link_hash(prev_hash: str, content: bytes) -> str:
    digest = hashlib.sha256(prev_hash.encode("ascii"))
    digest.update(b"\n")
    digest.update(content)
    return digest.hexdigest()


def kept_inventory_digest(apps_json: str, profiles_json: str) -> str:
    """Hash of a kept full inventory exactly as stored."""
    return hashlib.sha256(f"{apps_json}\n{profiles_json}".encode()).hexdigest()

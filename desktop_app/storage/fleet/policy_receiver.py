"""A station takes the policy published last: checks it with its own trusted keys, applies it, keeps it.

The file and its signature are staged beside the policy in force and moved into place only after
the station accepted it (signature good, not older than what it applied: the apply step refuses
a rollback), so a refused publication never replaces the policy in force.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.policy import SIGNATURE_SUFFIX, LoadedPolicy, load_policy
from desktop_app.core.signing import TrustedKey
from desktop_app.storage.fleet.central import Connection
from desktop_app.storage.fleet.policy_feed import Publication, newest_publication
from desktop_app.storage.station_files import fleet_policy_path

logger = logging.getLogger(__name__)

ApplyPolicy = Callable[[LoadedPolicy], None]


def installed_sha256(data_dir: Path) -> str | None:
    try:
        return hashlib.sha256(fleet_policy_path(data_dir).read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def receive_policy(
    conn: Connection, data_dir: Path, trusted: list[TrustedKey], apply: ApplyPolicy
) -> LoadedPolicy | None:
    """The newly published policy once applied here, or None when there is nothing new.

    Raises PolicyError (bad signature, rollback) without touching the policy in force.
    """
    publication = newest_publication(conn)
    if publication is None or publication.sha256 == installed_sha256(data_dir):
        return None
    staged = _stage(publication, data_dir)
    policy = load_policy(staged, trusted, require_signature=True)
    apply(policy)
    final = fleet_policy_path(data_dir)
    # The signature first: a crash between the two moves leaves a policy that fails its check.
    os.replace(Path(str(staged) + SIGNATURE_SUFFIX), Path(str(final) + SIGNATURE_SUFFIX))
    os.replace(staged, final)
    logger.info("applied policy %s %s from the fleet", publication.policy_id, publication.version)
    return load_policy(final, trusted, require_signature=True)


def _stage(publication: Publication, data_dir: Path) -> Path:
    staged = fleet_policy_path(data_dir).with_name("incoming.yaml")
    _write(Path(str(staged) + SIGNATURE_SUFFIX), publication.signature)
    _write(staged, publication.text)
    return staged

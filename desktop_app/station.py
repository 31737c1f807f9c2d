"""The station's wiring, one place for the command line and the window: where its files are, its
config and trusted keys, its Android keys, its phone discoveries and its audit store.

Both front ends call these (cli/context.py and cli/device_options.py for commands, launch_gui.py for
the window), so a station has one ADB key, one set of pair records, one store and one way of
finding phones whichever way it is used. Heavy libraries are imported inside the functions: the
window calls them on worker threads after it shows."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.core.config import AppConfig
    from desktop_app.core.signing import TrustedKey
    from desktop_app.devices.android.connector import AndroidDiscovery
    from desktop_app.devices.android.station import AndroidStation
    from desktop_app.devices.ios.connector import IosDiscovery
    from desktop_app.storage.database import AuditDatabase


@dataclass(frozen=True, slots=True)
class StationPaths:
    data_dir: Path
    config_path: Path
    database_path: Path


def station_paths(
    *,
    data_dir: Path | None = None,
    db_path: Path | None = None,
    config_path: Path | None = None,
    demo: bool = False,
) -> StationPaths:
    """The data folder, config file and database, from the options or the platform's defaults.
    A demo without its own paths gets a demo/ folder: simulated phones stay out of real history.

    The data folder holds the database, keys and device identities: it is created 0700 whatever the
    umask, and an existing one (given, or the default) is tightened to 0700; the folder of a --db
    file is only created that way, never changed (it may be any folder)."""
    from desktop_app.storage.paths import default_config_path, default_data_dir
    from desktop_app.storage.station_files import ensure_private_dir

    chosen = data_dir is not None or db_path is None
    if data_dir is None:
        data_dir = db_path.parent if db_path is not None else default_data_dir()
        if demo and db_path is None:
            data_dir = data_dir / "demo"
    ensure_private_dir(data_dir, tighten=chosen)
    return StationPaths(data_dir, config_path or default_config_path(), db_path or data_dir / "audits.db")


def trusted_keys(config: AppConfig, extra: Sequence[Path] = (), *, demo: bool = False) -> list[TrustedKey]:
    """The configured policy signers, those given on the command line, and in a demo the sample issuer."""
    from desktop_app.core.config import TrustedKeyEntry, load_trusted_keys

    keys = load_trusted_keys([*config.trusted_keys, *(TrustedKeyEntry(path=p) for p in extra)])
    if demo:
        keys += demo_trusted_keys()
    return keys


def demo_trusted_keys() -> list[TrustedKey]:
    """The sample issuer's public key: the demo trusts it so the bundled sample policy shows as
    signed. Only demo mode calls this; a normal start trusts only the configured keys."""
    from desktop_app.core.bounded_read import read_key_file
    from desktop_app.core.signing import TrustedKey, load_public_key
    from desktop_app.resources import sample_issuer_key_path

    path = sample_issuer_key_path()
    return [TrustedKey(load_public_key(read_key_file(path)), path.stem)]


def android_station(data_dir: Path, config: AppConfig) -> AndroidStation:
    """This station's ADB key pair, and the users and APK signers its phones had at their last scan."""
    from desktop_app.devices.android.station import open_android_station
    from desktop_app.storage.station_files import adb_keys_dir

    return open_android_station(
        adb_keys_dir(data_dir), reuse_android_home=config.android.reuse_android_home_key
    )


def usbmux_address(config: AppConfig, explicit: str | None = None) -> str | None:
    return explicit or config.ios.usbmux_address or os.environ.get("USBMUXD_SOCKET_ADDRESS") or None


def android_discovery(
    data_dir: Path,
    config: AppConfig,
    extra_addresses: Sequence[str] = (),
    *,
    android: AndroidStation | None = None,
) -> AndroidDiscovery:
    from desktop_app.devices.android.connector import AndroidDiscovery

    android = android if android is not None else android_station(data_dir, config)
    addresses = tuple(dict.fromkeys([*config.android.tcp_addresses, *extra_addresses]))
    return AndroidDiscovery(
        android.keys,
        tcp_addresses=addresses,
        usb=config.android.usb,
        known_users=android.known_users,
        signer_cache=android.signer_cache,
    )


def ios_discovery(data_dir: Path, config: AppConfig, explicit_usbmux: str | None = None) -> IosDiscovery:
    from desktop_app.devices.ios.connector import IosDiscovery
    from desktop_app.storage.station_files import pair_records_dir

    return IosDiscovery(
        usbmux_address=usbmux_address(config, explicit_usbmux), pair_records_dir=pair_records_dir(data_dir)
    )


def open_store(database_path: Path) -> AuditDatabase:
    from desktop_app.storage.database import AuditDatabase

    return AuditDatabase(database_path)

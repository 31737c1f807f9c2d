"""Turn --serial / --connect / --udid / --usbmux into a connector, or list what is attached."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from desktop_app import station
from desktop_app.cli.context import CliContext
from desktop_app.core.device_states import error_for_attached
from desktop_app.core.errors import AppAuditError, DeviceNotFoundError, UsageError
from desktop_app.core.models import AttachedDevice, DeviceState, Platform
from desktop_app.core.ports import DeviceConnector
from desktop_app.storage.station_files import pair_records_dir


def add_device_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("device (default: the only ready device attached)")
    choice = group.add_mutually_exclusive_group()
    choice.add_argument("--serial", metavar="S", help="Android phone on USB, by adb serial")
    choice.add_argument(
        "--connect", metavar="HOST:PORT", help="Android phone over TCP (adb tcpip mode, simulator)"
    )
    choice.add_argument("--udid", metavar="U", help="iPhone by UDID")
    group.add_argument("--usbmux", metavar="HOST:PORT", help="usbmuxd address (default: the platform's own)")


def _usbmux_address(ctx: CliContext) -> str | None:
    return station.usbmux_address(ctx.config, getattr(ctx.args, "usbmux", None))


def open_selected_device(ctx: CliContext) -> DeviceConnector:
    args = ctx.args
    if args.connect or args.serial:
        from desktop_app.devices.android.connector import open_android

        android = station.android_station(ctx.data_dir, ctx.config)
        return open_android(
            connect=args.connect,
            serial=args.serial,
            keys=android.keys,
            known_users=android.known_users,
            signer_cache=android.signer_cache,
        )
    if args.udid:
        from desktop_app.devices.ios.connector import open_ios

        return open_ios(
            udid=args.udid,
            usbmux_address=_usbmux_address(ctx),
            pair_records_dir=pair_records_dir(ctx.data_dir),
        )
    return _open_only_ready_device(ctx)


def _open_only_ready_device(ctx: CliContext) -> DeviceConnector:
    attached, problems = list_attached(ctx, include_ios=True)
    ready = [d for d in attached if d.state is DeviceState.READY]
    if len(ready) == 1:
        return _open_attached(ctx, ready[0])
    if not attached:
        detail = "; ".join(problems)
        raise DeviceNotFoundError("no phone found" + (f" ({detail})" if detail else ""))
    if not ready:
        raise error_for_attached(attached[0])
    names = ", ".join(d.serial for d in ready)
    raise UsageError(f"several phones are ready ({names}): choose one with --serial, --connect or --udid")


def _open_attached(ctx: CliContext, device: AttachedDevice) -> DeviceConnector:
    if device.platform is Platform.ANDROID:
        return station.android_discovery(ctx.data_dir, ctx.config, _extra_addresses(ctx)).open(device)
    return station.ios_discovery(ctx.data_dir, ctx.config, getattr(ctx.args, "usbmux", None)).open(device)


def _extra_addresses(ctx: CliContext) -> Sequence[str]:
    return [ctx.args.connect] if getattr(ctx.args, "connect", None) else []


def list_attached(ctx: CliContext, *, include_ios: bool) -> tuple[list[AttachedDevice], list[str]]:
    """Every attached device, and the host services that could not be asked (as sentences)."""
    devices: list[AttachedDevice] = []
    problems: list[str] = []
    android = station.android_discovery(ctx.data_dir, ctx.config, _extra_addresses(ctx))
    try:
        devices.extend(android.list_devices())
    except AppAuditError as exc:
        problems.append(f"Android: {exc.message}" + (f" ({exc.hint})" if exc.hint else ""))
    if include_ios:
        ios = station.ios_discovery(ctx.data_dir, ctx.config, getattr(ctx.args, "usbmux", None))
        try:
            devices.extend(ios.list_devices())
        except AppAuditError as exc:
            problems.append(f"iPhone: {exc.message}" + (f" ({exc.hint})" if exc.hint else ""))
    return devices, problems

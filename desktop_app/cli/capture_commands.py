"""`capture [device options] --out FILE [--keep-identifiers]`: a phone recorded as a replayable scenario."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

import yaml

from desktop_app import __version__
from desktop_app.cli.console import emit_json, out, say
from desktop_app.cli.context import CliContext
from desktop_app.cli.device_options import add_device_options, open_selected_device
from desktop_app.core.display_text import shown
from desktop_app.core.errors import UsageError
from desktop_app.core.models import Device
from desktop_app.core.ports import DeviceConnector
from desktop_app.core.reading_needs import ReadingNeeds
from desktop_app.storage.station_files import write_private_file

KEY_FILE = "capture-pseudonyms.key"


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    capture = commands.add_parser(
        "capture",
        parents=[common],
        help="record what App Audit reads from a phone, as a scenario `simulate` replays (bug reports)",
    )
    add_device_options(capture)
    capture.add_argument("--out", required=True, metavar="FILE", help="the scenario to write (YAML)")
    capture.add_argument(
        "--keep-identifiers",
        action="store_true",
        help="keep serial numbers, device names and network addresses (default: stable pseudonyms)",
    )
    capture.set_defaults(handler=cmd_capture)


def _pseudonym_key(data_dir: Path) -> bytes:
    """The station's pseudonym key (made once, private): the same phone, the same pseudonyms."""
    path = data_dir / KEY_FILE
    try:
        key = path.read_bytes()
        if len(key) == 32:
            return key
    except FileNotFoundError:
        pass
    key = os.urandom(32)
    write_private_file(path, key)
    return key


def cmd_capture(ctx: CliContext) -> int:
    from desktop_app.devices.android.connector import AndroidConnector

    target = Path(ctx.args.out)
    if target.exists():
        raise UsageError(f"{target} exists; refusing to overwrite it (choose another --out)")
    connector = open_selected_device(ctx)
    if not isinstance(connector, AndroidConnector):
        return _capture_iphone(ctx, connector, target)
    return _capture_android(ctx, connector, target)


def _write(target: Path, document: dict[str, Any], platform: str) -> None:
    text = (
        f"# A phone captured by `app-audit capture`; replay: app-audit simulate {platform} --scenario FILE\n"
    )
    text += yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=1_000_000)
    target.write_text(text, encoding="utf-8")


def _report(ctx: CliContext, target: Path, summary: dict[str, Any], device: Device, what: str) -> int:
    if ctx.args.json:
        emit_json(summary)
        return 0
    out(
        f"wrote {shown(target, 400)}: {what} from {shown(device.manufacturer)} {shown(device.model)} "
        f"({summary['apps']} app entries)"
    )
    if ctx.args.keep_identifiers:
        say("identifiers kept as read: the file names this phone")
    else:
        say(
            f"{summary['identifiers_replaced']} identifier(s) replaced by pseudonyms (serial numbers, names, addresses)"
        )
    say(f"replay it: app-audit simulate {summary['platform']} --scenario {shown(target, 400)}")
    return 0


def _capture_iphone(ctx: CliContext, connector: DeviceConnector, target: Path) -> int:
    from desktop_app.devices.ios.capture import LookupRecorder, pseudonymised_values, scenario_document
    from desktop_app.devices.ios.connector import IosConnector

    try:
        assert isinstance(connector, IosConnector)
        recorder = LookupRecorder()
        connector.wrap_proxy(recorder.wrap)
        inventory = connector.read_inventory()
        values = connector.lockdown_values()
        device = connector.identity()
    finally:
        connector.close()
    lookups = [reply for request, reply in recorder.exchanges if request.get("Command") == "Lookup"]
    if not lookups:
        raise UsageError("the iPhone's app list was not read through a Lookup: nothing to capture")
    replaced = 0
    if not ctx.args.keep_identifiers:
        values, replaced = pseudonymised_values(values, _pseudonym_key(ctx.data_dir))
    kept = "kept as read" if ctx.args.keep_identifiers else "pseudonymised"
    document = scenario_document(
        values, lookups[-1], identifiers=kept, captured_at=ctx.clock.now(), app_version=__version__
    )
    _write(target, document, "ios")
    summary = {
        "capture": str(target),
        "platform": "ios",
        "apps": len(inventory.apps),
        "identifiers": "kept" if ctx.args.keep_identifiers else "pseudonymised",
        "identifiers_replaced": replaced,
    }
    return _report(ctx, target, summary, device, "lockdown values and the app list reply")


def _capture_android(ctx: CliContext, connector: DeviceConnector, target: Path) -> int:
    from desktop_app.devices.android.capture import (
        Pseudonyms,
        Transcript,
        identifiers_in,
        recorder,
        scenario_document,
    )
    from desktop_app.devices.android.connector import AndroidConnector
    from desktop_app.devices.android.signer_cache import SignerCache

    try:
        assert isinstance(connector, AndroidConnector)
        transcript = Transcript()
        connector.wrap_commands(recorder(transcript))
        connector.use_signer_cache(SignerCache())  # every APK read, so the capture serves any policy
        device = connector.load_identity()
        inventory = connector.read_inventory(needs=ReadingNeeds(android_signers=True))
    finally:
        connector.close()
    exchanges = transcript.exchanges
    replacements = (
        {}
        if ctx.args.keep_identifiers
        else identifiers_in(exchanges, Pseudonyms(_pseudonym_key(ctx.data_dir)))
    )
    document = scenario_document(
        exchanges, replacements=replacements, captured_at=ctx.clock.now(), app_version=__version__
    )
    _write(target, document, "android")
    summary = {
        "capture": str(target),
        "platform": "android",
        "commands": len(exchanges),
        "apps": len(inventory.apps),
        "identifiers": "kept" if ctx.args.keep_identifiers else "pseudonymised",
        "identifiers_replaced": len(replacements),
    }
    return _report(ctx, target, summary, device, f"{len(exchanges)} commands and answers")

"""`kiosk set-pin`: the staff PIN that closes the kiosk, stored in the config as a salted scrypt hash."""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop_app.cli.console import say
from desktop_app.cli.context import CliContext
from desktop_app.core.config import set_kiosk_pin_hash
from desktop_app.core.errors import UsageError
from desktop_app.core.kiosk_pin import hash_pin


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    kiosk = commands.add_parser("kiosk", help="set up the self-check kiosk")
    actions = kiosk.add_subparsers(dest="kiosk_action", required=True, metavar="ACTION")
    set_pin = actions.add_parser(
        "set-pin", parents=[common], help="set the staff PIN that closes the kiosk (6 to 12 digits)"
    )
    set_pin.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from the first line of standard input (scripts)",
    )
    set_pin.set_defaults(handler=cmd_set_pin)


def _read_pin(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().strip()
    pin = getpass.getpass("New kiosk PIN (6 to 12 digits): ")
    if getpass.getpass("The same PIN again: ") != pin:
        raise UsageError("the two PINs differ; nothing was changed")
    return pin


def cmd_set_pin(ctx: CliContext) -> int:
    pin_hash = hash_pin(_read_pin(ctx.args.pin_stdin))
    set_kiosk_pin_hash(ctx.config_path, pin_hash)
    say(f"Kiosk PIN set in {ctx.config_path} (stored as a salted hash). Restart the kiosk to use it.")
    return 0

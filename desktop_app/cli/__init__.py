"""The `app-audit` command line: thin over the same services as the GUI (DESIGN.md section 4)."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable

from desktop_app import __version__
from desktop_app.cli import (
    capture_commands,
    fleet_commands,
    history_commands,
    kiosk_commands,
    outbox_commands,
    policy_commands,
    receipt_commands,
    scan_commands,
    simulate_commands,
)
from desktop_app.cli.console import emit_json, error_document, present_error, say
from desktop_app.cli.context import CliContext
from desktop_app.core.errors import AppAuditError, InternalError
from desktop_app.core.languages import SUPPORTED_LANGUAGES

GuiLauncher = Callable[[argparse.Namespace], int]
log = logging.getLogger(__name__)


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    common.add_argument("--db", metavar="PATH", help="audit database (default: in the app's data folder)")
    common.add_argument("--config", metavar="PATH", help="config file (default: in the app's config folder)")
    common.add_argument("--data-dir", metavar="DIR", help="folder for keys and the database")
    common.add_argument(
        "--trusted-key", action="append", metavar="PUB", help="trust this policy public key (PEM)"
    )
    common.add_argument(
        "--require-signed", action="store_true", help="refuse a policy without a trusted signature"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="app-audit",
        description="Check the apps on USB-attached phones against the company policy. No command opens the window.",
    )
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    parser.add_argument(
        "--self-test", action="store_true", help="audit simulated phones end to end and exit 0 if all works"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = _common_options()
    gui = commands.add_parser("gui", parents=[common], help="open the window (the default)")
    gui.add_argument("--kiosk", action="store_true", help="full-screen self-service mode")
    gui.add_argument("--demo", action="store_true", help="start simulated phones on loopback and show them")
    gui.add_argument("--policy", metavar="FILE", help="policy file")
    gui.add_argument(
        "--language", choices=SUPPORTED_LANGUAGES, help="language of the window (default: config, then system)"
    )
    gui.set_defaults(handler=None)
    scan_commands.register(commands, common)
    policy_commands.register(commands, common)
    capture_commands.register(commands, common)
    history_commands.register(commands, common)
    receipt_commands.register(commands, common)
    outbox_commands.register(commands, common)
    fleet_commands.register(commands, common)
    simulate_commands.register(commands, common)
    kiosk_commands.register(commands, common)
    return parser


def internal_error(ctx: CliContext, unexpected: Exception) -> InternalError:
    """The error to show for a fault in App Audit, with the traceback in the station's log file."""
    from desktop_app.storage.log_file import start_log_file

    error = InternalError(f"internal error: {type(unexpected).__name__}: {unexpected}")
    try:
        path = start_log_file(ctx.data_dir)
    except (OSError, AppAuditError):
        logging.getLogger(__name__).error("internal error", exc_info=unexpected)
        return error
    logging.getLogger(__name__).error("internal error", exc_info=unexpected)
    error.hint = f"This is a fault in App Audit, not in the phone. Send the log file to IT: {path}"
    return error


def run(
    argv: list[str],
    *,
    gui_launcher: GuiLauncher | None = None,
    self_test: Callable[[], int] | None = None,
    version_report: Callable[[], str] | None = None,
) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 0 for --help, 2 for usage errors
        return int(exc.code or 0)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(name)s: %(message)s"
    )
    if args.version:
        print(version_report() if version_report else f"app-audit {__version__}")
        return 0
    if args.self_test:
        if self_test is None:
            say("error: the self-test is not available in this build")
            return 2
        return self_test()
    if args.command is None or args.command == "gui":
        if gui_launcher is None:
            say("error: the window is not available here; see `app-audit --help` for commands")
            return 2
        if args.command is None:
            args = parser.parse_args(["gui"])
        return gui_launcher(args)
    ctx = CliContext(args)
    try:
        return int(args.handler(ctx))
    except AppAuditError as error:
        if getattr(args, "json", False):
            emit_json(error_document(error))
        present_error(error)
        return error.exit_code
    except KeyboardInterrupt:
        say("interrupted")
        return 130
    except Exception as unexpected:  # a fault in App Audit: never shown as the phone's, never exit 1
        internal = internal_error(ctx, unexpected)
        if getattr(args, "json", False):
            emit_json(error_document(internal))
        present_error(internal)
        return internal.exit_code
    finally:
        if "store" in ctx.__dict__:
            ctx.store.close()

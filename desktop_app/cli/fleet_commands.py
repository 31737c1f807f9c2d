"""`fleet init|sync|status|export|stations|verify`: the central PostgreSQL (DESIGN.md section 9).

The handlers live in fleet_handlers, imported only when a fleet command runs, so that every
other command starts without loading the PostgreSQL driver.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop_app.cli.context import CliContext
from desktop_app.core.models import Verdict


def _handler(name: str) -> Callable[[CliContext], int]:
    def run(ctx: CliContext) -> int:
        from desktop_app.cli import fleet_handlers

        handler: Callable[[CliContext], int] = getattr(fleet_handlers, name)
        return handler(ctx)

    return run


cmd_publish = _handler("cmd_publish")


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    fleet = commands.add_parser("fleet", help="the central database every station reports to")
    verbs = fleet.add_subparsers(dest="verb", required=True, metavar="VERB")
    target = argparse.ArgumentParser(add_help=False)
    target.add_argument(
        "--dsn", help="connection string (default: fleet.dsn in the config); no password in it"
    )
    target.add_argument("--password-file", metavar="FILE", help="file holding the password (else PGPASSFILE)")

    init = verbs.add_parser("init", parents=[common, target], help="create or update the central schema")
    init.set_defaults(handler=_handler("cmd_init"))
    sync = verbs.add_parser("sync", parents=[common, target], help="send this station's rows now")
    sync.set_defaults(handler=_handler("cmd_sync"))
    status = verbs.add_parser(
        "status", parents=[common, target], help="latest state of every device (exit 0 all compliant)"
    )
    _filters(status)
    status.set_defaults(handler=_handler("cmd_status"))
    export = verbs.add_parser("export", parents=[common, target], help="the fleet status as CSV or JSON")
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--out", metavar="FILE", help="write here instead of stdout")
    _filters(export)
    export.set_defaults(handler=_handler("cmd_export"))
    stations = verbs.add_parser(
        "stations", parents=[common, target], help="stations: last contact, pending rows, policy in force"
    )
    stations.add_argument("--add", metavar="NAME", help="register a station (administrator)")
    stations.add_argument("--key", metavar="PUB", help="with --add: the station's `receipt key` output")
    stations.add_argument("--role", help="with --add: its login role (default: app_audit_st_NAME)")
    stations.set_defaults(handler=_handler("cmd_stations"))
    verify = verbs.add_parser(
        "verify", parents=[common, target], help="check row signatures centrally (exit 1 if any is bad)"
    )
    verify.add_argument("--all", action="store_true", help="check accepted rows again too")
    verify.add_argument(
        "--follow",
        action="store_true",
        help="keep running: check rows as they arrive (a service next to the database)",
    )
    verify.set_defaults(handler=_handler("cmd_verify"))


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--policy", metavar="ID", help="only devices last audited against this policy")
    parser.add_argument("--verdict", choices=[str(v) for v in Verdict])
    parser.add_argument("--app", metavar="APP_ID", help="only devices that still have this app")
    parser.add_argument("--station", metavar="NAME")

"""`simulate android|ios --scenario NAME [--port P]`: run a simulated phone on loopback."""

from __future__ import annotations

import argparse

from desktop_app.cli.context import CliContext


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    simulate = commands.add_parser("simulate", help="run a simulated phone on 127.0.0.1 (demo, tests)")
    kinds = simulate.add_subparsers(dest="platform", required=True, metavar="PLATFORM")
    android = kinds.add_parser("android", help="an Android phone speaking ADB over TCP")
    android.add_argument("--scenario", default="pixel-work-profile", help="scenario name or YAML file")
    android.add_argument(
        "--port", type=int, default=0, help="TCP port (default: any free one; avoid 5555-5585)"
    )
    android.add_argument("--list", action="store_true", help="list the bundled scenarios")
    android.set_defaults(handler=cmd_android)
    ios = kinds.add_parser(
        "ios", help="a usbmuxd with simulated iPhones (USBMUXD_SOCKET_ADDRESS=127.0.0.1:PORT)"
    )
    ios.add_argument(
        "--scenario", action="append", help="scenario name or YAML file; repeat for several iPhones"
    )
    ios.add_argument("--port", type=int, default=0, help="TCP port (default: any free one)")
    ios.add_argument("--list", action="store_true", help="list the bundled scenarios")
    ios.set_defaults(handler=cmd_ios)


def cmd_android(ctx: CliContext) -> int:
    from desktop_app.simulators.android import android_scenario_names, serve_android_forever

    if ctx.args.list:
        print("\n".join(android_scenario_names()))
        return 0
    serve_android_forever(ctx.args.scenario, ctx.args.port)
    return 0


def cmd_ios(ctx: CliContext) -> int:
    from desktop_app.simulators.ios import ios_scenario_names, serve_ios_forever

    if ctx.args.list:
        print("\n".join(ios_scenario_names()))
        return 0
    serve_ios_forever(ctx.args.scenario or ["iphone-tiktok"], ctx.args.port)
    return 0

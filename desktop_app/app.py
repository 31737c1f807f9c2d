"""Composition root: reads arguments and paths, builds the services, picks GUI or CLI."""

from __future__ import annotations

import argparse
import sys


def _launch_gui(args: argparse.Namespace) -> int:
    from desktop_app import launch_gui

    return launch_gui.main(
        kiosk=bool(args.kiosk),
        demo=bool(args.demo),
        db_path=getattr(args, "db", None),
        policy_path=getattr(args, "policy", None),
        config_path=getattr(args, "config", None),
    )


def main(argv: list[str] | None = None) -> int:
    from desktop_app.cli import run

    return run(sys.argv[1:] if argv is None else argv, gui_launcher=_launch_gui)

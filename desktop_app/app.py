"""Composition root: reads arguments and paths, builds the services, picks GUI or CLI."""

from __future__ import annotations

import argparse
import platform
import sys
from importlib import metadata
from pathlib import Path

# The distributions whose versions `--version` reports; a frozen build carries their metadata.
COMPONENTS = (
    ("PySide6", ("PySide6", "PySide6-Essentials")),
    ("adb-shell", ("adb-shell",)),
    ("pymobiledevice3", ("pymobiledevice3",)),
    ("sqlite-utils", ("sqlite-utils",)),
    ("libusb1", ("libusb1",)),
)


def _path(value: str | None) -> Path | None:
    return Path(value) if value else None


def _launch_gui(args: argparse.Namespace) -> int:
    from desktop_app import launch_gui

    return launch_gui.main(
        kiosk=bool(args.kiosk),
        demo=bool(args.demo),
        db_path=_path(args.db),
        policy_path=_path(args.policy),
        config_path=_path(args.config),
        data_dir=_path(args.data_dir),
        extra_trusted_keys=[Path(p) for p in args.trusted_key or []],
        require_signed=bool(args.require_signed),
        language=args.language,
    )


def _self_test() -> int:
    from desktop_app.self_test import run_self_test

    return run_self_test()


def _distribution_version(names: tuple[str, ...]) -> str:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def version_report() -> str:
    """The app, the policy schema it reads and the components it was built with, one per line."""
    from desktop_app import __version__
    from desktop_app.core.policy_schema import SCHEMA_ID

    lines = [
        f"app-audit {__version__}",
        f"policy schema {SCHEMA_ID}",
        f"Python {platform.python_version()}" + (" (frozen)" if getattr(sys, "frozen", False) else ""),
    ]
    lines += [f"{label} {_distribution_version(names)}" for label, names in COMPONENTS]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from desktop_app.cli import run

    return run(
        sys.argv[1:] if argv is None else argv,
        gui_launcher=_launch_gui,
        self_test=_self_test,
        version_report=version_report,
    )

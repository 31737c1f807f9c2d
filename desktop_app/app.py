"""Composition root: reads arguments and paths, builds the services, picks GUI or CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from desktop_app.cli import run

    return run(sys.argv[1:] if argv is None else argv)

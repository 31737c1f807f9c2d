"""The station's log file: rotating, in the data folder, so there is something to send to IT."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE_NAME = "app-audit.log"
MAX_BYTES = 1_000_000
BACKUPS = 3


def log_file_path(data_dir: Path) -> Path:
    return data_dir / LOG_FILE_NAME


def start_log_file(data_dir: Path) -> Path:
    """Write the process's log records to <data>/app-audit.log too (once per path), and return it."""
    path = log_file_path(data_dir)
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path.resolve():
            return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    return path

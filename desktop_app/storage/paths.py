"""Where App Audit keeps its database and settings by default.

platformdirs gives the per-user location each desktop system expects; the
environment variables let a kiosk image or a test put them elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from desktop_app.core.config import CONFIG_FILE_NAME

APP_NAME = "app-audit"
DATA_DIR_ENV = "APP_AUDIT_DATA_DIR"
CONFIG_DIR_ENV = "APP_AUDIT_CONFIG_DIR"
DATABASE_FILE_NAME = "audits.db"


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_config_path() -> Path:
    return default_config_dir() / CONFIG_FILE_NAME


def default_database_path() -> Path:
    return default_data_dir() / DATABASE_FILE_NAME

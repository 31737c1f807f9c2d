"""Per-user UI state in QSettings: window geometry, splitter, tab, auto-scan."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "App Audit"
APPLICATION = "App Audit"


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings(ORGANIZATION, APPLICATION)

    def auto_scan(self, default: bool) -> bool:
        value = self._settings.value("devices/auto_scan", default)
        return value if isinstance(value, bool) else str(value).lower() == "true"

    def has_auto_scan(self) -> bool:
        """Whether the person chose auto-scan here (otherwise the config file's default applies)."""
        return bool(self._settings.contains("devices/auto_scan"))

    def set_auto_scan(self, value: bool) -> None:
        self._settings.setValue("devices/auto_scan", value)

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def splitter(self) -> QByteArray | None:
        value = self._settings.value("window/splitter")
        return value if isinstance(value, QByteArray) else None

    def tab(self) -> int:
        value = self._settings.value("window/tab", 0)
        try:
            return int(str(value))
        except ValueError:
            return 0

    def save_window(self, geometry: QByteArray, splitter: QByteArray, tab: int) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/splitter", splitter)
        self._settings.setValue("window/tab", tab)
        self._settings.sync()

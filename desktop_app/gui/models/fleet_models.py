"""Read-only tables of the Fleet tab: devices that still need action, stations that are behind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from desktop_app.gui.locale_text import number, zoned_time
from desktop_app.gui.models.row_table_model import Index, RowTableModel
from desktop_app.gui.wording import verdict_word

_PLATFORMS = {"android": "Android", "ios": "iPhone"}
DEVICE_COLUMNS = ("Device", "Model", "Station", "Verdict", "Deadline", "Apps")
STATION_COLUMNS = ("Station", "Last contact", "Rows waiting", "Policy in force")


def _tr(text: str) -> str:

    return QCoreApplication.translate("FleetModels", text)


class FleetDevicesModel(RowTableModel):
    """Rows: storage.fleet.fleet_view.FleetDevice."""

    columns = DEVICE_COLUMNS

    def column_title(self, section: int) -> str:
        return _tr(DEVICE_COLUMNS[section])

    def set_devices(self, devices: list[Any]) -> None:
        self._replace_rows(devices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        device = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return f"{_PLATFORMS.get(str(device.platform), device.platform)} {device.serial}"
        if column == 1:
            return device.model
        if column == 2:
            return device.station
        if column == 3:
            return verdict_word(device.verdict)
        if column == 4:
            return zoned_time(device.deadline) if device.deadline else ""
        return ", ".join(sorted({str(f["app_id"]) for f in device.findings}))


class FleetStationsModel(RowTableModel):
    """Rows: storage.fleet.fleet_view.FleetStation (the ones behind)."""

    columns = STATION_COLUMNS

    def column_title(self, section: int) -> str:
        return _tr(STATION_COLUMNS[section])

    def set_stations(self, stations: list[Any]) -> None:
        self._replace_rows(stations)

    def data(self, index: Index | QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        station = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return station.name
        if column == 1:
            return zoned_time(station.last_contact_at) if station.last_contact_at else _tr("never")
        if column == 2:
            return "" if station.pending_rows is None else number(station.pending_rows)
        if station.policy_id is None:
            return ""
        return f"{station.policy_id} {station.policy_version}"

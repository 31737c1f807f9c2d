"""Read-only tables of the Fleet tab: devices that still need action, stations that are behind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from desktop_app.gui.models.row_table_model import Index, RowTableModel
from desktop_app.gui.wording import zoned_time


def _tr(text: str) -> str:
    return QCoreApplication.translate("FleetModels", text)


class FleetDevicesModel(RowTableModel):
    """Rows: storage.fleet.fleet_view.FleetDevice."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (
            _tr("Device"),
            _tr("Model"),
            _tr("Station"),
            _tr("Verdict"),
            _tr("Deadline"),
            _tr("Apps"),
        )

    def set_devices(self, devices: list[Any]) -> None:
        self._replace_rows(devices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        device = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return f"{device.platform} {device.serial}"
        if column == 1:
            return device.model
        if column == 2:
            return device.station
        if column == 3:
            return device.verdict
        if column == 4:
            return zoned_time(device.deadline) if device.deadline else ""
        return ", ".join(sorted({str(f["app_id"]) for f in device.findings}))


class FleetStationsModel(RowTableModel):
    """Rows: storage.fleet.fleet_view.FleetStation (the ones behind)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (_tr("Station"), _tr("Last contact"), _tr("Rows waiting"), _tr("Policy in force"))

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
            return "" if station.pending_rows is None else str(station.pending_rows)
        if station.policy_id is None:
            return ""
        return f"{station.policy_id} {station.policy_version}"

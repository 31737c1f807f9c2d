"""The Fleet tab: counts by verdict across every station, devices still needing action, stations behind.

Read-only; it shows what the FleetLink last read from the centre (refreshed when the centre
announces new verified rows, or at the polling interval).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from desktop_app.gui.models.fleet_models import FleetDevicesModel, FleetStationsModel
from desktop_app.gui.widgets.common import heading, named, plain_label


def _table(model: FleetDevicesModel | FleetStationsModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    named(view, name)
    return view


class FleetPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = plain_label(self.tr("Connecting to the fleet database…"), name="Fleet connection")
        self.counts = plain_label("", name="Fleet counts by verdict")
        self.devices_model = FleetDevicesModel(self)
        self.stations_model = FleetStationsModel(self)
        self.devices = _table(self.devices_model, self.tr("Devices that still need action"))
        self.stations = _table(self.stations_model, self.tr("Stations that are behind"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Fleet")))
        layout.addWidget(self.connection)
        layout.addWidget(self.counts)
        layout.addWidget(plain_label(self.tr("Devices that still need action"), wrap=False))
        layout.addWidget(self.devices, 3)
        layout.addWidget(plain_label(self.tr("Stations that are behind"), wrap=False))
        layout.addWidget(self.stations, 1)

    def show_snapshot(self, snapshot: object) -> None:
        """snapshot: storage.fleet.station_agent.FleetSnapshot."""
        counts: dict[str, int] = getattr(snapshot, "counts", {})
        words = {
            "compliant": self.tr("compliant"),
            "action_required": self.tr("action required"),
            "noncompliant": self.tr("not compliant"),
            "inconclusive": self.tr("inconclusive"),
        }
        parts = [f"{counts[verdict]} {words.get(verdict, verdict)}" for verdict in sorted(counts)]
        self.counts.setText(", ".join(parts) if parts else self.tr("No device reported yet."))
        self.devices_model.set_devices(list(getattr(snapshot, "needing_action", [])))
        self.stations_model.set_stations(list(getattr(snapshot, "stations", [])))

    def show_connection(self, text: str) -> None:
        self.connection.setText(text)

"""The Fleet tab: counts by verdict across every station, devices still needing action, stations behind.

Read-only; it shows what the FleetLink last read from the centre (refreshed when the centre
announces new verified rows, or at the polling interval).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from desktop_app.gui.locale_text import number
from desktop_app.gui.models.fleet_models import FleetDevicesModel, FleetStationsModel
from desktop_app.gui.widgets.common import heading, named, plain_label


def _table(model: FleetDevicesModel | FleetStationsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class FleetPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = plain_label()
        self.counts = plain_label("")
        self.devices_model = FleetDevicesModel(self)
        self.stations_model = FleetStationsModel(self)
        self.devices = _table(self.devices_model)
        self.stations = _table(self.stations_model)
        self.title = heading("")
        self.devices_title = plain_label(wrap=False)
        self.stations_title = plain_label(wrap=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.connection)
        layout.addWidget(self.counts)
        layout.addWidget(self.devices_title)
        layout.addWidget(self.devices, 3)
        layout.addWidget(self.stations_title)
        layout.addWidget(self.stations, 1)
        self._snapshot: object = None
        self._connected_text = ""  # the link's last words; until then, "Connecting…"
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Fleet"))
        if not self._connected_text:
            self.connection.setText(self.tr("Connecting to the fleet database…"))
        self.connection.setAccessibleDescription(self.tr("Fleet connection"))
        self.counts.setAccessibleDescription(self.tr("Fleet counts by verdict"))
        self.devices_title.setText(self.tr("Devices that still need action"))
        named(self.devices, self.tr("Devices that still need action"))
        self.stations_title.setText(self.tr("Stations that are behind"))
        named(self.stations, self.tr("Stations that are behind"))
        self.devices_model.retranslate()
        self.stations_model.retranslate()
        if self._snapshot is not None:
            self.show_snapshot(self._snapshot)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_snapshot(self, snapshot: object) -> None:
        """snapshot: storage.fleet.station_agent.FleetSnapshot."""
        self._snapshot = snapshot
        counts: dict[str, int] = getattr(snapshot, "counts", {})
        parts = [self._count_text(verdict, counts[verdict]) for verdict in sorted(counts)]
        self.counts.setText(", ".join(parts) if parts else self.tr("No device reported yet."))
        self.devices_model.set_devices(list(getattr(snapshot, "needing_action", [])))
        self.stations_model.set_stations(list(getattr(snapshot, "stations", [])))

    def _count_text(self, verdict: str, count: int) -> str:
        """ "12 compliant", "1 not compliant" (a verdict this station does not know: its name)."""
        if verdict == "compliant":
            return self.tr("%Ln compliant", "", count)
        if verdict == "action_required":
            return self.tr("%Ln action required", "", count)
        if verdict == "noncompliant":
            return self.tr("%Ln not compliant", "", count)
        if verdict == "inconclusive":
            return self.tr("%Ln inconclusive", "", count)
        return f"{number(count)} {verdict}"

    def show_connection(self, text: str) -> None:
        self._connected_text = text
        self.connection.setText(text)

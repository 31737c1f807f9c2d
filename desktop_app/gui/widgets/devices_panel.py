"""The live list of attached devices."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QListView, QPushButton, QVBoxLayout, QWidget

from desktop_app.gui.device_states import Group
from desktop_app.gui.models.device_list_model import DeviceListModel
from desktop_app.gui.widgets.common import heading, named, plain_label
from desktop_app.gui.widgets.device_delegate import DeviceDelegate


class DevicesPanel(QWidget):
    device_selected = Signal(str)
    auto_scan_toggled = Signal(bool)
    check_all_requested = Signal()

    def __init__(self, model: DeviceListModel, auto_scan: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.list = QListView()
        self.list.setModel(model)
        self.list.setItemDelegate(DeviceDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)
        self.list.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        self.empty_hint = plain_label()
        self.summary = plain_label(wrap=True)
        self.auto_scan = QCheckBox()
        self.auto_scan.setChecked(auto_scan)
        self.auto_scan.toggled.connect(self.auto_scan_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        self.check_all_button = QPushButton()
        self.check_all_button.clicked.connect(self.check_all_requested)
        self.title = heading("")
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.check_all_button)
        layout.addLayout(title_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.auto_scan)
        model.rowsInserted.connect(self._on_rows_changed)
        model.rowsRemoved.connect(self._on_rows_changed)
        model.modelReset.connect(self._on_rows_changed)
        model.counts_changed.connect(self._on_model_counts_changed)
        self.retranslate()
        self._on_rows_changed()

    def retranslate(self) -> None:
        named(self.list, self.tr("Devices"), self.tr("Phones plugged into this computer"))
        self.empty_hint.setText(
            self.tr(
                "No phone yet. Plug a phone in with a data cable and unlock it; it appears here by itself."
            )
        )
        self.empty_hint.setAccessibleDescription(self.tr("No devices"))
        self.summary.setAccessibleDescription(self.tr("Phones on the desk"))
        self.auto_scan.setText(self.tr("Check phones as soon as they are plugged in"))
        named(self.auto_scan, self.tr("Check phones as soon as they are plugged in"))
        self.check_all_button.setText(self.tr("Check all"))
        named(
            self.check_all_button,
            self.tr("Check all phones"),
            self.tr("Check every plugged-in phone again (Shift+F5)"),
        )
        self.title.setText(self.tr("Devices"))
        self._on_model_counts_changed()
        self.model.refresh_all()  # the badges' words

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def select(self, key: str) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def selected_key(self) -> str | None:
        index = self.list.currentIndex()
        return self.model.key_at(index.row()) if index.isValid() else None

    def _on_rows_changed(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_hint.setVisible(empty)
        if not empty and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))

    def summary_text(self) -> str:
        """ "Phones: 5 · need action: 2 · waiting for you: 1" (groups with none are left out)."""
        counts = self.model.counts()
        parts = [self.tr("Phones: %Ln", "", sum(counts.values()))]
        if counts[Group.NEEDS_ACTION]:
            parts.append(self.tr("need action: %Ln", "", counts[Group.NEEDS_ACTION]))
        if counts[Group.WAITING_FOR_YOU]:
            parts.append(self.tr("waiting for you: %Ln", "", counts[Group.WAITING_FOR_YOU]))

        return " · ".join(parts)

    def _on_model_counts_changed(self) -> None:
        text = self.summary_text()
        if self.summary.text() != text:
            self.summary.setText(text)
        self.summary.setVisible(self.model.rowCount() > 0)
        self.check_all_button.setEnabled(self.model.rowCount() > 0)

    def _on_list_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.device_selected.emit(self.model.key_at(indexes[0].row()))

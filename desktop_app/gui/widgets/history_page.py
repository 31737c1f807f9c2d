"""Recorded audits: filters, detail, export and the printable receipt."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QEvent, QItemSelection, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.database_gateway import DatabaseGateway, HistoryQuery
from desktop_app.gui.dialogs import DialogService
from desktop_app.gui.locale_text import date_format
from desktop_app.gui.models.history_model import (
    DEVICE_COLUMN,
    ROW_ROLE,
    SORT_ROLE,
    HistoryModel,
)
from desktop_app.gui.presenter import MessagePresenter
from desktop_app.gui.widgets.common import heading, named, plain_label
from desktop_app.gui.wording import VERDICT_WORDS, verdict_word

_VERDICTS = (None, *VERDICT_WORDS)  # the filter's choices: any, then each stored verdict


def _date(edit: QDateEdit) -> date:
    qdate = edit.date()
    return date(qdate.year(), qdate.month(), qdate.day())


def detail_text(detail: Any, signer: str = "") -> str:
    """The detail pane's plain text: the visit as a short story (device strings stay text). signer:
    who signed the policy, when known (the store keeps only whether it was signed)."""
    from desktop_app.gui.visit_story import story_of, story_text

    return story_text(story_of(detail, signer))


class HistoryPage(QWidget):
    def __init__(  # noqa: PLR0915 - linear widget assembly
        self,
        database: DatabaseGateway,
        dialogs: DialogService,
        presenter: MessagePresenter,
        signer_of: Callable[[str], str] = lambda _sha256: "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._signer_of = signer_of
        self._database = database
        self._dialogs = dialogs
        self._presenter = presenter
        self.detail: Any = None
        self.mail: Any = None
        self.story: Any = None
        self.model = HistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.device = QLineEdit()
        self.verdict = QComboBox()
        for _verdict in _VERDICTS:
            self.verdict.addItem("")
        self.since = QDateEdit(QDate.currentDate().addDays(-30))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
        self.refresh_button = QPushButton()
        self.export_csv_button = QPushButton()
        self.export_json_button = QPushButton()
        self.pdf_button = QPushButton()
        self.pdf_button.setEnabled(False)
        self.receipt_json_button = QPushButton()
        self.receipt_json_button.setEnabled(False)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        # Every column fits its content; the device name takes what is left (elided, with a tooltip,
        # only on a very narrow window) so the table never needs a horizontal scroll bar.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DEVICE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(200)  # the newest rows are enough to size a column
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.detail_view = QPlainTextEdit()
        self.detail_view.setReadOnly(True)
        self.count = plain_label(wrap=False)
        self.device_label = plain_label(wrap=False)
        self.from_label = plain_label(wrap=False)
        self.to_label = plain_label(wrap=False)
        self.title = heading("")

        filters = QHBoxLayout()
        filters.addWidget(self.device_label)
        filters.addWidget(self.device, 1)
        filters.addWidget(self.verdict)
        filters.addWidget(self.from_label)
        filters.addWidget(self.since)
        filters.addWidget(self.to_label)
        filters.addWidget(self.until)
        filters.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.export_csv_button)
        actions.addWidget(self.export_json_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.receipt_json_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_view)
        splitter.setSizes([400, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self.refresh_button.clicked.connect(self.refresh)
        self.device.returnPressed.connect(self.refresh)
        # Typing filters too, once the person pauses (not one query per key).
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(300)
        self._typing.timeout.connect(self.refresh)
        self.device.textChanged.connect(self._typing.start)
        self.verdict.currentIndexChanged.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.until.dateChanged.connect(self.refresh)
        self.export_csv_button.clicked.connect(lambda: self._export("csv"))
        self.export_json_button.clicked.connect(lambda: self._export("json"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.receipt_json_button.clicked.connect(self.save_receipt_json)
        self.loaded_generation = 0
        self._rows_listed = False
        self.retranslate()

    def retranslate(self) -> None:
        """Every word in the language now installed; the shown audit is told again."""
        self.device.setPlaceholderText(self.tr("Name, model, serial or UDID (part of it)"))
        named(
            self.device,
            self.tr("Device filter"),
            self.tr("Only audits of devices whose name, model, serial or UDID contains this"),
        )
        named(self.verdict, self.tr("Verdict filter"))
        for position, verdict in enumerate(_VERDICTS):
            self.verdict.setItemText(
                position, self.tr("Any verdict") if verdict is None else verdict_word(verdict)
            )
        for edit, name in ((self.since, self.tr("From date")), (self.until, self.tr("To date"))):
            edit.setDisplayFormat(date_format())
            named(edit, name)
        self.refresh_button.setText(self.tr("Refresh"))
        named(self.refresh_button, self.tr("Refresh history"))
        self.export_csv_button.setText(self.tr("Export CSV…"))
        named(self.export_csv_button, self.tr("Export history as CSV"))
        self.export_json_button.setText(self.tr("Export JSON…"))
        named(self.export_json_button, self.tr("Export history as JSON"))
        self.receipt_json_button.setText(self.tr("Save receipt (signed JSON)…"))
        named(
            self.receipt_json_button,
            self.tr("Save signed receipt as JSON"),
            self.tr(
                "Write the selected audit’s signed receipt as it was issued (compliant official checks have one)"
            ),
        )
        self.pdf_button.setText(self.tr("Receipt as PDF…"))

        named(self.pdf_button, self.tr("Save selected audit as PDF"))
        named(self.table, self.tr("Audit history"))
        named(self.detail_view, self.tr("Audit detail"))
        self.count.setAccessibleDescription(self.tr("Audits shown"))
        self.device_label.setText(self.tr("Device:"))
        self.from_label.setText(self.tr("From", "a date range: From ... to ..."))
        self.to_label.setText(self.tr("to", "a date range: From ... to ..."))
        self.title.setText(self.tr("History"))
        self._show_count()
        self.model.retranslate()
        if self.detail is not None:
            self._show_visit(self.detail, self.mail)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_count(self) -> None:
        if not self._rows_listed:
            self.count.setText("")
        elif rows := self.model.rowCount():
            self.count.setText(self.tr("Audits: %Ln", "", rows))
        else:
            self.count.setText(self.tr("No audit matches these filters."))

    def query(self) -> HistoryQuery:
        since = datetime.combine(_date(self.since), time.min).astimezone(UTC)
        until = datetime.combine(_date(self.until), time.max).astimezone(UTC)
        return HistoryQuery(
            device_text=self.device.text().strip() or None,
            verdict=_VERDICTS[max(0, self.verdict.currentIndex())],
            since=since,
            until=until,
        )

    def refresh(self) -> None:
        self._database.list_audits(
            self.query(),
            self._on_audits_listed,
            lambda e: self._presenter.error(e, context=self.tr("Reading the history")),
        )

    def _on_audits_listed(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self._rows_listed = True
        self._show_count()
        shown = self.detail
        if shown is None or all(row.audit_id != shown.row.audit_id for row in rows):
            # The detail pane never shows an audit that is not in the list.
            self.detail = None
            self.detail_view.setPlainText("")
            self.pdf_button.setEnabled(False)
            self.receipt_json_button.setEnabled(False)
        self.loaded_generation += 1

    def _on_table_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.proxy.index(indexes[0].row(), 0).data(ROW_ROLE)
        self._database.get_visit(
            row.audit_id,
            self._on_visit_loaded,
            lambda e: self._presenter.error(e, context=self.tr("Reading an audit")),
        )

    def _on_visit_loaded(self, visit: tuple[Any, Any]) -> None:
        detail, mail = visit
        if detail is not None:
            self._show_visit(detail, mail)

    def _show_visit(self, detail: Any, mail: Any) -> None:
        from desktop_app.gui.visit_story import story_of, story_text

        self.detail, self.mail = detail, mail
        self.story = story_of(detail, self._signer_of(detail.row.policy_sha256), mail=mail)
        self.detail_view.setPlainText(story_text(self.story))
        self.pdf_button.setEnabled(True)
        self.receipt_json_button.setEnabled(detail.receipt is not None)

    def _export(self, kind: str) -> None:
        path = self._dialogs.save_file(
            self,
            self.tr("Export history as {format}").format(format=kind.upper()),
            f"app-audit-history.{kind}",
            self.tr("{format} files (*.{extension})").format(format=kind.upper(), extension=kind),
        )
        if path is None:
            return
        count = self.model.rowCount()
        # Findings and removals are read and the file written on the database thread.
        self._database.export_history(
            list(self.model.rows),
            kind,
            path,
            on_done=lambda _: self._presenter.info(
                self.tr("%Ln audit(s) exported to {path}", "", count).format(path=path)
            ),
            on_error=lambda exc: self._presenter.error(exc, context=self.tr("Exporting the history")),
        )

    def save_pdf(self) -> None:
        if self.detail is None:
            return
        path = self._dialogs.save_file(
            self,
            self.tr("Save audit as PDF"),
            f"app-audit-{self.detail.row.audit_id}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return
        from desktop_app.gui.receipt_pdf import write_pdf  # QtGui's PDF parts, when needed

        try:
            write_pdf(self.story, path)
        except OSError as exc:
            self._presenter.error(exc, context=self.tr("Saving the PDF"))
            return
        self._presenter.info(
            self.tr("Audit #{n} saved to {path}").format(n=self.detail.row.audit_id, path=path)
        )

    def save_receipt_json(self) -> None:
        detail = self.detail
        if detail is None or detail.receipt is None:
            return
        path = self._dialogs.save_file(
            self,
            self.tr("Save signed receipt"),
            f"app-audit-receipt-{detail.row.audit_id}.json",
            self.tr("JSON files (*.json)"),
        )
        if path is not None:
            from desktop_app.gui.receipt_json import save_receipt_json

            save_receipt_json(detail.receipt, path, self._presenter)

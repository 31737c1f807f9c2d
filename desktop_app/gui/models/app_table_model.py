"""Every app of every user/profile of one device, with the verdict of the policy on it.

The model sorts itself: each row's cell texts and sort keys are computed once when the rows
arrive, so sorting 400 (or 40 000) rows is one Python `list.sort` instead of thousands of
`lessThan` calls from C++ into Python (which used to stall the window when a scan landed).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from desktop_app.core.models import AppKind, Finding, InstalledApp
from desktop_app.gui.models.row_table_model import Index, RowTableModel
from desktop_app.gui.wording import app_state_word, finding_word, kind_word, profile_name, source_name

ROW_ROLE = Qt.ItemDataRole.UserRole + 2

# Roles as plain ints: a view paints by asking data() for ~8 roles per visible cell, so the
# common "nothing for this role" answer must not pay for enum lookups (a table repaint after
# a scan is ~1500 calls).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ROW = int(ROW_ROLE)
_ANSWERED = frozenset({_DISPLAY, _ACCESSIBLE, _FONT, _TOOLTIP, _ROW})


# What a technician looks for first comes first: on a narrow screen the last columns scroll.
COLUMNS = ("Name", "App id", "Verdict", "Profile", "State", "Version", "Source", "Kind")
NAME, APP_ID, VERDICT, PROFILE, STATE, VERSION, SOURCE, KIND = range(len(COLUMNS))
ALLOWED = "Allowed"


def _tr(text: str) -> str:
    return QCoreApplication.translate("AppTableModel", text)


def column_title(column: int) -> str:
    return _tr(COLUMNS[column])


@dataclass(frozen=True, slots=True)
class AppRow:
    app: InstalledApp
    finding: Finding | None
    cells: tuple[str, ...] = ()  # display text per column, computed once by build_rows
    haystack: str = ""  # what the search box looks in, case-folded once

    @property
    def flagged(self) -> bool:
        return self.finding is not None

    @property
    def verdict_text(self) -> str:
        return finding_word(self.finding.state) if self.finding is not None else _tr(ALLOWED)

    @property
    def shown_name(self) -> str:
        """The label, or nothing when the phone gave none (Android: the label is the id)."""
        return self.app.label if self.app.label and self.app.label != self.app.app_id else ""


def _cells(row: AppRow, profile: str) -> tuple[str, ...]:
    app = row.app
    return (
        row.shown_name,
        app.app_id,
        row.verdict_text,
        profile,
        app_state_word(app.state),
        app.version_name or app.version_code,
        source_name(app.installer, app.kind),
        kind_word(app.kind),
    )


def _sort_key(row: AppRow, column: int) -> Any:
    if column == PROFILE:
        return -1 if row.app.user is None else row.app.user
    if column == VERDICT:
        # Flagged first when sorted ascending: the rows a technician looks for.
        return (0 if row.flagged else 1, row.verdict_text, row.app.app_id)
    if column == NAME:
        return (row.app.display_label.casefold(), row.app.app_id)
    return (row.cells[column].casefold(), row.app.app_id)


def build_rows(
    apps: Sequence[InstalledApp],
    findings: Sequence[Finding],
    profile_names: Mapping[int | None, str] | None = None,
) -> list[AppRow]:
    """Rows with their texts computed once (call it off the UI thread for big inventories)."""
    by_app = {(f.app_id, f.user): f for f in findings}
    names: dict[int | None, str] = {}
    rows = []
    for app in apps:
        profile = names.get(app.user)
        if profile is None:
            profile = names[app.user] = profile_name(app.user, profile_names)
        bare = AppRow(app, by_app.get((app.app_id, app.user)))
        # What technicians type: the label, the id, the rule that flags it ("tiktok"), the profile.
        rule = bare.finding.rule_title if bare.finding is not None else ""
        haystack = (
            f"{app.label}\n{app.app_id}\n{rule}\n{profile}\n{app.installer}\n"
            f"{source_name(app.installer, app.kind)}"
        )
        haystack = haystack.casefold()
        rows.append(AppRow(bare.app, bare.finding, _cells(bare, profile), haystack))
    return rows


class AppTableModel(RowTableModel):
    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sort_column = VERDICT
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._bold = QFont()
        self._bold.setBold(True)

    def column_title(self, section: int) -> str:
        return column_title(section)

    def set_rows(self, rows: list[AppRow]) -> None:
        """Replace every row: one reset, rows already in the current sort order."""
        self._replace_rows(self._sorted(rows, self._sort_column, self._sort_order))

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Sort in Python with cached keys; announced as one layout change."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        before = [(index.row(), index.column()) for index in old]
        positions = {id(row): position for position, row in enumerate(self._rows)}
        ordered = self._sorted(self._rows, column, order)
        new_position = {positions[id(row)]: position for position, row in enumerate(ordered)}
        self._rows = ordered
        self.changePersistentIndexList(old, [self.index(new_position[r], c) for r, c in before])
        self.layoutChanged.emit()

    @staticmethod
    def _sorted(rows: list[AppRow], column: int, order: Qt.SortOrder) -> list[AppRow]:
        return sorted(
            rows,
            key=lambda row: _sort_key(row, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def rows(self) -> list[AppRow]:
        return list(self._rows)

    def row_at(self, row: int) -> AppRow:
        found: AppRow = self._rows[row]
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in _ANSWERED:
            return None
        position = index.row()
        if not 0 <= position < len(self._rows):
            return None
        row = self._rows[position]
        if role in (_DISPLAY, _ACCESSIBLE):
            return row.cells[index.column()]
        if role == _FONT:
            return self._bold if row.flagged else None
        if role == _TOOLTIP:
            installer = (
                "\n" + _tr("Installer: {id}").format(id=row.app.installer) if row.app.installer else ""
            )

            return f"{row.app.display_label} ({row.app.app_id}){installer}"
        if role == ROW_ROLE:
            return row
        return None

    def kinds(self) -> set[AppKind]:
        return {r.app.kind for r in self._rows}

    def profiles(self) -> list[int | None]:
        return sorted({r.app.user for r in self._rows}, key=lambda u: -1 if u is None else u)

    def has_names(self) -> bool:
        """Whether any app has a label of its own (iPhones do; Android phones give none over adb)."""
        return any(r.cells[NAME] for r in self._rows)

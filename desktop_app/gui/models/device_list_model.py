"""The devices panel's rows: one per attached device, updated live from the hub, in a stable order:
phones that need action first, then those waiting for the person, then the rest, compliant last;
by name within each group (so a row moves only when its phone's standing changes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop_app.core.models import Platform
from desktop_app.core.ports import Clock
from desktop_app.gui.device_hub import DeviceHub
from desktop_app.gui.device_session import DeviceSession, Status
from desktop_app.gui.device_states import GROUP_OF, Group
from desktop_app.gui.icons import platform_icon
from desktop_app.gui.wording import status_text

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 3
BADGE_ROLE = Qt.ItemDataRole.UserRole + 4
PAINT_ROLE = Qt.ItemDataRole.UserRole + 5  # RowPaint: all the delegate draws, in one call

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class RowPaint:
    title: str
    subtitle: str
    badge: str
    status: Status
    platform: Platform


def subtitle(session: DeviceSession) -> str:
    """Model and system, without repeating the title (Android phones are named by their model)."""
    if session.identity is None:
        if session.platform is Platform.IOS and session.serial:
            return f"UDID {session.serial}"
        connection = session.connection
        return connection[:1].upper() + connection[1:] if connection else session.serial
    maker = session.identity.manufacturer
    maker = maker[:1].upper() + maker[1:]  # "samsung", as Samsung phones report it
    model = session.model if session.model and session.model != session.title else maker
    system = f"{_os_name(session)} {session.os_version}" if session.os_version else ""
    return " · ".join(p for p in (model, system) if p) or session.serial


def _os_name(session: DeviceSession) -> str:
    return "Android" if session.platform == "android" else "iOS"


def order_key(session: DeviceSession) -> tuple[int, str, str]:
    return (GROUP_OF[session.status], session.title.casefold(), session.key)


class DeviceListModel(QAbstractListModel):
    counts_changed = Signal()

    def __init__(self, hub: DeviceHub, clock: Clock, parent: Any = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._clock = clock
        self._keys: list[str] = sorted(hub.sessions, key=lambda k: order_key(hub.sessions[k]))
        hub.device_added.connect(self._on_hub_device_added)
        hub.device_changed.connect(self._on_hub_device_changed)
        hub.device_removed.connect(self._on_hub_device_removed)

    def key_at(self, row: int) -> str:
        return self._keys[row]

    def row_of(self, key: str) -> int:
        return self._keys.index(key) if key in self._keys else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._keys):
            return None
        session = self._hub.sessions.get(self._keys[index.row()])
        if session is None:
            return None
        now = self._now()
        if role == PAINT_ROLE:
            return RowPaint(
                session.title, subtitle(session), status_text(session, now), session.status, session.platform
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return session.title
        if role == SUBTITLE_ROLE:
            return subtitle(session)
        if role in (BADGE_ROLE,):
            return status_text(session, now)
        if role == Qt.ItemDataRole.DecorationRole:
            return platform_icon(session.platform)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.tr("{name}, {details}: {state}").format(
                name=session.title, details=subtitle(session), state=status_text(session, now)
            )

        if role == KEY_ROLE:
            return session.key
        if role == STATUS_ROLE:
            return session.status
        return None

    def _now(self) -> datetime:
        return self._clock.now()

    def refresh_all(self) -> None:
        """Repaint every row (the deadline countdown moves on)."""
        if self._keys:
            self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1))

    def counts(self) -> dict[Group, int]:
        found = dict.fromkeys(Group, 0)
        for session in self._hub.sessions.values():
            found[GROUP_OF[session.status]] += 1
        return found

    def _position_for(self, key: str) -> int:
        wanted = order_key(self._hub.sessions[key])
        for row, other in enumerate(self._keys):
            session = self._hub.sessions.get(other)
            if session is not None and order_key(session) > wanted:
                return row
        return len(self._keys)

    def _on_hub_device_added(self, key: str) -> None:
        row = self._position_for(key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._keys.insert(row, key)
        self.endInsertRows()
        self.counts_changed.emit()

    def _on_hub_device_changed(self, key: str) -> None:
        row = self.row_of(key)
        if row < 0:
            return
        self._keys.pop(row)
        target = self._position_for(key)
        self._keys.insert(row, key)
        if target != row:
            # beginMoveRows wants the destination in the old numbering (past the row when moving down).
            destination = target + 1 if target >= row else target
            if self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination):
                self._keys.pop(row)
                self._keys.insert(target, key)
                self.endMoveRows()
            row = target
        self.dataChanged.emit(self.index(row), self.index(row))
        self.counts_changed.emit()

    def _on_hub_device_removed(self, key: str) -> None:
        row = self.row_of(key)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._keys[row]
            self.endRemoveRows()
            self.counts_changed.emit()

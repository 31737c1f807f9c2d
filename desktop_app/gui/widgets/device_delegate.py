"""Paints a device row: platform icon, name, model and OS, and a state badge with words."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.gui.models.device_list_model import BADGE_ROLE, STATUS_ROLE, SUBTITLE_ROLE
from desktop_app.gui.palette import STATUS_COLOURS

ICON = 36
PAD = 10


class DeviceDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        return QSize(260, max(ICON, metrics.height() * 3 + 8) + 2 * PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        from PySide6.QtWidgets import QStyle  # its many enums cost ~10 ms: not before the window shows

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        opt.icon = QIcon()  # type: ignore[attr-defined]
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(rect.left() + PAD, rect.top() + PAD + 2, ICON, ICON))
        x = rect.left() + PAD * 2 + ICON
        width = rect.right() - x - PAD
        base_font: QFont = option.font  # type: ignore[attr-defined]
        bold = QFont(base_font)
        bold.setBold(True)
        metrics = QFontMetrics(base_font)
        line = metrics.height()
        painter.setPen(palette.color(text_role))
        painter.setFont(bold)
        title = QFontMetrics(bold).elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(x, rect.top() + PAD, width, line), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(base_font)
        sub = metrics.elidedText(str(index.data(SUBTITLE_ROLE) or ""), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(x, rect.top() + PAD + line + 2, width, line), Qt.AlignmentFlag.AlignLeft, sub)
        badge = metrics.elidedText(str(index.data(BADGE_ROLE) or ""), Qt.TextElideMode.ElideRight, width - 16)
        colour = QColor(STATUS_COLOURS.get(index.data(STATUS_ROLE), "#546e7a"))
        badge_rect = QRect(
            x, rect.top() + PAD + 2 * line + 6, metrics.horizontalAdvance(badge) + 16, line + 2
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(badge_rect, (line + 2) / 2, (line + 2) / 2)
        painter.setPen(QColor("white"))
        painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
        painter.restore()

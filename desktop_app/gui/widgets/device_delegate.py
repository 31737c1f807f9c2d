"""Paints a device row: platform icon, name, model and OS, and a state badge with words.

The list repaints whenever a phone's state moves (several times per scan, for every phone), so
painting asks the model once per row (PAINT_ROLE) and reuses its fonts and metrics."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.gui.icons import platform_icon
from desktop_app.gui.models.device_list_model import PAINT_ROLE, RowPaint
from desktop_app.gui.palette import STATUS_COLOURS

ICON = 36
PAD = 10
FOCUS_WIDTH = 2  # the keyboard focus ring: the style's dotted 1 px one was barely visible, or absent
_WHITE = QColor("white")


class _Fonts:
    """The fonts of one base font, made once."""

    def __init__(self, base: QFont) -> None:
        self.key = base.toString()
        self.base = QFont(base)
        self.bold = QFont(base)
        self.bold.setBold(True)
        self.metrics = QFontMetrics(self.base)
        self.bold_metrics = QFontMetrics(self.bold)
        self.line = self.metrics.height()
        self._elided: dict[tuple[bool, str, int], str] = {}

    def elided(self, text: str, width: int, *, bold: bool = False) -> str:
        """Eliding costs ~0.2 ms a call and rows repaint often with the same texts: remember."""
        key = (bold, text, width)
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > 512:
                self._elided.clear()
            metrics = self.bold_metrics if bold else self.metrics
            found = self._elided[key] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return found


class DeviceDelegate(QStyledItemDelegate):
    _fonts: _Fonts | None = None

    def _fonts_for(self, font: QFont) -> _Fonts:
        fonts = self._fonts
        if fonts is None or fonts.key != font.toString():
            fonts = self._fonts = _Fonts(font)
        return fonts

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        fonts = self._fonts_for(option.font)  # type: ignore[attr-defined]
        return QSize(260, max(ICON, fonts.line * 3 + 8) + 2 * PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        from PySide6.QtWidgets import QStyle  # its many enums cost ~10 ms: not before the window shows

        row = index.data(PAINT_ROLE)
        if not isinstance(row, RowPaint):
            return
        widget = option.widget  # type: ignore[attr-defined]
        if widget is not None:  # selection and hover background, as the style draws it
            widget.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        rect: QRect = option.rect  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        fonts = self._fonts_for(option.font)  # type: ignore[attr-defined]
        line = fonts.line
        painter.save()
        platform_icon(row.platform).paint(painter, QRect(rect.left() + PAD, rect.top() + PAD + 2, ICON, ICON))
        x = rect.left() + PAD * 2 + ICON
        width = rect.right() - x - PAD
        painter.setPen(palette.color(text_role))
        painter.setFont(fonts.bold)
        title = fonts.elided(row.title, width, bold=True)
        painter.drawText(QRect(x, rect.top() + PAD, width, line), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(fonts.base)
        sub = fonts.elided(row.subtitle, width)
        painter.drawText(QRect(x, rect.top() + PAD + line + 2, width, line), Qt.AlignmentFlag.AlignLeft, sub)
        badge = fonts.elided(row.badge, width - 16)
        badge_rect = QRect(
            x, rect.top() + PAD + 2 * line + 6, fonts.metrics.horizontalAdvance(badge) + 16, line + 2
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLOURS.get(row.status, "#546e7a")))
        painter.drawRoundedRect(badge_rect, (line + 2) / 2, (line + 2) / 2)
        painter.setPen(_WHITE)
        painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
        if option.state & QStyle.StateFlag.State_HasFocus:  # type: ignore[attr-defined]
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            ring = palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
            )
            pen = QPen(ring, FOCUS_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = FOCUS_WIDTH // 2
            painter.drawRect(rect.adjusted(half, half, -half, -half))
        painter.restore()

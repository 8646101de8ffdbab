"""Two small charts drawn with QPainter: horizontal bars and a line over days.

Colours come from the application palette, so the charts follow the theme.
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    """Labelled horizontal bars with values from 0 to 1, shown as percentages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: list[tuple[str, float]]) -> None:
        self.bars = bars
        self.setAccessibleDescription(
            "; ".join(f"{label}: {round(value * 100)}%" for label, value in bars)
        )
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return int(QFontMetrics(self.font()).height() * 1.9)

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self.bars)) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        row = self._row_height()
        label_width = min(
            int(self.width() * 0.45),
            max((metrics.horizontalAdvance(b[0]) for b in self.bars), default=0) + 12,
        )
        value_width = metrics.horizontalAdvance("100%") + 12
        bar_width = max(20, self.width() - label_width - value_width)
        for index, (label, value) in enumerate(self.bars):
            top = index * row + 4
            text_rect = QRectF(0, top, label_width - 8, row)
            painter.setPen(palette.windowText().color())
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(text_rect.width()))
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, elided
            )
            track = QRectF(label_width, top + row * 0.25, bar_width, row * 0.5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.alternateBase())
            painter.drawRoundedRect(track, 4, 4)
            filled = QRectF(track)
            filled.setWidth(max(0.0, min(1.0, value)) * bar_width)
            painter.setBrush(palette.highlight())
            painter.drawRoundedRect(filled, 4, 4)
            painter.setPen(palette.windowText().color())
            painter.drawText(
                QRectF(label_width + bar_width + 6, top, value_width, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{round(value * 100)}%",
            )
        painter.end()


class LineChart(QWidget):
    """Values from 0 to 1 over days, with the number of answers under each point."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[date, float, int]] = []
        self.empty_text = ""
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_points(self, points: list[tuple[date, float, int]], empty_text: str) -> None:
        self.points = points
        self.empty_text = empty_text
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{day}: {p}% of %n answer(s)", "", n).format(
                    day=d.isoformat(), p=round(v * 100)
                )
                for d, v, n in points
            )
            or empty_text
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, int(QFontMetrics(self.font()).height() * 10))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        if not self.points:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        left = metrics.horizontalAdvance("100%") + 10
        bottom = metrics.height() * 2 + 6
        area = QRectF(
            left, 8, max(10, self.width() - left - 12), max(10, self.height() - bottom - 8)
        )
        painter.setPen(QPen(palette.alternateBase().color(), 1))
        for fraction in (0.0, 0.5, 1.0):
            y = area.bottom() - fraction * area.height()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(palette.windowText().color())
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight, f"{round(fraction * 100)}%")  # fmt: skip
            painter.setPen(QPen(palette.alternateBase().color(), 1))
        count = len(self.points)
        step = area.width() / max(1, count - 1)
        positions = [
            QPointF(
                area.left() + (i * step if count > 1 else area.width() / 2),
                area.bottom() - v * area.height(),
            )
            for i, (_, v, _) in enumerate(self.points)
        ]
        painter.setPen(QPen(palette.highlight().color(), 3))
        for start, end in itertools.pairwise(positions):
            painter.drawLine(start, end)
        painter.setBrush(palette.highlight())
        label_every = max(1, count // 8)
        for index, (point, (day, _, answered)) in enumerate(
            zip(positions, self.points, strict=True)
        ):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(point, 4.5, 4.5)
            if index % label_every == 0 or index == count - 1:
                painter.setPen(palette.windowText().color())
                text = f"{day.day}/{day.month}"
                painter.drawText(QRectF(point.x() - 40, area.bottom() + 4, 80, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter, text)  # fmt: skip
                painter.setPen(palette.placeholderText().color())
                painter.drawText(QRectF(point.x() - 40, area.bottom() + 4 + metrics.height(), 80, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter, f"({answered})")  # fmt: skip
        painter.end()

"""Progress: mastery per topic, accuracy over time, reviews due and the attempt history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from civicquiz.gui.screens.base import Screen, make_button, make_label
from civicquiz.gui.tables import DataTable
from civicquiz.gui.widgets.charts import BarChart, LineChart
from civicquiz.services.changes import Changes

if TYPE_CHECKING:
    from civicquiz.gui.router import AppController
    from civicquiz.services.progress import ProgressView


class ProgressScreen(Screen):
    name = "progress"
    shows = Changes.ATTEMPTS

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 16)
        outer.addWidget(make_label(self.tr("Your progress"), "title"))
        self.summary = make_label("", "muted")
        outer.addWidget(self.summary)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(make_label(self.tr("Mastery by topic"), "heading"))
        self.mastery = BarChart()
        self.mastery.setAccessibleName(self.tr("Mastery by topic"))
        layout.addWidget(self.mastery)
        layout.addWidget(
            make_label(
                self.tr("Accuracy over the last 30 days (answers per day in brackets)"), "heading"
            )
        )
        self.accuracy = LineChart()
        self.accuracy.setAccessibleName(self.tr("Accuracy over time"))
        layout.addWidget(self.accuracy)
        layout.addWidget(make_label(self.tr("Quizzes"), "heading"))
        self.history = DataTable(
            [self.tr("Date"), self.tr("Quiz"), self.tr("Answered"), self.tr("Right")],
            self.tr("Quiz history"),
            stretch=1,
        )
        self.history.setMinimumHeight(200)
        self.history.activated.connect(self._open_attempt)
        layout.addWidget(self.history)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        back = make_button(self.tr("Back"))
        back.clicked.connect(self.controller.back)
        buttons.addWidget(back)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.view: ProgressView | None = None

    def enter(self, **params: Any) -> None:
        from civicquiz.services import progress

        learner_id = self.controller.learner_id
        if learner_id is None:
            return
        self.controller.ops.query(lambda db: progress.progress(db, learner_id), self._show)

    def _show(self, view: ProgressView) -> None:
        self.view = view
        self.summary.setText(
            " · ".join(
                (
                    self.tr("%n review(s) due", "", view.due),
                    self.tr("%n-day streak", "", view.streak),
                    self.tr("%n quiz(zes)", "", len(view.history)),
                )
            )
        )
        from civicquiz.core.content import topic_title

        language = self.controller.content_language
        self.mastery.set_bars(
            [(topic_title(t.bank_title, t.key, t.title, language), t.mastery) for t in view.topics]
        )
        self.accuracy.set_points(
            [(d.day, d.accuracy, d.answered) for d in view.days],
            self.tr("No answers in the last 30 days yet."),
        )
        unfinished = " " + self.tr("(unfinished)")
        self.history.set_rows(
            [
                [
                    attempt.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    (attempt.title or attempt.mode) + ("" if attempt.finished else unfinished),
                    f"{attempt.answered}/{attempt.asked}",
                    attempt.correct,
                ]
                for attempt in view.history
            ],
            [attempt.attempt_id for attempt in view.history],
        )

    def _open_attempt(self, index: QModelIndex) -> None:
        row = index.row()
        if self.view and 0 <= row < len(self.view.history):
            attempt = self.view.history[row]
            if attempt.finished:
                self.controller.show_results(attempt.attempt_id)
            else:
                self.controller.open_attempt(attempt.attempt_id)

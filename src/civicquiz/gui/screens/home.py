"""Home: the learner's topics with mastery, and what to do next."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from civicquiz.gui.screens.base import Screen, make_button, make_label
from civicquiz.services.changes import Changes

if TYPE_CHECKING:
    from civicquiz.core.progress import HomeSummary
    from civicquiz.gui.router import AppController

QUICK_QUIZ = 10
EXAM_QUESTIONS = 20
EXAM_MINUTES = 20


class TopicCard(QFrame):
    def __init__(self, screen: HomeScreen, topic: Any) -> None:
        super().__init__()
        from civicquiz.core.content import topic_title

        # the built-in bank's topic title in the learner's content language
        language = screen.controller.content_language
        topic = dataclasses.replace(
            topic, title=topic_title(topic.bank_title, topic.key, topic.title, language)
        )
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(make_label(topic.title, "heading"))
        detail = self.tr("{seen} of %n question(s) practised", "", topic.questions).format(
            seen=topic.seen
        )
        if topic.due:
            detail += " · " + self.tr("%n due for review", "", topic.due)
        layout.addWidget(make_label(detail, "muted"))
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(topic.percent)
        bar.setFormat(self.tr("Mastery %p%"))
        bar.setAccessibleName(self.tr("Mastery of {topic}").format(topic=topic.title))
        layout.addWidget(bar)
        buttons = QHBoxLayout()
        lesson = make_button(
            self.tr("Lesson"),
            name=self.tr("Read the lesson: {topic}").format(topic=topic.title),
        )
        lesson.clicked.connect(lambda: screen.controller.go("lesson", topic_id=topic.topic_id))
        practice = make_button(
            self.tr("Practise"), name=self.tr("Practise {topic}").format(topic=topic.title)
        )
        practice.clicked.connect(
            lambda: screen.controller.start_quiz(topic_ids=[topic.topic_id], title=topic.title)
        )
        buttons.addWidget(lesson)
        buttons.addWidget(practice)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class HomeScreen(Screen):
    name = "home"
    shows = Changes.ATTEMPTS | Changes.BANKS | Changes.EXAMS

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 12)
        self.greeting = make_label("", "title")
        outer.addWidget(self.greeting)
        self.summary = make_label("", "muted")
        self.summary.setAccessibleDescription(self.tr("Your progress in brief"))
        outer.addWidget(self.summary)
        actions = QHBoxLayout()
        self.continue_button = make_button(self.tr("Continue"), primary=True)
        self.continue_button.clicked.connect(self._continue)
        self.review_button = make_button(self.tr("Review due"))
        self.review_button.clicked.connect(
            lambda: self.controller.start_quiz(review=True, title=self.tr("Review"))
        )
        self.quick_button = make_button(self.tr("Quick quiz"))
        self.quick_button.setToolTip(
            self.tr("%n question(s) from every topic, with feedback after each", "", QUICK_QUIZ)
        )
        self.quick_button.clicked.connect(
            lambda: self.controller.start_quiz(size=QUICK_QUIZ, title=self.tr("Quick quiz"))
        )
        self.exam_button = make_button(self.tr("Exam"))
        self.exam_button.setToolTip(
            self.tr(
                "%n question(s) in {m} minutes; feedback at the end", "", EXAM_QUESTIONS
            ).format(m=EXAM_MINUTES)
        )
        self.exam_button.clicked.connect(  # the rules and time limit first, then the clock
            lambda: self.controller.go(
                "exam_start",
                size=EXAM_QUESTIONS,
                time_limit_s=EXAM_MINUTES * 60,
                title=self.tr("Exam"),
            )
        )
        for button in (
            self.continue_button,
            self.review_button,
            self.quick_button,
            self.exam_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        outer.addLayout(actions)
        self.exam_row = QHBoxLayout()
        outer.addLayout(self.exam_row)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(self.tr("Topics"))
        outer.addWidget(self.scroll_area, 1)
        self.view: HomeSummary | None = None

    def enter(self, **params: Any) -> None:
        from civicquiz.services import progress

        learner_id = self.controller.learner_id
        self.greeting.setText(self.tr("Hello, {name}").format(name=self.controller.learner_name))
        if params.get("summary") is not None:  # read at start-up, before the full open
            self._show(params["summary"])
            return

        if learner_id is None:
            return
        self.controller.ops.query(lambda db: progress.home(db, learner_id), self._show)

    def _show(self, view: HomeSummary) -> None:
        self.view = view
        parts = [self.tr("Overall mastery {p}%").format(p=round(view.mastery * 100))]
        parts.append(
            self.tr("%n-day streak", "", view.streak)
            if view.streak
            else self.tr("Start a streak today")
        )
        self.summary.setText(" · ".join(parts))
        self.continue_button.setVisible(view.unfinished is not None)
        if view.unfinished:
            _, answered, asked = view.unfinished
            self.continue_button.setText(
                self.tr("Continue ({a} of {n})").format(a=answered, n=asked)
            )
            self.continue_button.setAccessibleName(self.continue_button.text())
        self.review_button.setText(self.tr("Review due ({n})").format(n=view.due))
        self.review_button.setAccessibleName(self.review_button.text())
        self.review_button.setEnabled(view.due > 0)
        while self.exam_row.count():
            item = self.exam_row.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        if view.exams:
            self.exam_row.addWidget(make_label(self.tr("Exams from your teacher:"), wrap=False))
            for exam_id, title, size, seconds in view.exams:
                text = self.tr("{title} (%n question(s))", "", size).format(title=title)
                if seconds:
                    text = self.tr("{title} (%n question(s), {m} min)", "", size).format(
                        title=title, m=seconds // 60
                    )
                button = make_button(text)
                button.clicked.connect(
                    lambda _=False, e=exam_id: self.controller.go("exam_start", exam_id=e)
                )
                self.exam_row.addWidget(button)
            self.exam_row.addStretch(1)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 8, 0, 8)
        grid.setSpacing(12)
        columns = 2 if self.width() > 720 else 1
        for index, topic in enumerate(view.topics):
            grid.addWidget(TopicCard(self, topic), index // columns, index % columns)
        grid.setRowStretch(len(view.topics) // columns + 1, 1)
        self.scroll_area.setWidget(grid_host)
        first = self.continue_button if view.unfinished else self.quick_button
        first.setFocus()
        self.controller.mark_interactive()

    def _continue(self) -> None:
        if self.view and self.view.unfinished:
            self.controller.open_attempt(self.view.unfinished[0])

"""Quiz: one question at a time, in practice mode (feedback after each answer) or exam mode
(feedback at the end, optional time limit). Every answer goes to the database when given."""

from __future__ import annotations

import html
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from civicquiz.core.bank import DIFFICULTY_LABELS, TYPE_LABELS
from civicquiz.gui.screens.base import Screen, make_button, make_label
from civicquiz.gui.widgets.answers import AnswerWidget, answer_widget

if TYPE_CHECKING:
    from civicquiz.core.attempts import AttemptData, PresentedQuestion
    from civicquiz.core.grading import Grade


def stem_format(kind: str) -> Qt.TextFormat:
    rich = kind in ("html", "markdown")  # Markdown arrives as cleaned HTML, never Qt's own
    return Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText


def stem_markup(stem: str, kind: str) -> str:
    """Question text ready for its label: HTML through the allowlist and its limits again,
    Markdown rendered to HTML by markdown-it and then through the same allowlist (Qt's own
    Markdown would load any image it names, local files included)."""
    from civicquiz.core.html_clean import clean_html, markdown_to_html

    if kind == "html":
        return clean_html(stem)
    if kind == "markdown":
        return markdown_to_html(stem)
    return stem


def stem_html(stem: str, kind: str) -> str:
    """Question text as HTML for rich-text views (results, reviews)."""
    import html

    return stem_markup(stem, kind) if kind in ("html", "markdown") else html.escape(stem)


class FeedbackPanel(QFrame):
    def __init__(self, screen: QuizScreen) -> None:
        super().__init__()
        self.screen = screen
        layout = QVBoxLayout(self)
        self.verdict = make_label("", "heading")
        self.verdict.setAccessibleName(self.tr("Result"))
        self.key = make_label("")
        self.explanation = make_label("")
        self.citation = make_label("", "muted")
        for label in (self.key, self.explanation, self.citation):
            label.setTextFormat(Qt.TextFormat.RichText)
        for widget in (self.verdict, self.key, self.explanation, self.citation):
            layout.addWidget(widget)

    def show_grade(
        self, question: PresentedQuestion, grade: Grade, answer: dict[str, Any] | None = None
    ) -> None:
        tr = self.tr
        if grade.correct:
            self.setProperty("role", "good")
            self.verdict.setText(tr("Correct!"))
        elif grade.score > 0:
            self.setProperty("role", "bad")
            self.verdict.setText(tr("Partly right ({p}%)").format(p=round(grade.score * 100)))
        else:
            self.setProperty("role", "bad")
            self.verdict.setText(tr("Not quite."))
        self.style().unpolish(self)
        self.style().polish(self)
        self.key.setText(
            f"<b>{html.escape(tr('Answer:'))}</b> {html.escape(question.describe_key())}"
        )
        notes = question.feedback_for(answer or {})
        self.explanation.setText(
            "<br>".join(html.escape(n) for n in [*notes, question.explanation] if n)
        )
        self.citation.setText(
            html.escape(tr("Source: {citation}").format(citation="; ".join(question.citations)))
            if question.citations
            else ""
        )
        self.setAccessibleDescription(f"{self.verdict.text()} {question.describe_key()}")
        self.show()


class QuizScreen(Screen):
    name = "quiz"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        top = QHBoxLayout()
        self.position = make_label("", "muted", wrap=False)
        self.position.setAccessibleName(self.tr("Question number"))
        self.timer_label = make_label("", "heading", wrap=False)
        self.timer_label.setAccessibleName(self.tr("Time left"))
        top.addWidget(self.position)
        top.addStretch(1)
        top.addWidget(self.timer_label)
        layout.addLayout(top)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.tr("Quiz progress"))
        layout.addWidget(self.bar)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 12, 0, 12)
        self.meta = make_label("", "muted")
        self.stem = make_label("", "heading")
        self.stem.setTextFormat(Qt.TextFormat.PlainText)
        self.stem.setAccessibleName(self.tr("Question"))
        self.stem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_layout.addWidget(self.meta)
        self.body_layout.addWidget(self.stem)
        self.answer_host = QVBoxLayout()
        self.body_layout.addLayout(self.answer_host)
        self.confident = QCheckBox(self.tr("I was sure of this answer"))
        self.confident.setAccessibleName(self.tr("I was sure of this answer"))
        self.body_layout.addWidget(self.confident)
        self.feedback = FeedbackPanel(self)
        self.feedback.hide()
        self.body_layout.addWidget(self.feedback)
        self.body_layout.addStretch(1)
        self.scroll.setWidget(body)
        layout.addWidget(self.scroll, 1)

        buttons = QHBoxLayout()
        self.leave_button = make_button(self.tr("Save and leave"))
        self.leave_button.setToolTip(
            self.tr("Your answers are kept; continue later from Home (Esc)")
        )
        self.leave_button.clicked.connect(self.window_.back)
        self.skip_button = make_button(self.tr("Skip"))
        self.skip_button.clicked.connect(self.skip)
        self.main_button = make_button(self.tr("Check"), primary=True)
        self.main_button.clicked.connect(self.main_action)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.main_button)
        layout.addLayout(buttons)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.main_action)

        self.data: AttemptData | None = None
        self.index = 0
        self.widget: AnswerWidget | None = None
        self.checked = False
        self.shown_at = 0.0
        self.deadline: float | None = None
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.on_question_shown: Any = None  # hook for the benchmark

    # -- entering -----------------------------------------------------------------------
    def enter(self, **params: Any) -> None:
        data: AttemptData = params["data"]
        self.data = data
        self.index = data.next_index
        self.deadline = None
        if data.mode == "exam" and data.time_limit_s:
            elapsed = time.time() - data.started_at.timestamp()
            self.deadline = time.monotonic() + max(0.0, data.time_limit_s - elapsed)
            self.ticker.start()
            self._tick()
        else:
            self.ticker.stop()
            self.timer_label.clear()
        self.skip_button.setVisible(data.mode == "exam")
        self.confident.setVisible(data.mode != "exam")
        if self.index >= len(data.questions):
            self.finish()
            return
        self.show_question()

    @property
    def question(self) -> PresentedQuestion:
        assert self.data is not None
        return self.data.questions[self.index]

    def show_question(self) -> None:
        assert self.data is not None
        question = self.question
        total = len(self.data.questions)
        self.position.setText(self.tr("Question {i} of {n}").format(i=self.index + 1, n=total))
        self.bar.setRange(0, total)
        self.bar.setValue(self.index)
        self.meta.setText(
            " · ".join(
                p
                for p in (
                    question.topic,
                    self.type_names().get(question.qtype, question.qtype),
                    self.difficulty_names().get(question.difficulty, ""),
                )
                if p
            )
        )
        self.stem.setTextFormat(stem_format(question.stem_format))
        self.stem.setText(stem_markup(question.stem, question.stem_format))
        if self.widget is not None:
            self.widget.setParent(None)
            self.widget.deleteLater()
        self.widget = answer_widget(question)
        self.widget.changed.connect(self._answer_changed)
        self.answer_host.addWidget(self.widget)
        self.feedback.hide()
        self.confident.setChecked(False)
        self.confident.setEnabled(True)
        self.checked = False
        last = self.index == total - 1
        if self.data.mode == "exam":
            self.main_button.setText(self.tr("Finish") if last else self.tr("Next"))
        else:
            self.main_button.setText(self.tr("Check"))
        self.main_button.setAccessibleName(self.main_button.text())
        self._answer_changed()
        self.scroll.verticalScrollBar().setValue(0)
        self.widget.focus_first()
        self.shown_at = time.monotonic()
        if self.on_question_shown:
            self.on_question_shown()

    def type_names(self) -> dict[str, str]:
        names = {
            "single_choice": self.tr("Single choice"),
            "multiple_choice": self.tr("Multiple answers"),
            "true_false": self.tr("True or false"),
            "short_answer": self.tr("Short answer"),
            "numeric": self.tr("Numeric"),
            "matching": self.tr("Matching"),
            "ordering": self.tr("Ordering"),
        }
        assert set(names) == set(TYPE_LABELS)
        return names

    def difficulty_names(self) -> dict[int, str]:
        names = {1: self.tr("easy"), 2: self.tr("medium"), 3: self.tr("hard")}
        assert set(names) == set(DIFFICULTY_LABELS)
        return names

    def _answer_changed(self) -> None:
        if self.checked or self.widget is None:
            return
        has_answer = self.widget.answer() is not None
        self.main_button.setEnabled(
            has_answer or (self.data is not None and self.data.mode == "exam")
        )

    # -- answering ----------------------------------------------------------------------
    def main_action(self) -> None:
        if self.data is None or self.widget is None or not self.main_button.isEnabled():
            return
        if self.data.mode == "exam":
            answer = self.widget.answer()
            if answer is not None:
                self._record(answer, then=self.advance)
            else:
                self.advance()
        elif not self.checked:
            self.check()
        else:
            self.advance()

    def check(self) -> None:
        assert self.data is not None and self.widget is not None
        answer = self.widget.answer()
        if answer is None:
            return
        self._record(answer, then=lambda: self._show_feedback(answer))

    def _show_feedback(self, answer: dict[str, Any]) -> None:
        """Only once the answer is stored: the learner never sees a grade that is not kept."""
        assert self.data is not None and self.widget is not None
        grade = self.data.grades[self.question.id]
        self.checked = True
        self.feedback.show_grade(self.question, grade, answer)
        last = self.index == len(self.data.questions) - 1
        self.main_button.setText(self.tr("See results") if last else self.tr("Next"))
        self.main_button.setAccessibleName(self.main_button.text())
        self.main_button.setEnabled(True)
        self.main_button.setFocus()
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.feedback))

    def _record(self, answer: dict[str, Any], then: Any = None) -> None:
        """Store the answer; ``then()`` runs once it is in the database. Until then the
        question is locked and the buttons wait; if it cannot be stored the learner is
        told so plainly and may try again."""
        from civicquiz.core.quiz import store_answer

        assert self.data is not None and self.widget is not None
        question, index = self.question, self.index
        elapsed = int((time.monotonic() - self.shown_at) * 1000)
        attempt_id, confident, window = (
            self.data.attempt_id,
            self.confident.isChecked(),
            self.window_,
        )
        self._set_saving(True)

        def stored(_: Any) -> None:
            if self.data is None or self.data.attempt_id != attempt_id:
                return
            self.data.answers[question.id] = answer
            self.data.grades[question.id] = question.grade(answer)
            if self.index == index:
                self._set_saving(False, keep_locked=self.data.mode != "exam")
            if then is not None and self.index == index and self.is_current():
                then()

        def failed(error: BaseException, _trace: str) -> None:
            if self.data is not None and self.index == index:
                self._set_saving(False)
            self._not_stored(error)
            if self.deadline is not None and time.monotonic() >= self.deadline:
                self._time_up()  # the time is over all the same; the rest is marked

        self.window_.run(
            lambda: store_answer(
                window.require_engine(),
                attempt_id,
                question.id,
                answer,
                elapsed_ms=elapsed,
                confident=confident,
            ),
            stored,
            failed,
        )

    def _set_saving(self, saving: bool, keep_locked: bool = False) -> None:
        if self.widget is not None:
            self.widget.set_locked(saving or keep_locked)
        self.confident.setEnabled(not (saving or keep_locked))
        self.main_button.setEnabled(not saving)
        self.skip_button.setEnabled(not saving)

    def _not_stored(self, error: BaseException) -> None:
        from civicquiz.core.quiz import AnswerNotStoredError, QuizError

        if isinstance(error, AnswerNotStoredError | QuizError):
            message = str(error)
        else:
            import logging

            logging.getLogger(__name__).error("storing an answer failed", exc_info=error)
            message = self.tr("Your answer could not be saved.")
        QMessageBox.warning(
            self,
            self.tr("Answer not saved"),
            message
            + "\n\n"
            + self.tr("It has not been marked. Press the button again to try once more."),
        )

    def skip(self) -> None:
        self.advance()

    def advance(self) -> None:
        assert self.data is not None
        self.index += 1
        if self.index >= len(self.data.questions):
            self.finish()
        else:
            self.show_question()

    def finish(self) -> None:
        from civicquiz.core.quiz import finish_attempt

        assert self.data is not None
        self.ticker.stop()
        attempt_id, window = self.data.attempt_id, self.window_
        self.window_.run(
            lambda: finish_attempt(window.require_engine(), attempt_id),
            lambda _: window.show_results(attempt_id),
        )

    def _tick(self) -> None:
        if self.deadline is None:
            return
        left = max(0, int(self.deadline - time.monotonic()))
        self.timer_label.setText(self.tr("{m}:{s:02d} left").format(m=left // 60, s=left % 60))
        if left <= 0:
            self.ticker.stop()
            if self.widget is not None and (answer := self.widget.answer()) is not None:
                self._record(answer, then=self._time_up)
            else:
                self._time_up()

    def _time_up(self) -> None:
        QMessageBox.information(
            self, self.tr("Time is up"), self.tr("Time is up. Your answers so far are marked.")
        )
        self.finish()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if (
            text.isdigit()
            and self.widget is not None
            and not self.checked
            and self.widget.pick(int(text))
        ):
            return
        super().keyPressEvent(event)

    def is_current(self) -> bool:
        return bool(self.window_.current_name() == self.name)

    def leave(self) -> bool:
        self.ticker.stop()
        return True

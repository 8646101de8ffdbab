"""Quiz: one question at a time, in practice mode (feedback after each answer) or exam mode
(feedback at the end, optional time limit). Every answer goes to the database when given."""

from __future__ import annotations

import html
import itertools
import threading
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)

from civicquiz.core.bank import DIFFICULTY_LABELS, TYPE_LABELS
from civicquiz.gui.screens.base import Screen, make_button, make_label
from civicquiz.gui.speech import Speaker
from civicquiz.gui.widgets.a11y import announce, plain_text
from civicquiz.gui.widgets.answers import AnswerWidget, answer_widget, retire

if TYPE_CHECKING:
    from civicquiz.core.attempts import AttemptData, PresentedQuestion
    from civicquiz.core.grading import Grade
    from civicquiz.gui.router import AppController


# Moments (seconds left) when an exam's timer is announced; every fifth minute as well.
ANNOUNCE_AT = (60, 30, 10)


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
        self.owner = screen
        layout = QVBoxLayout(self)
        # Focus comes here after Check, so a screen reader reads the verdict, the key and
        # the explanation at once; Tab goes on to Next.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verdict = make_label("", "heading")
        self.key = make_label("")
        self.explanation = make_label("")
        self.citation = make_label("", "muted")
        for label in (self.key, self.explanation, self.citation):
            label.setTextFormat(Qt.TextFormat.RichText)
        for widget in (self.verdict, self.key, self.explanation, self.citation):
            layout.addWidget(widget)
        self.overrule_button = make_button(
            self.tr("I was right"),
            name=self.tr("I was right: count my typed answer as right"),
            tip=self.tr("Your teacher will see that you marked this answer right yourself."),
        )
        self.overrule_button.clicked.connect(screen.overrule)
        self.overrule_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.overrule_button)
        row.addStretch(1)
        layout.addLayout(row)

    def show_grade(
        self, question: PresentedQuestion, grade: Grade, answer: dict[str, Any] | None = None
    ) -> None:
        if grade.correct:
            self.setProperty("role", "good")
            self.verdict.setText(self.tr("Correct!"))
        elif grade.score > 0:
            self.setProperty("role", "bad")
            self.verdict.setText(self.tr("Partly right ({p}%)").format(p=round(grade.score * 100)))
        else:
            self.setProperty("role", "bad")
            self.verdict.setText(self.tr("Not quite."))
        self.style().unpolish(self)
        self.style().polish(self)
        key = question.describe_key()
        if question.qtype == "true_false":  # the core names the key in English
            key = {"True": self.tr("True"), "False": self.tr("False")}.get(key, key)
        answer_label = self.tr("Answer:")
        self.key.setText(f"<b>{html.escape(answer_label)}</b> {html.escape(key)}")
        notes = question.feedback_for(answer or {})
        self.explanation.setText(
            "<br>".join(html.escape(n) for n in [*notes, question.explanation] if n)
        )
        self.citation.setText(
            html.escape(
                self.tr("Source: {citation}").format(citation="; ".join(question.citations))
            )
            if question.citations
            else ""
        )
        from civicquiz.core.quiz import OVERRULABLE

        self.overrule_button.setVisible(
            not grade.correct
            and question.qtype in OVERRULABLE
            and self.owner.data is not None
            and self.owner.data.mode != "exam"
            and self.owner.data.attempt_id > 0  # not for a quiz started offline
        )
        self.overrule_button.setEnabled(True)
        self.setAccessibleName(self.verdict.text())
        self.setAccessibleDescription(
            " ".join(
                plain_text(label.text(), Qt.TextFormat.RichText)
                for label in (self.key, self.explanation, self.citation)
                if label.text()
            )
        )
        self.show()

    def spoken(self) -> str:
        """Everything the panel shows, in reading order, as plain text."""
        return f"{self.accessibleName()} {self.accessibleDescription()}".strip()


# Posted at low priority after a question is shown: handled after the window's pending
# repaint (also low priority, posted earlier), i.e. once the new question is drawn.
_AFTER_PAINT = QEvent.Type(QEvent.registerEventType())


class QuizScreen(Screen):
    name = "quiz"
    question_shown = Signal()  # a question is on screen, ready for an answer

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self._after_paint: list[Any] = []  # answers to write once the next question is drawn
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        top = QHBoxLayout()
        # Labels keep their text as accessible name: that is what a screen reader speaks.
        self.position = make_label("", "muted", wrap=False)
        self.timer_label = make_label("", "heading", wrap=False)
        top.addWidget(self.position)
        top.addStretch(1)
        top.addWidget(self.timer_label)
        layout.addLayout(top)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.tr("Quiz progress"))
        layout.addWidget(self.bar)

        self.scroll_area = QScrollArea()
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible tab stop
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body = body
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 12, 0, 12)
        self.meta = make_label("", "muted")
        self.stem = make_label("", "heading")
        self.stem.setTextFormat(Qt.TextFormat.PlainText)
        self.stem.setAccessibleDescription(self.tr("Question"))
        self.stem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stem.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # first stop: the question
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
        self.scroll_area.setWidget(body)
        layout.addWidget(self.scroll_area, 1)

        buttons = QHBoxLayout()
        self.leave_button = make_button(self.tr("Save and leave"))
        self.leave_button.setToolTip(
            self.tr("Your answers are kept; continue later from Home (Esc)")
        )
        self.leave_button.clicked.connect(self.controller.back)
        self.skip_button = make_button(self.tr("Skip"))
        self.skip_button.clicked.connect(self.skip)
        self.main_button = make_button(self.tr("Check"), primary=True)
        self.main_button.clicked.connect(self.main_action)
        self.read_button = make_button(
            self.tr("Read aloud"),
            tip=self.tr("Hear the question, the choices and the feedback (Ctrl+R)"),
        )
        self.read_button.clicked.connect(self.read_aloud)
        self.speech_note = make_label("", "muted")
        buttons.addWidget(self.leave_button)
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.speech_note, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.main_button)
        layout.addLayout(buttons)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._enter_pressed)

        read = QShortcut(QKeySequence("Ctrl+R"), self)
        read.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        read.activated.connect(self.read_aloud)
        self.speaker = Speaker(self)
        self.speaker.problem.connect(self._speech_problem)

        self.data: AttemptData | None = None
        self.index = 0
        self.widget: AnswerWidget | None = None
        self.checked = False
        self.shown_at = 0.0
        self.deadline: float | None = None
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.announced_left: int | None = None

    # -- entering -----------------------------------------------------------------------
    def enter(self, **params: Any) -> None:
        data: AttemptData = params["data"]
        self.data = data
        self.index = data.next_index
        self.deadline = None
        self.announced_left = None
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
        self.stem.setText(stem_markup(question.shown_stem, question.stem_format))
        self.stem.setAccessibleName(
            plain_text(self.stem.text(), self.stem.textFormat())
            if self.stem.textFormat() != Qt.TextFormat.PlainText
            else ""
        )
        old = self.widget
        self.widget = answer_widget(question, self.body)
        self.widget.changed.connect(self._answer_changed)
        self.answer_host.addWidget(self.widget)
        self.widget.show()
        self.widget.focus_first()  # before the old one goes, so focus never visits the header
        if old is not None:
            retire(old)
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
        self.scroll_area.verticalScrollBar().setValue(0)
        self.widget.focus_first()
        self._set_tab_order()
        self.shown_at = time.monotonic()
        self.question_shown.emit()

    def _set_tab_order(self) -> None:
        """Question, options, "I was sure", feedback, Check/Next, Skip, Save and leave."""
        assert self.widget is not None
        chain: list[QWidget] = [self.stem]
        chain += [
            w
            for w in self.widget.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(w, QScrollBar)
            and w.window() is self.window()  # not a drop-down's pop-up list
            and w.isVisibleTo(self.widget)
        ]
        chain += [self.confident, self.feedback, self.feedback.overrule_button]
        chain += [self.main_button, self.skip_button]
        chain += [self.leave_button, self.read_button]  # then the header (MainWindow)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def spoken_text(self) -> str:
        """What Read aloud says: number, question, choices, and the feedback once shown."""
        parts = [self.position.text(), plain_text(self.stem.text(), self.stem.textFormat())]
        if self.widget is not None:
            parts.append(self.widget.speakable())
        if self.feedback.isVisible():
            parts.append(self.feedback.spoken())
        return " ".join(p for p in parts if p)

    def overrule(self) -> None:
        """ "I was right": the typed answer counts as right, marked as the learner's call."""
        from civicquiz.core.grading import Grade
        from civicquiz.services import answers

        if self.data is None or not self.checked:
            return
        question, attempt_id = self.question, self.data.attempt_id
        self.feedback.overrule_button.setEnabled(False)

        def done(_: Any) -> None:
            if self.data is None or self.data.attempt_id != attempt_id:
                return
            self.data.grades[question.id] = Grade(1.0, True)
            self.feedback.overrule_button.hide()
            self.feedback.verdict.setText(self.tr("Counted as right (your call)"))
            self.feedback.setAccessibleName(self.feedback.verdict.text())
            self.feedback.setFocus()
            announce(self.feedback, self.feedback.verdict.text())

        self.controller.ops.collection(
            lambda db: answers.overrule_answer(db, attempt_id, question.id), done
        )

    def read_aloud(self) -> None:
        from civicquiz.gui.speech import content_language

        if self.data is None:
            return
        self.speech_note.clear()
        text = self.spoken_text()
        self.speaker.say(text, content_language(self.question.stem))

    def _speech_problem(self, message: str) -> None:
        self.speech_note.setText(message)
        self.read_button.setToolTip(message)
        announce(self.speech_note, message)

    def _enter_pressed(self) -> None:
        """Enter on a focused push button presses that button; anywhere else it is the
        main action (Check, then Next)."""
        focused = QApplication.focusWidget()
        if (
            isinstance(focused, QPushButton)
            and focused is not self.main_button
            and self.isAncestorOf(focused)
        ):
            if focused.isEnabled():
                focused.animateClick()
            return
        self.main_action()

    def type_names(self) -> dict[str, str]:
        names = {
            "single_choice": self.tr("Single choice"),
            "multiple_choice": self.tr("Multiple answers"),
            "true_false": self.tr("True or false"),
            "short_answer": self.tr("Short answer"),
            "numeric": self.tr("Numeric"),
            "matching": self.tr("Matching"),
            "ordering": self.tr("Ordering"),
            "cloze": self.tr("Embedded answers"),
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
        if getattr(self, "saving", False):  # the last answer is still on its way
            return
        if self.data.mode == "exam":
            answer = self.widget.answer()
            if answer is None:
                self.advance()
            elif self.index < len(self.data.questions) - 1:
                # No grade is shown in an exam: the next question comes at once while the
                # answer is written (fsync'd) on the worker; a failure brings it back.
                self._record(answer, ahead=True)
                self.advance()
            else:  # the last one is stored before the exam is finished
                self._record(answer, then=self.advance)
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
        self.widget.show_result()
        self.feedback.show_grade(self.question, grade, answer)
        last = self.index == len(self.data.questions) - 1
        self.main_button.setText(self.tr("See results") if last else self.tr("Next"))
        self.main_button.setAccessibleName(self.main_button.text())
        self.main_button.setEnabled(True)
        self.feedback.setFocus()
        announce(self.feedback, self.feedback.accessibleName(), assertive=True)
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.feedback))

    def _record(self, answer: dict[str, Any], then: Any = None, ahead: bool = False) -> None:
        """Store the answer; ``then()`` runs once it is in the database. Until then the
        question is locked and the buttons wait; if it cannot be stored the learner is
        told so plainly and may try again. ``ahead``: the learner moves on at once (an
        exam's answer, which shows no grade); if it cannot be stored, its question comes
        back with the answer given, and the learner is told."""
        from civicquiz.core.outbox import PendingAnswer
        from civicquiz.services import answers

        assert self.data is not None and self.widget is not None
        question, index = self.question, self.index
        elapsed = int((time.monotonic() - self.shown_at) * 1000)
        attempt_id, confident, window = (
            self.data.attempt_id,
            self.confident.isChecked(),
            self.controller,
        )
        if not ahead:
            self._set_saving(True)

        def stored(_: Any) -> None:
            if self.data is None or self.data.attempt_id != attempt_id:
                return
            self.data.answers[question.id] = answer
            self.data.grades[question.id] = question.grade(answer)
            if ahead:
                return
            if self.index == index:
                self._set_saving(False, keep_locked=self.data.mode != "exam")
            if then is not None and self.index == index and self.is_current():
                then()

        def failed(error: BaseException, _trace: str) -> None:
            if ahead and self.data is not None and self.data.attempt_id == attempt_id:
                if self.is_current() and self.index != index:
                    self.index = index  # back to the question whose answer was not kept
                    self.show_question()
                    assert self.widget is not None
                    self.widget.set_answer(answer)
                    self._answer_changed()
                self._set_saving(False)
            elif self.data is not None and self.index == index:
                self._set_saving(False)
            self._not_stored(error)
            if self.deadline is not None and time.monotonic() >= self.deadline:
                self._time_up()  # the time is over all the same; the rest is marked

        # The answer's id is made now, as it is given: stored or queued, it is kept once.
        pending = PendingAnswer(
            attempt_id,
            question.id,
            answer,
            elapsed_ms=elapsed,
            confident=confident,
            computer_id=window.computer_id(),
            attempt_uid=self.data.uid if self.data.offline else None,
        )
        learner_id = self.data.learner_id

        def delivered(delivery: Any) -> None:
            window.note_delivery(delivery)
            stored(delivery)

        drawn = threading.Event()
        outbox = window.outbox()

        def job(db: Any) -> Any:
            # Moving on: the next question is drawn first (the worker's ORM work would
            # share the interpreter with the drawing), then the answer is written; queued
            # now, so answers keep their order and a closing window still writes it.
            drawn.wait(0.25)
            right = question.grade(answer).correct  # graded here, off the GUI thread
            return answers.record_answer(db, outbox, pending, learner_id, right)

        self.controller.ops.collection(job, delivered, failed)
        if ahead:  # after the next question's paint (queued behind it, at low priority)
            self._after_paint.append(drawn.set)
            QCoreApplication.postEvent(
                self, QEvent(_AFTER_PAINT), Qt.EventPriority.LowEventPriority.value
            )
        else:
            drawn.set()

    def event(self, event: QEvent) -> bool:
        if event.type() == _AFTER_PAINT:
            waiting, self._after_paint = self._after_paint, []
            for release in waiting:
                release()
            return True
        return super().event(event)

    def _set_saving(self, saving: bool, keep_locked: bool = False) -> None:
        """While an answer is stored the question is locked and the buttons do nothing;
        the main button keeps the focus (disabling it would send the focus, and a screen
        reader, elsewhere)."""
        self.saving = saving
        if saving:
            self.main_button.setFocus()
        if self.widget is not None:
            self.widget.set_locked(saving or keep_locked)
        self.confident.setEnabled(not (saving or keep_locked))
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
        from civicquiz.services import answers

        assert self.data is not None
        self.ticker.stop()
        attempt_id, window = self.data.attempt_id, self.controller
        uid = self.data.uid if self.data.offline else None
        outbox = window.outbox()

        def done(outcome: tuple[Any, int | None]) -> None:
            delivery, stored_id = outcome
            window.note_delivery(delivery)
            if not delivery.queued and stored_id is not None:
                window.refresh_offline_copy()  # the schedule as this quiz left it
                window.show_results(stored_id)
                return
            self.main_button.setEnabled(False)
            self.skip_button.setEnabled(False)
            QMessageBox.information(
                self,
                self.tr("Quiz finished"),
                self.tr(
                    "Well done. The server cannot be reached just now, so your answers are "
                    "kept safely on this computer and will be sent as soon as it is back. "
                    "Your results will show then."
                ),
            )

        self.controller.ops.collection(
            lambda db: answers.finish_quiz(db, outbox, attempt_id, uid), done
        )

    def _tick(self) -> None:
        if self.deadline is None:
            return
        left = max(0, int(self.deadline - time.monotonic()))
        self.timer_label.setText(self.tr("{m}:{s:02d} left").format(m=left // 60, s=left % 60))
        # Screen readers hear the time at sensible moments, not every second: the name
        # changes once a minute (then at 30 and 10 seconds) and those moments are announced.
        if left > 60:
            mark = (left + 59) // 60 * 60
        else:
            mark = min((s for s in ANNOUNCE_AT if left <= s), default=0) if left > 0 else 0
        if mark != self.announced_left:
            first = self.announced_left is None
            self.announced_left = mark
            spoken = (
                self.tr("{m} minutes left").format(m=mark // 60)
                if mark >= 60
                else self.tr("{s} seconds left").format(s=mark)
            )
            self.timer_label.setAccessibleName(spoken)
            if not first and (mark in ANNOUNCE_AT or mark % 300 == 0):
                announce(self.timer_label, spoken)
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
        return bool(self.controller.current_name() == self.name)

    def leave(self) -> bool:
        self.ticker.stop()
        return True

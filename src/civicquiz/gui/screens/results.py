"""Results and review: score, time, topics, every question with the answer given and the key."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from civicquiz.gui.screens.base import Screen, make_button, make_label
from civicquiz.gui.screens.quiz import stem_html
from civicquiz.gui.theme import colours
from civicquiz.gui.widgets.a11y import announce
from civicquiz.gui.widgets.safe_text import SafeTextBrowser

if TYPE_CHECKING:
    from civicquiz.core.attempts import AttemptResult
    from civicquiz.gui.router import AppController


class ResultsScreen(Screen):
    name = "results"

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        self.score = make_label("", "title")  # read as its text: "45% · 9 of 20 right"
        self.detail = make_label("", "muted")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # topic names shown as typed
        layout.addWidget(self.score)
        layout.addWidget(self.detail)
        self.review = SafeTextBrowser()
        self.review.setOpenLinks(False)
        self.review.setAccessibleName(self.tr("Review of every question"))
        layout.addWidget(self.review, 1)
        buttons = QHBoxLayout()
        self.home_button = make_button(self.tr("Home"))
        self.home_button.clicked.connect(lambda: self.controller.go("home"))
        self.retry_button = make_button(self.tr("Retry mistakes"), primary=True)
        self.retry_button.clicked.connect(self._retry)
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        layout.addLayout(buttons)
        self.result: AttemptResult | None = None

    def enter(self, **params: Any) -> None:
        from civicquiz.services import results

        attempt_id = int(params["attempt_id"])
        language = self.controller.content_language
        self.controller.ops.query(
            lambda db: results.attempt_results(db, attempt_id, language), self._show
        )

    def _show(self, result: AttemptResult) -> None:
        self.result = result
        self.score.setText(
            self.tr("{p}% · {c} of {n} right").format(
                p=result.percent, c=result.correct, n=result.total
            )
        )
        minutes, seconds = divmod(int(result.duration_s), 60)
        topics = ", ".join(f"{t} {c}/{n}" for t, (c, n) in sorted(result.by_topic.items()))
        self.detail.setText(
            self.tr("Time {m}:{s:02d}").format(m=minutes, s=seconds) + " · " + topics
        )
        c = colours(self.controller.theme)
        your_label, answer_label = self.tr("Your answer:"), self.tr("Answer:")
        # The words the core puts in an answer's description, in the interface language.
        words = {
            "True": self.tr("True"),
            "False": self.tr("False"),
            "(no answer)": self.tr("(no answer)"),
            "(nothing selected)": self.tr("(nothing selected)"),
        }
        rows = []
        for number, item in enumerate(result.items, start=1):
            right = bool(item.grade and item.grade.correct)
            mark = self.tr("right") if right else self.tr("wrong")
            colour = c["good"] if right else c["bad"]
            question = item.question
            yours = words.get(item.your_answer, item.your_answer)
            key = words.get(question.describe_key(), question.describe_key())
            rows.append(
                f"<h3>{number}. {stem_html(question.shown_stem, question.stem_format)}</h3>"
                f"<p><span style='color:{colour}; font-weight:bold'>{html.escape(mark)}</span> · "
                f"{html.escape(your_label)} {html.escape(yours)}<br>"
                f"<b>{html.escape(answer_label)}</b> {html.escape(key)}</p>"
                f"<p>{html.escape(question.explanation)}</p>"
                f"<p style='color:{c['muted']}; font-size:small'>"
                f"{html.escape('; '.join(question.citations))}</p>"
            )
        self.review.setHtml("".join(rows))
        self.retry_button.setEnabled(bool(result.mistakes))
        self.retry_button.setText(self.tr("Retry mistakes ({n})").format(n=len(result.mistakes)))
        self.retry_button.setAccessibleName(self.retry_button.text())
        (self.retry_button if result.mistakes else self.home_button).setFocus()
        announce(self.score, self.score.text())

    def _retry(self) -> None:
        if self.result and self.result.mistakes:
            self.controller.start_quiz(
                question_ids=self.result.mistakes, title=self.tr("Retry mistakes")
            )

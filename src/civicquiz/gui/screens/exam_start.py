"""Exam start: the exam's rules, topics and time limit, shown before the clock starts."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QVBoxLayout

from civicquiz.core.bank import TYPE_LABELS
from civicquiz.gui.screens.base import Screen, make_button

if TYPE_CHECKING:
    from civicquiz.gui.router import AppController


class ExamStartScreen(Screen):
    name = "exam_start"

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Exam rules"))
        layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.back = make_button(self.tr("Back"))
        self.back.clicked.connect(self.controller.back)
        self.start = make_button(self.tr("Start the exam"), primary=True)
        self.start.clicked.connect(self.begin)
        self.start.setEnabled(False)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.start)
        layout.addLayout(buttons)
        self.plan: Any = None

    def enter(self, **params: Any) -> None:
        """``exam_id`` for a teacher's exam; otherwise ``size``, ``time_limit_s``, ``title``
        for the mock exam over every topic."""
        from civicquiz.services import exams

        learner_id = self.controller.learner_id
        self.plan = None
        self.start.setEnabled(False)
        preparing = self.tr("Preparing the exam…")
        self.text.setHtml(f"<p>{html.escape(preparing)}</p>")
        if learner_id is None:
            self.controller.go("profiles")
            return
        kiosk = self.controller.kiosk
        exam_id = params.get("exam_id")
        size, title = int(params.get("size", 20)), str(params.get("title", ""))
        time_limit_s = params.get("time_limit_s")
        self.controller.ops.query(
            lambda db: exams.plan_exam(
                db,
                learner_id,
                exam_id=int(exam_id) if exam_id is not None else None,
                size=size,
                title=title,
                time_limit_s=time_limit_s,
                kiosk=kiosk,
            ),
            self.show_plan,
        )

    def show_plan(self, plan: Any) -> None:
        self.plan = plan
        n = len(plan.question_ids)
        minutes = (plan.time_limit_s or 0) // 60
        rules: list[str] = []
        if plan.time_limit_s:
            rules.append(
                self.tr(
                    "%n question(s), {m} minutes. The clock starts when you press “Start the exam”.",
                    "",
                    n,
                ).format(m=minutes)
            )
        else:
            rules.append(self.tr("%n question(s), no time limit.", "", n))
        rules.append(
            self.tr(
                "Drawn from all {k} topics, in proportion to how many questions each has:"
            ).format(k=plan.topics_available)
        )
        from civicquiz.core.content import builtin_topic_title

        language = self.controller.content_language
        topics = "".join(
            f"<li>{html.escape(builtin_topic_title(title, language))}: {count}</li>"
            for title, count in plan.topics
            if count
        )
        kinds = ", ".join(
            # The labels are translated where the quiz shows them (QuizScreen.type_names).
            f"{QCoreApplication.translate('QuizScreen', TYPE_LABELS.get(qtype, qtype)).lower()} {count}"
            for qtype, count in plan.types
        )
        mixed = self.tr(
            "Question types are mixed ({kinds}); true/false is at most a fifth of the exam."
        ).format(kinds=kinds)
        fresh = self.tr(
            "Questions you have not answered before come first ({u} of {n}), then those due for review ({d})."
        ).format(u=plan.unseen, n=n, d=plan.due)
        feedback = self.tr(
            "You see your score and the explanations at the end; you may skip a question and come back to it."
        )
        default_title = self.tr("Exam")
        parts = [
            f"<h1>{html.escape(plan.title or default_title)}</h1>",
            f"<p><b>{html.escape(rules[0])}</b></p>",
            f"<p>{html.escape(rules[1])}</p><ul>{topics}</ul>",
            f"<p>{html.escape(mixed)}</p>",
            f"<p>{html.escape(fresh)}</p>",
            f"<p>{html.escape(feedback)}</p>",
        ]
        if plan.pass_mark is not None:
            pass_mark = self.tr("Pass mark: {p}%.").format(p=plan.pass_mark)
            parts.append(f"<p>{html.escape(pass_mark)}</p>")
        self.text.setHtml("\n".join(parts))
        self.start.setEnabled(bool(plan.question_ids))
        self.start.setFocus()

    def begin(self) -> None:
        from civicquiz.services import exams

        plan, learner_id = self.plan, self.controller.learner_id
        if plan is None or learner_id is None:
            return
        self.start.setEnabled(False)

        self.controller.ops.collection(
            lambda db: exams.begin_exam(db, learner_id, plan),
            self.controller.open_attempt,
            initiator=self,
        )

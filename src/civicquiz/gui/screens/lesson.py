"""Lesson: a topic's text, each fact with its citation, then practice."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from civicquiz.gui.screens.base import Screen, make_button
from civicquiz.gui.widgets.safe_text import SafeTextBrowser

if TYPE_CHECKING:
    from civicquiz.gui.router import AppController


def lesson_html(
    title: str, intro: str, paragraphs: list[dict[str, Any]], sources_heading: str
) -> str:
    parts = [f"<h1>{html.escape(title)}</h1>"]
    # the intro may open with a note on the sources: one paragraph per blank line
    parts.extend(f"<p><i>{html.escape(block)}</i></p>" for block in intro.split("\n\n") if block)
    notes = []
    for number, paragraph in enumerate(paragraphs, start=1):
        citation = (paragraph.get("citation") or {}).get("text")
        mark = f"<sup>&nbsp;[{number}]</sup>" if citation else ""
        parts.append(f"<p>{html.escape(paragraph['text'])}{mark}</p>")
        if citation:
            notes.append(f"<li value='{number}'>{html.escape(citation)}</li>")
    if notes:
        parts.append(
            f"<h3>{html.escape(sources_heading)}</h3><ol style='font-size:small'>{''.join(notes)}</ol>"
        )
    return "\n".join(parts)


class LessonScreen(Screen):
    name = "lesson"

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        self.text = SafeTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Lesson text"))
        layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.back = make_button(self.tr("Back"))
        self.back.clicked.connect(self.controller.back)
        self.practice = make_button(self.tr("Practise this topic"), primary=True)
        self.practice.clicked.connect(self._practice)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.practice)
        layout.addLayout(buttons)
        self.topic: tuple[int, str] | None = None

    def enter(self, **params: Any) -> None:
        from civicquiz.services import progress
        from civicquiz.services.progress import Lesson

        topic_id = int(params["topic_id"])

        def show(lesson: Lesson) -> None:
            self.topic = (topic_id, lesson.title)
            self.text.setHtml(
                lesson_html(lesson.title, lesson.intro, lesson.paragraphs, self.tr("Sources"))
            )
            self.text.setFocus()

        self.controller.ops.query(lambda db: progress.lesson(db, topic_id), show)

    def _practice(self) -> None:
        if self.topic:
            self.controller.start_quiz(topic_ids=[self.topic[0]], title=self.topic[1])

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


def glossary_html(title: str, intro: str, entries: list[Any], latin_label: str) -> str:
    """The glossary as a definition list: the term in the content language, the other two
    languages and the Latin transliteration, then the note."""
    parts = [f"<h1>{html.escape(title)}</h1>", f"<p><i>{html.escape(intro)}</i></p>", "<dl>"]
    for entry in entries:
        forms = " · ".join(html.escape(o) for o in entry.others)
        parts.append(
            f"<dt><b>{html.escape(entry.term)}</b> — {forms}"
            f" · {html.escape(latin_label)}: <i>{html.escape(entry.latin)}</i></dt>"
            f"<dd>{html.escape(entry.note)}</dd>"
        )
    parts.append("</dl>")
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
        self.glossary = make_button(self.tr("Glossary"))
        self.glossary.setCheckable(True)
        self.glossary.setToolTip(self.tr("Key terms in Kazakh, Russian and English"))
        self.glossary.toggled.connect(self._toggle_glossary)
        self.practice = make_button(self.tr("Practise this topic"), primary=True)
        self.practice.clicked.connect(self._practice)
        buttons.addWidget(self.back)
        buttons.addWidget(self.glossary)
        buttons.addStretch(1)
        buttons.addWidget(self.practice)
        layout.addLayout(buttons)
        self.topic: tuple[int, str] | None = None
        self.lesson = ""

    def enter(self, **params: Any) -> None:
        from civicquiz.services import progress
        from civicquiz.services.progress import Lesson

        topic_id = int(params["topic_id"])
        language = self.controller.content_language

        def show(lesson: Lesson) -> None:
            self.topic = (topic_id, lesson.title)
            self.lesson = lesson_html(
                lesson.title, lesson.intro, lesson.paragraphs, self.tr("Sources")
            )
            self.glossary.setChecked(bool(params.get("glossary")))
            self._toggle_glossary(self.glossary.isChecked())
            self.text.setFocus()

        self.controller.ops.query(lambda db: progress.lesson(db, topic_id, language), show)

    def _toggle_glossary(self, shown: bool) -> None:
        """The glossary in place of the lesson, in the content language; again to go back."""
        from civicquiz.core.content import glossary
        from civicquiz.gui.i18n import sorted_by_name

        if not shown:
            self.glossary.setText(self.tr("Glossary"))
            self.text.setHtml(self.lesson)
            self.text.setAccessibleName(self.tr("Lesson text"))
            return
        language = self.controller.content_language
        entries = sorted_by_name(glossary(language), lambda e: e.term, language)
        self.glossary.setText(self.tr("Back to the lesson"))
        self.text.setAccessibleName(self.tr("Glossary"))
        self.text.setHtml(
            glossary_html(
                self.tr("Glossary"),
                self.tr("The key terms of the reform in Kazakh, Russian and English."),
                entries,
                self.tr("Latin"),
            )
        )

    def _practice(self) -> None:
        if self.topic:
            self.controller.start_quiz(topic_ids=[self.topic[0]], title=self.topic[1])

"""The main window: topics of the enabled banks and each topic's lesson.

The window paints first and opens the database on a worker thread; the result is handed
back to the GUI thread through a signal.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStatusBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from civicquiz import APP_NAME


@dataclass
class TopicView:
    key: str
    title: str
    intro: str
    lesson: list[dict[str, Any]]
    questions: int


@dataclass
class HomeData:
    bank_title: str = ""
    total_questions: int = 0
    topics: list[TopicView] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def load_home_data(data_dir: str | None) -> HomeData:
    """Open the app data and read what the home screen shows (runs on the worker)."""
    from sqlalchemy import func
    from sqlmodel import select

    from civicquiz.core.db import session_scope
    from civicquiz.core.models import Bank, Question, Topic
    from civicquiz.services import open_app_data

    data = open_app_data(data_dir)
    home = HomeData(notices=data.notices)
    with session_scope(data.engine) as session:
        banks = session.exec(select(Bank).where(Bank.enabled == True)).all()  # noqa: E712
        home.bank_title = ", ".join(b.title for b in banks)
        counts = dict(
            session.exec(
                select(Question.topic_id, func.count())
                .where(Question.retired == False)  # noqa: E712
                .group_by(Question.topic_id)
            ).all()
        )
        for bank in banks:
            topics = session.exec(
                select(Topic).where(Topic.bank_id == bank.id).order_by(Topic.position)
            ).all()  # type: ignore[arg-type]
            for topic in topics:
                home.topics.append(
                    TopicView(
                        topic.key,
                        topic.title,
                        topic.intro,
                        topic.lesson,
                        int(counts.get(topic.id, 0)),
                    )
                )
        home.total_questions = sum(t.questions for t in home.topics)
    data.engine.dispose()
    return home


class _Loader(QObject):
    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, data_dir: str | None) -> None:
        super().__init__()
        self.data_dir = data_dir

    def run(self) -> None:
        from civicquiz.core.db import DatabaseError

        try:
            self.loaded.emit(load_home_data(self.data_dir))
        except DatabaseError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # shown to the user rather than lost on a thread
            self.failed.emit(f"{type(exc).__name__}: {exc}")


def lesson_html(topic: TopicView) -> str:
    parts = [f"<h1>{html.escape(topic.title)}</h1>"]
    if topic.intro:
        parts.append(f"<p><i>{html.escape(topic.intro)}</i></p>")
    for number, paragraph in enumerate(topic.lesson, start=1):
        citation = (paragraph.get("citation") or {}).get("text", "")
        parts.append(
            f"<p>{html.escape(paragraph['text'])}"
            f" <span style='color:#5a6270; font-size:small'>[{number}] {html.escape(citation)}</span></p>"
        )
    parts.append(
        f"<p style='color:#5a6270'>{topic.questions} practice questions on this topic.</p>"
    )
    return "\n".join(parts)


class MainWindow(QMainWindow):
    def __init__(self, data_dir: str | None = None) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.home: HomeData | None = None
        self._thread: QThread | None = None
        self._loader: _Loader | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)

        self.topics = QListWidget()
        self.topics.setAccessibleName("Topics")
        self.topics.setMinimumWidth(320)
        self.topics.setWordWrap(True)
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.topics.setSpacing(2)
        self.topics.currentRowChanged.connect(self._show_topic)
        self.lesson = QTextBrowser()
        self.lesson.setAccessibleName("Lesson")
        self.lesson.setOpenLinks(False)
        self.lesson.setHtml("<p>Loading the question bank…</p>")

        self.heading = QLabel(f"<b style='font-size:18pt'>{APP_NAME}</b>")
        self.subheading = QLabel("Loading…")
        self.subheading.setAccessibleName("Bank summary")
        header = QVBoxLayout()
        header.addWidget(self.heading)
        header.addWidget(self.subheading)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.topics)
        splitter.addWidget(self.lesson)
        splitter.setStretchFactor(1, 1)

        body = QWidget()
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        top.addLayout(header)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(body)
        self.setStatusBar(QStatusBar())

        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu("&File").addAction(quit_action)

    # -- loading -------------------------------------------------------------------------
    def start_loading(self) -> None:
        self.statusBar().showMessage("Opening your progress database…")
        thread = QThread(self)
        loader = _Loader(self.data_dir)
        loader.moveToThread(thread)
        thread.started.connect(loader.run)
        loader.loaded.connect(self._on_loaded)
        loader.failed.connect(self._on_failed)
        loader.loaded.connect(thread.quit)
        loader.failed.connect(thread.quit)
        self._thread, self._loader = thread, loader
        thread.start()

    def wait_loaded(self, timeout_ms: int = 30_000) -> bool:
        return self._thread.wait(timeout_ms) if self._thread else True

    def _on_loaded(self, home: HomeData) -> None:
        self.home = home
        self.subheading.setText(
            f"{home.bank_title} · {len(home.topics)} topics · {home.total_questions} questions"
        )
        self.topics.clear()
        for topic in home.topics:
            item = QListWidgetItem(f"{topic.title}  ({topic.questions})")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{topic.title}, {topic.questions} questions"
            )
            self.topics.addItem(item)
        if home.topics:
            self.topics.setCurrentRow(0)
        self.topics.setFocus()
        self.statusBar().showMessage("Ready", 3000)
        for notice in home.notices:
            QMessageBox.warning(self, APP_NAME, notice)

    def _on_failed(self, message: str) -> None:
        self.statusBar().showMessage("Could not open the database")
        self.lesson.setHtml(f"<h2>Could not open your data</h2><p>{html.escape(message)}</p>")
        QMessageBox.critical(self, APP_NAME, message)

    def _show_topic(self, row: int) -> None:
        if self.home and 0 <= row < len(self.home.topics):
            self.lesson.setHtml(lesson_html(self.home.topics[row]))

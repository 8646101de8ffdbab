"""The teacher's Classroom tab: the server this computer uses, results files (export, and
merge several at once, e.g. from a USB stick), and the live class view (who is working now,
on what, answers in the last minutes), refreshed in the background every few seconds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civicquiz.gui.screens.base import make_button, make_label
from civicquiz.gui.tables import DataTable

if TYPE_CHECKING:
    from civicquiz.gui.router import AppController

RESULTS_FILTER = "CivicQuiz results (*.json);;All files (*)"
LIVE_MINUTES = 10
LIVE_REFRESH_MS = 5_000


class ClassroomTab(QWidget):
    def __init__(self, controller: AppController) -> None:
        super().__init__()
        self.controller = controller
        layout = QVBoxLayout(self)

        layout.addWidget(make_label(self.tr("Working now"), "heading"))
        self.live_note = make_label(
            self.tr("Learners who answered in the last %n minute(s).", "", LIVE_MINUTES),
            "muted",
        )
        layout.addWidget(self.live_note)
        self.live = DataTable(
            [
                self.tr("Learner"),
                self.tr("Computer"),
                self.tr("Quiz"),
                self.tr("Progress"),
                self.tr("Answers"),
                self.tr("Right"),
                self.tr("Last answer"),
            ],
            self.tr("Working now"),
        )
        layout.addWidget(self.live, 1)
        self.live_rows: list[Any] = []
        self._live_busy = False
        self.live_timer = QTimer(self)
        self.live_timer.setInterval(LIVE_REFRESH_MS)
        self.live_timer.timeout.connect(self.refresh_live)

        layout.addWidget(make_label(self.tr("Results files"), "heading"))
        layout.addWidget(
            make_label(
                self.tr(
                    "A computer without the server saves its results to a file; merge the files "
                    "here. Each answer is added once, however often a file is merged."
                ),
                "muted",
            )
        )
        files = QHBoxLayout()
        self.export_button = make_button(self.tr("Save this computer's results…"))
        self.export_button.clicked.connect(self.choose_export)
        self.merge_button = make_button(self.tr("Merge results files…"))
        self.merge_button.clicked.connect(self.choose_merge)
        files.addWidget(self.export_button)
        files.addWidget(self.merge_button)
        files.addStretch(1)
        layout.addLayout(files)
        self.files_message = make_label("", "muted")
        self.files_message.setAccessibleName(self.tr("Results files"))
        layout.addWidget(self.files_message)

        layout.addWidget(make_label(self.tr("Classes"), "heading"))
        classes_row = QHBoxLayout()
        self.class_list = QListWidget()
        self.class_list.setAccessibleName(self.tr("Classes"))
        self.class_list.setMaximumHeight(90)
        classes_row.addWidget(self.class_list, 1)
        self.class_field = QLineEdit()
        self.class_field.setPlaceholderText(self.tr("New class, e.g. 7A"))
        self.class_field.setAccessibleName(self.tr("Name of the new class"))
        self.class_field.returnPressed.connect(self.add_class)
        classes_row.addWidget(self.class_field)
        self.add_class_button = make_button(self.tr("Add class"))
        self.add_class_button.clicked.connect(self.add_class)
        self.delete_class_button = make_button(self.tr("Delete class"))
        self.delete_class_button.clicked.connect(self.delete_class)
        classes_row.addWidget(self.add_class_button)
        classes_row.addWidget(self.delete_class_button)
        layout.addLayout(classes_row)
        roster_row = QHBoxLayout()
        self.roster = QListWidget()
        self.roster.setAccessibleName(self.tr("Learners and their classes"))
        self.roster.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.roster.setMaximumHeight(120)
        roster_row.addWidget(self.roster, 1)
        move_column = QVBoxLayout()
        move_column.addWidget(make_label(self.tr("Move the selected learners to:"), wrap=False))
        self.move_to = QComboBox()
        self.move_to.setAccessibleName(self.tr("Move the selected learners to"))
        move_column.addWidget(self.move_to)
        self.move_button = make_button(self.tr("Move"))
        self.move_button.clicked.connect(self.move_learners)
        move_column.addWidget(self.move_button)
        move_column.addStretch(1)
        roster_row.addLayout(move_column)
        layout.addLayout(roster_row)
        self.classes_message = make_label(
            self.tr(
                "Select learners (Ctrl or Shift for several) and a class, then Move. On each "
                "computer the class is picked once (on the profiles screen): it then lists that "
                "class's learners, and learners added there join it. A learner changes their "
                "own class in Settings."
            ),
            "muted",
        )
        layout.addWidget(self.classes_message)

        layout.addWidget(make_label(self.tr("Server"), "heading"))
        form = QFormLayout()
        self.current_database = make_label("", "muted")
        form.addRow(self.tr("This computer uses:"), self.current_database)
        self.server_field = QLineEdit()
        self.server_field.setPlaceholderText("postgresql+psycopg://seat@school-server/civicquiz")
        self.server_field.setAccessibleName(self.tr("Server address"))
        form.addRow(self.tr("Server address:"), self.server_field)
        layout.addLayout(form)
        server_row = QHBoxLayout()
        self.use_server_button = make_button(self.tr("Use this server"))
        self.use_server_button.clicked.connect(self.use_server)
        self.use_local_button = make_button(self.tr("Use this computer's own database"))
        self.use_local_button.clicked.connect(lambda: self.save_server(None))
        server_row.addWidget(self.use_server_button)
        server_row.addWidget(self.use_local_button)
        server_row.addStretch(1)
        layout.addLayout(server_row)
        self.server_message = make_label("", "muted")
        self.server_message.setAccessibleName(self.tr("Server"))
        layout.addWidget(self.server_message)

    # -- shown and hidden ---------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.show_server()
        self.load_classes()
        self.refresh_live()
        self.live_timer.start()

    def hideEvent(self, event: Any) -> None:
        self.live_timer.stop()
        super().hideEvent(event)

    # -- the live view ------------------------------------------------------------------
    def refresh_live(self) -> None:
        """Read the recent answers on the worker thread; the window never waits."""
        if self._live_busy or self.controller.engine is None:
            return
        from civicquiz.services import results

        self._live_busy = True

        def done(rows: Any) -> None:
            self._live_busy = False
            self.show_live(rows)

        def failed(_error: BaseException, _trace: str) -> None:
            self._live_busy = False
            self.live_note.setText(self.tr("The server cannot be reached just now."))

        self.controller.ops.query(lambda db: results.live_activity(db, LIVE_MINUTES), done, failed)

    def show_live(self, rows: list[Any]) -> None:
        self.live_rows = rows
        self.live.set_rows(
            [
                [
                    r.learner,
                    (r.computer if len(r.computer) <= 20 else r.computer[:8]) or "—",
                    r.quiz,
                    f"{r.quiz_answered}/{r.quiz_asked}",
                    r.answered,
                    r.correct,
                    r.last_answer.astimezone().strftime("%H:%M:%S"),
                ]
                for r in rows
            ]
        )
        self.live_note.setText(
            self.tr("%n learner(s) answered in the last {m} minutes.", "", len(rows)).format(
                m=LIVE_MINUTES
            )
        )

    # -- results files ------------------------------------------------------------------
    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save this computer's results"),
            str(Path.home() / f"civicquiz-results-{self.controller.computer_id()[:8]}.json"),
            RESULTS_FILTER,
        )
        if path:
            self.export_results(Path(path))

    def export_results(self, path: Path) -> None:
        from civicquiz.services import results

        computer_id = self.controller.computer_id()

        def done(counts: dict[str, int]) -> None:
            saved = ", ".join(
                (
                    self.tr("%n learner(s)", "", counts["learners"]),
                    self.tr("%n quiz(zes)", "", counts["attempts"]),
                    self.tr("%n answer(s)", "", counts["answers"]),
                )
            )
            self.files_message.setText(
                self.tr("Saved {path}: {saved}.").format(path=path, saved=saved)
            )

        self.controller.ops.collection(
            lambda db: results.export_results(db, path, computer_id), done
        )

    def choose_merge(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Merge results files"), str(Path.home()), RESULTS_FILTER
        )
        if paths:
            self.merge_files([Path(p) for p in paths])

    def merge_files(self, paths: list[Path]) -> None:
        from civicquiz.core.results_file import ResultsFileError
        from civicquiz.services import results

        def refused(error: BaseException, trace: str) -> None:
            if not isinstance(error, ResultsFileError):
                self.controller.show_error(error, trace)
                return
            self.files_message.setText(
                self.tr("Nothing was merged: {problem}").format(problem=error)
            )

        def done(outcome: Any) -> None:
            added, already = outcome.added, outcome.already
            text = self.tr(
                "Merged {files} files: added {a} answers in {q} quizzes and {l} new learners; "
                "{d} answers were already there."
            ).format(
                files=len(paths),
                a=added["answers"],
                q=added["quizzes"],
                l=added["learners"],
                d=already["answers"],
            )
            if outcome.left_out:
                text += " " + self.tr("Left out: {n} ({first}).").format(
                    n=len(outcome.left_out), first=outcome.left_out[0]
                )
            self.files_message.setText(text)

        self.controller.ops.collection(lambda db: results.merge_results(db, paths), done, refused)

    # -- classes ----------------------------------------------------------------------------
    def load_classes(self) -> None:
        from civicquiz.services import classes

        self.controller.ops.query(classes.classes_and_roster, self._show_classes)

    def _show_classes(
        self, loaded: tuple[list[tuple[int, str]], list[tuple[int, str, int | None]]]
    ) -> None:
        classes, roster = loaded
        self.class_list.clear()
        for class_id, name in classes:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, class_id)
            self.class_list.addItem(item)
        chosen = self.move_to.currentData() if self.move_to.count() else -1
        self.move_to.clear()
        for class_id, name in classes:
            self.move_to.addItem(name, class_id)
        self.move_to.addItem(self.tr("No class"), None)
        self.move_to.setCurrentIndex(max(0, self.move_to.findData(chosen)))
        names = dict(classes)
        selected = {i.data(Qt.ItemDataRole.UserRole) for i in self.roster.selectedItems()}
        self.roster.clear()
        for learner_id, name, in_class in roster:
            where = names.get(in_class) if in_class is not None else None
            item = QListWidgetItem(
                self.tr("{name} (class {cls})").format(name=name, cls=where)
                if where
                else self.tr("{name} (no class)").format(name=name)
            )
            item.setData(Qt.ItemDataRole.UserRole, learner_id)
            self.roster.addItem(item)
            item.setSelected(learner_id in selected)

    def move_learners(self) -> None:
        """The teacher moves the selected learners into the chosen class (or out of any)."""
        from civicquiz.services import classes

        learners = [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.roster.selectedItems()]
        if not learners:
            self.classes_message.setText(self.tr("Select one or more learners first."))
            return
        class_id = self.move_to.currentData()
        target = self.move_to.currentText()

        def done(moved: int) -> None:
            self.classes_message.setText(
                self.tr("%n learner(s) moved to {target}.", "", moved).format(target=target)
                if class_id is not None
                else self.tr("%n learner(s) taken out of their class.", "", moved)
            )
            self.load_classes()

        def refused(error: BaseException, _trace: str) -> None:
            self.classes_message.setText(str(error))
            self.load_classes()

        self.controller.ops.collection(
            lambda db: classes.move_learners(db, learners, class_id), done, refused
        )

    def add_class(self) -> None:
        from civicquiz.services import classes

        name = self.class_field.text()

        def done(_: object) -> None:
            self.class_field.clear()
            self.load_classes()

        def refused(error: BaseException, _trace: str) -> None:
            self.classes_message.setText(str(error))

        self.controller.ops.collection(lambda db: classes.create_class(db, name), done, refused)

    def delete_class(self) -> None:
        from civicquiz.services import classes

        item = self.class_list.currentItem()
        if item is None:
            return
        class_id = int(item.data(Qt.ItemDataRole.UserRole))

        self.controller.ops.collection(
            lambda db: classes.delete_class(db, class_id), lambda _: self.load_classes()
        )

    # -- the server -----------------------------------------------------------------------
    def show_server(self) -> None:
        from civicquiz import computer, paths

        here = self.controller.here()
        url = paths.database_url(here)
        self.current_database.setText(computer.mask_url(url))
        stored = computer.server_url(here)
        if stored and not self.server_field.text():
            self.server_field.setText(stored)

    def use_server(self) -> None:
        url = self.server_field.text().strip()
        if not url.startswith("postgresql"):
            self.server_message.setText(
                self.tr("A server address starts with postgresql+psycopg://")
            )
            return
        self.save_server(url)

    def save_server(self, url: str | None) -> None:
        from civicquiz import computer

        try:
            stored = computer.set_server_url(self.controller.here(), url)
        except Exception as exc:  # a malformed address: say so, store nothing
            self.server_message.setText(self.tr("That address cannot be read: {e}").format(e=exc))
            return
        self.server_field.setText(stored or "")
        self.server_message.setText(
            self.tr("Saved for this computer. Start CivicQuiz again to use it.")
            + (
                " " + self.tr("The password is kept in a private password file.")
                if url and stored != url
                else ""
            )
        )
        self.show_server()

"""Teacher mode, behind a PIN: question banks (import with a preview, enable, export,
delete), exams (build, open, close) and class results (learners, quizzes, item analysis,
CSV export). Leaving the screen locks it again."""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from civicquiz.formats.csv_bank import COLUMN_ROLES, csv_header
from civicquiz.gui import core_text
from civicquiz.gui.screens.base import Screen, confirm, make_button, make_label
from civicquiz.gui.tables import DataTable
from civicquiz.gui.widgets.charts import BarChart
from civicquiz.gui.widgets.safe_text import SafeTextBrowser
from civicquiz.services.changes import Changes

if TYPE_CHECKING:
    from civicquiz.gui.router import AppController
    from civicquiz.services.library import ImportPreview

PREVIEW_LISTED = 500  # questions listed by name in the import preview


def _question_list(questions: list[Any], heading: str, more: str) -> str:
    """Each question of an import, before it is written: its line, type and text."""
    from civicquiz.core.bank import TYPE_LABELS
    from civicquiz.core.html_clean import html_to_text

    items = []
    for q in questions[:PREVIEW_LISTED]:
        stem = html_to_text(q.stem) if q.stem_format == "html" else q.stem
        stem = " ".join(stem.split())
        stem = stem if len(stem) <= 120 else stem[:119] + "…"
        items.append(
            f"<li>{html.escape(f'line {q.line or 1}: {TYPE_LABELS[q.qtype]}: {stem}')}</li>"
        )
    rest = len(questions) - PREVIEW_LISTED
    tail = f"<p>{html.escape(more.format(n=rest))}</p>" if rest > 0 else ""
    return f"<p>{html.escape(heading)}</p><ol>{''.join(items)}</ol>{tail}"


def import_filter() -> str:
    """The import dialog's filters, one per format, from the formats' own registry."""
    from civicquiz.formats.registry import file_dialog_filters

    return ";;".join(file_dialog_filters())


def _table(headers: list[str], name: str) -> DataTable:
    return DataTable(headers, name)


def _fill(table: DataTable, rows: list[list[Any]], data: list[Any] | None = None) -> None:
    table.set_rows(rows, data)


class ColumnMapDialog(QDialog):
    """Say what each column of a spreadsheet holds, when its header is not recognised."""

    def __init__(self, parent: QWidget, header: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Map columns"))
        layout = QVBoxLayout(self)
        layout.addWidget(make_label(self.tr("What does each column hold?")))
        form = QFormLayout()
        names = {
            "ignore": self.tr("(ignore)"), "question": self.tr("Question"), "option": self.tr("An option"),
            "answer": self.tr("The answer"), "explanation": self.tr("Explanation"), "topic": self.tr("Topic"),
            "type": self.tr("Question type"), "title": self.tr("Title"), "difficulty": self.tr("Difficulty"),
        }  # fmt: skip
        self.boxes: list[QComboBox] = []
        for index, name in enumerate(header):
            box = QComboBox()
            for role in COLUMN_ROLES:
                box.addItem(names[role], role)
            box.setAccessibleName(self.tr("Column {n}: {name}").format(n=index + 1, name=name))
            form.addRow(make_label(f"{index + 1}. {name}"), box)  # the file's text, plain
            self.boxes.append(box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[int, str]:
        return {index: box.currentData() for index, box in enumerate(self.boxes)}


class SupervisorPinDialog(QDialog):
    """Choose the kiosk supervisor's PIN, typed twice: asked on the teacher's screen
    (behind the teacher PIN) before a kiosk is set up, never on the kiosk itself."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervisor PIN"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            make_label(
                self.tr(
                    "A kiosk needs a supervisor PIN: it unlocks the kiosk's settings and the way "
                    "out. Choose 6 to 12 digits and type them twice."
                )
            )
        )
        self.first, self.second = QLineEdit(), QLineEdit()
        for field, name in ((self.first, self.tr("Supervisor PIN")),
                            (self.second, self.tr("Supervisor PIN again"))):  # fmt: skip
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
            field.setAccessibleName(name)
            field.setPlaceholderText(name)
            field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            layout.addWidget(field)
        self.message = make_label("", "muted")
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def check(self) -> None:
        from civicquiz.core.pins import MAX_DIGITS, MIN_DIGITS

        pin = self.first.text()
        if pin != self.second.text():
            self.message.setText(self.tr("The two PINs differ; type them again."))
        elif not pin.isdigit() or not MIN_DIGITS["supervisor"] <= len(pin) <= MAX_DIGITS:
            self.message.setText(self.tr("A supervisor PIN is 6 to 12 digits."))
        else:
            self.accept()
            return
        self.first.clear()
        self.second.clear()
        self.first.setFocus()

    def pin(self) -> str:
        return self.first.text()


class TeacherScreen(Screen):
    name = "teacher"
    shows = Changes.BANKS | Changes.EXAMS | Changes.ATTEMPTS | Changes.LEARNERS | Changes.CLASSES

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 12)
        top = QHBoxLayout()
        top.addWidget(make_label(self.tr("Teacher"), "title"))
        top.addStretch(1)
        self.kiosk_start = QCheckBox(self.tr("Start this computer as a kiosk"))
        self.kiosk_start.setAccessibleName(self.kiosk_start.text())
        self.kiosk_start.setToolTip(
            self.tr("Full screen and locked for visitors from the next start (see docs/kiosk.md)")
        )
        self.kiosk_start.toggled.connect(self.set_kiosk_start)
        self.kiosk_start.hide()
        top.addWidget(self.kiosk_start)
        outer.addLayout(top)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.unlocked = False
        self._build_gate()
        self._build_tabs()
        self.preview: ImportPreview | None = None  # the import waiting for confirmation

    # -- the PIN gate -------------------------------------------------------------------
    def _build_gate(self) -> None:
        gate = QWidget()
        layout = QVBoxLayout(gate)
        self.gate_text = make_label("")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setAccessibleName(self.tr("Teacher PIN"))
        self.pin.setPlaceholderText(self.tr("PIN (4 to 12 digits)"))
        self.pin.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.pin_again = QLineEdit()
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setMaxLength(12)
        self.pin_again.setAccessibleName(self.tr("Teacher PIN again"))
        self.pin_again.setPlaceholderText(self.tr("The same PIN again"))
        self.pin.returnPressed.connect(self.submit_pin)
        self.pin_again.returnPressed.connect(self.submit_pin)
        self.pin_button = make_button(self.tr("Unlock"), primary=True)
        self.pin_button.clicked.connect(self.submit_pin)
        self.gate_message = make_label("", "muted")
        self.gate_message.setAccessibleDescription(self.tr("Message"))
        for widget in (
            self.gate_text,
            self.pin,
            self.pin_again,
            self.pin_button,
            self.gate_message,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.pages.addWidget(gate)
        self.creating = False

    def enter(self, **params: Any) -> None:
        from civicquiz.services import settings

        self.unlocked = False
        self.pages.setCurrentIndex(0)
        self.pin.clear()
        self.pin_again.clear()
        self.gate_message.clear()

        def show(exists: bool) -> None:
            self.creating = not exists
            self.pin_again.setVisible(self.creating)
            self.gate_text.setText(
                self.tr(
                    "Choose a PIN for the teacher's screens. Learners will not be able to open them."
                )
                if self.creating
                else self.tr("Enter the teacher PIN.")
            )
            self.pin_button.setText(self.tr("Set PIN") if self.creating else self.tr("Unlock"))
            self.pin_button.setAccessibleName(self.pin_button.text())
            self.pin.setFocus()

        self.controller.ops.query(settings.has_pin, show)

    def submit_pin(self) -> None:
        from civicquiz.gui.widgets.pin import PinEntry

        pin, again = self.pin.text(), self.pin_again.text()
        self.pin.clear()
        self.pin_again.clear()
        if self.creating and pin != again:
            self.gate_message.setText(self.tr("The two PINs differ; type them again."))
            return
        PinEntry(self.controller, "teacher").submit(
            pin, creating=self.creating, unlocked=self.unlock, say=self.gate_message.setText
        )

    def unlock(self) -> None:
        self.unlocked = True
        self.pages.setCurrentIndex(1)
        self.kiosk_start.blockSignals(True)
        self.kiosk_start.setChecked(
            bool(self.controller.kiosk_settings and self.controller.kiosk_settings.enabled)
        )
        self.kiosk_start.blockSignals(False)
        self.kiosk_start.show()
        self.refresh()

    def set_kiosk_start(self, enabled: bool) -> None:
        from civicquiz.services import settings

        if not enabled:
            self._save_kiosk_start(False)
            return

        def asked(exists: bool) -> None:
            if exists:
                self._save_kiosk_start(True)
                return
            dialog = SupervisorPinDialog(self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._save_kiosk_start(True, supervisor_pin=dialog.pin())
            else:  # no kiosk without a way for its supervisor to get out
                self.kiosk_start.blockSignals(True)
                self.kiosk_start.setChecked(False)
                self.kiosk_start.blockSignals(False)

        self.controller.ops.query(lambda db: settings.has_pin(db, role="supervisor"), asked)

    def _save_kiosk_start(self, enabled: bool, supervisor_pin: str | None = None) -> None:
        from civicquiz.services import settings as service

        here = self.controller.here()

        def done(settings: Any) -> None:
            self.controller.save_kiosk_settings(settings)
            self.controller.status(
                self.tr("The next start opens the kiosk.")
                if enabled
                else self.tr("The next start opens normally."),
                8000,
            )

        self.controller.ops.collection(
            lambda db: service.set_kiosk_start(db, here, enabled, supervisor_pin), done
        )

    def leave(self) -> bool:
        self.unlocked = False
        self.pages.setCurrentIndex(0)
        self.kiosk_start.hide()
        return True

    # -- the three tabs -----------------------------------------------------------------
    def _build_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Teacher sections"))
        self.tabs.addTab(self._banks_tab(), self.tr("Question banks"))
        self.tabs.addTab(self._exams_tab(), self.tr("Exams"))
        self.tabs.addTab(self._results_tab(), self.tr("Class results"))
        from civicquiz.gui.screens.classroom import ClassroomTab

        self.classroom = ClassroomTab(self.controller)
        self.tabs.addTab(self.classroom, self.tr("Classroom"))
        self.pages.addWidget(self.tabs)

    def _banks_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.banks = _table([self.tr("Bank"), self.tr("Id"), self.tr("Questions"), self.tr("Enabled"), self.tr("From")],
                            self.tr("Question banks"))  # fmt: skip
        layout.addWidget(self.banks, 1)
        row = QHBoxLayout()
        self.import_button = make_button(self.tr("Import…"), primary=True)
        self.import_button.clicked.connect(self.choose_import)
        self.toggle_button = make_button(self.tr("Enable or disable"))
        self.toggle_button.clicked.connect(self.toggle_bank)
        self.export_format = QComboBox()
        self.export_format.setAccessibleName(self.tr("Export format"))
        from civicquiz.formats.registry import export_choices

        for code, label in export_choices().items():
            self.export_format.addItem(core_text.translate(label), code)
        self.export_button = make_button(self.tr("Export…"))
        self.export_button.clicked.connect(self.choose_export)
        self.delete_button = make_button(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_bank)
        self.print_button = make_button(
            self.tr("Print…"),
            tip=self.tr("A worksheet or exam of this bank as a PDF, with its answer key"),
        )
        self.print_button.clicked.connect(lambda: self.open_print(bank=True))
        for widget in (
            self.import_button,
            self.toggle_button,
            self.export_format,
            self.export_button,
            self.print_button,
            self.delete_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.preview_text = SafeTextBrowser()
        self.preview_text.setAccessibleName(self.tr("Import preview"))
        self.preview_text.setMaximumHeight(220)
        self.preview_text.hide()
        layout.addWidget(self.preview_text)
        confirm = QHBoxLayout()
        self.skip_invalid = QCheckBox(
            self.tr("Import the valid questions and skip the invalid ones")
        )
        self.skip_invalid.setAccessibleName(self.skip_invalid.text())
        self.skip_invalid.toggled.connect(
            lambda _: self.preview_file(self.preview.path) if self.preview else None
        )
        self.confirm_button = make_button(self.tr("Import these questions"), primary=True)
        self.confirm_button.clicked.connect(self.confirm_import)
        self.cancel_button = make_button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_import)
        self.map_button = make_button(self.tr("Map columns…"))
        self.map_button.clicked.connect(self.map_columns)
        controls: tuple[QWidget, ...] = (
            self.skip_invalid,
            self.map_button,
            self.confirm_button,
            self.cancel_button,
        )
        for control in controls:
            confirm.addWidget(control)
            control.hide()
        confirm.addStretch(1)
        layout.addLayout(confirm)
        return tab

    def _exams_tab(self) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        left = QVBoxLayout()
        self.exams = _table([self.tr("Exam"), self.tr("Questions"), self.tr("Minutes"), self.tr("Pass mark"), self.tr("Open")],
                            self.tr("Exams"))  # fmt: skip
        left.addWidget(self.exams, 1)
        self.open_button = make_button(self.tr("Open or close"))
        self.open_button.clicked.connect(self.toggle_exam)
        self.print_exam_button = make_button(
            self.tr("Print…"), tip=self.tr("This exam on paper as a PDF, with its answer key")
        )
        self.print_exam_button.clicked.connect(lambda: self.open_print(bank=False))
        exam_buttons = QHBoxLayout()
        exam_buttons.addWidget(self.open_button)
        exam_buttons.addWidget(self.print_exam_button)
        exam_buttons.addStretch(1)
        left.addLayout(exam_buttons)
        layout.addLayout(left, 3)
        form_host = QWidget()
        form = QFormLayout(form_host)
        self.exam_title = QLineEdit()
        self.exam_title.setAccessibleName(self.tr("Exam title"))
        self.exam_banks = QListWidget()
        self.exam_banks.setAccessibleName(self.tr("Banks in the exam"))
        self.exam_banks.setMaximumHeight(110)
        self.exam_topics = QListWidget()
        self.exam_topics.setAccessibleName(self.tr("Topics in the exam"))
        self.exam_size = QSpinBox()
        self.exam_size.setRange(1, 200)
        self.exam_size.setValue(20)
        self.exam_size.setAccessibleName(self.tr("Number of questions"))
        self.exam_minutes = QSpinBox()
        self.exam_minutes.setRange(0, 300)
        self.exam_minutes.setValue(20)
        self.exam_minutes.setSpecialValueText(self.tr("no limit"))
        self.exam_minutes.setAccessibleName(self.tr("Time limit in minutes"))
        self.exam_shuffle = QCheckBox(self.tr("Shuffle the questions"))
        self.exam_shuffle.setChecked(True)
        self.exam_shuffle.setAccessibleName(self.exam_shuffle.text())
        self.exam_pass = QSpinBox()
        self.exam_pass.setRange(0, 100)
        self.exam_pass.setValue(60)
        self.exam_pass.setSuffix("%")
        self.exam_pass.setAccessibleName(self.tr("Pass mark"))
        self.create_exam_button = make_button(self.tr("Create exam"), primary=True)
        self.create_exam_button.clicked.connect(self.create_exam)
        self.exam_message = make_label("", "muted")
        form.addRow(self.tr("Title"), self.exam_title)
        form.addRow(self.tr("Banks (none ticked: all)"), self.exam_banks)
        form.addRow(self.tr("Topics (none ticked: all)"), self.exam_topics)
        form.addRow(self.tr("Questions"), self.exam_size)
        form.addRow(self.tr("Time limit"), self.exam_minutes)
        form.addRow("", self.exam_shuffle)
        form.addRow(self.tr("Pass mark"), self.exam_pass)
        form.addRow("", self.create_exam_button)
        form.addRow("", self.exam_message)
        layout.addWidget(form_host, 2)
        return tab

    def _results_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(make_label(self.tr("The class's mastery by topic"), "heading"))
        self.class_chart = BarChart()
        self.class_chart.setAccessibleName(self.tr("The class's mastery by topic"))
        chart_area = QScrollArea()
        chart_area.setWidgetResizable(True)
        chart_area.setFrameShape(QFrame.Shape.NoFrame)
        chart_area.setWidget(self.class_chart)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(chart_area)
        self.result_tabs = QTabWidget()
        self.learners = _table(
            [self.tr("Learner"), self.tr("Quizzes"), self.tr("Answered"), self.tr("Right")],
            self.tr("Learners"),
        )
        self.attempts = _table([self.tr("Learner"), self.tr("Quiz"), self.tr("Started"), self.tr("Answered"), self.tr("Score"), self.tr("Result")],
                               self.tr("Quizzes"))  # fmt: skip
        self.items = _table([self.tr("Question"), self.tr("Answers"), self.tr("Facility"), self.tr("Discrimination"), self.tr("Options chosen")],
                            self.tr("Item analysis"))  # fmt: skip
        self.result_tabs.addTab(self.learners, self.tr("Learners"))
        self.result_tabs.addTab(self.attempts, self.tr("Quizzes"))
        self.result_tabs.addTab(self.items, self.tr("Item analysis"))
        splitter.addWidget(self.result_tabs)
        splitter.setSizes([300, 300])
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.export_results_button = make_button(self.tr("Export quizzes as CSV…"))
        self.export_results_button.clicked.connect(lambda: self.choose_csv(items=False))
        self.export_items_button = make_button(self.tr("Export item analysis as CSV…"))
        self.export_items_button.clicked.connect(lambda: self.choose_csv(items=True))
        row.addWidget(self.export_results_button)
        row.addWidget(self.export_items_button)
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    # -- loading ------------------------------------------------------------------------
    def data_changed(self, changes: Changes) -> None:
        if self.unlocked:  # behind the PIN gate nothing is shown yet
            self.refresh()

    def refresh(self) -> None:
        from civicquiz.services import library

        self.controller.ops.query(library.teacher_overview, self._show)

    def _show(self, data: dict[str, Any]) -> None:
        from civicquiz.core.content import bank_title, builtin_stem, builtin_topic_title
        from civicquiz.gui.i18n import sorted_by_name

        # The built-in bank's titles, topics and stems in the content language.
        language = self.controller.content_language
        data["banks"] = [(b[0], bank_title(b[1], language), *b[2:]) for b in data["banks"]]
        data["topics"] = [(i, builtin_topic_title(t, language)) for i, t in data["topics"]]
        data["mastery"] = {builtin_topic_title(t, language): v for t, v in data["mastery"].items()}
        data["items"] = [
            dataclasses.replace(i, stem=builtin_stem(i.stem, language)) for i in data["items"]
        ]
        # Banks and learners in the alphabetical order of the interface language (ICU).
        data["banks"] = sorted_by_name(data["banks"], lambda b: str(b[1]))
        data["learners"] = sorted_by_name(data["learners"], lambda s: str(s.name))
        self.data = data
        _fill(self.banks, [[title, key, n, self.tr("yes") if on else self.tr("no"), origin]
                           for _, title, key, n, on, origin in data["banks"]], [b[0] for b in data["banks"]])  # fmt: skip
        _fill(self.exams, [[e.title, e.size, (e.time_limit_s or 0) // 60 or "—", f"{e.pass_mark}%",
                            self.tr("yes") if e.id in data["open"] else self.tr("no")] for e in data["exams"]],
              [e.id for e in data["exams"]])  # fmt: skip
        for widget, entries in (
            (self.exam_banks, [(b[0], b[1]) for b in data["banks"] if b[4]]),
            (self.exam_topics, data["topics"]),
        ):
            widget.clear()
            for entry_id, title in entries:
                item = QListWidgetItem(title)
                item.setData(Qt.ItemDataRole.UserRole, entry_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(item)
        self.class_chart.set_bars(sorted(data["mastery"].items()))
        _fill(
            self.learners,
            [
                [s.name, s.quizzes, s.answered, f"{round(s.accuracy * 100)}%"]
                for s in data["learners"]
            ],
        )
        verdict = {None: "", True: self.tr("passed"), False: self.tr("not passed")}
        _fill(self.attempts, [[r.learner, r.title, r.started, f"{r.answered}/{r.asked}", f"{r.score_percent}%",
                               verdict[r.passed]] for r in data["attempts"]])  # fmt: skip
        _fill(self.items, [[i.stem[:80], i.responses, f"{round(i.facility * 100)}%",
                            "—" if i.discrimination is None else f"{i.discrimination:+.2f}",
                            "; ".join(f"{t[:24]}{'*' if c else ''}: {n}" for _, t, c, n in i.options if n)]
                           for i in data["items"]])  # fmt: skip

    def _selected(self, table: DataTable) -> int | None:
        key = table.selected_key()
        return None if key is None else int(key)

    # -- banks --------------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a question bank"), str(Path.home()), import_filter()
        )
        if path:
            self.preview_file(Path(path))

    def preview_file(self, path: Path, columns: dict[int, str] | None = None) -> None:
        """Read and check the file on the worker; show what would be imported."""
        from civicquiz.services import library

        skip = self.skip_invalid.isChecked()
        columns = columns if columns is not None else getattr(self.preview, "columns", None)

        def show(preview: library.ImportPreview) -> None:
            self.preview = preview
            self.preview_text.show()
            for widget in (self.skip_invalid, self.confirm_button, self.cancel_button):
                widget.show()
            self.map_button.setVisible(path.suffix.lower() in (".csv", ".tsv"))
            result = preview.result
            if result is None:
                self.confirm_button.setEnabled(False)
                heading = self.tr("This file cannot be imported as it is:")
                advice = self.tr(
                    "Nothing has been written. Fix the lines above, or tick the box to import only the valid questions."
                )
                problems = "".join(
                    f"<li>{html.escape(core_text.translate_problem(p))}</li>"
                    for p in preview.problems
                )
                self.preview_text.setHtml(
                    f"<b>{html.escape(heading)}</b><ul>{problems}</ul><p>{html.escape(advice)}</p>"
                )
                return
            self.confirm_button.setEnabled(True)
            count = self.tr(
                "%n question(s) will be imported into “{title}”.", "", len(result.bank.questions)
            ).format(title=result.bank.title)
            details = self.tr("Format: {f}; encoding: {e}.").format(
                f=result.format, e=result.encoding
            )
            left_out = self.tr("Not imported:")
            skipped = "".join(
                f"<li>{html.escape(core_text.translate(f'line {s.line}: {s.reason}'))}</li>"
                for s in result.skipped
            )
            self.preview_text.setHtml(
                f"<p><b>{html.escape(count)}</b><br>{html.escape(details)}</p>"
                + (f"<p>{html.escape(left_out)}</p><ul>{skipped}</ul>" if skipped else "")
                + self._lint_html(preview.lint)
                + _question_list(
                    result.bank.questions, self.tr("The questions:"), self.tr("… and {n} more.")
                )
            )

        self.controller.ops.query(
            lambda _db: library.preview_import(path, skip_invalid=skip, columns=columns), show
        )

    def _lint_html(self, report: Any) -> str:
        """The item-writing check under the import preview (it never blocks an import)."""
        found = report.violations
        heading = (
            self.tr(
                "Item-writing check: %n point(s) to review (see `civicquiz lint`).", "", len(found)
            )
            if found
            else self.tr("Item-writing check: no rule broken.")
        )
        shown = "".join(f"<li>{html.escape(str(v))}</li>" for v in found[:15])
        more = self.tr("… and {n} more.").format(n=len(found) - 15) if len(found) > 15 else ""
        summary = "<br>".join(html.escape(line) for line in report.summary_lines())
        return (
            f"<p><b>{html.escape(heading)}</b></p>"
            + (f"<ul>{shown}</ul><p>{html.escape(more)}</p>" if shown else "")
            + f"<p style='font-size:small'>{summary}</p>"
        )

    def confirm_import(self) -> None:
        from civicquiz.services import library

        preview = self.preview
        if preview is None or preview.result is None:
            return

        def done(summary: Any) -> None:
            self.cancel_import()
            message = self.tr(
                "Imported %n question(s) ({a} new, {u} updated).", "", summary.total
            ).format(a=summary.added, u=summary.updated)
            if summary.renamed_from:
                message += " " + self.tr(
                    "A bank with the id “{old}” already exists and was left as it was; "
                    "this one is “{new}”."
                ).format(old=summary.renamed_from, new=summary.bank_key)
            self.controller.status(message, 15000)  # the lists reload themselves

        self.controller.ops.collection(lambda db: library.import_bank(db, preview), done)

    def cancel_import(self) -> None:
        self.preview = None
        self.preview_text.hide()
        for widget in (self.skip_invalid, self.map_button, self.confirm_button, self.cancel_button):
            widget.hide()

    def map_columns(self) -> None:
        if self.preview is None:
            return
        path = self.preview.path
        from civicquiz.formats.base import decode

        header = csv_header(decode(path.read_bytes())[0])
        dialog = ColumnMapDialog(self, header)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.preview_file(path, columns=dialog.mapping())

    def toggle_bank(self) -> None:
        from civicquiz.services import library

        bank_id = self._selected(self.banks)
        if bank_id is None:
            return
        enabled = next(b[4] for b in self.data["banks"] if b[0] == bank_id)

        self.controller.ops.collection(
            lambda db: library.set_bank_enabled(db, bank_id, not enabled)
        )

    def choose_export(self) -> None:
        bank_id = self._selected(self.banks)
        if bank_id is None:
            return
        key = next(b[2] for b in self.data["banks"] if b[0] == bank_id)
        code = self.export_format.currentData()
        from civicquiz.formats.registry import WRITABLE as EXPORTERS

        suffix = EXPORTERS[code].export_extension
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the bank"), str(Path.home() / f"{key}{suffix}")
        )
        if path:
            self.export_bank(key, code, Path(path))

    def open_print(self, *, bank: bool) -> None:
        """The Print dialog, on the bank (or exam) selected in the table, if any."""
        from civicquiz.gui.screens.print_dialog import PrintDialog
        from civicquiz.services import worksheets

        selected = self._selected(self.banks if bank else self.exams)
        bank_key = (
            next(
                (b[2] for b in getattr(self, "data", {}).get("banks", []) if b[0] == selected), None
            )
            if bank and selected is not None
            else None
        )

        def show(sources: Any) -> None:
            self.print_dialog = PrintDialog(
                self,
                self.controller,
                sources,
                bank_key=bank_key,
                exam_id=None if bank else selected,
            )
            self.print_dialog.open()

        self.controller.ops.query(worksheets.paper_sources, show)

    def export_bank(self, key: str, code: str, path: Path) -> None:
        from civicquiz.formats.exporters import Export
        from civicquiz.services import library

        def done(exported: Export) -> None:
            message = self.tr("Exported %n question(s) to {path}.", "", exported.written).format(
                path=path
            )
            self.controller.status(message, 8000)
            if exported.notes():  # what the format could not hold is said, never dropped silently
                box = QMessageBox(
                    QMessageBox.Icon.Information, self.tr("Export"), message, parent=self
                )
                notes = exported.notes()
                shown = "\n".join(f"• {note}" for note in notes[:5])
                more = self.tr("(and {n} more: Show Details)").format(n=len(notes) - 5)
                box.setInformativeText(
                    self.tr("What this format cannot hold:")
                    + "\n"
                    + shown
                    + ("\n" + more if len(notes) > 5 else "")
                )
                box.setDetailedText("\n".join(exported.notes()))
                box.setObjectName("export-notes")
                box.open()

        self.controller.ops.query(lambda db: library.export_bank(db, key, code, path), done)

    def delete_bank(self) -> None:
        from civicquiz.services import library

        bank_id = self._selected(self.banks)
        if bank_id is None:
            return
        title = next(b[1] for b in self.data["banks"] if b[0] == bank_id)
        if not confirm(
            self,
            self.tr("Delete bank"),
            self.tr(
                "Delete “{title}” with its questions and every answer learners gave to them?"
            ).format(title=title),
        ):
            return

        self.controller.ops.collection(lambda db: library.delete_bank(db, bank_id))

    # -- exams --------------------------------------------------------------------------
    def create_exam(self) -> None:
        from civicquiz.services import exams

        def ticked(widget: QListWidget) -> list[int]:
            return [
                widget.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked
            ]

        banks, topics = ticked(self.exam_banks), ticked(self.exam_topics)
        title, size, minutes = (
            self.exam_title.text(),
            self.exam_size.value(),
            self.exam_minutes.value(),
        )
        shuffle, pass_mark = self.exam_shuffle.isChecked(), self.exam_pass.value()

        def done(_: object) -> None:
            self.exam_title.clear()
            self.exam_message.setText(
                self.tr("The exam is open: learners see it on their home screen.")
            )

        self.controller.ops.collection(
            lambda db: exams.create_exam(db, title=title, size=size, bank_ids=banks,
                                         topic_ids=topics, time_limit_s=minutes * 60 or None,
                                         shuffle=shuffle, pass_mark=pass_mark),
            done,
            lambda error, _t: self.exam_message.setText(str(error)),
        )  # fmt: skip

    def toggle_exam(self) -> None:
        from civicquiz.services import exams

        exam_id = self._selected(self.exams)
        if exam_id is None:
            return
        is_open = exam_id in self.data["open"]

        self.controller.ops.collection(lambda db: exams.set_exam_open(db, exam_id, not is_open))

    # -- results ------------------------------------------------------------------------
    def choose_csv(self, *, items: bool) -> None:
        name = "item-analysis.csv" if items else "class-results.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export as CSV"), str(Path.home() / name), "CSV (*.csv)"
        )
        if path:
            self.export_csv(Path(path), items=items)

    def export_csv(self, path: Path, *, items: bool) -> None:
        from civicquiz.services import results

        def job(db: Any) -> None:
            path.write_text(results.report_csv(db, "items" if items else "attempts"), "utf-8")

        self.controller.ops.query(job, lambda _: self.controller.status(
            self.tr("Saved {path}.").format(path=path), 8000))  # fmt: skip

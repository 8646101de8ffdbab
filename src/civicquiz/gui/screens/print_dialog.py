"""The teacher's Print dialog: a worksheet or exam on paper (PDF), from a bank, a topic of
it or an exam, with its answer key as a second file; A4 or Letter, large print. The
questions are chosen by core.worksheets, the PDF drawn by gui/paper.py."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from civicquiz.gui.screens.base import make_button, make_label

if TYPE_CHECKING:
    from civicquiz.gui.router import AppController


class PrintDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        controller: AppController,
        sources: Any,
        *,
        bank_key: str | None = None,
        exam_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.sources = sources
        self.written: Any = None  # the PaperFiles of the last save
        self.setObjectName("print-dialog")
        self.setWindowTitle(self.tr("Print a worksheet or exam"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            make_label(
                self.tr(
                    "A PDF to print: questions numbered, options lettered, room to write and "
                    "each question's source; the answer key is saved next to it as a "
                    "separate file."
                )
            )
        )
        form = QFormLayout()
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("What to print"))
        for key, title, _topics in sources.banks:
            self.source.addItem(self.tr("Bank: {title}").format(title=title), f"bank:{key}")
        for exam, title, _size in sources.exams:
            self.source.addItem(self.tr("Exam: {title}").format(title=title), f"exam:{exam}")
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Topic"))
        self.count = QSpinBox()
        self.count.setRange(0, 1000)
        self.count.setSpecialValueText(self.tr("all"))
        self.count.setAccessibleName(self.tr("Number of questions"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Heading"))
        self.page = QComboBox()
        self.page.addItem("A4", "a4")  # the same name in every language
        self.page.addItem(self.tr("Letter"), "letter")
        self.page.setAccessibleName(self.tr("Paper size"))
        self.large_print = QCheckBox(self.tr("Large print (16-point type)"))
        self.large_print.setAccessibleName(self.large_print.text())
        form.addRow(self.tr("What to print:"), self.source)
        form.addRow(self.tr("Topic:"), self.topic)
        form.addRow(self.tr("Questions:"), self.count)
        form.addRow(self.tr("Heading:"), self.title)
        form.addRow(self.tr("Paper size:"), self.page)
        form.addRow("", self.large_print)
        layout.addLayout(form)
        self.message = make_label("", "muted")
        self.message.setAccessibleName(self.tr("Print result"))
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = make_button(self.tr("Save PDF…"), primary=True)
        self.save_button.clicked.connect(self.choose_path)
        self.close_button = make_button(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.source.currentIndexChanged.connect(self._source_changed)
        wanted = f"bank:{bank_key}" if bank_key else f"exam:{exam_id}" if exam_id else None
        if wanted is not None:
            found = self.source.findData(wanted)
            if found >= 0:
                self.source.setCurrentIndex(found)
        self._source_changed()
        self.save_button.setDefault(True)
        self.source.setFocus()

    def chosen(self) -> tuple[str, str]:
        """("bank", its key) or ("exam", its number)."""
        kind, _, which = str(self.source.currentData() or "bank:").partition(":")
        return kind, which

    def _source_changed(self) -> None:
        kind, which = self.chosen()
        self.topic.clear()
        self.topic.addItem(self.tr("All topics"), None)
        if kind == "bank":
            for key, _title, topics in self.sources.banks:
                if key == which:
                    for topic_key, topic_title in topics:
                        self.topic.addItem(topic_title, topic_key)
            self.count.setValue(0)
        else:
            size = next((s for e, _t, s in self.sources.exams if str(e) == which), 0)
            self.count.setValue(size)
        self.topic.setEnabled(kind == "bank" and self.topic.count() > 1)
        self.title.setPlaceholderText(self.source.currentText().split(": ", 1)[-1])

    def choose_path(self) -> None:
        suggested = Path.home() / "worksheet.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the worksheet"), str(suggested), self.tr("PDF (*.pdf)")
        )
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        """Choose the questions (on the worker) and draw the two PDFs (here: Qt's fonts
        and text layout belong to this thread)."""
        from civicquiz.gui.paper import PaperOptions, write_paper
        from civicquiz.services import worksheets

        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        kind, which = self.chosen()
        topic = self.topic.currentData()
        count = self.count.value() or None
        title = self.title.text().strip() or None
        page, large = self.page.currentData(), self.large_print.isChecked()
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Writing the PDF…"))

        def job(db: Any) -> Any:
            return worksheets.choose_for_paper(
                db,
                bank_key=which if kind == "bank" else None,
                exam=which if kind == "exam" else None,
                topic=topic,
                count=count,
                title=title,
            )

        def chosen(choice: Any) -> None:
            self.save_button.setEnabled(True)
            options = PaperOptions(title=choice.title, page=page, large_print=large)
            try:
                written = write_paper(choice.bank, choice.questions, path, options)
            except OSError as error:
                self.message.setText(
                    self.tr("The PDF could not be written: {problem}").format(
                        problem=error.strerror or error
                    )
                )
                return
            self.written = written
            self.message.setText(
                self.tr(
                    "Saved {sheet}: {n} questions on {p} pages; the answer key {key} on {k} pages."
                ).format(
                    sheet=written.sheet.name,
                    n=len(choice.questions),
                    p=written.sheet_pages,
                    key=written.key.name,
                    k=written.key_pages,
                )
            )

        def refused(error: BaseException, _trace: str) -> None:
            self.save_button.setEnabled(True)
            from civicquiz.services import user_message

            self.message.setText(
                self.tr("Nothing was printed: {problem}").format(problem=user_message(error))
            )

        self.controller.ops.query(job, chosen, refused)

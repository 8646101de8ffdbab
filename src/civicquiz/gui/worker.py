"""One background thread for database work, as Anki's QueryOp does it.

Jobs run one at a time, in the order given, on a worker thread; each job's result (or
error) is handed back to the GUI thread, where its callback runs. The GUI never waits for
the database, and the database sees one writer.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from civicquiz.services.app_data import is_refusal

Job = Callable[[], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException, str], None]
log = logging.getLogger(__name__)


class _Runner(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object, str)

    @Slot(int, object)
    def run(self, job_id: int, job: Job) -> None:
        try:
            result = job()
        except Exception as exc:  # handed to the GUI thread, never lost on the worker
            trace = traceback.format_exc()
            if is_refusal(exc):  # the app saying no (a PIN too short): not a fault
                log.info("background job %d refused: %s", job_id, exc)
            else:
                log.error("background job %d failed: %s\n%s", job_id, exc, trace)
            self.failed.emit(job_id, exc, trace)
        else:
            self.finished.emit(job_id, result)


class DbWorker(QObject):
    """``submit(job, on_done, on_error)`` runs ``job()`` on the worker thread."""

    _dispatch = Signal(int, object)
    busy_changed = Signal(bool)
    progress = Signal(str, int, int)  # what, done, total: emitted from jobs, shown by the GUI

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("civicquiz-db")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._dispatch.connect(self._runner.run)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self.default_error: Failed | None = None
        app = QCoreApplication.instance()
        if app is not None:  # however the app ends, queued answers are written first
            app.aboutToQuit.connect(self.stop)
        self._thread.start()

    def submit(self, job: Job, on_done: Done | None = None, on_error: Failed | None = None) -> int:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._dispatch.emit(job_id, job)
        return job_id

    def report(self, what: str, done: int, total: int) -> None:
        """Called from a job on the worker thread; delivered to the GUI thread."""
        self.progress.emit(what, done, total)

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def _finish(self, job_id: int) -> tuple[Done | None, Failed | None]:
        callbacks = self._callbacks.pop(job_id, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: Any) -> None:
        on_done, _ = self._finish(job_id)
        if on_done:
            on_done(result)

    @Slot(int, object, str)
    def _on_failed(self, job_id: int, error: BaseException, trace: str) -> None:
        _, on_error = self._finish(job_id)
        handler = on_error or self.default_error
        if handler:
            handler(error, trace)

    def stop(self, timeout_ms: int = 10_000) -> None:
        """Let queued jobs finish (answers must reach the database), then end the thread."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait(timeout_ms)

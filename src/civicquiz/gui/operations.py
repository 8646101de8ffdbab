"""Operations: how the GUI runs the services, in the spirit of Anki's QueryOp/CollectionOp.

An operation is a service call handed to the one database worker. Its function receives the
database engine and nothing else, so it cannot reach a widget; it runs on the worker
thread, and its result comes back to the GUI thread. A :meth:`Operations.collection`
operation runs a service that writes and returns :class:`~civicquiz.services.changes.Changed`;
after it succeeds, :attr:`Operations.changed` tells every screen what changed, and each
screen that shows such data refreshes itself. A :meth:`Operations.query` only reads.

A failed operation's traceback goes to the log (the worker writes it), and the user sees a
plain message (:meth:`Operations.failed` carries the error for whoever shows it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from civicquiz.gui.worker import DbWorker, Failed
from civicquiz.services.changes import Changed, Changes

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

T = TypeVar("T")


class Operations(QObject):
    """The app's one runner of database work, with the signal that broadcasts changes."""

    # Changes, initiator: emitted on the GUI thread after a successful write. The initiator
    # (a screen that is leaving, say) may skip reloading what it changed.
    changed = Signal(object, object)
    failed = Signal(object, str)  # error, traceback: an operation without its own handler

    def __init__(self, engine: Callable[[], Engine], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self.worker = DbWorker(self)
        self.worker.default_error = self._failed

    @property
    def pending(self) -> int:
        return self.worker.pending

    def query(
        self,
        service: Callable[[Engine], T],
        done: Callable[[T], None] | None = None,
        error: Failed | None = None,
    ) -> int:
        """Run ``service(engine)``, which only reads, on the worker; ``done(result)`` runs on
        the GUI thread."""
        engine = self._engine
        return self.worker.submit(lambda: service(engine()), _typed(done), error)

    def collection(
        self,
        service: Callable[[Engine], Changed[T]],
        done: Callable[[T], None] | None = None,
        error: Failed | None = None,
        *,
        initiator: object = None,
    ) -> int:
        """Run ``service(engine)``, which writes, on the worker; then broadcast what it
        changed and hand its value to ``done`` on the GUI thread."""
        engine = self._engine

        def finished(result: Any) -> None:
            assert isinstance(result, Changed)
            if result.changes != Changes.NONE:
                self.changed.emit(result.changes, initiator)
            if done is not None:
                done(result.value)

        return self.worker.submit(lambda: service(engine()), finished, error)

    def run(
        self,
        job: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        error: Failed | None = None,
    ) -> int:
        """A job that is no service (opening the data, the outbox): run on the worker."""
        return self.worker.submit(job, done, error)

    def announce(self, changes: Changes) -> None:
        """Tell the screens about ``changes`` made outside an operation."""
        if changes != Changes.NONE:
            self.changed.emit(changes, None)

    def stop(self) -> None:
        self.worker.stop()

    def _failed(self, error: BaseException, trace: str) -> None:
        self.failed.emit(error, trace)


def _typed(done: Callable[[T], None] | None) -> Callable[[Any], None] | None:
    return done  # the worker hands back exactly what the service returned

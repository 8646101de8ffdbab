"""Starting the GUI: preflight checks, QApplication, the first paint, then the data."""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def run_gui(args: argparse.Namespace) -> int:
    from civicquiz import preflight

    problem = preflight.display_problem() or preflight.library_problem(thorough=False)
    if problem:
        print(f"civicquiz: {problem}", file=sys.stderr)
        return 1
    from civicquiz.gui.binding import binding_problem, import_qt_without_import_hook

    import_qt_without_import_hook()  # first: before anything else imports PySide6
    from PySide6.QtWidgets import QApplication

    problem = binding_problem()
    if problem:
        print(f"civicquiz: {problem}", file=sys.stderr)
        return 1
    from civicquiz import APP_ID, APP_NAME, __version__
    from civicquiz.gui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from civicquiz.gui import theme

    theme.apply_theme(app, "light", 1.0)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # Ties the window to the installed menu entry (its icon and name in the task bar and on
    # Wayland, where the compositor looks the entry up by this name).
    app.setDesktopFileName(APP_ID)
    from PySide6.QtGui import QIcon

    from civicquiz.paths import resource_path

    app.setWindowIcon(QIcon(str(resource_path("resources", "icons", "civicquiz.svg"))))
    from civicquiz.paths import data_dir
    from civicquiz.services import setup_logging

    with contextlib.suppress(OSError):  # the window says what is wrong with the data folder
        if setup_logging(data_dir(args.data_dir)) is not None:
            import logging
            import platform

            from PySide6 import __version__ as qt_version

            logging.getLogger("civicquiz.app").info(
                "CivicQuiz %s starting (Python %s, Qt %s, %s)%s",
                __version__,
                platform.python_version(),
                qt_version,
                platform.platform(terse=True),
                " in kiosk mode" if getattr(args, "kiosk", False) else "",
            )
    window = MainWindow(data_dir=args.data_dir, kiosk=getattr(args, "kiosk", False))
    window.restore_window()  # this computer's size and place (a kiosk goes full screen)
    window.show()
    from PySide6.QtCore import QTimer

    # Queued behind the first paint: reading the database never delays the first frame.
    QTimer.singleShot(0, window.start_loading)
    return int(app.exec())

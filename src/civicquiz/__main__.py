"""Entry point for ``civicquiz``, ``civicquiz-gui`` and ``python -m civicquiz``."""

from __future__ import annotations

import sys


def main() -> int:
    arguments = sys.argv[1:]
    if not arguments:  # the common case, a plain launch: straight to the window
        from argparse import Namespace

        from civicquiz.app import run_gui

        return run_gui(Namespace(command=None, data_dir=None, kiosk=False))
    from civicquiz.cli import main as cli_main

    return cli_main(arguments)


if __name__ == "__main__":
    sys.exit(main())

"""Entry point for ``civicquiz``, ``civicquiz-gui`` and ``python -m civicquiz``."""

from __future__ import annotations

import sys


def main() -> int:
    from civicquiz.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())

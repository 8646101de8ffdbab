"""The ``civicquiz`` command: the GUI with no subcommand, otherwise a command-line tool.

Exit codes: 0 success, 1 refused or failed (message on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from civicquiz import __version__, paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="civicquiz",
        description="Lessons and quizzes on Kazakhstan's 2026 constitutional reform. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"civicquiz {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"folder for the database and backups (default: ${paths.DATA_DIR_ENV} or the per-user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the app (the default)")
    gui.set_defaults(command="gui")

    generate = commands.add_parser(
        "generate", help="build the built-in bank from the reform fact base"
    )
    generate.add_argument(
        "--facts", type=Path, help="facts.toml to read (default: the bundled one)"
    )
    generate.add_argument(
        "-o", "--output", type=Path, help="bank file to write (default: next to the facts)"
    )
    generate.add_argument(
        "--check", action="store_true", help="fail if the bank file is not up to date"
    )

    banks = commands.add_parser("banks", help="list the banks in the database")
    banks.add_argument(
        "--json", action="store_true", help="print JSON: a list of {id, title, questions}"
    )

    commands.add_parser("info", help="show where the data lives and what the database holds")
    return parser


def cmd_generate(args: argparse.Namespace) -> int:
    from civicquiz.facts.factbase import FactBaseError, load_fact_base
    from civicquiz.facts.generate import generate_bank
    from civicquiz.formats.native import dump_native_bank

    facts = args.facts or paths.builtin_bank_dir() / "facts.toml"
    output = args.output or facts.parent / "bank.json"
    try:
        base = load_fact_base(facts)
    except (FactBaseError, OSError) as exc:
        print(f"civicquiz: {exc}", file=sys.stderr)
        return 1
    bank = generate_bank(base)
    text = dump_native_bank(bank)
    if args.check:
        current = output.read_text(encoding="utf-8") if output.exists() else ""
        if current != text:
            print(f"civicquiz: {output} is out of date; run `civicquiz generate`", file=sys.stderr)
            return 1
        print(f"{output} is up to date ({len(bank.questions)} questions)")
        return 0
    output.write_text(text, encoding="utf-8")
    print(
        f"wrote {output}: {len(base.facts)} facts, {len(bank.topics)} topics, {len(bank.questions)} questions"
    )
    return 0


def cmd_banks(args: argparse.Namespace) -> int:
    from civicquiz.core.db import session_scope
    from civicquiz.core.library import bank_counts
    from civicquiz.services import open_app_data

    data = open_app_data(args.data_dir)
    for notice in data.notices:
        print(f"civicquiz: {notice}", file=sys.stderr)
    with session_scope(data.engine) as session:
        rows = [
            {"id": bank.key, "title": bank.title, "questions": count}
            for bank, count in bank_counts(session)
        ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for row in rows:
            print(f"{row['id']}\t{row['questions']} questions\t{row['title']}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from civicquiz.core.db import current_revision, list_backups, sqlite_path
    from civicquiz.services import open_app_data

    data = open_app_data(args.data_dir)
    path = sqlite_path(data.url)
    print(f"data folder: {data.data_dir}")
    print(f"database:    {data.url}")
    print(f"schema:      {current_revision(data.engine)}")
    if path is not None:
        print(f"backups:     {len(list_backups(path))} in {path.parent / 'backups'}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command in (None, "gui"):
        from civicquiz.app import run_gui

        return run_gui(args)
    from civicquiz.core.db import DatabaseError

    handlers = {"generate": cmd_generate, "banks": cmd_banks, "info": cmd_info}
    try:
        return handlers[args.command](args)
    except DatabaseError as exc:
        print(f"civicquiz: {exc}", file=sys.stderr)
        return 1

"""The ``civicquiz`` command: the GUI with no subcommand, otherwise a command-line tool.

Exit codes: 0 success, 1 refused or failed (message on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from civicquiz import __version__, paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="civicquiz",
        description="Lessons and quizzes on Kazakhstan's 2026 constitutional reform. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"civicquiz {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation headlessly and exit (0: all well)",
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="start as a locked, full-screen kiosk for shared computers (see docs/kiosk.md)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"folder for the database and backups (default: ${paths.DATA_DIR_ENV} or the per-user data folder)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=f"the database to use, e.g. postgresql+psycopg://seat@server/civicquiz "
        f"(default: ${paths.DATABASE_URL_ENV}, the server set in teacher mode, or a SQLite "
        "file in the data folder); keep the password in a password file (PGPASSFILE)",
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
        "-o",
        "--output",
        type=Path,
        help="English bank file to write (default: next to the facts); the others go beside"
        " it as NAME.LANG.json",
    )
    generate.add_argument(
        "--check",
        action="store_true",
        help="fail if a bank file is not up to date or a translation is incomplete",
    )
    generate.add_argument(
        "--language", choices=("en", "ru", "kk"), help="only this language's bank"
    )
    generate.add_argument(
        "-v", "--verbose", action="store_true", help="list every field not translated yet"
    )

    lint = commands.add_parser(
        "lint",
        help="check a bank against the item-writing rules and print its make-up",
        description="Check a question bank (a file in any supported format, or the id of a "
        "bank in the database) against the item-writing rules, and print the share of each "
        "question type, the share of true/false items keyed True and the items per topic. "
        "Exit status 1 when a rule is broken.",
    )
    lint.add_argument("bank", metavar="BANK_OR_FILE", help="a bank file, or a bank id")
    lint.add_argument("--json", action="store_true", help="print the report as JSON")

    banks = commands.add_parser("banks", help="list the banks in the database")
    banks.add_argument(
        "--json", action="store_true", help="print JSON: a list of {id, title, questions}"
    )

    commands.add_parser("info", help="show where the data lives and what the database holds")

    from civicquiz.formats.registry import export_choices
    from civicquiz.formats.registry import import_choices as import_formats

    readers = import_formats()
    importing = commands.add_parser(
        "import",
        help="import a question bank file (refused whole if any question is invalid)",
        description="Formats: "
        + "; ".join(f"{name} ({label})" for name, label in readers.items())
        + ". The format is detected from the content (the extension only breaks a tie) unless "
        "--format names it.",
    )
    importing.add_argument("path", type=Path, metavar="PATH")
    importing.add_argument(
        "--format",
        dest="format_name",
        metavar="F",
        choices=list(readers),
        help=", ".join(readers),
    )
    importing.add_argument(
        "--encoding", metavar="E", help="the file's encoding (default: detected)"
    )
    importing.add_argument(
        "--skip-invalid", action="store_true", help="import the valid questions, list the rest"
    )
    importing.add_argument("--dry-run", action="store_true", help="check the file; write nothing")
    importing.add_argument("--json", action="store_true", help="print the summary as JSON")
    importing.add_argument(
        "--bank-id", metavar="ID", help="the bank to import into (default: from the file name)"
    )
    importing.add_argument(
        "--replace",
        action="store_true",
        help="when a bank with this id exists, update it in place (questions missing from the "
        "file are retired; answers are kept); without it the import gets a new id",
    )
    importing.add_argument(
        "--max-mb",
        type=float,
        default=50,
        metavar="MB",
        help="refuse larger files unread (default: 50)",
    )
    importing.add_argument(
        "--columns",
        metavar="N:ROLE,...",
        help="for a CSV whose header is not recognised: what each column (counted from 1) holds, "
        "e.g. 2:question,3:option,4:option,5:answer; roles: question, option, answer, explanation, "
        "topic, type, title, difficulty, ignore",
    )

    exporting = commands.add_parser(
        "export",
        help="write a bank to a file",
        description="Formats: "
        + "; ".join(f"{name} ({label})" for name, label in export_choices().items())
        + ". What a format cannot hold is listed on standard error, never dropped silently.",
    )
    exporting.add_argument("bank", metavar="BANK", help="the bank's id (see `civicquiz banks`)")
    exporting.add_argument(
        "--format", dest="format_name", choices=list(export_choices()), default="json"
    )
    exporting.add_argument(
        "-o", "--output", type=Path, metavar="PATH", help="file to write (default: standard output)"
    )

    paper = commands.add_parser(
        "print",
        help="a printable worksheet or exam and its answer key, as PDF",
        description="Writes PATH and PATH-key.pdf: questions numbered, options lettered, room "
        "to write, each question's source, page footers; A4 or Letter, large print on request.",
    )
    paper.add_argument(
        "bank", metavar="BANK", nargs="?", help="the bank's id (see `civicquiz banks`)"
    )
    paper.add_argument(
        "--exam",
        metavar="EXAM",
        help="instead of a bank: an exam a teacher set (its title or number)",
    )
    paper.add_argument("-o", "--output", type=Path, metavar="PATH", required=True)
    paper.add_argument("--topic", metavar="TOPIC", help="only this topic (its id or title)")
    paper.add_argument("--count", type=int, metavar="N", help="N questions drawn from them")
    paper.add_argument("--seed", type=int, default=1, help="which N are drawn (default: 1)")
    paper.add_argument("--title", help="the heading (default: the bank's or topic's title)")
    paper.add_argument("--page", choices=["a4", "letter"], default="a4")
    paper.add_argument("--large-print", action="store_true", help="16-point type")

    results = commands.add_parser(
        "results", help="class results: every learner's quizzes and scores"
    )
    results.add_argument(
        "--format", dest="format_name", choices=["table", "csv", "json"], default="table"
    )
    files = results.add_mutually_exclusive_group()
    files.add_argument(
        "--export",
        type=Path,
        metavar="PATH",
        help="write every learner, quiz and answer here to one results file (for a computer "
        "without the server)",
    )
    files.add_argument(
        "--merge",
        type=Path,
        nargs="+",
        metavar="PATH",
        help="add results files to this database (each answer once, however often merged)",
    )
    results.add_argument(
        "--items", action="store_true", help="item analysis of every question instead"
    )
    results.add_argument(
        "-o", "--output", type=Path, metavar="PATH", help="file to write (default: standard output)"
    )

    simulating = commands.add_parser(
        "simulate",
        help="simulated seats answering quick quizzes (to try a classroom set-up)",
        description="Creates learners named 'Simulated learner NNN' (removed with --remove) and "
        "runs concurrent seats that answer quick quizzes through the app's own functions.",
    )
    simulating.add_argument("--learners", type=int, default=30, metavar="N")
    simulating.add_argument("--quizzes", type=int, default=1, metavar="M", help="per learner")
    simulating.add_argument("--seats", type=int, default=10, metavar="S")
    simulating.add_argument("--seed", type=int, default=0, metavar="K")
    simulating.add_argument(
        "--duration", type=float, metavar="SECONDS", help="keep answering for this long instead"
    )
    simulating.add_argument("--json", action="store_true", help="print the figures as JSON")
    simulating.add_argument(
        "--remove", action="store_true", help="delete every simulated learner and their answers"
    )

    pin = commands.add_parser(
        "pin",
        help="set or clear the teacher's or the kiosk supervisor's PIN (the way back in when lost)",
    )
    pin.add_argument("--role", choices=["teacher", "supervisor"], default="teacher")
    pin_action = pin.add_mutually_exclusive_group(required=True)
    pin_action.add_argument(
        "--set", metavar="PIN", help="a new PIN: 4 to 12 digits (6 to 12 for the supervisor)"
    )
    pin_action.add_argument("--clear", action="store_true", help="remove the PIN")
    return parser


def results_files(args: argparse.Namespace, data: Any) -> int:
    from civicquiz.computer import computer_id
    from civicquiz.core.results_file import ResultsFileError
    from civicquiz.services import results

    try:
        if args.export:
            counts = results.export_results(
                data.engine, args.export, computer_id(data.data_dir)
            ).value
            print(
                f"wrote {args.export}: {counts['learners']} learners, "
                f"{counts['attempts']} quizzes, {counts['answers']} answers"
            )
            return 0
        report = results.merge_results(data.engine, args.merge).value
    except ResultsFileError as exc:
        print(f"civicquiz: {exc}; nothing was merged", file=sys.stderr)
        return 1
    print(report.line())
    for reason in report.left_out:
        print(f"left out: {reason}")
    return 0


def cmd_simulate(args: argparse.Namespace) -> int:
    from civicquiz.services import open_app_data
    from civicquiz.simulate import remove_simulated, simulate

    data = open_app_data(args.data_dir)
    data.engine.dispose()
    if args.remove:
        print(f"removed {remove_simulated(data.url)} simulated learners")
        return 0
    if min(args.learners, args.quizzes, args.seats) < 1:
        print("civicquiz: --learners, --quizzes and --seats must be at least 1", file=sys.stderr)
        return 2
    figures = simulate(
        data.url,
        learners=args.learners,
        quizzes=args.quizzes,
        seats=args.seats,
        seed=args.seed,
        duration_s=args.duration,
    )
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:18} {value}")
    return 0 if figures["errors"] == 0 and figures["queued_left"] == 0 else 1


def cmd_results(args: argparse.Namespace) -> int:
    from civicquiz.core.reports import attempts_csv, items_csv
    from civicquiz.services import open_app_data, results

    data = open_app_data(args.data_dir)
    if args.export or args.merge:
        return results_files(args, data)
    if args.format_name == "json" and not args.items:
        summaries = results.attempt_summaries(data.engine)
        text = json.dumps({"attempts": summaries}, ensure_ascii=False) + "\n"
    elif args.items:
        items = results.item_analysis(data.engine)
        text = (
            items_csv(items)
            if args.format_name == "csv"
            else "\n".join(
                f"{round(i.facility * 100):3d}%  "
                f"{'   -' if i.discrimination is None else f'{i.discrimination:+.2f}'}  "
                f"{i.responses:4d}  {i.key}  {i.stem[:60]}"
                for i in items
            )
            + "\n"
        )
    else:
        rows = results.attempt_rows(data.engine)
        text = (
            attempts_csv(rows)
            if args.format_name == "csv"
            else "\n".join(
                f"{r.learner:20.20}  {r.title:24.24}  {r.answered:3d}/{r.asked:<3d}  {r.score_percent:3d}%"
                f"{'' if r.passed is None else ('  passed' if r.passed else '  not passed')}"
                for r in rows
            )
            + "\n"
        )
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}")
    else:
        sys.stdout.write(text)
    return 0


def cmd_pin(args: argparse.Namespace) -> int:
    from civicquiz.core.pins import PinError
    from civicquiz.services import open_app_data, settings

    data = open_app_data(args.data_dir)
    if args.clear:
        settings.clear_pin(data.engine, role=args.role)
        print(
            f"The {args.role} PIN was removed; set a new one in the app or with `civicquiz pin --set`."
        )
        return 0
    try:
        settings.set_pin(data.engine, args.set, role=args.role)
    except PinError as exc:
        print(f"civicquiz: {exc}", file=sys.stderr)
        return 2
    print(f"The {args.role} PIN was set.")
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    """Write (or with --check, compare) the built-in bank in every language: bank.json
    from facts.toml, bank.LANG.json from facts.LANG.toml. Untranslated fields keep their
    English text (draft mode) and are counted; --check fails while any is missing."""
    from civicquiz.facts.factbase import FactBaseError
    from civicquiz.facts.generate import generate_banks
    from civicquiz.facts.phrases import LANGUAGES
    from civicquiz.formats.native import dump_native_bank

    facts = args.facts or paths.builtin_bank_dir() / "facts.toml"
    languages = [args.language] if args.language else list(LANGUAGES)
    try:
        results = generate_banks(facts, languages)
    except (FactBaseError, OSError) as exc:
        print(f"civicquiz: {exc}", file=sys.stderr)
        return 1
    failed = False
    for result in results:
        output = result.output
        if args.output:
            output = (
                args.output
                if result.language == "en"
                else args.output.with_name(f"{args.output.stem}.{result.language}.json")
            )
        for problem in result.problems:
            print(problem, file=sys.stderr)
        if result.bank is None:
            print(
                f"civicquiz: {output} not written: the {result.language} translation has"
                f" {len(result.problems)} problem(s) listed above",
                file=sys.stderr,
            )
            failed = True
            continue
        missing = len(result.missing)
        if missing and (args.check or args.verbose):
            for line in result.missing:
                print(line, file=sys.stderr)
        draft = (
            f"; draft: {missing} field(s) not translated yet keep their English text"
            if missing
            else ""
        )
        text = dump_native_bank(result.bank)
        count = len(result.bank.questions)
        if args.check:
            current = output.read_text(encoding="utf-8") if output.exists() else ""
            if current != text:
                print(
                    f"civicquiz: {output} is out of date; run `civicquiz generate`",
                    file=sys.stderr,
                )
                failed = True
            if missing:
                print(
                    f"civicquiz: {output}: the {result.language} translation is incomplete:"
                    f" {missing} field(s) missing (listed above)",
                    file=sys.stderr,
                )
                failed = True
            if current == text and not missing:
                print(f"{output} is up to date ({count} questions)")
            continue
        output.write_text(text, encoding="utf-8")
        print(f"wrote {output}: {len(result.bank.topics)} topics, {count} questions{draft}")
    return 1 if failed else 0


def cmd_lint(args: argparse.Namespace) -> int:
    from civicquiz.core.lint import lint_bank

    path = Path(args.bank)
    if path.is_file():
        from civicquiz.formats.base import ImportRefused
        from civicquiz.formats.registry import import_file

        try:
            bank = import_file(path).bank
        except ImportRefused as refused:
            for line in refused.problems:
                print(line, file=sys.stderr)
            print(f"civicquiz: {path} could not be read as a bank.", file=sys.stderr)
            return 1
    else:
        from civicquiz.services import library, open_app_data

        data = open_app_data(args.data_dir)
        try:
            bank = library.bank(data.engine, args.bank)
        except LookupError as exc:
            print(
                f"civicquiz: {args.bank} is neither a file nor a bank id ({exc})", file=sys.stderr
            )
            return 1
    report = lint_bank(bank)
    if args.json:
        print(
            json.dumps(
                {
                    "bank": bank.key,
                    "total": report.total,
                    "types": dict(report.types),
                    "true_false": report.true_false,
                    "true_share": report.true_share,
                    "topics": dict(report.topics),
                    "violations": [
                        {
                            "rule": v.rule,
                            "question": v.question,
                            "line": v.line,
                            "message": v.message,
                        }
                        for v in report.violations
                    ],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        for violation in report.violations:
            print(violation)
        print(f"{len(report.violations)} rule violations in {bank.key}")
        print("\n".join(report.summary_lines()))
    return 1 if report.violations else 0


def cmd_banks(args: argparse.Namespace) -> int:
    from civicquiz.services import library, open_app_data

    data = open_app_data(args.data_dir)
    for notice in data.notices:
        print(f"civicquiz: {notice}", file=sys.stderr)
    rows = [
        {"id": key, "title": title, "questions": count}
        for key, title, count in library.bank_list(data.engine)
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for row in rows:
            print(f"{row['id']}\t{row['questions']} questions\t{row['title']}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from civicquiz.services import open_app_data
    from civicquiz.services.app_data import describe

    data = open_app_data(args.data_dir)
    for label, value in describe(data):
        print(f"{label + ':':12} {value}")
    return 0


def _stream_import(args: argparse.Namespace) -> int | None:
    """``civicquiz import`` for a file read piece by piece (memory flat, one transaction);
    None when the file is read whole instead. Raises ImportRefused like import_file."""
    from civicquiz.core.library import BankKeyError
    from civicquiz.formats.registry import IMPORTERS
    from civicquiz.services import library, open_app_data

    if args.encoding:
        return None
    data = open_app_data(args.data_dir)
    try:
        changed = library.stream_import(
            data.engine,
            args.path,
            format_name=args.format_name,
            bank_key=args.bank_id,
            skip_invalid=args.skip_invalid,
            replace=args.replace,
            max_bytes=int(args.max_mb * 2**20),
        )
    except BankKeyError as exc:
        print(f"civicquiz: {exc}", file=sys.stderr)
        print(f"civicquiz: {args.path} was not imported; nothing was written.", file=sys.stderr)
        return 1
    if changed is None:
        return None
    done = changed.value
    loaded = done.summary
    summary: dict[str, object] = {
        "bank": loaded.bank_key,
        "title": args.path.name,
        "file": str(args.path),
        "format": done.format,
        "encoding": done.encoding,
        "questions": loaded.added,
        "skipped": [{"line": line, "reason": reason} for line, reason in done.skipped],
        "dry_run": False,
        "requested_bank": loaded.renamed_from or loaded.bank_key,
        "replaced": False,
        "added": loaded.added,
        "updated": 0,
        "unchanged": 0,
        "retired": 0,
        "streamed": True,
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
        return 0
    print(f"Imported {loaded.added} questions into bank {loaded.bank_key!r} ({args.path.name})")
    label = IMPORTERS[done.format].description
    print(f"  from {args.path} as {label}, encoding {done.encoding} (read piece by piece)")
    if loaded.renamed_from:
        print(
            f"  a bank with the id {loaded.renamed_from!r} already exists and was left "
            f"as it was; this one got the new id {loaded.bank_key!r} "
            "(use --replace to update the existing bank instead)"
        )
    print(f"  added {loaded.added}, updated 0, unchanged 0, retired 0")
    if done.skipped:
        print(f"  skipped {len(done.skipped)}:")
        for line, reason in done.skipped:
            print(f"    {args.path}:{line}: {reason}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from civicquiz.core.library import BankKeyError
    from civicquiz.formats.base import ImportRefused
    from civicquiz.formats.registry import IMPORTERS, import_file

    columns = None
    if args.columns:
        from civicquiz.formats.csv_bank import COLUMN_ROLES

        try:
            columns = {
                int(n) - 1: role.strip()
                for n, role in (part.split(":", 1) for part in args.columns.split(","))
            }
        except ValueError:
            print(
                "civicquiz: --columns takes N:ROLE pairs separated by commas, e.g. 2:question,3:option",
                file=sys.stderr,
            )
            return 2
        unknown = sorted({r for r in columns.values() if r not in COLUMN_ROLES})
        if unknown or any(n < 0 for n in columns):
            print(
                f"civicquiz: unknown roles {', '.join(unknown)}; use {', '.join(COLUMN_ROLES)}",
                file=sys.stderr,
            )
            return 2
    try:
        streamed = None if args.dry_run or columns else _stream_import(args)
        if streamed is not None:
            return streamed
        result = import_file(
            args.path,
            csv_columns=columns,
            format_name=args.format_name,
            encoding=args.encoding,
            skip_invalid=args.skip_invalid,
            bank_key=args.bank_id,
            max_bytes=int(args.max_mb * 2**20),
        )
    except ImportRefused as refused:
        if args.json:
            refusal = {"file": str(args.path), "refused": True, "problems": refused.problems}
            print(json.dumps(refusal, ensure_ascii=False, indent=1))
        for line in refused.problems:
            print(line, file=sys.stderr)
        print(f"civicquiz: {args.path} was not imported; nothing was written.", file=sys.stderr)
        return 1
    summary: dict[str, object] = {
        "bank": result.bank.key,
        "title": result.bank.title,
        "file": str(args.path),
        "format": result.format,
        "encoding": result.encoding,
        "questions": len(result.bank.questions),
        "skipped": [{"line": s.line, "reason": s.reason} for s in result.skipped],
        "dry_run": bool(args.dry_run),
    }
    if not args.dry_run:
        from civicquiz.services import library, open_app_data

        data = open_app_data(args.data_dir)
        try:
            loaded = library.store_bank(  # one transaction: all or nothing
                data.engine,
                result.bank,
                replace=args.replace,
                source_file=str(args.path.resolve()),
            ).value
        except BankKeyError as exc:
            print(f"civicquiz: {exc}", file=sys.stderr)
            print(f"civicquiz: {args.path} was not imported; nothing was written.", file=sys.stderr)
            return 1
        summary |= {
            "bank": loaded.bank_key,
            "requested_bank": loaded.renamed_from or result.bank.key,
            "replaced": loaded.replaced,
            "added": loaded.added,
            "updated": loaded.updated,
            "unchanged": loaded.unchanged,
            "retired": loaded.retired,
        }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
        return 0
    label = IMPORTERS[result.format].description
    verb = "Would import" if args.dry_run else "Imported"
    print(
        f"{verb} {summary['questions']} questions into bank {summary['bank']!r} ({result.bank.title})"
    )
    print(f"  from {args.path} as {label}, encoding {result.encoding}")
    if summary.get("requested_bank") not in (None, summary["bank"]):
        print(
            f"  a bank with the id {summary['requested_bank']!r} already exists and was left "
            f"as it was; this one got the new id {summary['bank']!r} "
            "(use --replace to update the existing bank instead)"
        )
    if summary.get("replaced"):
        print(
            f"  updated the existing bank {summary['bank']!r} in place: {summary['retired']} of "
            "its questions are not in this file and were retired (their answers are kept)"
        )
    if not args.dry_run:
        print(
            f"  added {summary['added']}, updated {summary['updated']}, unchanged {summary['unchanged']}, retired {summary['retired']}"
        )
    if result.skipped:
        print(f"  skipped {len(result.skipped)}:")
        for skipped in result.skipped:
            print(f"    {args.path}:{skipped.line}: {skipped.reason}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from civicquiz.formats.registry import export_bank
    from civicquiz.services import library, open_app_data

    data = open_app_data(args.data_dir)
    try:
        bank = library.bank(data.engine, args.bank)
    except LookupError as exc:
        print(f"civicquiz: {exc}; see `civicquiz banks`", file=sys.stderr)
        return 1
    exported = export_bank(bank, args.format_name)
    if args.output:
        args.output.write_bytes(exported.payload())
        print(f"wrote {args.output}: {exported.written} of {len(bank.questions)} questions")
    elif exported.data is not None:
        sys.stdout.buffer.write(exported.data)
    else:
        sys.stdout.write(exported.text)
    for note in exported.notes():
        print(f"civicquiz: {note}", file=sys.stderr)
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from civicquiz.services import open_app_data, worksheets

    data = open_app_data(args.data_dir)
    if (args.bank is None) == (args.exam is None):
        print("civicquiz: name a bank or an exam (--exam), not both", file=sys.stderr)
        return 2
    try:
        chosen = worksheets.choose_for_paper(
            data.engine,
            bank_key=args.bank,
            exam=args.exam,
            topic=args.topic,
            count=args.count,
            seed=args.seed,
            title=args.title,
        )
    except LookupError as exc:
        hint = "" if "topic" in str(exc) else "; see `civicquiz banks`"
        print(f"civicquiz: {exc}{hint}", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from civicquiz.gui.paper import PaperOptions, print_paper

    options = PaperOptions(title=chosen.title, page=args.page, large_print=args.large_print)
    sheet, key = print_paper(chosen.bank, chosen.questions, args.output, options)
    print(f"wrote {sheet} ({len(chosen.questions)} questions) and its answer key {key}")
    return 0


def _sqlite_url(url: str) -> bool:
    return url.startswith("sqlite")


def _log_failure(args: argparse.Namespace, exc: BaseException) -> None:
    import logging

    from civicquiz.services import setup_logging

    if setup_logging(paths.data_dir(args.data_dir)) is not None:
        logging.getLogger("civicquiz.cli").error("%s failed", args.command, exc_info=exc)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.database_url:
        # Through the environment, so the window, the self-test and any child process
        # all open the same database.
        os.environ[paths.DATABASE_URL_ENV] = args.database_url
    if args.self_test:
        from civicquiz.selftest import run_self_test

        return run_self_test()
    if args.command in (None, "gui"):
        from civicquiz.app import run_gui

        return run_gui(args)
    from sqlalchemy.exc import OperationalError

    from civicquiz.core.db import DatabaseError

    handlers = {
        "generate": cmd_generate,
        "lint": cmd_lint,
        "banks": cmd_banks,
        "info": cmd_info,
        "import": cmd_import,
        "export": cmd_export,
        "results": cmd_results,
        "print": cmd_print,
        "pin": cmd_pin,
        "simulate": cmd_simulate,
    }
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    from civicquiz.services import user_message

    try:
        return handlers[args.command](args)
    except DatabaseError as exc:
        print(f"civicquiz: {exc}", file=sys.stderr)
        return 1
    except OperationalError as exc:
        if os.environ.get(paths.DATABASE_URL_ENV) and not _sqlite_url(
            os.environ[paths.DATABASE_URL_ENV]
        ):  # a server that cannot be reached
            from civicquiz.computer import mask_url

            url = mask_url(os.environ.get(paths.DATABASE_URL_ENV) or "")
            reason = str(exc.orig or exc).strip().splitlines()[0]
            print(f"civicquiz: cannot reach the database {url}: {reason}", file=sys.stderr)
            return 1
        _log_failure(args, exc)
        print(f"civicquiz: {user_message(exc)} Nothing more was written.", file=sys.stderr)
        return 1
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:  # a full disk, a lost folder
        _log_failure(args, exc)
        print(f"civicquiz: {user_message(exc)} Nothing more was written.", file=sys.stderr)
        return 1

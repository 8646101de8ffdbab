"""A throwaway PostgreSQL server for tests and benchmarks.

``initdb`` in a temporary folder, ``pg_ctl start`` listening on a Unix socket in that
folder only (no TCP port), removed afterwards. When run as root the server runs as the
``postgres`` user (``initdb`` refuses root); otherwise as the current user.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

INSTALL_HINT = (
    "PostgreSQL's server programs (initdb, pg_ctl) were not found: "
    "install them with `sudo apt-get install postgresql` (Debian/Ubuntu)"
)


def find_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl: Debian's versioned folder, else PATH."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class PostgresServer:
    """One server in its own folder; :meth:`url` names a database on it."""

    def __init__(self, bindir: Path | None = None, port: int = 5432) -> None:
        bindir = bindir or find_bindir()
        if bindir is None:
            raise FileNotFoundError(INSTALL_HINT)
        self.bindir = bindir
        self.port = port
        self.user: str | None = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError as error:
                raise FileNotFoundError(
                    "running as root, but there is no 'postgres' user to run the server as"
                ) from error
            self.user = "postgres"
        self.folder = Path(tempfile.mkdtemp(prefix="civicquiz-pg-"))
        self.folder.chmod(0o755)
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self.data = self.folder / "data"
        self.socket_dir = self.folder
        self.log = self.folder / "server.log"
        self.running = False
        self._stop_on_terminate()
        try:
            self._run(
                "initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8"
            )
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise

    def _run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        kwargs: dict[str, object] = {}
        if self.user:
            kwargs["user"] = self.user
            kwargs["group"] = pwd.getpwnam(self.user).pw_gid
        return subprocess.run(  # type: ignore[call-overload,no-any-return]
            [str(self.bindir / program), *args],
            check=True,
            capture_output=True,
            text=True,
            cwd=self.folder,
            **kwargs,
        )

    def _stop_on_terminate(self) -> None:
        """A test run ended with SIGTERM (a timeout, a kill) still removes the server:
        the signal becomes a KeyboardInterrupt, so the fixtures' finalizers run."""
        if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:

            def interrupt(_signum: int, _frame: object) -> None:
                raise KeyboardInterrupt("terminated")

            with contextlib.suppress(ValueError):  # not the main thread: leave it
                signal.signal(signal.SIGTERM, interrupt)

    def start(self, durable: bool = False) -> None:
        """Start the server; for tests without fsync (fast), ``durable`` as shipped."""
        options = (
            f"-k {self.socket_dir} -p {self.port} -c listen_addresses='' -c max_connections=200"
        )
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run("pg_ctl", "start", "-w", "-D", str(self.data), "-l", str(self.log), "-o", options)
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        if self.running:
            self._run("pg_ctl", "stop", "-w", "-m", mode, "-D", str(self.data))
            self.running = False

    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}&port={self.port}"

    def psql_url(self, database: str = "postgres") -> str:
        """A libpq connection string (for psycopg directly)."""
        return f"host={self.socket_dir} port={self.port} user=postgres dbname={database}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(self.psql_url(database), autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def create_database(self, name: str, template: str | None = None) -> str:
        clause = f" TEMPLATE {template}" if template else ""
        self.execute(f'CREATE DATABASE "{name}"{clause}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def remove(self) -> None:
        try:
            self.stop("immediate")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.remove()

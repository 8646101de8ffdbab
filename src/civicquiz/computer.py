"""Settings that belong to this computer rather than to the database.

A classroom's database is shared by every seat, so what differs between seats lives in a
small JSON file in the data folder (``computer.json``): this computer's id, the server to
use, the last learner here, kiosk start, window and language preferences, the class this
seat shows. Banks, exams, learners and results stay in the database.

A server password never goes into the settings file or any output: it is kept in a
libpq password file (``pgpass``, readable by this user only) beside it, unless the teacher
already uses one of their own (``PGPASSFILE``).
"""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from pathlib import Path
from typing import Any

SETTINGS_FILE = "computer.json"
PASSWORD_FILE = "pgpass"

# Keys kept in the file (anything else in it is left as it was).
COMPUTER_ID = "computer_id"
DATABASE_URL = "database_url"
LAST_LEARNER = "last_learner_id"
KIOSK = "kiosk"
CLASS = "class_id"


def settings_path(folder: Path) -> Path:
    return folder / SETTINGS_FILE


def load(folder: Path) -> dict[str, Any]:
    """The settings stored for this computer ({} when none, or the file is unreadable)."""
    try:
        data = json.loads(settings_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def get(folder: Path, key: str, default: Any = None) -> Any:
    return load(folder).get(key, default)


def update(folder: Path, **changes: Any) -> dict[str, Any]:
    """Change some settings (a value of None removes the key); written atomically."""
    data = load(folder)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    _write_atomically(settings_path(folder), json.dumps(data, indent=2, sort_keys=True) + "\n")
    return data


def _write_atomically(path: Path, text: str, mode: int | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def computer_id(folder: Path) -> str:
    """This computer's id, made once and kept (it tags every answer given here)."""
    known = get(folder, COMPUTER_ID)
    if isinstance(known, str) and known:
        return known
    made = uuid.uuid4().hex
    update(folder, **{COMPUTER_ID: made})
    return made


# -- the server address -----------------------------------------------------------------


def mask_url(url: str) -> str:
    """``url`` with any password replaced by ***, safe to print or log."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy can read: show none of it
        return "(an unreadable database URL)"


def server_url(folder: Path) -> str | None:
    value = get(folder, DATABASE_URL)
    return value if isinstance(value, str) and value else None


def set_server_url(folder: Path, url: str | None) -> str | None:
    """Store (or, with None, forget) the database this computer uses. A password in the
    URL is moved to the password file; the URL is stored without it. Returns the URL as
    stored."""
    if not url:
        update(folder, **{DATABASE_URL: None})
        return None
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.password:
        _store_password(folder, parsed)
        parsed = parsed._replace(password=None)
    stored = parsed.render_as_string(hide_password=False)
    update(folder, **{DATABASE_URL: stored})
    return stored


def password_file(folder: Path) -> Path:
    return folder / PASSWORD_FILE


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _store_password(folder: Path, parsed: Any) -> None:
    """Add or replace the line for this host, port, database and user in ``pgpass``."""
    query_host = parsed.query.get("host")
    host = parsed.host or (query_host if isinstance(query_host, str) else None) or "*"
    key = [
        _escape(host),
        _escape(str(parsed.port or parsed.query.get("port") or 5432)),
        _escape(parsed.database or "*"),
        _escape(parsed.username or "*"),
    ]
    path = password_file(folder)
    lines = []
    if path.exists():
        prefix = ":".join(key) + ":"
        lines = [
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if not line.startswith(prefix)
        ]
    lines.append(":".join([*key, _escape(str(parsed.password))]))
    _write_atomically(path, "\n".join(lines) + "\n", mode=0o600)


def use_password_file(folder: Path) -> None:
    """Let libpq find the password file kept here, unless the teacher set their own."""
    path = password_file(folder)
    if path.exists() and not os.environ.get("PGPASSFILE"):
        os.environ["PGPASSFILE"] = str(path)

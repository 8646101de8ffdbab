"""PINs for the teacher's screens (and the kiosk supervisor): stored only as a salted
scrypt hash, with failed attempts throttled.

After three wrong PINs in a row the PIN is refused for 30 seconds, and each further
wrong PIN doubles the wait (up to an hour). A lost PIN is cleared from the command line
(``civicquiz pin --clear``), which only someone with access to the computer can run.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from civicquiz.core.learners import get_setting, set_setting
from civicquiz.core.models import utcnow

# OWASP's recommended minimum for scrypt (N=2^17, r=8, p=1: 128 MiB and a noticeable
# fraction of a second per try), so a PIN copied with the database is slow to guess.
# Hashes made with older, cheaper settings are still checked and upgraded on success.
SCRYPT = {"n": 2**17, "r": 8, "p": 1}
MIN_DIGITS = {"teacher": 4, "supervisor": 6}
MAX_DIGITS = 12
FREE_TRIES = 3
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)


class PinError(ValueError):
    pass


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    wait_seconds: int = 0  # > 0: refused without checking, try again after this long
    empty: bool = False  # nothing was typed: not an attempt, nothing counted


def _digest(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    maxmem = 128 * n * r * p + 64 * 1024 * 1024  # scrypt's working memory, with room
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=maxmem)


def pin_rule(role: str) -> str:
    return f"A {role} PIN is {MIN_DIGITS.get(role, 4)} to {MAX_DIGITS} digits."


def _stored_hash(pin: str) -> dict[str, object]:
    salt = secrets.token_bytes(16)
    return {"salt": salt.hex(), "hash": _digest(pin, salt, **SCRYPT).hex(), **SCRYPT}


def _key(role: str) -> str:
    return f"{role}_pin"


def has_pin(session: Session, role: str = "teacher") -> bool:
    return get_setting(session, _key(role)) is not None


def set_pin(session: Session, pin: str, role: str = "teacher") -> None:
    if not pin.isdigit() or not MIN_DIGITS.get(role, 4) <= len(pin) <= MAX_DIGITS:
        raise PinError(pin_rule(role))
    set_setting(session, _key(role), _stored_hash(pin))
    set_setting(session, f"{role}_pin_failures", None)
    session.flush()  # the caller commits (one unit of work)


def clear_pin(session: Session, role: str = "teacher") -> None:
    set_setting(session, _key(role), None)
    set_setting(session, f"{role}_pin_failures", None)
    session.flush()  # the caller commits (one unit of work)


def check_pin(
    session: Session, pin: str, role: str = "teacher", now: datetime | None = None
) -> PinCheck:
    """Compare ``pin`` with the stored hash, unless a recent run of failures says wait.
    An empty entry (Enter pressed on an empty field) is no attempt and counts for nothing,
    so nobody can lock the teacher out by pressing Enter."""
    now = now or utcnow()
    stored = get_setting(session, _key(role))
    if stored is None:
        return PinCheck(ok=False)
    if not pin.strip():
        return PinCheck(ok=False, empty=True)
    failures = get_setting(session, f"{role}_pin_failures") or {"count": 0, "until": None}
    if failures.get("until"):
        locked_until = datetime.fromisoformat(failures["until"])
        if locked_until > now:
            return PinCheck(
                ok=False, wait_seconds=max(1, int((locked_until - now).total_seconds() + 0.999))
            )
    digest = _digest(pin, bytes.fromhex(stored["salt"]), stored["n"], stored["r"], stored["p"])
    if hmac.compare_digest(digest.hex(), stored["hash"]):
        set_setting(session, f"{role}_pin_failures", None)
        if any(stored.get(k) != v for k, v in SCRYPT.items()):  # made at an older, lower cost
            set_setting(session, _key(role), _stored_hash(pin))
        session.flush()  # the caller commits (one unit of work)
        return PinCheck(ok=True)
    count = int(failures.get("count", 0)) + 1
    until = None
    if count >= FREE_TRIES:
        wait = min(LONGEST_WAIT, FIRST_WAIT * 2 ** (count - FREE_TRIES))
        until = (now + wait).isoformat()
    set_setting(session, f"{role}_pin_failures", {"count": count, "until": until})
    session.flush()  # the caller commits (one unit of work)
    return PinCheck(ok=False)

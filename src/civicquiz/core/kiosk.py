"""Kiosk policy: the settings an operator chooses, and the guests who use a kiosk.

Each visitor is an anonymous guest learner. When the visit ends (the visitor finishes or
walks away), the guest's answers are either kept, anonymously, for the teacher's
statistics, or deleted with the guest, as the operator chose.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from civicquiz import computer
from civicquiz.core.learners import delete_learner
from civicquiz.core.models import Learner
from civicquiz.core.qtypes import REGISTRY

KIOSK_SETTING = "kiosk"
GUEST_PREFIX = "Guest "
MIN_WARNING_SECONDS = 20  # WCAG 2.2.1: enough time to say "I'm still here"
# Typed answers need a keyboard; a kiosk may only have a touch screen.
KIOSK_QUESTION_TYPES = tuple(name for name, kind in REGISTRY.items() if kind.kiosk)


@dataclass
class KioskSettings:
    enabled: bool = False  # start in kiosk mode (survives restarts)
    idle_seconds: int = 90
    warning_seconds: int = 30
    keep_results: bool = True  # keep guests' answers, anonymously, for statistics
    language: str = "en"
    font_scale: float = 1.3
    theme: str = "light"

    def __post_init__(self) -> None:
        self.idle_seconds = max(15, int(self.idle_seconds))
        self.warning_seconds = max(MIN_WARNING_SECONDS, int(self.warning_seconds))

    @property
    def visitor_defaults(self) -> dict[str, Any]:
        return {"language": self.language, "font_scale": self.font_scale, "theme": self.theme}


def kiosk_settings(here: Path) -> KioskSettings:
    """This computer's kiosk settings (kept in its settings file: each seat decides)."""
    stored = computer.get(here, KIOSK_SETTING) or {}
    if not isinstance(stored, dict):
        stored = {}
    known = {k: v for k, v in stored.items() if k in KioskSettings.__dataclass_fields__}
    return KioskSettings(**known)


def save_kiosk_settings(here: Path, settings: KioskSettings) -> None:
    computer.update(here, **{KIOSK_SETTING: asdict(settings)})


def start_guest(
    session: Session,
    settings: KioskSettings,
    when: datetime | None = None,
    language: str | None = None,
) -> Learner:
    """A fresh, anonymous learner for one visitor, in the ``language`` they chose on the
    start screen (else the kiosk's own)."""
    when = when or datetime.now()
    base = f"{GUEST_PREFIX}{when:%Y-%m-%d %H:%M:%S}"
    name, n = base, 2
    while session.exec(select(Learner).where(Learner.name == name)).first() is not None:
        name, n = f"{base} ({n})", n + 1
    chosen = {"language": language} if language else {}
    guest = Learner(name=name, settings=settings.visitor_defaults | chosen | {"guest": True})
    session.add(guest)
    session.flush()  # the caller commits (one unit of work)
    session.refresh(guest)
    return guest


def end_guest(session: Session, guest_id: int, settings: KioskSettings) -> None:
    """The visit is over: keep the guest's answers anonymously, or delete them."""
    guest = session.get(Learner, guest_id)
    if guest is None or not (guest.settings or {}).get("guest"):
        return
    if settings.keep_results:
        return
    delete_learner(session, guest_id)

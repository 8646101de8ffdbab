"""This computer's settings that need the database too: the teacher's and the kiosk
supervisor's PINs, and starting in kiosk mode."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from civicquiz.services.changes import Changed, Changes
from civicquiz.services.unit import read_only, unit_of_work

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from civicquiz.core.kiosk import KioskSettings
    from civicquiz.core.pins import PinCheck

log = logging.getLogger(__name__)


def has_pin(engine: Engine, role: str = "teacher") -> bool:
    from civicquiz.core.pins import has_pin as has

    with read_only(engine) as session:
        return has(session, role=role)


def set_pin(engine: Engine, pin: str, role: str = "teacher") -> Changed[None]:
    """Set the ``role``'s PIN (PinError when it breaks the rule); stored hashed."""
    from civicquiz.core.pins import set_pin as store

    with unit_of_work(engine) as session:
        store(session, pin, role=role)
    log.info("the %s PIN was set", role)  # never the PIN itself
    return Changed(None, Changes.SETTINGS)


def clear_pin(engine: Engine, role: str = "teacher") -> Changed[None]:
    from civicquiz.core.pins import clear_pin as clear

    with unit_of_work(engine) as session:
        clear(session, role=role)
    log.info("the %s PIN was removed", role)
    return Changed(None, Changes.SETTINGS)


def check_pin(engine: Engine, pin: str, role: str = "teacher") -> Changed[PinCheck]:
    """Check a PIN; wrong ones are counted (and slow the next tries), hence a write."""
    from civicquiz.core.pins import check_pin as check

    with unit_of_work(engine) as session:
        return Changed(check(session, pin, role=role), Changes.NONE)


def set_kiosk_start(
    engine: Engine, here: Path, enabled: bool, supervisor_pin: str | None = None
) -> Changed[KioskSettings]:
    """Start this computer in kiosk mode next time (or not); a kiosk needs a supervisor
    PIN, set here when given."""
    from civicquiz.core.kiosk import kiosk_settings, save_kiosk_settings

    if supervisor_pin is not None:
        set_pin(engine, supervisor_pin, role="supervisor")
    settings = kiosk_settings(here)
    settings.enabled = enabled
    save_kiosk_settings(here, settings)
    log.info("kiosk mode at start: %s", "on" if enabled else "off")
    return Changed(settings, Changes.SETTINGS)


def save_kiosk_settings(here: Path, settings: KioskSettings) -> Changed[None]:
    from civicquiz.core.kiosk import save_kiosk_settings as save

    save(here, settings)
    return Changed(None, Changes.SETTINGS)

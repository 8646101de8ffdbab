"""Classes defined by teachers, the class a seat shows, and a learner's PIN."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from civicquiz.core.classes import (
    ClassError,
    check_learner_pin,
    choose_seat_class,
    create_class,
    delete_class,
    has_learner_pin,
    join_seat_class,
    learners_for_seat,
    list_classes,
    set_learner_pin,
)
from civicquiz.core.learners import LearnerError, add_learner
from civicquiz.core.models import Learner, utcnow

pytestmark = pytest.mark.databases


def test_a_seat_lists_its_class_and_new_learners_join_it(engine: Engine, tmp_path: Path) -> None:
    seat_7a, seat_any = tmp_path / "7a", tmp_path / "any"
    with Session(engine) as session:
        a = create_class(session, " 7A ")
        b = create_class(session, "7B")
        with pytest.raises(ClassError, match="already"):
            create_class(session, "7A")
        assert [c.name for c in list_classes(session)] == ["7A", "7B"]
        choose_seat_class(seat_7a, a.id)
        aru = add_learner(session, "Aru")
        join_seat_class(session, aru.id or 0, seat_7a)
        ben = add_learner(session, "Ben")
        join_seat_class(session, ben.id or 0, seat_any)  # a seat with no class: no class
        assert [lr.name for lr in learners_for_seat(session, seat_7a)] == ["Aru"]
        assert {lr.name for lr in learners_for_seat(session, seat_any)} == {"Aru", "Ben"}
        choose_seat_class(seat_any, b.id)
        assert learners_for_seat(session, seat_any) == []
        delete_class(session, a.id or 0)
        session.expire_all()
        assert session.get(Learner, aru.id).class_id is None  # type: ignore[union-attr]
        assert {lr.name for lr in learners_for_seat(session, seat_7a)} == {"Aru", "Ben"}


def test_a_learner_pin_is_hashed_checked_and_throttled(engine: Engine) -> None:
    with Session(engine) as session:
        dana = add_learner(session, "Dana")
        learner_id = dana.id or 0
        assert check_learner_pin(session, learner_id, "").ok  # no PIN: opens
        with pytest.raises(LearnerError, match="4 to 6 digits"):
            set_learner_pin(session, learner_id, "12")
        set_learner_pin(session, learner_id, "4821")
        assert has_learner_pin(session, learner_id)
        assert "4821" not in str(session.get(Learner, learner_id).pin)  # type: ignore[union-attr]
        assert check_learner_pin(session, learner_id, "4821").ok
        now = utcnow()
        assert [check_learner_pin(session, learner_id, "0000", now=now).ok for _ in range(3)] == [
            False,
            False,
            False,
        ]
        waiting = check_learner_pin(session, learner_id, "4821", now=now)
        assert not waiting.ok and waiting.wait_seconds == 30
        assert check_learner_pin(session, learner_id, "4821", now=now + timedelta(seconds=31)).ok
        set_learner_pin(session, learner_id, None)
        assert not has_learner_pin(session, learner_id)

"""Classes defined by teachers, the class a seat shows, and a learner's PIN."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

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
from civicquiz.core.db import session_scope
from civicquiz.core.learners import LearnerError, add_learner
from civicquiz.core.models import Learner, utcnow

pytestmark = pytest.mark.databases


def test_a_seat_lists_its_class_and_new_learners_join_it(engine: Engine, tmp_path: Path) -> None:
    seat_7a, seat_any = tmp_path / "7a", tmp_path / "any"
    with session_scope(engine) as session:
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
    with session_scope(engine) as session:
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


def test_a_teacher_moves_learners_into_and_out_of_a_class(engine: Engine) -> None:
    from civicquiz.core.classes import (
        ClassError,
        class_roster,
        create_class,
        learner_class,
        move_learners,
    )
    from civicquiz.core.learners import LearnerError, add_learner

    with session_scope(engine) as session:
        seven_a = create_class(session, "7A").id
        seven_b = create_class(session, "7B").id
        aru, ben = add_learner(session, "Aru").id or 0, add_learner(session, "Ben").id or 0
        assert move_learners(session, [aru, ben], seven_a) == 2
        assert move_learners(session, [aru, ben], seven_a) == 0  # already there
        assert move_learners(session, [ben], seven_b) == 1
        assert class_roster(session) == [(aru, "Aru", seven_a), (ben, "Ben", seven_b)]
        assert move_learners(session, [aru], None) == 1  # out of any class
        assert learner_class(session, aru) is None and learner_class(session, ben) == seven_b
        with pytest.raises(ClassError, match="no longer exists"):
            move_learners(session, [ben], 9999)
        with pytest.raises(LearnerError):
            move_learners(session, [9999], seven_a)

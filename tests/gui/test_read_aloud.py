"""Read aloud: the platform's speech engine (espeak-ng here) speaks the question, the
choices and the feedback in the content's language, or the button says why it cannot."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from civicquiz.gui.speech import Speaker, content_language, voice_for
from tests.gui.conftest import Driver


def engine_voices() -> list[Any]:
    try:
        import pyttsx3

        return list(pyttsx3.init().getProperty("voices") or [])
    except Exception as error:  # no engine: the tests below need one
        pytest.skip(f"no speech engine on this computer ({error}); make test installs espeak-ng")


def test_the_content_language_is_found_from_its_letters() -> None:
    assert content_language("Which body adopts constitutional laws?") == "en"
    assert content_language("Какой орган принимает конституционные законы?") == "ru"
    assert content_language("Қай орган конституциялық заңдар қабылдайды?") == "kk"


def test_kazakh_russian_and_english_voices_are_found() -> None:
    voices = engine_voices()
    for language in ("kk", "ru", "en"):
        voice = voice_for(voices, language)
        assert voice is not None, f"no {language} voice among {len(voices)}"
    assert voice_for(voices, "xx") is None


def test_without_a_voice_the_reason_is_given(qtbot: Any) -> None:
    engine_voices()
    speaker = Speaker()
    with qtbot.waitSignal(speaker.problem, timeout=20_000) as told:
        speaker.say("Qapla'", "xx")
    assert told.args == ["No xx voice is installed on this computer."]
    speaker.stop()


def test_the_quiz_reads_question_choices_and_feedback(driver: Driver) -> None:
    engine_voices()
    window = driver.window
    driver.new_learner("Listener")
    from tests.gui.test_learner_flow import one_of_each_type

    window.controller.start_quiz(question_ids=one_of_each_type(window)[:1])
    quiz = driver.on("quiz")
    question = quiz.question
    with driver.qtbot.waitSignal(quiz.speaker.spoken, timeout=30_000) as heard:
        QTest.keyClick(quiz, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    said = heard.args[0]
    assert said.startswith("Question 1 of 1")
    assert question.stem in said
    assert all(option.text in said for option in question.options)
    quiz.widget.set_answer(question.correct_answer())
    quiz.main_button.click()
    driver.idle(lambda: quiz.checked)
    with driver.qtbot.waitSignal(quiz.speaker.spoken, timeout=30_000) as heard:
        quiz.read_button.click()
    assert "Correct!" in heard.args[0] and question.explanation.split(".")[0] in heard.args[0]

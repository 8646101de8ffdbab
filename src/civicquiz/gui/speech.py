"""Read aloud: the platform's own offline speech engine through pyttsx3 (espeak-ng on Linux,
SAPI 5 on Windows, NSSpeechSynthesizer on macOS).

Why pyttsx3: the app ships PySide6-Essentials, which has no QtTextToSpeech (that is in
PySide6-Addons, far beyond the bundle's size budget); pyttsx3 is a small, pure-Python,
maintained library over each platform's engine, works offline, and lists the installed
voices, so the app can say plainly when no voice for the content's language exists.

Speech runs on one background thread (the engines block while speaking); the window only
queues text and hears back through a Qt signal.
"""

from __future__ import annotations

import queue
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
LANGUAGE_NAMES = {"kk": "Kazakh", "ru": "Russian", "en": "English"}


def content_language(text: str) -> str:
    """The language of quiz content (Kazakh, Russian or English), from its letters:
    Kazakh's own Cyrillic letters mark Kazakh, other Cyrillic Russian, else English."""
    letters = [c for c in text if c.isalpha()]
    if any(c in KAZAKH_LETTERS for c in letters):
        return "kk"
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return "ru" if letters and cyrillic * 2 >= len(letters) else "en"


def voice_for(voices: list[Any], language: str) -> Any | None:
    """The first installed voice that speaks ``language`` ("kk", "ru", "en")."""

    def codes(voice: Any) -> list[str]:
        out = []
        for code in getattr(voice, "languages", None) or []:
            if isinstance(code, bytes):
                code = code[1:].decode("ascii", "ignore")  # SAPI/espeak: length byte first
            out.append(str(code).lower().replace("_", "-"))
        identifier = str(getattr(voice, "id", "")).lower()
        out.append(identifier.rsplit("/", 1)[-1])
        return out

    for voice in voices:
        if any(code == language or code.startswith(language + "-") for code in codes(voice)):
            return voice
    return None


class Speaker(QObject):
    """Queues text to speak; ``problem`` says why nothing can be spoken (no engine, no
    voice for the language), ``spoken`` that a text was handed to the engine."""

    problem = Signal(str)
    spoken = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[tuple[str, str] | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    def say(self, text: str, language: str | None = None) -> None:
        text = " ".join(text.split())
        if not text:
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="read-aloud", daemon=True)
            self._thread.start()
        self._jobs.put((text, language or content_language(text)))

    def stop(self) -> None:
        if self._thread is not None:
            self._jobs.put(None)

    def _run(self) -> None:
        engine: Any = None
        try:
            import pyttsx3

            engine = pyttsx3.init()
            voices = list(engine.getProperty("voices") or [])
        except Exception as error:  # no engine on this computer (e.g. no espeak-ng)
            self._fail_all(
                "Reading aloud needs the computer's speech engine, which is not "
                f"installed ({type(error).__name__})."
            )
            return
        while (job := self._jobs.get()) is not None:
            text, language = job
            voice = voice_for(voices, language)
            if voice is None:
                name = LANGUAGE_NAMES.get(language, language)
                self.problem.emit(f"No {name} voice is installed on this computer.")
                continue
            try:
                engine.setProperty("voice", voice.id)
                engine.say(text)
                engine.runAndWait()
                self.spoken.emit(text)
            except Exception as error:
                self.problem.emit(f"The speech engine failed: {error}")

    def _fail_all(self, message: str) -> None:
        self.problem.emit(message)
        while self._jobs.get() is not None:
            self.problem.emit(message)

"""The fixed words the generator writes around the fact base's text, in each language.

Everything else in a generated bank (statements, stems, options) comes from the fact base
(``facts.toml`` or its ``facts.LANG.toml`` translation); this table holds what the generator
adds itself: true/false labels and explanations, instructions ("complete the sentence"),
the stems of matching, ordering and "which event" questions, dates, numbers and the
citation of a source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Phrases:
    language: str
    true_label: str
    false_label: str
    true_because: str  # "{text}" is the lesson sentence that makes the claim true
    false_because: str
    complete: str  # a fill-in's stem; "{text}" holds the blank
    select_all: str  # "{ask}" is the multiple-choice question
    which_took_place: str  # "{date}": the reverse of a date question
    which_was_planned: str
    match_formula: str
    match_people: str
    match_lists: str
    timeline: str
    confirms_see: str  # "{titles}": lessons that describe the earlier plan
    title_joiner: str
    confirms_here: str
    citation: str  # "{who}", "{description}", "{when}", "{where}"
    line: str  # "{n}": one line of a source
    lines: str  # "{n}": several lines, comma separated
    no_publisher: str
    undated: str
    months: tuple[str, ...]  # a day's month ("15 March 2026")
    months_alone: tuple[str, ...]  # a month on its own ("March 2026")
    day_format: str  # "{day}", "{month}", "{year}"
    month_format: str  # "{month}", "{year}"
    thousands: str  # separator of thousands ("1,600", "1 600")
    decimal: str
    percent_format: str  # "{n}" already formatted with the decimal mark
    small_numbers: tuple[str, ...]  # counts written in words inside a sentence
    time_anchor: str  # a regular expression: the text already says when it was reported
    proper_words: tuple[str, ...]  # words that keep their capital after a time anchor
    # a fill-in's stem with its time anchor inside ("{anchor}" lower-cased, "{text}" holds
    # the blank), for a language where the anchor reads badly in front of an instruction;
    # empty: the anchor goes in front of ``complete``
    complete_anchored: str = ""

    def format_iso_date(self, iso: str) -> str:
        """``2026-03-15`` -> ``15 March 2026``; ``2026-01`` -> ``January 2026``."""
        parts = iso.split("-")
        if len(parts) == 3:
            year, month, day = parts
            return self.day_format.format(
                day=int(day), month=self.months[int(month) - 1], year=year
            )
        if len(parts) == 2:
            return self.month_format.format(
                month=self.months_alone[int(parts[1]) - 1], year=parts[0]
            )
        return iso

    def month_year(self, month: int, year: int) -> str:
        return self.month_format.format(month=self.months_alone[month - 1], year=year)

    def number(self, value: int) -> str:
        """Thousands separated for reading; years are never passed here."""
        return f"{value:,}".replace(",", self.thousands)

    def percent(self, value: float) -> str:
        return self.percent_format.format(n=f"{value:.2f}".replace(".", self.decimal))

    def lines_label(self, lines: tuple[int, ...]) -> str:
        numbers = ", ".join(str(n) for n in lines)
        return (self.line if len(lines) == 1 else self.lines).format(n=numbers)

    def has_time_anchor(self, text: str) -> bool:
        return bool(re.match(self.time_anchor, text))


NBSP = "\u00a0"

ENGLISH = Phrases(
    language="en",
    true_label="True",
    false_label="False",
    true_because="True. {text}",
    false_because="False. {text}",
    complete="complete the sentence: {text}",
    select_all="{ask} Select all that apply.",
    which_took_place="Which of these took place on {date}, according to the reports?",
    which_was_planned="Which of these was planned for {date}, according to the reports?",
    match_formula="match each branch of power to the word the President's formula pairs with it.",
    match_people="Match each person to the post they held when the reports were written.",
    match_lists="Match each item to the list the reports put it on.",
    timeline="Put these events of the reform in the order they happened, earliest first.",
    confirms_see=" This confirms an earlier plan (see “{titles}”).",
    title_joiner="”, “",
    confirms_here=" This confirms an earlier plan described in this lesson.",
    citation="{who} {description}, {when} ({where})",
    line="line {n}",
    lines="lines {n}",
    no_publisher="News report (publisher not named)",
    undated="undated",
    months=tuple(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
    ),
    months_alone=tuple(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
    ),
    day_format="{day} {month} {year}",
    month_format="{month} {year}",
    thousands=",",
    decimal=".",
    percent_format="{n}%",
    small_numbers=tuple(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    ),
    time_anchor=(
        r"^(As reported|As presented|As the draft stood|Before the (vote|referendum)|"
        r"In (early )?\d{4}|In an undated|One undated|According to the same report|"
        r"At the meeting of|In the presentation|In remarks reported|Summing up the meeting|"
        r"The report of|A report (of|dated)|On \d{1,2} \w+ \d{4}|From \w+ \d{4}|"
        r"When the draft was presented|After the vote|Under the draft|Shortly before|"
        r"Under the referendum rules)"
    ),
    proper_words=(
        "Kazakhstan",
        "Kazakhstan's",
        "President",
        "Deputy",
        "Senator",
        "State",
        "CIS",
        "UN",
    ),
)

# Russian: dates as "15 марта 2026 г." (the month in the genitive after a day), a month
# alone as "март 2026 г."; numbers with a non-breaking space between thousands
# ("1 600") and a decimal comma. Counts stay in figures inside a sentence: a number
# word would have to agree in case with the words around it.
RUSSIAN = Phrases(
    language="ru",
    true_label="Верно",
    false_label="Неверно",
    true_because="Верно. {text}",
    false_because="Неверно. {text}",
    complete="заполните пропуск в предложении: {text}",
    select_all="{ask} Отметьте все верные варианты.",
    which_took_place="Что из перечисленного, согласно сообщениям, произошло {date}?",
    which_was_planned="Что из перечисленного, согласно сообщениям, было намечено на {date}?",
    match_formula=(
        "сопоставьте каждую ветвь власти со словом, которое формула Президента ставит рядом с ней."
    ),
    match_people="Сопоставьте каждого человека с его должностью на момент этих сообщений.",
    match_lists="Сопоставьте каждый пункт со списком, в который его относят сообщения.",
    timeline="Расположите эти события реформы в том порядке, в каком они произошли, начиная с самого раннего.",
    confirms_see=" Это подтверждает ранее объявленный план (см. «{titles}»).",
    title_joiner="», «",
    confirms_here=" Это подтверждает ранее объявленный план, о котором говорится в этом уроке.",
    citation="{who}, {description}, {when} ({where})",
    line="строка {n}",
    lines="строки {n}",
    no_publisher="Издание не указано",
    undated="без даты",
    months=tuple(
        [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ]
    ),
    months_alone=tuple(
        [
            "январь",
            "февраль",
            "март",
            "апрель",
            "май",
            "июнь",
            "июль",
            "август",
            "сентябрь",
            "октябрь",
            "ноябрь",
            "декабрь",
        ]
    ),
    day_format="{day} {month} {year} г.",
    month_format="{month} {year} г.",
    thousands=NBSP,
    decimal=",",
    percent_format="{n}%",
    small_numbers=(),
    time_anchor=(
        r"^(Согласно сообщени|По сообщени|Как сообщ|Как сказано|По данным|В сообщении|"
        r"В (начале |феврале |январе |марте )?\d{4}|До (голосования|референдума)|"
        r"После (голосования|референдума)|На встрече|На заседании|Накануне|"
        r"По проекту|Согласно проекту|Незадолго до|По правилам референдума|"
        r"\d{1,2} \w+ \d{4})"
    ),
    proper_words=("Казахстан", "Казахстана", "Казахстане", "Президент", "Президента", "СНГ", "ООН"),
    complete_anchored="Заполните пропуск в предложении ({anchor}): {text}",
)

# Kazakh: dates as "2026 жылғы 15 наурыз", a month alone as "2026 жылғы наурыз"; numbers
# like the Russian ones ("1 600", "87,15%").
KAZAKH = Phrases(
    language="kk",
    true_label="Дұрыс",
    false_label="Бұрыс",
    true_because="Дұрыс. {text}",
    false_because="Бұрыс. {text}",
    complete="сөйлемді толықтырыңыз: {text}",
    select_all="{ask} Барлық дұрыс жауапты белгілеңіз.",
    which_took_place="Хабарлар бойынша, {date} күні мыналардың қайсысы өтті?",
    which_was_planned="Хабарлар бойынша, {date} күніне мыналардың қайсысы жоспарланған еді?",
    match_formula=(
        "билік тармақтарының әрқайсысын Президент формуласында онымен қатар тұрған сөзбен"
        " сәйкестендіріңіз."
    ),
    match_people="Әр адамды хабарлар жазылған кезде атқарған лауазымымен сәйкестендіріңіз.",
    match_lists="Әр тармақты хабарлар оны жатқызған тізіммен сәйкестендіріңіз.",
    timeline="Реформаның осы оқиғаларын болған ретімен, ең ертесінен бастап орналастырыңыз.",
    confirms_see=" Бұл бұрын жарияланған жоспарды растайды («{titles}» сабағын қараңыз).",
    title_joiner="», «",
    confirms_here=" Бұл осы сабақта сипатталған бұрынғы жоспарды растайды.",
    citation="{who}, {description}, {when} ({where})",
    line="{n}-жол",
    lines="жолдар: {n}",
    no_publisher="Жаңалық хабары (басылым аталмаған)",
    undated="күні көрсетілмеген",
    months=tuple(
        [
            "қаңтар",
            "ақпан",
            "наурыз",
            "сәуір",
            "мамыр",
            "маусым",
            "шілде",
            "тамыз",
            "қыркүйек",
            "қазан",
            "қараша",
            "желтоқсан",
        ]
    ),
    months_alone=tuple(
        [
            "қаңтар",
            "ақпан",
            "наурыз",
            "сәуір",
            "мамыр",
            "маусым",
            "шілде",
            "тамыз",
            "қыркүйек",
            "қазан",
            "қараша",
            "желтоқсан",
        ]
    ),
    day_format="{year} жылғы {day} {month}",
    month_format="{year} жылғы {month}",
    thousands=NBSP,
    decimal=",",
    percent_format="{n}%",
    small_numbers=(),
    time_anchor=(
        r"^(Хабар(лама)?(лар)? бойынша|\d{4} жыл|Референдумға дейін|Референдумнан (кейін|бұрын)|"
        r"Дауыс беруге дейін|Дауыс беруден кейін|Кездесуде|Отырыста|Жобаға сәйкес|"
        r"Жоба бойынша|Референдум ережелері бойынша|Сол хабарламаға сәйкес|Күні көрсетілмеген)"
    ),
    proper_words=(
        "Қазақстан",
        "Қазақстанның",
        "Қазақстанда",
        "Президент",
        "Президенті",
        "Президенттің",
        "Президентке",
        "Конституция",
        "Конституцияның",
        "Конституцияға",
        "Конституцияны",
        "Конституцияда",
        "Парламент",
        "Парламенттің",
        "Үкімет",
        "Үкіметтің",
        "Сенаттың",
        "ТМД",
        "БҰҰ",
    ),
)

PHRASES = {p.language: p for p in (ENGLISH, RUSSIAN, KAZAKH)}
LANGUAGES = tuple(PHRASES)  # the built-in bank's languages, English first


def phrases_for(language: str) -> Phrases:
    return PHRASES.get(language, ENGLISH)

"""Refresh the .ts files from the GUI sources and fill in our Russian and Kazakh texts.

    .venv/bin/python scripts/fill_translations.py

Runs pyside6-lupdate, then writes every translation found in TRANSLATIONS below into
resources/translations/civicquiz_{ru,kk}.ts; strings still missing are listed and left
marked unfinished (Qt then shows the English text).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"

# English -> (Russian, Kazakh)
TRANSLATIONS: dict[str, tuple[str, str]] = {
    "(unfinished)": ("(не завершён)", "(аяқталмаған)"),
    "Accuracy over the last 30 days (answers per day in brackets)": (
        "Точность за последние 30 дней (в скобках — ответов за день)",
        "Соңғы 30 күндегі дәлдік (жақшада — күндегі жауап саны)",
    ),
    "Accuracy over time": ("Точность по дням", "Күндер бойынша дәлдік"),
    "Add learner": ("Добавить ученика", "Оқушы қосу"),
    "Answer:": ("Ответ:", "Жауап:"),
    "Answered": ("Отвечено", "Жауап берілді"),
    "Back": ("Назад", "Артқа"),
    "Capital letters and accents do not matter.": (
        "Регистр букв и диакритика не важны.",
        "Бас әріптер мен диакритика маңызды емес.",
    ),
    "Changes apply at once and are kept for this learner.": (
        "Изменения применяются сразу и сохраняются для этого ученика.",
        "Өзгерістер бірден қолданылады және осы оқушы үшін сақталады.",
    ),
    "Check": ("Проверить", "Тексеру"),
    "Choose your profile, or add a new one. Each learner's progress is kept separately.": (
        "Выберите свой профиль или добавьте новый. Прогресс каждого ученика хранится отдельно.",
        "Профиліңізді таңдаңыз немесе жаңасын қосыңыз. Әр оқушының үлгерімі бөлек сақталады.",
    ),
    "Choose…": ("Выберите…", "Таңдаңыз…"),
    "Continue": ("Продолжить", "Жалғастыру"),
    "Continue ({a} of {n})": ("Продолжить ({a} из {n})", "Жалғастыру ({n} ішінен {a})"),
    "Correct!": ("Верно!", "Дұрыс!"),
    "Could not open your data": (
        "Не удалось открыть ваши данные",
        "Деректеріңізді ашу мүмкін болмады",
    ),
    "Current learner": ("Текущий ученик", "Қазіргі оқушы"),
    "Dark": ("Тёмная", "Қараңғы"),
    "Date": ("Дата", "Күні"),
    "Delete learner": ("Удалить ученика", "Оқушыны жою"),
    "Delete {name} and all of their answers and progress? This cannot be undone.": (
        "Удалить {name} со всеми ответами и прогрессом? Это действие нельзя отменить.",
        "{name} және оның барлық жауаптары мен үлгерімі жойылсын ба? Бұл әрекетті қайтару мүмкін емес.",
    ),
    "Delete…": ("Удалить…", "Жою…"),
    "Drag, or Alt+↑/↓": ("Перетащите или Alt+↑/↓", "Сүйреңіз немесе Alt+↑/↓"),
    "Exam": ("Экзамен", "Емтихан"),
    "False": ("Неверно", "Жалған"),
    "Finish": ("Завершить", "Аяқтау"),
    "Hello, {name}": ("Здравствуйте, {name}", "Сәлеметсіз бе, {name}"),
    "High contrast": ("Высокий контраст", "Жоғары контраст"),
    "Home": ("Главная", "Басты бет"),
    "I was sure of this answer": ("Я был уверен в ответе", "Жауабыма сенімді болдым"),
    "Items to put in order": ("Элементы для упорядочивания", "Ретке келтірілетін элементтер"),
    "Language": ("Язык", "Тіл"),
    "Learners": ("Ученики", "Оқушылар"),
    "Learning: {name}": ("Учится: {name}", "Оқып жатыр: {name}"),
    "Lesson": ("Урок", "Сабақ"),
    "Lesson text": ("Текст урока", "Сабақ мәтіні"),
    "Light": ("Светлая", "Ашық"),
    "Loading the question bank": ("Загрузка банка вопросов", "Сұрақтар банкі жүктелуде"),
    "Mastery %p%": ("Освоено %p%", "Меңгерілді %p%"),
    "Mastery by topic": ("Освоение по темам", "Тақырыптар бойынша меңгеру"),
    "Mastery of {topic}": ("Освоение темы «{topic}»", "«{topic}» тақырыбын меңгеру"),
    "Match for {prompt}": ("Пара для «{prompt}»", "«{prompt}» үшін сәйкестік"),
    "Matching": ("Сопоставление", "Сәйкестендіру"),
    "Message": ("Сообщение", "Хабарлама"),
    "Move down": ("Ниже", "Төмен"),
    "Move the selected item down": (
        "Переместить выбранный элемент ниже",
        "Таңдалған элементті төмен жылжыту",
    ),
    "Move the selected item up": (
        "Переместить выбранный элемент выше",
        "Таңдалған элементті жоғары жылжыту",
    ),
    "Move up": ("Выше", "Жоғары"),
    "Multiple answers": ("Несколько ответов", "Бірнеше жауап"),
    "Name": ("Имя", "Аты"),
    "Name of the new learner": ("Имя нового ученика", "Жаңа оқушының аты"),
    "New learner": ("Новый ученик", "Жаңа оқушы"),
    "New name:": ("Новое имя:", "Жаңа аты:"),
    "Next": ("Далее", "Келесі"),
    "No answers in the last 30 days yet.": (
        "За последние 30 дней ответов пока нет.",
        "Соңғы 30 күнде әзірге жауап жоқ.",
    ),
    "No learners yet: type your name and press Enter.": (
        "Учеников пока нет: введите своё имя и нажмите Enter.",
        "Әзірге оқушы жоқ: атыңызды жазып, Enter пернесін басыңыз.",
    ),
    "Not quite.": ("Не совсем.", "Дұрыс емес."),
    "Numeric": ("Число", "Сан"),
    "Open": ("Открыть", "Ашу"),
    "Opening your progress…": ("Открываем ваш прогресс…", "Үлгеріміңіз ашылуда…"),
    "Ordering": ("Упорядочивание", "Ретке келтіру"),
    "Overall mastery {p}%": ("Общее освоение {p}%", "Жалпы меңгеру {p}%"),
    "Partly right ({p}%)": ("Частично верно ({p}%)", "Ішінара дұрыс ({p}%)"),
    "Practise": ("Практика", "Жаттығу"),
    "Progress of the current task": ("Ход текущей задачи", "Ағымдағы тапсырманың барысы"),
    "Practise this topic": ("Практиковать эту тему", "Осы тақырып бойынша жаттығу"),
    "Practise {topic}": ("Практика: {topic}", "Жаттығу: {topic}"),
    "Progress": ("Прогресс", "Үлгерім"),
    "Question": ("Вопрос", "Сұрақ"),
    "Question number": ("Номер вопроса", "Сұрақ нөмірі"),
    "Question {i} of {n}": ("Вопрос {i} из {n}", "{n} сұрақтың {i}-сі"),
    "Quick quiz": ("Быстрый тест", "Жылдам тест"),
    "Quit": ("Выход", "Шығу"),
    "Quiz": ("Тест", "Тест"),
    "Quiz history": ("История тестов", "Тесттер тарихы"),
    "Quiz progress": ("Ход теста", "Тест барысы"),
    "Quizzes": ("Тесты", "Тесттер"),
    "Read the lesson: {topic}": ("Читать урок: {topic}", "Сабақты оқу: {topic}"),
    "Rename learner": ("Переименовать ученика", "Оқушының атын өзгерту"),
    "Rename…": ("Переименовать…", "Атын өзгерту…"),
    "Result": ("Результат", "Нәтиже"),
    "Retry mistakes": ("Повторить ошибки", "Қателерді қайталау"),
    "Retry mistakes ({n})": ("Повторить ошибки ({n})", "Қателерді қайталау ({n})"),
    "Review": ("Повторение", "Қайталау"),
    "Review due": ("Повторить", "Қайталау"),
    "Review due ({n})": ("Повторить ({n})", "Қайталау ({n})"),
    "Review of every question": ("Разбор каждого вопроса", "Әр сұрақты талдау"),
    "Right": ("Верно", "Дұрыс"),
    "Save and leave": ("Сохранить и выйти", "Сақтап шығу"),
    "Saving…": ("Сохранение…", "Сақталуда…"),
    "Score": ("Результат", "Ұпай"),
    "See results": ("Результаты", "Нәтижелер"),
    "Settings": ("Настройки", "Баптаулар"),
    "Short answer": ("Краткий ответ", "Қысқа жауап"),
    "Single choice": ("Один ответ", "Бір жауап"),
    "Skip": ("Пропустить", "Өткізіп жіберу"),
    "Source: {citation}": ("Источник: {citation}", "Дереккөз: {citation}"),
    "Sources": ("Источники", "Дереккөздер"),
    "Start a streak today": ("Начните серию сегодня", "Сериясын бүгін бастаңыз"),
    "Switch learner": ("Сменить ученика", "Оқушыны ауыстыру"),
    "Text size": ("Размер текста", "Мәтін өлшемі"),
    "Theme": ("Тема", "Тақырып безендіруі"),
    "Time is up": ("Время вышло", "Уақыт бітті"),
    "Time is up. Your answers so far are marked.": (
        "Время вышло. Данные ответы оценены.",
        "Уақыт бітті. Берілген жауаптар бағаланды.",
    ),
    "Time left": ("Осталось времени", "Қалған уақыт"),
    "Time {m}:{s:02d}": ("Время {m}:{s:02d}", "Уақыт {m}:{s:02d}"),
    "Topics": ("Темы", "Тақырыптар"),
    "True": ("Верно", "Ақиқат"),
    "True or false": ("Верно или неверно", "Ақиқат па, жалған ба"),
    "Type a number": ("Введите число", "Сан енгізіңіз"),
    "Type your answer": ("Введите ответ", "Жауабыңызды жазыңыз"),
    "Use Alt+Up and Alt+Down to move the selected item.": (
        "Alt+Вверх и Alt+Вниз перемещают выбранный элемент.",
        "Таңдалған элементті Alt+Жоғары және Alt+Төмен жылжытады.",
    ),
    "Who is learning?": ("Кто учится?", "Кім оқиды?"),
    "Your answer": ("Ваш ответ", "Сіздің жауабыңыз"),
    "Your answer (a number)": ("Ваш ответ (число)", "Сіздің жауабыңыз (сан)"),
    "Your answer:": ("Ваш ответ:", "Сіздің жауабыңыз:"),
    "Your answers are kept; continue later from Home (Esc)": (
        "Ответы сохранены; продолжите позже с главной (Esc)",
        "Жауаптар сақталды; кейін басты беттен жалғастырыңыз (Esc)",
    ),
    "Your answers are saved. Continue any time from Home.": (
        "Ваши ответы сохранены. Продолжить можно в любой момент с главной.",
        "Жауаптарыңыз сақталды. Басты беттен кез келген уақытта жалғастыруға болады.",
    ),
    "Your progress": ("Ваш прогресс", "Сіздің үлгеріміңіз"),
    "Your progress in brief": ("Ваш прогресс вкратце", "Үлгеріміңіз қысқаша"),
    "easy": ("лёгкий", "жеңіл"),
    "hard": ("сложный", "қиын"),
    "medium": ("средний", "орташа"),
    "right": ("верно", "дұрыс"),
    "wrong": ("неверно", "қате"),
    "{due} reviews due · {streak}-day streak · {n} quizzes": (
        "К повторению: {due} · Серия: {streak} дн. · Тестов: {n}",
        "Қайталауға: {due} · Серия: {streak} күн · Тесттер: {n}",
    ),
    "{m}:{s:02d} left": ("Осталось {m}:{s:02d}", "Қалды {m}:{s:02d}"),
    "{name} was deleted.": ("Профиль {name} удалён.", "{name} профилі жойылды."),
    "{n} due for review": ("к повторению: {n}", "қайталауға: {n}"),
    "{n} questions from every topic, with feedback after each": (
        "Вопросов: {n}, из всех тем, с разбором после каждого",
        "Барлық тақырыптан {n} сұрақ, әрқайсысынан кейін талдау",
    ),
    "{n} questions in {m} minutes; feedback at the end": (
        "Вопросов: {n}, время: {m} мин; разбор в конце",
        "{n} сұрақ, {m} минут; талдау соңында",
    ),
    "{n}-day streak": ("Серия: {n} дн.", "Серия: {n} күн"),
    "{p}% · {c} of {n} right": ("{p}% · верно {c} из {n}", "{p}% · {n} ішінен {c} дұрыс"),
    "{seen} of {total} questions practised": (
        "Пройдено вопросов: {seen} из {total}",
        "{total} сұрақтың {seen}-і орындалды",
    ),
    # Kiosk
    "Are you still there?": ("Вы ещё здесь?", "Сіз әлі осындасыз ба?"),
    "Back to the kiosk": ("Вернуться в киоск", "Киоскке оралу"),
    "Enter the supervisor PIN.": (
        "Введите PIN-код администратора.",
        "Әкімшінің PIN-кодын енгізіңіз.",
    ),
    "Guest": ("Гость", "Қонақ"),
    "How does Kazakhstan's new Constitution work? Learn about the Kurultai, the People's Council and the referendum in a few minutes, then test yourself.": (
        "Как устроена новая Конституция Казахстана? За несколько минут узнайте о Курултае, Народном совете и референдуме, а затем проверьте себя.",
        "Қазақстанның жаңа Конституциясы қалай жұмыс істейді? Бірнеше минутта Құрылтай, Халық Кеңесі және референдум туралы біліп, өзіңізді тексеріңіз.",
    ),
    "Idle time": ("Время бездействия", "Әрекетсіздік уақыты"),
    "Idle time before a visit ends": (
        "Время бездействия до конца сеанса",
        "Сеанс аяқталғанға дейінгі әрекетсіздік уақыты",
    ),
    "Keep guests' answers (anonymously) for the teacher's statistics": (
        "Сохранять ответы гостей (анонимно) для статистики учителя",
        "Қонақтардың жауаптарын (жасырын түрде) мұғалім статистикасы үшін сақтау",
    ),
    "No supervisor PIN yet: choose one (4 to 12 digits).": (
        "PIN-код администратора ещё не задан: выберите его (от 4 до 12 цифр).",
        "Әкімшінің PIN-коды әлі жоқ: оны таңдаңыз (4–12 сан).",
    ),
    "Quit the app": ("Закрыть приложение", "Қолданбаны жабу"),
    "Save": ("Сохранить", "Сақтау"),
    "Saved.": ("Сохранено.", "Сақталды."),
    "Start": ("Начать", "Бастау"),
    "Start in kiosk mode": ("Запускать в режиме киоска", "Киоск режимінде іске қосу"),
    "Supervisor": ("Администратор", "Әкімші"),
    "Supervisor PIN": ("PIN-код администратора", "Әкімшінің PIN-коды"),
    "This session ends in {s} seconds, and your answers are cleared.": (
        "Сеанс завершится через {s} с, и ваши ответы будут удалены.",
        "Сеанс {s} секундтан кейін аяқталады, жауаптарыңыз өшіріледі.",
    ),
    "Time left before the session ends": (
        "Время до конца сеанса",
        "Сеанс аяқталғанға дейінгі уақыт",
    ),
    "Unlocked.": ("Открыто.", "Ашылды."),
    # Teacher mode
    "Start this computer as a kiosk": (
        "Запускать этот компьютер как киоск",
        "Бұл компьютерді киоск ретінде іске қосу",
    ),
    "Full screen and locked for visitors from the next start (see docs/kiosk.md)": (
        "Полный экран и блокировка для посетителей со следующего запуска (см. docs/kiosk.md)",
        "Келесі іске қосудан бастап толық экран және келушілер үшін құлыптау (docs/kiosk.md қараңыз)",
    ),
    "The next start opens the kiosk.": (
        "Следующий запуск откроет киоск.",
        "Келесі іске қосу киоскті ашады.",
    ),
    "The next start opens normally.": (
        "Следующий запуск будет обычным.",
        "Келесі іске қосу әдеттегідей болады.",
    ),
    "Banks (none ticked: all)": ("Банки (если не отмечено — все)", "Банктер (белгіленбесе — бәрі)"),
    "Banks in the exam": ("Банки экзамена", "Емтихан банктері"),
    "(ignore)": ("(пропустить)", "(өткізіп жіберу)"),
    "An option": ("Вариант ответа", "Жауап нұсқасы"),
    "Column {n}: {name}": ("Столбец {n}: {name}", "{n}-баған: {name}"),
    "Difficulty": ("Сложность", "Қиындығы"),
    "Explanation": ("Пояснение", "Түсіндірме"),
    "Map columns": ("Сопоставить столбцы", "Бағандарды сәйкестендіру"),
    "Map columns…": ("Сопоставить столбцы…", "Бағандарды сәйкестендіру…"),
    "Question type": ("Тип вопроса", "Сұрақ түрі"),
    "The answer": ("Ответ", "Жауап"),
    "Topic": ("Тема", "Тақырып"),
    "What does each column hold?": ("Что содержит каждый столбец?", "Әр бағанда не бар?"),
    "A PIN is 4 to 12 digits.": ("PIN-код — от 4 до 12 цифр.", "PIN-код — 4-тен 12-ге дейін сан."),
    "Answers": ("Ответы", "Жауаптар"),
    "Bank": ("Банк", "Банк"),
    "Cancel": ("Отмена", "Болдырмау"),
    "Choose a PIN for the teacher's screens. Learners will not be able to open them.": (
        "Задайте PIN-код для экранов учителя. Ученики не смогут их открыть.",
        "Мұғалім беттері үшін PIN-код орнатыңыз. Оқушылар оларды аша алмайды.",
    ),
    "Class results": ("Результаты класса", "Сынып нәтижелері"),
    "Create exam": ("Создать экзамен", "Емтихан құру"),
    "Delete bank": ("Удалить банк", "Банкті жою"),
    "Delete “{title}” with its questions and every answer learners gave to them?": (
        "Удалить «{title}» вместе с вопросами и всеми ответами учеников на них?",
        "«{title}» банкін сұрақтарымен және оқушылардың барлық жауаптарымен бірге жою керек пе?",
    ),
    "Discrimination": ("Различающая способность", "Айыру қабілеті"),
    "Enable or disable": ("Включить или выключить", "Қосу немесе өшіру"),
    "Enabled": ("Включён", "Қосулы"),
    "Enter the teacher PIN.": ("Введите PIN-код учителя.", "Мұғалімнің PIN-кодын енгізіңіз."),
    "Exam title": ("Название экзамена", "Емтихан атауы"),
    "Exams": ("Экзамены", "Емтихандар"),
    "Exams from your teacher:": ("Экзамены от учителя:", "Мұғалімнен емтихандар:"),
    "Export as CSV": ("Экспорт в CSV", "CSV-ге экспорттау"),
    "Export format": ("Формат экспорта", "Экспорт пішімі"),
    "Export item analysis as CSV…": (
        "Экспорт анализа вопросов в CSV…",
        "Сұрақтар талдауын CSV-ге экспорттау…",
    ),
    "Export quizzes as CSV…": ("Экспорт тестов в CSV…", "Тесттерді CSV-ге экспорттау…"),
    "Export the bank": ("Экспорт банка", "Банкті экспорттау"),
    "Exported {n} questions to {path}.": (
        "Экспортировано вопросов: {n}, файл {path}.",
        "{n} сұрақ {path} файлына экспортталды.",
    ),
    "Export…": ("Экспорт…", "Экспорт…"),
    "Facility": ("Лёгкость", "Жеңілдік"),
    "Format: {f}; encoding: {e}.": ("Формат: {f}; кодировка: {e}.", "Пішімі: {f}; кодтауы: {e}."),
    "From": ("Источник", "Көзі"),
    "Id": ("Код", "Коды"),
    "Import a question bank": ("Импорт банка вопросов", "Сұрақтар банкін импорттау"),
    "Import preview": ("Предпросмотр импорта", "Импортты алдын ала қарау"),
    "Import the valid questions and skip the invalid ones": (
        "Импортировать верные вопросы, а ошибочные пропустить",
        "Дұрыс сұрақтарды импорттап, қателерін өткізіп жіберу",
    ),
    "Import these questions": ("Импортировать эти вопросы", "Осы сұрақтарды импорттау"),
    "Imported {n} questions ({a} new, {u} updated).": (
        "Импортировано вопросов: {n} (новых: {a}, обновлено: {u}).",
        "Импортталған сұрақтар: {n} (жаңа: {a}, жаңартылған: {u}).",
    ),
    "Import…": ("Импорт…", "Импорт…"),
    "Item analysis": ("Анализ вопросов", "Сұрақтарды талдау"),
    "Learner": ("Ученик", "Оқушы"),
    "Minutes": ("Минуты", "Минут"),
    "Not imported:": ("Не импортировано:", "Импортталмады:"),
    "Nothing has been written. Fix the lines above, or tick the box to import only the valid questions.": (
        "Ничего не записано. Исправьте указанные строки или отметьте флажок, чтобы импортировать только верные вопросы.",
        "Ештеңе жазылмады. Жоғарыдағы жолдарды түзетіңіз немесе тек дұрыс сұрақтарды импорттау үшін белгі қойыңыз.",
    ),
    "Number of questions": ("Число вопросов", "Сұрақтар саны"),
    "Open or close": ("Открыть или закрыть", "Ашу немесе жабу"),
    "Options chosen": ("Выбранные варианты", "Таңдалған нұсқалар"),
    "PIN (4 to 12 digits)": ("PIN-код (от 4 до 12 цифр)", "PIN-код (4–12 сан)"),
    "Pass mark": ("Проходной балл", "Өту шегі"),
    "Question banks": ("Банки вопросов", "Сұрақтар банктері"),
    "Questions": ("Вопросы", "Сұрақтар"),
    "Saved {path}.": ("Сохранено: {path}.", "Сақталды: {path}."),
    "Set PIN": ("Задать PIN-код", "PIN-код орнату"),
    "Shuffle the questions": ("Перемешивать вопросы", "Сұрақтарды араластыру"),
    "Started": ("Начат", "Басталды"),
    "Teacher": ("Учитель", "Мұғалім"),
    "Teacher PIN": ("PIN-код учителя", "Мұғалімнің PIN-коды"),
    "Teacher PIN again": ("PIN-код учителя ещё раз", "Мұғалімнің PIN-коды қайта"),
    "Teacher sections": ("Разделы учителя", "Мұғалім бөлімдері"),
    "That PIN is not right.": ("Неверный PIN-код.", "PIN-код дұрыс емес."),
    "The class's mastery by topic": ("Освоение тем классом", "Сыныптың тақырыптарды меңгеруі"),
    "The exam is open: learners see it on their home screen.": (
        "Экзамен открыт: ученики видят его на главной.",
        "Емтихан ашық: оқушылар оны басты бетте көреді.",
    ),
    "The same PIN again": ("Тот же PIN-код ещё раз", "Сол PIN-кодты қайта"),
    "The two PINs differ; type them again.": (
        "PIN-коды не совпадают; введите их снова.",
        "PIN-кодтар сәйкес емес; қайта енгізіңіз.",
    ),
    "This file cannot be imported as it is:": (
        "Этот файл нельзя импортировать в таком виде:",
        "Бұл файлды осы күйінде импорттау мүмкін емес:",
    ),
    "Time limit": ("Ограничение времени", "Уақыт шегі"),
    "Time limit in minutes": ("Ограничение времени в минутах", "Минутпен уақыт шегі"),
    "Title": ("Название", "Атауы"),
    "Too many wrong PINs. Try again in {s} seconds.": (
        "Слишком много неверных PIN-кодов. Повторите через {s} с.",
        "Қате PIN-кодтар тым көп. {s} секундтан кейін қайталаңыз.",
    ),
    "Topics (none ticked: all)": (
        "Темы (если не отмечено — все)",
        "Тақырыптар (белгіленбесе — бәрі)",
    ),
    "Topics in the exam": ("Темы экзамена", "Емтихан тақырыптары"),
    "Unlock": ("Открыть", "Ашу"),
    # the exam start screen and the item-writing check in the import preview
    "Drawn from all {k} topics, in proportion to how many questions each has:": (
        "Вопросы из всех тем ({k}), пропорционально числу вопросов в каждой:",
        "Барлық {k} тақырыптан, әрқайсысындағы сұрақ санына сай алынады:",
    ),
    "Exam rules": (
        "Правила экзамена",
        "Емтихан ережелері",
    ),
    "Item-writing check: no rule broken.": (
        "Проверка вопросов: правила не нарушены.",
        "Сұрақтарды тексеру: ереже бұзылмаған.",
    ),
    "Item-writing check: {n} points to review (see `civicquiz lint`).": (
        "Проверка вопросов: замечаний — {n} (см. `civicquiz lint`).",
        "Сұрақтарды тексеру: {n} ескерту (`civicquiz lint` қараңыз).",
    ),
    "Pass mark: {p}%.": (
        "Проходной балл: {p}%.",
        "Өту шегі: {p}%.",
    ),
    "Preparing the exam…": (
        "Готовим экзамен…",
        "Емтихан дайындалуда…",
    ),
    "Question types are mixed ({kinds}); true/false is at most a fifth of the exam.": (
        "Типы вопросов чередуются ({kinds}); «верно/неверно» — не больше пятой части экзамена.",
        "Сұрақ түрлері аралас ({kinds}); «дұрыс/бұрыс» емтиханның бестен бірінен аспайды.",
    ),
    "Questions you have not answered before come first ({u} of {n}), then those due for review ({d}).": (
        "Сначала вопросы, на которые вы ещё не отвечали ({u} из {n}), затем те, что пора повторить ({d}).",
        "Алдымен әлі жауап бермеген сұрақтарыңыз ({u} / {n}), сосын қайталау уақыты келгендері ({d}).",
    ),
    "Start the exam": (
        "Начать экзамен",
        "Емтиханды бастау",
    ),
    "You see your score and the explanations at the end; you may skip a question and come back to it.": (
        "Результат и пояснения вы увидите в конце; вопрос можно пропустить и вернуться к нему.",
        "Нәтиже мен түсініктемелерді соңында көресіз; сұрақты өткізіп, кейін оған қайта оралуға болады.",
    ),
    "{n} questions, no time limit.": (
        "Вопросов: {n}, без ограничения времени.",
        "{n} сұрақ, уақыт шектелмеген.",
    ),
    "{n} questions, {m} minutes. The clock starts when you press “Start the exam”.": (
        "Вопросов: {n}, минут: {m}. Время пойдёт, когда вы нажмёте «Начать экзамен».",
        "{n} сұрақ, {m} минут. Уақыт «Емтиханды бастау» түймесін басқанда басталады.",
    ),
    "… and {n} more.": (
        "… и ещё {n}.",
        "… тағы {n}.",
    ),
    "no": ("нет", "жоқ"),
    "no limit": ("без ограничения", "шексіз"),
    "not passed": ("не сдан", "өтпеді"),
    "passed": ("сдан", "өтті"),
    "yes": ("да", "иә"),
    "{n} questions will be imported into “{title}”.": (
        "В «{title}» будет импортировано вопросов: {n}.",
        "«{title}» банкіне {n} сұрақ импортталады.",
    ),
    "{title} ({n} questions)": ("{title} (вопросов: {n})", "{title} ({n} сұрақ)"),
    "{title} ({n} questions, {m} min)": (
        "{title} (вопросов: {n}, {m} мин)",
        "{title} ({n} сұрақ, {m} мин)",
    ),
}


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "src" / "civicquiz" / "gui").rglob("*.py"))
    files = [TS_DIR / f"civicquiz_{code}.ts" for code in ("ru", "kk")]
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyside6-lupdate"),
            *sources,
            "-no-obsolete",
            "-ts",
            *map(str, files),
        ],
        check=True,
    )
    missing: set[str] = set()
    for index, path in enumerate(files):
        tree = ET.parse(path)
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if source in TRANSLATIONS:
                translation.text = TRANSLATIONS[source][index]
                translation.attrib.pop("type", None)
            else:
                missing.add(source)
        tree.write(path, encoding="utf-8", xml_declaration=True)
    for source in sorted(missing):
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

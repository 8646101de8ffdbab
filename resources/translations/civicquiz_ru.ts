<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/attract.py" line="+51"/>
        <source>How does Kazakhstan&apos;s new Constitution work? Learn about the Kurultai, the People&apos;s Council and the referendum in a few minutes, then test yourself.</source>
        <translation>Как устроена новая Конституция Казахстана? За несколько минут узнайте о Курултае, Народном совете и референдуме, а затем проверьте себя.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Read aloud</source>
        <translation>Прочитать вслух</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hear this screen read aloud (Ctrl+R)</source>
        <translation>Прослушать этот экран (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>ClassroomTab</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/classroom.py" line="+41"/>
        <location line="+16"/>
        <source>Working now</source>
        <translation>Сейчас работают</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>Learners who answered in the last %n minute(s).</source>
        <translation>
            <numerusform>Ученики, отвечавшие за последнюю %n минуту.</numerusform>
            <numerusform>Ученики, отвечавшие за последние %n минуты.</numerusform>
            <numerusform>Ученики, отвечавшие за последние %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learner</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Верно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last answer</source>
        <translation>Последний ответ</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Results files</source>
        <translation>Файлы результатов</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>A computer without the server saves its results to a file; merge the files here. Each answer is added once, however often a file is merged.</source>
        <translation>Компьютер без сервера сохраняет результаты в файл; объедините файлы здесь. Каждый ответ добавляется один раз, сколько бы раз ни объединяли файл.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save this computer&apos;s results…</source>
        <translation>Сохранить результаты этого компьютера…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge results files…</source>
        <translation>Объединить файлы результатов…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Classes</source>
        <translation>Классы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New class, e.g. 7A</source>
        <translation>Новый класс, например 7А</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new class</source>
        <translation>Название нового класса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add class</source>
        <translation>Добавить класс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete class</source>
        <translation>Удалить класс</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learners and their classes</source>
        <translation>Ученики и их классы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the selected learners to:</source>
        <translation>Перевести выбранных учеников в:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected learners to</source>
        <translation>Перевести выбранных учеников в</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select learners (Ctrl or Shift for several) and a class, then Move. On each computer the class is picked once (on the profiles screen): it then lists that class&apos;s learners, and learners added there join it. A learner changes their own class in Settings.</source>
        <translation>Выберите учеников (Ctrl или Shift — несколько) и класс, затем нажмите «Перевести». На каждом компьютере класс выбирается один раз (на экране профилей): затем там показываются ученики этого класса, а добавленные там ученики попадают в него. Ученик может сменить свой класс в настройках.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+19"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>This computer uses:</source>
        <translation>Этот компьютер использует:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address:</source>
        <translation>Адрес сервера:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this server</source>
        <translation>Использовать этот сервер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this computer&apos;s own database</source>
        <translation>Использовать базу данных этого компьютера</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The server cannot be reached just now.</source>
        <translation>Сервер сейчас недоступен.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n learner(s) answered in the last {m} minutes.</source>
        <translation>
            <numerusform>За последние {m} мин ответил %n ученик.</numerusform>
            <numerusform>За последние {m} мин ответили %n ученика.</numerusform>
            <numerusform>За последние {m} мин ответили %n учеников.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save this computer&apos;s results</source>
        <translation>Сохранить результаты этого компьютера</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n ученик</numerusform>
            <numerusform>%n ученика</numerusform>
            <numerusform>%n учеников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n quiz(zes)</source>
        <translation>
            <numerusform>%n тест</numerusform>
            <numerusform>%n теста</numerusform>
            <numerusform>%n тестов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path}: {saved}.</source>
        <translation>Сохранено в {path}: {saved}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge results files</source>
        <translation>Объединить файлы результатов</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was merged: {problem}</source>
        <translation>Ничего не объединено: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merged {files} files: added {a} answers in {q} quizzes and {l} new learners; {d} answers were already there.</source>
        <translation>Объединено файлов: {files}. Добавлено ответов: {a} (тестов: {q}), новых учеников: {l}; уже были в базе ответов: {d}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left out: {n} ({first}).</source>
        <translation>Пропущено: {n} ({first}).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No class</source>
        <translation>Без класса</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (class {cls})</source>
        <translation>{name} (класс {cls})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (no class)</source>
        <translation>{name} (без класса)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select one or more learners first.</source>
        <translation>Сначала выберите одного или нескольких учеников.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n learner(s) moved to {target}.</source>
        <translation>
            <numerusform>%n ученик переведён в {target}.</numerusform>
            <numerusform>%n ученика переведены в {target}.</numerusform>
            <numerusform>%n учеников переведены в {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n learner(s) taken out of their class.</source>
        <translation>
            <numerusform>%n ученик выведен из своего класса.</numerusform>
            <numerusform>%n ученика выведены из своего класса.</numerusform>
            <numerusform>%n учеников выведены из своего класса.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A server address starts with postgresql+psycopg://</source>
        <translation>Адрес сервера начинается с postgresql+psycopg://</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That address cannot be read: {e}</source>
        <translation>Не удаётся разобрать адрес: {e}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved for this computer. Start CivicQuiz again to use it.</source>
        <translation>Сохранено для этого компьютера. Перезапустите CivicQuiz, чтобы применить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept in a private password file.</source>
        <translation>Пароль хранится в отдельном закрытом файле паролей.</translation>
    </message>
</context>
<context>
    <name>ClozeWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/cloze.py" line="+80"/>
        <source>Gap {n} of {total}</source>
        <translation>Пропуск {n} из {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>Gap {n}</source>
        <translation>Пропуск {n}</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Type a number</source>
        <translation>Введите число</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your answer</source>
        <translation>Введите ответ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>✓ Right</source>
        <translation>✓ Верно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partly right ({p}%). The answer is: {answer}</source>
        <translation>Частично верно ({p}%). Правильный ответ: {answer}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Not right. The answer is: {answer}</source>
        <translation>✗ Неверно. Правильный ответ: {answer}</translation>
    </message>
</context>
<context>
    <name>ColumnMapDialog</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="+88"/>
        <source>Map columns</source>
        <translation>Сопоставить столбцы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What does each column hold?</source>
        <translation>Что содержит каждый столбец?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An option</source>
        <translation>Вариант ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question type</source>
        <translation>Тип вопроса</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difficulty</source>
        <translation>Сложность</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column {n}: {name}</source>
        <translation>Столбец {n}: {name}</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../src/civicquiz/gui/core_text.py" line="+27"/>
        <source>(no answer)</source>
        <translation>(нет ответа)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nothing selected)</source>
        <translation>(ничего не выбрано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This quiz is already finished.</source>
        <translation>Этот тест уже завершён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That quiz no longer exists.</source>
        <translation>Этого теста больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That quiz or question no longer exists.</source>
        <translation>Этого теста или вопроса больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That question is not part of this quiz.</source>
        <translation>Этого вопроса нет в данном тесте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This question was already answered in this quiz (perhaps on another computer); the first answer counts.</source>
        <translation>На этот вопрос в тесте уже ответили (возможно, на другом компьютере); засчитывается первый ответ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That exam is no longer open.</source>
        <translation>Этот экзамен уже закрыт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An exam needs a title.</source>
        <translation>У экзамена должно быть название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An exam has between 1 and 500 questions.</source>
        <translation>В экзамене может быть от 1 до 500 вопросов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pass mark is a percentage from 0 to 100.</source>
        <translation>Проходной балл — процент от 0 до 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only typed answers can be overruled.</source>
        <translation>Засчитать вручную можно только введённый ответ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That answer was not found.</source>
        <translation>Этот ответ не найден.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That answer was already marked right.</source>
        <translation>Этот ответ уже засчитан как верный.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That topic no longer exists.</source>
        <translation>Этой темы больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A class needs a name of up to 40 characters.</source>
        <translation>Название класса — не длиннее 40 символов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a class called {name}.</source>
        <translation>Класс с названием {name} уже есть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in bank cannot be deleted; disable it instead.</source>
        <translation>Встроенный банк нельзя удалить; его можно отключить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong with the database: {reason}</source>
        <translation>Ошибка при работе с базой данных: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database is busy with another program; please try again in a moment.</source>
        <translation>база данных занята другой программой; повторите попытку через минуту.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full; free some space and try again.</source>
        <translation>диск заполнен; освободите место и повторите попытку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database cannot be written (read-only).</source>
        <translation>в базу данных нельзя записывать (только для чтения).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database file cannot be opened (check the folder&apos;s permissions).</source>
        <translation>файл базы данных не открывается (проверьте права доступа к папке).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database server cannot be reached.</source>
        <translation>сервер базы данных недоступен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unexpected database error (details are in the log).</source>
        <translation>непредвиденная ошибка базы данных (подробности в журнале).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file could not be used ({file}): {reason}.</source>
        <translation>Не удалось использовать файл ({file}): {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file could not be used: {reason}.</source>
        <translation>Не удалось использовать файл: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That could not be done.</source>
        <translation>Это действие выполнить не удалось.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong; the details are in CivicQuiz&apos;s log.</source>
        <translation>Что-то пошло не так; подробности — в журнале CivicQuiz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} is in use by another program (it is locked). Nothing was changed. Close the other CivicQuiz window or program and try again.</source>
        <translation>База данных {path} занята другой программой (заблокирована). Ничего не изменено. Закройте другое окно CivicQuiz или другую программу и повторите попытку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding {folder} is full, so CivicQuiz cannot open its database. Nothing was changed. Free some space and try again.</source>
        <translation>Диск, на котором находится {folder}, заполнен, поэтому CivicQuiz не может открыть базу данных. Ничего не изменено. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no questions to import</source>
        <translation>нет вопросов для импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the question text is empty</source>
        <translation>текст вопроса пуст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no correct answer is given</source>
        <translation>не указан правильный ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file ({reason})</source>
        <translation>не удаётся прочитать файл ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown format {name}</source>
        <translation>неизвестный формат {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an option with no question before it</source>
        <translation>вариант ответа без вопроса перед ним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an ANSWER line with no question before it</source>
        <translation>строка ANSWER без вопроса перед ней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a question needs at least two options before its ANSWER</source>
        <translation>перед строкой ANSWER у вопроса должно быть не меньше двух вариантов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file ends before this question&apos;s ANSWER line</source>
        <translation>файл заканчивается раньше строки ANSWER этого вопроса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answers are not closed with &apos;}&apos;</source>
        <translation>ответы не закрыты знаком &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not well-formed XML: {detail}</source>
        <translation>ошибка в разметке XML: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the difficulty must be 1, 2 or 3, not {value}</source>
        <translation>сложность должна быть 1, 2 или 3, а не {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a numeric answer must be a number, not {value}</source>
        <translation>числовой ответ должен быть числом, а не {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same question as on line {line}</source>
        <translation>тот же вопрос, что в строке {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}: {problem}</source>
        <translation>строка {line}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embedded answers (Moodle cloze text, one question a file)</source>
        <translation>Встроенные ответы (текст Moodle Cloze, один вопрос в файле)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CivicQuiz bank (JSON)</source>
        <translation>Банк CivicQuiz (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFT (Moodle text format)</source>
        <translation>GIFT (текстовый формат Moodle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moodle XML</source>
        <translation>XML-файл Moodle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMS QTI 2.1/3.0 item or package (choice, text entry, match, order)</source>
        <translation>IMS QTI 2.1/3.0: задание или пакет (выбор, ввод текста, сопоставление, порядок)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aiken (plain text)</source>
        <translation>Aiken (простой текст)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV or TSV from a spreadsheet</source>
        <translation>CSV или TSV из электронной таблицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx) in a CSV layout, Kahoot&apos;s template included</source>
        <translation>Книга Excel (.xlsx) в формате CSV, включая шаблон Kahoot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quizlet export (term, tab, definition)</source>
        <translation>Экспорт Quizlet (термин, табуляция, определение)</translation>
    </message>
</context>
<context>
    <name>ExamStartScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/exam_start.py" line="+27"/>
        <source>Exam rules</source>
        <translation>Правила экзамена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the exam</source>
        <translation>Начать экзамен</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preparing the exam…</source>
        <translation>Экзамен готовится…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n question(s), {m} minutes. The clock starts when you press “Start the exam”.</source>
        <translation>
            <numerusform>%n вопрос, {m} мин. Отсчёт времени начнётся, когда вы нажмёте «Начать экзамен».</numerusform>
            <numerusform>%n вопроса, {m} мин. Отсчёт времени начнётся, когда вы нажмёте «Начать экзамен».</numerusform>
            <numerusform>%n вопросов, {m} мин. Отсчёт времени начнётся, когда вы нажмёте «Начать экзамен».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n question(s), no time limit.</source>
        <translation>
            <numerusform>%n вопрос, без ограничения времени.</numerusform>
            <numerusform>%n вопроса, без ограничения времени.</numerusform>
            <numerusform>%n вопросов, без ограничения времени.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawn from all {k} topics, in proportion to how many questions each has:</source>
        <translation>Вопросы из всех тем ({k}), пропорционально числу вопросов в каждой:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Question types are mixed ({kinds}); true/false is at most a fifth of the exam.</source>
        <translation>Типы вопросов чередуются ({kinds}); вопросов «верно или неверно» не больше пятой части.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions you have not answered before come first ({u} of {n}), then those due for review ({d}).</source>
        <translation>Сначала вопросы, на которые вы ещё не отвечали ({u} из {n}), затем вопросы к повторению ({d}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You see your score and the explanations at the end; you may skip a question and come back to it.</source>
        <translation>Баллы и пояснения вы увидите в конце; вопрос можно пропустить и вернуться к нему позже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exam</source>
        <translation>Экзамен</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pass mark: {p}%.</source>
        <translation>Проходной балл: {p}%.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="+86"/>
        <source>I was right</source>
        <translation>Я ответил(а) верно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I was right: count my typed answer as right</source>
        <translation>Я ответил(а) верно: засчитать мой ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your teacher will see that you marked this answer right yourself.</source>
        <translation>Учитель увидит, что этот ответ вы засчитали сами.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Correct!</source>
        <translation>Верно!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partly right ({p}%)</source>
        <translation>Частично верно ({p}%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not quite.</source>
        <translation>Не совсем.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: {citation}</source>
        <translation>Источник: {citation}</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="+85"/>
        <source>Your progress in brief</source>
        <translation>Ваш прогресс вкратце</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review due</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Quick quiz</source>
        <translation>Быстрый тест</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Exam</source>
        <translation>Экзамен</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n-day streak</source>
        <translation>
            <numerusform>Серия: %n день</numerusform>
            <numerusform>Серия: %n дня</numerusform>
            <numerusform>Серия: %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-54"/>
        <source>%n question(s) from every topic, with feedback after each</source>
        <translation>
            <numerusform>%n вопрос из всех тем, с разбором после каждого</numerusform>
            <numerusform>%n вопроса из всех тем, с разбором после каждого</numerusform>
            <numerusform>%n вопросов из всех тем, с разбором после каждого</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n question(s) in {m} minutes; feedback at the end</source>
        <translation>
            <numerusform>%n вопрос за {m} мин; разбор в конце</numerusform>
            <numerusform>%n вопроса за {m} мин; разбор в конце</numerusform>
            <numerusform>%n вопросов за {m} мин; разбор в конце</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hello, {name}</source>
        <translation>Здравствуйте, {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overall mastery {p}%</source>
        <translation>Общее освоение {p}%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a streak today</source>
        <translation>Начните серию сегодня</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue ({a} of {n})</source>
        <translation>Продолжить ({a} из {n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review due ({n})</source>
        <translation>Повторить ({n})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exams from your teacher:</source>
        <translation>Экзамены от учителя:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{title} (%n question(s))</source>
        <translation>
            <numerusform>{title} (%n вопрос)</numerusform>
            <numerusform>{title} (%n вопроса)</numerusform>
            <numerusform>{title} (%n вопросов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{title} (%n question(s), {m} min)</source>
        <translation>
            <numerusform>{title} (%n вопрос, {m} мин)</numerusform>
            <numerusform>{title} (%n вопроса, {m} мин)</numerusform>
            <numerusform>{title} (%n вопросов, {m} мин)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="+218"/>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left before the session ends</source>
        <translation>Время до конца сеанса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This session ends in {s} seconds, and your answers are cleared.</source>
        <translation>Сеанс завершится через {s} с, и ваши ответы будут удалены.</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/lesson.py" line="+61"/>
        <location line="+45"/>
        <source>Lesson text</source>
        <translation>Текст урока</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practise this topic</source>
        <translation>Практиковать эту тему</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+38"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Glossary</source>
        <translation>Словарь терминов</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Key terms in Kazakh, Russian and English</source>
        <translation>Ключевые термины на казахском, русском и английском</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Back to the lesson</source>
        <translation>Назад к уроку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key terms of the reform in Kazakh, Russian and English.</source>
        <translation>Ключевые термины реформы на казахском, русском и английском языках.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latin</source>
        <translation>латиница</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message numerus="yes">
        <location filename="../../src/civicquiz/gui/widgets/charts.py" line="+93"/>
        <source>{day}: {p}% of %n answer(s)</source>
        <translation>
            <numerusform>{day}: {p}% из %n ответа</numerusform>
            <numerusform>{day}: {p}% из %n ответов</numerusform>
            <numerusform>{day}: {p}% из %n ответов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="+141"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch learner</source>
        <translation>Сменить ученика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Opening your progress…</source>
        <translation>Открываем ваш прогресс…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Connection to the server</source>
        <translation>Связь с сервером</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Current screen</source>
        <translation>Текущий экран</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/router.py" line="+283"/>
        <source>Saved on this computer: results will be sent when the server is back.</source>
        <translation>Сохранено на этом компьютере: результаты будут отправлены, когда сервер станет доступен.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/civicquiz/gui/main_window.py" line="+51"/>
        <source>%n saved answer(s) sent to the server.</source>
        <translation>
            <numerusform>На сервер отправлен %n сохранённый ответ.</numerusform>
            <numerusform>На сервер отправлено %n сохранённых ответа.</numerusform>
            <numerusform>На сервер отправлено %n сохранённых ответов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/router.py" line="-35"/>
        <source>The server cannot be reached just now. Answers given here are kept on this computer and sent when it is back; a quick quiz still starts.</source>
        <translation>Сервер сейчас недоступен. Ответы, данные здесь, сохраняются на этом компьютере и будут отправлены, когда он снова заработает; быстрый тест по-прежнему можно начать.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="+14"/>
        <source>Progress of the current task</source>
        <translation>Ход текущей задачи</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/router.py" line="+94"/>
        <source>Loading the question bank</source>
        <translation>Загрузка банка вопросов</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="+29"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/router.py" line="+254"/>
        <source>The server cannot be reached just now: this quiz comes from the copy kept on this computer, and your answers will be sent when the server is back.</source>
        <translation>Сервер сейчас недоступен: этот тест взят из копии на этом компьютере, а ваши ответы будут отправлены, когда сервер снова заработает.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Start a new quiz?</source>
        <translation>Начать новый тест?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have an unfinished quiz ({a} of {n} answered). If you start a new one, Home will offer the new one under Continue instead; the answers you gave are kept.</source>
        <translation>У вас есть незавершённый тест (отвечено {a} из {n}). Если начать новый, кнопка «Продолжить» на главной будет вести к новому; данные вами ответы сохранятся.</translation>
    </message>
    <message>
        <location line="-440"/>
        <source>Your answers are saved. Continue any time from Home.</source>
        <translation>Ваши ответы сохранены. Продолжить можно в любой момент с главной.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="-16"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/router.py" line="+533"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Could not open your data</source>
        <translation>Не удалось открыть ваши данные</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="-100"/>
        <source>Learning: {name}</source>
        <translation>Учится: {name}</translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="+241"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Match for {prompt}</source>
        <translation>Пара для «{prompt}»</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>✓ Right</source>
        <translation>✓ Верно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Not right. The match is: {answer}</source>
        <translation>✗ Неверно. Правильная пара: {answer}</translation>
    </message>
</context>
<context>
    <name>NumericWidget</name>
    <message>
        <location line="-108"/>
        <source>Type a number</source>
        <translation>Введите число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer (a number)</source>
        <translation>Ваш ответ (число)</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <location line="+154"/>
        <source>Items to put in order</source>
        <translation>Элементы для упорядочивания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Alt+Up and Alt+Down to move the selected item.</source>
        <translation>Alt+Вверх и Alt+Вниз перемещают выбранный элемент.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item up</source>
        <translation>Переместить выбранный элемент выше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item down</source>
        <translation>Переместить выбранный элемент ниже</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag, or Alt+↑/↓</source>
        <translation>Перетащите или Alt+↑/↓</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../src/civicquiz/gui/paper.py" line="+66"/>
        <source>Tick one.</source>
        <translation>Отметьте один вариант.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick every right answer.</source>
        <translation>Отметьте все верные ответы.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+65"/>
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+66"/>
        <source>False</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Write the letter of the matching answer.</source>
        <translation>Впишите букву подходящего ответа.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Number them in the right order.</source>
        <translation>Пронумеруйте в правильном порядке.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fill in each gap.</source>
        <translation>Заполните каждый пропуск.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+69"/>
        <source>Answer key</source>
        <translation>Ключ ответов</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>page</source>
        <translation>стр.</translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/pin.py" line="+31"/>
        <location line="+13"/>
        <source>Type the PIN first.</source>
        <translation>Сначала введите PIN-код.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in {s} seconds.</source>
        <translation>Слишком много неверных PIN-кодов. Повторите через {s} с.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That PIN is not right.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A supervisor PIN is 6 to 12 digits.</source>
        <translation>PIN-код администратора — от 6 до 12 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN-код — от 4 до 12 цифр.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/print_dialog.py" line="+44"/>
        <source>Print a worksheet or exam</source>
        <translation>Печать рабочего листа или экзамена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A PDF to print: questions numbered, options lettered, room to write and each question&apos;s source; the answer key is saved next to it as a separate file.</source>
        <translation>PDF для печати: вопросы пронумерованы, варианты обозначены буквами, есть место для ответа и источник каждого вопроса; ключ ответов сохраняется рядом отдельным файлом.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to print</source>
        <translation>Что печатать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank: {title}</source>
        <translation>Банк: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exam: {title}</source>
        <translation>Экзамен: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of questions</source>
        <translation>Число вопросов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter</source>
        <translation>Letter (США)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print (16-point type)</source>
        <translation>Крупный шрифт (16 пунктов)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to print:</source>
        <translation>Что печатать:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions:</source>
        <translation>Вопросов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size:</source>
        <translation>Размер бумаги:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print result</source>
        <translation>Результат печати</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the worksheet</source>
        <translation>Сохранить рабочий лист</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the PDF…</source>
        <translation>Создаётся PDF…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PDF could not be written: {problem}</source>
        <translation>Не удалось записать PDF: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {sheet}: {n} questions on {p} pages; the answer key {key} on {k} pages.</source>
        <translation>Сохранено {sheet}: вопросов — {n}, страниц — {p}; ключ ответов {key}, страниц — {k}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was printed: {problem}</source>
        <translation>Ничего не напечатано: {problem}</translation>
    </message>
</context>
<context>
    <name>ProfilesScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="+32"/>
        <source>Who is learning?</source>
        <translation>Кто учится?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your profile, or add a new one. Each learner&apos;s progress is kept separately.</source>
        <translation>Выберите свой профиль или добавьте новый. Прогресс каждого ученика хранится отдельно.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Learners</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New learner</source>
        <translation>Новый ученик</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new learner</source>
        <translation>Имя нового ученика</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add learner</source>
        <translation>Добавить ученика</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No learners yet: type your name and press Enter.</source>
        <translation>Учеников пока нет: введите своё имя и нажмите Enter.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Rename learner</source>
        <translation>Переименовать ученика</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete learner</source>
        <translation>Удалить ученика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {name} and all of their answers and progress? This cannot be undone.</source>
        <translation>Удалить {name} со всеми ответами и прогрессом? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} was deleted.</source>
        <translation>Профиль {name} удалён.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/seat.py" line="+74"/>
        <location line="+49"/>
        <location line="+7"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>{name}&apos;s PIN:</source>
        <translation>PIN-код ученика {name}:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Too many wrong PINs. Try again in {s} seconds.</source>
        <translation>Слишком много неверных PIN-кодов. Повторите через {s} с.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That PIN is not right.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PIN…</source>
        <translation>PIN-код…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set or change this learner&apos;s PIN</source>
        <translation>Задать или сменить PIN-код ученика</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}&apos;s PIN now:</source>
        <translation>Текущий PIN-код ученика {name}:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new PIN of 4 to 6 digits (leave empty for none):</source>
        <translation>Новый PIN-код из 4–6 цифр (оставьте пустым, чтобы убрать):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That PIN is not right; nothing was changed.</source>
        <translation>Неверный PIN-код; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s profile is now protected by a PIN.</source>
        <translation>Профиль ученика {name} теперь защищён PIN-кодом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s profile has no PIN now.</source>
        <translation>У профиля ученика {name} больше нет PIN-кода.</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="+34"/>
        <source>Your progress</source>
        <translation>Ваш прогресс</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Mastery by topic</source>
        <translation>Освоение по темам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accuracy over the last 30 days (answers per day in brackets)</source>
        <translation>Точность за последние 30 дней (в скобках — ответов за день)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accuracy over time</source>
        <translation>Точность по дням</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quizzes</source>
        <translation>Тесты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiz history</source>
        <translation>История тестов</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>К повторению: %n вопрос</numerusform>
            <numerusform>К повторению: %n вопроса</numerusform>
            <numerusform>К повторению: %n вопросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n-day streak</source>
        <translation>
            <numerusform>Серия: %n день</numerusform>
            <numerusform>Серия: %n дня</numerusform>
            <numerusform>Серия: %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n quiz(zes)</source>
        <translation>
            <numerusform>%n тест</numerusform>
            <numerusform>%n теста</numerusform>
            <numerusform>%n тестов</numerusform>
        </translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Верно</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No answers in the last 30 days yet.</source>
        <translation>За последние 30 дней ответов пока нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unfinished)</source>
        <translation>(не завершён)</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="+55"/>
        <source>Quiz progress</source>
        <translation>Ход теста</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>I was sure of this answer</source>
        <translation>Уверен(а) в ответе</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save and leave</source>
        <translation>Сохранить и выйти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers are kept; continue later from Home (Esc)</source>
        <translation>Ответы сохранены; продолжите позже с главной (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Read aloud</source>
        <translation>Прочитать вслух</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hear the question, the choices and the feedback (Ctrl+R)</source>
        <translation>Прослушать вопрос, варианты и разбор (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Question {i} of {n}</source>
        <translation>Вопрос {i} из {n}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+154"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Counted as right (your call)</source>
        <translation>Засчитано как верное (по вашему решению)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Single choice</source>
        <translation>Один ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple answers</source>
        <translation>Несколько ответов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True or false</source>
        <translation>Верно или неверно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short answer</source>
        <translation>Краткий ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric</source>
        <translation>Число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching</source>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordering</source>
        <translation>Упорядочивание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedded answers</source>
        <translation>Вложенные ответы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>easy</source>
        <translation>лёгкий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hard</source>
        <translation>сложный</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>See results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Your answer could not be saved.</source>
        <translation>Не удалось сохранить ваш ответ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer not saved</source>
        <translation>Ответ не сохранён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has not been marked. Press the button again to try once more.</source>
        <translation>Ответ не оценён. Нажмите кнопку ещё раз, чтобы повторить попытку.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Quiz finished</source>
        <translation>Тест завершён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well done. The server cannot be reached just now, so your answers are kept safely on this computer and will be sent as soon as it is back. Your results will show then.</source>
        <translation>Отлично. Сервер сейчас недоступен, поэтому ваши ответы надёжно сохранены на этом компьютере и будут отправлены, как только он станет доступен. Тогда же появятся и результаты.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{m}:{s:02d} left</source>
        <translation>Осталось {m}:{s:02d}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{m} minutes left</source>
        <translation>Осталось минут: {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{s} seconds left</source>
        <translation>Осталось секунд: {s}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time is up</source>
        <translation>Время вышло</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time is up. Your answers so far are marked.</source>
        <translation>Время вышло. Данные ответы оценены.</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="+36"/>
        <source>Review of every question</source>
        <translation>Разбор каждого вопроса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>Retry mistakes</source>
        <translation>Работа над ошибками</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>{p}% · {c} of {n} right</source>
        <translation>{p}% · верно {c} из {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time {m}:{s:02d}</source>
        <translation>Время {m}:{s:02d}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer:</source>
        <translation>Ваш ответ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no answer)</source>
        <translation>(нет ответа)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nothing selected)</source>
        <translation>(ничего не выбрано)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>right</source>
        <translation>верно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong</source>
        <translation>неверно</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Retry mistakes ({n})</source>
        <translation>Работа над ошибками ({n})</translation>
    </message>
</context>
<context>
    <name>SeatClassPicker</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/seat.py" line="-123"/>
        <source>This computer&apos;s class:</source>
        <translation>Класс этого компьютера:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s class</source>
        <translation>Класс этого компьютера</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All learners</source>
        <translation>Все ученики</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="+25"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Lessons and questions in</source>
        <translation>Уроки и вопросы на языке</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The interface language</source>
        <translation>Как в интерфейсе</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>My class</source>
        <translation>Мой класс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes apply at once and are kept for this learner.</source>
        <translation>Изменения применяются сразу и сохраняются для этого ученика.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No class</source>
        <translation>Без класса</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You are now in class {name}.</source>
        <translation>Теперь вы в классе {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are now in no class.</source>
        <translation>Теперь вы не в классе.</translation>
    </message>
</context>
<context>
    <name>ShortAnswerWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="-210"/>
        <source>Type your answer</source>
        <translation>Введите ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capital letters and accents do not matter.</source>
        <translation>Регистр букв и диакритика не важны.</translation>
    </message>
</context>
<context>
    <name>SupervisorPanel</name>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="+22"/>
        <source>Supervisor</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supervisor PIN</source>
        <translation>PIN-код администратора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the kiosk</source>
        <translation>Вернуться в киоск</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Idle time before a visit ends</source>
        <translation>Время бездействия до конца сеанса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep guests&apos; answers (anonymously) for the teacher&apos;s statistics</source>
        <translation>Сохранять ответы гостей (анонимно) для статистики учителя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in kiosk mode</source>
        <translation>Запускать в режиме киоска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle time</source>
        <translation>Время бездействия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit the app</source>
        <translation>Закрыть приложение</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter the supervisor PIN.</source>
        <translation>Введите PIN-код администратора.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No supervisor PIN is set, so the kiosk cannot be unlocked here. Set one on the Teacher screen outside kiosk mode, or with: civicquiz pin --role supervisor --set</source>
        <translation>PIN-код администратора не задан, поэтому киоск здесь не разблокировать. Задайте его на экране учителя вне режима киоска или командой: civicquiz pin --role supervisor --set</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unlocked.</source>
        <translation>Разблокировано.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>SupervisorPinDialog</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="+21"/>
        <location line="+11"/>
        <source>Supervisor PIN</source>
        <translation>PIN-код администратора</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A kiosk needs a supervisor PIN: it unlocks the kiosk&apos;s settings and the way out. Choose 6 to 12 digits and type them twice.</source>
        <translation>Для киоска нужен PIN-код администратора: он открывает настройки киоска и выход из него. Выберите от 6 до 12 цифр и введите их дважды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supervisor PIN again</source>
        <translation>PIN-код администратора ещё раз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two PINs differ; type them again.</source>
        <translation>PIN-коды не совпадают; введите их снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supervisor PIN is 6 to 12 digits.</source>
        <translation>PIN-код администратора — от 6 до 12 цифр.</translation>
    </message>
</context>
<context>
    <name>TeacherScreen</name>
    <message>
        <location line="+21"/>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start this computer as a kiosk</source>
        <translation>Запускать этот компьютер как киоск</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full screen and locked for visitors from the next start (see docs/kiosk.md)</source>
        <translation>Полный экран и блокировка для посетителей со следующего запуска (см. docs/kiosk.md)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Teacher PIN</source>
        <translation>PIN-код учителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN-код (от 4 до 12 цифр)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teacher PIN again</source>
        <translation>PIN-код учителя ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again</source>
        <translation>Тот же PIN-код ещё раз</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a PIN for the teacher&apos;s screens. Learners will not be able to open them.</source>
        <translation>Задайте PIN-код для экранов учителя. Ученики не смогут их открыть.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the teacher PIN.</source>
        <translation>Введите PIN-код учителя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set PIN</source>
        <translation>Задать PIN-код</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two PINs differ; type them again.</source>
        <translation>PIN-коды не совпадают; введите их снова.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The next start opens the kiosk.</source>
        <translation>Следующий запуск откроет киоск.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next start opens normally.</source>
        <translation>Следующий запуск будет обычным.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Teacher sections</source>
        <translation>Разделы учителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Question banks</source>
        <translation>Банки вопросов</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+82"/>
        <source>Exams</source>
        <translation>Экзамены</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Class results</source>
        <translation>Результаты класса</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Classroom</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+70"/>
        <location line="+47"/>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Enabled</source>
        <translation>Включён</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable or disable</source>
        <translation>Включить или выключить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export format</source>
        <translation>Формат экспорта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>A worksheet or exam of this bank as a PDF, with its answer key</source>
        <translation>Рабочий лист или экзамен по этому банку в PDF, с ключом ответов</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import preview</source>
        <translation>Предпросмотр импорта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the valid questions and skip the invalid ones</source>
        <translation>Импортировать верные вопросы, а ошибочные пропустить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import these questions</source>
        <translation>Импортировать эти вопросы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map columns…</source>
        <translation>Сопоставить столбцы…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exam</source>
        <translation>Экзамен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+40"/>
        <location line="+10"/>
        <source>Pass mark</source>
        <translation>Проходной балл</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open or close</source>
        <translation>Открыть или закрыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This exam on paper as a PDF, with its answer key</source>
        <translation>Этот экзамен на бумаге, в PDF, с ключом ответов</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exam title</source>
        <translation>Название экзамена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Banks in the exam</source>
        <translation>Банки экзамена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topics in the exam</source>
        <translation>Темы экзамена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of questions</source>
        <translation>Число вопросов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit in minutes</source>
        <translation>Ограничение времени в минутах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shuffle the questions</source>
        <translation>Перемешивать вопросы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create exam</source>
        <translation>Создать экзамен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banks (none ticked: all)</source>
        <translation>Банки (если не отмечено — все)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics (none ticked: all)</source>
        <translation>Темы (если не отмечено — все)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit</source>
        <translation>Ограничение времени</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>The class&apos;s mastery by topic</source>
        <translation>Освоение тем классом</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Learner</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Quizzes</source>
        <translation>Тесты</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+3"/>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Right</source>
        <translation>Верно</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Learners</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility</source>
        <translation>Лёгкость</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discrimination</source>
        <translation>Различающая способность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Options chosen</source>
        <translation>Выбранные варианты</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Item analysis</source>
        <translation>Анализ вопросов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export quizzes as CSV…</source>
        <translation>Экспорт тестов в CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export item analysis as CSV…</source>
        <translation>Экспорт анализа вопросов в CSV…</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+3"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>passed</source>
        <translation>сдан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not passed</source>
        <translation>не сдан</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import a question bank</source>
        <translation>Импорт банка вопросов</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This file cannot be imported as it is:</source>
        <translation>Этот файл нельзя импортировать в таком виде:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been written. Fix the lines above, or tick the box to import only the valid questions.</source>
        <translation>Ничего не записано. Исправьте указанные строки или отметьте флажок, чтобы импортировать только верные вопросы.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n question(s) will be imported into “{title}”.</source>
        <translation>
            <numerusform>В «{title}» будет импортирован %n вопрос.</numerusform>
            <numerusform>В «{title}» будут импортированы %n вопроса.</numerusform>
            <numerusform>В «{title}» будут импортированы %n вопросов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The questions:</source>
        <translation>Вопросы:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>… and {n} more.</source>
        <translation>… и ещё {n}.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Item-writing check: no rule broken.</source>
        <translation>Проверка заданий: нарушений нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Imported %n question(s) ({a} new, {u} updated).</source>
        <translation>
            <numerusform>Импортирован %n вопрос (новых: {a}, обновлено: {u}).</numerusform>
            <numerusform>Импортировано %n вопроса (новых: {a}, обновлено: {u}).</numerusform>
            <numerusform>Импортировано %n вопросов (новых: {a}, обновлено: {u}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bank with the id “{old}” already exists and was left as it was; this one is “{new}”.</source>
        <translation>Банк с идентификатором «{old}» уже есть и оставлен без изменений; этот получил идентификатор «{new}».</translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>Exported %n question(s) to {path}.</source>
        <translation>
            <numerusform>%n вопрос экспортирован в {path}.</numerusform>
            <numerusform>%n вопроса экспортировано в {path}.</numerusform>
            <numerusform>%n вопросов экспортировано в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(and {n} more: Show Details)</source>
        <translation>(и ещё {n}: «Подробнее»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this format cannot hold:</source>
        <translation>Что этот формат не может сохранить:</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Format: {f}; encoding: {e}.</source>
        <translation>Формат: {f}; кодировка: {e}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported:</source>
        <translation>Не импортировано:</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Item-writing check: %n point(s) to review (see `civicquiz lint`).</source>
        <translation>
            <numerusform>Проверка заданий: %n замечание (см. `civicquiz lint`).</numerusform>
            <numerusform>Проверка заданий: %n замечания (см. `civicquiz lint`).</numerusform>
            <numerusform>Проверка заданий: %n замечаний (см. `civicquiz lint`).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Export the bank</source>
        <translation>Экспорт банка</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete bank</source>
        <translation>Удалить банк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}” with its questions and every answer learners gave to them?</source>
        <translation>Удалить «{title}» вместе с вопросами и всеми ответами учеников на них?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The exam is open: learners see it on their home screen.</source>
        <translation>Экзамен открыт: ученики видят его на главной.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export as CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
</context>
<context>
    <name>TopicCard</name>
    <message numerus="yes">
        <location filename="../../src/civicquiz/gui/screens/home.py" line="-131"/>
        <source>{seen} of %n question(s) practised</source>
        <translation>
            <numerusform>Пройдено {seen} из %n вопроса</numerusform>
            <numerusform>Пройдено {seen} из %n вопросов</numerusform>
            <numerusform>Пройдено {seen} из %n вопросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n due for review</source>
        <translation>
            <numerusform>%n к повторению</numerusform>
            <numerusform>%n к повторению</numerusform>
            <numerusform>%n к повторению</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mastery %p%</source>
        <translation>Освоено %p%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastery of {topic}</source>
        <translation>Освоение темы «{topic}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the lesson: {topic}</source>
        <translation>Читать урок: {topic}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practise</source>
        <translation>Практика</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Practise {topic}</source>
        <translation>Практика: {topic}</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="-43"/>
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>Неверно</translation>
    </message>
</context>
</TS>

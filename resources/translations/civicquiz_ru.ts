<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name />
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="78" />
        <source>Correct!</source>
        <translation>Верно!</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="81" />
        <source>Partly right ({p}%)</source>
        <translation>Частично верно ({p}%)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="84" />
        <source>Not quite.</source>
        <translation>Не совсем.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="95" />
        <source>Source: {citation}</source>
        <translation>Источник: {citation}</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/attract.py" line="47" />
        <source>How does Kazakhstan's new Constitution work? Learn about the Kurultai, the People's Council and the referendum in a few minutes, then test yourself.</source>
        <translation>Как устроена новая Конституция Казахстана? За несколько минут узнайте о Курултае, Народном совете и референдуме, а затем проверьте себя.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/attract.py" line="66" />
        <source>Start</source>
        <translation>Начать</translation>
    </message>
</context>
<context>
    <name>ColumnMapDialog</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="74" />
        <source>Map columns</source>
        <translation>Сопоставить столбцы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="76" />
        <source>What does each column hold?</source>
        <translation>Что содержит каждый столбец?</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="79" />
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="79" />
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="79" />
        <source>An option</source>
        <translation>Вариант ответа</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="80" />
        <source>The answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="80" />
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="80" />
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="81" />
        <source>Question type</source>
        <translation>Тип вопроса</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="81" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="81" />
        <source>Difficulty</source>
        <translation>Сложность</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="88" />
        <source>Column {n}: {name}</source>
        <translation>Столбец {n}: {name}</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="63" />
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="74" />
        <source>Your progress in brief</source>
        <translation>Ваш прогресс вкратце</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="77" />
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="79" />
        <source>Review due</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="81" />
        <source>Review</source>
        <translation>Повторение</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="83" />
        <location filename="../../src/civicquiz/gui/screens/home.py" line="88" />
        <source>Quick quiz</source>
        <translation>Быстрый тест</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="85" />
        <source>{n} questions from every topic, with feedback after each</source>
        <translation>Вопросов: {n}, из всех тем, с разбором после каждого</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="90" />
        <location filename="../../src/civicquiz/gui/screens/home.py" line="101" />
        <source>Exam</source>
        <translation>Экзамен</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="92" />
        <source>{n} questions in {m} minutes; feedback at the end</source>
        <translation>Вопросов: {n}, время: {m} мин; разбор в конце</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="118" />
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="126" />
        <source>Hello, {name}</source>
        <translation>Здравствуйте, {name}</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="139" />
        <source>Overall mastery {p}%</source>
        <translation>Общее освоение {p}%</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="141" />
        <source>{n}-day streak</source>
        <translation>Серия: {n} дн.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="143" />
        <source>Start a streak today</source>
        <translation>Начните серию сегодня</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="150" />
        <source>Continue ({a} of {n})</source>
        <translation>Продолжить ({a} из {n})</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="153" />
        <source>Review due ({n})</source>
        <translation>Повторить ({n})</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="161" />
        <source>Exams from your teacher:</source>
        <translation>Экзамены от учителя:</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="163" />
        <source>{title} ({n} questions)</source>
        <translation>{title} (вопросов: {n})</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="165" />
        <source>{title} ({n} questions, {m} min)</source>
        <translation>{title} (вопросов: {n}, {m} мин)</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="167" />
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="169" />
        <source>Time left before the session ends</source>
        <translation>Время до конца сеанса</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="171" />
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="178" />
        <source>This session ends in {s} seconds, and your answers are cleared.</source>
        <translation>Сеанс завершится через {s} с, и ваши ответы будут удалены.</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/lesson.py" line="41" />
        <source>Lesson text</source>
        <translation>Текст урока</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/lesson.py" line="44" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/lesson.py" line="46" />
        <source>Practise this topic</source>
        <translation>Практиковать эту тему</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/lesson.py" line="69" />
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="77" />
        <location filename="../../src/civicquiz/gui/main_window.py" line="149" />
        <source>Current learner</source>
        <translation>Текущий ученик</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="106" />
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="107" />
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="108" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="109" />
        <source>Switch learner</source>
        <translation>Сменить ученика</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="110" />
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="93" />
        <source>Opening your progress…</source>
        <translation>Открываем ваш прогресс…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="111" />
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="240" />
        <source>Progress of the current task</source>
        <translation>Ход текущей задачи</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="276" />
        <source>Loading the question bank</source>
        <translation>Загрузка банка вопросов</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="306" />
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="193" />
        <source>Your answers are saved. Continue any time from Home.</source>
        <translation>Ваши ответы сохранены. Продолжить можно в любой момент с главной.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="253" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="357" />
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="441" />
        <source>Could not open your data</source>
        <translation>Не удалось открыть ваши данные</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="151" />
        <location filename="../../src/civicquiz/gui/main_window.py" line="462" />
        <source>Learning: {name}</source>
        <translation>Учится: {name}</translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="250" />
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="253" />
        <source>Match for {prompt}</source>
        <translation>Пара для «{prompt}»</translation>
    </message>
</context>
<context>
    <name>NumericWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="210" />
        <source>Type a number</source>
        <translation>Введите число</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="211" />
        <source>Your answer (a number)</source>
        <translation>Ваш ответ (число)</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="315" />
        <source>Items to put in order</source>
        <translation>Элементы для упорядочивания</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="317" />
        <source>Use Alt+Up and Alt+Down to move the selected item.</source>
        <translation>Alt+Вверх и Alt+Вниз перемещают выбранный элемент.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="335" />
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="336" />
        <source>Move the selected item up</source>
        <translation>Переместить выбранный элемент выше</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="338" />
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="339" />
        <source>Move the selected item down</source>
        <translation>Переместить выбранный элемент ниже</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="343" />
        <source>Drag, or Alt+↑/↓</source>
        <translation>Перетащите или Alt+↑/↓</translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/pin.py" line="38" />
        <source>Too many wrong PINs. Try again in {s} seconds.</source>
        <translation>Слишком много неверных PIN-кодов. Повторите через {s} с.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/pin.py" line="43" />
        <source>That PIN is not right.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/pin.py" line="47" />
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN-код — от 4 до 12 цифр.</translation>
    </message>
</context>
<context>
    <name>ProfilesScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="27" />
        <source>Who is learning?</source>
        <translation>Кто учится?</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="31" />
        <source>Choose your profile, or add a new one. Each learner's progress is kept separately.</source>
        <translation>Выберите свой профиль или добавьте новый. Прогресс каждого ученика хранится отдельно.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="37" />
        <source>Learners</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="42" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="44" />
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="46" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="51" />
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="56" />
        <source>New learner</source>
        <translation>Новый ученик</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="59" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="60" />
        <source>Name of the new learner</source>
        <translation>Имя нового ученика</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="63" />
        <source>Add learner</source>
        <translation>Добавить ученика</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="69" />
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="96" />
        <source>No learners yet: type your name and press Enter.</source>
        <translation>Учеников пока нет: введите своё имя и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="140" />
        <source>Rename learner</source>
        <translation>Переименовать ученика</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="140" />
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="159" />
        <source>Delete learner</source>
        <translation>Удалить ученика</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="161" />
        <source>Delete {name} and all of their answers and progress? This cannot be undone.</source>
        <translation>Удалить {name} со всеми ответами и прогрессом? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="173" />
        <source>{name} was deleted.</source>
        <translation>Профиль {name} удалён.</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="59" />
        <source>Your progress</source>
        <translation>Ваш прогресс</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="67" />
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="69" />
        <source>Mastery by topic</source>
        <translation>Освоение по темам</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="73" />
        <source>Accuracy over the last 30 days (answers per day in brackets)</source>
        <translation>Точность за последние 30 дней (в скобках — ответов за день)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="77" />
        <source>Accuracy over time</source>
        <translation>Точность по дням</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="79" />
        <source>Quizzes</source>
        <translation>Тесты</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="81" />
        <source>Quiz history</source>
        <translation>История тестов</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="83" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="83" />
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="83" />
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="83" />
        <source>Right</source>
        <translation>Верно</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="94" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="108" />
        <source>{due} reviews due · {streak}-day streak · {n} quizzes</source>
        <translation>К повторению: {due} · Серия: {streak} дн. · Тестов: {n}</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="115" />
        <source>No answers in the last 30 days yet.</source>
        <translation>За последние 30 дней ответов пока нет.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="122" />
        <source>(unfinished)</source>
        <translation>(не завершён)</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="112" />
        <source>Question number</source>
        <translation>Номер вопроса</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="114" />
        <source>Time left</source>
        <translation>Осталось времени</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="122" />
        <source>Quiz progress</source>
        <translation>Ход теста</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="134" />
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="140" />
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="141" />
        <source>I was sure of this answer</source>
        <translation>Я был уверен в ответе</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="151" />
        <source>Save and leave</source>
        <translation>Сохранить и выйти</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="153" />
        <source>Your answers are kept; continue later from Home (Esc)</source>
        <translation>Ответы сохранены; продолжите позже с главной (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="156" />
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="158" />
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="241" />
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="211" />
        <source>Question {i} of {n}</source>
        <translation>Вопрос {i} из {n}</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="239" />
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="239" />
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="302" />
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="252" />
        <source>Single choice</source>
        <translation>Один ответ</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="253" />
        <source>Multiple answers</source>
        <translation>Несколько ответов</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="254" />
        <source>True or false</source>
        <translation>Верно или неверно</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="255" />
        <source>Short answer</source>
        <translation>Краткий ответ</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="256" />
        <source>Numeric</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="257" />
        <source>Matching</source>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="258" />
        <source>Ordering</source>
        <translation>Упорядочивание</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="264" />
        <source>easy</source>
        <translation>лёгкий</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="264" />
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="264" />
        <source>hard</source>
        <translation>сложный</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="302" />
        <source>See results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="359" />
        <source>{m}:{s:02d} left</source>
        <translation>Осталось {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="365" />
        <source>Time is up</source>
        <translation>Время вышло</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="365" />
        <source>Time is up. Your answers so far are marked.</source>
        <translation>Время вышло. Данные ответы оценены.</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="26" />
        <source>Score</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="32" />
        <source>Review of every question</source>
        <translation>Разбор каждого вопроса</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="35" />
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="37" />
        <location filename="../../src/civicquiz/gui/screens/results.py" line="91" />
        <source>Retry mistakes</source>
        <translation>Повторить ошибки</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="54" />
        <source>{p}% · {c} of {n} right</source>
        <translation>{p}% · верно {c} из {n}</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="63" />
        <source>Time {m}:{s:02d}</source>
        <translation>Время {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="66" />
        <source>Your answer:</source>
        <translation>Ваш ответ:</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="66" />
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="70" />
        <source>right</source>
        <translation>верно</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="70" />
        <source>wrong</source>
        <translation>неверно</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="84" />
        <source>Retry mistakes ({n})</source>
        <translation>Повторить ошибки ({n})</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="21" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="25" />
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="47" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="29" />
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="48" />
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="31" />
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="32" />
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="33" />
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="37" />
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="49" />
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="52" />
        <source>Changes apply at once and are kept for this learner.</source>
        <translation>Изменения применяются сразу и сохраняются для этого ученика.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="56" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>ShortAnswerWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="183" />
        <source>Type your answer</source>
        <translation>Введите ответ</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="184" />
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="189" />
        <source>Capital letters and accents do not matter.</source>
        <translation>Регистр букв и диакритика не важны.</translation>
    </message>
</context>
<context>
    <name>SupervisorPanel</name>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="200" />
        <source>Supervisor</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="202" />
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="206" />
        <source>Supervisor PIN</source>
        <translation>PIN-код администратора</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="208" />
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="210" />
        <source>Back to the kiosk</source>
        <translation>Вернуться в киоск</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="217" />
        <source>Idle time before a visit ends</source>
        <translation>Время бездействия до конца сеанса</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="219" />
        <source>Keep guests' answers (anonymously) for the teacher's statistics</source>
        <translation>Сохранять ответы гостей (анонимно) для статистики учителя</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="222" />
        <source>Start in kiosk mode</source>
        <translation>Запускать в режиме киоска</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="224" />
        <source>Idle time</source>
        <translation>Время бездействия</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="228" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="230" />
        <source>Quit the app</source>
        <translation>Закрыть приложение</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="262" />
        <source>Enter the supervisor PIN.</source>
        <translation>Введите PIN-код администратора.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="263" />
        <source>No supervisor PIN yet: choose one (4 to 12 digits).</source>
        <translation>PIN-код администратора ещё не задан: выберите его (от 4 до 12 цифр).</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="293" />
        <source>Unlocked.</source>
        <translation>Открыто.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="312" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>TeacherScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="111" />
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="113" />
        <source>Start this computer as a kiosk</source>
        <translation>Запускать этот компьютер как киоск</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="116" />
        <source>Full screen and locked for visitors from the next start (see docs/kiosk.md)</source>
        <translation>Полный экран и блокировка для посетителей со следующего запуска (см. docs/kiosk.md)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="137" />
        <source>Teacher PIN</source>
        <translation>PIN-код учителя</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="138" />
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN-код (от 4 до 12 цифр)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="143" />
        <source>Teacher PIN again</source>
        <translation>PIN-код учителя ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="144" />
        <source>The same PIN again</source>
        <translation>Тот же PIN-код ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="147" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="186" />
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="150" />
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="181" />
        <source>Choose a PIN for the teacher's screens. Learners will not be able to open them.</source>
        <translation>Задайте PIN-код для экранов учителя. Ученики не смогут их открыть.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="184" />
        <source>Enter the teacher PIN.</source>
        <translation>Введите PIN-код учителя.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="186" />
        <source>Set PIN</source>
        <translation>Задать PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="199" />
        <source>The two PINs differ; type them again.</source>
        <translation>PIN-коды не совпадают; введите их снова.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="229" />
        <source>The next start opens the kiosk.</source>
        <translation>Следующий запуск откроет киоск.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="231" />
        <source>The next start opens normally.</source>
        <translation>Следующий запуск будет обычным.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="246" />
        <source>Teacher sections</source>
        <translation>Разделы учителя</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="247" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="256" />
        <source>Question banks</source>
        <translation>Банки вопросов</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="248" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="316" />
        <source>Exams</source>
        <translation>Экзамены</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="249" />
        <source>Class results</source>
        <translation>Результаты класса</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="255" />
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="255" />
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="255" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="315" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="354" />
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="255" />
        <source>Enabled</source>
        <translation>Включён</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="255" />
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="259" />
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="261" />
        <source>Enable or disable</source>
        <translation>Включить или выключить</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="264" />
        <source>Export format</source>
        <translation>Формат экспорта</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="271" />
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="273" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="286" />
        <source>Import preview</source>
        <translation>Предпросмотр импорта</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="292" />
        <source>Import the valid questions and skip the invalid ones</source>
        <translation>Импортировать верные вопросы, а ошибочные пропустить</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="298" />
        <source>Import these questions</source>
        <translation>Импортировать эти вопросы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="300" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="302" />
        <source>Map columns…</source>
        <translation>Сопоставить столбцы…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="315" />
        <source>Exam</source>
        <translation>Экзамен</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="315" />
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="315" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="347" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="357" />
        <source>Pass mark</source>
        <translation>Проходной балл</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="315" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="318" />
        <source>Open or close</source>
        <translation>Открыть или закрыть</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="325" />
        <source>Exam title</source>
        <translation>Название экзамена</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="327" />
        <source>Banks in the exam</source>
        <translation>Банки экзамена</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="330" />
        <source>Topics in the exam</source>
        <translation>Темы экзамена</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="334" />
        <source>Number of questions</source>
        <translation>Число вопросов</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="338" />
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="339" />
        <source>Time limit in minutes</source>
        <translation>Ограничение времени в минутах</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="340" />
        <source>Shuffle the questions</source>
        <translation>Перемешивать вопросы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="348" />
        <source>Create exam</source>
        <translation>Создать экзамен</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="351" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="352" />
        <source>Banks (none ticked: all)</source>
        <translation>Банки (если не отмечено — все)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="353" />
        <source>Topics (none ticked: all)</source>
        <translation>Темы (если не отмечено — все)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="355" />
        <source>Time limit</source>
        <translation>Ограничение времени</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="366" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="368" />
        <source>The class's mastery by topic</source>
        <translation>Освоение тем классом</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="377" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="380" />
        <source>Learner</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="377" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="381" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="385" />
        <source>Quizzes</source>
        <translation>Тесты</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="377" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="380" />
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="377" />
        <source>Right</source>
        <translation>Верно</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="378" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="384" />
        <source>Learners</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="380" />
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="380" />
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="380" />
        <source>Score</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="380" />
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="382" />
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="382" />
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="382" />
        <source>Facility</source>
        <translation>Лёгкость</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="382" />
        <source>Discrimination</source>
        <translation>Различающая способность</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="382" />
        <source>Options chosen</source>
        <translation>Выбранные варианты</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="383" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="386" />
        <source>Item analysis</source>
        <translation>Анализ вопросов</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="391" />
        <source>Export quizzes as CSV…</source>
        <translation>Экспорт тестов в CSV…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="393" />
        <source>Export item analysis as CSV…</source>
        <translation>Экспорт анализа вопросов в CSV…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="436" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="439" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="436" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="439" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="461" />
        <source>passed</source>
        <translation>сдан</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="461" />
        <source>not passed</source>
        <translation>не сдан</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="476" />
        <source>Import a question bank</source>
        <translation>Импорт банка вопросов</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="504" />
        <source>This file cannot be imported as it is:</source>
        <translation>Этот файл нельзя импортировать в таком виде:</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="506" />
        <source>Nothing has been written. Fix the lines above, or tick the box to import only the valid questions.</source>
        <translation>Ничего не записано. Исправьте указанные строки или отметьте флажок, чтобы импортировать только верные вопросы.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="514" />
        <source>{n} questions will be imported into “{title}”.</source>
        <translation>В «{title}» будет импортировано вопросов: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="517" />
        <source>Format: {f}; encoding: {e}.</source>
        <translation>Формат: {f}; кодировка: {e}.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="520" />
        <source>Not imported:</source>
        <translation>Не импортировано:</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="549" />
        <source>Imported {n} questions ({a} new, {u} updated).</source>
        <translation>Импортировано вопросов: {n} (новых: {a}, обновлено: {u}).</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="597" />
        <source>Export the bank</source>
        <translation>Экспорт банка</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="619" />
        <source>Exported {n} questions to {path}.</source>
        <translation>Экспортировано вопросов: {n}, файл {path}.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="630" />
        <source>Delete bank</source>
        <translation>Удалить банк</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="632" />
        <source>Delete “{title}” with its questions and every answer learners gave to them?</source>
        <translation>Удалить «{title}» вместе с вопросами и всеми ответами учеников на них?</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="671" />
        <source>The exam is open: learners see it on their home screen.</source>
        <translation>Экзамен открыт: ученики видят его на главной.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="695" />
        <source>Export as CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="713" />
        <source>Saved {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
</context>
<context>
    <name>TopicCard</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="34" />
        <source>{seen} of {total} questions practised</source>
        <translation>Пройдено вопросов: {seen} из {total}</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="38" />
        <source>{n} due for review</source>
        <translation>к повторению: {n}</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="43" />
        <source>Mastery %p%</source>
        <translation>Освоено %p%</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="44" />
        <source>Mastery of {topic}</source>
        <translation>Освоение темы «{topic}»</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="48" />
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="49" />
        <source>Read the lesson: {topic}</source>
        <translation>Читать урок: {topic}</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="53" />
        <source>Practise</source>
        <translation>Практика</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="53" />
        <source>Practise {topic}</source>
        <translation>Практика: {topic}</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="146" />
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="146" />
        <source>False</source>
        <translation>Неверно</translation>
    </message>
</context>
</TS>
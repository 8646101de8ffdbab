<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name />
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="78" />
        <source>Correct!</source>
        <translation>Дұрыс!</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="81" />
        <source>Partly right ({p}%)</source>
        <translation>Ішінара дұрыс ({p}%)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="84" />
        <source>Not quite.</source>
        <translation>Дұрыс емес.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="95" />
        <source>Source: {citation}</source>
        <translation>Дереккөз: {citation}</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/attract.py" line="47" />
        <source>How does Kazakhstan's new Constitution work? Learn about the Kurultai, the People's Council and the referendum in a few minutes, then test yourself.</source>
        <translation>Қазақстанның жаңа Конституциясы қалай жұмыс істейді? Бірнеше минутта Құрылтай, Халық Кеңесі және референдум туралы біліп, өзіңізді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/attract.py" line="66" />
        <source>Start</source>
        <translation>Бастау</translation>
    </message>
</context>
<context>
    <name>ColumnMapDialog</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="74" />
        <source>Map columns</source>
        <translation>Бағандарды сәйкестендіру</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="76" />
        <source>What does each column hold?</source>
        <translation>Әр бағанда не бар?</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="79" />
        <source>(ignore)</source>
        <translation>(өткізіп жіберу)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="79" />
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="79" />
        <source>An option</source>
        <translation>Жауап нұсқасы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="80" />
        <source>The answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="80" />
        <source>Explanation</source>
        <translation>Түсіндірме</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="80" />
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="81" />
        <source>Question type</source>
        <translation>Сұрақ түрі</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="81" />
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="81" />
        <source>Difficulty</source>
        <translation>Қиындығы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="88" />
        <source>Column {n}: {name}</source>
        <translation>{n}-баған: {name}</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="63" />
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="74" />
        <source>Your progress in brief</source>
        <translation>Үлгеріміңіз қысқаша</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="77" />
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="79" />
        <source>Review due</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="81" />
        <source>Review</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="83" />
        <location filename="../../src/civicquiz/gui/screens/home.py" line="88" />
        <source>Quick quiz</source>
        <translation>Жылдам тест</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="85" />
        <source>{n} questions from every topic, with feedback after each</source>
        <translation>Барлық тақырыптан {n} сұрақ, әрқайсысынан кейін талдау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="90" />
        <location filename="../../src/civicquiz/gui/screens/home.py" line="101" />
        <source>Exam</source>
        <translation>Емтихан</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="92" />
        <source>{n} questions in {m} minutes; feedback at the end</source>
        <translation>{n} сұрақ, {m} минут; талдау соңында</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="118" />
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="126" />
        <source>Hello, {name}</source>
        <translation>Сәлеметсіз бе, {name}</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="139" />
        <source>Overall mastery {p}%</source>
        <translation>Жалпы меңгеру {p}%</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="141" />
        <source>{n}-day streak</source>
        <translation>Серия: {n} күн</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="143" />
        <source>Start a streak today</source>
        <translation>Сериясын бүгін бастаңыз</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="150" />
        <source>Continue ({a} of {n})</source>
        <translation>Жалғастыру ({n} ішінен {a})</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="153" />
        <source>Review due ({n})</source>
        <translation>Қайталау ({n})</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="161" />
        <source>Exams from your teacher:</source>
        <translation>Мұғалімнен емтихандар:</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="163" />
        <source>{title} ({n} questions)</source>
        <translation>{title} ({n} сұрақ)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="165" />
        <source>{title} ({n} questions, {m} min)</source>
        <translation>{title} ({n} сұрақ, {m} мин)</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="167" />
        <source>Are you still there?</source>
        <translation>Сіз әлі осындасыз ба?</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="169" />
        <source>Time left before the session ends</source>
        <translation>Сеанс аяқталғанға дейінгі уақыт</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="171" />
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="178" />
        <source>This session ends in {s} seconds, and your answers are cleared.</source>
        <translation>Сеанс {s} секундтан кейін аяқталады, жауаптарыңыз өшіріледі.</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/lesson.py" line="41" />
        <source>Lesson text</source>
        <translation>Сабақ мәтіні</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/lesson.py" line="44" />
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/lesson.py" line="46" />
        <source>Practise this topic</source>
        <translation>Осы тақырып бойынша жаттығу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/lesson.py" line="69" />
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="77" />
        <location filename="../../src/civicquiz/gui/main_window.py" line="149" />
        <source>Current learner</source>
        <translation>Қазіргі оқушы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="106" />
        <source>Home</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="107" />
        <source>Progress</source>
        <translation>Үлгерім</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="108" />
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="109" />
        <source>Switch learner</source>
        <translation>Оқушыны ауыстыру</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="110" />
        <source>Teacher</source>
        <translation>Мұғалім</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="93" />
        <source>Opening your progress…</source>
        <translation>Үлгеріміңіз ашылуда…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="111" />
        <source>Finish</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="240" />
        <source>Progress of the current task</source>
        <translation>Ағымдағы тапсырманың барысы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="276" />
        <source>Loading the question bank</source>
        <translation>Сұрақтар банкі жүктелуде</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="306" />
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="193" />
        <source>Your answers are saved. Continue any time from Home.</source>
        <translation>Жауаптарыңыз сақталды. Басты беттен кез келген уақытта жалғастыруға болады.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="253" />
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="357" />
        <source>Guest</source>
        <translation>Қонақ</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="441" />
        <source>Could not open your data</source>
        <translation>Деректеріңізді ашу мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="151" />
        <location filename="../../src/civicquiz/gui/main_window.py" line="462" />
        <source>Learning: {name}</source>
        <translation>Оқып жатыр: {name}</translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="250" />
        <source>Choose…</source>
        <translation>Таңдаңыз…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="253" />
        <source>Match for {prompt}</source>
        <translation>«{prompt}» үшін сәйкестік</translation>
    </message>
</context>
<context>
    <name>NumericWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="210" />
        <source>Type a number</source>
        <translation>Сан енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="211" />
        <source>Your answer (a number)</source>
        <translation>Сіздің жауабыңыз (сан)</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="315" />
        <source>Items to put in order</source>
        <translation>Ретке келтірілетін элементтер</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="317" />
        <source>Use Alt+Up and Alt+Down to move the selected item.</source>
        <translation>Таңдалған элементті Alt+Жоғары және Alt+Төмен жылжытады.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="335" />
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="336" />
        <source>Move the selected item up</source>
        <translation>Таңдалған элементті жоғары жылжыту</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="338" />
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="339" />
        <source>Move the selected item down</source>
        <translation>Таңдалған элементті төмен жылжыту</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="343" />
        <source>Drag, or Alt+↑/↓</source>
        <translation>Сүйреңіз немесе Alt+↑/↓</translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/pin.py" line="38" />
        <source>Too many wrong PINs. Try again in {s} seconds.</source>
        <translation>Қате PIN-кодтар тым көп. {s} секундтан кейін қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/pin.py" line="43" />
        <source>That PIN is not right.</source>
        <translation>PIN-код дұрыс емес.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/pin.py" line="47" />
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN-код — 4-тен 12-ге дейін сан.</translation>
    </message>
</context>
<context>
    <name>ProfilesScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="27" />
        <source>Who is learning?</source>
        <translation>Кім оқиды?</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="31" />
        <source>Choose your profile, or add a new one. Each learner's progress is kept separately.</source>
        <translation>Профиліңізді таңдаңыз немесе жаңасын қосыңыз. Әр оқушының үлгерімі бөлек сақталады.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="37" />
        <source>Learners</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="42" />
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="44" />
        <source>Rename…</source>
        <translation>Атын өзгерту…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="46" />
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="51" />
        <source>Teacher</source>
        <translation>Мұғалім</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="56" />
        <source>New learner</source>
        <translation>Жаңа оқушы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="59" />
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="60" />
        <source>Name of the new learner</source>
        <translation>Жаңа оқушының аты</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="63" />
        <source>Add learner</source>
        <translation>Оқушы қосу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="69" />
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="96" />
        <source>No learners yet: type your name and press Enter.</source>
        <translation>Әзірге оқушы жоқ: атыңызды жазып, Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="140" />
        <source>Rename learner</source>
        <translation>Оқушының атын өзгерту</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="140" />
        <source>New name:</source>
        <translation>Жаңа аты:</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="159" />
        <source>Delete learner</source>
        <translation>Оқушыны жою</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="161" />
        <source>Delete {name} and all of their answers and progress? This cannot be undone.</source>
        <translation>{name} және оның барлық жауаптары мен үлгерімі жойылсын ба? Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="173" />
        <source>{name} was deleted.</source>
        <translation>{name} профилі жойылды.</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="59" />
        <source>Your progress</source>
        <translation>Сіздің үлгеріміңіз</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="67" />
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="69" />
        <source>Mastery by topic</source>
        <translation>Тақырыптар бойынша меңгеру</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="73" />
        <source>Accuracy over the last 30 days (answers per day in brackets)</source>
        <translation>Соңғы 30 күндегі дәлдік (жақшада — күндегі жауап саны)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="77" />
        <source>Accuracy over time</source>
        <translation>Күндер бойынша дәлдік</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="79" />
        <source>Quizzes</source>
        <translation>Тесттер</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="81" />
        <source>Quiz history</source>
        <translation>Тесттер тарихы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="83" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="83" />
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="83" />
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="83" />
        <source>Right</source>
        <translation>Дұрыс</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="94" />
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="108" />
        <source>{due} reviews due · {streak}-day streak · {n} quizzes</source>
        <translation>Қайталауға: {due} · Серия: {streak} күн · Тесттер: {n}</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="115" />
        <source>No answers in the last 30 days yet.</source>
        <translation>Соңғы 30 күнде әзірге жауап жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="122" />
        <source>(unfinished)</source>
        <translation>(аяқталмаған)</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="112" />
        <source>Question number</source>
        <translation>Сұрақ нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="114" />
        <source>Time left</source>
        <translation>Қалған уақыт</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="122" />
        <source>Quiz progress</source>
        <translation>Тест барысы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="134" />
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="140" />
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="141" />
        <source>I was sure of this answer</source>
        <translation>Жауабыма сенімді болдым</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="151" />
        <source>Save and leave</source>
        <translation>Сақтап шығу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="153" />
        <source>Your answers are kept; continue later from Home (Esc)</source>
        <translation>Жауаптар сақталды; кейін басты беттен жалғастырыңыз (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="156" />
        <source>Skip</source>
        <translation>Өткізіп жіберу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="158" />
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="241" />
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="211" />
        <source>Question {i} of {n}</source>
        <translation>{n} сұрақтың {i}-сі</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="239" />
        <source>Finish</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="239" />
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="302" />
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="252" />
        <source>Single choice</source>
        <translation>Бір жауап</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="253" />
        <source>Multiple answers</source>
        <translation>Бірнеше жауап</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="254" />
        <source>True or false</source>
        <translation>Ақиқат па, жалған ба</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="255" />
        <source>Short answer</source>
        <translation>Қысқа жауап</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="256" />
        <source>Numeric</source>
        <translation>Сан</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="257" />
        <source>Matching</source>
        <translation>Сәйкестендіру</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="258" />
        <source>Ordering</source>
        <translation>Ретке келтіру</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="264" />
        <source>easy</source>
        <translation>жеңіл</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="264" />
        <source>medium</source>
        <translation>орташа</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="264" />
        <source>hard</source>
        <translation>қиын</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="302" />
        <source>See results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="359" />
        <source>{m}:{s:02d} left</source>
        <translation>Қалды {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="365" />
        <source>Time is up</source>
        <translation>Уақыт бітті</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="365" />
        <source>Time is up. Your answers so far are marked.</source>
        <translation>Уақыт бітті. Берілген жауаптар бағаланды.</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="26" />
        <source>Score</source>
        <translation>Ұпай</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="32" />
        <source>Review of every question</source>
        <translation>Әр сұрақты талдау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="35" />
        <source>Home</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="37" />
        <location filename="../../src/civicquiz/gui/screens/results.py" line="91" />
        <source>Retry mistakes</source>
        <translation>Қателерді қайталау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="54" />
        <source>{p}% · {c} of {n} right</source>
        <translation>{p}% · {n} ішінен {c} дұрыс</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="63" />
        <source>Time {m}:{s:02d}</source>
        <translation>Уақыт {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="66" />
        <source>Your answer:</source>
        <translation>Сіздің жауабыңыз:</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="66" />
        <source>Answer:</source>
        <translation>Жауап:</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="70" />
        <source>right</source>
        <translation>дұрыс</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="70" />
        <source>wrong</source>
        <translation>қате</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="84" />
        <source>Retry mistakes ({n})</source>
        <translation>Қателерді қайталау ({n})</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="21" />
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="25" />
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="47" />
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="29" />
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="48" />
        <source>Theme</source>
        <translation>Тақырып безендіруі</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="31" />
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="32" />
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="33" />
        <source>High contrast</source>
        <translation>Жоғары контраст</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="37" />
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="49" />
        <source>Text size</source>
        <translation>Мәтін өлшемі</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="52" />
        <source>Changes apply at once and are kept for this learner.</source>
        <translation>Өзгерістер бірден қолданылады және осы оқушы үшін сақталады.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="56" />
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
</context>
<context>
    <name>ShortAnswerWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="183" />
        <source>Type your answer</source>
        <translation>Жауабыңызды жазыңыз</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="184" />
        <source>Your answer</source>
        <translation>Сіздің жауабыңыз</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="189" />
        <source>Capital letters and accents do not matter.</source>
        <translation>Бас әріптер мен диакритика маңызды емес.</translation>
    </message>
</context>
<context>
    <name>SupervisorPanel</name>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="200" />
        <source>Supervisor</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="202" />
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="206" />
        <source>Supervisor PIN</source>
        <translation>Әкімшінің PIN-коды</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="208" />
        <source>Unlock</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="210" />
        <source>Back to the kiosk</source>
        <translation>Киоскке оралу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="217" />
        <source>Idle time before a visit ends</source>
        <translation>Сеанс аяқталғанға дейінгі әрекетсіздік уақыты</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="219" />
        <source>Keep guests' answers (anonymously) for the teacher's statistics</source>
        <translation>Қонақтардың жауаптарын (жасырын түрде) мұғалім статистикасы үшін сақтау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="222" />
        <source>Start in kiosk mode</source>
        <translation>Киоск режимінде іске қосу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="224" />
        <source>Idle time</source>
        <translation>Әрекетсіздік уақыты</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="228" />
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="230" />
        <source>Quit the app</source>
        <translation>Қолданбаны жабу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="262" />
        <source>Enter the supervisor PIN.</source>
        <translation>Әкімшінің PIN-кодын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="263" />
        <source>No supervisor PIN yet: choose one (4 to 12 digits).</source>
        <translation>Әкімшінің PIN-коды әлі жоқ: оны таңдаңыз (4–12 сан).</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="293" />
        <source>Unlocked.</source>
        <translation>Ашылды.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="312" />
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>TeacherScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="111" />
        <source>Teacher</source>
        <translation>Мұғалім</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="113" />
        <source>Start this computer as a kiosk</source>
        <translation>Бұл компьютерді киоск ретінде іске қосу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="116" />
        <source>Full screen and locked for visitors from the next start (see docs/kiosk.md)</source>
        <translation>Келесі іске қосудан бастап толық экран және келушілер үшін құлыптау (docs/kiosk.md қараңыз)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="137" />
        <source>Teacher PIN</source>
        <translation>Мұғалімнің PIN-коды</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="138" />
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN-код (4–12 сан)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="143" />
        <source>Teacher PIN again</source>
        <translation>Мұғалімнің PIN-коды қайта</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="144" />
        <source>The same PIN again</source>
        <translation>Сол PIN-кодты қайта</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="147" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="186" />
        <source>Unlock</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="150" />
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="181" />
        <source>Choose a PIN for the teacher's screens. Learners will not be able to open them.</source>
        <translation>Мұғалім беттері үшін PIN-код орнатыңыз. Оқушылар оларды аша алмайды.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="184" />
        <source>Enter the teacher PIN.</source>
        <translation>Мұғалімнің PIN-кодын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="186" />
        <source>Set PIN</source>
        <translation>PIN-код орнату</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="199" />
        <source>The two PINs differ; type them again.</source>
        <translation>PIN-кодтар сәйкес емес; қайта енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="229" />
        <source>The next start opens the kiosk.</source>
        <translation>Келесі іске қосу киоскті ашады.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="231" />
        <source>The next start opens normally.</source>
        <translation>Келесі іске қосу әдеттегідей болады.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="246" />
        <source>Teacher sections</source>
        <translation>Мұғалім бөлімдері</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="247" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="256" />
        <source>Question banks</source>
        <translation>Сұрақтар банктері</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="248" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="316" />
        <source>Exams</source>
        <translation>Емтихандар</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="249" />
        <source>Class results</source>
        <translation>Сынып нәтижелері</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="255" />
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="255" />
        <source>Id</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="255" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="315" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="354" />
        <source>Questions</source>
        <translation>Сұрақтар</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="255" />
        <source>Enabled</source>
        <translation>Қосулы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="255" />
        <source>From</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="259" />
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="261" />
        <source>Enable or disable</source>
        <translation>Қосу немесе өшіру</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="264" />
        <source>Export format</source>
        <translation>Экспорт пішімі</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="271" />
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="273" />
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="286" />
        <source>Import preview</source>
        <translation>Импортты алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="292" />
        <source>Import the valid questions and skip the invalid ones</source>
        <translation>Дұрыс сұрақтарды импорттап, қателерін өткізіп жіберу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="298" />
        <source>Import these questions</source>
        <translation>Осы сұрақтарды импорттау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="300" />
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="302" />
        <source>Map columns…</source>
        <translation>Бағандарды сәйкестендіру…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="315" />
        <source>Exam</source>
        <translation>Емтихан</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="315" />
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="315" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="347" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="357" />
        <source>Pass mark</source>
        <translation>Өту шегі</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="315" />
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="318" />
        <source>Open or close</source>
        <translation>Ашу немесе жабу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="325" />
        <source>Exam title</source>
        <translation>Емтихан атауы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="327" />
        <source>Banks in the exam</source>
        <translation>Емтихан банктері</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="330" />
        <source>Topics in the exam</source>
        <translation>Емтихан тақырыптары</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="334" />
        <source>Number of questions</source>
        <translation>Сұрақтар саны</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="338" />
        <source>no limit</source>
        <translation>шексіз</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="339" />
        <source>Time limit in minutes</source>
        <translation>Минутпен уақыт шегі</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="340" />
        <source>Shuffle the questions</source>
        <translation>Сұрақтарды араластыру</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="348" />
        <source>Create exam</source>
        <translation>Емтихан құру</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="351" />
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="352" />
        <source>Banks (none ticked: all)</source>
        <translation>Банктер (белгіленбесе — бәрі)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="353" />
        <source>Topics (none ticked: all)</source>
        <translation>Тақырыптар (белгіленбесе — бәрі)</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="355" />
        <source>Time limit</source>
        <translation>Уақыт шегі</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="366" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="368" />
        <source>The class's mastery by topic</source>
        <translation>Сыныптың тақырыптарды меңгеруі</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="377" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="380" />
        <source>Learner</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="377" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="381" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="385" />
        <source>Quizzes</source>
        <translation>Тесттер</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="377" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="380" />
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="377" />
        <source>Right</source>
        <translation>Дұрыс</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="378" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="384" />
        <source>Learners</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="380" />
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="380" />
        <source>Started</source>
        <translation>Басталды</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="380" />
        <source>Score</source>
        <translation>Ұпай</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="380" />
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="382" />
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="382" />
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="382" />
        <source>Facility</source>
        <translation>Жеңілдік</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="382" />
        <source>Discrimination</source>
        <translation>Айыру қабілеті</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="382" />
        <source>Options chosen</source>
        <translation>Таңдалған нұсқалар</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="383" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="386" />
        <source>Item analysis</source>
        <translation>Сұрақтарды талдау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="391" />
        <source>Export quizzes as CSV…</source>
        <translation>Тесттерді CSV-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="393" />
        <source>Export item analysis as CSV…</source>
        <translation>Сұрақтар талдауын CSV-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="436" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="439" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="436" />
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="439" />
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="461" />
        <source>passed</source>
        <translation>өтті</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="461" />
        <source>not passed</source>
        <translation>өтпеді</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="476" />
        <source>Import a question bank</source>
        <translation>Сұрақтар банкін импорттау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="504" />
        <source>This file cannot be imported as it is:</source>
        <translation>Бұл файлды осы күйінде импорттау мүмкін емес:</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="506" />
        <source>Nothing has been written. Fix the lines above, or tick the box to import only the valid questions.</source>
        <translation>Ештеңе жазылмады. Жоғарыдағы жолдарды түзетіңіз немесе тек дұрыс сұрақтарды импорттау үшін белгі қойыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="514" />
        <source>{n} questions will be imported into “{title}”.</source>
        <translation>«{title}» банкіне {n} сұрақ импортталады.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="517" />
        <source>Format: {f}; encoding: {e}.</source>
        <translation>Пішімі: {f}; кодтауы: {e}.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="520" />
        <source>Not imported:</source>
        <translation>Импортталмады:</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="549" />
        <source>Imported {n} questions ({a} new, {u} updated).</source>
        <translation>Импортталған сұрақтар: {n} (жаңа: {a}, жаңартылған: {u}).</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="597" />
        <source>Export the bank</source>
        <translation>Банкті экспорттау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="619" />
        <source>Exported {n} questions to {path}.</source>
        <translation>{n} сұрақ {path} файлына экспортталды.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="630" />
        <source>Delete bank</source>
        <translation>Банкті жою</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="632" />
        <source>Delete “{title}” with its questions and every answer learners gave to them?</source>
        <translation>«{title}» банкін сұрақтарымен және оқушылардың барлық жауаптарымен бірге жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="671" />
        <source>The exam is open: learners see it on their home screen.</source>
        <translation>Емтихан ашық: оқушылар оны басты бетте көреді.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="695" />
        <source>Export as CSV</source>
        <translation>CSV-ге экспорттау</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="713" />
        <source>Saved {path}.</source>
        <translation>Сақталды: {path}.</translation>
    </message>
</context>
<context>
    <name>TopicCard</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="34" />
        <source>{seen} of {total} questions practised</source>
        <translation>{total} сұрақтың {seen}-і орындалды</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="38" />
        <source>{n} due for review</source>
        <translation>қайталауға: {n}</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="43" />
        <source>Mastery %p%</source>
        <translation>Меңгерілді %p%</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="44" />
        <source>Mastery of {topic}</source>
        <translation>«{topic}» тақырыбын меңгеру</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="48" />
        <source>Lesson</source>
        <translation>Сабақ</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="49" />
        <source>Read the lesson: {topic}</source>
        <translation>Сабақты оқу: {topic}</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="53" />
        <source>Practise</source>
        <translation>Жаттығу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="53" />
        <source>Practise {topic}</source>
        <translation>Жаттығу: {topic}</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="146" />
        <source>True</source>
        <translation>Ақиқат</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="146" />
        <source>False</source>
        <translation>Жалған</translation>
    </message>
</context>
</TS>
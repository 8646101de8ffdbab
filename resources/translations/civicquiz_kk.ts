<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/attract.py" line="+51"/>
        <source>How does Kazakhstan&apos;s new Constitution work? Learn about the Kurultai, the People&apos;s Council and the referendum in a few minutes, then test yourself.</source>
        <translation>Қазақстанның жаңа Конституциясы қалай жұмыс істейді? Бірнеше минутта Құрылтай, Халық Кеңесі және референдум туралы біліп, өзіңізді тексеріңіз.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Start</source>
        <translation>Бастау</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Read aloud</source>
        <translation>Дауыстап оқу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hear this screen read aloud (Ctrl+R)</source>
        <translation>Осы экранды тыңдау (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>ClassroomTab</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/classroom.py" line="+41"/>
        <location line="+16"/>
        <source>Working now</source>
        <translation>Қазір жұмыс істеп жатыр</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>Learners who answered in the last %n minute(s).</source>
        <translation>
            <numerusform>Соңғы %n минутта жауап берген оқушылар.</numerusform>
            <numerusform>Соңғы %n минутта жауап берген оқушылар.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learner</source>
        <translation>Оқушы</translation>
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
        <translation>Үлгерім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Дұрыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last answer</source>
        <translation>Соңғы жауап</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Results files</source>
        <translation>Нәтиже файлдары</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>A computer without the server saves its results to a file; merge the files here. Each answer is added once, however often a file is merged.</source>
        <translation>Серверсіз компьютер нәтижелерін файлға сақтайды; файлдарды осы жерде біріктіріңіз. Файл қанша рет біріктірілсе де, әр жауап бір-ақ рет қосылады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save this computer&apos;s results…</source>
        <translation>Осы компьютердің нәтижелерін сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge results files…</source>
        <translation>Нәтиже файлдарын біріктіру…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Classes</source>
        <translation>Сыныптар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New class, e.g. 7A</source>
        <translation>Жаңа сынып, мысалы 7А</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new class</source>
        <translation>Жаңа сыныптың атауы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add class</source>
        <translation>Сынып қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete class</source>
        <translation>Сыныпты жою</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learners and their classes</source>
        <translation>Оқушылар және олардың сыныптары</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the selected learners to:</source>
        <translation>Таңдалған оқушыларды ауыстыру:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected learners to</source>
        <translation>Таңдалған оқушыларды ауыстыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select learners (Ctrl or Shift for several) and a class, then Move. On each computer the class is picked once (on the profiles screen): it then lists that class&apos;s learners, and learners added there join it. A learner changes their own class in Settings.</source>
        <translation>Оқушыларды (бірнешеуін Ctrl немесе Shift арқылы) және сыныпты таңдап, «Ауыстыру» батырмасын басыңыз. Әр компьютерде сынып бір рет таңдалады (профильдер экранында): содан кейін онда сол сыныптың оқушылары көрсетіледі, ал сонда қосылған оқушылар оған кіреді. Оқушы өз сыныбын баптауларда өзгерте алады.</translation>
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
        <translation>Бұл компьютер пайдаланады:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address:</source>
        <translation>Сервер мекенжайы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this server</source>
        <translation>Осы серверді пайдалану</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this computer&apos;s own database</source>
        <translation>Осы компьютердің өз дерекқорын пайдалану</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The server cannot be reached just now.</source>
        <translation>Сервер қазір қолжетімсіз.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n learner(s) answered in the last {m} minutes.</source>
        <translation>
            <numerusform>Соңғы {m} минутта %n оқушы жауап берді.</numerusform>
            <numerusform>Соңғы {m} минутта %n оқушы жауап берді.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save this computer&apos;s results</source>
        <translation>Осы компьютердің нәтижелерін сақтау</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n оқушы</numerusform>
            <numerusform>%n оқушы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n quiz(zes)</source>
        <translation>
            <numerusform>%n тест</numerusform>
            <numerusform>%n тест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n жауап</numerusform>
            <numerusform>%n жауап</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path}: {saved}.</source>
        <translation>{path} сақталды: {saved}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge results files</source>
        <translation>Нәтиже файлдарын біріктіру</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was merged: {problem}</source>
        <translation>Ештеңе біріктірілмеді: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merged {files} files: added {a} answers in {q} quizzes and {l} new learners; {d} answers were already there.</source>
        <translation>Біріктірілген файлдар: {files}. Қосылған жауаптар: {a} (тесттер: {q}), жаңа оқушылар: {l}; бұрыннан бар жауаптар: {d}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left out: {n} ({first}).</source>
        <translation>Өткізіліп жіберілді: {n} ({first}).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No class</source>
        <translation>Сыныпсыз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (class {cls})</source>
        <translation>{name} ({cls} сыныбы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (no class)</source>
        <translation>{name} (сыныпсыз)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select one or more learners first.</source>
        <translation>Алдымен бір немесе бірнеше оқушыны таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n learner(s) moved to {target}.</source>
        <translation>
            <numerusform>%n оқушы {target} сыныбына ауыстырылды.</numerusform>
            <numerusform>%n оқушы {target} сыныбына ауыстырылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n learner(s) taken out of their class.</source>
        <translation>
            <numerusform>%n оқушы сыныбынан шығарылды.</numerusform>
            <numerusform>%n оқушы сыныбынан шығарылды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A server address starts with postgresql+psycopg://</source>
        <translation>Сервер мекенжайы postgresql+psycopg:// деп басталады</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That address cannot be read: {e}</source>
        <translation>Бұл мекенжайды оқу мүмкін емес: {e}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved for this computer. Start CivicQuiz again to use it.</source>
        <translation>Осы компьютер үшін сақталды. Қолдану үшін CivicQuiz-ті қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept in a private password file.</source>
        <translation>Құпиясөз жеке құпиясөз файлында сақталады.</translation>
    </message>
</context>
<context>
    <name>ClozeWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/cloze.py" line="+80"/>
        <source>Gap {n} of {total}</source>
        <translation>Бос орын {n}/{total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>Gap {n}</source>
        <translation>Бос орын {n}</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Type a number</source>
        <translation>Сан енгізіңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your answer</source>
        <translation>Жауабыңызды жазыңыз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Таңдаңыз…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>✓ Right</source>
        <translation>✓ Дұрыс</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partly right ({p}%). The answer is: {answer}</source>
        <translation>Ішінара дұрыс ({p}%). Дұрыс жауап: {answer}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Not right. The answer is: {answer}</source>
        <translation>✗ Дұрыс емес. Дұрыс жауап: {answer}</translation>
    </message>
</context>
<context>
    <name>ColumnMapDialog</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="+88"/>
        <source>Map columns</source>
        <translation>Бағандарды сәйкестендіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What does each column hold?</source>
        <translation>Әр бағанда не бар?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(ignore)</source>
        <translation>(өткізіп жіберу)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An option</source>
        <translation>Жауап нұсқасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation>Түсіндірме</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question type</source>
        <translation>Сұрақ түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difficulty</source>
        <translation>Қиындығы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column {n}: {name}</source>
        <translation>{n}-баған: {name}</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../src/civicquiz/gui/core_text.py" line="+27"/>
        <source>(no answer)</source>
        <translation>(жауап жоқ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nothing selected)</source>
        <translation>(ештеңе таңдалмаған)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True</source>
        <translation>Дұрыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False</source>
        <translation>Бұрыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This quiz is already finished.</source>
        <translation>Бұл тест аяқталып қойған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That quiz no longer exists.</source>
        <translation>Бұл тест енді жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That quiz or question no longer exists.</source>
        <translation>Бұл тест немесе сұрақ енді жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That question is not part of this quiz.</source>
        <translation>Бұл сұрақ осы тестке кірмейді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This question was already answered in this quiz (perhaps on another computer); the first answer counts.</source>
        <translation>Бұл тестте осы сұраққа жауап берілген (мүмкін, басқа компьютерде); бірінші жауап есептеледі.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That exam is no longer open.</source>
        <translation>Бұл емтихан жабылған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An exam needs a title.</source>
        <translation>Емтиханның атауы болуы керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An exam has between 1 and 500 questions.</source>
        <translation>Емтиханда 1-ден 500-ге дейін сұрақ болады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pass mark is a percentage from 0 to 100.</source>
        <translation>Өту шегі — 0-ден 100-ге дейінгі пайыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only typed answers can be overruled.</source>
        <translation>Қолмен тек жазылған жауапты дұрыс деп санауға болады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That answer was not found.</source>
        <translation>Бұл жауап табылмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That answer was already marked right.</source>
        <translation>Бұл жауап дұрыс деп белгіленіп қойған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That topic no longer exists.</source>
        <translation>Бұл тақырып енді жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A class needs a name of up to 40 characters.</source>
        <translation>Сынып атауы 40 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a class called {name}.</source>
        <translation>{name} деген сынып бар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in bank cannot be deleted; disable it instead.</source>
        <translation>Кірістірілген банкті жоюға болмайды; оның орнына өшіріп қойыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong with the database: {reason}</source>
        <translation>Дерекқормен жұмыста қате шықты: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database is busy with another program; please try again in a moment.</source>
        <translation>дерекқорды басқа бағдарлама пайдаланып жатыр; сәлден соң қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full; free some space and try again.</source>
        <translation>диск толы; орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database cannot be written (read-only).</source>
        <translation>дерекқорға жазу мүмкін емес (тек оқуға арналған).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database file cannot be opened (check the folder&apos;s permissions).</source>
        <translation>дерекқор файлы ашылмайды (қалтаға кіру құқығын тексеріңіз).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database server cannot be reached.</source>
        <translation>дерекқор серверіне қосылу мүмкін емес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unexpected database error (details are in the log).</source>
        <translation>дерекқордың күтпеген қатесі (толығырақ журналда).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file could not be used ({file}): {reason}.</source>
        <translation>Файлды пайдалану мүмкін болмады ({file}): {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file could not be used: {reason}.</source>
        <translation>Файлды пайдалану мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That could not be done.</source>
        <translation>Бұл әрекетті орындау мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong; the details are in CivicQuiz&apos;s log.</source>
        <translation>Бірдеңе дұрыс болмады; толығырақ CivicQuiz журналында.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} is in use by another program (it is locked). Nothing was changed. Close the other CivicQuiz window or program and try again.</source>
        <translation>{path} дерекқорын басқа бағдарлама пайдаланып жатыр (құлыпталған). Ештеңе өзгертілмеді. CivicQuiz-тің басқа терезесін немесе бағдарламаны жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding {folder} is full, so CivicQuiz cannot open its database. Nothing was changed. Free some space and try again.</source>
        <translation>{folder} орналасқан диск толы, сондықтан CivicQuiz дерекқорын аша алмайды. Ештеңе өзгертілмеді. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no questions to import</source>
        <translation>импорттайтын сұрақ жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>файл бос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the question text is empty</source>
        <translation>сұрақтың мәтіні бос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no correct answer is given</source>
        <translation>дұрыс жауап көрсетілмеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file ({reason})</source>
        <translation>файлды оқу мүмкін емес ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown format {name}</source>
        <translation>белгісіз пішім {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an option with no question before it</source>
        <translation>алдында сұрағы жоқ жауап нұсқасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an ANSWER line with no question before it</source>
        <translation>алдында сұрағы жоқ ANSWER жолы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a question needs at least two options before its ANSWER</source>
        <translation>ANSWER жолының алдында сұрақтың кемінде екі нұсқасы болуы керек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file ends before this question&apos;s ANSWER line</source>
        <translation>файл осы сұрақтың ANSWER жолынан бұрын аяқталады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answers are not closed with &apos;}&apos;</source>
        <translation>жауаптар &apos;}&apos; белгісімен жабылмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not well-formed XML: {detail}</source>
        <translation>XML белгіленімінде қате бар: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the difficulty must be 1, 2 or 3, not {value}</source>
        <translation>күрделілік {value} емес, 1, 2 немесе 3 болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a numeric answer must be a number, not {value}</source>
        <translation>сандық жауап {value} емес, сан болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same question as on line {line}</source>
        <translation>{line}-жолдағы сұрақпен бірдей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}: {problem}</source>
        <translation>{line}-жол: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embedded answers (Moodle cloze text, one question a file)</source>
        <translation>Ендірілген жауаптар (Moodle cloze мәтіні, бір файлда бір сұрақ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CivicQuiz bank (JSON)</source>
        <translation>CivicQuiz банкі (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFT (Moodle text format)</source>
        <translation>GIFT (Moodle мәтіндік пішімі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moodle XML</source>
        <translation>Moodle XML файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMS QTI 2.1/3.0 item or package (choice, text entry, match, order)</source>
        <translation>IMS QTI 2.1/3.0: тапсырма немесе пакет (таңдау, мәтін енгізу, сәйкестендіру, рет)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aiken (plain text)</source>
        <translation>Aiken (қарапайым мәтін)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV or TSV from a spreadsheet</source>
        <translation>Электрондық кестедегі CSV немесе TSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx) in a CSV layout, Kahoot&apos;s template included</source>
        <translation>CSV пішіміндегі Excel кітабы (.xlsx), Kahoot үлгісі де</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quizlet export (term, tab, definition)</source>
        <translation>Quizlet экспорты (термин, табуляция, анықтама)</translation>
    </message>
</context>
<context>
    <name>ExamStartScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/exam_start.py" line="+27"/>
        <source>Exam rules</source>
        <translation>Емтихан ережелері</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the exam</source>
        <translation>Емтиханды бастау</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preparing the exam…</source>
        <translation>Емтихан дайындалуда…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n question(s), {m} minutes. The clock starts when you press “Start the exam”.</source>
        <translation>
            <numerusform>%n сұрақ, {m} минут. Уақыт «Емтиханды бастау» түймесін басқанда басталады.</numerusform>
            <numerusform>%n сұрақ, {m} минут. Уақыт «Емтиханды бастау» түймесін басқанда басталады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n question(s), no time limit.</source>
        <translation>
            <numerusform>%n сұрақ, уақыт шектеусіз.</numerusform>
            <numerusform>%n сұрақ, уақыт шектеусіз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawn from all {k} topics, in proportion to how many questions each has:</source>
        <translation>Барлық {k} тақырыптан, әрқайсысындағы сұрақ санына қарай алынады:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Question types are mixed ({kinds}); true/false is at most a fifth of the exam.</source>
        <translation>Сұрақ түрлері аралас ({kinds}); «дұрыс па, бұрыс па» сұрақтары емтиханның бестен бірінен аспайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions you have not answered before come first ({u} of {n}), then those due for review ({d}).</source>
        <translation>Алдымен бұрын жауап бермеген сұрақтар ({n} ішінен {u}), содан кейін қайталауға тиістілері ({d}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You see your score and the explanations at the end; you may skip a question and come back to it.</source>
        <translation>Ұпайыңыз бен түсіндірмелер соңында көрсетіледі; сұрақты өткізіп, кейін оған оралуға болады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exam</source>
        <translation>Емтихан</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pass mark: {p}%.</source>
        <translation>Өту шегі: {p}%.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="+86"/>
        <source>I was right</source>
        <translation>Мен дұрыс жауап бердім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I was right: count my typed answer as right</source>
        <translation>Мен дұрыс жауап бердім: жазған жауабымды дұрыс деп есептеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your teacher will see that you marked this answer right yourself.</source>
        <translation>Бұл жауапты өзіңіз дұрыс деп белгілегеніңізді мұғалім көреді.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Correct!</source>
        <translation>Дұрыс!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partly right ({p}%)</source>
        <translation>Ішінара дұрыс ({p}%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not quite.</source>
        <translation>Дұрыс емес.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>True</source>
        <translation>Дұрыс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>Бұрыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer:</source>
        <translation>Жауап:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: {citation}</source>
        <translation>Дереккөз: {citation}</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/home.py" line="+85"/>
        <source>Your progress in brief</source>
        <translation>Үлгеріміңіз қысқаша</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review due</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Quick quiz</source>
        <translation>Жылдам тест</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Exam</source>
        <translation>Емтихан</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n-day streak</source>
        <translation>
            <numerusform>Серия: %n күн</numerusform>
            <numerusform>Серия: %n күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-54"/>
        <source>%n question(s) from every topic, with feedback after each</source>
        <translation>
            <numerusform>Барлық тақырыптан %n сұрақ, әрқайсысынан кейін талдау</numerusform>
            <numerusform>Барлық тақырыптан %n сұрақ, әрқайсысынан кейін талдау</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n question(s) in {m} minutes; feedback at the end</source>
        <translation>
            <numerusform>%n сұрақ, {m} минут; талдау соңында</numerusform>
            <numerusform>%n сұрақ, {m} минут; талдау соңында</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hello, {name}</source>
        <translation>Сәлеметсіз бе, {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overall mastery {p}%</source>
        <translation>Жалпы меңгеру {p}%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a streak today</source>
        <translation>Сериясын бүгін бастаңыз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue ({a} of {n})</source>
        <translation>Жалғастыру ({n} ішінен {a})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review due ({n})</source>
        <translation>Қайталау ({n})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exams from your teacher:</source>
        <translation>Мұғалімнен емтихандар:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{title} (%n question(s))</source>
        <translation>
            <numerusform>{title} (%n сұрақ)</numerusform>
            <numerusform>{title} (%n сұрақ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{title} (%n question(s), {m} min)</source>
        <translation>
            <numerusform>{title} (%n сұрақ, {m} мин)</numerusform>
            <numerusform>{title} (%n сұрақ, {m} мин)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="+218"/>
        <source>Are you still there?</source>
        <translation>Сіз әлі осындасыз ба?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left before the session ends</source>
        <translation>Сеанс аяқталғанға дейінгі уақыт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This session ends in {s} seconds, and your answers are cleared.</source>
        <translation>Сеанс {s} секундтан кейін аяқталады, жауаптарыңыз өшіріледі.</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/lesson.py" line="+61"/>
        <location line="+45"/>
        <source>Lesson text</source>
        <translation>Сабақ мәтіні</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practise this topic</source>
        <translation>Осы тақырып бойынша жаттығу</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+38"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Glossary</source>
        <translation>Терминдер сөздігі</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Key terms in Kazakh, Russian and English</source>
        <translation>Негізгі терминдер қазақ, орыс және ағылшын тілдерінде</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Back to the lesson</source>
        <translation>Сабаққа оралу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key terms of the reform in Kazakh, Russian and English.</source>
        <translation>Реформаның негізгі терминдері қазақ, орыс және ағылшын тілдерінде.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latin</source>
        <translation>латын жазуы</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message numerus="yes">
        <location filename="../../src/civicquiz/gui/widgets/charts.py" line="+93"/>
        <source>{day}: {p}% of %n answer(s)</source>
        <translation>
            <numerusform>{day}: %n жауаптың {p}%</numerusform>
            <numerusform>{day}: %n жауаптың {p}%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="+141"/>
        <source>Home</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Үлгерім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch learner</source>
        <translation>Оқушыны ауыстыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher</source>
        <translation>Мұғалім</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Opening your progress…</source>
        <translation>Үлгеріміңіз ашылуда…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Connection to the server</source>
        <translation>Сервермен байланыс</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Finish</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Current screen</source>
        <translation>Ағымдағы экран</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/router.py" line="+283"/>
        <source>Saved on this computer: results will be sent when the server is back.</source>
        <translation>Осы компьютерде сақталды: сервер қолжетімді болғанда нәтижелер жіберіледі.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/civicquiz/gui/main_window.py" line="+51"/>
        <source>%n saved answer(s) sent to the server.</source>
        <translation>
            <numerusform>Серверге сақталған %n жауап жіберілді.</numerusform>
            <numerusform>Серверге сақталған %n жауап жіберілді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/router.py" line="-35"/>
        <source>The server cannot be reached just now. Answers given here are kept on this computer and sent when it is back; a quick quiz still starts.</source>
        <translation>Сервер қазір қолжетімсіз. Мұнда берілген жауаптар осы компьютерде сақталады және ол қайта істегенде жіберіледі; жылдам тестті бәрібір бастауға болады.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="+14"/>
        <source>Progress of the current task</source>
        <translation>Ағымдағы тапсырманың барысы</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/router.py" line="+94"/>
        <source>Loading the question bank</source>
        <translation>Сұрақтар банкі жүктелуде</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="+29"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/router.py" line="+254"/>
        <source>The server cannot be reached just now: this quiz comes from the copy kept on this computer, and your answers will be sent when the server is back.</source>
        <translation>Сервер қазір қолжетімсіз: бұл тест осы компьютердегі көшірмеден алынды, жауаптарыңыз сервер қайта істегенде жіберіледі.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Start a new quiz?</source>
        <translation>Жаңа тест бастау керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have an unfinished quiz ({a} of {n} answered). If you start a new one, Home will offer the new one under Continue instead; the answers you gave are kept.</source>
        <translation>Сізде аяқталмаған тест бар ({n} ішінен {a} жауап берілді). Жаңасын бастасаңыз, басты беттегі «Жалғастыру» жаңа тестке апарады; берген жауаптарыңыз сақталады.</translation>
    </message>
    <message>
        <location line="-440"/>
        <source>Your answers are saved. Continue any time from Home.</source>
        <translation>Жауаптарыңыз сақталды. Басты беттен кез келген уақытта жалғастыруға болады.</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="-16"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/router.py" line="+533"/>
        <source>Guest</source>
        <translation>Қонақ</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Could not open your data</source>
        <translation>Деректеріңізді ашу мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../src/civicquiz/gui/main_window.py" line="-100"/>
        <source>Learning: {name}</source>
        <translation>Оқып жатыр: {name}</translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="+241"/>
        <source>Choose…</source>
        <translation>Таңдаңыз…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Match for {prompt}</source>
        <translation>«{prompt}» үшін сәйкестік</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>✓ Right</source>
        <translation>✓ Дұрыс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Not right. The match is: {answer}</source>
        <translation>✗ Дұрыс емес. Дұрыс жұбы: {answer}</translation>
    </message>
</context>
<context>
    <name>NumericWidget</name>
    <message>
        <location line="-108"/>
        <source>Type a number</source>
        <translation>Сан енгізіңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer (a number)</source>
        <translation>Сіздің жауабыңыз (сан)</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <location line="+154"/>
        <source>Items to put in order</source>
        <translation>Ретке келтірілетін элементтер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Alt+Up and Alt+Down to move the selected item.</source>
        <translation>Таңдалған элементті Alt+Жоғары және Alt+Төмен жылжытады.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item up</source>
        <translation>Таңдалған элементті жоғары жылжыту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item down</source>
        <translation>Таңдалған элементті төмен жылжыту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag, or Alt+↑/↓</source>
        <translation>Сүйреңіз немесе Alt+↑/↓</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../src/civicquiz/gui/paper.py" line="+66"/>
        <source>Tick one.</source>
        <translation>Бір нұсқаны белгілеңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick every right answer.</source>
        <translation>Барлық дұрыс жауапты белгілеңіз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+65"/>
        <source>True</source>
        <translation>Дұрыс</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+66"/>
        <source>False</source>
        <translation>Бұрыс</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Write the letter of the matching answer.</source>
        <translation>Сәйкес жауаптың әрпін жазыңыз.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Number them in the right order.</source>
        <translation>Дұрыс ретімен нөмірлеңіз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fill in each gap.</source>
        <translation>Әр бос орынды толтырыңыз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Source:</source>
        <translation>Дереккөз:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+69"/>
        <source>Answer key</source>
        <translation>Жауаптар кілті</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>page</source>
        <translation>бет</translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/pin.py" line="+31"/>
        <location line="+13"/>
        <source>Type the PIN first.</source>
        <translation>Алдымен PIN-кодты енгізіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in {s} seconds.</source>
        <translation>Қате PIN-кодтар тым көп. {s} секундтан кейін қайталаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That PIN is not right.</source>
        <translation>PIN-код дұрыс емес.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A supervisor PIN is 6 to 12 digits.</source>
        <translation>Әкімшінің PIN-коды 6–12 цифрдан тұрады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN-код 4–12 цифрдан тұрады.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/print_dialog.py" line="+44"/>
        <source>Print a worksheet or exam</source>
        <translation>Жұмыс парағын немесе емтиханды басып шығару</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A PDF to print: questions numbered, options lettered, room to write and each question&apos;s source; the answer key is saved next to it as a separate file.</source>
        <translation>Басып шығаруға арналған PDF: сұрақтар нөмірленген, нұсқалар әріппен белгіленген, жазуға орын және әр сұрақтың дереккөзі бар; жауап кілті жанына бөлек файл болып сақталады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to print</source>
        <translation>Не басып шығарылады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank: {title}</source>
        <translation>Банк: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exam: {title}</source>
        <translation>Емтихан: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of questions</source>
        <translation>Сұрақтар саны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heading</source>
        <translation>Тақырып атауы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter</source>
        <translation>Letter (АҚШ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Қағаз өлшемі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print (16-point type)</source>
        <translation>Ірі қаріп (16 пункт)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to print:</source>
        <translation>Не басып шығарылады:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic:</source>
        <translation>Тақырып:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions:</source>
        <translation>Сұрақтар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading:</source>
        <translation>Тақырып атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size:</source>
        <translation>Қағаз өлшемі:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print result</source>
        <translation>Басып шығару нәтижесі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save PDF…</source>
        <translation>PDF сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All topics</source>
        <translation>Барлық тақырыптар</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the worksheet</source>
        <translation>Жұмыс парағын сақтау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the PDF…</source>
        <translation>PDF жазылуда…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PDF could not be written: {problem}</source>
        <translation>PDF жазылмады: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {sheet}: {n} questions on {p} pages; the answer key {key} on {k} pages.</source>
        <translation>{sheet} сақталды: {n} сұрақ, {p} бет; жауап кілті {key}, {k} бет.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was printed: {problem}</source>
        <translation>Ештеңе басып шығарылмады: {problem}</translation>
    </message>
</context>
<context>
    <name>ProfilesScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/profiles.py" line="+32"/>
        <source>Who is learning?</source>
        <translation>Кім оқиды?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your profile, or add a new one. Each learner&apos;s progress is kept separately.</source>
        <translation>Профиліңізді таңдаңыз немесе жаңасын қосыңыз. Әр оқушының үлгерімі бөлек сақталады.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Learners</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename…</source>
        <translation>Атын өзгерту…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teacher</source>
        <translation>Мұғалім</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New learner</source>
        <translation>Жаңа оқушы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new learner</source>
        <translation>Жаңа оқушының аты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add learner</source>
        <translation>Оқушы қосу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No learners yet: type your name and press Enter.</source>
        <translation>Әзірге оқушы жоқ: атыңызды жазып, Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Rename learner</source>
        <translation>Оқушының атын өзгерту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Жаңа аты:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete learner</source>
        <translation>Оқушыны жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {name} and all of their answers and progress? This cannot be undone.</source>
        <translation>{name} және оның барлық жауаптары мен үлгерімі жойылсын ба? Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} was deleted.</source>
        <translation>{name} профилі жойылды.</translation>
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
        <translation>{name} оқушысының PIN-коды:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Too many wrong PINs. Try again in {s} seconds.</source>
        <translation>Қате PIN-кодтар тым көп. {s} секундтан кейін қайталаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That PIN is not right.</source>
        <translation>PIN-код дұрыс емес.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PIN…</source>
        <translation>PIN-код…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set or change this learner&apos;s PIN</source>
        <translation>Оқушының PIN-кодын қою немесе өзгерту</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}&apos;s PIN now:</source>
        <translation>{name} оқушысының қазіргі PIN-коды:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new PIN of 4 to 6 digits (leave empty for none):</source>
        <translation>4–6 цифрдан тұратын жаңа PIN-код (алып тастау үшін бос қалдырыңыз):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That PIN is not right; nothing was changed.</source>
        <translation>PIN-код дұрыс емес; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s profile is now protected by a PIN.</source>
        <translation>{name} оқушысының профилі енді PIN-кодпен қорғалған.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s profile has no PIN now.</source>
        <translation>{name} оқушысының профилінде енді PIN-код жоқ.</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="+34"/>
        <source>Your progress</source>
        <translation>Сіздің үлгеріміңіз</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Mastery by topic</source>
        <translation>Тақырыптар бойынша меңгеру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accuracy over the last 30 days (answers per day in brackets)</source>
        <translation>Соңғы 30 күндегі дәлдік (жақшада — күндегі жауап саны)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accuracy over time</source>
        <translation>Күндер бойынша дәлдік</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quizzes</source>
        <translation>Тесттер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiz history</source>
        <translation>Тесттер тарихы</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>Қайталауға: %n сұрақ</numerusform>
            <numerusform>Қайталауға: %n сұрақ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n-day streak</source>
        <translation>
            <numerusform>Серия: %n күн</numerusform>
            <numerusform>Серия: %n күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n quiz(zes)</source>
        <translation>
            <numerusform>%n тест</numerusform>
            <numerusform>%n тест</numerusform>
        </translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Дұрыс</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No answers in the last 30 days yet.</source>
        <translation>Соңғы 30 күнде әзірге жауап жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unfinished)</source>
        <translation>(аяқталмаған)</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/quiz.py" line="+55"/>
        <source>Quiz progress</source>
        <translation>Тест барысы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>I was sure of this answer</source>
        <translation>Жауабыма сенімдімін</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save and leave</source>
        <translation>Сақтап шығу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers are kept; continue later from Home (Esc)</source>
        <translation>Жауаптар сақталды; кейін басты беттен жалғастырыңыз (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Өткізіп жіберу</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Read aloud</source>
        <translation>Дауыстап оқу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hear the question, the choices and the feedback (Ctrl+R)</source>
        <translation>Сұрақты, нұсқаларды және талдауды тыңдау (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Question {i} of {n}</source>
        <translation>Сұрақ {i}/{n}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Finish</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+154"/>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Counted as right (your call)</source>
        <translation>Дұрыс деп есептелді (өз шешіміңіз бойынша)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Single choice</source>
        <translation>Бір жауап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple answers</source>
        <translation>Бірнеше жауап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True or false</source>
        <translation>Дұрыс па, бұрыс па</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short answer</source>
        <translation>Қысқа жауап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numeric</source>
        <translation>Сан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching</source>
        <translation>Сәйкестендіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordering</source>
        <translation>Ретке келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedded answers</source>
        <translation>Ендірілген жауаптар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>easy</source>
        <translation>жеңіл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medium</source>
        <translation>орташа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hard</source>
        <translation>қиын</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>See results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Your answer could not be saved.</source>
        <translation>Жауабыңызды сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer not saved</source>
        <translation>Жауап сақталмады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has not been marked. Press the button again to try once more.</source>
        <translation>Жауап бағаланбады. Қайталап көру үшін түймені тағы басыңыз.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Quiz finished</source>
        <translation>Тест аяқталды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well done. The server cannot be reached just now, so your answers are kept safely on this computer and will be sent as soon as it is back. Your results will show then.</source>
        <translation>Жарайсыз. Сервер қазір қолжетімсіз, сондықтан жауаптарыңыз осы компьютерде сенімді сақталды және сервер қолжетімді болғанда жіберіледі. Нәтижелеріңіз сонда көрсетіледі.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{m}:{s:02d} left</source>
        <translation>Қалды {m}:{s:02d}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{m} minutes left</source>
        <translation>{m} минут қалды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{s} seconds left</source>
        <translation>{s} секунд қалды</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time is up</source>
        <translation>Уақыт бітті</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time is up. Your answers so far are marked.</source>
        <translation>Уақыт бітті. Берілген жауаптар бағаланды.</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/results.py" line="+36"/>
        <source>Review of every question</source>
        <translation>Әр сұрақты талдау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>Retry mistakes</source>
        <translation>Қателермен жұмыс</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>{p}% · {c} of {n} right</source>
        <translation>{p}% · {n} ішінен {c} дұрыс</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time {m}:{s:02d}</source>
        <translation>Уақыт {m}:{s:02d}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer:</source>
        <translation>Сіздің жауабыңыз:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer:</source>
        <translation>Жауап:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>True</source>
        <translation>Дұрыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False</source>
        <translation>Бұрыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no answer)</source>
        <translation>(жауап жоқ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nothing selected)</source>
        <translation>(ештеңе таңдалмады)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>right</source>
        <translation>дұрыс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong</source>
        <translation>қате</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Retry mistakes ({n})</source>
        <translation>Қателермен жұмыс ({n})</translation>
    </message>
</context>
<context>
    <name>SeatClassPicker</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/seat.py" line="-123"/>
        <source>This computer&apos;s class:</source>
        <translation>Осы компьютердің сыныбы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s class</source>
        <translation>Осы компьютердің сыныбы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All learners</source>
        <translation>Барлық оқушылар</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/settings.py" line="+25"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Lessons and questions in</source>
        <translation>Сабақтар мен сұрақтар тілі</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Theme</source>
        <translation>Тақырып безендіруі</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Жоғары контраст</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Text size</source>
        <translation>Мәтін өлшемі</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>My class</source>
        <translation>Менің сыныбым</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes apply at once and are kept for this learner.</source>
        <translation>Өзгерістер бірден қолданылады және осы оқушы үшін сақталады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No class</source>
        <translation>Сыныпсыз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You are now in class {name}.</source>
        <translation>Енді сіз {name} сыныбындасыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are now in no class.</source>
        <translation>Енді сіз ешбір сыныпта емессіз.</translation>
    </message>
</context>
<context>
    <name>ShortAnswerWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="-210"/>
        <source>Type your answer</source>
        <translation>Жауабыңызды жазыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer</source>
        <translation>Сіздің жауабыңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capital letters and accents do not matter.</source>
        <translation>Бас әріптер мен диакритика маңызды емес.</translation>
    </message>
</context>
<context>
    <name>SupervisorPanel</name>
    <message>
        <location filename="../../src/civicquiz/gui/kiosk.py" line="+22"/>
        <source>Supervisor</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supervisor PIN</source>
        <translation>Әкімшінің PIN-коды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the kiosk</source>
        <translation>Киоскке оралу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Idle time before a visit ends</source>
        <translation>Сеанс аяқталғанға дейінгі әрекетсіздік уақыты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep guests&apos; answers (anonymously) for the teacher&apos;s statistics</source>
        <translation>Қонақтардың жауаптарын (жасырын түрде) мұғалім статистикасы үшін сақтау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in kiosk mode</source>
        <translation>Киоск режимінде іске қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle time</source>
        <translation>Әрекетсіздік уақыты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit the app</source>
        <translation>Қолданбаны жабу</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter the supervisor PIN.</source>
        <translation>Әкімшінің PIN-кодын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No supervisor PIN is set, so the kiosk cannot be unlocked here. Set one on the Teacher screen outside kiosk mode, or with: civicquiz pin --role supervisor --set</source>
        <translation>Әкімшінің PIN-коды қойылмаған, сондықтан киоскінің құлпын мұнда ашу мүмкін емес. Оны киоск режимінен тыс мұғалім экранында немесе мына пәрменмен қойыңыз: civicquiz pin --role supervisor --set</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unlocked.</source>
        <translation>Құлпы ашылды.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>SupervisorPinDialog</name>
    <message>
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="+21"/>
        <location line="+11"/>
        <source>Supervisor PIN</source>
        <translation>Әкімшінің PIN-коды</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A kiosk needs a supervisor PIN: it unlocks the kiosk&apos;s settings and the way out. Choose 6 to 12 digits and type them twice.</source>
        <translation>Киоскіге әкімшінің PIN-коды керек: ол киоск баптауларын және одан шығуды ашады. 6–12 цифр таңдап, екі рет енгізіңіз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supervisor PIN again</source>
        <translation>Әкімшінің PIN-коды қайтадан</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two PINs differ; type them again.</source>
        <translation>PIN-кодтар сәйкес емес; қайта енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supervisor PIN is 6 to 12 digits.</source>
        <translation>Әкімшінің PIN-коды 6–12 цифрдан тұрады.</translation>
    </message>
</context>
<context>
    <name>TeacherScreen</name>
    <message>
        <location line="+21"/>
        <source>Teacher</source>
        <translation>Мұғалім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start this computer as a kiosk</source>
        <translation>Бұл компьютерді киоск ретінде іске қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full screen and locked for visitors from the next start (see docs/kiosk.md)</source>
        <translation>Келесі іске қосудан бастап толық экран және келушілер үшін құлыптау (docs/kiosk.md қараңыз)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Teacher PIN</source>
        <translation>Мұғалімнің PIN-коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN-код (4–12 цифр)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teacher PIN again</source>
        <translation>Мұғалімнің PIN-коды қайта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same PIN again</source>
        <translation>Сол PIN-кодты қайта</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>Unlock</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a PIN for the teacher&apos;s screens. Learners will not be able to open them.</source>
        <translation>Мұғалім беттері үшін PIN-код орнатыңыз. Оқушылар оларды аша алмайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the teacher PIN.</source>
        <translation>Мұғалімнің PIN-кодын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set PIN</source>
        <translation>PIN-код орнату</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two PINs differ; type them again.</source>
        <translation>PIN-кодтар сәйкес емес; қайта енгізіңіз.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The next start opens the kiosk.</source>
        <translation>Келесі іске қосу киоскті ашады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next start opens normally.</source>
        <translation>Келесі іске қосу әдеттегідей болады.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Teacher sections</source>
        <translation>Мұғалім бөлімдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Question banks</source>
        <translation>Сұрақтар банктері</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+82"/>
        <source>Exams</source>
        <translation>Емтихандар</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Class results</source>
        <translation>Сынып нәтижелері</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Classroom</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+70"/>
        <location line="+47"/>
        <source>Questions</source>
        <translation>Сұрақтар</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Enabled</source>
        <translation>Қосулы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable or disable</source>
        <translation>Қосу немесе өшіру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export format</source>
        <translation>Экспорт пішімі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>A worksheet or exam of this bank as a PDF, with its answer key</source>
        <translation>Осы банктен жұмыс парағы немесе емтихан PDF түрінде, жауап кілтімен</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import preview</source>
        <translation>Импортты алдын ала қарау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the valid questions and skip the invalid ones</source>
        <translation>Дұрыс сұрақтарды импорттап, қателерін өткізіп жіберу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import these questions</source>
        <translation>Осы сұрақтарды импорттау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map columns…</source>
        <translation>Бағандарды сәйкестендіру…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exam</source>
        <translation>Емтихан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+40"/>
        <location line="+10"/>
        <source>Pass mark</source>
        <translation>Өту шегі</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open or close</source>
        <translation>Ашу немесе жабу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This exam on paper as a PDF, with its answer key</source>
        <translation>Осы емтихан қағазда, PDF түрінде, жауап кілтімен</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exam title</source>
        <translation>Емтихан атауы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Banks in the exam</source>
        <translation>Емтихан банктері</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topics in the exam</source>
        <translation>Емтихан тақырыптары</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of questions</source>
        <translation>Сұрақтар саны</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no limit</source>
        <translation>шексіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit in minutes</source>
        <translation>Минутпен уақыт шегі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shuffle the questions</source>
        <translation>Сұрақтарды араластыру</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create exam</source>
        <translation>Емтихан құру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banks (none ticked: all)</source>
        <translation>Банктер (белгіленбесе — бәрі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics (none ticked: all)</source>
        <translation>Тақырыптар (белгіленбесе — бәрі)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit</source>
        <translation>Уақыт шегі</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>The class&apos;s mastery by topic</source>
        <translation>Сыныптың тақырыптарды меңгеруі</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Learner</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Quizzes</source>
        <translation>Тесттер</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+3"/>
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Right</source>
        <translation>Дұрыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Learners</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Басталды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Ұпай</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility</source>
        <translation>Жеңілдік</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discrimination</source>
        <translation>Айыру қабілеті</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Options chosen</source>
        <translation>Таңдалған нұсқалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Item analysis</source>
        <translation>Сұрақтарды талдау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export quizzes as CSV…</source>
        <translation>Тесттерді CSV-ге экспорттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export item analysis as CSV…</source>
        <translation>Сұрақтар талдауын CSV-ге экспорттау…</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+3"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>passed</source>
        <translation>өтті</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not passed</source>
        <translation>өтпеді</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import a question bank</source>
        <translation>Сұрақтар банкін импорттау</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This file cannot be imported as it is:</source>
        <translation>Бұл файлды осы күйінде импорттау мүмкін емес:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been written. Fix the lines above, or tick the box to import only the valid questions.</source>
        <translation>Ештеңе жазылмады. Жоғарыдағы жолдарды түзетіңіз немесе тек дұрыс сұрақтарды импорттау үшін белгі қойыңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n question(s) will be imported into “{title}”.</source>
        <translation>
            <numerusform>«{title}» ішіне %n сұрақ импортталады.</numerusform>
            <numerusform>«{title}» ішіне %n сұрақ импортталады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The questions:</source>
        <translation>Сұрақтар:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>… and {n} more.</source>
        <translation>… және тағы {n}.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Item-writing check: no rule broken.</source>
        <translation>Тапсырмаларды тексеру: ереже бұзылмаған.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Imported %n question(s) ({a} new, {u} updated).</source>
        <translation>
            <numerusform>%n сұрақ импортталды (жаңа: {a}, жаңартылған: {u}).</numerusform>
            <numerusform>%n сұрақ импортталды (жаңа: {a}, жаңартылған: {u}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bank with the id “{old}” already exists and was left as it was; this one is “{new}”.</source>
        <translation>«{old}» идентификаторы бар банк бұрыннан бар, ол өзгертілмеді; мынаның идентификаторы — «{new}».</translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>Exported %n question(s) to {path}.</source>
        <translation>
            <numerusform>%n сұрақ {path} файлына экспортталды.</numerusform>
            <numerusform>%n сұрақ {path} файлына экспортталды.</numerusform>
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
        <translation>(және тағы {n}: «Толығырақ»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this format cannot hold:</source>
        <translation>Бұл пішім нені сақтай алмайды:</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Format: {f}; encoding: {e}.</source>
        <translation>Пішімі: {f}; кодтауы: {e}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported:</source>
        <translation>Импортталмады:</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Item-writing check: %n point(s) to review (see `civicquiz lint`).</source>
        <translation>
            <numerusform>Тапсырмаларды тексеру: %n ескерту (`civicquiz lint` қараңыз).</numerusform>
            <numerusform>Тапсырмаларды тексеру: %n ескерту (`civicquiz lint` қараңыз).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Export the bank</source>
        <translation>Банкті экспорттау</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete bank</source>
        <translation>Банкті жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}” with its questions and every answer learners gave to them?</source>
        <translation>«{title}» банкін сұрақтарымен және оқушылардың барлық жауаптарымен бірге жою керек пе?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The exam is open: learners see it on their home screen.</source>
        <translation>Емтихан ашық: оқушылар оны басты бетте көреді.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export as CSV</source>
        <translation>CSV-ге экспорттау</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved {path}.</source>
        <translation>Сақталды: {path}.</translation>
    </message>
</context>
<context>
    <name>TopicCard</name>
    <message numerus="yes">
        <location filename="../../src/civicquiz/gui/screens/home.py" line="-131"/>
        <source>{seen} of %n question(s) practised</source>
        <translation>
            <numerusform>Сұрақтар: {seen}/%n орындалды</numerusform>
            <numerusform>Сұрақтар: {seen}/%n орындалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n due for review</source>
        <translation>
            <numerusform>Қайталауға: %n</numerusform>
            <numerusform>Қайталауға: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mastery %p%</source>
        <translation>Меңгерілді %p%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastery of {topic}</source>
        <translation>«{topic}» тақырыбын меңгеру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson</source>
        <translation>Сабақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the lesson: {topic}</source>
        <translation>Сабақты оқу: {topic}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practise</source>
        <translation>Жаттығу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Practise {topic}</source>
        <translation>Жаттығу: {topic}</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <location filename="../../src/civicquiz/gui/widgets/answers.py" line="-43"/>
        <source>True</source>
        <translation>Дұрыс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>Бұрыс</translation>
    </message>
</context>
</TS>

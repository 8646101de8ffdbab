<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClassroomTab</name>
    <message numerus="yes">
        <location filename="../../src/civicquiz/gui/screens/classroom.py" line="+43"/>
        <source>Learners who answered in the last %n minute(s).</source>
        <translation>
            <numerusform>Learners who answered in the last %n minute.</numerusform>
            <numerusform>Learners who answered in the last %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n learner(s) answered in the last {m} minutes.</source>
        <translation>
            <numerusform>%n learner answered in the last {m} minutes.</numerusform>
            <numerusform>%n learners answered in the last {m} minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n quiz(zes)</source>
        <translation>
            <numerusform>%n quiz</numerusform>
            <numerusform>%n quizzes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>%n learner(s) moved to {target}.</source>
        <translation>
            <numerusform>%n learner moved to {target}.</numerusform>
            <numerusform>%n learners moved to {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n learner(s) taken out of their class.</source>
        <translation>
            <numerusform>%n learner taken out of their class.</numerusform>
            <numerusform>%n learners taken out of their class.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamStartScreen</name>
    <message numerus="yes">
        <location filename="../../src/civicquiz/gui/screens/exam_start.py" line="+79"/>
        <source>%n question(s), {m} minutes. The clock starts when you press “Start the exam”.</source>
        <translation>
            <numerusform>%n question, {m} minutes. The clock starts when you press “Start the exam”.</numerusform>
            <numerusform>%n questions, {m} minutes. The clock starts when you press “Start the exam”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n question(s), no time limit.</source>
        <translation>
            <numerusform>%n question, no time limit.</numerusform>
            <numerusform>%n questions, no time limit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message numerus="yes">
        <location filename="../../src/civicquiz/gui/screens/home.py" line="+96"/>
        <source>%n question(s) from every topic, with feedback after each</source>
        <translation>
            <numerusform>%n question from every topic, with feedback after each</numerusform>
            <numerusform>%n questions from every topic, with feedback after each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n question(s) in {m} minutes; feedback at the end</source>
        <translation>
            <numerusform>%n question in {m} minutes; feedback at the end</numerusform>
            <numerusform>%n questions in {m} minutes; feedback at the end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n-day streak</source>
        <translation>
            <numerusform>%n-day streak</numerusform>
            <numerusform>%n-day streak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>{title} (%n question(s))</source>
        <translation>
            <numerusform>{title} (%n question)</numerusform>
            <numerusform>{title} (%n questions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{title} (%n question(s), {m} min)</source>
        <translation>
            <numerusform>{title} (%n question, {m} min)</numerusform>
            <numerusform>{title} (%n questions, {m} min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message numerus="yes">
        <location filename="../../src/civicquiz/gui/widgets/charts.py" line="+93"/>
        <source>{day}: {p}% of %n answer(s)</source>
        <translation>
            <numerusform>{day}: {p}% of %n answer</numerusform>
            <numerusform>{day}: {p}% of %n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/civicquiz/gui/main_window.py" line="+232"/>
        <source>%n saved answer(s) sent to the server.</source>
        <translation>
            <numerusform>%n saved answer was sent to the server.</numerusform>
            <numerusform>%n saved answers were sent to the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message numerus="yes">
        <location filename="../../src/civicquiz/gui/screens/progress.py" line="+86"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n review due</numerusform>
            <numerusform>%n reviews due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n-day streak</source>
        <translation>
            <numerusform>%n-day streak</numerusform>
            <numerusform>%n-day streak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n quiz(zes)</source>
        <translation>
            <numerusform>%n quiz</numerusform>
            <numerusform>%n quizzes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeacherScreen</name>
    <message numerus="yes">
        <location filename="../../src/civicquiz/gui/screens/teacher.py" line="+606"/>
        <source>%n question(s) will be imported into “{title}”.</source>
        <translation>
            <numerusform>%n question will be imported into “{title}”.</numerusform>
            <numerusform>%n questions will be imported into “{title}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Item-writing check: %n point(s) to review (see `civicquiz lint`).</source>
        <translation>
            <numerusform>Item-writing check: %n point to review (see `civicquiz lint`).</numerusform>
            <numerusform>Item-writing check: %n points to review (see `civicquiz lint`).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Imported %n question(s) ({a} new, {u} updated).</source>
        <translation>
            <numerusform>Imported %n question ({a} new, {u} updated).</numerusform>
            <numerusform>Imported %n questions ({a} new, {u} updated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>Exported %n question(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n question to {path}.</numerusform>
            <numerusform>Exported %n questions to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicCard</name>
    <message numerus="yes">
        <location filename="../../src/civicquiz/gui/screens/home.py" line="-131"/>
        <source>{seen} of %n question(s) practised</source>
        <translation>
            <numerusform>{seen} of %n question practised</numerusform>
            <numerusform>{seen} of %n questions practised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n due for review</source>
        <translation>
            <numerusform>%n due for review</numerusform>
            <numerusform>%n due for review</numerusform>
        </translation>
    </message>
</context>
</TS>

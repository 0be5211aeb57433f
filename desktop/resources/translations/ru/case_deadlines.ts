<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>DatesText</name>
    <message>
        <location filename="../../../desktop/ui/case_deadlines.py" line="39"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_deadlines.py" line="42"/>
        <source>&amp;Conclusion requested from the akim on</source>
        <translation>&amp;Заключение запрошено у акима</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_deadlines.py" line="45"/>
        <source>Applicant &amp;notified of the decision on</source>
        <translation>Заявитель &amp;уведомлён о решении</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_deadlines.py" line="48"/>
        <source>No deadlines run for this case yet.</source>
        <translation>По этому делу сроки пока не идут.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_deadlines.py" line="51"/>
        <source>{kind}: by {due} ({reference}) — {state}</source>
        <translation>{kind}: до {due} ({reference}) — {state}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_deadlines.py" line="55"/>
        <source>done on {date}</source>
        <translation>выполнено {date}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>DatesText</name>
    <message>
        <location filename="../../../desktop/ui/case_deadlines.py" line="39"/>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_deadlines.py" line="42"/>
        <source>&amp;Conclusion requested from the akim on</source>
        <translation>Әкімнен &amp;қорытынды сұралған күн</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_deadlines.py" line="45"/>
        <source>Applicant &amp;notified of the decision on</source>
        <translation>Өтініш берушіге шешім &amp;хабарланған күн</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_deadlines.py" line="48"/>
        <source>No deadlines run for this case yet.</source>
        <translation>Бұл іс бойынша әзірге мерзім жоқ.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_deadlines.py" line="51"/>
        <source>{kind}: by {due} ({reference}) — {state}</source>
        <translation>{kind}: {due} дейін ({reference}) — {state}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_deadlines.py" line="55"/>
        <source>done on {date}</source>
        <translation>{date} орындалды</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="261"/>
        <source>About Qadam</source>
        <translation>Qadam туралы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="263"/>
        <source>Qadam {version}: casework of the Employment Programme 2020 for village akimats.</source>
        <translation>Qadam {version}: ауылдық округ әкімдері аппараттарына арналған «Жұмыспен қамту 2020» бағдарламасы бойынша істерді жүргізу.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="269"/>
        <source>Qadam — {user}</source>
        <translation>Qadam — {user}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="270"/>
        <source>Search by surname, first name or IIN (Ctrl+F)</source>
        <translation>Тегі, аты немесе ЖСН бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="271"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="272"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="273"/>
        <source>&amp;New applicant…</source>
        <translation>&amp;Жаңа өтініш беруші…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="274"/>
        <source>&amp;Import from Excel…</source>
        <translation>Excel-ден &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="275"/>
        <source>&amp;Reports</source>
        <translation>&amp;Есептер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="276"/>
        <source>&amp;Monthly report…</source>
        <translation>&amp;Ай сайынғы есеп…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="277"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Көрсеткіштер тақтасы…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="278"/>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="279"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="280"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="281"/>
        <source>&amp;About Qadam</source>
        <translation>Qadam &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="306"/>
        <source>Applicants in the database: {count}</source>
        <translation>Дерекқордағы өтініш берушілер: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="314"/>
        <source>Found: {count}</source>
        <translation>Табылды: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="316"/>
        <source>Nobody found. Check the spelling or type fewer letters.</source>
        <translation>Ешкім табылмады. Жазылуын тексеріңіз немесе азырақ әріп теріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="318"/>
        <source>Nobody matches these filters.</source>
        <translation>Бұл сүзгілерге сай ешкім жоқ.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="320"/>
        <source>Shown: {count}</source>
        <translation>Көрсетілді: {count}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="292"/>
        <source>About Qadam</source>
        <translation>Qadam туралы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="294"/>
        <source>Qadam {version}: casework of the Employment Programme 2020 for village akimats.</source>
        <translation>Qadam {version}: ауылдық округ әкімдері аппараттарына арналған «Жұмыспен қамту 2020» бағдарламасы бойынша істерді жүргізу.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="300"/>
        <source>Qadam — {user}</source>
        <translation>Qadam — {user}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="301"/>
        <source>Search by surname, first name or IIN (Ctrl+F)</source>
        <translation>Тегі, аты немесе ЖСН бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="302"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="303"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="304"/>
        <source>&amp;New applicant…</source>
        <translation>&amp;Жаңа өтініш беруші…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="305"/>
        <source>&amp;Import from Excel…</source>
        <translation>Excel-ден &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="306"/>
        <source>&amp;Reports</source>
        <translation>&amp;Есептер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="307"/>
        <source>&amp;Monthly report…</source>
        <translation>&amp;Ай сайынғы есеп…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="308"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Көрсеткіштер тақтасы…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="309"/>
        <source>R&amp;eference data…</source>
        <translation>А&amp;нықтамалық деректер…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="310"/>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="311"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="312"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="313"/>
        <source>&amp;About Qadam</source>
        <translation>Qadam &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="314"/>
        <source>Home</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="315"/>
        <source>Applicants</source>
        <translation>Өтініш берушілер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="316"/>
        <source>Today&apos;s work (Ctrl+1)</source>
        <translation>Бүгінгі жұмыс (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="317"/>
        <source>Applicants list (Ctrl+2)</source>
        <translation>Өтініш берушілер тізімі (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="342"/>
        <source>Applicants in the database: {count}</source>
        <translation>Дерекқордағы өтініш берушілер: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="349"/>
        <source>Found: {count}</source>
        <translation>Табылды: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="351"/>
        <source>Nobody found. Check the spelling or type fewer letters.</source>
        <translation>Ешкім табылмады. Жазылуын тексеріңіз немесе азырақ әріп теріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="353"/>
        <source>Shown: {count}</source>
        <translation>Көрсетілді: {count}</translation>
    </message>
</context>
</TS>

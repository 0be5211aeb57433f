<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="444"/>
        <source>About Qadam</source>
        <translation>Qadam туралы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="446"/>
        <source>Qadam {version}: casework of the Employment Programme 2020 for village akimats.</source>
        <translation>Qadam {version}: ауылдық округ әкімдері аппараттарына арналған «Жұмыспен қамту 2020» бағдарламасы бойынша істерді жүргізу.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="452"/>
        <source>Qadam — {user}</source>
        <translation>Qadam — {user}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="453"/>
        <source>Search by surname, first name or IIN (Ctrl+F)</source>
        <translation>Тегі, аты немесе ЖСН бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="454"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="455"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="456"/>
        <source>&amp;New applicant…</source>
        <translation>&amp;Жаңа өтініш беруші…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="457"/>
        <source>&amp;Import from Excel…</source>
        <translation>Excel-ден &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="458"/>
        <source>&amp;Reports</source>
        <translation>&amp;Есептер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="459"/>
        <source>&amp;Monthly report…</source>
        <translation>&amp;Ай сайынғы есеп…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="460"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Көрсеткіштер тақтасы…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="461"/>
        <source>R&amp;eference data…</source>
        <translation>А&amp;нықтамалық деректер…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="462"/>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="463"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="464"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="465"/>
        <source>&amp;About Qadam</source>
        <translation>Qadam &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="466"/>
        <source>&amp;Sync</source>
        <translation>&amp;Синхрондау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="467"/>
        <source>Sync &amp;now</source>
        <translation>&amp;Қазір синхрондау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="468"/>
        <source>Sync &amp;status and conflicts…</source>
        <translation>Синхрондау &amp;күйі мен қайшылықтар…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="469"/>
        <source>District se&amp;rver…</source>
        <translation>Аудан &amp;сервері…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="471"/>
        <source>Home</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="472"/>
        <source>Applicants</source>
        <translation>Өтініш берушілер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="473"/>
        <source>Today&apos;s work (Ctrl+1)</source>
        <translation>Бүгінгі жұмыс (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="474"/>
        <source>Applicants list (Ctrl+2)</source>
        <translation>Өтініш берушілер тізімі (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="501"/>
        <source>Applicants in the database: {count}</source>
        <translation>Дерекқордағы өтініш берушілер: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="509"/>
        <source>Found: {count}</source>
        <translation>Табылды: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="511"/>
        <source>Nobody found. Check the spelling or type fewer letters.</source>
        <translation>Ешкім табылмады. Жазылуын тексеріңіз немесе азырақ әріп теріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="513"/>
        <source>Nobody matches these filters.</source>
        <translation>Бұл сүзгілерге сай ешкім жоқ.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="515"/>
        <source>Shown: {count}</source>
        <translation>Көрсетілді: {count}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ReferencePage</name>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="142"/>
        <source>Shown: {shown} of {total}</source>
        <translation>Көрсетілді: {total} ішінен {shown}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="143"/>
        <source>Nothing found among {total}. Check the spelling or type fewer letters.</source>
        <translation>{total} жазбаның ішінен ештеңе табылмады. Жазылуын тексеріңіз немесе азырақ әріп теріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="145"/>
        <source>In the list: {total}</source>
        <translation>Тізімде: {total}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="150"/>
        <source>Type to filter the list (Ctrl+F)</source>
        <translation>Тізімді сүзу үшін теріңіз (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ReferenceWindow</name>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="228"/>
        <source>Reading the reference lists…</source>
        <translation>Анықтамалық тізімдер оқылуда…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="316"/>
        <source>&amp;Vacancies ({count})</source>
        <translation>&amp;Бос жұмыс орындары ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="317"/>
        <source>E&amp;ducation organisations ({count})</source>
        <translation>Білім беру &amp;ұйымдары ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="318"/>
        <source>&amp;Settlements ({count})</source>
        <translation>&amp;Елді мекендер ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="319"/>
        <source>E&amp;mployers ({count})</source>
        <translation>&amp;Жұмыс берушілер ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="327"/>
        <source>Reference data of the district</source>
        <translation>Ауданның анықтамалық деректері</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="329"/>
        <source>Maintained by the district employment centre; updated by synchronisation or import. On this device the lists are read-only.</source>
        <translation>Аудандық халықты жұмыспен қамту орталығы (ХЖО) жүргізеді; синхрондау немесе импорт арқылы жаңартылады. Бұл құрылғыда тізімдерді тек қарауға болады.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="331"/>
        <source>&amp;Edit… (F2)</source>
        <translation>&amp;Өзгерту… (F2)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="332"/>
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="333"/>
        <source>&amp;Refresh (F5)</source>
        <translation>Ж&amp;аңарту (F5)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="334"/>
        <source>&amp;Close</source>
        <translation>Жаб&amp;у</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ReferencePage</name>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="142"/>
        <source>Shown: {shown} of {total}</source>
        <translation>Показано: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="143"/>
        <source>Nothing found among {total}. Check the spelling or type fewer letters.</source>
        <translation>Среди {total} записей ничего не найдено. Проверьте написание или введите меньше букв.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="145"/>
        <source>In the list: {total}</source>
        <translation>В списке: {total}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="150"/>
        <source>Type to filter the list (Ctrl+F)</source>
        <translation>Введите текст, чтобы отфильтровать список (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ReferenceWindow</name>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="228"/>
        <source>Reading the reference lists…</source>
        <translation>Чтение справочников…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="316"/>
        <source>&amp;Vacancies ({count})</source>
        <translation>&amp;Вакансии ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="317"/>
        <source>E&amp;ducation organisations ({count})</source>
        <translation>&amp;Организации образования ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="318"/>
        <source>&amp;Settlements ({count})</source>
        <translation>&amp;Населённые пункты ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="319"/>
        <source>E&amp;mployers ({count})</source>
        <translation>&amp;Работодатели ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="327"/>
        <source>Reference data of the district</source>
        <translation>Справочные данные района</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="329"/>
        <source>Maintained by the district employment centre; updated by synchronisation or import. On this device the lists are read-only.</source>
        <translation>Ведётся районным центром занятости населения (ЦЗН); обновляется синхронизацией или импортом. На этом устройстве списки доступны только для просмотра.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="331"/>
        <source>&amp;Edit… (F2)</source>
        <translation>Из&amp;менить… (F2)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="332"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="333"/>
        <source>&amp;Refresh (F5)</source>
        <translation>О&amp;бновить (F5)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_window.py" line="334"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
</TS>

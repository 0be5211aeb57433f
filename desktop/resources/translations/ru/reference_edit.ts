<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ReferenceEditDialog</name>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="191"/>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="192"/>
        <source>What you typed here is not saved. Close and lose it?</source>
        <translation>Введённое здесь не сохранено. Закрыть и потерять его?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="203"/>
        <source>&amp;Name</source>
        <translation>&amp;Наименование</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="203"/>
        <source>&amp;BIN</source>
        <translation>&amp;БИН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="204"/>
        <source>&amp;Settlement</source>
        <translation>Населённый &amp;пункт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="204"/>
        <source>&amp;Licence</source>
        <translation>&amp;Лицензия</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="205"/>
        <source>KATO</source>
        <translation>КАТО</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="205"/>
        <source>Name in &amp;Kazakh</source>
        <translation>Наименование на &amp;казахском</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="206"/>
        <source>Name in &amp;Russian</source>
        <translation>Наименование на &amp;русском</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="206"/>
        <source>Rural &amp;okrug (KATO)</source>
        <translation>Сельский &amp;округ (КАТО)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="207"/>
        <source>&amp;Potential</source>
        <translation>Потен&amp;циал</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="207"/>
        <source>S&amp;upport settlement</source>
        <translation>Опорн&amp;ый населённый пункт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="215"/>
        <source>a support (опорный) settlement: a priority for direction 2 (§4.3.2)</source>
        <translation>опорный населённый пункт: приоритет для второго направления (§4.3.2)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="217"/>
        <source>Employer: {name}</source>
        <translation>Работодатель: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="218"/>
        <source>Education organisation: {name}</source>
        <translation>Организация образования: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="219"/>
        <source>Settlement: {name}</source>
        <translation>Населённый пункт: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="223"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="224"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ReferenceEditDialog</name>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="191"/>
        <source>Discard changes?</source>
        <translation>Өзгерістерден бас тарту керек пе?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="192"/>
        <source>What you typed here is not saved. Close and lose it?</source>
        <translation>Мұнда енгізілгендер сақталмаған. Жауып, оларды жоғалту керек пе?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="203"/>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="203"/>
        <source>&amp;BIN</source>
        <translation>&amp;БСН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="204"/>
        <source>&amp;Settlement</source>
        <translation>&amp;Елді мекен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="204"/>
        <source>&amp;Licence</source>
        <translation>&amp;Лицензия</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="205"/>
        <source>KATO</source>
        <translation>ӘАОЖ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="205"/>
        <source>Name in &amp;Kazakh</source>
        <translation>Қазақша &amp;атауы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="206"/>
        <source>Name in &amp;Russian</source>
        <translation>Орысша а&amp;тауы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="206"/>
        <source>Rural &amp;okrug (KATO)</source>
        <translation>Ауылдық &amp;округ (ӘАОЖ)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="207"/>
        <source>&amp;Potential</source>
        <translation>Әлеует&amp;і</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="207"/>
        <source>S&amp;upport settlement</source>
        <translation>Тір&amp;ек елді мекен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="215"/>
        <source>a support (опорный) settlement: a priority for direction 2 (§4.3.2)</source>
        <translation>тірек елді мекен: 2-бағыт үшін басым (§4.3.2)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="217"/>
        <source>Employer: {name}</source>
        <translation>Жұмыс беруші: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="218"/>
        <source>Education organisation: {name}</source>
        <translation>Білім беру ұйымы: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="219"/>
        <source>Settlement: {name}</source>
        <translation>Елді мекен: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="223"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="224"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
</TS>

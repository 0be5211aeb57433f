<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ReferenceEditDialog</name>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="190"/>
        <source>Discard changes?</source>
        <translation>Өзгерістерден бас тарту керек пе?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="191"/>
        <source>What you typed here is not saved. Close and lose it?</source>
        <translation>Мұнда енгізілгендер сақталмаған. Жауып, оларды жоғалту керек пе?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="209"/>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="209"/>
        <source>&amp;BIN</source>
        <translation>&amp;БСН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="210"/>
        <source>&amp;Settlement</source>
        <translation>&amp;Елді мекен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="210"/>
        <source>&amp;Licence</source>
        <translation>&amp;Лицензия</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="211"/>
        <source>KATO</source>
        <translation>ӘАОЖ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="211"/>
        <source>Name in &amp;Kazakh</source>
        <translation>Қазақша &amp;атауы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="212"/>
        <source>Name in &amp;Russian</source>
        <translation>Орысша а&amp;тауы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="212"/>
        <source>Rural &amp;okrug (KATO)</source>
        <translation>Ауылдық &amp;округ (ӘАОЖ)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="213"/>
        <source>&amp;Potential</source>
        <translation>Әлеует&amp;і</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="213"/>
        <source>S&amp;upport settlement</source>
        <translation>Тір&amp;ек елді мекен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="221"/>
        <source>a support (опорный) settlement: a priority for direction 2 (§4.3.2)</source>
        <translation>тірек елді мекен: 2-бағыт үшін басым (§4.3.2)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="223"/>
        <source>Employer: {name}</source>
        <translation>Жұмыс беруші: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="224"/>
        <source>Education organisation: {name}</source>
        <translation>Білім беру ұйымы: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="225"/>
        <source>Settlement: {name}</source>
        <translation>Елді мекен: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="229"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_edit.py" line="230"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
</TS>

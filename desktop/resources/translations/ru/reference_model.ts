<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ReferenceText</name>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="49"/>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="50"/>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="51"/>
        <location filename="../../../desktop/ui/reference_model.py" line="62"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="52"/>
        <source>Wage</source>
        <translation>Заработная плата</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="53"/>
        <source>Places</source>
        <translation>Мест</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="54"/>
        <source>Posted</source>
        <translation>Размещена</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="55"/>
        <source>Closes</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="56"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="57"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="58"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="59"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="60"/>
        <source>Name in Kazakh</source>
        <translation>Наименование на казахском</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="61"/>
        <source>Name in Russian</source>
        <translation>Наименование на русском</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="63"/>
        <source>KATO</source>
        <translation>КАТО</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="64"/>
        <source>Rural okrug (KATO)</source>
        <translation>Сельский округ (КАТО)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="65"/>
        <source>Potential</source>
        <translation>Потенциал</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="66"/>
        <source>Support settlement</source>
        <translation>Опорный пункт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="67"/>
        <source>Match</source>
        <translation>Соответствие</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="68"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="72"/>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="72"/>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="76"/>
        <source>low</source>
        <translation>низкий</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="76"/>
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="76"/>
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="80"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="80"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="83"/>
        <source>exact</source>
        <translation>полное</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="83"/>
        <source>close</source>
        <translation>близкое</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="83"/>
        <source>partial</source>
        <translation>частичное</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="86"/>
        <source>this settlement</source>
        <translation>этот населённый пункт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="86"/>
        <source>this okrug</source>
        <translation>этот округ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="86"/>
        <source>this district</source>
        <translation>этот район</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="87"/>
        <source>elsewhere</source>
        <translation>в другом месте</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ReferenceText</name>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="49"/>
        <source>Specialty</source>
        <translation>Мамандық</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="50"/>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="51"/>
        <location filename="../../../desktop/ui/reference_model.py" line="62"/>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="52"/>
        <source>Wage</source>
        <translation>Жалақы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="53"/>
        <source>Places</source>
        <translation>Орын саны</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="54"/>
        <source>Posted</source>
        <translation>Орналастырылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="55"/>
        <source>Closes</source>
        <translation>Аяқталады</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="56"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="57"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="58"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="59"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="60"/>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="61"/>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="63"/>
        <source>KATO</source>
        <translation>ӘАОЖ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="64"/>
        <source>Rural okrug (KATO)</source>
        <translation>Ауылдық округ (ӘАОЖ)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="65"/>
        <source>Potential</source>
        <translation>Әлеуеті</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="66"/>
        <source>Support settlement</source>
        <translation>Тірек елді мекен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="67"/>
        <source>Match</source>
        <translation>Сәйкестік</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="68"/>
        <source>Where</source>
        <translation>Қай жерде</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="72"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="72"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="76"/>
        <source>low</source>
        <translation>төмен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="76"/>
        <source>medium</source>
        <translation>орташа</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="76"/>
        <source>high</source>
        <translation>жоғары</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="80"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="80"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="83"/>
        <source>exact</source>
        <translation>толық</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="83"/>
        <source>close</source>
        <translation>жақын</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="83"/>
        <source>partial</source>
        <translation>ішінара</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="86"/>
        <source>this settlement</source>
        <translation>осы елді мекен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="86"/>
        <source>this okrug</source>
        <translation>осы округ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="86"/>
        <source>this district</source>
        <translation>осы аудан</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/reference_model.py" line="87"/>
        <source>elsewhere</source>
        <translation>басқа жерде</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ObligationText</name>
    <message>
        <location filename="../../../desktop/ui/obligation_model.py" line="16"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/obligation_model.py" line="16"/>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/obligation_model.py" line="16"/>
        <source>Obligation</source>
        <translation>Обязанность</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/obligation_model.py" line="16"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/obligation_model.py" line="17"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/obligation_model.py" line="20"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/obligation_model.py" line="21"/>
        <source>Employment centre</source>
        <translation>Центр занятости</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
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
        <translation>Тарап</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/obligation_model.py" line="16"/>
        <source>Obligation</source>
        <translation>Міндет</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/obligation_model.py" line="16"/>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/obligation_model.py" line="17"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/obligation_model.py" line="20"/>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/obligation_model.py" line="21"/>
        <source>Employment centre</source>
        <translation>Жұмыспен қамту орталығы</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>DuplicateTableModel</name>
    <message>
        <location filename="../../../desktop/ui/import_model.py" line="115"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_model.py" line="115"/>
        <source>Rows</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_model.py" line="115"/>
        <source>Already registered to</source>
        <translation>Кімге тіркелген</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../../../desktop/ui/import_model.py" line="75"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_model.py" line="75"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_model.py" line="75"/>
        <source>Problem</source>
        <translation>Қате</translation>
    </message>
</context>
</TS>

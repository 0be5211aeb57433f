<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>DuplicateTableModel</name>
    <message>
        <location filename="../../../desktop/ui/import_model.py" line="115"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_model.py" line="115"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_model.py" line="115"/>
        <source>Already registered to</source>
        <translation>Уже зарегистрирован на</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../../../desktop/ui/import_model.py" line="75"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_model.py" line="75"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_model.py" line="75"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
</context>
</TS>

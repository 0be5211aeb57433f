<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>OutputText</name>
    <message>
        <location filename="../../../desktop/ui/form_output.py" line="39"/>
        <source>Writing the PDF…</source>
        <translation>Запись PDF…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/form_output.py" line="42"/>
        <source>Saved to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/form_output.py" line="45"/>
        <source>Preparing the form for printing…</source>
        <translation>Подготовка формы к печати…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/form_output.py" line="48"/>
        <source>Sent to the printer.</source>
        <translation>Отправлено на принтер.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/form_output.py" line="51"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
</context>
</TS>

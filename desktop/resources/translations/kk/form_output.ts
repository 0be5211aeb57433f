<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>OutputText</name>
    <message>
        <location filename="../../../desktop/ui/form_output.py" line="39"/>
        <source>Writing the PDF…</source>
        <translation>PDF жазылуда…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/form_output.py" line="42"/>
        <source>Saved to {path}</source>
        <translation>{path} файлына сақталды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/form_output.py" line="45"/>
        <source>Preparing the form for printing…</source>
        <translation>Нысан басып шығаруға дайындалуда…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/form_output.py" line="48"/>
        <source>Sent to the printer.</source>
        <translation>Принтерге жіберілді.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/form_output.py" line="51"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
</context>
</TS>

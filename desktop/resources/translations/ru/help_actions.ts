<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../../desktop/ui/help_actions.py" line="44"/>
        <source>Open the &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_actions.py" line="45"/>
        <source>Save &amp;diagnostics…</source>
        <translation>Сохранить &amp;диагностику…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_actions.py" line="67"/>
        <source>Diagnostics saved: {path}

Give this file to the district centre. It holds no names, ИИН or passphrases.</source>
        <translation>Диагностика сохранена: {path}

Передайте этот файл в районный центр. В нём нет ФИО, ИИН и парольных фраз.</translation>
    </message>
</context>
</TS>

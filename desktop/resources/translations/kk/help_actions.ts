<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../../desktop/ui/help_actions.py" line="44"/>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Журнал қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_actions.py" line="45"/>
        <source>Save &amp;diagnostics…</source>
        <translation>&amp;Диагностиканы сақтау…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/help_actions.py" line="67"/>
        <source>Diagnostics saved: {path}

Give this file to the district centre. It holds no names, ИИН or passphrases.</source>
        <translation>Диагностика сақталды: {path}

Бұл файлды аудандық орталыққа беріңіз. Онда аты-жөндер, ЖСН және құпия фразалар жоқ.</translation>
    </message>
</context>
</TS>

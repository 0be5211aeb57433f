<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="64"/>
        <source>Save diagnostics</source>
        <translation>Диагностиканы сақтау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="122"/>
        <source>Qadam — something went wrong</source>
        <translation>Qadam — бірдеңе дұрыс болмады</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="124"/>
        <source>&lt;b&gt;Something went wrong inside Qadam&lt;/b&gt; ({kind}).&lt;br&gt;&lt;br&gt;Everything already saved is kept, and Qadam goes on working: check the last thing you did and save it again if it is not there.&lt;br&gt;&lt;br&gt;If this happens again, save the diagnostics and give the file to the district centre. It holds no names, ИИН or passphrases.</source>
        <translation>&lt;b&gt;Qadam ішінде бірдеңе дұрыс болмады&lt;/b&gt; ({kind}).&lt;br&gt;&lt;br&gt;Бұрын сақталғанның бәрі орнында, Qadam жұмысын жалғастырады: соңғы істеген ісіңізді тексеріп, ол жоқ болса, қайта сақтаңыз.&lt;br&gt;&lt;br&gt;Бұл қайталанса, диагностиканы сақтап, файлды аудандық орталыққа беріңіз. Онда аты-жөндер, ЖСН және құпия фразалар жоқ.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="130"/>
        <source>This happened {count} times.</source>
        <translation>Осындай қателер саны: {count}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="133"/>
        <source>&amp;Save diagnostics…</source>
        <translation>Диагностиканы &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="134"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="136"/>
        <source>Diagnostics saved: {path}</source>
        <translation>Диагностика сақталды: {path}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="69"/>
        <source>The diagnostics could not be written ({reason}). Choose another place.</source>
        <translation>Диагностика жазылмады ({reason}). Басқа орын таңдаңыз.</translation>
    </message>
</context>
</TS>

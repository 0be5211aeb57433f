<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="64"/>
        <source>Save diagnostics</source>
        <translation>Сохранить диагностику</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="122"/>
        <source>Qadam — something went wrong</source>
        <translation>Qadam — что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="124"/>
        <source>&lt;b&gt;Something went wrong inside Qadam&lt;/b&gt; ({kind}).&lt;br&gt;&lt;br&gt;Everything already saved is kept, and Qadam goes on working: check the last thing you did and save it again if it is not there.&lt;br&gt;&lt;br&gt;If this happens again, save the diagnostics and give the file to the district centre. It holds no names, ИИН or passphrases.</source>
        <translation>&lt;b&gt;В Qadam что-то пошло не так&lt;/b&gt; ({kind}).&lt;br&gt;&lt;br&gt;Всё сохранённое ранее на месте, и Qadam продолжает работать: проверьте последнее действие и сохраните его ещё раз, если его нет.&lt;br&gt;&lt;br&gt;Если это повторится, сохраните диагностику и передайте файл в районный центр. В нём нет ФИО, ИИН и парольных фраз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="130"/>
        <source>This happened {count} times.</source>
        <translation>Всего таких ошибок: {count}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="133"/>
        <source>&amp;Save diagnostics…</source>
        <translation>&amp;Сохранить диагностику…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="134"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="136"/>
        <source>Diagnostics saved: {path}</source>
        <translation>Диагностика сохранена: {path}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/crash_dialog.py" line="69"/>
        <source>The diagnostics could not be written ({reason}). Choose another place.</source>
        <translation>Не удалось записать диагностику ({reason}). Выберите другое место.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="59"/>
        <source>&amp;Export changes to a USB stick…</source>
        <translation>&amp;Экспортировать изменения на USB-накопитель…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="60"/>
        <source>&amp;Import the district&apos;s answer…</source>
        <translation>&amp;Импортировать ответ района…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="81"/>
        <source>Save the changes for the district</source>
        <translation>Сохранить изменения для района</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="91"/>
        <source>Changes saved: {count}. File: {path}

Take the file to the district employment centre; bring back its answer and import it here (Sync menu).</source>
        <translation>Сохранено изменений: {count}. Файл: {path}

Отвезите файл в районный центр занятости; привезите его ответ и импортируйте его здесь (меню «Синхронизация»).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="96"/>
        <source>Changes that did not fit in this file: {count}. Export again once the district&apos;s answer is imported.</source>
        <translation>Изменений, не поместившихся в этот файл: {count}. Экспортируйте ещё раз, когда ответ района будет импортирован.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="98"/>
        <source>Changes saved for the district</source>
        <translation>Изменения сохранены для района</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="107"/>
        <source>Open the district&apos;s answer</source>
        <translation>Открыть ответ района</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="117"/>
        <source>Already imported</source>
        <translation>Уже импортирован</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="118"/>
        <source>This answer was imported before; nothing has changed.</source>
        <translation>Этот ответ уже был импортирован; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="122"/>
        <source>Parts this computer already had newer data for were skipped.</source>
        <translation>Части, по которым на этом компьютере уже есть более новые данные, пропущены.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="125"/>
        <source>The district has more to send: export a new file and take it to the district again.</source>
        <translation>У района есть ещё данные для вас: экспортируйте новый файл и снова отвезите его в район.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="127"/>
        <source>The district&apos;s answer is imported</source>
        <translation>Ответ района импортирован</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="132"/>
        <source>Qadam sync files (*.{suffix})</source>
        <translation>Файлы синхронизации Qadam (*.{suffix})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="133"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="155"/>
        <source>Nothing has changed</source>
        <translation>Ничего не изменилось</translation>
    </message>
</context>
</TS>

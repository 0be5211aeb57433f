<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="125"/>
        <source>Wait {seconds} s before the next try.</source>
        <translation>Подождите {seconds} с перед следующей попыткой.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="92"/>
        <source>Qadam — unlock</source>
        <translation>Qadam — разблокировка</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="94"/>
        <source>&lt;b&gt;Unlock the database.&lt;/b&gt; Choose your name and type your passphrase.</source>
        <translation>&lt;b&gt;Разблокируйте базу данных.&lt;/b&gt; Выберите своё имя и введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="96"/>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="99"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="99"/>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="99"/>
        <source>&amp;Passphrase:</source>
        <translation>Парольная &amp;фраза:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="105"/>
        <source>U&amp;nlock</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="106"/>
        <source>&amp;Forgot passphrase?</source>
        <translation>&amp;Забыли парольную фразу?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="132"/>
        <source>Type your passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="149"/>
        <source>Checking the passphrase…</source>
        <translation>Проверка парольной фразы…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="1"/>
        <source>&amp;Restore the key file from a backup…</source>
        <translation>&amp;Восстановить файл ключей из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="1"/>
        <source>&lt;b&gt;The key file of the backup made {date}.&lt;/b&gt; Type the passphrase you had then: your records of today stay as they are.</source>
        <translation>&lt;b&gt;Файл ключей из резервной копии от {date}.&lt;/b&gt; Введите парольную фразу, которая была у вас тогда: сегодняшние записи останутся как есть.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="1"/>
        <source>Choose a backup of this database</source>
        <translation>Выберите резервную копию этой базы данных</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="1"/>
        <source>Qadam backups (*{suffix});;All files (*)</source>
        <translation>Резервные копии Qadam (*{suffix});;Все файлы (*)</translation>
    </message>
</context>
</TS>

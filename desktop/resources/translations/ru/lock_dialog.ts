<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="60"/>
        <source>Wait {seconds} s before the next try.</source>
        <translation>Подождите {seconds} с перед следующей попыткой.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="78"/>
        <source>Qadam — locked</source>
        <translation>Qadam — заблокировано</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="81"/>
        <source>&lt;b&gt;Qadam is locked&lt;/b&gt; after a time without use. {user}, type your passphrase to go on where you stopped.</source>
        <translation>&lt;b&gt;Qadam заблокирован&lt;/b&gt; после перерыва в работе. {user}, введите парольную фразу, чтобы продолжить с того места, где вы остановились.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="85"/>
        <source>&amp;Passphrase:</source>
        <translation>Парольная &amp;фраза:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="86"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="87"/>
        <source>&amp;Quit Qadam</source>
        <translation>&amp;Выйти из Qadam</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="108"/>
        <source>Type your passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="124"/>
        <source>Checking the passphrase…</source>
        <translation>Проверка парольной фразы…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="1"/>
        <source>&amp;Forgot passphrase?</source>
        <translation>&amp;Забыли парольную фразу?</translation>
    </message>
</context>
</TS>

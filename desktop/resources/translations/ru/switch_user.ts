<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="115"/>
        <source>Qadam — switch user</source>
        <translation>Qadam — смена пользователя</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="118"/>
        <source>&lt;b&gt;Switch user.&lt;/b&gt; What {user} typed is kept as their drafts, and nothing waiting to be synchronised is touched. Choose who works now and type their passphrase.</source>
        <translation>&lt;b&gt;Смена пользователя.&lt;/b&gt; Введённое пользователем {user} сохранено как его черновики, ничего из ожидающего синхронизации не затронуто. Выберите, кто работает сейчас, и введите его парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="123"/>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="124"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="125"/>
        <source>&amp;Switch</source>
        <translation>&amp;Сменить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="126"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="138"/>
        <source>Type your passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="153"/>
        <source>Checking the passphrase…</source>
        <translation>Проверка парольной фразы…</translation>
    </message>
</context>
<context>
    <name>UserSwitcher</name>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="199"/>
        <location filename="../../../desktop/ui/switch_user.py" line="220"/>
        <source>S&amp;witch user…</source>
        <translation>С&amp;менить пользователя…</translation>
    </message>
</context>
</TS>

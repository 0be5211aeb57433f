<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="115"/>
        <source>Qadam — switch user</source>
        <translation>Qadam — пайдаланушыны ауыстыру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="118"/>
        <source>&lt;b&gt;Switch user.&lt;/b&gt; What {user} typed is kept as their drafts, and nothing waiting to be synchronised is touched. Choose who works now and type their passphrase.</source>
        <translation>&lt;b&gt;Пайдаланушыны ауыстыру.&lt;/b&gt; {user} тергендері оның жобалары ретінде сақталады, синхрондауды күтіп тұрған ештеңе өзгермейді. Енді кім жұмыс істейтінін таңдап, оның құпия фразасын теріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="123"/>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="124"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="125"/>
        <source>&amp;Switch</source>
        <translation>&amp;Ауыстыру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="126"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="138"/>
        <source>Type your passphrase.</source>
        <translation>Құпия фразаңызды теріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="153"/>
        <source>Checking the passphrase…</source>
        <translation>Құпия фраза тексерілуде…</translation>
    </message>
</context>
<context>
    <name>UserSwitcher</name>
    <message>
        <location filename="../../../desktop/ui/switch_user.py" line="199"/>
        <location filename="../../../desktop/ui/switch_user.py" line="220"/>
        <source>S&amp;witch user…</source>
        <translation>Пайдаланушыны &amp;ауыстыру…</translation>
    </message>
</context>
</TS>

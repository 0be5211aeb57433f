<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="60"/>
        <source>Wait {seconds} s before the next try.</source>
        <translation>Келесі әрекетке дейін {seconds} с күтіңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="78"/>
        <source>Qadam — locked</source>
        <translation>Qadam — құлыпталған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="81"/>
        <source>&lt;b&gt;Qadam is locked&lt;/b&gt; after a time without use. {user}, type your passphrase to go on where you stopped.</source>
        <translation>&lt;b&gt;Qadam құлыпталды&lt;/b&gt;: біраз уақыт пайдаланылмады. {user}, тоқтаған жеріңізден жалғастыру үшін құпия фразаңызды теріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="85"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="86"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="87"/>
        <source>&amp;Quit Qadam</source>
        <translation>Qadam-нан &amp;шығу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="108"/>
        <source>Type your passphrase.</source>
        <translation>Құпия фразаңызды теріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="124"/>
        <source>Checking the passphrase…</source>
        <translation>Құпия фраза тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/lock_dialog.py" line="1"/>
        <source>&amp;Forgot passphrase?</source>
        <translation>Құпия фразаны &amp;ұмыттыңыз ба?</translation>
    </message>
</context>
</TS>

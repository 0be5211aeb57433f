<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="125"/>
        <source>Wait {seconds} s before the next try.</source>
        <translation>Келесі әрекетке дейін {seconds} с күтіңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="92"/>
        <source>Qadam — unlock</source>
        <translation>Qadam — құлыпты ашу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="94"/>
        <source>&lt;b&gt;Unlock the database.&lt;/b&gt; Choose your name and type your passphrase.</source>
        <translation>&lt;b&gt;Дерекқордың құлпын ашыңыз.&lt;/b&gt; Атыңызды таңдап, құпия фразаңызды теріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="96"/>
        <source>Database: {path}</source>
        <translation>Дерекқор: {path}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="99"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="99"/>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="99"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="105"/>
        <source>U&amp;nlock</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="106"/>
        <source>&amp;Forgot passphrase?</source>
        <translation>Құпия фразаны &amp;ұмыттыңыз ба?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="132"/>
        <source>Type your passphrase.</source>
        <translation>Құпия фразаңызды теріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="149"/>
        <source>Checking the passphrase…</source>
        <translation>Құпия фраза тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="1"/>
        <source>&amp;Restore the key file from a backup…</source>
        <translation>Кілт файлын сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="1"/>
        <source>&lt;b&gt;The key file of the backup made {date}.&lt;/b&gt; Type the passphrase you had then: your records of today stay as they are.</source>
        <translation>&lt;b&gt;{date} жасалған сақтық көшірменің кілт файлы.&lt;/b&gt; Сол кездегі құпия фразаңызды теріңіз: бүгінгі жазбаларыңыз өзгермейді.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="1"/>
        <source>Choose a backup of this database</source>
        <translation>Осы дерекқордың сақтық көшірмесін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/unlock_dialog.py" line="1"/>
        <source>Qadam backups (*{suffix});;All files (*)</source>
        <translation>Qadam сақтық көшірмелері (*{suffix});;Барлық файлдар (*)</translation>
    </message>
</context>
</TS>

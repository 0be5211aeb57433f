<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>RestorePreviewDialog</name>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="67"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="69"/>
        <source>The backup is whole: it decrypted, passed the integrity check and its audit trail is intact. It holds:</source>
        <translation>Сақтық көшірме бүтін: ол шифрдан шешілді, тұтастық тексерісінен өтті, аудит журналы бұзылмаған. Ішінде:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="72"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="73"/>
        <source>Taken:</source>
        <translation>Жасалған уақыты:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="74"/>
        <source>Taken by:</source>
        <translation>Кім жасаған:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="75"/>
        <source>Qadam version:</source>
        <translation>Qadam нұсқасы:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="76"/>
        <source>Applicants:</source>
        <translation>Өтініш берушілер:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="77"/>
        <source>Households:</source>
        <translation>Үй шаруашылықтары:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="78"/>
        <source>Cases:</source>
        <translation>Істер:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="79"/>
        <source>Social contracts:</source>
        <translation>Әлеуметтік келісімшарттар:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="80"/>
        <source>Users:</source>
        <translation>Пайдаланушылар:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="81"/>
        <source>Audit entries:</source>
        <translation>Аудит жазбалары:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="95"/>
        <source>Everything entered since then is replaced by the backup&apos;s contents. The current database is backed up first and kept beside it, so nothing is deleted. After the restore, unlock again.</source>
        <translation>Содан бері енгізілгеннің бәрі көшірменің мазмұнымен ауыстырылады. Ағымдағы дерекқордың алдымен сақтық көшірмесі жасалады және ол жанында сақталады, сондықтан ештеңе жойылмайды. Қалпына келтіргеннен кейін қайта кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="98"/>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
</context>
</TS>

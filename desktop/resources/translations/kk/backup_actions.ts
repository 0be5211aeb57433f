<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="121"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="122"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="123"/>
        <source>Backup &amp;folder…</source>
        <translation>Сақтық көшірмелер &amp;қалтасы…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="147"/>
        <source>Backing up the database…</source>
        <translation>Дерекқордың сақтық көшірмесі жасалуда…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="157"/>
        <source>Backed up</source>
        <translation>Сақтық көшірме жасалды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="158"/>
        <source>The database is backed up to {path}.</source>
        <translation>Дерекқордың сақтық көшірмесі сақталды: {path}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="168"/>
        <source>Choose the backup folder (a USB stick)</source>
        <translation>Сақтық көшірмелер қалтасын таңдаңыз (USB-жинақтағыш)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="181"/>
        <source>Backup folder</source>
        <translation>Сақтық көшірмелер қалтасы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="182"/>
        <source>Backups now go to {path}. Keep the last weeks&apos; backups there: older ones are removed (7 daily, 4 weekly).</source>
        <translation>Енді сақтық көшірмелер мына жерге сақталады: {path}. Онда соңғы апталардың көшірмелері сақталады, ескілері жойылады (7 күндік, 4 апталық).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="194"/>
        <location filename="../../../desktop/ui/backup_actions.py" line="202"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="196"/>
        <source>Qadam backups (*{suffix})</source>
        <translation>Qadam сақтық көшірмелері (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="203"/>
        <source>The passphrase of {user} when the backup was taken:</source>
        <translation>Көшірме жасалған кездегі {user} құпия фразасы:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="209"/>
        <source>Checking the backup…</source>
        <translation>Сақтық көшірме тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="226"/>
        <source>Restoring…</source>
        <translation>Қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="234"/>
        <source>The backup is restored. Unlock again to go on.</source>
        <translation>Сақтық көшірме қалпына келтірілді. Жалғастыру үшін қайта кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="236"/>
        <source>The replaced database is kept as {path}.</source>
        <translation>Ауыстырылған дерекқор мына атпен сақталды: {path}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="238"/>
        <source>Restored</source>
        <translation>Қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="280"/>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="59"/>
        <source>Backing up…</source>
        <translation>Көшірілуде…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="66"/>
        <source>No backup yet</source>
        <translation>Көшірме жоқ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="69"/>
        <source>Backed up today</source>
        <translation>Көшірме: бүгін</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="70"/>
        <source>Backup: {count} d ago</source>
        <translation>Көшірме: {count} күн бұрын</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="74"/>
        <source>The last backup: {when}. Back up at least once a week (File menu).</source>
        <translation>Соңғы сақтық көшірме: {when}. Кемінде аптасына бір рет көшірме жасаңыз («Файл» мәзірі).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="76"/>
        <source>Back up now from the File menu.</source>
        <translation>«Файл» мәзірінен сақтық көшірме жасаңыз.</translation>
    </message>
</context>
</TS>

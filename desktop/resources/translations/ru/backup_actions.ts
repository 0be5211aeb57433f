<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="121"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="122"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="123"/>
        <source>Backup &amp;folder…</source>
        <translation>&amp;Папка резервных копий…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="147"/>
        <source>Backing up the database…</source>
        <translation>Создаётся резервная копия базы данных…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="157"/>
        <source>Backed up</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="158"/>
        <source>The database is backed up to {path}.</source>
        <translation>Резервная копия базы данных сохранена: {path}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="168"/>
        <source>Choose the backup folder (a USB stick)</source>
        <translation>Выберите папку для резервных копий (USB-накопитель)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="181"/>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="182"/>
        <source>Backups now go to {path}. Keep the last weeks&apos; backups there: older ones are removed (7 daily, 4 weekly).</source>
        <translation>Теперь резервные копии сохраняются в {path}. Там хранятся копии последних недель, более старые удаляются (7 ежедневных, 4 еженедельных).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="194"/>
        <location filename="../../../desktop/ui/backup_actions.py" line="202"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="196"/>
        <source>Qadam backups (*{suffix})</source>
        <translation>Резервные копии Qadam (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="203"/>
        <source>The passphrase of {user} when the backup was taken:</source>
        <translation>Парольная фраза {user} на момент создания копии:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="209"/>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="226"/>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="234"/>
        <source>The backup is restored. Unlock again to go on.</source>
        <translation>Резервная копия восстановлена. Чтобы продолжить, войдите снова.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="236"/>
        <source>The replaced database is kept as {path}.</source>
        <translation>Заменённая база данных сохранена как {path}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="238"/>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="280"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="59"/>
        <source>Backing up…</source>
        <translation>Копирование…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="66"/>
        <source>No backup yet</source>
        <translation>Копии нет</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="69"/>
        <source>Backed up today</source>
        <translation>Копия: сегодня</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="70"/>
        <source>Backup: {count} d ago</source>
        <translation>Копия: {count} дн. назад</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="74"/>
        <source>The last backup: {when}. Back up at least once a week (File menu).</source>
        <translation>Последняя резервная копия: {when}. Создавайте копию хотя бы раз в неделю (меню «Файл»).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_actions.py" line="76"/>
        <source>Back up now from the File menu.</source>
        <translation>Создайте резервную копию в меню «Файл».</translation>
    </message>
</context>
</TS>

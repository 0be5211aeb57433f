<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>RestorePreviewDialog</name>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="67"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="69"/>
        <source>The backup is whole: it decrypted, passed the integrity check and its audit trail is intact. It holds:</source>
        <translation>Резервная копия цела: она расшифрована, прошла проверку целостности, журнал аудита не нарушен. В ней:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="72"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="73"/>
        <source>Taken:</source>
        <translation>Создана:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="74"/>
        <source>Taken by:</source>
        <translation>Кем создана:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="75"/>
        <source>Qadam version:</source>
        <translation>Версия Qadam:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="76"/>
        <source>Applicants:</source>
        <translation>Заявители:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="77"/>
        <source>Households:</source>
        <translation>Домохозяйства:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="78"/>
        <source>Cases:</source>
        <translation>Дела:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="79"/>
        <source>Social contracts:</source>
        <translation>Социальные контракты:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="80"/>
        <source>Users:</source>
        <translation>Пользователи:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="81"/>
        <source>Audit entries:</source>
        <translation>Записи аудита:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="95"/>
        <source>Everything entered since then is replaced by the backup&apos;s contents. The current database is backed up first and kept beside it, so nothing is deleted. After the restore, unlock again.</source>
        <translation>Всё, что введено с тех пор, заменится содержимым копии. Текущая база данных сначала копируется и сохраняется рядом, поэтому ничего не удаляется. После восстановления войдите снова.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/backup_dialog.py" line="98"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
</context>
</TS>

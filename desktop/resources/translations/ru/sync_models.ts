<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="111"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="111"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="111"/>
        <source>My value</source>
        <translation>Моё значение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="112"/>
        <source>Their value</source>
        <translation>Их значение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="112"/>
        <source>Reported</source>
        <translation>Сообщено</translation>
    </message>
</context>
<context>
    <name>NoticesModel</name>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="137"/>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="137"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="137"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
</context>
<context>
    <name>RejectedChangesModel</name>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="90"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="90"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="90"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
</TS>

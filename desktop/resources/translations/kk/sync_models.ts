<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="111"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="111"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="111"/>
        <source>My value</source>
        <translation>Менің мәнім</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="112"/>
        <source>Their value</source>
        <translation>Олардың мәні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="112"/>
        <source>Reported</source>
        <translation>Хабарланды</translation>
    </message>
</context>
<context>
    <name>NoticesModel</name>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="137"/>
        <source>Notice</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="137"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="137"/>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
</context>
<context>
    <name>RejectedChangesModel</name>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="90"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="90"/>
        <source>Fields</source>
        <translation>Өрістер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_models.py" line="90"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
</context>
</TS>

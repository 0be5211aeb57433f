<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AspBadge</name>
    <message>
        <location filename="../../../desktop/ui/monitoring_hooks.py" line="72"/>
        <source>АСП suspended</source>
        <translation>АСП приостановлена</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_hooks.py" line="73"/>
        <source>The payment of targeted social assistance to this person is suspended by a sanction; the family keeps its right to АСП (§6).</source>
        <translation>Выплата адресной социальной помощи этому лицу приостановлена санкцией; семья сохраняет право на АСП (§6).</translation>
    </message>
</context>
<context>
    <name>MonitoringButton</name>
    <message>
        <location filename="../../../desktop/ui/monitoring_hooks.py" line="50"/>
        <source>M&amp;onitoring…</source>
        <translation>М&amp;ониторинг…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_hooks.py" line="51"/>
        <source>Visits, obligations of the social contract and sanctions</source>
        <translation>Посещения, обязательства по социальному контракту и санкции</translation>
    </message>
</context>
</TS>

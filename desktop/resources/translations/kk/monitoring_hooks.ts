<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>AspBadge</name>
    <message>
        <location filename="../../../desktop/ui/monitoring_hooks.py" line="72"/>
        <source>АСП suspended</source>
        <translation>АӘК тоқтатылған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_hooks.py" line="73"/>
        <source>The payment of targeted social assistance to this person is suspended by a sanction; the family keeps its right to АСП (§6).</source>
        <translation>Санкция бойынша осы адамға атаулы әлеуметтік көмек төлеу тоқтатыла тұр; отбасы АӘК алу құқығын сақтайды (§6).</translation>
    </message>
</context>
<context>
    <name>MonitoringButton</name>
    <message>
        <location filename="../../../desktop/ui/monitoring_hooks.py" line="50"/>
        <source>M&amp;onitoring…</source>
        <translation>&amp;Мониторинг…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_hooks.py" line="51"/>
        <source>Visits, obligations of the social contract and sanctions</source>
        <translation>Сапарлар, әлеуметтік келісімшарт бойынша міндеттемелер және санкциялар</translation>
    </message>
</context>
</TS>

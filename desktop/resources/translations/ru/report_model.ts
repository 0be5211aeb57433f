<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ChartLabels</name>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="204"/>
        <source>Applications</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="205"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="206"/>
        <source>Placed in work</source>
        <translation>Трудоустроены</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="207"/>
        <source>Contracts signed</source>
        <translation>Заключено контрактов</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="212"/>
        <source>1. Training and employment</source>
        <translation>1. Обучение и трудоустройство</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="213"/>
        <source>2. Entrepreneurship</source>
        <translation>2. Предпринимательство</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="214"/>
        <source>3. Labour mobility</source>
        <translation>3. Трудовая мобильность</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="215"/>
        <source>4. Rural development</source>
        <translation>4. Развитие села</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="221"/>
        <source>Applications in the month</source>
        <translation>Заявления за месяц</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="222"/>
        <source>Participants in the month</source>
        <translation>Участники за месяц</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="223"/>
        <source>Participants since 1 January</source>
        <translation>Участники с начала года</translation>
    </message>
</context>
</TS>

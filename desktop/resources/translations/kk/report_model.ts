<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ChartLabels</name>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="204"/>
        <source>Applications</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="205"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="206"/>
        <source>Placed in work</source>
        <translation>Жұмысқа орналастырылғандар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="207"/>
        <source>Contracts signed</source>
        <translation>Жасалған келісімшарттар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="212"/>
        <source>1. Training and employment</source>
        <translation>1. Оқыту және жұмысқа орналастыру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="213"/>
        <source>2. Entrepreneurship</source>
        <translation>2. Кәсіпкерлік</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="214"/>
        <source>3. Labour mobility</source>
        <translation>3. Еңбек ұтқырлығы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="215"/>
        <source>4. Rural development</source>
        <translation>4. Ауылды дамыту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="221"/>
        <source>Applications in the month</source>
        <translation>Айдағы өтініштер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="222"/>
        <source>Participants in the month</source>
        <translation>Айдағы қатысушылар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_model.py" line="223"/>
        <source>Participants since 1 January</source>
        <translation>Жыл басынан бергі қатысушылар</translation>
    </message>
</context>
</TS>

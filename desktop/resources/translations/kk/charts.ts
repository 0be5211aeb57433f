<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../../desktop/ui/charts.py" line="120"/>
        <source>No data for this period.</source>
        <translation>Бұл кезеңде деректер жоқ.</translation>
    </message>
</context>
</TS>

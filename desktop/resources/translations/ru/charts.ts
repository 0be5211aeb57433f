<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../../desktop/ui/charts.py" line="120"/>
        <source>No data for this period.</source>
        <translation>За этот период данных нет.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AutoLock</name>
    <message>
        <location filename="../../../desktop/ui/autolock.py" line="101"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autolock.py" line="102"/>
        <source>Auto-lock &amp;after…</source>
        <translation>&amp;Автоблокировка через…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autolock.py" line="110"/>
        <source>Auto-lock</source>
        <translation>Автоблокировка</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autolock.py" line="111"/>
        <source>Lock Qadam after this many minutes without use (0: never):</source>
        <translation>Блокировать Qadam после стольких минут без работы (0 — никогда):</translation>
    </message>
</context>
</TS>

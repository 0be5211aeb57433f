<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>AutoLock</name>
    <message>
        <location filename="../../../desktop/ui/autolock.py" line="101"/>
        <source>&amp;Lock now</source>
        <translation>Қазір &amp;құлыптау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autolock.py" line="102"/>
        <source>Auto-lock &amp;after…</source>
        <translation>Автоқұлыптау &amp;уақыты…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autolock.py" line="110"/>
        <source>Auto-lock</source>
        <translation>Автоқұлыптау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autolock.py" line="111"/>
        <source>Lock Qadam after this many minutes without use (0: never):</source>
        <translation>Осынша минут пайдаланылмаса, Qadam құлыпталады (0 — ешқашан):</translation>
    </message>
</context>
</TS>

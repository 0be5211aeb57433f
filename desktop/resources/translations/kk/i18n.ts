<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../desktop/ui/i18n.py" line="142"/>
        <source>Something unexpected went wrong ({kind}). Nothing was changed. Try again; if it happens again, tell the district centre.</source>
        <translation>Күтпеген қате орын алды ({kind}). Ештеңе өзгертілген жоқ. Қайталап көріңіз; қате қайталанса, аудандық орталыққа хабарлаңыз.</translation>
    </message>
</context>
</TS>

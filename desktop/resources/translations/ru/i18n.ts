<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../desktop/ui/i18n.py" line="142"/>
        <source>Something unexpected went wrong ({kind}). Nothing was changed. Try again; if it happens again, tell the district centre.</source>
        <translation>Произошла непредвиденная ошибка ({kind}). Ничего не изменено. Попробуйте ещё раз; если ошибка повторится, сообщите в районный центр.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../../desktop/ui/home.py" line="166"/>
        <source>Today&apos;s work, {date}</source>
        <translation>Бүгінгі жұмыс, {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/home.py" line="167"/>
        <source>Nothing is due: no deadlines and no draft cases.</source>
        <translation>Мерзімі жеткен ештеңе жоқ: мерзімдер де, жоба күйіндегі істер де жоқ.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/home.py" line="168"/>
        <source>Enter or a double click opens the applicant&apos;s card.</source>
        <translation>Enter немесе қос шерту өтініш берушінің карточкасын ашады.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/home.py" line="175"/>
        <source>Overdue: {overdue} · Due soon: {due} · Drafts: {drafts}</source>
        <translation>Мерзімі өткен: {overdue} · Мерзімі жақын: {due} · Жоба күйінде: {drafts}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/home.py" line="180"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/home.py" line="182"/>
        <source>Changes not yet sent to the district: {count}</source>
        <translation>Ауданға әлі жіберілмеген өзгерістер: {count}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../../desktop/ui/home.py" line="166"/>
        <source>Today&apos;s work, {date}</source>
        <translation>Работа на сегодня, {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/home.py" line="167"/>
        <source>Nothing is due: no deadlines and no draft cases.</source>
        <translation>Ничего не требуется: нет ни сроков, ни дел в черновике.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/home.py" line="168"/>
        <source>Enter or a double click opens the applicant&apos;s card.</source>
        <translation>Enter или двойной щелчок открывает карточку заявителя.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/home.py" line="175"/>
        <source>Overdue: {overdue} · Due soon: {due} · Drafts: {drafts}</source>
        <translation>Просрочено: {overdue} · Скоро срок: {due} · Черновики: {drafts}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/home.py" line="180"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/home.py" line="182"/>
        <source>Changes not yet sent to the district: {count}</source>
        <translation>Изменения, ещё не отправленные в район: {count}</translation>
    </message>
</context>
</TS>

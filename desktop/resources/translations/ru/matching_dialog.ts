<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>MatchingDialog</name>
    <message>
        <location filename="../../../desktop/ui/matching_dialog.py" line="60"/>
        <source>Looking for matching vacancies…</source>
        <translation>Идёт поиск подходящих вакансий…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/matching_dialog.py" line="88"/>
        <source>The applicant&apos;s specialty is not filled in: enter it on the card and save, then look again.</source>
        <translation>Специальность заявителя не заполнена: укажите её в карточке, сохраните и посмотрите снова.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/matching_dialog.py" line="92"/>
        <source>No open vacancy fits the specialty «{specialty}». The district&apos;s vacancy list may have more after the next synchronisation.</source>
        <translation>Для специальности «{specialty}» нет открытых вакансий. После следующей синхронизации в районной базе вакансий могут появиться новые.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/matching_dialog.py" line="95"/>
        <source>Open vacancies for the specialty «{specialty}»: {count}. The best fit and the nearest come first.</source>
        <translation>Открытые вакансии по специальности «{specialty}»: {count}. Сначала самые подходящие и ближайшие.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/matching_dialog.py" line="102"/>
        <source>Matching vacancies: {name}</source>
        <translation>Подходящие вакансии: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/matching_dialog.py" line="103"/>
        <source>Matching vacancies</source>
        <translation>Подходящие вакансии</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/matching_dialog.py" line="107"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
</TS>

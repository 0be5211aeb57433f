<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>MonitoringText</name>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="26"/>
        <source>at home</source>
        <translation>дома</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="27"/>
        <source>at the workplace</source>
        <translation>на рабочем месте</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="28"/>
        <source>at the training organisation</source>
        <translation>в организации образования</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="29"/>
        <source>at the akimat</source>
        <translation>в акимате</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="30"/>
        <source>elsewhere</source>
        <translation>в другом месте</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="35"/>
        <source>complies</source>
        <translation>соблюдает</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="36"/>
        <source>complies partly</source>
        <translation>соблюдает частично</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="37"/>
        <source>breach</source>
        <translation>нарушение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="42"/>
        <source>not checked yet</source>
        <translation>ещё не проверено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="43"/>
        <source>fulfilled</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="44"/>
        <source>not fulfilled</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="49"/>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="50"/>
        <source>employment centre</source>
        <translation>центр занятости</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="51"/>
        <source>employer</source>
        <translation>работодатель</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="52"/>
        <source>education organisation</source>
        <translation>организация образования</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="57"/>
        <source>refused to take part in employment measures</source>
        <translation>отказ от участия в мерах содействия занятости</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="58"/>
        <source>did not fulfil the social contract</source>
        <translation>невыполнение социального контракта</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="63"/>
        <source>sanction lifted</source>
        <translation>санкция снята</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="64"/>
        <source>sanction</source>
        <translation>санкция</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="69"/>
        <source>payment to the person resumes</source>
        <translation>выплата лицу возобновляется</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="71"/>
        <source>АСП not suspended</source>
        <translation>АСП не приостановлена</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="73"/>
        <source>was suspended for the person until {date}</source>
        <translation>была приостановлена лицу до {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="75"/>
        <source>suspended for the person; the family keeps its right</source>
        <translation>приостановлена лицу; семья сохраняет право</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="78"/>
        <source>lifts the sanction of {date}</source>
        <translation>снимает санкцию от {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="81"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="84"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="84"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="84"/>
        <source>Compliance</source>
        <translation>Соблюдение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="84"/>
        <source>Findings</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="85"/>
        <source>Visited by</source>
        <translation>Кто посетил</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="85"/>
        <source>Sanction proposed</source>
        <translation>Предложена санкция</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="85"/>
        <source>Corrected</source>
        <translation>Исправлено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="88"/>
        <source>Obligation</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="88"/>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="88"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="88"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="89"/>
        <source>Checked on</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="89"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="89"/>
        <source>Checked by</source>
        <translation>Кто проверил</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="92"/>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="92"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="92"/>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="92"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="93"/>
        <source>АСП</source>
        <translation>АСП</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="93"/>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
</context>
</TS>

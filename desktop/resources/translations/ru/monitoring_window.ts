<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>WindowText</name>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="57"/>
        <source>Monitoring of case {number}: {name}</source>
        <translation>Мониторинг дела {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="60"/>
        <source>Case {number} · {direction} · {measure} · state: {state}</source>
        <translation>Дело {number} · {direction} · {measure} · состояние: {state}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="64"/>
        <source>АСП to this person suspended — the family keeps its right (§6)</source>
        <translation>АСП этому лицу приостановлена — семья сохраняет право (§6)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="67"/>
        <source>This case is not under monitoring: visits and sanctions are recorded once the social contract is signed.</source>
        <translation>Это дело не на мониторинге: посещения и санкции записываются после подписания социального контракта.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="71"/>
        <source>&amp;Visits ({count})</source>
        <translation>&amp;Посещения ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="72"/>
        <source>&amp;Obligations ({count})</source>
        <translation>&amp;Обязательства ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="73"/>
        <source>&amp;Sanctions ({count})</source>
        <translation>&amp;Санкции ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="76"/>
        <source>Direction 2 projects are supported by consultations at the participant&apos;s home at least once every two months (§4.3.2).</source>
        <translation>Проекты направления 2 сопровождаются консультациями по месту жительства участника не реже одного раза в два месяца (§4.3.2).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="80"/>
        <source>&amp;Add visit…</source>
        <translation>&amp;Добавить посещение…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="83"/>
        <source>&amp;Correct visit…</source>
        <translation>&amp;Исправить посещение…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="87"/>
        <source>The case has no signed social contract: there are no obligations to check.</source>
        <translation>У дела нет подписанного социального контракта: проверять нечего.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="89"/>
        <source>Social contract {number}, version {version}, signed {date}</source>
        <translation>Социальный контракт {number}, версия {version}, подписан {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="94"/>
        <source>Mark &amp;fulfilled…</source>
        <translation>Отметить &amp;выполненным…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="97"/>
        <source>Mark &amp;not fulfilled…</source>
        <translation>Отметить &amp;невыполненным…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="100"/>
        <source>&amp;Impose sanction…</source>
        <translation>&amp;Наложить санкцию…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="103"/>
        <source>&amp;Lift sanction…</source>
        <translation>Сн&amp;ять санкцию…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="107"/>
        <source>The employment centre applies sanctions (§7). A suspension stops the payment of АСП to this person only; the family keeps its right to АСП (§6).</source>
        <translation>Санкции применяет центр занятости (§7). Приостановление прекращает выплату АСП только этому лицу; семья сохраняет право на АСП (§6).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="110"/>
        <source>Sanctions are decided by the employment centre (§7). Propose one with a visit that found a breach; the centre sees the proposal.</source>
        <translation>О санкциях решает центр занятости (§7). Предложите санкцию вместе с посещением, выявившим нарушение; центр увидит предложение.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="114"/>
        <source>Sanction proposed after the visit of {dates}: waiting for the employment centre&apos;s decision.</source>
        <translation>После посещения {dates} предложена санкция: ожидается решение центра занятости.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="118"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
</TS>

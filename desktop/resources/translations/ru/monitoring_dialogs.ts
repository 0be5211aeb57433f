<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>DialogText</name>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="76"/>
        <source>New monitoring visit</source>
        <translation>Новое посещение (мониторинг)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="76"/>
        <source>Correct the visit</source>
        <translation>Исправить посещение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="80"/>
        <source>&amp;Date of the visit</source>
        <translation>&amp;Дата посещения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="80"/>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="81"/>
        <source>&amp;Compliance</source>
        <translation>Со&amp;блюдение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="81"/>
        <source>Place de&amp;tails</source>
        <translation>&amp;Уточнение места</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="82"/>
        <source>&amp;Findings</source>
        <translation>&amp;Результаты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="82"/>
        <source>&amp;Result</source>
        <translation>&amp;Итог</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="83"/>
        <source>&amp;Checked on</source>
        <translation>&amp;Дата проверки</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="83"/>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="84"/>
        <source>&amp;Decision date</source>
        <translation>&amp;Дата решения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="84"/>
        <source>&amp;Ground</source>
        <translation>&amp;Основание</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="85"/>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="85"/>
        <source>Based on &amp;visit</source>
        <translation>По итогам посе&amp;щения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="86"/>
        <source>&amp;Sanction</source>
        <translation>&amp;Санкция</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="90"/>
        <source>required when the place is elsewhere</source>
        <translation>обязательно, если место «в другом месте»</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="93"/>
        <source>P&amp;ropose a sanction to the employment centre</source>
        <translation>Пр&amp;едложить санкцию центру занятости</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="96"/>
        <source>Possible when the visit found a breach or partial compliance. The employment centre decides on sanctions (§7).</source>
        <translation>Возможно, если посещение выявило нарушение или частичное соблюдение. О санкциях решает центр занятости (§7).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="100"/>
        <source>A correction keeps the earlier text in the audit log.</source>
        <translation>При исправлении прежний текст сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="103"/>
        <source>Check an obligation</source>
        <translation>Проверка обязательства</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="106"/>
        <source>no visit</source>
        <translation>без посещения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="109"/>
        <source>, sanction proposed</source>
        <translation>, предложена санкция</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="110"/>
        <source>{date}: {compliance}{proposed}</source>
        <translation>{date}: {compliance}{proposed}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="115"/>
        <source>Impose a sanction (§6)</source>
        <translation>Наложение санкции (§6)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="118"/>
        <source>A sanction is a legal act of the employment centre. Once recorded it cannot be edited; it can only be lifted by a new decision.</source>
        <translation>Санкция — правовой акт центра занятости. После записи её нельзя изменить, её можно только снять новым решением.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="122"/>
        <source>Su&amp;spend the payment of АСП to this person</source>
        <translation>Прио&amp;становить выплату АСП этому лицу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="125"/>
        <source>Only the payment of targeted social assistance (АСП) to this person is suspended; the family keeps its right to АСП (§6).</source>
        <translation>Приостанавливается только выплата адресной социальной помощи (АСП) этому лицу; семья сохраняет право на получение АСП (§6).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="131"/>
        <source>The person is registered as disabled: a family with a disabled member receives АСП under the general legislation (§6). Check before suspending.</source>
        <translation>Лицо зарегистрировано как инвалид: семья с членом-инвалидом получает АСП согласно действующему законодательству (§6). Проверьте перед приостановлением.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="134"/>
        <source>A member of the person&apos;s household is registered as disabled: such a family receives АСП under the general legislation (§6). Check before suspending.</source>
        <translation>Член семьи лица зарегистрирован как инвалид: такая семья получает АСП согласно действующему законодательству (§6). Проверьте перед приостановлением.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="137"/>
        <source>The person is not of working age: the participation condition of §6 covers working-age members of low-income families only.</source>
        <translation>Лицо не трудоспособного возраста: условие участия по §6 касается только членов малообеспеченных семей трудоспособного возраста.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="142"/>
        <source>Socially significant diseases are not recorded in Qadam: a family with such a member receives АСП under the general legislation (§6).</source>
        <translation>Социально значимые заболевания в Qadam не учитываются: семья с таким членом получает АСП согласно действующему законодательству (§6).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="146"/>
        <source>&amp;Impose sanction…</source>
        <translation>&amp;Наложить санкцию…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="149"/>
        <source>Record the sanction?</source>
        <translation>Записать санкцию?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="152"/>
        <source>Record a sanction on {name} from {date}? It cannot be edited after it is recorded.</source>
        <translation>Записать санкцию в отношении {name} с {date}? После записи её нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="157"/>
        <source>The payment of АСП is not suspended by this sanction.</source>
        <translation>Эта санкция не приостанавливает выплату АСП.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="161"/>
        <source>&amp;Record the sanction</source>
        <translation>&amp;Записать санкцию</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="164"/>
        <source>Lift a sanction</source>
        <translation>Снятие санкции</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="167"/>
        <source>&amp;Lift sanction…</source>
        <translation>Сн&amp;ять санкцию…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="170"/>
        <source>Lifting is a new decision of the employment centre: the sanction stays in the history. The payment of АСП to the person resumes.</source>
        <translation>Снятие — новое решение центра занятости: санкция остаётся в истории. Выплата АСП лицу возобновляется.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="174"/>
        <source>{date}: {ground}</source>
        <translation>{date}: {ground}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="178"/>
        <source>Lift the sanction?</source>
        <translation>Снять санкцию?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="181"/>
        <source>Lift the sanction of {sanction_date} on {name} from {date}? The payment of АСП to the person resumes; the family kept its right to АСП throughout.</source>
        <translation>Снять санкцию от {sanction_date} в отношении {name} с {date}? Выплата АСП лицу возобновляется; семья всё это время сохраняла право на АСП.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="186"/>
        <source>&amp;Lift the sanction</source>
        <translation>&amp;Снять санкцию</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="189"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="192"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="195"/>
        <source>Discard what you typed?</source>
        <translation>Отменить введённое?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="198"/>
        <source>What you typed here is not saved. Close and lose it?</source>
        <translation>Введённое здесь не сохранено. Закрыть и потерять его?</translation>
    </message>
</context>
</TS>

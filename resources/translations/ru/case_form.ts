<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>CaseText</name>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="81"/>
        <source>Case {number}: {name}</source>
        <translation>Дело {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="82"/>
        <source>New case: {name}</source>
        <translation>Новое дело: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="85"/>
        <source>&amp;Direction</source>
        <translation>&amp;Направление</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="85"/>
        <source>&amp;Measure</source>
        <translation>&amp;Мера</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="86"/>
        <source>A&amp;pplication date</source>
        <translation>Дата &amp;заявления</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="86"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="87"/>
        <source>S&amp;tart date</source>
        <translation>Дата н&amp;ачала</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="87"/>
        <source>Monthly &amp;wage, tenge</source>
        <translation>Месячная &amp;зарплата, тенге</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="88"/>
        <source>Family members moving</source>
        <translation>Переезжающие члены семьи</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="89"/>
        <location filename="../../../desktop/ui/case_form.py" line="146"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="92"/>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="93"/>
        <source>Questions for the eligibility check</source>
        <translation>Вопросы для проверки права на участие</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="94"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="94"/>
        <source>Eligibility</source>
        <translation>Право на участие</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="95"/>
        <source>Calculation</source>
        <translation>Расчёт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="99"/>
        <source>Years of residence in the settlement</source>
        <translation>Лет проживания в населённом пункте</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="100"/>
        <source>Move type</source>
        <translation>Вид переезда</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="101"/>
        <source>Where the business will be</source>
        <translation>Где будет бизнес</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="102"/>
        <source>Year of school graduation</source>
        <translation>Год окончания школы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="103"/>
        <source>Oralman within the quota</source>
        <translation>Оралман в пределах квоты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="104"/>
        <source>Acquired citizenship</source>
        <translation>Приобрёл гражданство</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="105"/>
        <source>Settlement on the low-potential list</source>
        <translation>Населённый пункт в списке с низким потенциалом</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="107"/>
        <source>Vocational education matches the vacancy</source>
        <translation>Профобразование соответствует вакансии</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="108"/>
        <source>Move arranged by the employer</source>
        <translation>Переезд организован работодателем</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="110"/>
        <source>A family member has a job after the move</source>
        <translation>Член семьи трудоустроен после переезда</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="111"/>
        <source>Family can pay rent and utilities</source>
        <translation>Семья может оплачивать аренду и коммунальные услуги</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="112"/>
        <source>Labour or social contract</source>
        <translation>Трудовой или социальный контракт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="113"/>
        <source>Takes part in housing savings</source>
        <translation>Участвует в жилищных сбережениях</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="114"/>
        <source>Wants to start a business</source>
        <translation>Хочет открыть своё дело</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="115"/>
        <source>Has a business plan</source>
        <translation>Есть бизнес-план</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="116"/>
        <source>Pilot region</source>
        <translation>Пилотный регион</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="120"/>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="120"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="120"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="121"/>
        <source>within the district</source>
        <translation>в пределах района</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="122"/>
        <source>within the region</source>
        <translation>в пределах области</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="123"/>
        <source>to another region</source>
        <translation>в другую область</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="124"/>
        <source>rural settlement</source>
        <translation>сельский населённый пункт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="125"/>
        <source>small town</source>
        <translation>малый город</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="126"/>
        <source>urban-type settlement</source>
        <translation>посёлок городского типа</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="127"/>
        <source>other town or city</source>
        <translation>другой город</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="130"/>
        <source>Eligible</source>
        <translation>Имеет право</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="130"/>
        <source>Not eligible</source>
        <translation>Не имеет права</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="131"/>
        <source>Needs more information</source>
        <translation>Нужны дополнительные сведения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="134"/>
        <source>Still needed: {fields}</source>
        <translation>Ещё нужно: {fields}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="137"/>
        <source>Exemptions</source>
        <translation>Исключения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="140"/>
        <source>Priority groups</source>
        <translation>Приоритетные группы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="143"/>
        <source>This measure has no amount to calculate.</source>
        <translation>Для этой меры сумма не рассчитывается.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="146"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="149"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="152"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="156"/>
        <source>Send to the employment centre</source>
        <translation>Отправить в центр занятости</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="157"/>
        <source>Include in the programme</source>
        <translation>Включить в программу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="158"/>
        <source>Refuse</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="159"/>
        <source>Applicant withdrew</source>
        <translation>Заявитель отозвал</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="160"/>
        <source>Contract signed</source>
        <translation>Контракт подписан</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="161"/>
        <source>Participation started</source>
        <translation>Участие началось</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="162"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="163"/>
        <source>Terminate</source>
        <translation>Прекратить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="167"/>
        <source>Saved as case {number}.</source>
        <translation>Сохранено как дело {number}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="170"/>
        <source>Social &amp;contract…</source>
        <translation>Социальный &amp;контракт…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="173"/>
        <source>Akim&apos;s co&amp;nclusion…</source>
        <translation>Заклю&amp;чение акима…</translation>
    </message>
</context>
</TS>

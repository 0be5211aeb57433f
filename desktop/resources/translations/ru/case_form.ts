<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>CaseText</name>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="80"/>
        <source>Case {number}: {name}</source>
        <translation>Дело {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="81"/>
        <source>New case: {name}</source>
        <translation>Новое дело: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="84"/>
        <source>&amp;Direction</source>
        <translation>&amp;Направление</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="84"/>
        <source>&amp;Measure</source>
        <translation>&amp;Мера</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="85"/>
        <source>A&amp;pplication date</source>
        <translation>Дата &amp;заявления</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="85"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="86"/>
        <source>S&amp;tart date</source>
        <translation>Дата н&amp;ачала</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="86"/>
        <source>Monthly &amp;wage, tenge</source>
        <translation>Месячная &amp;зарплата, тенге</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="87"/>
        <source>Family members moving</source>
        <translation>Переезжающие члены семьи</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="88"/>
        <location filename="../../../desktop/ui/case_form.py" line="145"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="91"/>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="92"/>
        <source>Questions for the eligibility check</source>
        <translation>Вопросы для проверки права на участие</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="93"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="93"/>
        <source>Eligibility</source>
        <translation>Право на участие</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="94"/>
        <source>Calculation</source>
        <translation>Расчёт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="98"/>
        <source>Years of residence in the settlement</source>
        <translation>Лет проживания в населённом пункте</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="99"/>
        <source>Move type</source>
        <translation>Вид переезда</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="100"/>
        <source>Where the business will be</source>
        <translation>Где будет бизнес</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="101"/>
        <source>Year of school graduation</source>
        <translation>Год окончания школы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="102"/>
        <source>Oralman within the quota</source>
        <translation>Оралман в пределах квоты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="103"/>
        <source>Acquired citizenship</source>
        <translation>Приобрёл гражданство</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="104"/>
        <source>Settlement on the low-potential list</source>
        <translation>Населённый пункт в списке с низким потенциалом</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="106"/>
        <source>Vocational education matches the vacancy</source>
        <translation>Профобразование соответствует вакансии</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="107"/>
        <source>Move arranged by the employer</source>
        <translation>Переезд организован работодателем</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="109"/>
        <source>A family member has a job after the move</source>
        <translation>Член семьи трудоустроен после переезда</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="110"/>
        <source>Family can pay rent and utilities</source>
        <translation>Семья может оплачивать аренду и коммунальные услуги</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="111"/>
        <source>Labour or social contract</source>
        <translation>Трудовой или социальный контракт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="112"/>
        <source>Takes part in housing savings</source>
        <translation>Участвует в жилищных сбережениях</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="113"/>
        <source>Wants to start a business</source>
        <translation>Хочет открыть своё дело</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="114"/>
        <source>Has a business plan</source>
        <translation>Есть бизнес-план</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="115"/>
        <source>Pilot region</source>
        <translation>Пилотный регион</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="119"/>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="119"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="119"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="120"/>
        <source>within the district</source>
        <translation>в пределах района</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="121"/>
        <source>within the region</source>
        <translation>в пределах области</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="122"/>
        <source>to another region</source>
        <translation>в другую область</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="123"/>
        <source>rural settlement</source>
        <translation>сельский населённый пункт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="124"/>
        <source>small town</source>
        <translation>малый город</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="125"/>
        <source>urban-type settlement</source>
        <translation>посёлок городского типа</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="126"/>
        <source>other town or city</source>
        <translation>другой город</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="129"/>
        <source>Eligible</source>
        <translation>Имеет право</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="129"/>
        <source>Not eligible</source>
        <translation>Не имеет права</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="130"/>
        <source>Needs more information</source>
        <translation>Нужны дополнительные сведения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="133"/>
        <source>Still needed: {fields}</source>
        <translation>Ещё нужно: {fields}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="136"/>
        <source>Exemptions</source>
        <translation>Исключения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="139"/>
        <source>Priority groups</source>
        <translation>Приоритетные группы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="142"/>
        <source>This measure has no amount to calculate.</source>
        <translation>Для этой меры сумма не рассчитывается.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="145"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="148"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="151"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="155"/>
        <source>Send to the employment centre</source>
        <translation>Отправить в центр занятости</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="156"/>
        <source>Include in the programme</source>
        <translation>Включить в программу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="157"/>
        <source>Refuse</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="158"/>
        <source>Applicant withdrew</source>
        <translation>Заявитель отозвал</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="159"/>
        <source>Contract signed</source>
        <translation>Контракт подписан</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="160"/>
        <source>Participation started</source>
        <translation>Участие началось</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="161"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="162"/>
        <source>Terminate</source>
        <translation>Прекратить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="166"/>
        <source>Saved as case {number}.</source>
        <translation>Сохранено как дело {number}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="169"/>
        <source>Social &amp;contract…</source>
        <translation>Социальный &amp;контракт…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="172"/>
        <source>Akim&apos;s co&amp;nclusion…</source>
        <translation>Заклю&amp;чение акима…</translation>
    </message>
</context>
</TS>

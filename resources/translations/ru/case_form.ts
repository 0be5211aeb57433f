<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>CaseText</name>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="77"/>
        <source>Case {number}: {name}</source>
        <translation>Дело {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="78"/>
        <source>New case: {name}</source>
        <translation>Новое дело: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="81"/>
        <source>&amp;Direction</source>
        <translation>&amp;Направление</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="81"/>
        <source>&amp;Measure</source>
        <translation>&amp;Мера</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="82"/>
        <source>A&amp;pplication date</source>
        <translation>Дата &amp;заявления</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="82"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="83"/>
        <source>S&amp;tart date</source>
        <translation>Дата н&amp;ачала</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="83"/>
        <source>Monthly &amp;wage, tenge</source>
        <translation>Месячная &amp;зарплата, тенге</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="84"/>
        <source>Family members moving</source>
        <translation>Переезжающие члены семьи</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="85"/>
        <location filename="../../../desktop/ui/case_form.py" line="142"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="88"/>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="89"/>
        <source>Questions for the eligibility check</source>
        <translation>Вопросы для проверки права на участие</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="90"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="90"/>
        <source>Eligibility</source>
        <translation>Право на участие</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="91"/>
        <source>Calculation</source>
        <translation>Расчёт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="95"/>
        <source>Years of residence in the settlement</source>
        <translation>Лет проживания в населённом пункте</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="96"/>
        <source>Move type</source>
        <translation>Вид переезда</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="97"/>
        <source>Where the business will be</source>
        <translation>Где будет бизнес</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="98"/>
        <source>Year of school graduation</source>
        <translation>Год окончания школы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="99"/>
        <source>Oralman within the quota</source>
        <translation>Оралман в пределах квоты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="100"/>
        <source>Acquired citizenship</source>
        <translation>Приобрёл гражданство</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="101"/>
        <source>Settlement on the low-potential list</source>
        <translation>Населённый пункт в списке с низким потенциалом</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="103"/>
        <source>Vocational education matches the vacancy</source>
        <translation>Профобразование соответствует вакансии</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="104"/>
        <source>Move arranged by the employer</source>
        <translation>Переезд организован работодателем</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="106"/>
        <source>A family member has a job after the move</source>
        <translation>Член семьи трудоустроен после переезда</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="107"/>
        <source>Family can pay rent and utilities</source>
        <translation>Семья может оплачивать аренду и коммунальные услуги</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="108"/>
        <source>Labour or social contract</source>
        <translation>Трудовой или социальный контракт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="109"/>
        <source>Takes part in housing savings</source>
        <translation>Участвует в жилищных сбережениях</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="110"/>
        <source>Wants to start a business</source>
        <translation>Хочет открыть своё дело</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="111"/>
        <source>Has a business plan</source>
        <translation>Есть бизнес-план</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="112"/>
        <source>Pilot region</source>
        <translation>Пилотный регион</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="116"/>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="116"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="116"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="117"/>
        <source>within the district</source>
        <translation>в пределах района</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="118"/>
        <source>within the region</source>
        <translation>в пределах области</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="119"/>
        <source>to another region</source>
        <translation>в другую область</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="120"/>
        <source>rural settlement</source>
        <translation>сельский населённый пункт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="121"/>
        <source>small town</source>
        <translation>малый город</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="122"/>
        <source>urban-type settlement</source>
        <translation>посёлок городского типа</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="123"/>
        <source>other town or city</source>
        <translation>другой город</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="126"/>
        <source>Eligible</source>
        <translation>Имеет право</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="126"/>
        <source>Not eligible</source>
        <translation>Не имеет права</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="127"/>
        <source>Needs more information</source>
        <translation>Нужны дополнительные сведения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="130"/>
        <source>Still needed: {fields}</source>
        <translation>Ещё нужно: {fields}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="133"/>
        <source>Exemptions</source>
        <translation>Исключения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="136"/>
        <source>Priority groups</source>
        <translation>Приоритетные группы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="139"/>
        <source>This measure has no amount to calculate.</source>
        <translation>Для этой меры сумма не рассчитывается.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="142"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="145"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="148"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="152"/>
        <source>Send to the employment centre</source>
        <translation>Отправить в центр занятости</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="153"/>
        <source>Include in the programme</source>
        <translation>Включить в программу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="154"/>
        <source>Refuse</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="155"/>
        <source>Applicant withdrew</source>
        <translation>Заявитель отозвал</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="156"/>
        <source>Contract signed</source>
        <translation>Контракт подписан</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="157"/>
        <source>Participation started</source>
        <translation>Участие началось</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="158"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="159"/>
        <source>Terminate</source>
        <translation>Прекратить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="163"/>
        <source>Saved as case {number}.</source>
        <translation>Сохранено как дело {number}.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>ApplicantTableModel</name>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="127" />
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="128" />
            <source>Surname</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="129" />
            <source>First name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="130" />
            <source>Patronymic</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="131" />
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="132" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="133" />
            <source>Settlement</source>
            <translation>Населённый пункт</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="163" />
            <source>male</source>
            <translation>муж.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="163" />
            <source>female</source>
            <translation>жен.</translation>
        </message>
    </context>
    <context>
        <name>AutoLock</name>
        <message>
            <location filename="../../desktop/ui/autolock.py" line="98" />
            <source>&amp;Lock now</source>
            <translation>&amp;Заблокировать сейчас</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/autolock.py" line="99" />
            <source>Auto-lock &amp;after…</source>
            <translation>&amp;Автоблокировка через…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/autolock.py" line="107" />
            <source>Auto-lock</source>
            <translation>Автоблокировка</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/autolock.py" line="108" />
            <source>Lock Qadam after this many minutes without use (0: never):</source>
            <translation>Блокировать Qadam после стольких минут без работы (0 — никогда):</translation>
        </message>
    </context>
    <context>
        <name>CardText</name>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="50" />
            <source>New applicant</source>
            <translation>Новый заявитель</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="51" />
            <source>Applicant: {name}</source>
            <translation>Заявитель: {name}</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="58" />
            <source>&amp;IIN</source>
            <translation>&amp;ИИН</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="59" />
            <source>From the IIN</source>
            <translation>По ИИН</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="60" />
            <source>&amp;Surname</source>
            <translation>&amp;Фамилия</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="61" />
            <source>&amp;First name</source>
            <translation>&amp;Имя</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="62" />
            <source>&amp;Patronymic</source>
            <translation>&amp;Отчество</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="63" />
            <source>C&amp;itizenship</source>
            <translation>&amp;Гражданство</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="64" />
            <source>P&amp;hone</source>
            <translation>Те&amp;лефон</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="65" />
            <source>Se&amp;ttlement</source>
            <translation>&amp;Населённый пункт</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="66" />
            <source>Settlement</source>
            <translation>Населённый пункт</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="67" />
            <source>&amp;Address</source>
            <translation>А&amp;дрес</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="68" />
            <source>Categories</source>
            <translation>Категории</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="69" />
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="70" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="71" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="72" />
            <source>Removed</source>
            <translation>Удалено</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="73" />
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="74" />
            <source>Measure</source>
            <translation>Мера</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="75" />
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="81" />
            <source>12 digits</source>
            <translation>12 цифр</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="84" />
            <source>{count} of 12 digits</source>
            <translation>{count} из 12 цифр</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="87" />
            <source>male</source>
            <translation>мужской</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="87" />
            <source>female</source>
            <translation>женский</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="88" />
            <source>Born {date}, {sex}</source>
            <translation>Дата рождения {date}, пол: {sex}</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="91" />
            <source>IIN {iin} is already registered: {name}. Open that card instead of registering the person twice.</source>
            <translation>ИИН {iin} уже зарегистрирован: {name}. Откройте эту карточку, а не регистрируйте человека дважды.</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="95" />
            <source>This IIN already has an open case {number} ({state}): a new application must wait until it is closed.</source>
            <translation>По этому ИИН есть открытое дело {number} ({state}): новое заявление — только после его закрытия.</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="101" />
            <source>&amp;Open that applicant</source>
            <translation>От&amp;крыть этого заявителя</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="105" />
            <source>oralman (qandas)</source>
            <translation>кандас (оралман)</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="106" />
            <source>citizen of Kazakhstan</source>
            <translation>гражданин Казахстана</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="110" />
            <source>partially employed</source>
            <translation>частично занятый</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="111" />
            <source>unemployed</source>
            <translation>безработный</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="112" />
            <source>self-employed</source>
            <translation>самостоятельно занятый</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="113" />
            <source>low-income</source>
            <translation>малообеспеченный</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="114" />
            <source>school graduate of this year</source>
            <translation>выпускник 11 класса этого года</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="115" />
            <source>disabled, able to work</source>
            <translation>инвалид, способный к труду</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="116" />
            <source>orphan or without parental care</source>
            <translation>сирота или без попечения родителей</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="117" />
            <source>retired before the usual age</source>
            <translation>пенсионер, вышедший на пенсию досрочно</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="118" />
            <source>hazardous work, special allowance</source>
            <translation>вредные работы, спецпособие</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="119" />
            <source>other target group</source>
            <translation>другая целевая группа</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="123" />
            <source>&amp;Cases ({count})</source>
            <translation>&amp;Дела ({count})</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="126" />
            <source>&amp;History</source>
            <translation>&amp;История изменений</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="129" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="132" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="135" />
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="136" />
            <source>Applied on</source>
            <translation>Дата заявления</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="139" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="139" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="139" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="139" />
            <source>Changed fields</source>
            <translation>Изменённые поля</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="142" />
            <source>direction {number}</source>
            <translation>направление {number}</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="146" />
            <source>consultation</source>
            <translation>консультирование</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="147" />
            <source>vocational training</source>
            <translation>профессиональное обучение</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="148" />
            <source>social job</source>
            <translation>социальное рабочее место</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="149" />
            <source>youth practice</source>
            <translation>молодёжная практика</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="150" />
            <source>business training</source>
            <translation>обучение основам предпринимательства</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="151" />
            <source>microcredit</source>
            <translation>микрокредит</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="152" />
            <source>relocation</source>
            <translation>переселение</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="153" />
            <source>infrastructure job</source>
            <translation>работа в инфраструктурном проекте</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="158" />
            <source>draft</source>
            <translation>черновик</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="159" />
            <source>sent to the employment centre</source>
            <translation>отправлено в ЦЗН</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="160" />
            <source>included</source>
            <translation>включён в участники</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="161" />
            <source>refused</source>
            <translation>отказано</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="162" />
            <source>contract signed</source>
            <translation>контракт заключён</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="163" />
            <source>in progress</source>
            <translation>исполняется</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="164" />
            <source>completed</source>
            <translation>завершено</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="165" />
            <source>terminated</source>
            <translation>расторгнуто</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="166" />
            <source>withdrawn</source>
            <translation>отозвано</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="171" />
            <source>case opened</source>
            <translation>дело открыто</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="171" />
            <source>case removed</source>
            <translation>дело удалено</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="172" />
            <source>case changed</source>
            <translation>дело изменено</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="173" />
            <source>registered</source>
            <translation>зарегистрирован</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="173" />
            <source>removed</source>
            <translation>удалён</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="174" />
            <source>corrected</source>
            <translation>исправлен</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="183" />
            <source>Discard changes?</source>
            <translation>Отменить изменения?</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="186" />
            <source>What you typed in this card is not saved. Close it and lose the changes?</source>
            <translation>Введённое в этой карточке не сохранено. Закрыть её и потерять изменения?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_card.py" line="125" />
            <source>&amp;New case…</source>
            <translation>&amp;Новое дело…</translation>
        </message>
    </context>
    <context>
        <name>CaseText</name>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="74" />
            <source>Case {number}: {name}</source>
            <translation>Дело {number}: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="75" />
            <source>New case: {name}</source>
            <translation>Новое дело: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="78" />
            <source>&amp;Direction</source>
            <translation>&amp;Направление</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="78" />
            <source>&amp;Measure</source>
            <translation>&amp;Мера</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="79" />
            <source>A&amp;pplication date</source>
            <translation>Дата &amp;заявления</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="79" />
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="80" />
            <source>S&amp;tart date</source>
            <translation>Дата н&amp;ачала</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="80" />
            <source>Monthly &amp;wage, tenge</source>
            <translation>Месячная &amp;зарплата, тенге</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="81" />
            <source>Family members moving</source>
            <translation>Переезжающие члены семьи</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="82" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="85" />
            <source>Application</source>
            <translation>Заявление</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="86" />
            <source>Questions for the eligibility check</source>
            <translation>Вопросы для проверки права на участие</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="87" />
            <source>Categories</source>
            <translation>Категории</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="87" />
            <source>Eligibility</source>
            <translation>Право на участие</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="88" />
            <source>Calculation</source>
            <translation>Расчёт</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="92" />
            <source>Years of residence in the settlement</source>
            <translation>Лет проживания в населённом пункте</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="93" />
            <source>Move type</source>
            <translation>Вид переезда</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="94" />
            <source>Where the business will be</source>
            <translation>Где будет бизнес</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="95" />
            <source>Year of school graduation</source>
            <translation>Год окончания школы</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="96" />
            <source>Oralman within the quota</source>
            <translation>Оралман в пределах квоты</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="97" />
            <source>Acquired citizenship</source>
            <translation>Приобрёл гражданство</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="98" />
            <source>Settlement on the low-potential list</source>
            <translation>Населённый пункт в списке с низким потенциалом</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="100" />
            <source>Vocational education matches the vacancy</source>
            <translation>Профобразование соответствует вакансии</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="101" />
            <source>Move arranged by the employer</source>
            <translation>Переезд организован работодателем</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="103" />
            <source>A family member has a job after the move</source>
            <translation>Член семьи трудоустроен после переезда</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="104" />
            <source>Family can pay rent and utilities</source>
            <translation>Семья может оплачивать аренду и коммунальные услуги</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="105" />
            <source>Labour or social contract</source>
            <translation>Трудовой или социальный контракт</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="106" />
            <source>Takes part in housing savings</source>
            <translation>Участвует в жилищных сбережениях</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="107" />
            <source>Wants to start a business</source>
            <translation>Хочет открыть своё дело</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="108" />
            <source>Has a business plan</source>
            <translation>Есть бизнес-план</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="109" />
            <source>Pilot region</source>
            <translation>Пилотный регион</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="113" />
            <source>not stated</source>
            <translation>не указано</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="113" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="113" />
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="114" />
            <source>within the district</source>
            <translation>в пределах района</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="115" />
            <source>within the region</source>
            <translation>в пределах области</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="116" />
            <source>to another region</source>
            <translation>в другую область</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="117" />
            <source>rural settlement</source>
            <translation>сельский населённый пункт</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="118" />
            <source>small town</source>
            <translation>малый город</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="119" />
            <source>urban-type settlement</source>
            <translation>посёлок городского типа</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="120" />
            <source>other town or city</source>
            <translation>другой город</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="123" />
            <source>Eligible</source>
            <translation>Имеет право</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="123" />
            <source>Not eligible</source>
            <translation>Не имеет права</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="124" />
            <source>Needs more information</source>
            <translation>Нужны дополнительные сведения</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="127" />
            <source>Still needed: {fields}</source>
            <translation>Ещё нужно: {fields}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="130" />
            <source>Exemptions</source>
            <translation>Исключения</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="133" />
            <source>Priority groups</source>
            <translation>Приоритетные группы</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="136" />
            <source>This measure has no amount to calculate.</source>
            <translation>Для этой меры сумма не рассчитывается.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="139" />
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="142" />
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="145" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="149" />
            <source>Send to the employment centre</source>
            <translation>Отправить в центр занятости</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="150" />
            <source>Include in the programme</source>
            <translation>Включить в программу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="151" />
            <source>Refuse</source>
            <translation>Отказать</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="152" />
            <source>Applicant withdrew</source>
            <translation>Заявитель отозвал</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="153" />
            <source>Contract signed</source>
            <translation>Контракт подписан</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="154" />
            <source>Participation started</source>
            <translation>Участие началось</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="155" />
            <source>Completed</source>
            <translation>Завершено</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="156" />
            <source>Terminate</source>
            <translation>Прекратить</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="160" />
            <source>Saved as case {number}.</source>
            <translation>Сохранено как дело {number}.</translation>
        </message>
    </context>
    <context>
        <name>ChartLabels</name>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="204" />
            <source>Applications</source>
            <translation>Заявления</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="205" />
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="206" />
            <source>Placed in work</source>
            <translation>Трудоустроены</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="207" />
            <source>Contracts signed</source>
            <translation>Заключено контрактов</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="212" />
            <source>1. Training and employment</source>
            <translation>1. Обучение и трудоустройство</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="213" />
            <source>2. Entrepreneurship</source>
            <translation>2. Предпринимательство</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="214" />
            <source>3. Labour mobility</source>
            <translation>3. Трудовая мобильность</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="215" />
            <source>4. Rural development</source>
            <translation>4. Развитие села</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="221" />
            <source>Applications in the month</source>
            <translation>Заявления за месяц</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="222" />
            <source>Participants in the month</source>
            <translation>Участники за месяц</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="223" />
            <source>Participants since 1 January</source>
            <translation>Участники с начала года</translation>
        </message>
    </context>
    <context>
        <name>ChartWidget</name>
        <message>
            <location filename="../../desktop/ui/charts.py" line="120" />
            <source>No data for this period.</source>
            <translation>За этот период данных нет.</translation>
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="572" />
            <source>Dashboard — Qadam</source>
            <translation>Панель показателей — Qadam</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="573" />
            <source>&amp;Up to:</source>
            <translation>&amp;Последний месяц:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="574" />
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="588" />
            <source>Counting the last 12 months…</source>
            <translation>Подсчёт за последние 12 месяцев…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="621" />
            <source>Indicators by month</source>
            <translation>Показатели по месяцам</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="625" />
            <source>By direction, {month}</source>
            <translation>По направлениям, {month}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="627" />
            <source>By direction</source>
            <translation>По направлениям</translation>
        </message>
    </context>
    <context>
        <name>DueDateLabel</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/report_window.py" line="191" />
            <source>Report for {month} is due by {date}: %n days left</source>
            <translation>
                <numerusform>Отчёт за {month} сдать до {date}: остался %n день</numerusform>
                <numerusform>Отчёт за {month} сдать до {date}: осталось %n дня</numerusform>
                <numerusform>Отчёт за {month} сдать до {date}: осталось %n дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="193" />
            <source>Report for {month} is due tomorrow, {date}</source>
            <translation>Отчёт за {month} сдать завтра, {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="195" />
            <source>Report for {month} is due today, {date}</source>
            <translation>Отчёт за {month} сдать сегодня, {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="197" />
            <source>Report for {month} was due by {date}</source>
            <translation>Отчёт за {month} нужно было сдать до {date}</translation>
        </message>
    </context>
    <context>
        <name>DuplicateTableModel</name>
        <message>
            <location filename="../../desktop/ui/import_model.py" line="115" />
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_model.py" line="115" />
            <source>Rows</source>
            <translation>Строки</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_model.py" line="115" />
            <source>Already registered to</source>
            <translation>Уже зарегистрирован на</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/ui/i18n.py" line="132" />
            <source>Something unexpected went wrong ({kind}). Nothing was changed. Try again; if it happens again, tell the district centre.</source>
            <translation>Произошла непредвиденная ошибка ({kind}). Ничего не изменено. Попробуйте ещё раз; если ошибка повторится, сообщите в районный центр.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="170" />
            <source>Vacancies</source>
            <translation>Вакансии</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="171" />
            <source>Education organisations</source>
            <translation>Организации образования</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="172" />
            <source>Settlements and their potential</source>
            <translation>Населённые пункты и их потенциал</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="173" />
            <source>Applicants (older spreadsheets)</source>
            <translation>Заявители (из прежних таблиц)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="177" />
            <source>Import from Excel</source>
            <translation>Импорт из Excel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="178" />
            <source>&amp;File:</source>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="179" />
            <source>&amp;List:</source>
            <translation>&amp;Список:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="180" />
            <source>An Excel workbook (.xlsx)</source>
            <translation>Книга Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="181" />
            <source>&amp;Choose…</source>
            <translation>&amp;Выбрать…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="182" />
            <source>Chec&amp;k</source>
            <translation>&amp;Проверить</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="183" />
            <source>Problems, row by row</source>
            <translation>Ошибки по строкам</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="184" />
            <source>The same IIN more than once</source>
            <translation>Повторяющиеся ИИН</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="186" />
            <source>Import &amp;only the valid rows (rows with problems are skipped)</source>
            <translation>Импортировать &amp;только верные строки (строки с ошибками пропускаются)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="188" />
            <source>&amp;Import</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="189" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="190" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="212" />
            <source>Choose an Excel file</source>
            <translation>Выберите файл Excel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="214" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="235" />
            <source>Choose the Excel file to import.</source>
            <translation>Выберите файл Excel для импорта.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="242" />
            <source>Checking every row…</source>
            <translation>Проверка каждой строки…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="286" />
            <source>Sheet “{sheet}”, headings in row {row}.</source>
            <translation>Лист «{sheet}», заголовки столбцов в строке {row}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="290" />
            <source>Rows: {rows}. New: {new}, unchanged: {unchanged}, changed: {changed}, with problems: {invalid}.</source>
            <translation>Строк: {rows}. Новых: {new}, без изменений: {unchanged}, изменённых: {changed}, с ошибками: {invalid}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="302" />
            <source>Columns that are not imported: {columns}.</source>
            <translation>Столбцы, которые не импортируются: {columns}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="309" />
            <source>&lt;b&gt;Nothing will be imported while rows have problems.&lt;/b&gt; Correct the file and check it again, or tick “import only the valid rows”.</source>
            <translation>&lt;b&gt;Пока в строках есть ошибки, ничего не импортируется.&lt;/b&gt; Исправьте файл и проверьте его снова или отметьте «импортировать только верные строки».</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="314" />
            <source>Everything in this file is already in the database.</source>
            <translation>Всё из этого файла уже есть в базе данных.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="316" />
            <source>No problems found. Press Import to write the rows.</source>
            <translation>Ошибок не найдено. Нажмите «Импортировать», чтобы записать строки.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="384" />
            <source>Import cancelled: nothing was written.</source>
            <translation>Импорт отменён: ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="394" />
            <source>Imported. New: {new}, changed: {changed}, skipped rows with problems: {skipped}.</source>
            <translation>Импортировано. Новых: {new}, изменённых: {changed}, пропущено строк с ошибками: {skipped}.</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../desktop/ui/lock_dialog.py" line="78" />
            <source>Qadam — locked</source>
            <translation>Qadam — заблокировано</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock_dialog.py" line="80" />
            <source>&lt;b&gt;Qadam is locked&lt;/b&gt; after a time without use. {user}, type your passphrase to go on where you stopped.</source>
            <translation>&lt;b&gt;Qadam заблокирован&lt;/b&gt; после перерыва в работе. {user}, введите парольную фразу, чтобы продолжить с того места, где вы остановились.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock_dialog.py" line="85" />
            <source>&amp;Passphrase:</source>
            <translation>Парольная &amp;фраза:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock_dialog.py" line="86" />
            <source>&amp;Unlock</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock_dialog.py" line="87" />
            <source>&amp;Quit Qadam</source>
            <translation>&amp;Выйти из Qadam</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock_dialog.py" line="108" />
            <source>Type your passphrase.</source>
            <translation>Введите парольную фразу.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock_dialog.py" line="124" />
            <source>Checking the passphrase…</source>
            <translation>Проверка парольной фразы…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="192" />
            <source>About Qadam</source>
            <translation>О программе Qadam</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="194" />
            <source>Qadam {version}: casework of the Employment Programme 2020 for village akimats.</source>
            <translation>Qadam {version}: ведение дел по Программе занятости 2020 для аппаратов акимов сельских округов.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="200" />
            <source>Qadam — {user}</source>
            <translation>Qadam — {user}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="201" />
            <source>Search by surname, first name or IIN (Ctrl+F)</source>
            <translation>Поиск по фамилии, имени или ИИН (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="202" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="203" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="204" />
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Импорт из Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="205" />
            <source>&amp;Reports</source>
            <translation>&amp;Отчёты</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="206" />
            <source>&amp;Monthly report…</source>
            <translation>&amp;Ежемесячный отчёт…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="207" />
            <source>&amp;Dashboard…</source>
            <translation>&amp;Панель показателей…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="208" />
            <source>&amp;Find</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="209" />
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="210" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="211" />
            <source>&amp;About Qadam</source>
            <translation>&amp;О программе Qadam</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="236" />
            <source>Applicants in the database: {count}</source>
            <translation>Заявителей в базе данных: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="243" />
            <source>Found: {count}</source>
            <translation>Найдено: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="245" />
            <source>Nobody found. Check the spelling or type fewer letters.</source>
            <translation>Никого не найдено. Проверьте написание или введите меньше букв.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="247" />
            <source>Shown: {count}</source>
            <translation>Показано: {count}</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/main_window.py" line="240" />
            <source>&amp;New applicant…</source>
            <translation>&amp;Новый заявитель…</translation>
        </message>
    </context>
    <context>
        <name>ProblemTableModel</name>
        <message>
            <location filename="../../desktop/ui/import_model.py" line="75" />
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_model.py" line="75" />
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_model.py" line="75" />
            <source>Problem</source>
            <translation>Ошибка</translation>
        </message>
    </context>
    <context>
        <name>ReportWindow</name>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="358" />
            <source>This okrug</source>
            <translation>Этот округ</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="360" />
            <source>Whole district</source>
            <translation>Весь район</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="361" />
            <source>Whole district, per okrug</source>
            <translation>Весь район, по округам</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="365" />
            <source>Monthly report — Qadam</source>
            <translation>Ежемесячный отчёт — Qadam</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="366" />
            <source>&amp;Month:</source>
            <translation>&amp;Месяц:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="367" />
            <source>&amp;Scope:</source>
            <translation>&amp;Охват:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="368" />
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="369" />
            <source>Save as &amp;Excel…</source>
            <translation>Сохранить в &amp;Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="370" />
            <source>Save as &amp;CSV…</source>
            <translation>Сохранить в &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="371" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="396" />
            <source>Monthly report {period}</source>
            <translation>Ежемесячный отчёт {period}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="415" />
            <source>Building the report…</source>
            <translation>Формирование отчёта…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="473" />
            <source>Save the report as Excel</source>
            <translation>Сохранить отчёт в Excel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="475" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="491" />
            <source>Save the report as CSV</source>
            <translation>Сохранить отчёт в CSV</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="493" />
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="504" />
            <source>Saving {name}…</source>
            <translation>Сохранение {name}…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="510" />
            <source>Saved: {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="127" />
            <source>Qadam — first start</source>
            <translation>Qadam — первый запуск</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="130" />
            <source>&lt;b&gt;Welcome to Qadam.&lt;/b&gt; Create the encrypted database for this office. Remember the passphrase: without it the data can be opened only with the district centre's help.</source>
            <translation>&lt;b&gt;Добро пожаловать в Qadam.&lt;/b&gt; Создайте зашифрованную базу данных для этого рабочего места. Запомните парольную фразу: без неё данные можно открыть только с помощью районного центра.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="136" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="137" />
            <source>&amp;Database file:</source>
            <translation>Файл &amp;базы данных:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="138" />
            <source>&amp;Full name:</source>
            <translation>Ф&amp;амилия, имя, отчество:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="139" />
            <source>&amp;User name:</source>
            <translation>&amp;Имя пользователя:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="140" />
            <source>Rural &amp;okrug (КАТО code):</source>
            <translation>Сельский &amp;округ (код КАТО):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="141" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="142" />
            <source>&amp;Repeat passphrase:</source>
            <translation>Пов&amp;торите парольную фразу:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="146" />
            <source>&amp;Browse…</source>
            <translation>О&amp;бзор…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="147" />
            <source>e.g. Nurlanova Aigerim Serikovna</source>
            <translation>например, Нурланова Айгерим Сериковна</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="148" />
            <source>9 digits, optional; e.g. 634603000</source>
            <translation>9 цифр, необязательно; например, 634603000</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="149" />
            <source>&amp;Show passphrase</source>
            <translation>По&amp;казать парольную фразу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="150" />
            <source>&amp;Create database</source>
            <translation>&amp;Создать базу данных</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="163" />
            <source>At least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
            <translation>Не менее {minimum} символов. Несколько не связанных между собой слов легко запомнить и трудно подобрать.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="167" />
            <source>Too short: {length} of at least {minimum} characters.</source>
            <translation>Слишком коротко: символов {length}, нужно не менее {minimum}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="169" />
            <source>Acceptable. A longer passphrase is stronger: add a word.</source>
            <translation>Допустимо. Чем длиннее парольная фраза, тем она надёжнее: добавьте ещё слово.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="170" />
            <source>Strong passphrase.</source>
            <translation>Надёжная парольная фраза.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="184" />
            <source>Where to keep the database</source>
            <translation>Где хранить базу данных</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="186" />
            <source>Qadam database (*.db)</source>
            <translation>База данных Qadam (*.db)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="211" />
            <source>Choose where to keep the database.</source>
            <translation>Выберите, где хранить базу данных.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="214" />
            <source>Enter your full name.</source>
            <translation>Введите фамилию, имя и отчество.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="217" />
            <source>Enter a user name without spaces, e.g. admin.</source>
            <translation>Введите имя пользователя без пробелов, например admin.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="229" />
            <source>This is not a rural okrug's code: an okrug's КАТО code ends in 000, e.g. 634603000. Leave the field empty if you do not know it.</source>
            <translation>Это не код сельского округа: код КАТО округа оканчивается на 000, например 634603000. Если вы его не знаете, оставьте поле пустым.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="239" />
            <source>The two passphrases differ. Type the same passphrase twice.</source>
            <translation>Парольные фразы не совпадают. Введите одну и ту же фразу дважды.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="259" />
            <source>Creating the encrypted database… This takes a few seconds.</source>
            <translation>Создаётся зашифрованная база данных… Это займёт несколько секунд.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="86" />
            <source>Qadam — unlock</source>
            <translation>Qadam — разблокировка</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="88" />
            <source>&lt;b&gt;Unlock the database.&lt;/b&gt; Choose your name and type your passphrase.</source>
            <translation>&lt;b&gt;Разблокируйте базу данных.&lt;/b&gt; Выберите своё имя и введите парольную фразу.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="90" />
            <source>Database: {path}</source>
            <translation>База данных: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="93" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="93" />
            <source>&amp;User:</source>
            <translation>По&amp;льзователь:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="93" />
            <source>&amp;Passphrase:</source>
            <translation>Парольная &amp;фраза:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="97" />
            <source>&amp;Unlock</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="122" />
            <source>Type your passphrase.</source>
            <translation>Введите парольную фразу.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="139" />
            <source>Checking the passphrase…</source>
            <translation>Проверка парольной фразы…</translation>
        </message>
    </context>
</TS>

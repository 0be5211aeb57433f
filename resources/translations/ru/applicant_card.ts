<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>CardText</name>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="53"/>
        <source>New applicant</source>
        <translation>Новый заявитель</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="54"/>
        <source>Applicant: {name}</source>
        <translation>Заявитель: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="61"/>
        <source>&amp;IIN</source>
        <translation>&amp;ИИН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="62"/>
        <source>From the IIN</source>
        <translation>По ИИН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="63"/>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="64"/>
        <source>&amp;First name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="65"/>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="66"/>
        <source>C&amp;itizenship</source>
        <translation>&amp;Гражданство</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="67"/>
        <source>P&amp;hone</source>
        <translation>Те&amp;лефон</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="68"/>
        <source>Se&amp;ttlement</source>
        <translation>&amp;Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="69"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="70"/>
        <source>&amp;Address</source>
        <translation>А&amp;дрес</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="71"/>
        <source>Sp&amp;ecialty</source>
        <translation>С&amp;пециальность</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="72"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="73"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="74"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="75"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="76"/>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="77"/>
        <location filename="../../../desktop/ui/applicant_card.py" line="145"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="78"/>
        <location filename="../../../desktop/ui/applicant_card.py" line="145"/>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="79"/>
        <location filename="../../../desktop/ui/applicant_card.py" line="145"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="85"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="88"/>
        <source>{count} of 12 digits</source>
        <translation>{count} из 12 цифр</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="91"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="91"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="92"/>
        <source>Born {date}, {sex}</source>
        <translation>Дата рождения {date}, пол: {sex}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="95"/>
        <source>IIN {iin} is already registered: {name}. Open that card instead of registering the person twice.</source>
        <translation>ИИН {iin} уже зарегистрирован: {name}. Откройте эту карточку, а не регистрируйте человека дважды.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="99"/>
        <source>This IIN already has an open case {number} ({state}): a new application must wait until it is closed.</source>
        <translation>По этому ИИН есть открытое дело {number} ({state}): новое заявление — только после его закрытия.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="105"/>
        <source>&amp;Open that applicant</source>
        <translation>От&amp;крыть этого заявителя</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="109"/>
        <source>oralman (qandas)</source>
        <translation>кандас (оралман)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="110"/>
        <source>citizen of Kazakhstan</source>
        <translation>гражданин Казахстана</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="114"/>
        <source>partially employed</source>
        <translation>частично занятый</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="115"/>
        <source>unemployed</source>
        <translation>безработный</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="116"/>
        <source>self-employed</source>
        <translation>самостоятельно занятый</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="117"/>
        <source>low-income</source>
        <translation>малообеспеченный</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="118"/>
        <source>school graduate of this year</source>
        <translation>выпускник 11 класса этого года</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="119"/>
        <source>disabled, able to work</source>
        <translation>инвалид, способный к труду</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="120"/>
        <source>orphan or without parental care</source>
        <translation>сирота или без попечения родителей</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="121"/>
        <source>retired before the usual age</source>
        <translation>пенсионер, вышедший на пенсию досрочно</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="122"/>
        <source>hazardous work, special allowance</source>
        <translation>вредные работы, спецпособие</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="123"/>
        <source>other target group</source>
        <translation>другая целевая группа</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="127"/>
        <source>&amp;Cases ({count})</source>
        <translation>&amp;Дела ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="130"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="133"/>
        <source>&amp;Matching vacancies…</source>
        <translation>Подходящие &amp;вакансии…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="136"/>
        <source>&amp;History</source>
        <translation>&amp;История изменений</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="139"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="142"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="145"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="146"/>
        <source>Applied on</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="149"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="149"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="149"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="149"/>
        <source>Changed fields</source>
        <translation>Изменённые поля</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="152"/>
        <source>direction {number}</source>
        <translation>направление {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="156"/>
        <source>consultation</source>
        <translation>консультирование</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="157"/>
        <source>vocational training</source>
        <translation>профессиональное обучение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="158"/>
        <source>social job</source>
        <translation>социальное рабочее место</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="159"/>
        <source>youth practice</source>
        <translation>молодёжная практика</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="160"/>
        <source>business training</source>
        <translation>обучение основам предпринимательства</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="161"/>
        <source>microcredit</source>
        <translation>микрокредит</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="162"/>
        <source>relocation</source>
        <translation>переселение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="163"/>
        <source>infrastructure job</source>
        <translation>работа в инфраструктурном проекте</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="168"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="169"/>
        <source>sent to the employment centre</source>
        <translation>отправлено в ЦЗН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="170"/>
        <source>included</source>
        <translation>включён в участники</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="171"/>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="172"/>
        <source>contract signed</source>
        <translation>контракт заключён</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="173"/>
        <source>in progress</source>
        <translation>исполняется</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="174"/>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="175"/>
        <source>terminated</source>
        <translation>расторгнуто</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="176"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="181"/>
        <source>case opened</source>
        <translation>дело открыто</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="181"/>
        <source>case removed</source>
        <translation>дело удалено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="182"/>
        <source>case changed</source>
        <translation>дело изменено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="183"/>
        <source>registered</source>
        <translation>зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="183"/>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="184"/>
        <source>corrected</source>
        <translation>исправлен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="193"/>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="196"/>
        <source>What you typed in this card is not saved. Close it and lose the changes?</source>
        <translation>Введённое в этой карточке не сохранено. Закрыть её и потерять изменения?</translation>
    </message>
</context>
</TS>

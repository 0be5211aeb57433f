<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>CardText</name>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="59"/>
        <source>New applicant</source>
        <translation>Новый заявитель</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="60"/>
        <source>Applicant: {name}</source>
        <translation>Заявитель: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="67"/>
        <source>&amp;IIN</source>
        <translation>&amp;ИИН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="68"/>
        <source>From the IIN</source>
        <translation>По ИИН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="69"/>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="70"/>
        <source>&amp;First name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="71"/>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="72"/>
        <source>C&amp;itizenship</source>
        <translation>&amp;Гражданство</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="73"/>
        <source>P&amp;hone</source>
        <translation>Те&amp;лефон</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="74"/>
        <source>Se&amp;ttlement</source>
        <translation>&amp;Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="75"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="76"/>
        <source>&amp;Address</source>
        <translation>А&amp;дрес</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="77"/>
        <source>Sp&amp;ecialty</source>
        <translation>С&amp;пециальность</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="78"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="79"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="80"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="81"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="82"/>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="83"/>
        <location filename="../../../desktop/ui/applicant_card.py" line="151"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="84"/>
        <location filename="../../../desktop/ui/applicant_card.py" line="151"/>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="85"/>
        <location filename="../../../desktop/ui/applicant_card.py" line="151"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="91"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="94"/>
        <source>{count} of 12 digits</source>
        <translation>{count} из 12 цифр</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="97"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="97"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="98"/>
        <source>Born {date}, {sex}</source>
        <translation>Дата рождения {date}, пол: {sex}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="101"/>
        <source>IIN {iin} is already registered: {name}. Open that card instead of registering the person twice.</source>
        <translation>ИИН {iin} уже зарегистрирован: {name}. Откройте эту карточку, а не регистрируйте человека дважды.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="105"/>
        <source>This IIN already has an open case {number} ({state}): a new application must wait until it is closed.</source>
        <translation>По этому ИИН есть открытое дело {number} ({state}): новое заявление — только после его закрытия.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="111"/>
        <source>&amp;Open that applicant</source>
        <translation>От&amp;крыть этого заявителя</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="115"/>
        <source>oralman (qandas)</source>
        <translation>кандас (оралман)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="116"/>
        <source>citizen of Kazakhstan</source>
        <translation>гражданин Казахстана</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="120"/>
        <source>partially employed</source>
        <translation>частично занятый</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="121"/>
        <source>unemployed</source>
        <translation>безработный</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="122"/>
        <source>self-employed</source>
        <translation>самостоятельно занятый</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="123"/>
        <source>low-income</source>
        <translation>малообеспеченный</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="124"/>
        <source>school graduate of this year</source>
        <translation>выпускник 11 класса этого года</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="125"/>
        <source>disabled, able to work</source>
        <translation>инвалид, способный к труду</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="126"/>
        <source>orphan or without parental care</source>
        <translation>сирота или без попечения родителей</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="127"/>
        <source>retired before the usual age</source>
        <translation>пенсионер, вышедший на пенсию досрочно</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="128"/>
        <source>hazardous work, special allowance</source>
        <translation>вредные работы, спецпособие</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="129"/>
        <source>other target group</source>
        <translation>другая целевая группа</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="133"/>
        <source>&amp;Cases ({count})</source>
        <translation>&amp;Дела ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="136"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="139"/>
        <source>&amp;Matching vacancies…</source>
        <translation>Подходящие &amp;вакансии…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="142"/>
        <source>&amp;History</source>
        <translation>&amp;История изменений</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="145"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="148"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="151"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="152"/>
        <source>Applied on</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="155"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="155"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="155"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="155"/>
        <source>Changed fields</source>
        <translation>Изменённые поля</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="158"/>
        <source>direction {number}</source>
        <translation>направление {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="162"/>
        <source>consultation</source>
        <translation>консультирование</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="163"/>
        <source>vocational training</source>
        <translation>профессиональное обучение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="164"/>
        <source>social job</source>
        <translation>социальное рабочее место</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="165"/>
        <source>youth practice</source>
        <translation>молодёжная практика</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="166"/>
        <source>business training</source>
        <translation>обучение основам предпринимательства</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="167"/>
        <source>microcredit</source>
        <translation>микрокредит</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="168"/>
        <source>relocation</source>
        <translation>переселение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="169"/>
        <source>infrastructure job</source>
        <translation>работа в инфраструктурном проекте</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="174"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="175"/>
        <source>sent to the employment centre</source>
        <translation>отправлено в ЦЗН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="176"/>
        <source>included</source>
        <translation>включён в участники</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="177"/>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="178"/>
        <source>contract signed</source>
        <translation>контракт заключён</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="179"/>
        <source>in progress</source>
        <translation>исполняется</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="180"/>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="181"/>
        <source>terminated</source>
        <translation>расторгнуто</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="182"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="187"/>
        <source>case opened</source>
        <translation>дело открыто</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="187"/>
        <source>case removed</source>
        <translation>дело удалено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="188"/>
        <source>case changed</source>
        <translation>дело изменено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="189"/>
        <source>registered</source>
        <translation>зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="189"/>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="190"/>
        <source>corrected</source>
        <translation>исправлен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="199"/>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="202"/>
        <source>What you typed in this card is not saved. Close it and lose the changes?</source>
        <translation>Введённое в этой карточке не сохранено. Закрыть её и потерять изменения?</translation>
    </message>
</context>
</TS>

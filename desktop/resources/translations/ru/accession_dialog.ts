<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AccessionText</name>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="65"/>
        <source>Accession notices to social contract {number}</source>
        <translation>Уведомления о присоединении к социальному контракту № {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="68"/>
        <source>&amp;Employer</source>
        <translation>&amp;Работодатель</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="68"/>
        <source>E&amp;ducation organisation</source>
        <translation>&amp;Организация образования</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="72"/>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="72"/>
        <location filename="../../../desktop/ui/accession_dialog.py" line="79"/>
        <source>БИН</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="73"/>
        <source>Specialty (occupation) of training</source>
        <translation>Специальность (профессия) обучения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="74"/>
        <location filename="../../../desktop/ui/accession_dialog.py" line="78"/>
        <source>Education organisation</source>
        <translation>Организация образования</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="75"/>
        <source>Place of practical training</source>
        <translation>Место производственной практики</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="76"/>
        <source>Work after training, months</source>
        <translation>Отработка после обучения, мес.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="77"/>
        <location filename="../../../desktop/ui/accession_dialog.py" line="84"/>
        <source>Responsible official</source>
        <translation>Ответственное должностное лицо</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="80"/>
        <source>Specialty (occupation)</source>
        <translation>Специальность (профессия)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="81"/>
        <source>Duration of training</source>
        <translation>Продолжительность обучения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="82"/>
        <source>Cost of training, tenge</source>
        <translation>Стоимость обучения, тенге</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="83"/>
        <source>Possible place and conditions of practical training</source>
        <translation>Возможное место и условия производственной практики</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="85"/>
        <source>Date of the notice</source>
        <translation>Дата уведомления</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="85"/>
        <source>Form &amp;language</source>
        <translation>&amp;Язык формы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="89"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="89"/>
        <source>Save as PD&amp;F…</source>
        <translation>Сохранить в PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="90"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="93"/>
        <source>Discard the notice?</source>
        <translation>Отказаться от уведомления?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="96"/>
        <source>What you typed is not kept after closing. Close anyway?</source>
        <translation>Введённое не сохраняется после закрытия. Всё равно закрыть?</translation>
    </message>
</context>
</TS>

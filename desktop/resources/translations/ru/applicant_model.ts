<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ApplicantTableModel</name>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="238"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="239"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="240"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="241"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="242"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="243"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="244"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="274"/>
        <source>male</source>
        <translation>муж.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="274"/>
        <source>female</source>
        <translation>жен.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ApplicantTableModel</name>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="238"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="239"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="240"/>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="241"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="242"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="243"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="244"/>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="274"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_model.py" line="274"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>DocumentsText</name>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="55"/>
        <source>&amp;Documents ({received}/{total})</source>
        <translation>Док&amp;ументы ({received}/{total})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="59"/>
        <source>1: training and employment</source>
        <translation>1: обучение и трудоустройство</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="60"/>
        <source>2: entrepreneurship</source>
        <translation>2: предпринимательство</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="61"/>
        <source>3: labour mobility</source>
        <translation>3: трудовая мобильность</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="62"/>
        <source>4: rural settlement development</source>
        <translation>4: развитие сельских населённых пунктов</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="64"/>
        <source>{direction} (has a case)</source>
        <translation>{direction} (есть дело)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="67"/>
        <source>Di&amp;rection</source>
        <translation>&amp;Направление</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="70"/>
        <source>Received &amp;on</source>
        <translation>Дата &amp;получения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="73"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="73"/>
        <source>Received on</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="73"/>
        <source>Required by</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="77"/>
        <source>the decree, {reference}</source>
        <translation>постановление, {reference}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="78"/>
        <source>practice ({reference})</source>
        <translation>практика ({reference})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="81"/>
        <source>{received} of {total} documents received</source>
        <translation>Получено документов: {received} из {total}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="85"/>
        <source>Missing: {names}</source>
        <translation>Не хватает: {names}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="88"/>
        <source>Every document is received.</source>
        <translation>Все документы получены.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="91"/>
        <source>Save the applicant first; then tick the documents received.</source>
        <translation>Сначала сохраните заявителя, затем отметьте полученные документы.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="94"/>
        <source>Space ticks or unticks the selected document; the date is the one above the list.</source>
        <translation>Пробел ставит или снимает отметку у выбранного документа; дата — та, что над списком.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="98"/>
        <source>Documents not yet received for direction {direction}: {names}. Tick them on the applicant card&apos;s Documents tab.</source>
        <translation>По направлению {direction} ещё не получены документы: {names}. Отметьте их на вкладке «Документы» карточки заявителя.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>DocumentsText</name>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="55"/>
        <source>&amp;Documents ({received}/{total})</source>
        <translation>&amp;Құжаттар ({received}/{total})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="59"/>
        <source>1: training and employment</source>
        <translation>1: оқыту және жұмысқа орналастыру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="60"/>
        <source>2: entrepreneurship</source>
        <translation>2: кәсіпкерлік</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="61"/>
        <source>3: labour mobility</source>
        <translation>3: еңбек ұтқырлығы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="62"/>
        <source>4: rural settlement development</source>
        <translation>4: ауылдық елді мекендерді дамыту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="64"/>
        <source>{direction} (has a case)</source>
        <translation>{direction} (ісі бар)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="67"/>
        <source>Di&amp;rection</source>
        <translation>&amp;Бағыт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="70"/>
        <source>Received &amp;on</source>
        <translation>Алынған &amp;күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="73"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="73"/>
        <source>Received on</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="73"/>
        <source>Required by</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="77"/>
        <source>the decree, {reference}</source>
        <translation>қаулы, {reference}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="78"/>
        <source>practice ({reference})</source>
        <translation>тәжірибе ({reference})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="81"/>
        <source>{received} of {total} documents received</source>
        <translation>{total} құжаттың {received} алынды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="85"/>
        <source>Missing: {names}</source>
        <translation>Жетіспейді: {names}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="88"/>
        <source>Every document is received.</source>
        <translation>Барлық құжат алынды.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="91"/>
        <source>Save the applicant first; then tick the documents received.</source>
        <translation>Алдымен өтініш берушіні сақтаңыз, содан кейін алынған құжаттарды белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="94"/>
        <source>Space ticks or unticks the selected document; the date is the one above the list.</source>
        <translation>Бос орын пернесі таңдалған құжатты белгілейді немесе белгіні алады; күні — тізімнің үстіндегі күн.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/documents_tab.py" line="98"/>
        <source>Documents not yet received for direction {direction}: {names}. Tick them on the applicant card&apos;s Documents tab.</source>
        <translation>{direction}-бағыт бойынша әлі алынбаған құжаттар: {names}. Оларды өтініш беруші карточкасының «Құжаттар» қойындысында белгілеңіз.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>AccessionText</name>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="65"/>
        <source>Accession notices to social contract {number}</source>
        <translation>№ {number} әлеуметтік келісімшартқа қосылу туралы хабарламалар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="68"/>
        <source>&amp;Employer</source>
        <translation>&amp;Жұмыс беруші</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="68"/>
        <source>E&amp;ducation organisation</source>
        <translation>Б&amp;ілім беру ұйымы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="72"/>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="72"/>
        <location filename="../../../desktop/ui/accession_dialog.py" line="79"/>
        <source>БИН</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="73"/>
        <source>Specialty (occupation) of training</source>
        <translation>Оқытылатын мамандық (кәсіп)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="74"/>
        <location filename="../../../desktop/ui/accession_dialog.py" line="78"/>
        <source>Education organisation</source>
        <translation>Білім беру ұйымы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="75"/>
        <source>Place of practical training</source>
        <translation>Өндірістік практика орны</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="76"/>
        <source>Work after training, months</source>
        <translation>Оқудан кейінгі жұмыс, ай</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="77"/>
        <location filename="../../../desktop/ui/accession_dialog.py" line="84"/>
        <source>Responsible official</source>
        <translation>Жауапты лауазымды адам</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="80"/>
        <source>Specialty (occupation)</source>
        <translation>Мамандық (кәсіп)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="81"/>
        <source>Duration of training</source>
        <translation>Оқу ұзақтығы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="82"/>
        <source>Cost of training, tenge</source>
        <translation>Оқу құны, теңге</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="83"/>
        <source>Possible place and conditions of practical training</source>
        <translation>Өндірістік практиканың мүмкін орны мен шарттары</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="85"/>
        <source>Date of the notice</source>
        <translation>Хабарлама күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="85"/>
        <source>Form &amp;language</source>
        <translation>Нысан &amp;тілі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="89"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="89"/>
        <source>Save as PD&amp;F…</source>
        <translation>PD&amp;F ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="90"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="93"/>
        <source>Discard the notice?</source>
        <translation>Хабарламадан бас тартасыз ба?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/accession_dialog.py" line="96"/>
        <source>What you typed is not kept after closing. Close anyway?</source>
        <translation>Терілген мәтін жабылғаннан кейін сақталмайды. Бәрібір жабасыз ба?</translation>
    </message>
</context>
</TS>

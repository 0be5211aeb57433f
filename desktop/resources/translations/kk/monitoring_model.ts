<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>MonitoringText</name>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="26"/>
        <source>at home</source>
        <translation>үйінде</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="27"/>
        <source>at the workplace</source>
        <translation>жұмыс орнында</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="28"/>
        <source>at the training organisation</source>
        <translation>оқу ұйымында</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="29"/>
        <source>at the akimat</source>
        <translation>әкімдікте</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="30"/>
        <source>elsewhere</source>
        <translation>басқа жерде</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="35"/>
        <source>complies</source>
        <translation>орындайды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="36"/>
        <source>complies partly</source>
        <translation>ішінара орындайды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="37"/>
        <source>breach</source>
        <translation>бұзушылық</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="42"/>
        <source>not checked yet</source>
        <translation>әлі тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="43"/>
        <source>fulfilled</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="44"/>
        <source>not fulfilled</source>
        <translation>орындалмады</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="49"/>
        <source>participant</source>
        <translation>қатысушы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="50"/>
        <source>employment centre</source>
        <translation>жұмыспен қамту орталығы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="51"/>
        <source>employer</source>
        <translation>жұмыс беруші</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="52"/>
        <source>education organisation</source>
        <translation>білім беру ұйымы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="57"/>
        <source>refused to take part in employment measures</source>
        <translation>жұмыспен қамту шараларына қатысудан бас тартты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="58"/>
        <source>did not fulfil the social contract</source>
        <translation>әлеуметтік келісімшартты орындамады</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="63"/>
        <source>sanction lifted</source>
        <translation>санкция алынды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="64"/>
        <source>sanction</source>
        <translation>санкция</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="69"/>
        <source>payment to the person resumes</source>
        <translation>адамға төлеу қайта басталады</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="71"/>
        <source>АСП not suspended</source>
        <translation>АӘК тоқтатылмаған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="73"/>
        <source>was suspended for the person until {date}</source>
        <translation>адамға {date} дейін тоқтатылған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="75"/>
        <source>suspended for the person; the family keeps its right</source>
        <translation>адамға тоқтатылған; отбасы құқығын сақтайды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="78"/>
        <source>lifts the sanction of {date}</source>
        <translation>{date} санкциясын алады</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="81"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="84"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="84"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="84"/>
        <source>Compliance</source>
        <translation>Сәйкестік</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="84"/>
        <source>Findings</source>
        <translation>Анықталғаны</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="85"/>
        <source>Visited by</source>
        <translation>Кім барды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="85"/>
        <source>Sanction proposed</source>
        <translation>Санкция ұсынылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="85"/>
        <source>Corrected</source>
        <translation>Түзетілді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="88"/>
        <source>Obligation</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="88"/>
        <source>Party</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="88"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="88"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="89"/>
        <source>Checked on</source>
        <translation>Тексерілді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="89"/>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="89"/>
        <source>Checked by</source>
        <translation>Кім тексерді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="92"/>
        <source>Decided on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="92"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="92"/>
        <source>Ground</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="92"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="93"/>
        <source>АСП</source>
        <translation>АӘК</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_model.py" line="93"/>
        <source>Recorded by</source>
        <translation>Кім тіркеді</translation>
    </message>
</context>
</TS>

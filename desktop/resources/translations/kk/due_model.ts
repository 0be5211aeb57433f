<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>DueText</name>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="37"/>
        <source>Akim&apos;s conclusion on the project</source>
        <translation>Әкімнің жоба бойынша қорытындысы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="38"/>
        <source>Notify the applicant of the decision</source>
        <translation>Өтініш берушіге шешімді хабарлау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="39"/>
        <source>Project support visit</source>
        <translation>Жобаны сүйемелдеу: үйіне бару</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="40"/>
        <source>Draft: send to the employment centre</source>
        <translation>Жоба күйінде: ХЖО-ға жіберу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../desktop/ui/due_model.py" line="45"/>
        <source>Waiting %n day(s)</source>
        <translation>
            <numerusform>%n күн күтуде</numerusform>
            <numerusform>%n күн күтуде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../desktop/ui/due_model.py" line="47"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n күн кешікті</numerusform>
            <numerusform>%n күн кешікті</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="49"/>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../desktop/ui/due_model.py" line="50"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n күн қалды</numerusform>
            <numerusform>%n күн қалды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="57"/>
        <source>{section}, step {step}</source>
        <translation>{section}, {step}-тармақ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="60"/>
        <source>To do</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="60"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="60"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="60"/>
        <source>Due by</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="61"/>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="61"/>
        <source>Decree</source>
        <translation>Қаулы</translation>
    </message>
</context>
</TS>

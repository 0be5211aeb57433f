<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>DueText</name>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="37"/>
        <source>Akim&apos;s conclusion on the project</source>
        <translation>Заключение акима по проекту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="38"/>
        <source>Notify the applicant of the decision</source>
        <translation>Уведомить заявителя о решении</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="39"/>
        <source>Project support visit</source>
        <translation>Сопровождение проекта: выезд на дом</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="40"/>
        <source>Draft: send to the employment centre</source>
        <translation>Черновик: отправить в ЦЗН</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../desktop/ui/due_model.py" line="45"/>
        <source>Waiting %n day(s)</source>
        <translation>
            <numerusform>Ждёт %n день</numerusform>
            <numerusform>Ждёт %n дня</numerusform>
            <numerusform>Ждёт %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../desktop/ui/due_model.py" line="47"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="49"/>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../desktop/ui/due_model.py" line="50"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Остался %n день</numerusform>
            <numerusform>Осталось %n дня</numerusform>
            <numerusform>Осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="57"/>
        <source>{section}, step {step}</source>
        <translation>{section}, п. {step}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="60"/>
        <source>To do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="60"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="60"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="60"/>
        <source>Due by</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="61"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/due_model.py" line="61"/>
        <source>Decree</source>
        <translation>Постановление</translation>
    </message>
</context>
</TS>

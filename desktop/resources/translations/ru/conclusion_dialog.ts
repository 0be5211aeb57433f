<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ConclusionText</name>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="43"/>
        <source>Akim&apos;s conclusion on the business project, case {number}</source>
        <translation>Заключение акима по бизнес-проекту, дело № {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="47"/>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="47"/>
        <source>Da&amp;te</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="48"/>
        <source>Business pro&amp;ject</source>
        <translation>Бизнес-про&amp;ект</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="49"/>
        <source>&amp;Reasons (required for a refusal)</source>
        <translation>&amp;Основания (обязательны при отказе)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="50"/>
        <source>Form &amp;language</source>
        <translation>&amp;Язык формы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="53"/>
        <source>&amp;Feasible: the project is agreed</source>
        <translation>&amp;Целесообразен: проект согласован</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="54"/>
        <source>Ref&amp;used, with reasons</source>
        <translation>Обоснованный от&amp;каз</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="57"/>
        <source>New conclusion</source>
        <translation>Новое заключение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="57"/>
        <source>Conclusions given</source>
        <translation>Данные заключения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="60"/>
        <source>feasible</source>
        <translation>целесообразен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="61"/>
        <source>refused</source>
        <translation>отказ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="62"/>
        <source>{day}: {outcome}, by {name}</source>
        <translation>{day}: {outcome}, {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="66"/>
        <source>superseded</source>
        <translation>заменено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="70"/>
        <source>No conclusion has been given on this project yet.</source>
        <translation>По этому проекту заключение ещё не дано.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="73"/>
        <source>Re&amp;cord conclusion</source>
        <translation>&amp;Записать заключение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="73"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="74"/>
        <source>Save as PD&amp;F…</source>
        <translation>Сохранить в PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="74"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="77"/>
        <source>The conclusion is recorded. It cannot be edited; a new conclusion supersedes it.</source>
        <translation>Заключение записано. Его нельзя изменить; новое заключение заменяет его.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="81"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="84"/>
        <source>Discard the conclusion?</source>
        <translation>Отказаться от заключения?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="87"/>
        <source>The conclusion you typed is not recorded. Close and lose it?</source>
        <translation>Введённое заключение не записано. Закрыть и потерять его?</translation>
    </message>
</context>
</TS>

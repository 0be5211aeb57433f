<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ConclusionText</name>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="44"/>
        <source>Akim&apos;s conclusion on the business project, case {number}</source>
        <translation>Заключение акима по бизнес-проекту, дело № {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="48"/>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="48"/>
        <source>Da&amp;te</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="49"/>
        <source>Business pro&amp;ject</source>
        <translation>Бизнес-про&amp;ект</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="50"/>
        <source>&amp;Reasons (required for a refusal)</source>
        <translation>&amp;Основания (обязательны при отказе)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="51"/>
        <source>Form &amp;language</source>
        <translation>&amp;Язык формы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="54"/>
        <source>&amp;Feasible: the project is agreed</source>
        <translation>&amp;Целесообразен: проект согласован</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="55"/>
        <source>Ref&amp;used, with reasons</source>
        <translation>Обоснованный от&amp;каз</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="58"/>
        <source>New conclusion</source>
        <translation>Новое заключение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="58"/>
        <source>Conclusions given</source>
        <translation>Данные заключения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="61"/>
        <source>feasible</source>
        <translation>целесообразен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="62"/>
        <source>refused</source>
        <translation>отказ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="63"/>
        <source>{day}: {outcome}, by {name}</source>
        <translation>{day}: {outcome}, {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="67"/>
        <source>superseded</source>
        <translation>заменено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="71"/>
        <source>No conclusion has been given on this project yet.</source>
        <translation>По этому проекту заключение ещё не дано.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="74"/>
        <source>Re&amp;cord conclusion</source>
        <translation>&amp;Записать заключение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="74"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="75"/>
        <source>Save as PD&amp;F…</source>
        <translation>Сохранить в PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="75"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="78"/>
        <source>The conclusion is recorded. It cannot be edited; a new conclusion supersedes it.</source>
        <translation>Заключение записано. Его нельзя изменить; новое заключение заменяет его.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="82"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="85"/>
        <source>Discard the conclusion?</source>
        <translation>Отказаться от заключения?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="88"/>
        <source>The conclusion you typed is not recorded. Close and lose it?</source>
        <translation>Введённое заключение не записано. Закрыть и потерять его?</translation>
    </message>
</context>
</TS>

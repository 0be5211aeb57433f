<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AutosaveText</name>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="71"/>
        <source>Unsaved input</source>
        <translation>Несохранённый ввод</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="74"/>
        <source>Unsaved input from {time} was found. Restore it?</source>
        <translation>Найден несохранённый ввод от {time}. Восстановить его?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="77"/>
        <source>Unsaved input of a new applicant from {time} was found. Restore it?</source>
        <translation>Найден несохранённый ввод нового заявителя от {time}. Восстановить его?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="81"/>
        <source>Unsaved input of a new case for {name} from {time} was found. Restore it?</source>
        <translation>Найден несохранённый ввод нового дела для {name} от {time}. Восстановить его?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="85"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="88"/>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="91"/>
        <source>What you typed in this form is not saved. Close it and lose the changes?</source>
        <translation>Введённое в этой форме не сохранено. Закрыть её и потерять изменения?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="95"/>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
</context>
</TS>

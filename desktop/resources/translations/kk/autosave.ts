<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>AutosaveText</name>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="71"/>
        <source>Unsaved input</source>
        <translation>Сақталмаған енгізу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="74"/>
        <source>Unsaved input from {time} was found. Restore it?</source>
        <translation>{time} кезінде енгізілген, сақталмаған деректер табылды. Қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="77"/>
        <source>Unsaved input of a new applicant from {time} was found. Restore it?</source>
        <translation>Жаңа өтініш берушінің {time} кезінде енгізілген, сақталмаған деректері табылды. Қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="81"/>
        <source>Unsaved input of a new case for {name} from {time} was found. Restore it?</source>
        <translation>{name} үшін жаңа істің {time} кезінде енгізілген, сақталмаған деректері табылды. Қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="85"/>
        <source>&amp;Restore</source>
        <translation>Қалпына &amp;келтіру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="88"/>
        <source>Discard changes?</source>
        <translation>Өзгерістерді тастау керек пе?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="91"/>
        <source>What you typed in this form is not saved. Close it and lose the changes?</source>
        <translation>Бұл нысанда терілгендер сақталмаған. Нысанды жауып, өзгерістерді жоғалту керек пе?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/autosave.py" line="95"/>
        <source>&amp;Discard</source>
        <translation>&amp;Тастау</translation>
    </message>
</context>
</TS>
